// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Argon2id.h"
#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace tessera::vault {

enum class SlotType { Keychain, Password };

/* One way to open a container: the 256-bit master key, wrapped (AES-256-GCM) under a key that
 * comes from the OS keychain or from a password through Argon2id. Adding a slot never touches
 * the others, so a recovery password can be set, changed or removed while the keychain slot
 * stays (docs/vault-format.md §Slots). */
struct Slot {
    SlotType type = SlotType::Keychain;
    QString id;                   // random UUID of the slot
    QString keychainKey;          // Keychain: the entry's key in the OS keychain
    crypto::Argon2Parameters kdf; // Password
    QByteArray salt;              // Password: 16 bytes
    QByteArray nonce;             // 12 bytes
    QByteArray wrappedKey;        // 32-byte master key + 16-byte tag

    /* Wraps `masterKey` under `wrappingKey` (the keychain's 32 random bytes). */
    [[nodiscard]] static Result<Slot> makeKeychainSlot(const crypto::SecureBytes& masterKey,
                                                       const crypto::SecureBytes& wrappingKey,
                                                       const QString& keychainKey, const QString& vaultId);
    /* Derives a wrapping key from `password` with fresh salt (slow: Argon2id). */
    [[nodiscard]] static Result<Slot> makePasswordSlot(const crypto::SecureBytes& masterKey,
                                                       const crypto::SecureBytes& password,
                                                       const crypto::Argon2Parameters& kdf, const QString& vaultId);

    /* The master key, or ErrorCode::WrongPassword when the tag does not verify. */
    [[nodiscard]] Result<crypto::SecureBytes> unwrap(const crypto::SecureBytes& wrappingKey,
                                                     const QString& vaultId) const;
    [[nodiscard]] Result<crypto::SecureBytes> unwrapWithPassword(const crypto::SecureBytes& password,
                                                                 const QString& vaultId) const;
};

} // namespace tessera::vault
