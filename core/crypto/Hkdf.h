// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArrayView>

namespace tessera::crypto {

/* HKDF-SHA-256 (RFC 5869, OpenSSL EVP_KDF): one independent key per purpose from a key that is
 * already uniformly random, so no purpose's key reveals another's. */
class Hkdf {
public:
    [[nodiscard]] static Result<SecureBytes> deriveKey(const SecureBytes& inputKey, QByteArrayView info,
                                                       std::size_t size = 32);
};

} // namespace tessera::crypto
