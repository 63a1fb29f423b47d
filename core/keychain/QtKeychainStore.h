// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keychain/SecretStore.h"

#include <chrono>

namespace tessera::keychain {

/* The operating system's keychain through QtKeychain 0.13: the Secret Service (GNOME Keyring,
 * KeePassXC, …) through libsecret or KWallet on Linux, the Credential Manager on Windows, the
 * Keychain on macOS. Entries are stored under the service name "Tessera".
 *
 * Keys: the caller chooses them, and each must be unique per vault AND unique on the whole
 * computer, because the Windows backend ignores the service name (the credential's TargetName
 * is the key alone). Use a prefix and the vault's id, e.g. "tessera-vault-<uuid>".
 *
 * Threads: QtKeychain runs its jobs asynchronously through one process-wide queue that lives in
 * the thread of the very first job, and libsecret's callbacks keep raw pointers to running jobs.
 * A local event loop in whichever thread calls us would break both (a queue stranded in a thread
 * pool thread that has ended; a job deleted on timeout while libsecret still points at it). So
 * every job of every instance runs on one private thread with its own event loop, started on
 * first use and stopped when the QCoreApplication is destroyed; the calling thread only waits.
 * The store therefore works from any thread, with or without a running event loop (the CLI
 * never calls exec()), provided a QCoreApplication object exists. It blocks the caller for up to
 * the timeout, so the GUI calls it from a worker thread. A job that has not answered by then is
 * reported as KeychainUnavailable and left to finish on the keychain thread.
 *
 * Memory: the secret reaches QtKeychain without a copy of ours (a QByteArray over the SecureBytes'
 * own bytes), and what is read back is copied into SecureBytes and QtKeychain's buffer wiped.
 * Copies inside QtKeychain and the backend are out of our reach: on Linux QtKeychain Base64-encodes
 * binary data into buffers it frees without wiping (libsecret itself keeps secrets in wiped
 * memory); other backends have their own.
 *
 * Errors follow SecretStore's contract. QtKeychain's plaintext fallback is never switched on:
 * with no usable keychain every call fails with a plain diagnosis (SECURITY.md S3). */
class QtKeychainStore final : public SecretStore {
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{30'000};

    explicit QtKeychainStore(std::chrono::milliseconds timeout = kDefaultTimeout);

    /* NotFound only once the keychain has shown it is unlocked: libsecret cannot tell a locked
     * keyring from an empty one, so on Linux a miss is checked with a throw-away write. */
    [[nodiscard]] Result<crypto::SecureBytes> read(const QString& key) override;
    [[nodiscard]] Result<void> write(const QString& key, const crypto::SecureBytes& secret) override;
    /* Removing an entry that does not exist succeeds (once the keychain has shown it is unlocked). */
    [[nodiscard]] Result<void> remove(const QString& key) override;
    /* The backend QtKeychain chooses here ("Secret Service", "KWallet", …), for diagnoses. */
    [[nodiscard]] QString backendName() const override;

    /* "Tessera": the service every entry is stored under. */
    [[nodiscard]] static QString serviceName();

private:
    [[nodiscard]] Result<void> ensureUnlocked();
    [[nodiscard]] Result<crypto::SecureBytes> confirmNotFound(const QString& key);

    std::chrono::milliseconds m_timeout;
};

} // namespace tessera::keychain
