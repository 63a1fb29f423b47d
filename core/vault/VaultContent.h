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

/* What the vault holds, and its plaintext form inside the container (docs/vault-format.md):
 *
 *   u32 BE length of the JSON | JSON (UTF-8) | u32 BE number of secrets | per secret: u32 BE length, bytes
 *
 * The JSON carries everything but the secrets: {"format":1,"accounts":[{"id","type","issuer",
 * "name","algorithm","digits","period"|"counter","group","note","favorite", …}],"groups":[…],
 * "recovery":{…},"settings":{…}}; the i-th secret belongs to the i-th account. Keeping the raw
 * secret bytes out of the JSON means they never pass through Qt's JSON classes, whose internal
 * copies cannot be wiped: they go from the decrypted buffer straight into SecureBytes.
 *
 * Members of an account that this version does not know are kept (Account::extra), and so are
 * `recovery` and `settings`, so an older Tessera never drops what a newer one wrote. */
class VaultContent {
public:
    static constexpr int kFormat = 1;

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
