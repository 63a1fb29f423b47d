// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryController.h"
#include "UnlockedVault.h"
#include "VaultController.h"
#include "keychain/MemorySecretStore.h"
#include "otp/Clock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using tessera::RecoveryController;
using tessera::VaultController;
using tessera::test::UnlockedVault;

namespace {

constexpr int kTimeout = 60000;
constexpr qint64 kNow = 1'800'000'000; // 2027-01-15

QStringList stepIds(const QVariantMap& checklist)
{
    QStringList ids;
    for (const QVariant& step : checklist.value(u"steps"_s).toList()) {
        ids.append(step.toMap().value(u"id"_s).toString());
    }
    return ids;
}

} // namespace

/* The recovery center's backend over a real VaultController (temporary vault, in-memory
 * keychain) and the bundled playbooks: what the screens read, and that every change is saved. */
class TestRecoveryController : public QObject {
    Q_OBJECT

private:
    [[nodiscard]] QString accountId(int row) const
    {
        return m_vault->snapshot().accounts.at(static_cast<std::size_t>(row)).id();
    }
    /* Waits for the save a change started. */
    [[nodiscard]] bool saved(QSignalSpy& spy) const { return spy.wait(kTimeout); }

    std::unique_ptr<QTemporaryDir> m_dir;
    tessera::keychain::MemorySecretStore m_store;
    tessera::otp::FixedClock m_clock{kNow};
    std::unique_ptr<VaultController> m_vault;
    std::unique_ptr<RecoveryController> m_recovery;
    QList<QUrl> m_opened;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_vault = UnlockedVault::create(m_dir->filePath(u"vault.tessera"_s), m_store);
        QVERIFY(m_vault);
        QVERIFY(UnlockedVault::add(
            *m_vault, u"otpauth://totp/AliExpress:shopper%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=AliExpress"_s));
        QVERIFY(UnlockedVault::add(
            *m_vault,
            u"otpauth://totp/Corner%20Shop:me?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Corner%20Shop"_s));
        m_recovery = std::make_unique<RecoveryController>(m_vault.get(), m_clock, nullptr);
        QVERIFY2(m_recovery->loadError().isEmpty(), qPrintable(m_recovery->loadError()));
        m_opened.clear();
        m_recovery->setUrlOpener([this](const QUrl& url) {
            m_opened.append(url);
            return true;
        });
    }

    void cleanup()
    {
        m_recovery.reset();
        m_vault.reset();
        m_dir.reset();
    }

    void servicesAndTheAccountsService()
    {
        const QVariantList services = m_recovery->services();
        QVERIFY(services.size() >= 2);
        QCOMPARE(services.last().toMap().value(u"id"_s).toString(), u"generic"_s);
        QCOMPARE(m_recovery->serviceFor(accountId(0)), u"aliexpress"_s);
        QCOMPARE(m_recovery->serviceFor(accountId(1)), u"generic"_s); // no playbook of its own
        QCOMPARE(m_recovery->serviceFor(u"no-such-account"_s), u"generic"_s);
        QCOMPARE(m_recovery->scenarios(u"aliexpress"_s, accountId(0)).size(), 8);
        QVERIFY(m_recovery->scenarios(u"no-such-service"_s, {}).isEmpty());
    }

    void accountsPagesAndPasswordRulesForTheScreens()
    {
        const QVariantList accounts = m_recovery->accounts();
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.at(0).toMap().value(u"accountId"_s).toString(), accountId(0));
        QCOMPARE(accounts.at(0).toMap().value(u"label"_s).toString(), u"AliExpress (shopper@example.com)"_s);
        QCOMPARE(accounts.at(0).toMap().value(u"serviceId"_s).toString(), u"aliexpress"_s);
        QCOMPARE(accounts.at(1).toMap().value(u"serviceId"_s).toString(), u"generic"_s);

        const QUrl login(m_recovery->officialUrl(u"aliexpress"_s, u"login"_s));
        QCOMPARE(login.scheme(), u"https"_s);
        QVERIFY(login.host().endsWith(u"aliexpress.com"_s));
        QVERIFY(m_recovery->officialUrl(u"generic"_s, u"login"_s).isEmpty());
        QVERIFY(m_recovery->officialUrl(u"no-such-service"_s, u"login"_s).isEmpty());

        // AliExpress states 6-20 characters (the seed article); the generic playbook states none.
        const QVariantMap rules = m_recovery->passwordRules(u"aliexpress"_s);
        QCOMPARE(rules.value(u"minLength"_s).toInt(), 6);
        QCOMPARE(rules.value(u"maxLength"_s).toInt(), 20);
        QVERIFY(m_recovery->passwordRules(u"generic"_s).isEmpty());
    }

    void checklistInTheUsersLanguage()
    {
        const QVariantMap english = m_recovery->checklist(u"aliexpress"_s, u"forgot-password"_s, accountId(0));
        QVERIFY(!english.isEmpty());
        QVERIFY(english.value(u"steps"_s).toList().size() >= 3);
        QSignalSpy language(m_recovery.get(), &RecoveryController::languageChanged);
        m_recovery->setLanguage(u"es_ES"_s);
        QCOMPARE(language.size(), 1);
        QCOMPARE(m_recovery->language(), u"es"_s);
        const QVariantMap spanish = m_recovery->checklist(u"aliexpress"_s, u"forgot-password"_s, accountId(0));
        QCOMPARE(stepIds(spanish), stepIds(english)); // same steps, other words
        QVERIFY(spanish.value(u"title"_s).toString() != english.value(u"title"_s).toString());
        m_recovery->setLanguage(u"xx"_s);
        QCOMPARE(m_recovery->language(), u"en"_s);
        QVERIFY(m_recovery->checklist(u"aliexpress"_s, u"no-such-scenario"_s, {}).isEmpty());
    }

    void progressIsSavedResumedAndReset()
    {
        const QString id = accountId(0);
        const QStringList steps = stepIds(m_recovery->checklist(u"aliexpress"_s, u"hacked"_s, id));
        QVERIFY(steps.size() >= 2);
        QSignalSpy changed(m_recovery.get(), &RecoveryController::changed);
        m_recovery->setStepDone(id, u"aliexpress"_s, u"hacked"_s, steps.at(0), true);
        QVERIFY(saved(changed));
        QVariantMap checklist = m_recovery->checklist(u"aliexpress"_s, u"hacked"_s, id);
        QVERIFY(checklist.value(u"steps"_s).toList().at(0).toMap().value(u"done"_s).toBool());
        QCOMPARE(checklist.value(u"resumeStep"_s).toString(), steps.at(1));
        QCOMPARE(checklist.value(u"updated"_s).toString(), u"2027-01-15T08:00:00Z"_s);
        const QVariantList scenarios = m_recovery->scenarios(u"aliexpress"_s, id);
        for (const QVariant& scenario : scenarios) {
            const QVariantMap map = scenario.toMap();
            QCOMPARE(map.value(u"doneCount"_s).toInt(), map.value(u"id"_s) == u"hacked"_s ? 1 : 0);
        }
        // Saved in the vault: a second controller over the same snapshot sees it.
        RecoveryController other(m_vault.get(), m_clock, nullptr);
        QCOMPARE(other.checklist(u"aliexpress"_s, u"hacked"_s, id).value(u"resumeStep"_s).toString(), steps.at(1));

        m_recovery->resetScenario(id, u"aliexpress"_s, u"hacked"_s);
        QVERIFY(saved(changed));
        QCOMPARE(m_recovery->checklist(u"aliexpress"_s, u"hacked"_s, id).value(u"resumeStep"_s).toString(),
                 steps.at(0));
    }

    void onlyKnownPagesOpen()
    {
        QVERIFY(m_recovery->openOfficialPage(u"aliexpress"_s, u"login"_s));
        QCOMPARE(m_opened.size(), 1);
        QCOMPARE(m_opened.first().scheme(), u"https"_s);
        QVERIFY2(m_opened.first().host().endsWith(u"aliexpress.com"_s), qPrintable(m_opened.first().toString()));
        QVERIFY(!m_recovery->openOfficialPage(u"aliexpress"_s, u"no-such-page"_s));
        QVERIFY(!m_recovery->openOfficialPage(u"generic"_s, u"login"_s)); // a generic playbook has no pages
        QVERIFY(!m_recovery->openSavedLoginUrl(accountId(0)));            // none saved yet
        QCOMPARE(m_opened.size(), 1);
    }

    void detailsAreCheckedAndSaved()
    {
        const QString id = accountId(0);
        const QString before = m_vault->snapshot().find(id)->recovery.loginUrl();
        QSignalSpy changed(m_recovery.get(), &RecoveryController::changed);
        // A phishing-shaped address is refused and nothing is saved.
        QVERIFY(!m_recovery->saveDetails(id, u"http://aliexpress.com.evil.example"_s, {}, {}).isEmpty());
        QVERIFY(!m_recovery->saveDetails(id, u"https://aliexpress.com@evil.example/"_s, {}, {}).isEmpty());
        QVERIFY(!changed.wait(300));
        QCOMPARE(m_vault->snapshot().find(id)->recovery.loginUrl(), before);

        QVERIFY(m_recovery->saveDetails(id, u" https://login.aliexpress.com/ "_s, u"me@example.com"_s, u"+34 600"_s)
                    .isEmpty());
        QVERIFY(saved(changed));
        QVariantMap details = m_recovery->details(id);
        QCOMPARE(details.value(u"loginUrl"_s).toString(), u"https://login.aliexpress.com/"_s);
        QCOMPARE(details.value(u"email"_s).toString(), u"me@example.com"_s);
        QCOMPARE(details.value(u"phone"_s).toString(), u"+34 600"_s);
        QVERIFY(details.value(u"confirmedAt"_s).toString().isEmpty());
        QVERIFY(m_recovery->openSavedLoginUrl(id));
        QCOMPARE(m_opened.last(), QUrl(u"https://login.aliexpress.com/"_s));

        m_recovery->confirmDetails(id);
        QVERIFY(saved(changed));
        QCOMPARE(m_recovery->details(id).value(u"confirmedAt"_s).toString(), u"2027-01-15T08:00:00Z"_s);
        QVERIFY(m_recovery->details(u"no-such-account"_s).isEmpty());
    }

    void backupCodesCountAndWarn()
    {
        const QString id = accountId(0);
        QSignalSpy changed(m_recovery.get(), &RecoveryController::changed);
        QVERIFY(m_recovery->addBackupCodes(id, u"1234 5678\nabcd-efgh\n9876 5432\n"_s).isEmpty());
        QVERIFY(saved(changed));
        QVariantMap details = m_recovery->details(id);
        QCOMPARE(details.value(u"codeCount"_s).toInt(), 3);
        QCOMPARE(details.value(u"remaining"_s).toInt(), 3);
        QVERIFY(!details.value(u"warning"_s).toBool());
        // The details a page reads to count codes do not carry them; only backupCodes() does.
        QVERIFY(!details.value(u"codes"_s).toList().at(0).toMap().contains(u"code"_s));
        QCOMPARE(m_recovery->backupCodes(id), (QStringList{u"1234 5678"_s, u"abcd-efgh"_s, u"9876 5432"_s}));
        QVERIFY(m_recovery->backupCodes(u"no-such-account"_s).isEmpty());

        m_recovery->setBackupCodeUsed(id, 0, true);
        QVERIFY(saved(changed));
        details = m_recovery->details(id);
        QCOMPARE(details.value(u"remaining"_s).toInt(), 2);
        QVERIFY(details.value(u"warning"_s).toBool()); // two or fewer left
        QVERIFY(details.value(u"codes"_s).toList().at(0).toMap().value(u"used"_s).toBool());

        m_recovery->removeBackupCode(id, 2);
        QVERIFY(saved(changed));
        QCOMPARE(m_recovery->details(id).value(u"codeCount"_s).toInt(), 2);

        // Not codes: refused at once with a sentence, nothing changes.
        QVERIFY(!m_recovery->addBackupCodes(id, QString(200, u'x')).isEmpty());
        QVERIFY(!m_recovery->addBackupCodes(id, u"   \n"_s).isEmpty());
        QCOMPARE(m_recovery->details(id).value(u"codeCount"_s).toInt(), 2);
    }

    void readinessNamesTheGaps()
    {
        const QVariantMap report = m_recovery->readiness();
        QCOMPARE(report.value(u"lost"_s).toInt(), 2); // no backup, no recovery contact
        QCOMPARE(report.value(u"fromBackup"_s).toInt(), 0);
        QVERIFY(report.value(u"summary"_s).toString().contains(u"would be lost"_s));
        const QVariantList vaultFindings = report.value(u"vaultFindings"_s).toList();
        QCOMPARE(vaultFindings.size(), 1);
        QCOMPARE(vaultFindings.at(0).toMap().value(u"id"_s).toString(), u"no-recovery-password"_s);
        const QVariantList accounts = report.value(u"accounts"_s).toList();
        QCOMPARE(accounts.size(), 2);
        const QVariantMap first = accounts.at(0).toMap();
        QCOMPARE(first.value(u"label"_s).toString(), u"AliExpress (shopper@example.com)"_s);
        QCOMPARE(first.value(u"outcome"_s).toString(), u"lost"_s);
        QStringList ids;
        for (const QVariant& finding : first.value(u"findings"_s).toList()) {
            ids.append(finding.toMap().value(u"id"_s).toString());
            QVERIFY(!finding.toMap().value(u"text"_s).toString().isEmpty());
        }
        QCOMPARE(ids, (QStringList{u"no-backup-since-change"_s, u"no-backup-codes"_s, u"no-recovery-contact"_s,
                                   u"no-login-url"_s}));

        // A recovery email noted: the account could come back through the service.
        QSignalSpy changed(m_recovery.get(), &RecoveryController::changed);
        QVERIFY(m_recovery->saveDetails(accountId(0), {}, u"me@example.com"_s, {}).isEmpty());
        QVERIFY(saved(changed));
        QCOMPARE(m_recovery->readiness().value(u"throughService"_s).toInt(), 1);

        // The window's automatic backups (their time given by the backup screen) cover every
        // account changed before them.
        const QDateTime backedUp = QDateTime::fromSecsSinceEpoch(kNow + 60, Qt::UTC);
        m_recovery->setNewestBackupTime([backedUp] { return backedUp; });
        const QVariantMap covered = m_recovery->readiness();
        QCOMPARE(covered.value(u"fromBackup"_s).toInt(), 2);
        QCOMPARE(covered.value(u"lastBackup"_s).toString(), u"2027-01-15T08:01:00Z"_s);
        QVERIFY(covered.value(u"summary"_s).toString().contains(u"all 2 account"_s));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryController)
#include "tst_recoverycontroller.moc"
