// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"
#include "vault/VaultContent.h"

#include <QDateTime>
#include <QJsonObject>

namespace tessera::vault {

/* The vault-level facts the readiness audit needs, kept in the content's top-level `recovery`
 * object (docs/vault-format.md §5.2) so they travel with the vault:
 *
 *   {"lastChangedAt": ISO 8601 UTC, "lastBackupAt": …, "lastKitAt": …}
 *
 * lastChangedAt is stamped by ChangeTracker when Vault::save() writes a change to the accounts.
 * lastBackupAt and lastKitAt are recorded by whoever made the backup or emergency kit (the CLI's
 * export, the desktop program's backup screen), before saving the vault. Automatic backups are
 * not recorded here (that would save the vault once more after each change); their time is read
 * from their folder (AutomaticBackup::newestBackupTime) and given to the audit. */
class RecoveryTimes {
public:
    [[nodiscard]] static QDateTime lastChanged(const VaultContent& content);
    [[nodiscard]] static QDateTime lastBackup(const VaultContent& content);
    [[nodiscard]] static QDateTime lastKit(const VaultContent& content);

    static void recordChange(VaultContent& content, const QDateTime& when);
    /* An encrypted Tessera backup was written (export --format tessera, "Back up now"). */
    static void recordBackup(VaultContent& content, const QDateTime& when);
    /* An emergency kit (PDF) was written. */
    static void recordKit(VaultContent& content, const QDateTime& when);

    /* Checked when a vault is read: each member present is a valid time. The message is a
     * phrase the vault puts into its sentence. */
    [[nodiscard]] static Result<void> validate(const QJsonObject& recovery);
};

} // namespace tessera::vault
