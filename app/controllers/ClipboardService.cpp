// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipboardService.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMimeData>
#include <QPointer>
#include <QProcess>
#include <QQmlEngine>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcClipboard, "tessera.app.clipboard", QtInfoMsg)

namespace tessera {

namespace {

QByteArray hashOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

#ifdef Q_OS_WIN
/* Qt on Windows maps this MIME form to a registered clipboard format of the given name. */
QString windowsFormat(QStringView name)
{
    return u"application/x-qt-windows-mime;value=\"%1\""_s.arg(name);
}
#endif

} // namespace

ClipboardService::ClipboardService(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardService::clearNow);
    if (auto* clipboard = QGuiApplication::clipboard()) {
        connect(clipboard, &QClipboard::dataChanged, this, &ClipboardService::onClipboardChanged);
        connect(clipboard, &QClipboard::selectionChanged, this, &ClipboardService::onClipboardChanged);
    }
}

/* A safety net for quit: on X11 Qt hands the clipboard over to the clipboard manager when the
 * program exits, so a code still there would outlive us (and land in the manager's history). */
ClipboardService::~ClipboardService()
{
    if (QCoreApplication::instance() != nullptr) {
        clearNow();
    }
}

QString ClipboardService::secretHintFormat()
{
#if defined(Q_OS_MACOS)
    return u"application/x-nspasteboard-concealed-type"_s;
#elif defined(Q_OS_WIN)
    return windowsFormat(u"ExcludeClipboardContentFromMonitorProcessing");
#else
    return u"x-kde-passwordManagerHint"_s;
#endif
}

/* Only the running OS's hints go on the clipboard: on another OS they mean nothing, and on
 * X11/Wayland every extra format is offered as-is to every program that reads the clipboard, so
 * foreign Windows/macOS names would just be noise (and a fingerprint). */
std::unique_ptr<QMimeData> ClipboardService::makeMimeData(const QString& text) const
{
    auto data = std::make_unique<QMimeData>();
    data->setText(text);
#if defined(Q_OS_MACOS)
    // nspasteboard.org convention (org.nspasteboard.ConcealedType): clipboard managers and
    // Universal Clipboard skip concealed items. Qt passes this MIME type to the pasteboard as
    // that UTI. Not tested on macOS yet.
    data->setData(secretHintFormat(), "secret"_ba);
#elif defined(Q_OS_WIN)
    // Three formats, because each covers a different reader: the first keeps clipboard monitors
    // (third-party managers) away, the second keeps the item out of Win+V history, the third out
    // of the cloud clipboard that syncs to other devices. The last two must be a DWORD 0.
    // Not tested on Windows yet.
    const QByteArray dwordZero(4, '\0');
    data->setData(windowsFormat(u"ExcludeClipboardContentFromMonitorProcessing"), "1"_ba);
    data->setData(windowsFormat(u"CanIncludeInClipboardHistory"), dwordZero);
    data->setData(windowsFormat(u"CanUploadToCloudClipboard"), dwordZero);
#else
    // KDE's Klipper (and clipboard managers that follow it) do not record items with this hint.
    data->setData(secretHintFormat(), "secret"_ba);
#endif
    return data;
}

void ClipboardService::copySecret(const QString& text, const QString& label, int secondsUntilExpiry)
{
    auto* clipboard = QGuiApplication::clipboard();
    if (clipboard == nullptr) {
        qCWarning(lcClipboard, "No clipboard available; nothing copied");
        return;
    }
    m_timer.stop();
    // Set before the copy: QClipboard::dataChanged may arrive synchronously from setMimeData and
    // must already recognise the new content as ours.
    m_copiedHash = hashOf(text);
    // setMimeData takes ownership, so each mode gets its own object.
    clipboard->setMimeData(makeMimeData(text).release(), QClipboard::Clipboard);
    m_usedSelection = clipboard->supportsSelection();
    if (m_usedSelection) {
        clipboard->setMimeData(makeMimeData(text).release(), QClipboard::Selection);
    }
    setHoldsSecret(true);

    int clearIn = m_clearSeconds;
    if (clearIn > 0 && secondsUntilExpiry > 0) {
        clearIn = std::min(clearIn, secondsUntilExpiry);
    }
    if (clearIn > 0) {
        m_timer.start(m_secondUnit * clearIn);
    }
    qCDebug(lcClipboard, "Copied a secret (%lld characters), clearing in %d s", static_cast<long long>(text.size()),
            clearIn);
    Q_EMIT copied(label, clearIn);
}

bool ClipboardService::holdsOurs(QClipboard::Mode mode) const
{
    if (m_copiedHash.isEmpty()) {
        return false;
    }
    const auto* clipboard = QGuiApplication::clipboard();
    const QMimeData* data = clipboard != nullptr ? clipboard->mimeData(mode) : nullptr;
    if (data == nullptr) {
        return false;
    }
    // The hint first: the same digits copied from a web page or typed by the user are theirs.
    return data->hasFormat(secretHintFormat()) && hashOf(data->text()) == m_copiedHash;
}

void ClipboardService::clearNow()
{
    m_timer.stop();
    auto* clipboard = QGuiApplication::clipboard();
    if (clipboard == nullptr || m_copiedHash.isEmpty()) {
        forget();
        return;
    }
    bool clearedAny = false;
    if (holdsOurs(QClipboard::Clipboard)) {
        clipboard->clear(QClipboard::Clipboard);
        clearedAny = true;
    }
    if (m_usedSelection && clipboard->supportsSelection() && holdsOurs(QClipboard::Selection)) {
        clipboard->clear(QClipboard::Selection);
        clearedAny = true;
    }
    if (clearedAny) {
        clearWaylandFromOutside();
    }
    forget();
    if (clearedAny) {
        qCDebug(lcClipboard, "Cleared our secret from the clipboard");
        Q_EMIT cleared();
    }
}

/* GNOME's compositor (and some others) ignore clipboard changes from a client that has no
 * keyboard focus: when the timer fires while Tessera is in the background, Qt's clear() is
 * silently dropped and the code stays on the clipboard. wl-copy (wl-clipboard) gets focus or uses
 * the data-control protocol, so it can clear it. Only used when we are not the active
 * application; then we may also not have heard of a newer copy by the user, which is why we
 * only get here when our last view of the clipboard was still our copy. */
void ClipboardService::clearWaylandFromOutside() const
{
    if (QGuiApplication::platformName() != u"wayland"_s
        || QGuiApplication::applicationState() == Qt::ApplicationActive) {
        return;
    }
    const QString wlCopy = QStandardPaths::findExecutable(u"wl-copy"_s);
    if (wlCopy.isEmpty()) {
        qCInfo(lcClipboard, "wl-copy is not installed; the clipboard may keep the code while Tessera is unfocused");
        return;
    }
    QProcess::startDetached(wlCopy, {u"--clear"_s});
    if (m_usedSelection) {
        QProcess::startDetached(wlCopy, {u"--primary"_s, u"--clear"_s});
    }
}

void ClipboardService::onClipboardChanged()
{
    // Someone else copied (or highlighted text, for the selection): that content is theirs. Once
    // neither place holds our copy there is nothing left for us to clear.
    if (!m_copiedHash.isEmpty() && !holdsOurs(QClipboard::Clipboard)
        && !(m_usedSelection && holdsOurs(QClipboard::Selection))) {
        m_timer.stop();
        forget();
    }
}

void ClipboardService::forget()
{
    m_copiedHash.clear();
    m_usedSelection = false;
    setHoldsSecret(false);
}

void ClipboardService::setHoldsSecret(bool holds)
{
    if (m_holdsSecret != holds) {
        m_holdsSecret = holds;
        Q_EMIT holdsSecretChanged();
    }
}

void ClipboardService::setClearSeconds(int seconds)
{
    seconds = std::max(seconds, 0);
    if (m_clearSeconds != seconds) {
        m_clearSeconds = seconds;
        Q_EMIT clearSecondsChanged();
    }
}

void ClipboardService::setSecondUnit(std::chrono::milliseconds unit)
{
    m_secondUnit = unit;
}

} // namespace tessera
