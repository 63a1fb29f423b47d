// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QString>

namespace tessera::keychain {

/* Where the vault's wrapping key lives: the OS keychain in the program (QtKeychainStore), an
 * in-memory map in unit tests (MemorySecretStore). Synchronous: callers that must not block
 * (the GUI) call it from a worker thread.
 *
 * Error contract, which the vault relies on to never lose data:
 *  - ErrorCode::NotFound: the keychain answered and has no such entry;
 *  - ErrorCode::KeychainUnavailable: no keychain, locked, access refused, or any other failure —
 *    the message says in plain words what is missing and what the user can do.
 * A caller must never treat KeychainUnavailable as NotFound (a read error never creates a new key).
 * remove() of an entry that does not exist succeeds (the entry is gone either way). */
class SecretStore {
public:
    virtual ~SecretStore() = default;

    [[nodiscard]] virtual Result<crypto::SecureBytes> read(const QString& key) = 0;
    [[nodiscard]] virtual Result<void> write(const QString& key, const crypto::SecureBytes& secret) = 0;
    [[nodiscard]] virtual Result<void> remove(const QString& key) = 0;
    /* A human name of the backend ("Secret Service", "memory"), for diagnoses. */
    [[nodiscard]] virtual QString backendName() const = 0;
};

} // namespace tessera::keychain
