// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"
#include "vault/Account.h"

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace tessera::vault {

/* What the vault holds, and its plaintext form inside the container (docs/vault-format.md §5):
 *
 *   u32 BE length of the JSON | JSON (UTF-8) | u32 BE number of secrets | per secret: u32 BE length, bytes
 *   [format 2 only: u32 BE number of recovery secrets | per recovery secret: u32 BE length, bytes]
 *
 * The JSON carries everything but the secrets: {"format":1|2,"accounts":[{"id","type","issuer",
 * "name","algorithm","digits","period"|"counter","group","note","favorite","recovery"?, …}],
 * "groups":[…],"recovery":{…},"settings":{…}}; the i-th secret belongs to the i-th account.
 * Backup codes (AccountRecovery) are secrets too: they go into the recovery-secrets table, which
 * only format 2 has and only a vault with backup codes is written in; the account's `recovery`
 * member refers to them by index. Keeping the raw secret bytes out of the JSON means they never
 * pass through Qt's JSON classes, whose internal copies cannot be wiped: they go from the
 * decrypted buffer straight into SecureBytes.
 *
 * Members of an account that this version does not know are kept (Account::extra), and so are
 * the top-level `recovery` (vault-level facts, vault::RecoveryTimes) and `settings`, so an older
 * Tessera never drops what a newer one wrote. */
class VaultContent {
public:
    static constexpr int kFormat = 2;                       // the newest this version reads
    static constexpr int kFormatWithoutRecoverySecrets = 1; // written when no account has backup codes

    std::vector<Account> accounts;
    QStringList groups;
    QJsonObject recovery;
    QJsonObject settings;
    QJsonObject extra; // top-level members this version does not know

    [[nodiscard]] Account* find(const QString& id);
    [[nodiscard]] const Account* find(const QString& id) const;

    [[nodiscard]] crypto::SecureBytes serialize() const;
    /* ErrorCode::Damaged for bytes that decrypted fine but are not a vault (a bug or a forgery);
     * an account that fails validation is reported with its position, nothing is dropped. */
    [[nodiscard]] static Result<VaultContent> deserialize(const crypto::SecureBytes& bytes);

    [[nodiscard]] VaultContent clone() const;
};

} // namespace tessera::vault
