// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryController.h"

#include "VaultController.h"
#include "otp/Clock.h"
#include "recovery/LocalizedText.h"
#include "recovery/Readiness.h"
#include "vault/AutomaticBackup.h"

#include <QDesktopServices>
#include <QJSEngine>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace tessera {

namespace {

QString isoOrEmpty(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

RecoveryController::RecoveryController(VaultController* vault, const otp::Clock& clock, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
    , m_clock(clock)
    , m_openUrl([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    auto library = recovery::PlaybookLibrary::load();
    if (library) {
        m_library.emplace(std::move(library).value());
    } else {
        m_loadError = library.error().message();
    }
    // Any new snapshot (a save, an unlock, a lock) may change what the screens show.
    connect(m_vault, &VaultController::contentChanged, this, [this] {
        ++m_revision;
        Q_EMIT changed();
    });
}

RecoveryController::~RecoveryController() = default;

void RecoveryController::setLanguage(const QString& language)
{
    QString resolved = recovery::LocalizedText::resolve(language);
    if (resolved.isEmpty()) {
        resolved = u"en"_s; // a language without playbook texts: the English ones
    }
    if (resolved == m_language) {
        return;
    }
    m_language = resolved;
    ++m_revision;
    Q_EMIT languageChanged();
    Q_EMIT changed();
}

QVariantList RecoveryController::services() const
{
    QVariantList list;
    if (!m_library) {
        return list;
    }
    for (const recovery::Playbook& playbook : m_library->all()) {
        list.append(QVariantMap{{u"id"_s, playbook.id()}, {u"name"_s, playbook.name().text(m_language)}});
    }
    return list;
}

QVariantList RecoveryController::accounts() const
{
    QVariantList list;
    for (const vault::Account& entry : m_vault->snapshot().accounts) {
        list.append(QVariantMap{{u"accountId"_s, entry.id()},
                                {u"label"_s, VaultController::labelOf(entry.token())},
                                {u"serviceId"_s, serviceOf(entry)}});
    }
    return list;
}

QString RecoveryController::officialUrl(const QString& serviceId, const QString& urlKey) const
{
    const recovery::Playbook* playbook = m_library ? m_library->find(serviceId) : nullptr;
    return playbook ? playbook->url(urlKey).toString() : QString();
}

QVariantMap RecoveryController::passwordRules(const QString& serviceId) const
{
    const recovery::Playbook* playbook = m_library ? m_library->find(serviceId) : nullptr;
    return playbook ? playbook->passwordRules().toVariantMap() : QVariantMap();
}

QString RecoveryController::serviceFor(const QString& accountId) const
{
    if (!m_library) {
        return {};
    }
    const vault::Account* found = account(accountId);
    return found ? serviceOf(*found) : m_library->generic().id();
}

QString RecoveryController::serviceOf(const vault::Account& entry) const
{
    // The list asks this for every account: by the account itself, not a lookup by id each time.
    return m_library ? m_library->forIssuer(entry.token().issuer(), entry.token().name()).id() : QString();
}

QVariantList RecoveryController::scenarios(const QString& serviceId, const QString& accountId) const
{
    QVariantList list;
    const recovery::Playbook* playbook = m_library ? m_library->find(serviceId) : nullptr;
    if (playbook == nullptr) {
        return list;
    }
    const vault::Account* found = account(accountId);
    for (const recovery::PlaybookScenario& scenario : playbook->scenarios()) {
        const int done = found ? int(found->recovery.progress.doneSteps(serviceId, scenario.id()).size()) : 0;
        list.append(QVariantMap{{u"id"_s, scenario.id()},
                                {u"title"_s, scenario.title().text(m_language)},
                                {u"summary"_s, scenario.summary().text(m_language)},
                                {u"stepCount"_s, int(scenario.steps().size())},
                                {u"doneCount"_s, done}});
    }
    return list;
}

QVariantMap RecoveryController::checklist(const QString& serviceId, const QString& scenarioId,
                                          const QString& accountId) const
{
    const recovery::Playbook* playbook = m_library ? m_library->find(serviceId) : nullptr;
    const recovery::PlaybookScenario* scenario = playbook ? playbook->scenario(scenarioId) : nullptr;
    if (scenario == nullptr) {
        return {};
    }
    const vault::Account* found = account(accountId);
    QVariantList steps;
    QStringList order;
    for (const recovery::PlaybookStep& step : scenario->steps()) {
        order.append(step.id());
        QStringList tips;
        for (const recovery::LocalizedText& tip : step.tips()) {
            tips.append(tip.text(m_language));
        }
        const QString action = step.actionKind() == recovery::StepActionKind::None
                                   ? QString()
                                   : recovery::PlaybookStep::actionKindName(step.actionKind());
        QString actionLabel;
        switch (step.actionKind()) {
        case recovery::StepActionKind::OpenUrl:
            //: A checklist step's button: opens the service's official page in the browser.
            actionLabel = tr("Open the official page");
            break;
        case recovery::StepActionKind::GeneratePassword:
            actionLabel = tr("Make a strong password");
            break;
        case recovery::StepActionKind::OpenAccountRecoveryInfo:
            actionLabel = tr("Open this account's recovery details");
            break;
        case recovery::StepActionKind::CheckClock:
            actionLabel = tr("Check this computer's clock");
            break;
        case recovery::StepActionKind::None:
            break;
        }
        steps.append(QVariantMap{
            {u"id"_s, step.id()},
            {u"title"_s, step.title().text(m_language)},
            {u"detail"_s, step.detail().text(m_language)},
            {u"tips"_s, tips},
            {u"action"_s, action},
            {u"actionUrlKey"_s, step.actionUrlKey()},
            {u"actionLabel"_s, actionLabel},
            {u"done"_s, found != nullptr && found->recovery.progress.isDone(serviceId, scenarioId, step.id())},
        });
    }
    return {
        {u"serviceName"_s, playbook->name().text(m_language)},
        {u"title"_s, scenario->title().text(m_language)},
        {u"summary"_s, scenario->summary().text(m_language)},
        {u"steps"_s, steps},
        {u"resumeStep"_s, found ? found->recovery.progress.firstUndone(serviceId, scenarioId, order) : order.value(0)},
        {u"updated"_s, found ? isoOrEmpty(found->recovery.progress.updated(serviceId, scenarioId)) : QString()},
    };
}

void RecoveryController::setStepDone(const QString& accountId, const QString& serviceId, const QString& scenarioId,
                                     const QString& stepId, bool done)
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_clock.unixSeconds(), Qt::UTC);
    modifyAccount(accountId, [=](vault::Account& account) {
        return account.recovery.progress.setDone(serviceId, scenarioId, stepId, done, now);
    });
}

void RecoveryController::resetScenario(const QString& accountId, const QString& serviceId, const QString& scenarioId)
{
    modifyAccount(accountId, [=](vault::Account& account) -> Result<void> {
        account.recovery.progress.reset(serviceId, scenarioId);
        return {};
    });
}

bool RecoveryController::openOfficialPage(const QString& serviceId, const QString& urlKey)
{
    const recovery::Playbook* playbook = m_library ? m_library->find(serviceId) : nullptr;
    if (playbook == nullptr) {
        return false;
    }
    // Playbook URLs are https on the service's own domains: the validator refused anything else.
    const QUrl url = playbook->url(urlKey);
    return url.isValid() && open(url);
}

bool RecoveryController::openSavedLoginUrl(const QString& accountId)
{
    const vault::Account* found = account(accountId);
    if (found == nullptr || found->recovery.loginUrl().isEmpty()) {
        return false;
    }
    // Checked again: the vault may come from a backup someone else made.
    const auto checked = vault::AccountRecovery::validateLoginUrl(found->recovery.loginUrl());
    return checked && open(QUrl(*checked));
}

QVariantMap RecoveryController::details(const QString& accountId) const
{
    const vault::Account* found = account(accountId);
    if (found == nullptr) {
        return {};
    }
    const vault::AccountRecovery& recovery = found->recovery;
    QVariantList codes;
    for (const vault::AccountRecovery::BackupCode& code : recovery.backupCodes()) {
        codes.append(QVariantMap{{u"used"_s, code.used}});
    }
    return {
        {u"label"_s, VaultController::labelOf(found->token())},
        {u"loginUrl"_s, recovery.loginUrl()},
        {u"email"_s, recovery.email},
        {u"phone"_s, recovery.phone},
        {u"confirmedAt"_s, isoOrEmpty(recovery.confirmedAt)},
        {u"codes"_s, codes},
        {u"codeCount"_s, recovery.codeCount()},
        {u"remaining"_s, recovery.remainingCodes()},
        {u"warning"_s, recovery.needsWarning()},
    };
}

QStringList RecoveryController::backupCodes(const QString& accountId) const
{
    QStringList codes;
    if (const vault::Account* found = account(accountId)) {
        for (const vault::AccountRecovery::BackupCode& code : found->recovery.backupCodes()) {
            // Shown on request only; QML needs a string.
            codes.append(
                QString::fromUtf8(reinterpret_cast<const char*>(code.code.data()), qsizetype(code.code.size())));
        }
    }
    return codes;
}

QString RecoveryController::saveDetails(const QString& accountId, const QString& loginUrl, const QString& email,
                                        const QString& phone)
{
    const auto url = vault::AccountRecovery::validateLoginUrl(loginUrl.trimmed());
    if (!url) {
        return tr("This login address cannot be saved: it must start with https:// and name the site, like "
                  "https://login.aliexpress.com.");
    }
    if (account(accountId) == nullptr) {
        return tr("This account is no longer in the vault.");
    }
    const QString cleanEmail = email.trimmed();
    const QString cleanPhone = phone.trimmed();
    modifyAccount(accountId, [url = *url, cleanEmail, cleanPhone](vault::Account& account) -> Result<void> {
        if (auto set = account.recovery.setLoginUrl(url); !set) {
            return set;
        }
        account.recovery.email = cleanEmail;
        account.recovery.phone = cleanPhone;
        return {};
    });
    return {};
}

void RecoveryController::confirmDetails(const QString& accountId)
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_clock.unixSeconds(), Qt::UTC);
    modifyAccount(accountId, [now](vault::Account& account) -> Result<void> {
        account.recovery.confirmedAt = now;
        return {};
    });
}

QString RecoveryController::addBackupCodes(const QString& accountId, const QString& pasted)
{
    const QByteArray utf8 = pasted.toUtf8();
    auto bytes = std::make_shared<crypto::SecureBytes>(
        crypto::SecureBytes::copyOf(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    // Checked here first, so a list that is not codes is refused at once with the reason.
    const auto split = vault::AccountRecovery::splitBackupCodes(*bytes);
    if (!split) {
        return tr("These are not backup codes: each code is a short group of letters and digits, one per line.");
    }
    if (split->empty()) {
        return tr("Paste the backup codes the service gave you, one per line.");
    }
    if (account(accountId) == nullptr) {
        return tr("This account is no longer in the vault.");
    }
    modifyAccount(accountId, [bytes](vault::Account& account) -> Result<void> {
        auto added = account.recovery.addBackupCodes(*bytes);
        if (!added) {
            return added.error();
        }
        return {};
    });
    return {};
}

void RecoveryController::setBackupCodeUsed(const QString& accountId, int index, bool used)
{
    modifyAccount(accountId, [index, used](vault::Account& account) {
        return account.recovery.setUsed(static_cast<std::size_t>(index), used);
    });
}

void RecoveryController::removeBackupCode(const QString& accountId, int index)
{
    modifyAccount(accountId, [index](vault::Account& account) {
        return account.recovery.removeBackupCode(static_cast<std::size_t>(index));
    });
}

QVariantMap RecoveryController::readiness() const
{
    const vault::VaultContent& content = m_vault->snapshot();
    recovery::Readiness::Inputs inputs;
    inputs.now = QDateTime::fromSecsSinceEpoch(m_clock.unixSeconds(), Qt::UTC);
    inputs.hasPasswordSlot = m_vault->hasPasswordSlot();
    if (m_newestBackupTime) {
        inputs.newestAutomaticBackup = m_newestBackupTime();
    } else if (const auto settings = vault::AutomaticBackup::settingsOf(content)) {
        inputs.newestAutomaticBackup = vault::AutomaticBackup::newestBackupTime(settings->folder);
    }
    const recovery::Readiness::Report report = recovery::Readiness::audit(content, inputs);

    const auto findings = [](const std::vector<recovery::Readiness::Finding>& list) {
        QVariantList out;
        for (const recovery::Readiness::Finding& finding : list) {
            out.append(QVariantMap{{u"id"_s, finding.id},
                                   {u"severity"_s, recovery::Readiness::severityName(finding.severity)},
                                   {u"text"_s, findingText(finding.id, finding.message)}});
        }
        return out;
    };
    QVariantList accounts;
    for (const recovery::Readiness::AccountReport& entry : report.accounts) {
        // Named as everywhere else in the window (the audit ran over this very snapshot).
        const vault::Account* audited = content.find(entry.accountId);
        const QString label = audited ? VaultController::labelOf(audited->token()) : entry.name;
        accounts.append(QVariantMap{{u"accountId"_s, entry.accountId},
                                    {u"label"_s, label},
                                    {u"outcome"_s, recovery::Readiness::outcomeName(entry.outcome)},
                                    {u"findings"_s, findings(entry.findings)}});
    }
    const int total = int(report.accounts.size());
    QString summary;
    if (total == 0) {
        summary = tr("The vault has no accounts yet.");
    } else if (report.fromBackup == total) {
        summary = tr("If this computer died today, all %n account(s) would come back from your backup.", "", total);
    } else {
        //: %1 and %2 are counts of accounts; the sentence goes on with what would be lost.
        summary = tr("If this computer died today, %1 of %2 accounts would come back from your backup, %3 only "
                     "through the service's recovery email or phone, and %4 would be lost.")
                      .arg(report.fromBackup)
                      .arg(total)
                      .arg(report.throughService)
                      .arg(report.lost);
    }
    return {
        {u"summary"_s, summary},
        {u"fromBackup"_s, report.fromBackup},
        {u"throughService"_s, report.throughService},
        {u"lost"_s, report.lost},
        {u"lastBackup"_s, isoOrEmpty(report.lastBackup)},
        {u"vaultFindings"_s, findings(report.vaultFindings)},
        {u"accounts"_s, accounts},
    };
}

QString RecoveryController::findingText(const QString& id, const QString& english)
{
    // Core words its findings in English for the CLI; the window says them in the user's language.
    if (id == u"no-backup-since-change"_s) {
        return tr("This account changed after your last backup, or there is none; make a backup or an emergency "
                  "kit.");
    }
    if (id == u"all-backup-codes-used"_s) {
        return tr("All saved backup codes are used; get new ones from the service's security settings.");
    }
    if (id == u"few-backup-codes"_s) {
        return tr("Only one or two backup codes are left; get new ones from the service's security settings.");
    }
    if (id == u"no-backup-codes"_s) {
        return tr("No backup codes are saved; if the service offers them, save them here.");
    }
    if (id == u"no-recovery-contact"_s) {
        return tr("No recovery email or phone is noted; note which ones the service has on file.");
    }
    if (id == u"recovery-details-unconfirmed"_s) {
        return tr("The recovery email and phone have not been checked for a year; confirm they are still yours.");
    }
    if (id == u"no-login-url"_s) {
        return tr("No official login address is noted; add it so you never need a link from an email.");
    }
    if (id == u"no-recovery-password"_s) {
        return tr("The vault has no recovery password: only this computer's keychain opens it. Set one so a "
                  "backup of the vault can be opened anywhere.");
    }
    return english; // a finding of a newer core: its English words
}

void RecoveryController::modifyAccount(const QString& accountId, AccountChange change)
{
    m_vault->modify([accountId, change = std::move(change)](vault::VaultContent& content) -> Result<void> {
        vault::Account* found = content.find(accountId);
        if (found == nullptr) {
            return Error(ErrorCode::NotFound, tr("This account is no longer in the vault."));
        }
        return change(*found);
    });
}

const vault::Account* RecoveryController::account(const QString& accountId) const
{
    return accountId.isEmpty() ? nullptr : m_vault->snapshot().find(accountId);
}

bool RecoveryController::open(const QUrl& url)
{
    if (url.scheme() != u"https"_s || !m_openUrl) {
        return false;
    }
    return m_openUrl(url);
}

} // namespace tessera
