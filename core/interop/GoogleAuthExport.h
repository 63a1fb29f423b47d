// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"
#include "vault/VaultContent.h"

#include <QString>
#include <QStringList>

namespace tessera::interop {

/* "Transfer accounts" QR codes for Google Authenticator (FORMATS.md §3.5, §3.7): the vault's
 * accounts as `otpauth-migration://offline?data=…` links, one per QR code. Not an Exporter,
 * because the result is several codes shown one after another, not one file.
 *
 * Like Google Authenticator itself, at most 10 accounts go into one code; all codes share one
 * random batch id and carry indices 0…n-1 and the batch size, so GA (and Aegis, Tessera) can
 * tell when a code is missing. Accounts the format cannot hold are left out and named with the
 * reason: Steam, periods other than 30 s, digits other than 6 or 8. */
class GoogleAuthExport {
public:
    static constexpr int kAccountsPerCode = 10;
    /* What one QR code holds in byte mode at medium error correction (version 40); should
     * long names push a code of 10 past it, fewer accounts go into each code. */
    static constexpr qsizetype kMaxUriLength = 2331;

    struct Batches {
        /* The links in batch order. They carry the secrets (as GA's own codes do): show them as
         * QR codes, never write them to a log. */
        QStringList uris;
        QStringList skipped; // "Boeing / Sophia: Google Authenticator cannot hold Steam accounts."
    };

    /* ErrorCode::NotFound when no account fits (or there is none), with a message saying so. */
    [[nodiscard]] static Result<Batches> build(const vault::VaultContent& content);
};

} // namespace tessera::interop
