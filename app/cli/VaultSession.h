// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"
#include "vault/Vault.h"

#include <QString>

#include <memory>
#include <optional>

namespace tessera::keychain {
class SecretStore;
}

namespace tessera::cli {

class CommandLine;
class Console;

/* Which vault the vault commands use and how it is unlocked, from the global options:
 * `--vault PATH` (else Vault::defaultPath(), which honours TESSERA_VAULT) and `--password-file
 * FILE` (the recovery-password slot instead of the OS keychain).
 *
 * The OS keychain is only contacted when it is needed: with --password-file, opening a vault
 * never talks to D-Bus, so scripts and servers without a Secret Service work. Errors from core
 * come back with what the user can do next added (explain()). */
class VaultSession {
public:
    explicit VaultSession(const CommandLine& commandLine);
    ~VaultSession();
    VaultSession(const VaultSession&) = delete;
    VaultSession& operator=(const VaultSession&) = delete;

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] bool hasPasswordFile() const { return !m_passwordFile.isEmpty(); }

    /* The password of --password-file, or nullopt without the option. */
    [[nodiscard]] Result<std::optional<crypto::SecureBytes>> password() const;
    /* The OS keychain (created on first use). */
    [[nodiscard]] keychain::SecretStore& keychain();

    /* Opens the vault with --password-file if given, else with the keychain. A damaged vault's
     * error names the newest kept version that opens. */
    [[nodiscard]] Result<vault::Vault> open();

    /* Saves `vault` (errors come back explained) and then, when the user set up automatic
     * backups, writes one: the desktop program debounces a burst of edits, but a command is one
     * change, so the backup follows at once. A failed backup does not undo the saved change; it
     * is reported as a warning. */
    [[nodiscard]] Result<void> save(vault::Vault& vault, Console& console) const;

    /* `error` with the next step added: an unavailable keychain points at the recovery
     * password; a damaged vault says it was left as it was. */
    [[nodiscard]] Error explain(const Error& error) const;

private:
    /* One sentence about the kept versions of a damaged vault: the newest that opens with the
     * same credentials (the file to go back to), or that there is none. */
    [[nodiscard]] QString newestIntactVersion(keychain::SecretStore* store,
                                              const std::optional<crypto::SecureBytes>& password) const;

    QString m_path;
    QString m_passwordFile;
    std::unique_ptr<keychain::SecretStore> m_keychain;
};

} // namespace tessera::cli
