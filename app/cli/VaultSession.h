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

    /* Opens the vault with --password-file if given, else with the keychain. */
    [[nodiscard]] Result<vault::Vault> open();

    /* `error` with the next step added: a damaged vault points at its kept versions, an
     * unavailable keychain at the recovery password. */
    [[nodiscard]] Error explain(const Error& error) const;

private:
    QString m_path;
    QString m_passwordFile;
    std::unique_ptr<keychain::SecretStore> m_keychain;
};

} // namespace tessera::cli
