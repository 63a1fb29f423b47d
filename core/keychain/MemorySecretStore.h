// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keychain/SecretStore.h"

#include <map>
#include <mutex>

namespace tessera::keychain {

/* A SecretStore in memory, for unit tests (STYLE.md rule 14): nothing leaves the process.
 * Follows the same contract as QtKeychainStore, and can be told to fail like a missing or
 * locked keychain, so tests can show that a read error never creates a new key.
 * Thread-safe, like the real store. */
class MemorySecretStore final : public SecretStore {
public:
    /* Which operations answer KeychainUnavailable instead of doing their work. */
    struct Failures {
        bool read = false;
        bool write = false;
        bool remove = false;
    };

    [[nodiscard]] Result<crypto::SecureBytes> read(const QString& key) override;
    [[nodiscard]] Result<void> write(const QString& key, const crypto::SecureBytes& secret) override;
    [[nodiscard]] Result<void> remove(const QString& key) override;
    [[nodiscard]] QString backendName() const override;

    void setFailures(Failures failures);
    /* Every operation fails (as with no keychain at all), or none does. */
    void setUnavailable(bool unavailable);

    [[nodiscard]] bool contains(const QString& key) const;
    [[nodiscard]] int size() const;
    /* How many write() and remove() calls succeeded, to check that something did not happen. */
    [[nodiscard]] int successfulWrites() const;
    [[nodiscard]] int successfulRemoves() const;

    /* The message of a simulated failure, so tests can tell it apart. */
    [[nodiscard]] static QString simulatedFailureMessage();

private:
    mutable std::mutex m_mutex;
    // std::map, not QMap: QMap copies its values when it detaches, and SecureBytes is move-only.
    std::map<QString, crypto::SecureBytes> m_entries;
    Failures m_failures;
    int m_writes = 0;
    int m_removes = 0;
};

} // namespace tessera::keychain
