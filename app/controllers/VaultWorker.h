// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "keychain/KeychainProbe.h"
#include "util/Result.h"
#include "vault/Vault.h"
#include "vault/VaultContent.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace tessera {

namespace keychain {
class SecretStore;
}
namespace vault {
class AutomaticBackup;
}

/* The thread side of VaultController: owns the open vault::Vault and does everything slow or
 * blocking with it — the keychain (QtKeychainStore may wait up to its timeout), Argon2id,
 * encryption and fsync. Every member function runs on the worker's own thread; the controller
 * posts jobs to it and gets a Report back as a queued call, so nothing here is ever touched from
 * two threads. Locking resets the vault, which wipes the master key and every secret. */
class VaultWorker : public QObject {
    Q_OBJECT

public:
    /* What a job did, for the GUI thread. `snapshot` is a copy of the content after a successful
     * change (or an open), null when the content did not change. The slot flags describe the
     * vault file (known from its header even while locked). */
    struct Report {
        Result<void> result;
        std::shared_ptr<vault::VaultContent> snapshot;
        bool open = false;
        bool hasPasswordSlot = false;
        bool hasKeychainSlot = false;
    };

    /* What start() found: the keychain's state, whether a vault file exists, and the open attempt. */
    struct StartReport {
        keychain::KeychainStatus keychain;
        bool vaultExists = false;
        Report open;
    };

    using Change = std::function<Result<void>(vault::VaultContent&)>;
    using Job = std::function<Result<void>(vault::Vault&)>;

    /* `keychain` may be null; it must outlive the worker. */
    VaultWorker(QString vaultPath, keychain::SecretStore* keychain);
    ~VaultWorker() override;

    /* Probes the keychain, looks for the file, and opens it through the keychain when it can. */
    [[nodiscard]] StartReport start();
    /* Opens with the keychain (`password` empty) or with the recovery password. */
    [[nodiscard]] Report open(const std::optional<crypto::SecureBytes>& password);
    [[nodiscard]] Report create(bool useKeychain, std::optional<crypto::SecureBytes> password);
    [[nodiscard]] Report setPassword(const crypto::SecureBytes& password);
    /* Applies `change` to the content and saves once; on any failure the content goes back to
     * what was saved last, so memory always matches the file. */
    [[nodiscard]] Report modify(const Change& change);
    /* Runs `job` with the open vault. A job that saves (the file's digest changed) counts as a
     * change: a new snapshot is reported and an automatic backup scheduled. A job that fails
     * without saving leaves the content as it was before the job. */
    [[nodiscard]] Report withVault(const Job& job);
    /* Drops the vault (wiping its key and secrets), after writing a pending automatic backup. */
    void lock();

    [[nodiscard]] bool isOpen() const { return m_vault.has_value(); }

Q_SIGNALS:
    /* Emitted on the worker thread; the controller connects with a queued connection. */
    void automaticBackupFailed(const QString& message);

private:
    [[nodiscard]] Report reportOpen(bool withSnapshot) const;
    [[nodiscard]] Report notOpen() const;
    void readSlotsFromFile(Report& report) const;
    /* Owns an AutomaticBackup exactly while the content's settings ask for one. */
    void followBackupSettings();
    /* After each successful save: follows the backup settings and schedules a backup. */
    void noteSaved();
    void dropBackup();
    /* The probe's finding in the user's language (core words it in English, for the CLI). */
    [[nodiscard]] static QString describe(const keychain::KeychainStatus& status);

    QString m_path;
    keychain::SecretStore* m_keychain;
    std::optional<vault::Vault> m_vault;
    std::unique_ptr<vault::AutomaticBackup> m_backup;
};

} // namespace tessera
