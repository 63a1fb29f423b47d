// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdleWatcher.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWindow>

#include <functional>
#include <memory>

/* IdleWatcher with a 2 s timeout on the offscreen platform. Input goes through the window
 * system path (QTest's QWindow overloads), as real input would. Timing is only checked one way:
 * "no timeout while the user keeps typing for well over the timeout", and "a timeout eventually
 * comes" with generous limits. */
class TestIdleWatcher : public QObject {
    Q_OBJECT

private:
    static constexpr int timeoutSeconds = 2;
    std::unique_ptr<QWindow> m_window;
    std::unique_ptr<tessera::IdleWatcher> m_watcher;

    /* Calls `input` every 200 ms for 5 s (2.5 timeouts). */
    static void keepBusyFor5Seconds(const std::function<void(int)>& input)
    {
        QElapsedTimer clock;
        clock.start();
        for (int step = 0; clock.elapsed() < 5000; ++step) {
            input(step);
            QTest::qWait(200);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_window = std::make_unique<QWindow>();
        m_window->resize(200, 200);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_watcher = std::make_unique<tessera::IdleWatcher>(nullptr);
        m_watcher->setTimeoutSeconds(timeoutSeconds);
        m_watcher->setEnabled(true);
    }

    void cleanup()
    {
        m_watcher.reset();
        m_window.reset();
    }

    void timesOutWithoutInput()
    {
        QSignalSpy idle(m_watcher.get(), &tessera::IdleWatcher::idleTimeout);
        QVERIFY(m_watcher->isCounting());
        QVERIFY(idle.wait(20000));
        QCOMPARE(idle.count(), 1);
        QVERIFY(!m_watcher->isCounting());
    }

    void keyPressesKeepItAwake()
    {
        QSignalSpy idle(m_watcher.get(), &tessera::IdleWatcher::idleTimeout);
        keepBusyFor5Seconds([this](int) { QTest::keyClick(m_window.get(), Qt::Key_A); });
        QCOMPARE(idle.count(), 0);
        // Once the typing stops, the lock comes.
        QVERIFY(idle.wait(20000));
    }

    void mouseMovesKeepItAwake()
    {
        QSignalSpy idle(m_watcher.get(), &tessera::IdleWatcher::idleTimeout);
        keepBusyFor5Seconds(
            [this](int step) { QTest::mouseMove(m_window.get(), QPoint(10 + step % 100, 10 + step % 50)); });
        QCOMPARE(idle.count(), 0);
        QVERIFY(idle.wait(20000));
    }

    void timersAndRepaintsDoNotCount()
    {
        // A 1 Hz-like countdown at 10 Hz: a timer that asks the window to repaint and posts
        // itself events. None of it is the user.
        QTimer countdown;
        int ticks = 0;
        connect(&countdown, &QTimer::timeout, this, [this, &ticks] {
            ++ticks;
            m_window->requestUpdate();
            QCoreApplication::postEvent(m_window.get(), new QEvent(QEvent::UpdateRequest));
        });
        countdown.start(100);
        QSignalSpy idle(m_watcher.get(), &tessera::IdleWatcher::idleTimeout);
        QVERIFY(idle.wait(20000));
        QVERIFY(ticks > 0);
    }

    void inputTheProgramSendsItselfDoesNotCount()
    {
        // A key event sent directly (not from the window system), as a program or a component
        // forwarding an event would: not a person.
        QTimer sender;
        connect(&sender, &QTimer::timeout, this, [this] {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_B, Qt::NoModifier, QStringLiteral("b"));
            QCoreApplication::sendEvent(m_window.get(), &press);
        });
        sender.start(100);
        QSignalSpy idle(m_watcher.get(), &tessera::IdleWatcher::idleTimeout);
        QVERIFY(idle.wait(20000));
    }

    void disabledNeverFires()
    {
        QSignalSpy idle(m_watcher.get(), &tessera::IdleWatcher::idleTimeout);
        QSignalSpy enabled(m_watcher.get(), &tessera::IdleWatcher::enabledChanged);
        m_watcher->setEnabled(false);
        QCOMPARE(enabled.count(), 1);
        QVERIFY(!m_watcher->isCounting());
        QTest::keyClick(m_window.get(), Qt::Key_A); // input while disabled starts nothing
        QVERIFY(!m_watcher->isCounting());
        QTest::qWait(timeoutSeconds * 1000 * 2);
        QCOMPARE(idle.count(), 0);

        // Enabled again: a full wait, then the timeout.
        m_watcher->setEnabled(true);
        QVERIFY(m_watcher->isCounting());
        QVERIFY(idle.wait(20000));
    }

    void zeroTimeoutNeverFires()
    {
        QSignalSpy idle(m_watcher.get(), &tessera::IdleWatcher::idleTimeout);
        m_watcher->setTimeoutSeconds(0);
        QVERIFY(!m_watcher->isCounting());
        QTest::keyClick(m_window.get(), Qt::Key_A);
        QVERIFY(!m_watcher->isCounting());
        QTest::qWait(timeoutSeconds * 1000 * 2);
        QCOMPARE(idle.count(), 0);

        m_watcher->setTimeoutSeconds(-4);
        QCOMPARE(m_watcher->timeoutSeconds(), 0);
    }

    void inputAfterTheTimeoutStartsANewWait()
    {
        QSignalSpy idle(m_watcher.get(), &tessera::IdleWatcher::idleTimeout);
        QVERIFY(idle.wait(20000));
        QVERIFY(!m_watcher->isCounting());
        QTest::keyClick(m_window.get(), Qt::Key_A);
        QVERIFY(m_watcher->isCounting());
        QVERIFY(idle.wait(20000));
        QCOMPARE(idle.count(), 2);
    }

    void onlyUserInputTypesCount()
    {
        QKeyEvent keyPress(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier);
        QKeyEvent keyRelease(QEvent::KeyRelease, Qt::Key_A, Qt::NoModifier);
        QEvent timer(QEvent::Timer);
        QEvent paint(QEvent::UpdateRequest);
        QEvent hover(QEvent::HoverMove);
        // Events made in code are not spontaneous: none counts, whatever its type.
        QVERIFY(!tessera::IdleWatcher::isUserInput(&keyPress));
        QVERIFY(!tessera::IdleWatcher::isUserInput(&keyRelease));
        QVERIFY(!tessera::IdleWatcher::isUserInput(&timer));
        QVERIFY(!tessera::IdleWatcher::isUserInput(&paint));
        QVERIFY(!tessera::IdleWatcher::isUserInput(&hover));
    }
};

QTEST_MAIN(TestIdleWatcher)
#include "tst_idlewatcher.moc"
