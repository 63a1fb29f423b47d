// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace tessera::otp {
class OtpToken;
}

namespace tessera::vault {
class Account;
class VaultContent;
} // namespace tessera::vault

namespace tessera::cli {

/* Finding vault accounts from what a user types, and naming them back in messages. */
class AccountQuery {
public:
    /* Indices (into content.accounts) of the accounts `query` means, best tier only:
     *  1. the account whose id is exactly `query`;
     *  2. else the accounts whose "issuer name", issuer or name equals `query`, ignoring case —
     *     so "Google" picks Google even when "Google Cloud" exists;
     *  3. else the accounts whose "issuer name", issuer or name contains `query`, ignoring case.
     * Empty when nothing matches; several when the query is ambiguous. */
    [[nodiscard]] static std::vector<std::size_t> match(const vault::VaultContent& content, const QString& query);

    /* "GitHub (alice)", or "alice" without an issuer; safe for a terminal. */
    [[nodiscard]] static QString label(const otp::OtpToken& token);
    /* "GitHub (alice), id 0f3c…" in full, for messages that must let the user pick one. */
    [[nodiscard]] static QString labelWithId(const vault::Account& account);

    /* Same type and same secret: the same account, whatever its label (constant-time compare). */
    [[nodiscard]] static bool sameSecret(const otp::OtpToken& a, const otp::OtpToken& b);
};

} // namespace tessera::cli
