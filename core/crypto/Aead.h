// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArray>

#include <cstdint>
#include <span>

namespace tessera::crypto {

/* AES-256-GCM (OpenSSL EVP), the only cipher Tessera writes. Ciphertext and the 16-byte tag
 * travel together as `ciphertext || tag` (the Java/Rust convention of 2FAS, andOTP, Proton).
 * A failed tag check is ErrorCode::Damaged and no plaintext is ever returned for it; whether the
 * cause was a wrong key or a damaged file is for the caller to say (it knows which key it used). */
class Aead {
public:
    static constexpr std::size_t kKeySize = 32;
    static constexpr std::size_t kNonceSize = 12;
    static constexpr std::size_t kTagSize = 16;

    [[nodiscard]] static Result<QByteArray> encrypt(const SecureBytes& key, std::span<const std::uint8_t> nonce,
                                                    std::span<const std::uint8_t> plaintext,
                                                    std::span<const std::uint8_t> associatedData);
    [[nodiscard]] static Result<SecureBytes> decrypt(const SecureBytes& key, std::span<const std::uint8_t> nonce,
                                                     std::span<const std::uint8_t> ciphertextAndTag,
                                                     std::span<const std::uint8_t> associatedData);
};

} // namespace tessera::crypto
