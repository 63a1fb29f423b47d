// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOwnedSingleton.h"

#include "crypto/Argon2id.h"
#include "util/Result.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace tessera {

class VaultController;
namespace vault {
class Vault;
}

/* The backup and export screen's backend, over the core's exporters (as `tessera-cli export`
 * uses them): an encrypted Tessera backup, an Aegis file (encrypted, or plain behind the UI's
 * warning), the URI list, the emergency-kit PDF, Google Authenticator transfer QR codes, and
 * automatic backups. Slow work (Argon2id, scrypt, writing files) runs on the vault's worker
 * thread through VaultController::withVault. Files are written atomically (QSaveFile) with
 * owner-only permissions, like the CLI's. */
class BackupController : public QObject, public AppOwnedSingleton<BackupController> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(bool automaticEnabled READ automaticEnabled NOTIFY automaticChanged)
    Q_PROPERTY(QString automaticFolder READ automaticFolder NOTIFY automaticChanged)
    Q_PROPERTY(QDateTime lastBackupTime READ lastBackupTime NOTIFY automaticChanged)
    Q_PROPERTY(bool hasUnbackedChanges READ hasUnbackedChanges NOTIFY automaticChanged)
    Q_PROPERTY(QStringList skippedForGoogle READ skippedForGoogle NOTIFY skippedForGoogleChanged)

public:
    /* `vault` must outlive the controller. */
    explicit BackupController(VaultController* vault, QObject* parent = nullptr);

    /* Tests use a cheaper KDF for the manual Tessera backup; the program keeps the default. */
    void setBackupKdf(const crypto::Argon2Parameters& kdf) { m_backupKdf = kdf; }

    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] const QString& lastError() const { return m_lastError; }
    [[nodiscard]] bool automaticEnabled() const { return m_automaticEnabled; }
    [[nodiscard]] const QString& automaticFolder() const { return m_automaticFolder; }
    [[nodiscard]] const QDateTime& lastBackupTime() const { return m_lastBackupTime; }
    [[nodiscard]] bool hasUnbackedChanges() const { return m_hasUnbackedChanges; }
    [[nodiscard]] const QStringList& skippedForGoogle() const { return m_skippedForGoogle; }

    Q_INVOKABLE void exportTesseraBackup(const QUrl& file, const QString& password);
    Q_INVOKABLE void exportAegis(const QUrl& file, const QString& password);
    /* Secrets in clear: "aegis-plain" (Aegis JSON) or "uris" (one otpauth:// link per line). The
     * UI asks first. */
    Q_INVOKABLE void exportPlain(const QUrl& file, const QString& format);
    Q_INVOKABLE void exportEmergencyKit(const QUrl& file);
    /* The transfer links to show as QR codes, in order; skippedForGoogle names the accounts left
     * out. Empty (and failed) when no account fits. The links carry secrets: never log them. */
    Q_INVOKABLE QStringList googleExportCodes();

    /* Turns automatic backups on: the password is stretched once (Argon2id, 256 MiB) on the vault
     * thread; the vault is saved and the first backup follows. */
    Q_INVOKABLE void enableAutomatic(const QUrl& folder, const QString& password);
    Q_INVOKABLE void disableAutomatic();
    Q_INVOKABLE void backUpNow();

    /* The strength meter: 0 (guessed at once) … 4, and one sentence of advice. */
    Q_INVOKABLE int passwordStrength(const QString& password) const;
    Q_INVOKABLE QString passwordAdvice(const QString& password) const;

Q_SIGNALS:
    void busyChanged();
    void lastErrorChanged();
    void automaticChanged();
    void skippedForGoogleChanged();
    void done(const QString& message);
    void failed(const QString& message);

private:
    enum class FileKind { TesseraBackup, Aegis, AegisPlain, Uris };

    void exportFile(const QUrl& file, FileKind kind, const QString& password);
    /* Runs `job` on the vault thread; `message` (computed after success) goes to done(). */
    void runOnVault(std::function<Result<void>(vault::Vault&)> job, std::function<QString()> message);
    [[nodiscard]] bool begin();
    void finish(const Result<void>& result, const QString& message);
    void refreshAutomatic();
    void setBusy(bool busy);
    void setError(const QString& message);

    VaultController* m_vault;
    crypto::Argon2Parameters m_backupKdf = crypto::Argon2id::kBackup;
    QFileSystemWatcher m_folderWatcher; // backups the vault thread writes by itself update the status
    bool m_busy = false;
    QString m_lastError;
    bool m_automaticEnabled = false;
    QString m_automaticFolder;
    QDateTime m_lastBackupTime;
    bool m_hasUnbackedChanges = false;
    QStringList m_skippedForGoogle;
};

} // namespace tessera
