// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArray>

#include <cstdint>
#include <span>

namespace tessera::crypto {

struct Argon2Parameters {
    quint64 memoryBytes = 0;
    quint32 iterations = 0;
    bool operator==(const Argon2Parameters&) const = default;
};

/* Password → 256-bit key with Argon2id (libsodium crypto_pwhash, parallelism 1).
 *
 * Tessera's own containers use at least the vault setting (64 MiB, t = 3, RFC 9106's second
 * recommendation) and backups 256 MiB, t = 3 (SECURITY.md S1). Parameters read from a file are
 * checked against the floor and the caps (m ≤ 4 GiB, t ≤ 20) *before* any work, so a hostile file
 * cannot make us allocate gigabytes or spin for minutes. */
class Argon2id {
public:
    static constexpr std::size_t kKeySize = 32;
    static constexpr std::size_t kSaltSize = 16; // crypto_pwhash_SALTBYTES
    static constexpr quint64 kMiB = 1024 * 1024;
    static constexpr Argon2Parameters kVault{64 * kMiB, 3};
    static constexpr Argon2Parameters kBackup{256 * kMiB, 3};
    static constexpr Argon2Parameters kFloor{64 * kMiB, 3};
    static constexpr Argon2Parameters kCap{4096 * kMiB, 20};

    /* Floor and caps for Tessera containers: InvalidInput-free wording for the user
     * ("The file asks for … which is more than Tessera allows"), ErrorCode::Damaged. */
    [[nodiscard]] static Result<void> checkBounds(const Argon2Parameters& parameters);

    /* Derives the key; the password and salt are not kept. Checks bounds first. */
    [[nodiscard]] static Result<SecureBytes> deriveKey(std::span<const std::uint8_t> password,
                                                       std::span<const std::uint8_t> salt,
                                                       const Argon2Parameters& parameters);
    /* The same without the floor, for foreign formats (Ente, Proton) read with their own
     * parameters; the caps still apply. */
    [[nodiscard]] static Result<SecureBytes> deriveKeyForeign(std::span<const std::uint8_t> password,
                                                              std::span<const std::uint8_t> salt,
                                                              const Argon2Parameters& parameters);
};

} // namespace tessera::crypto
