// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOwnedSingleton.h"

#include "recovery/PlaybookLibrary.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

namespace tessera {

class VaultController;
namespace otp {
class Clock;
}
namespace vault {
class Account;
}

/* The recovery center for the screens (issue 6): the playbooks in the user's language, each
 * account's checklist progress, its recovery details (backup codes, official login URL, recovery
 * email and phone, when they were last confirmed) and the readiness audit. Reads come from the
 * vault's snapshot; every change goes through VaultController::modify (worker thread, one save,
 * nothing changes on failure) and is reported by `changed` / VaultController's error signal.
 *
 * Pages open only URLs Tessera knows — a playbook's official pages or the login URL the user
 * saved (https, checked) — never one from imported data or an email (SECURITY.md S12). */
class RecoveryController : public QObject, public AppOwnedSingleton<RecoveryController> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /* The language playbook texts are given in ("en", "es", …); the QML re-reads on change. */
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    /* Moves whenever what the getters return may have changed (a save, a lock, a language). */
    Q_PROPERTY(int revision READ revision NOTIFY changed)

public:
    /* The URL opener is injected so tests see what would be opened (default: QDesktopServices). */
    using UrlOpener = std::function<bool(const QUrl&)>;
    /* When the newest automatic backup was made (invalid: none, or automatic backups are off). */
    using NewestBackupTime = std::function<QDateTime()>;

    RecoveryController(VaultController* vault, const otp::Clock& clock, QObject* parent);
    ~RecoveryController() override;

    [[nodiscard]] const QString& language() const { return m_language; }
    void setLanguage(const QString& language);
    [[nodiscard]] int revision() const { return m_revision; }
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    /* The window passes BackupController's cached time, so the readiness view does not list the
     * backup folder each time it is drawn (default: list it). */
    void setNewestBackupTime(NewestBackupTime source) { m_newestBackupTime = std::move(source); }
    /* Empty when the bundled playbooks loaded (always, unless the build is broken). */
    [[nodiscard]] const QString& loadError() const { return m_loadError; }

    /* [{id, name}] of every playbook, "generic" last. */
    Q_INVOKABLE QVariantList services() const;
    /* [{accountId, label, serviceId}] of every account in the vault, as the list names them, for
     * the center's "which account" choice. */
    Q_INVOKABLE QVariantList accounts() const;
    /* One of the service's official pages ("login", "passwordReset", …) as text, to show where a
     * button goes and to offer as the clock check's site; empty if the playbook has none. */
    Q_INVOKABLE QString officialUrl(const QString& serviceId, const QString& urlKey) const;
    /* The service's new-password rules as PasswordMeter takes them; empty when it states none. */
    Q_INVOKABLE QVariantMap passwordRules(const QString& serviceId) const;
    /* The playbook id that fits the account (its issuer or a domain in its name), else "generic". */
    Q_INVOKABLE QString serviceFor(const QString& accountId) const;
    /* [{id, title, summary, stepCount, doneCount}] of a service's scenarios; done counts are the
     * account's (none without an account). */
    Q_INVOKABLE QVariantList scenarios(const QString& serviceId, const QString& accountId) const;
    /* {serviceName, title, summary, resumeStep, updated, steps: [{id, title, detail, tips,
     * action, actionLabel, done}]}; empty for an unknown service or scenario. `action` is
     * "open-url", "generate-password", "open-account-recovery-info", "check-clock" or "". */
    Q_INVOKABLE QVariantMap checklist(const QString& serviceId, const QString& scenarioId,
                                      const QString& accountId) const;
    Q_INVOKABLE void setStepDone(const QString& accountId, const QString& serviceId, const QString& scenarioId,
                                 const QString& stepId, bool done);
    /* "Start over": forgets this scenario's ticks for the account. */
    Q_INVOKABLE void resetScenario(const QString& accountId, const QString& serviceId, const QString& scenarioId);
    /* Opens one of the service's official pages ("login", "passwordReset", "help",
     * "securitySettings"); false if the playbook has no such page. */
    Q_INVOKABLE bool openOfficialPage(const QString& serviceId, const QString& urlKey);
    /* Opens the login URL saved with the account (checked again before opening). */
    Q_INVOKABLE bool openSavedLoginUrl(const QString& accountId);

    /* {label, loginUrl, email, phone, confirmedAt, codes: [{used}], codeCount, remaining,
     * warning} of one account; empty if there is no such account. The codes themselves are not
     * in it: pages that only count them never hold them (see backupCodes). */
    Q_INVOKABLE QVariantMap details(const QString& accountId) const;
    /* The account's backup codes as text, in the order of details().codes — asked for only when
     * the user chose "Show codes". */
    Q_INVOKABLE QStringList backupCodes(const QString& accountId) const;
    /* Saves the login URL and recovery contacts; returns an error sentence (nothing saved) or "". */
    Q_INVOKABLE QString saveDetails(const QString& accountId, const QString& loginUrl, const QString& email,
                                    const QString& phone);
    /* "These details are still right": stamps now. */
    Q_INVOKABLE void confirmDetails(const QString& accountId);
    /* Adds the codes in a pasted list; an error sentence (nothing added) or "". */
    Q_INVOKABLE QString addBackupCodes(const QString& accountId, const QString& pasted);
    Q_INVOKABLE void setBackupCodeUsed(const QString& accountId, int index, bool used);
    Q_INVOKABLE void removeBackupCode(const QString& accountId, int index);

    /* The readiness audit: {summary, fromBackup, throughService, lost, lastBackup,
     * vaultFindings: [{id, severity, text}], accounts: [{accountId, label, outcome, findings}]}.
     * Texts are in the user's language (by finding id). */
    Q_INVOKABLE QVariantMap readiness() const;

Q_SIGNALS:
    void languageChanged();
    void changed();

private:
    using AccountChange = std::function<Result<void>(vault::Account&)>;
    /* Runs `change` on the account inside VaultController::modify; `changed` follows the save. */
    void modifyAccount(const QString& accountId, AccountChange change);
    [[nodiscard]] const vault::Account* account(const QString& accountId) const;
    [[nodiscard]] QString serviceOf(const vault::Account& entry) const;
    [[nodiscard]] static QString findingText(const QString& id, const QString& english);
    [[nodiscard]] bool open(const QUrl& url);

    VaultController* m_vault;
    const otp::Clock& m_clock;
    std::optional<recovery::PlaybookLibrary> m_library;
    QString m_loadError;
    QString m_language = QStringLiteral("en");
    int m_revision = 0;
    UrlOpener m_openUrl;
    NewestBackupTime m_newestBackupTime;
};

} // namespace tessera
