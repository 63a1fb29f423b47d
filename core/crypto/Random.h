// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArray>

namespace tessera::crypto {

/* Cryptographic randomness from OpenSSL's DRBG: RAND_priv_bytes for keys (a separate generator
 * for long-term secrets), RAND_bytes for public values (nonces, salts). Failure is an error,
 * never a silently weaker value. */
class Random {
public:
    [[nodiscard]] static Result<SecureBytes> secretBytes(std::size_t size);
    [[nodiscard]] static Result<QByteArray> publicBytes(qsizetype size);
};

} // namespace tessera::crypto
