// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOwnedSingleton.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QDBusConnection;

namespace tessera {

/* Tells the program to lock the vault when the desktop session is locked, switched away from or
 * suspended (SECURITY.md S6).
 *
 * Linux: listens on D-Bus for
 *   - the session bus screensaver signals ActiveChanged(true) of org.freedesktop.ScreenSaver
 *     (KDE and others; paths /org/freedesktop/ScreenSaver and /ScreenSaver) and
 *     org.gnome.ScreenSaver (/org/gnome/ScreenSaver);
 *   - the system bus logind signals Manager.PrepareForSleep(true) (suspend, hibernate) and, on our
 *     own session's object path, Session.Lock (loginctl lock-session, many lock screens) and a
 *     PropertiesChanged that makes the session inactive (user switch).
 * A bus that cannot be reached is logged at info level and skipped: not every system has one,
 * and the idle lock still protects the vault.
 *
 * Windows (WTS_SESSION_LOCK via WTSRegisterSessionNotification) and macOS
 * (com.apple.screenIsLocked distributed notification) are NOT implemented yet: there,
 * sessionLocked() is never emitted.
 *
 * Several sources may report the same lock (KDE announces it on two paths, a lock before suspend
 * sends both): receivers must treat sessionLocked() as idempotent. */
class SessionLockWatcher : public QObject, public AppOwnedSingleton<SessionLockWatcher> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(bool watching READ watching NOTIFY watchingChanged)

public:
    /* Connects to the buses at once (the logind session path is looked up asynchronously). */
    explicit SessionLockWatcher(QObject* parent); // no default: see Application.cpp (Qt 6.4 singletons)
    ~SessionLockWatcher() override;

    /* When false, nothing is reported (the user turned "lock on screen lock" off). Default true. */
    [[nodiscard]] bool enabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    /* True when at least one source of lock signals is connected. */
    [[nodiscard]] bool watching() const { return m_watching; }
    /* logind object path of our session once known (empty before, or when there is none). */
    [[nodiscard]] const QString& sessionPath() const { return m_sessionPath; }

#ifdef Q_OS_LINUX
    /* The logind wiring, on the system bus in the program. Public so a test can connect it to a
     * private session bus, where it can play logind. False when nothing could be connected. */
    bool watchLogindManager(const QDBusConnection& bus);
    bool watchLogindSession(const QDBusConnection& bus, const QString& sessionPath);
#endif

Q_SIGNALS:
    /* Lock the vault now. */
    void sessionLocked();
    void enabledChanged();
    void watchingChanged();

public Q_SLOTS:
    /* The handlers the D-Bus signals are delivered to; public so the logind ones, whose system
     * bus a test cannot fake, can be exercised directly. */
    void handleScreenSaverActiveChanged(bool active);
    void handlePrepareForSleep(bool sleeping);
    void handleSessionLock();
    void handleSessionPropertiesChanged(const QString& interfaceName, const QVariantMap& changed,
                                        const QStringList& invalidated);

private:
    void report(const char* reason);
    void connectSessionBus();
    void connectSystemBus();
    void setWatching(bool watching);

    QString m_sessionPath;
    bool m_enabled = true;
    bool m_watching = false;
};

} // namespace tessera
