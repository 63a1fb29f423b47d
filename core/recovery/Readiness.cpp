// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Readiness.h"

#include "vault/RecoveryTimes.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::recovery {

namespace {

QDateTime newest(std::initializer_list<QDateTime> times)
{
    QDateTime result;
    for (const QDateTime& time : times) {
        if (time.isValid() && (!result.isValid() || time > result)) {
            result = time.toUTC();
        }
    }
    return result;
}

QString accountCount(int count)
{
    return count == 1 ? u"1 account"_s : u"%1 accounts"_s.arg(count);
}

} // namespace

QString Readiness::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Critical:
        return u"critical"_s;
    }
    return {};
}

QString Readiness::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::FromBackup:
        return u"backup"_s;
    case Outcome::ThroughService:
        return u"service"_s;
    case Outcome::Lost:
        return u"lost"_s;
    }
    return {};
}

/* The rules (docs/recovery.md, "Readiness rules"):
 *
 * Last backup = the newest of the vault's lastBackupAt (an encrypted Tessera backup), lastKitAt
 * (an emergency kit) and the newest automatic backup.
 *
 * An account is covered when a last backup exists and is not older than the account's last
 * change (AccountRecovery::changedAt, stamped by ChangeTracker). An account with no change time
 * has not changed since before Tessera recorded changes, so any known backup holds it.
 *
 * Per account, in this order:
 *  - no-backup-since-change (critical): not covered.
 *  - all-backup-codes-used (critical): backup codes are saved and none is left unused.
 *  - few-backup-codes (warning): 1 or 2 unused codes left.
 *  - no-backup-codes (warning): no backup codes saved.
 *  - no-recovery-contact (warning): neither a recovery email nor a phone is noted.
 *  - recovery-details-unconfirmed (info): an email or phone is noted but the user has not
 *    confirmed it in the last kConfirmAfterDays days (or ever).
 *  - no-login-url (info): no official login address is noted.
 * For the vault: no-recovery-password (warning) when it has no password slot (only the keychain
 * of this computer opens it).
 *
 * "If this computer died today": an account comes back FromBackup when covered; otherwise
 * ThroughService when a recovery email or phone is noted (the service can reset access through
 * it, slowly); otherwise it is Lost. Backup codes saved in Tessera do not count on their own:
 * they die with this computer unless they are in a backup, and then the account is covered. */
Readiness::Report Readiness::audit(const vault::VaultContent& content, const Inputs& inputs)
{
    Report report;
    report.lastBackup = newest({vault::RecoveryTimes::lastBackup(content), vault::RecoveryTimes::lastKit(content),
                                inputs.newestAutomaticBackup});
    const QDateTime now = inputs.now.toUTC();

    for (const vault::Account& account : content.accounts) {
        const vault::AccountRecovery& recovery = account.recovery;
        AccountReport entry;
        entry.accountId = account.id();
        entry.issuer = account.token().issuer();
        entry.name = account.token().name();
        const auto add = [&entry](const QString& id, Severity severity, const QString& message) {
            entry.findings.push_back({id, severity, message});
        };

        const bool covered =
            report.lastBackup.isValid() && (!recovery.changedAt.isValid() || report.lastBackup >= recovery.changedAt);
        const bool hasContact = !recovery.email.isEmpty() || !recovery.phone.isEmpty();
        if (!covered) {
            add(u"no-backup-since-change"_s, Severity::Critical,
                report.lastBackup.isValid()
                    ? u"This account changed after your last backup; make a new backup or emergency kit."_s
                    : u"No backup or emergency kit has been made; make one so this account can be restored."_s);
        }
        if (recovery.codeCount() > 0 && recovery.remainingCodes() == 0) {
            add(u"all-backup-codes-used"_s, Severity::Critical,
                u"All saved backup codes are used; get new ones from the service's security settings."_s);
        } else if (recovery.needsWarning()) {
            add(u"few-backup-codes"_s, Severity::Warning,
                recovery.remainingCodes() == 1
                    ? u"Only 1 backup code is left; get new ones from the service's security settings."_s
                    : u"Only %1 backup codes are left; get new ones from the service's security settings."_s.arg(
                        recovery.remainingCodes()));
        } else if (recovery.codeCount() == 0) {
            add(u"no-backup-codes"_s, Severity::Warning,
                u"No backup codes are saved; if the service offers them, save them here."_s);
        }
        if (!hasContact) {
            add(u"no-recovery-contact"_s, Severity::Warning,
                u"No recovery email or phone is noted; note which ones the service has on file."_s);
        } else if (!recovery.confirmedAt.isValid() || recovery.confirmedAt.daysTo(now) > kConfirmAfterDays) {
            add(u"recovery-details-unconfirmed"_s, Severity::Info,
                u"The recovery email and phone have not been checked for a year; confirm they are still yours."_s);
        }
        if (recovery.loginUrl().isEmpty()) {
            add(u"no-login-url"_s, Severity::Info,
                u"No official login address is noted; add it so you never need a link from an email."_s);
        }

        entry.outcome = covered ? Outcome::FromBackup : hasContact ? Outcome::ThroughService : Outcome::Lost;
        switch (entry.outcome) {
        case Outcome::FromBackup:
            ++report.fromBackup;
            break;
        case Outcome::ThroughService:
            ++report.throughService;
            break;
        case Outcome::Lost:
            ++report.lost;
            break;
        }
        report.accounts.push_back(std::move(entry));
    }

    if (!inputs.hasPasswordSlot) {
        report.vaultFindings.push_back(
            {u"no-recovery-password"_s, Severity::Warning,
             u"The vault has no recovery password: only this computer's keychain opens it. Set one so a backup "
             "of the vault file can be opened anywhere."_s});
    }

    const int total = int(content.accounts.size());
    if (total == 0) {
        report.summary = u"The vault has no accounts yet."_s;
    } else if (report.fromBackup == total) {
        report.summary =
            total == 1 ? u"If this computer died today, your account would come back from your backup."_s
                       : u"If this computer died today, all %1 accounts would come back from your backup."_s.arg(total);
    } else {
        QStringList parts;
        parts.append(u"%1 of %2 would come back from your backup"_s.arg(report.fromBackup).arg(accountCount(total)));
        if (report.throughService > 0) {
            parts.append(u"%1 only through the service's recovery email or phone"_s.arg(report.throughService));
        }
        parts.append(u"%1 would be lost"_s.arg(report.lost));
        report.summary = u"If this computer died today, "_s + parts.join(u", "_s) + u'.';
    }
    return report;
}

} // namespace tessera::recovery
