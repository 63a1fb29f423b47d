// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/VaultContent.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace tessera::vault {

/* Knows when each account last changed in a way a backup would miss, for the readiness audit
 * ("is there a backup made after this account's last change?").
 *
 * Vault remembers a fingerprint of every account as it opened or last saved the content; on
 * save, an account that is new or whose fingerprint differs gets recovery.changedAt = now, and
 * the vault's lastChangedAt (RecoveryTimes) is set when any account was added, changed or
 * removed. Counted as a change: the secret, type, algorithm, digits, period, issuer, name, note,
 * login URL, recovery email and phone, and the backup codes with their used marks. Not counted:
 * the HOTP counter (a backup with an older counter still works: the service resynchronises
 * within its window, and counting it would flag every use), the group, the favorite mark, the
 * checklist progress, the "confirmed" time, and settings — none of them is needed to get back in.
 * So recording a backup (itself a save) is never a change. */
class ChangeTracker {
public:
    /* Forgets what it knew and remembers `content` as unchanged. */
    void reset(const VaultContent& content);
    /* Stamps what changed since reset() or the last stamp() at `now`; returns whether anything did. */
    bool stamp(VaultContent& content, const QDateTime& now);

    [[nodiscard]] static QByteArray fingerprint(const Account& account);

private:
    QHash<QString, QByteArray> m_fingerprints; // account id → fingerprint
};

} // namespace tessera::vault
