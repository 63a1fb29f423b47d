// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddSourceController.h"

#include "QrImageReader.h"
#include "uri/MigrationPayload.h"

#include <QClipboard>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QImageReader>
#include <QMimeData>
#include <QPixmap>
#include <QPointer>
#include <QQmlEngine>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScreen>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace tessera {

namespace {

const QString kPortalService = u"org.freedesktop.portal.Desktop"_s;
const QString kPortalPath = u"/org/freedesktop/portal/desktop"_s;

bool isLink(const QString& text)
{
    return text.startsWith(u"otpauth://"_s, Qt::CaseInsensitive)
           || text.startsWith(u"otpauth-migration://"_s, Qt::CaseInsensitive);
}

/* What a QR code that is not a 2FA code holds, to say what it is instead (never the content:
 * a stranger's Wi-Fi password is not ours to show in a message). */
QString kindOf(const QString& text)
{
    const QString t = text.trimmed();
    if (t.startsWith(u"http://"_s, Qt::CaseInsensitive) || t.startsWith(u"https://"_s, Qt::CaseInsensitive)) {
        return AddSourceController::tr("a web address");
    }
    if (t.startsWith(u"WIFI:"_s, Qt::CaseInsensitive)) {
        return AddSourceController::tr("Wi-Fi settings");
    }
    if (t.startsWith(u"BEGIN:VCARD"_s, Qt::CaseInsensitive) || t.startsWith(u"MECARD:"_s, Qt::CaseInsensitive)) {
        return AddSourceController::tr("a contact card");
    }
    if (t.startsWith(u"mailto:"_s, Qt::CaseInsensitive)) {
        return AddSourceController::tr("an email address");
    }
    if (t.startsWith(u"tel:"_s, Qt::CaseInsensitive)) {
        return AddSourceController::tr("a phone number");
    }
    return AddSourceController::tr("other text");
}

} // namespace

/* One request: pictures to decode (already in memory, or files to read on the worker) and
 * links that arrived as text. */
struct AddSourceController::Job {
    enum class Source { Screen, Files, Clipboard, Drop };
    struct Input {
        QImage image; // a screen grab or a pasted picture
        QString path; // or a local file to read
        bool screenshot = false;
    };
    Source source = Source::Files;
    std::vector<Input> inputs;
    QStringList links;    // from text
    QStringList problems; // sentences about inputs refused before decoding
};

/* What the worker found, one entry per input. */
struct AddSourceController::Outcome {
    struct Read {
        QStringList texts;
        QString error;      // the file could not be read or scanned
        bool empty = false; // a screen grab that came back empty
    };
    std::vector<Read> reads;
};

/* Runs on a worker thread: touches only its arguments. */
AddSourceController::Outcome AddSourceController::decodeInputs(const std::vector<QImage>& images,
                                                               const QStringList& paths)
{
    AddSourceController::Outcome outcome;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        AddSourceController::Outcome::Read read;
        QImage image = images[static_cast<std::size_t>(i)];
        const QString& path = paths.at(i);
        if (!path.isEmpty()) {
            const QFileInfo info(path);
            QImageReader reader(path);
            // Phone photos store their orientation in EXIF; the decoder copes with any angle,
            // but the user sees the picture the right way round in other programs too.
            reader.setAutoTransform(true);
            if (!info.exists()) {
                read.error = AddSourceController::tr("%1 does not exist.").arg(info.fileName());
            } else if (info.isDir()) {
                read.error = AddSourceController::tr("%1 is a folder, not a picture.").arg(info.fileName());
            } else if (reader.format().isEmpty()) {
                read.error = AddSourceController::tr("%1 is not an image. To bring in a backup file, use Import.")
                                 .arg(info.fileName());
            } else {
                image = reader.read();
                if (image.isNull()) {
                    read.error = AddSourceController::tr("%1 could not be read as a picture (%2).")
                                     .arg(info.fileName(), reader.errorString());
                }
            }
        }
        if (read.error.isEmpty()) {
            if (image.isNull()) {
                read.empty = true;
            } else if (auto codes = documents::QrImageReader::scan(image); !codes) {
                read.error = codes.error().message();
            } else {
                for (const qr::DecodedQr& code : *codes) {
                    if (!read.texts.contains(code.text)) {
                        read.texts.append(code.text);
                    }
                }
            }
        }
        outcome.reads.push_back(std::move(read));
    }
    return outcome;
}

AddSourceController::AddSourceController(QObject* parent)
    : QObject(parent)
{
}

AddSourceController::~AddSourceController() = default;

QStringList AddSourceController::batchMissing() const
{
    return m_batches.missingMessages();
}

void AddSourceController::setJobs(int jobs)
{
    const bool was = busy();
    m_jobs = jobs;
    if (was != busy()) {
        Q_EMIT busyChanged();
    }
}

// ---- the screen ----------------------------------------------------------------------------

void AddSourceController::captureScreen()
{
    CaptureMethod method = m_captureMethod;
    if (method == CaptureMethod::Automatic) {
        /* On Wayland a client cannot read other windows' pixels (QScreen::grabWindow returns
         * nothing), and a Flatpak sandbox hides the X server's root window too; the desktop
         * portal asks the compositor instead, which may ask the user first. */
        const bool wayland = QGuiApplication::platformName().startsWith(u"wayland"_s);
        const bool flatpak = QFile::exists(u"/.flatpak-info"_s);
        method = (wayland || flatpak) ? CaptureMethod::Portal : CaptureMethod::ScreenGrab;
    }
    if (method == CaptureMethod::Portal) {
        captureWithPortal();
    } else {
        grabScreens();
    }
}

void AddSourceController::grabScreens()
{
    Job job;
    job.source = Job::Source::Screen;
    // Every monitor: the code may be on any of them. Grabbing is GUI-thread work (the platform
    // plugin's connection); decoding the pictures is not.
    const QList<QScreen*> screens = QGuiApplication::screens();
    for (QScreen* screen : screens) {
        job.inputs.push_back({screen->grabWindow(0).toImage(), QString(), false});
    }
    start(std::move(job));
}

void AddSourceController::captureWithPortal()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        Q_EMIT nothingFound(tr("The screen could not be captured: the desktop's screenshot service (D-Bus) is not "
                               "running. Save the QR code as a picture and open it instead."));
        return;
    }
    if (!m_portalRequestPath.isEmpty()) {
        return; // a capture is already waiting for the desktop's answer
    }
    /* The portal answers with a Response signal on a Request object whose path it derives from
     * our bus name and handle_token. We subscribe to that path before calling, so an answer
     * that comes quickly (interactive: false) cannot be missed. */
    const QString token = u"tessera%1"_s.arg(QRandomGenerator::global()->generate());
    QString sender = bus.baseService().mid(1);
    sender.replace(u'.', u'_');
    m_portalRequestPath = u"%1/request/%2/%3"_s.arg(kPortalPath, sender, token);
    bus.connect(kPortalService, m_portalRequestPath, u"org.freedesktop.portal.Request"_s, u"Response"_s, this,
                SLOT(onPortalResponse(uint, QVariantMap)));
    setJobs(m_jobs + 1);

    QDBusMessage call = QDBusMessage::createMethodCall(kPortalService, kPortalPath,
                                                       u"org.freedesktop.portal.Screenshot"_s, u"Screenshot"_s);
    // parent_window "": we do not know our window's handle in the portal's terms; the dialog (if
    // any) is then not attached to our window, which is harmless.
    call << QString() << QVariantMap{{u"handle_token"_s, token}, {u"interactive"_s, false}};
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *watcher;
        if (reply.isError()) {
            const QString reason = reply.error().message();
            finishPortal();
            Q_EMIT nothingFound(tr("The screen could not be captured (%1). Save the QR code as a picture and open it "
                                   "instead.")
                                    .arg(reason));
            return;
        }
        // Portals older than version 0.9 ignore handle_token and pick their own path.
        const QString path = reply.value().path();
        if (path != m_portalRequestPath && !m_portalRequestPath.isEmpty()) {
            QDBusConnection::sessionBus().disconnect(kPortalService, m_portalRequestPath,
                                                     u"org.freedesktop.portal.Request"_s, u"Response"_s, this,
                                                     SLOT(onPortalResponse(uint, QVariantMap)));
            m_portalRequestPath = path;
            QDBusConnection::sessionBus().connect(kPortalService, path, u"org.freedesktop.portal.Request"_s,
                                                  u"Response"_s, this, SLOT(onPortalResponse(uint, QVariantMap)));
        }
    });
}

void AddSourceController::finishPortal()
{
    if (m_portalRequestPath.isEmpty()) {
        return;
    }
    QDBusConnection::sessionBus().disconnect(kPortalService, m_portalRequestPath, u"org.freedesktop.portal.Request"_s,
                                             u"Response"_s, this, SLOT(onPortalResponse(uint, QVariantMap)));
    m_portalRequestPath.clear();
    setJobs(m_jobs - 1);
}

void AddSourceController::onPortalResponse(uint response, const QVariantMap& results)
{
    finishPortal();
    if (response == 1) {
        Q_EMIT nothingFound(tr("Screen capture was cancelled."));
        return;
    }
    const QUrl uri(results.value(u"uri"_s).toString());
    if (response != 0 || !uri.isLocalFile()) {
        Q_EMIT nothingFound(tr("The desktop did not allow a screenshot. Save the QR code as a picture and open it "
                               "instead."));
        return;
    }
    /* The portal saves the screenshot as a file in the user's Pictures folder (not a temporary
     * one): it stays after we read it. So it is marked as a screenshot, and the user is offered
     * to delete it like any screenshot file — it may show a secret. */
    Job job;
    job.source = Job::Source::Screen;
    job.inputs.push_back({QImage(), uri.toLocalFile(), true});
    start(std::move(job));
}

// ---- files, clipboard, drops, links ---------------------------------------------------------

void AddSourceController::addFiles(Job& job, const QList<QUrl>& urls)
{
    for (const QUrl& url : urls) {
        if (url.isLocalFile()) {
            const QString path = url.toLocalFile();
            job.inputs.push_back({QImage(), path, looksLikeScreenshot(QFileInfo(path).fileName())});
        } else if (isLink(url.toString())) {
            job.links.append(url.toString(QUrl::FullyEncoded));
        } else if (url.isValid() && !url.isEmpty()) {
            job.problems.append(
                tr("%1 is not a file on this computer. Save the picture first, then open it.").arg(url.fileName()));
        }
    }
}

void AddSourceController::openImageFiles(const QList<QUrl>& urls)
{
    Job job;
    job.source = Job::Source::Files;
    addFiles(job, urls);
    start(std::move(job));
}

void AddSourceController::pasteFromClipboard()
{
    Job job;
    job.source = Job::Source::Clipboard;
    const QClipboard* clipboard = QGuiApplication::clipboard();
    const QMimeData* mime = clipboard->mimeData();
    if (mime != nullptr && mime->hasImage()) {
        job.inputs.push_back({qvariant_cast<QImage>(mime->imageData()), QString(), false});
    } else if (const QStringList links = linksInText(clipboard->text()); !links.isEmpty()) {
        job.links = links;
    } else if (mime != nullptr && mime->hasUrls()) {
        // Files copied in a file manager arrive as URLs.
        addFiles(job, mime->urls());
    } else {
        // Some programs put file:// URLs in plain text only.
        QList<QUrl> urls;
        const QStringList words = clipboard->text().split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        for (const QString& word : words) {
            if (word.startsWith(u"file://"_s, Qt::CaseInsensitive)) {
                urls.append(QUrl(word));
            }
        }
        addFiles(job, urls);
    }
    start(std::move(job));
}

void AddSourceController::handleDrop(const QList<QUrl>& urls, const QString& text)
{
    Job job;
    job.source = Job::Source::Drop;
    job.links = linksInText(text);
    QList<QUrl> rest;
    for (const QUrl& url : urls) {
        // A dragged link arrives both as a URL and as text; QUrl may re-encode it, so the text's
        // spelling wins and the URL is taken only when the text had no link.
        if (isLink(url.toString())) {
            if (job.links.isEmpty()) {
                job.links.append(url.toString(QUrl::FullyEncoded));
            }
        } else {
            rest.append(url);
        }
    }
    addFiles(job, rest);
    start(std::move(job));
}

void AddSourceController::handleLink(const QString& link)
{
    const QString trimmed = link.trimmed();
    if (!isLink(trimmed)) {
        Q_EMIT nothingFound(tr("This is not a 2FA link: it should start with otpauth:// or otpauth-migration://."));
        return;
    }
    trackBatches({trimmed});
    Q_EMIT linksFound({trimmed}, tr("a link"), {});
}

bool AddSourceController::deleteFile(const QString& path)
{
    const QString local = path.startsWith(u"file:"_s) ? QUrl(path).toLocalFile() : path;
    if (!m_deletable.contains(local)) {
        return false;
    }
    QFile file(local);
    // The trash first: the user can still take it back if they said yes too quickly.
    if (!file.moveToTrash() && !file.remove()) {
        return false;
    }
    m_deletable.remove(local);
    return true;
}

void AddSourceController::resetBatch()
{
    m_batches = uri::MigrationBatchSet();
    m_batchProgress.clear();
    m_batchComplete = false;
    Q_EMIT batchChanged();
}

bool AddSourceController::looksLikeScreenshot(const QString& fileName)
{
    // The default names of the usual screenshot tools, in the languages we ship and a few more.
    static const QStringList kNames = {
        u"screenshot"_s,          u"screen shot"_s,     u"screen_shot"_s,
        u"bildschirmfoto"_s,      u"capture d’écran"_s, u"capture d'écran"_s,
        u"capture_d_écran"_s,     u"снимок экрана"_s,   u"снимок_экрана"_s,
        u"captura de pantalla"_s, u"captura de tela"_s, u"captura_de_tela"_s,
        u"schermafbeelding"_s,    u"zrzut ekranu"_s,    u"istantanea"_s,
        u"スクリーンショット"_s,  u"屏幕截图"_s,        u"截屏"_s,
        u"snímek obrazovky"_s,    u"skärmbild"_s,
    };
    const QString name = fileName.normalized(QString::NormalizationForm_C);
    return std::any_of(kNames.begin(), kNames.end(),
                       [&name](const QString& n) { return name.contains(n, Qt::CaseInsensitive); });
}

QStringList AddSourceController::linksInText(const QString& text)
{
    QStringList links;
    const QStringList words = text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (isLink(word) && !links.contains(word)) {
            links.append(word);
        }
    }
    return links;
}

// ---- decoding and reporting ----------------------------------------------------------------

void AddSourceController::start(Job job)
{
    std::vector<QImage> images;
    QStringList paths;
    for (Job::Input& input : job.inputs) {
        images.push_back(std::exchange(input.image, QImage()));
        paths.append(input.path);
    }
    setJobs(m_jobs + 1);
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, job = std::move(job)] {
        watcher->deleteLater();
        const Outcome outcome = watcher->result();
        setJobs(m_jobs - 1);
        report(job, outcome);
    });
    // Only copies travel to the worker (implicitly shared images, paths): the controller may be
    // gone when it finishes, and then the watcher, its child, is gone too.
    watcher->setFuture(QtConcurrent::run(&AddSourceController::decodeInputs, std::move(images), paths));
}

void AddSourceController::report(const Job& job, const Outcome& outcome)
{
    QStringList links = job.links;
    QStringList others;
    QStringList screenshots;
    QStringList problems = job.problems;
    QStringList noCode; // file names without any code
    int emptyGrabs = 0;
    for (std::size_t i = 0; i < outcome.reads.size(); ++i) {
        const Outcome::Read& read = outcome.reads[i];
        const Job::Input& input = job.inputs[i];
        if (!read.error.isEmpty()) {
            problems.append(read.error);
            continue;
        }
        if (read.empty) {
            ++emptyGrabs;
            continue;
        }
        bool hasLink = false;
        for (const QString& text : read.texts) {
            const QString trimmed = text.trimmed();
            if (isLink(trimmed)) {
                hasLink = true;
                if (!links.contains(trimmed)) {
                    links.append(trimmed);
                }
            } else {
                others.append(trimmed);
            }
        }
        if (read.texts.isEmpty() && !input.path.isEmpty()) {
            noCode.append(QFileInfo(input.path).fileName());
        }
        if (hasLink && input.screenshot && !input.path.isEmpty()) {
            screenshots.append(input.path);
            m_deletable.insert(input.path);
        }
    }

    QString description;
    switch (job.source) {
    case Job::Source::Screen:
        description = tr("the screen");
        break;
    case Job::Source::Clipboard:
        description = tr("the clipboard");
        break;
    case Job::Source::Files:
    case Job::Source::Drop:
        if (job.inputs.size() == 1) {
            description = QFileInfo(job.inputs.front().path).fileName();
        } else if (job.inputs.empty()) {
            description = job.source == Job::Source::Drop ? tr("the dropped text") : tr("the link");
        } else {
            description = tr("%n picture(s)", "", static_cast<int>(job.inputs.size()));
        }
        break;
    }

    if (!links.isEmpty()) {
        trackBatches(links);
        Q_EMIT linksFound(links, description, screenshots);
        if (!problems.isEmpty()) {
            Q_EMIT notice(problems.join(u' '));
        }
        return;
    }

    // Nothing to add: say why, most useful reason first.
    QStringList message;
    if (!others.isEmpty()) {
        const QString kind = kindOf(others.first());
        switch (job.source) {
        case Job::Source::Screen:
            message.append(
                others.size() == 1
                    ? tr("The QR code on the screen is not a 2FA code: it holds %1.").arg(kind)
                    : tr("The %n QR code(s) on the screen are not 2FA codes.", "", static_cast<int>(others.size())));
            break;
        case Job::Source::Clipboard:
            message.append(tr("The QR code in the picture on the clipboard is not a 2FA code: it holds %1.").arg(kind));
            break;
        case Job::Source::Files:
        case Job::Source::Drop:
            message.append(others.size() == 1 && job.inputs.size() == 1
                               ? tr("The QR code in %1 is not a 2FA code: it holds %2.").arg(description, kind)
                               : tr("None of the QR codes in these pictures is a 2FA code."));
            break;
        }
    }
    message.append(problems);
    if (job.source == Job::Source::Screen && message.isEmpty()) {
        if (emptyGrabs == static_cast<int>(job.inputs.size())) {
            // Every grab came back empty: the system did not let us see the screen, which is not
            // the same as "no code on it".
            message.append(tr("The screen could not be captured. Save the QR code as a picture and open it instead."));
        } else {
            message.append(tr("No QR code was found on the screen. Make the code bigger or clearer and try again."));
        }
    } else if (job.source == Job::Source::Clipboard && job.inputs.size() == 1 && job.inputs.front().path.isEmpty()
               && message.isEmpty()) {
        message.append(tr("No QR code was found in the picture on the clipboard."));
    } else if (!noCode.isEmpty() && others.isEmpty()) {
        message.append(
            noCode.size() == 1
                ? tr("No QR code was found in %1. Try a sharper or bigger picture of the code.").arg(noCode.first())
                : tr("No QR code was found in %1.").arg(noCode.join(u", "_s)));
    }
    if (message.isEmpty()) {
        switch (job.source) {
        case Job::Source::Clipboard:
            message.append(tr("The clipboard holds no picture and no 2FA link. Copy a QR code picture or an "
                              "otpauth:// link first."));
            break;
        case Job::Source::Drop:
            message.append(tr("Nothing that was dropped holds a 2FA code. Drop a picture of a QR code or an "
                              "otpauth:// link."));
            break;
        default:
            message.append(tr("No picture was given."));
            break;
        }
    }
    Q_EMIT nothingFound(message.join(u' '));
}

void AddSourceController::trackBatches(const QStringList& links)
{
    bool changed = false;
    for (const QString& link : links) {
        if (!link.startsWith(u"otpauth-migration:"_s, Qt::CaseInsensitive)) {
            continue;
        }
        auto payload = uri::MigrationPayload::fromUri(link);
        if (payload) {
            // A broken transfer code is reported by VaultController.addFromUri; here it counts for nothing.
            changed = m_batches.add(std::move(payload).value()) || changed;
        }
    }
    if (!changed) {
        return;
    }
    // Totals over every transfer scanned since the last reset (usually one).
    int total = 0;
    int scanned = 0;
    for (const qint32 id : m_batches.batchIds()) {
        int size = 0;
        for (const uri::MigrationPayload& payload : m_batches.payloads()) {
            if (payload.batchId == id) {
                size = std::max(size, payload.batchSize);
            }
        }
        // MigrationBatchSet lists at most 1000 missing codes of a hostile "two billion" batch.
        const int missing = static_cast<int>(m_batches.missingIndices(id).size());
        size = std::clamp(size, missing, missing + 1000);
        total += size;
        scanned += size - missing;
    }
    //: Google Authenticator splits a transfer into several QR codes; %1 and %2 are counts.
    m_batchProgress = total > 1 ? tr("%1 of %2 transfer codes scanned").arg(scanned).arg(total) : QString();
    m_batchComplete = m_batches.isComplete();
    Q_EMIT batchChanged();
}

} // namespace tessera
