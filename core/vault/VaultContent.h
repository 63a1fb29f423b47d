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

/* What the vault holds, and its JSON form (the plaintext inside the container, see
 * docs/vault-format.md). The JSON is produced straight into a SecureBytes buffer and parsed from
 * one, because it carries every secret in Base32.
 *
 * {"format":1,"accounts":[{"id","type","issuer","name","secret","algorithm","digits",
 *   "period"|"counter","group","note","favorite", …}],"groups":[…],"recovery":{…},"settings":{…}}
 *
 * `recovery` and `settings` are kept verbatim for the recovery center and later settings. */
class VaultContent {
public:
    static constexpr int kFormat = 1;

    std::vector<Account> accounts;
    QStringList groups;
    QJsonObject recovery;
    QJsonObject settings;

    [[nodiscard]] Account* find(const QString& id);
    [[nodiscard]] const Account* find(const QString& id) const;

    [[nodiscard]] Result<crypto::SecureBytes> toJson() const;
    /* ErrorCode::Damaged for JSON that decrypted fine but is not a vault (a bug or a forgery);
     * an account that fails validation is reported with its position, nothing is dropped. */
    [[nodiscard]] static Result<VaultContent> fromJson(const crypto::SecureBytes& json);

    [[nodiscard]] VaultContent clone() const;
};

} // namespace tessera::vault
