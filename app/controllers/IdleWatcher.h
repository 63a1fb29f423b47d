// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOwnedSingleton.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace tessera {

/* Tells the program when the user has left it alone for timeoutSeconds (SECURITY.md S6: idle
 * lock). An event filter on the whole application counts only what a person does — key presses,
 * mouse presses, moves and wheel turns, touch and tablet input, as delivered by the window system
 * — as activity. Timers, repaints, the 1 Hz countdown, hover events Qt Quick makes up while the
 * list animates, and any event the program sends itself never postpone the lock.
 *
 * Cheap on purpose: the filter looks at the event type first, and the single-shot timer is
 * restarted at most once per second however many events arrive (so the lock may come up to a
 * second before timeoutSeconds after the very last input, never later). */
class IdleWatcher : public QObject, public AppOwnedSingleton<IdleWatcher> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int timeoutSeconds READ timeoutSeconds WRITE setTimeoutSeconds NOTIFY timeoutSecondsChanged)
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY enabledChanged)

public:
    /* Installs the filter on QCoreApplication::instance(), which must exist. Starts disabled
     * with no timeout: the program turns it on when the vault is unlocked. */
    explicit IdleWatcher(QObject* parent); // no default: see Application.cpp (Qt 6.4 singletons)
    ~IdleWatcher() override;

    /* 0 = never time out. Negative values count as 0. Changing it starts the wait anew. */
    [[nodiscard]] int timeoutSeconds() const { return m_timeoutSeconds; }
    void setTimeoutSeconds(int seconds);
    /* Off while the vault is locked (nothing to protect, no timer running). Turning it on starts
     * a full wait. */
    [[nodiscard]] bool enabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    /* Counts as user activity, for input that does not come through Qt's event delivery (for
     * instance a command handed over by a second launch of the program). */
    Q_INVOKABLE void reportActivity();

    /* True while the idle timer is counting (enabled, a timeout set, not yet fired). */
    [[nodiscard]] bool isCounting() const { return m_timer.isActive(); }

    /* Whether `event` is the kind of input that counts as the user being present. */
    [[nodiscard]] static bool isUserInput(const QEvent* event);

Q_SIGNALS:
    /* No user input for timeoutSeconds: lock. Fires once; the next input starts a new wait. */
    void idleTimeout();
    void timeoutSecondsChanged();
    void enabledChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();
    void onActivity();

    QTimer m_timer;
    QElapsedTimer m_sinceRestart;
    int m_timeoutSeconds = 0;
    bool m_enabled = false;
};

} // namespace tessera
