// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOwnedSingleton.h"

#include "uri/MigrationBatchSet.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace tessera {

/* Every way of getting a QR code or a link into the program (ARCHITECTURE.md §1.2): the screen,
 * image files, the clipboard, drag and drop, and otpauth:// links handed over by the system.
 *
 * It finds links; it does not add them. Results arrive as linksFound() (the otpauth:// and
 * otpauth-migration:// links, which QML passes one by one to VaultController.addFromUri) or
 * nothingFound() (a sentence saying why). Pictures are decoded on a worker thread (STYLE.md
 * rule 3): a 4K screenshot takes tens of milliseconds, a large photo more.
 *
 * Google Authenticator splits big transfers into several codes ("1 of 3"); the batch properties
 * say how many of them were scanned so far, across calls, until resetBatch(). */
class AddSourceController : public QObject, public AppOwnedSingleton<AddSourceController> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /* "2 of 3 transfer codes scanned", or empty while no multi-code transfer is being scanned. */
    Q_PROPERTY(QString batchProgress READ batchProgress NOTIFY batchChanged)
    /* True when at least one transfer code was scanned and none of its batch is missing. */
    Q_PROPERTY(bool batchComplete READ batchComplete NOTIFY batchChanged)
    /* One sentence per missing transfer code ("Code 2 of 3 … is missing; scan it too."). */
    Q_PROPERTY(QStringList batchMissing READ batchMissing NOTIFY batchChanged)

public:
    /* How captureScreen() takes the picture. Automatic picks the portal on Wayland and inside
     * Flatpak (where applications cannot read the screen themselves) and QScreen elsewhere. */
    enum class CaptureMethod { Automatic, ScreenGrab, Portal };

    explicit AddSourceController(QObject* parent); // no default: see Application.cpp (Qt 6.4 singletons)
    ~AddSourceController() override;

    [[nodiscard]] bool busy() const { return m_jobs > 0; }
    [[nodiscard]] const QString& batchProgress() const { return m_batchProgress; }
    [[nodiscard]] bool batchComplete() const { return m_batchComplete; }
    [[nodiscard]] QStringList batchMissing() const;

    /* Reads every screen (all monitors) for QR codes. */
    Q_INVOKABLE void captureScreen();
    /* Image files (png, jpg, gif, bmp, webp — whatever Qt's image plugins read). A file that is
     * not an image is reported: backups belong to the import wizard. */
    Q_INVOKABLE void openImageFiles(const QList<QUrl>& urls);
    /* A picture on the clipboard; otherwise otpauth links in its text; otherwise copied files. */
    Q_INVOKABLE void pasteFromClipboard();
    /* What a DropArea received: file URLs (pictures), links, and the dragged text. */
    Q_INVOKABLE void handleDrop(const QList<QUrl>& urls, const QString& text);
    /* An otpauth:// link from the command line or a second launch (the system's otpauth handler). */
    Q_INVOKABLE void handleLink(const QString& link);
    /* Deletes a screenshot file that linksFound() offered and the user agreed to delete: into
     * the trash where there is one, otherwise removed. Other paths are refused (false), so QML
     * cannot be used to delete arbitrary files. Accepts a path or a file:// URL. */
    Q_INVOKABLE bool deleteFile(const QString& path);
    /* Forgets the transfer codes scanned so far (a new transfer begins). */
    Q_INVOKABLE void resetBatch();

    /* Whether a file name looks like a screenshot ("Screenshot from …", "Bildschirmfoto …"). */
    [[nodiscard]] static bool looksLikeScreenshot(const QString& fileName);
    /* The otpauth:// and otpauth-migration:// links in a text, whitespace-separated, distinct,
     * in order. */
    [[nodiscard]] static QStringList linksInText(const QString& text);

    /* Tests force a capture method; the program leaves it Automatic. */
    void setCaptureMethod(CaptureMethod method) { m_captureMethod = method; }

Q_SIGNALS:
    void busyChanged();
    void batchChanged();
    /* `links` are distinct; `sourceDescription` names where they came from ("the screen",
     * "photo.png", "the clipboard"); `screenshotFiles` are local files that held links and look
     * like screenshots (or came from the screenshot portal), for the offer to delete them. */
    void linksFound(const QStringList& links, const QString& sourceDescription, const QStringList& screenshotFiles);
    /* Nothing to add: one or more plain sentences saying why and what to try. */
    void nothingFound(const QString& message);
    /* Links were found, but some of the inputs could not be used (e.g. one of three dropped
     * files is not an image): sentences for a passing message. */
    void notice(const QString& message);

private Q_SLOTS:
    // A slot with this exact signature: QtDBus delivers the portal's Response(u, a{sv}) to it.
    void onPortalResponse(uint response, const QVariantMap& results);

private:
    struct Job;
    struct Outcome;

    [[nodiscard]] static Outcome decodeInputs(const std::vector<QImage>& images, const QStringList& paths);
    void grabScreens();
    void captureWithPortal();
    void finishPortal();
    void start(Job job);
    void report(const Job& job, const Outcome& outcome);
    void addFiles(Job& job, const QList<QUrl>& urls);
    void trackBatches(const QStringList& links);
    void setJobs(int jobs);

    CaptureMethod m_captureMethod = CaptureMethod::Automatic;
    int m_jobs = 0;
    QString m_portalRequestPath;
    uri::MigrationBatchSet m_batches;
    QString m_batchProgress;
    bool m_batchComplete = false;
    QSet<QString> m_deletable; // screenshot files offered for deletion
};

} // namespace tessera
