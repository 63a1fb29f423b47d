// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOwnedSingleton.h"

#include "ImportPreviewModel.h"
#include "interop/ImportPreview.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

namespace tessera {

class VaultController;

/* The import wizard's backend: reads backup and export files of other apps (and Tessera's own
 * backups) off the GUI thread — encrypted ones run slow key derivations — and shows what an
 * import would do (previewModel) against the vault as it is now. Nothing changes in the vault
 * until apply(), which adds everything in one save.
 *
 * The preview is made against the GUI thread's snapshot; apply() compares the same files again
 * with the vault's content on the vault thread and refuses (the preview is then refreshed) if
 * the answer differs, so the user imports exactly what they were shown. */
class ImportController : public QObject, public AppOwnedSingleton<ImportController> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(ImportPreviewModel* previewModel READ previewModel CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool needsPassword READ needsPassword NOTIFY passwordChanged)
    Q_PROPERTY(QString passwordError READ passwordError NOTIFY passwordChanged)
    Q_PROPERTY(QString passwordFile READ passwordFile NOTIFY passwordChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(bool hasPreview READ hasPreview NOTIFY previewChanged)
    Q_PROPERTY(int newCount READ newCount NOTIFY previewChanged)
    Q_PROPERTY(int duplicateCount READ duplicateCount NOTIFY previewChanged)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY previewChanged)
    Q_PROPERTY(int invalidCount READ invalidCount NOTIFY previewChanged)
    Q_PROPERTY(int toImportCount READ toImportCount NOTIFY previewChanged)
    Q_PROPERTY(QStringList formats READ formats NOTIFY previewChanged)
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY previewChanged)

public:
    /* `vault` must outlive the controller. */
    explicit ImportController(VaultController* vault, QObject* parent = nullptr);
    ~ImportController() override;

    [[nodiscard]] ImportPreviewModel* previewModel() { return &m_model; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] bool needsPassword() const { return m_needsPassword; }
    [[nodiscard]] const QString& passwordError() const { return m_passwordError; }
    [[nodiscard]] const QString& passwordFile() const { return m_passwordFile; }
    [[nodiscard]] const QString& lastError() const { return m_lastError; }
    [[nodiscard]] bool hasPreview() const { return m_sources != nullptr; }
    [[nodiscard]] int newCount() const { return m_model.newCount(); }
    [[nodiscard]] int duplicateCount() const { return m_model.duplicateCount(); }
    [[nodiscard]] int conflictCount() const { return m_model.conflictCount(); }
    [[nodiscard]] int invalidCount() const { return m_model.invalidCount(); }
    [[nodiscard]] int toImportCount() const { return m_model.toImportCount(); }
    [[nodiscard]] const QStringList& formats() const { return m_formats; }
    [[nodiscard]] const QStringList& warnings() const { return m_warnings; }

    /* Reads every file (one unreadable file imports nothing, as in the CLI). An encrypted file
     * without `password` sets needsPassword; a wrong one sets passwordError too: call again
     * with the password. Other problems: failed(message). */
    Q_INVOKABLE void readFiles(const QList<QUrl>& files, const QString& password = QString());
    Q_INVOKABLE bool setResolution(int row, const QString& resolution);
    /* Adds the new accounts (and conflicts as resolved) in one save: applied(added) or failed. */
    Q_INVOKABLE void apply();
    /* Forgets the files, the preview and their secrets (leaving the wizard, or after import). */
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void busyChanged();
    void passwordChanged();
    void lastErrorChanged();
    void previewChanged();
    void applied(int added);
    void failed(const QString& message);

private:
    struct ReadOutcome;

    void finishRead(ReadOutcome& outcome);
    void rebuild();
    void setBusy(bool busy);
    void setError(const QString& message);
    void setPasswordState(bool needed, const QString& error, const QString& file);

    VaultController* m_vault;
    ImportPreviewModel m_model;
    QThreadPool m_pool; // our own, so the destructor can wait for a read still running
    std::shared_ptr<const std::vector<interop::ImportPreview::Source>> m_sources;
    QStringList m_formats;
    QStringList m_warnings;
    quint64 m_generation = 0; // a read or apply started before reset() reports into nothing
    bool m_busy = false;
    bool m_applying = false;
    bool m_needsPassword = false;
    QString m_passwordError;
    QString m_passwordFile;
    QString m_lastError;
};

} // namespace tessera
