// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "keychain/SecretStore.h"
#include "util/Result.h"
#include "vault/ChangeTracker.h"
#include "vault/ContainerFile.h"
#include "vault/VaultContent.h"

#include <QString>

#include <optional>

namespace tessera::vault {

/* An open vault: its decrypted content, the master key, and how to save it back.
 *
 * Opening tries the keychain slot first, then the password (if given). A keychain read error is
 * reported, never "fixed" by creating a new key; a wrong password (ErrorCode::WrongPassword), a
 * damaged file (Damaged), a newer format (Unsupported) and a vault locked by another process
 * (InUse) are distinct errors. Saving keeps the previous file in versions/ and writes atomically;
 * it refuses to overwrite a file that changed on disk since it was opened (another program saved
 * in between) — reopen and apply the change again. */
class Vault {
public:
    struct CreateOptions {
        keychain::SecretStore* keychain = nullptr;   // null: no keychain slot (--no-keychain)
        std::optional<crypto::SecureBytes> password; // a password slot
        crypto::Argon2Parameters kdf = crypto::Argon2id::kVault;
    };

    /* The platform's default vault path (QStandardPaths::AppDataLocation/vault.tessera),
     * overridden by TESSERA_VAULT. */
    [[nodiscard]] static QString defaultPath();

    /* Fails if a vault exists at `path` already (never overwrites) or if neither a keychain nor a
     * password is given (a vault must be openable by something). */
    [[nodiscard]] static Result<Vault> create(const QString& path, CreateOptions options);
    [[nodiscard]] static Result<Vault> open(const QString& path, keychain::SecretStore* keychain,
                                            const std::optional<crypto::SecureBytes>& password);

    /* A damaged vault's way back: the newest kept version (versions/) that opens with the same
     * keychain or password. `usedVersion` receives its path. The damaged file is not touched, and
     * the returned vault refuses to save over it (the file differs from what it opened): call
     * restoreVersion() first, then open() again. */
    [[nodiscard]] static Result<Vault> openNewestIntactVersion(const QString& path, keychain::SecretStore* keychain,
                                                               const std::optional<crypto::SecureBytes>& password,
                                                               QString* usedVersion);
    /* Puts a kept version back as the vault file, after the user agreed. The current (damaged)
     * file is first moved aside to versions/damaged-<time>-<name> — kept for inspection, never
     * rotated away — so nothing is ever lost. */
    [[nodiscard]] static Result<void> restoreVersion(const QString& path, const QString& versionPath);

    [[nodiscard]] const VaultContent& content() const { return m_content; }
    [[nodiscard]] VaultContent& content() { return m_content; }
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] const QString& id() const { return m_header.vaultId; }
    [[nodiscard]] bool hasKeychainSlot() const;
    [[nodiscard]] bool hasPasswordSlot() const;

    /* Takes the lock, checks the file is unchanged since opening, preserves the current file as a
     * version and writes the new one atomically. Accounts changed since opening or the last save
     * get their change time stamped first (ChangeTracker, for the readiness audit). */
    [[nodiscard]] Result<void> save();

    /* Re-reads the file after another program changed it (a synced folder, the CLI; see
     * VaultFileWatcher). The master key is kept in memory, so neither the keychain nor the password
     * is needed again. Returns false when the file is still what was loaded. Replaces content(),
     * unsaved changes included. A damaged file, another vault's file or one this key does not open
     * is an error, and the loaded content stays as it was. */
    [[nodiscard]] Result<bool> reload();
    /* SHA-256 of the file as opened or last saved (what VaultFileWatcher::setKnownDigest takes). */
    [[nodiscard]] const QByteArray& fileDigest() const { return m_loadedDigest; }

    /* Adds or replaces the password slot (the keychain slot stays); saves. */
    [[nodiscard]] Result<void> setPassword(const crypto::SecureBytes& password,
                                           const crypto::Argon2Parameters& kdf = crypto::Argon2id::kVault);
    /* Removes the password slot; refused if it is the only slot. Saves. */
    [[nodiscard]] Result<void> removePassword();

    /* Automatic backups (AutomaticBackup) are written without asking for a password each time:
     * when the user sets them up, makeBackupKeyHeader() wraps a backup key — derived from the
     * master key with HKDF, so a backup password never reveals the vault's own key — under the
     * backup password (slow: Argon2id, once). The result is a small Tessera container holding
     * only that slot; it is not secret and is kept in the vault's settings. writeBackup() then
     * encrypts the current content under the same backup key with a fresh nonce. */
    [[nodiscard]] Result<QByteArray>
    makeBackupKeyHeader(const crypto::SecureBytes& password,
                        const crypto::Argon2Parameters& kdf = crypto::Argon2id::kBackup) const;
    [[nodiscard]] Result<QByteArray> writeBackup(QByteArrayView backupKeyHeader) const;

private:
    Vault() = default;

    [[nodiscard]] Result<crypto::SecureBytes> backupKey() const;

    QString m_path;
    ContainerFile::Header m_header;
    crypto::SecureBytes m_masterKey;
    VaultContent m_content;
    QByteArray m_loadedDigest; // SHA-256 of the file as opened or last saved
    ChangeTracker m_changes;   // the accounts as opened or last saved
};

} // namespace tessera::vault
