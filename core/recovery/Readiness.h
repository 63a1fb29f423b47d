// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/VaultContent.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace tessera::recovery {

/* The readiness audit (issue 6 item 5): for each account, the gaps that would make getting back
 * in hard, and an overall "if this computer died today" summary. A pure function of its inputs,
 * so it is exact to test; the rules are in docs/recovery.md ("Readiness rules") and in audit().
 *
 * Findings carry a stable id (what scripts, the GUI's fix buttons and translations key on), a
 * severity and one plain English sentence (core has no tr(); the desktop program shows its own
 * translated text for each id). */
class Readiness {
public:
    enum class Severity { Info, Warning, Critical };

    struct Finding {
        QString id;
        Severity severity = Severity::Info;
        QString message;
    };

    /* How an account would come back if this computer died today. */
    enum class Outcome {
        FromBackup,     // a backup or emergency kit made after its last change holds it
        ThroughService, // only through the service's own recovery: an email or phone is noted
        Lost,           // neither
    };

    struct AccountReport {
        QString accountId;
        QString issuer;
        QString name;
        Outcome outcome = Outcome::Lost;
        std::vector<Finding> findings;
    };

    struct Inputs {
        QDateTime now;
        bool hasPasswordSlot = false;
        /* The newest automatic backup in its folder (AutomaticBackup::newestBackupTime), invalid
         * when automatic backups are off or none was written. */
        QDateTime newestAutomaticBackup;
    };

    struct Report {
        std::vector<AccountReport> accounts; // in the vault's order
        std::vector<Finding> vaultFindings;  // about the vault as a whole
        int fromBackup = 0;
        int throughService = 0;
        int lost = 0;
        /* The newest backup, emergency kit or automatic backup (UTC); invalid if none is known. */
        QDateTime lastBackup;
        /* "If this computer died today, …" in plain English. */
        QString summary;
    };

    [[nodiscard]] static Report audit(const vault::VaultContent& content, const Inputs& inputs);

    [[nodiscard]] static QString severityName(Severity severity); // "info", "warning", "critical"
    [[nodiscard]] static QString outcomeName(Outcome outcome);    // "backup", "service", "lost"

    /* Recovery details not confirmed for this long are worth checking again. */
    static constexpr int kConfirmAfterDays = 365;
};

} // namespace tessera::recovery
