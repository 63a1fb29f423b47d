// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupController.h"

#include "EmergencyKit.h"
#include "PasswordStrength.h"
#include "VaultController.h"
#include "interop/AegisExporter.h"
#include "interop/GoogleAuthExport.h"
#include "interop/TesseraBackupExporter.h"
#include "interop/UriListExporter.h"
#include "vault/AtomicStore.h"
#include "vault/AutomaticBackup.h"
#include "vault/RecoveryTimes.h"
#include "vault/Vault.h"

#include <QFileInfo>
#include <QJSEngine>
#include <QPointer>
#include <QQmlEngine>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace tessera {

namespace {

crypto::SecureBytes passwordBytes(const QString& password)
{
    QByteArray utf8 = password.toUtf8();
    crypto::SecureBytes bytes = crypto::SecureBytes::copyOf(utf8.constData(), std::size_t(utf8.size()));
    utf8.fill('\0');
    return bytes;
}

/* As the CLI writes exports: into an existing folder only, atomically, owner-only (AtomicStore). */
Result<void> writeFile(const QString& path, QByteArrayView bytes)
{
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir()) {
        return Error(ErrorCode::InvalidInput,
                     BackupController::tr("The folder %1 does not exist.").arg(folder.filePath()));
    }
    if (QFileInfo(path).isDir()) {
        return Error(ErrorCode::InvalidInput, BackupController::tr("%1 is a folder; choose a file name.").arg(path));
    }
    return vault::AtomicStore::write(path, bytes);
}

Result<QString> localPath(const QUrl& file)
{
    if (!file.isLocalFile() || file.toLocalFile().isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     BackupController::tr("%1 is not a file on this computer.").arg(file.toDisplayString()));
    }
    return file.toLocalFile();
}

QString skippedSentence(const QStringList& skipped)
{
    if (skipped.isEmpty()) {
        return {};
    }
    return u" "_s + BackupController::tr("Not included: %1").arg(skipped.join(u' '));
}

} // namespace

BackupController::BackupController(VaultController* vault, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
{
    connect(m_vault, &VaultController::contentChanged, this, &BackupController::refreshAutomatic);
    connect(&m_folderWatcher, &QFileSystemWatcher::directoryChanged, this, &BackupController::refreshAutomatic);
    refreshAutomatic();
}

void BackupController::exportTesseraBackup(const QUrl& file, const QString& password)
{
    exportFile(file, FileKind::TesseraBackup, password);
}

void BackupController::exportAegis(const QUrl& file, const QString& password)
{
    exportFile(file, FileKind::Aegis, password);
}

void BackupController::exportPlain(const QUrl& file, const QString& format)
{
    if (format == u"aegis-plain"_s) {
        exportFile(file, FileKind::AegisPlain, {});
    } else if (format == u"uris"_s) {
        exportFile(file, FileKind::Uris, {});
    } else {
        finish(Error(ErrorCode::InvalidInput, tr("There is no plain export format “%1”.").arg(format)), {});
    }
}

void BackupController::exportFile(const QUrl& file, FileKind kind, const QString& password)
{
    auto path = localPath(file);
    if (!path) {
        finish(path.error(), {});
        return;
    }
    const bool encrypted = kind == FileKind::TesseraBackup || kind == FileKind::Aegis;
    if (encrypted && password.isEmpty()) {
        finish(Error(ErrorCode::InvalidInput, tr("Choose a password for the encrypted file.")), {});
        return;
    }
    if (m_vault->snapshot().accounts.empty()) {
        finish(Error(ErrorCode::NotFound, tr("The vault has no accounts to export.")), {});
        return;
    }
    std::shared_ptr<interop::Exporter> exporter;
    switch (kind) {
    case FileKind::TesseraBackup:
        exporter = std::make_shared<interop::TesseraBackupExporter>(m_backupKdf);
        break;
    case FileKind::Aegis:
        exporter = std::make_shared<interop::AegisExporter>(interop::AegisExporter::Mode::Encrypted);
        break;
    case FileKind::AegisPlain:
        exporter = std::make_shared<interop::AegisExporter>(interop::AegisExporter::Mode::Plain);
        break;
    case FileKind::Uris:
        exporter = std::make_shared<interop::UriListExporter>();
        break;
    }
    auto key = std::make_shared<std::optional<crypto::SecureBytes>>();
    if (encrypted) {
        *key = passwordBytes(password);
    }
    auto outcome = std::make_shared<std::pair<int, QStringList>>(); // exported, skipped
    const QString target = *path;
    runOnVault(
        [exporter, key, outcome, target, kind](vault::Vault& vault) -> Result<void> {
            auto output = exporter->write(vault.content(), *key);
            key->reset();
            if (!output) {
                return output.error();
            }
            const auto bytes = output->bytes.bytes();
            if (auto saved = writeFile(
                    target, QByteArrayView(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())));
                !saved) {
                return saved.error();
            }
            outcome->first = int(vault.content().accounts.size()) - int(output->skipped.size());
            outcome->second = output->skipped;
            if (kind == FileKind::TesseraBackup) {
                // The readiness audit counts accounts as safe from this moment (RecoveryTimes).
                vault::RecoveryTimes::recordBackup(vault.content(), QDateTime::currentDateTimeUtc());
                return vault.save();
            }
            return {};
        },
        [outcome, target] {
            return tr("Exported %n account(s) to %1.", nullptr, outcome->first).arg(QFileInfo(target).fileName())
                   + skippedSentence(outcome->second);
        });
}

void BackupController::exportEmergencyKit(const QUrl& file)
{
    auto path = localPath(file);
    if (!path) {
        finish(path.error(), {});
        return;
    }
    const vault::VaultContent& content = m_vault->snapshot();
    if (content.accounts.empty()) {
        finish(Error(ErrorCode::NotFound, tr("The vault has no accounts to export.")), {});
        return;
    }
    // Drawn here: the PDF needs fonts, which belong to the GUI thread.
    auto pdf = documents::EmergencyKit::pdf(content, QDateTime::currentDateTime());
    if (!pdf) {
        finish(pdf.error(), {});
        return;
    }
    const Result<void> written = writeFile(*path, *pdf);
    if (written) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_vault->modify([now](vault::VaultContent& saved) -> Result<void> {
            vault::RecoveryTimes::recordKit(saved, now);
            return {};
        });
    }
    finish(written,
           tr("Saved the emergency kit to %1. Print it, then delete the file.").arg(QFileInfo(*path).fileName()));
}

QStringList BackupController::googleExportCodes()
{
    auto batches = interop::GoogleAuthExport::build(m_vault->snapshot());
    QStringList skipped = batches ? batches->skipped : QStringList();
    if (m_skippedForGoogle != skipped) {
        m_skippedForGoogle = skipped;
        Q_EMIT skippedForGoogleChanged();
    }
    if (!batches) {
        setError(batches.error().message());
        Q_EMIT failed(batches.error().message());
        return {};
    }
    setError({});
    return batches->uris;
}

void BackupController::enableAutomatic(const QUrl& folder, const QString& password)
{
    auto path = localPath(folder);
    if (!path) {
        finish(path.error(), {});
        return;
    }
    if (password.isEmpty()) {
        finish(Error(ErrorCode::InvalidInput, tr("Choose a password for the automatic backups.")), {});
        return;
    }
    auto key = std::make_shared<crypto::SecureBytes>(passwordBytes(password));
    const QString target = *path;
    runOnVault(
        [key, target](vault::Vault& vault) -> Result<void> {
            auto enabled = vault::AutomaticBackup::enable(vault, target, *key);
            *key = crypto::SecureBytes();
            if (!enabled) {
                return enabled;
            }
            // Saving is what makes the vault thread start its backups (VaultWorker follows the settings).
            return vault.save();
        },
        [target] { return tr("Automatic backups are on: they go to %1.").arg(target); });
}

void BackupController::disableAutomatic()
{
    if (!begin()) {
        return;
    }
    QPointer<BackupController> self(this);
    m_vault->modify(
        [](vault::VaultContent& content) -> Result<void> {
            vault::AutomaticBackup::disable(content);
            return {};
        },
        [self](Result<void> result) {
            if (self) {
                self->finish(result, tr("Automatic backups are off. The backups already written were kept."));
                self->refreshAutomatic();
            }
        });
}

void BackupController::backUpNow()
{
    auto written = std::make_shared<QString>();
    runOnVault(
        [written](vault::Vault& vault) -> Result<void> {
            vault::AutomaticBackup backup(vault);
            auto path = backup.backUpNow();
            if (!path) {
                return path.error();
            }
            *written = *path;
            return {};
        },
        [written] { return tr("Backed up to %1.").arg(QFileInfo(*written).fileName()); });
}

int BackupController::passwordStrength(const QString& password) const
{
    return PasswordStrength::score(password);
}

QString BackupController::passwordAdvice(const QString& password) const
{
    return PasswordStrength::advice(password);
}

void BackupController::runOnVault(std::function<Result<void>(vault::Vault&)> job, std::function<QString()> message)
{
    if (!begin()) {
        return;
    }
    QPointer<BackupController> self(this);
    m_vault->withVault(std::move(job), [self, message](Result<void> result) {
        if (self) {
            self->finish(result, result ? message() : QString());
            self->refreshAutomatic();
        }
    });
}

bool BackupController::begin()
{
    if (m_busy) {
        return false;
    }
    setError({});
    setBusy(true);
    return true;
}

void BackupController::finish(const Result<void>& result, const QString& message)
{
    setBusy(false);
    if (!result) {
        setError(result.error().message());
        Q_EMIT failed(result.error().message());
        return;
    }
    setError({});
    Q_EMIT done(message);
}

void BackupController::refreshAutomatic()
{
    const auto settings = vault::AutomaticBackup::settingsOf(m_vault->snapshot());
    const bool enabled = settings.has_value();
    const QString folder = enabled ? settings->folder : QString();
    const QDateTime last = enabled ? vault::AutomaticBackup::newestBackupTime(folder).toLocalTime() : QDateTime();
    // The vault file newer than the newest backup: a change the (debounced) backup has not caught up with.
    const QDateTime saved = QFileInfo(m_vault->vaultPath()).lastModified();
    const bool unbacked = enabled && (!last.isValid() || (saved.isValid() && saved > last));
    if (!m_folderWatcher.directories().isEmpty() && m_folderWatcher.directories() != QStringList{folder}) {
        m_folderWatcher.removePaths(m_folderWatcher.directories());
    }
    if (enabled && m_folderWatcher.directories().isEmpty() && QFileInfo(folder).isDir()) {
        m_folderWatcher.addPath(folder);
    }
    if (enabled != m_automaticEnabled || folder != m_automaticFolder || last != m_lastBackupTime
        || unbacked != m_hasUnbackedChanges) {
        m_automaticEnabled = enabled;
        m_automaticFolder = folder;
        m_lastBackupTime = last;
        m_hasUnbackedChanges = unbacked;
        Q_EMIT automaticChanged();
    }
}

void BackupController::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void BackupController::setError(const QString& message)
{
    if (m_lastError != message) {
        m_lastError = message;
        Q_EMIT lastErrorChanged();
    }
}

} // namespace tessera
