// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QQmlEngine>

#include <algorithm>
#include <chrono>

namespace tessera {

namespace {

/* However many input events arrive (a mouse move is delivered to the window and then to each
 * Qt Quick item under the pointer), the timer is restarted at most this often. */
constexpr qint64 restartThrottleMs = 1000;

} // namespace

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idleTimeout);
    if (auto* app = QCoreApplication::instance()) {
        app->installEventFilter(this);
    }
}

IdleWatcher::~IdleWatcher()
{
    if (auto* app = QCoreApplication::instance()) {
        app->removeEventFilter(this);
    }
}

bool IdleWatcher::isUserInput(const QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        break;
    default:
        // Hover events are left out on purpose: Qt Quick synthesises them every frame while
        // items move under a resting pointer (an animation), which is not the user.
        return false;
    }
    // Only what the window system delivered: events the program sends itself (QCoreApplication::
    // sendEvent, Qt Quick forwarding an event to each item) are not a person at the keyboard,
    // and the real input already passed here once on its way in.
    return event->spontaneous();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (isUserInput(event)) {
        onActivity();
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::onActivity()
{
    if (!m_enabled || m_timeoutSeconds <= 0) {
        return;
    }
    if (m_timer.isActive() && m_sinceRestart.isValid() && m_sinceRestart.elapsed() < restartThrottleMs) {
        return;
    }
    restart();
}

void IdleWatcher::reportActivity()
{
    onActivity();
}

void IdleWatcher::restart()
{
    if (!m_enabled || m_timeoutSeconds <= 0) {
        m_timer.stop();
        m_sinceRestart.invalidate();
        return;
    }
    m_timer.start(std::chrono::seconds(m_timeoutSeconds));
    m_sinceRestart.start();
}

void IdleWatcher::setTimeoutSeconds(int seconds)
{
    seconds = std::max(seconds, 0);
    if (m_timeoutSeconds == seconds) {
        return;
    }
    m_timeoutSeconds = seconds;
    restart();
    Q_EMIT timeoutSecondsChanged();
}

void IdleWatcher::setEnabled(bool enabled)
{
    if (m_enabled == enabled) {
        return;
    }
    m_enabled = enabled;
    restart();
    Q_EMIT enabledChanged();
}

} // namespace tessera
