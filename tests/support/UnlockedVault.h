// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace tessera {
class VaultController;
namespace keychain {
class SecretStore;
}
} // namespace tessera

namespace tessera::test {

/* The starting point of most backend tests: a VaultController over a new vault, created and
 * unlocked the way the first-run screen does it, and accounts added the way a pasted link is. */
class UnlockedVault {
public:
    /* A new vault at `path` with a keychain slot in `keychain` (usually a MemorySecretStore),
     * unlocked; null, after a warning that says which step did not happen, if it could not be. */
    [[nodiscard]] static std::unique_ptr<VaultController> create(const QString& path, keychain::SecretStore& keychain);
    /* Adds the account of one otpauth:// link and waits for its save; false with a warning. */
    [[nodiscard]] static bool add(VaultController& vault, const QString& uri);

    static constexpr int kTimeoutMs = 60000; // Argon2id and saves on a loaded machine
};

} // namespace tessera::test
