// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <optional>

namespace tessera::vault {

class Vault;
class VaultContent;

/* Encrypted backups written by themselves after each change: `tessera-backup-<UTC time>.tessera`
 * in a folder the user chose, the newest `keep` of them kept (only files of that name pattern
 * are ever deleted). Changes are debounced — a burst of edits makes one backup.
 *
 * The settings travel in the vault (settings.automaticBackup = {folder, keep, keyHeader}), the
 * key header being what Vault::makeBackupKeyHeader() made from the backup password, so no
 * password is asked for each time and nothing secret is stored outside the vault.
 *
 * The time of the last backup and whether changes are unbacked are read from the folder and
 * the vault file's time, so they are right across restarts and for changes the CLI made. */
class AutomaticBackup : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultKeep = 10;

    struct Settings {
        QString folder;
        int keep = kDefaultKeep;
        QByteArray keyHeader;
    };

    /* The settings stored in `content`, or nullopt when automatic backups are off. */
    [[nodiscard]] static std::optional<Settings> settingsOf(const VaultContent& content);
    /* Turns automatic backups on (slow: Argon2id of the password); changes `vault`'s content in
     * memory — the caller saves. The folder must exist or be creatable and writable. */
    [[nodiscard]] static Result<void> enable(Vault& vault, const QString& folder, const crypto::SecureBytes& password,
                                             int keep = kDefaultKeep);
    static void disable(VaultContent& content);

    /* When the newest automatic backup in `folder` was written (UTC), or invalid if none is; for
     * a status shown away from the vault's thread (the desktop program reads it on the GUI
     * thread while the vault lives on its worker). */
    [[nodiscard]] static QDateTime newestBackupTime(const QString& folder);

    /* `vault` must outlive this object. */
    explicit AutomaticBackup(const Vault& vault, std::chrono::milliseconds debounce = std::chrono::seconds(3),
                             QObject* parent = nullptr);

    /* Call after each save of the vault: schedules a backup after the debounce delay. */
    void noteChange();
    /* Writes a backup now (also what the timer calls). Returns the file written. */
    Result<QString> backUpNow();

    [[nodiscard]] bool isEnabled() const;
    [[nodiscard]] QDateTime lastBackupTime() const;
    [[nodiscard]] bool hasUnbackedChanges() const;

Q_SIGNALS:
    void backedUp(const QString& path);
    void failed(const QString& message);
    void statusChanged();

private:
    [[nodiscard]] static QStringList backupFiles(const QString& folder);
    static void prune(const Settings& settings);

    const Vault& m_vault;
    QTimer m_debounce;
};

} // namespace tessera::vault
