// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionLockWatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QQmlEngine>

#ifdef Q_OS_LINUX
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSessionLock, "tessera.app.sessionlock", QtInfoMsg)

namespace tessera {

namespace {

#ifdef Q_OS_LINUX
const QString kLogindService = u"org.freedesktop.login1"_s;
const QString kLogindPath = u"/org/freedesktop/login1"_s;
const QString kLogindManager = u"org.freedesktop.login1.Manager"_s;
const QString kLogindSession = u"org.freedesktop.login1.Session"_s;
#endif

} // namespace

SessionLockWatcher::SessionLockWatcher(QObject* parent)
    : QObject(parent)
{
#ifdef Q_OS_LINUX
    connectSessionBus();
    connectSystemBus();
#else
    // Not implemented outside Linux yet; sessionLocked() is never emitted there. The plan:
    //  - Windows: WTSRegisterSessionNotification on a window handle and a native event filter
    //    for WM_WTSSESSION_CHANGE with WTS_SESSION_LOCK (and PBT_APMSUSPEND for suspend).
    //  - macOS: observe the "com.apple.screenIsLocked" distributed notification and
    //    NSWorkspaceWillSleepNotification (Objective-C++ file).
    qCInfo(lcSessionLock, "Locking on screen lock is not available on this system yet");
#endif
}

SessionLockWatcher::~SessionLockWatcher() = default;

void SessionLockWatcher::setEnabled(bool enabled)
{
    if (m_enabled != enabled) {
        m_enabled = enabled;
        Q_EMIT enabledChanged();
    }
}

void SessionLockWatcher::setWatching(bool watching)
{
    if (m_watching != watching) {
        m_watching = watching;
        Q_EMIT watchingChanged();
    }
}

void SessionLockWatcher::report(const char* reason)
{
    if (!m_enabled) {
        return;
    }
    qCInfo(lcSessionLock, "Locking: %s", reason);
    Q_EMIT sessionLocked();
}

void SessionLockWatcher::handleScreenSaverActiveChanged(bool active)
{
    // false = the screen was unlocked again: nothing to do, the user unlocks the vault.
    if (active) {
        report("the screen was locked");
    }
}

void SessionLockWatcher::handlePrepareForSleep(bool sleeping)
{
    // logind sends true before suspending and false after resuming.
    if (sleeping) {
        report("the computer is going to sleep");
    }
}

void SessionLockWatcher::handleSessionLock()
{
    report("the session was locked");
}

void SessionLockWatcher::handleSessionPropertiesChanged(const QString& interfaceName, const QVariantMap& changed,
                                                        const QStringList& invalidated)
{
    Q_UNUSED(invalidated)
    // Active turns false when another user's session (or a text console) takes the seat.
    if (interfaceName == u"org.freedesktop.login1.Session"_s) {
        const auto active = changed.constFind(u"Active"_s);
        if (active != changed.constEnd() && !active->toBool()) {
            report("the user switched away from this session");
        }
    }
}

#ifdef Q_OS_LINUX

/* An empty service name matches any sender: the screensaver's bus name differs between desktops
 * (org.freedesktop.ScreenSaver, org.kde.screensaver, org.gnome.ScreenSaver, …) and a sender
 * check would buy nothing, since on the session bus any program of the user could claim those
 * names anyway. A forged signal can only lock the vault early, which is harmless. */
void SessionLockWatcher::connectSessionBus()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcSessionLock, "No D-Bus session bus (%s); screen locks will not lock the vault",
               qUtf8Printable(bus.lastError().message()));
        return;
    }
    bool any = false;
    for (const QString& path : {u"/org/freedesktop/ScreenSaver"_s, u"/ScreenSaver"_s}) {
        any |= bus.connect(QString(), path, u"org.freedesktop.ScreenSaver"_s, u"ActiveChanged"_s, this,
                           SLOT(handleScreenSaverActiveChanged(bool)));
    }
    any |= bus.connect(QString(), u"/org/gnome/ScreenSaver"_s, u"org.gnome.ScreenSaver"_s, u"ActiveChanged"_s, this,
                       SLOT(handleScreenSaverActiveChanged(bool)));
    if (any) {
        setWatching(true);
    } else {
        qCInfo(lcSessionLock, "Could not listen for screensaver signals on the session bus");
    }
}

void SessionLockWatcher::connectSystemBus()
{
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        qCInfo(lcSessionLock, "No D-Bus system bus (%s); suspend will not lock the vault",
               qUtf8Printable(bus.lastError().message()));
        return;
    }
    watchLogindManager(bus);

    // Our session's object path, asked without blocking the first frame. The Lock signal is sent
    // on the real path (…/session/_32 and the like), not on the …/session/auto alias, so the
    // alias cannot be used for connecting; GetSession("auto") is only the fallback for a program
    // started outside any session (a systemd user service), where it names the user's display
    // session.
    auto byPid = QDBusMessage::createMethodCall(kLogindService, kLogindPath, kLogindManager, u"GetSessionByPID"_s);
    byPid << static_cast<quint32>(QCoreApplication::applicationPid());
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(byPid), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, bus](QDBusPendingCallWatcher* call) {
        call->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *call;
        if (!reply.isError()) {
            watchLogindSession(bus, reply.value().path());
            return;
        }
        auto byName = QDBusMessage::createMethodCall(kLogindService, kLogindPath, kLogindManager, u"GetSession"_s);
        byName << u"auto"_s;
        auto* fallback = new QDBusPendingCallWatcher(bus.asyncCall(byName), this);
        connect(fallback, &QDBusPendingCallWatcher::finished, this, [this, bus](QDBusPendingCallWatcher* second) {
            second->deleteLater();
            const QDBusPendingReply<QDBusObjectPath> named = *second;
            if (named.isError()) {
                qCInfo(lcSessionLock, "No logind session found (%s); session locks will not lock the vault",
                       qUtf8Printable(named.error().message()));
                return;
            }
            watchLogindSession(bus, named.value().path());
        });
    });
}

bool SessionLockWatcher::watchLogindManager(const QDBusConnection& bus)
{
    QDBusConnection connection = bus;
    const bool sleep = connection.connect(QString(), kLogindPath, kLogindManager, u"PrepareForSleep"_s, this,
                                          SLOT(handlePrepareForSleep(bool)));
    if (sleep) {
        setWatching(true);
    }
    return sleep;
}

bool SessionLockWatcher::watchLogindSession(const QDBusConnection& bus, const QString& sessionPath)
{
    QDBusConnection connection = bus;
    m_sessionPath = sessionPath;
    const bool lock =
        connection.connect(QString(), sessionPath, kLogindSession, u"Lock"_s, this, SLOT(handleSessionLock()));
    const bool switched =
        connection.connect(QString(), sessionPath, u"org.freedesktop.DBus.Properties"_s, u"PropertiesChanged"_s, this,
                           SLOT(handleSessionPropertiesChanged(QString, QVariantMap, QStringList)));
    if (lock || switched) {
        setWatching(true);
    }
    qCDebug(lcSessionLock, "Watching logind session %s", qUtf8Printable(sessionPath));
    return lock && switched;
}

#else

void SessionLockWatcher::connectSessionBus() {}
void SessionLockWatcher::connectSystemBus() {}

#endif

} // namespace tessera
