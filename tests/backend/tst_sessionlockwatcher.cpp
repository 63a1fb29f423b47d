// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionLockWatcher.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

/* SessionLockWatcher against a private D-Bus session bus (with-keyring.sh --no-secret-service
 * runs this test inside dbus-run-session). The test plays the screensaver: it emits the
 * ActiveChanged signals from a second connection of its own, as KDE and GNOME would.
 *
 * logind lives on the system bus, which a test cannot own or fake. The test connects the
 * watcher's logind wiring (watchLogindManager, watchLogindSession: the same calls the program
 * makes on the system bus) to the private session bus instead and plays logind there, and also
 * calls the handlers directly. What stays unchecked here: that the system bus and the session
 * path lookup (GetSessionByPID, GetSession("auto")) work on a real machine.
 *
 * "Did not lock" is checked without waiting: after the signal that must be ignored, the test
 * sends one that must lock. One sender's messages arrive in order, so once that lock is seen the
 * ignored signal has been handled too, and exactly one lock must have been reported. */
class TestSessionLockWatcher : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<tessera::SessionLockWatcher> m_watcher;
    QDBusConnection m_screensaver{QString()};

    /* A round trip on the watcher's own connection: its match rules (sent when it connected)
     * are then known to the bus before the test emits anything. */
    static void settle()
    {
        QVERIFY(QDBusConnection::sessionBus().interface()->isServiceRegistered(u"org.freedesktop.DBus"_s).value());
    }

    void emitActiveChanged(const QString& path, const QString& interfaceName, bool active)
    {
        QDBusMessage signal = QDBusMessage::createSignal(path, interfaceName, u"ActiveChanged"_s);
        signal << active;
        QVERIFY(m_screensaver.send(signal));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Only on the private bus of with-keyring.sh: never send lock signals to a real desktop.
        if (qEnvironmentVariable("TESSERA_TEST_KEYCHAIN") != u"unavailable"_s) {
            QSKIP("Not inside tests/integration/with-keyring.sh --no-secret-service (ctest runs it there); "
                  "refusing to send screensaver signals on this session's own bus.");
        }
        if (!QDBusConnection::sessionBus().isConnected()) {
            QSKIP("No D-Bus session bus although with-keyring.sh should have started one.");
        }
        m_screensaver = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"tst-screensaver"_s);
        QVERIFY(m_screensaver.isConnected());
    }

    void cleanupTestCase() { QDBusConnection::disconnectFromBus(u"tst-screensaver"_s); }

    void init()
    {
        m_watcher = std::make_unique<tessera::SessionLockWatcher>(nullptr);
        settle();
    }

    void cleanup() { m_watcher.reset(); }

    void watchesTheSessionBus() { QVERIFY(m_watcher->watching()); }

    void screensaverSignalsLock_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("interfaceName");
        QTest::newRow("freedesktop") << u"/org/freedesktop/ScreenSaver"_s << u"org.freedesktop.ScreenSaver"_s;
        QTest::newRow("kde short path") << u"/ScreenSaver"_s << u"org.freedesktop.ScreenSaver"_s;
        QTest::newRow("gnome") << u"/org/gnome/ScreenSaver"_s << u"org.gnome.ScreenSaver"_s;
    }

    void screensaverSignalsLock()
    {
        QFETCH(QString, path);
        QFETCH(QString, interfaceName);
        QSignalSpy locked(m_watcher.get(), &tessera::SessionLockWatcher::sessionLocked);
        emitActiveChanged(path, interfaceName, true);
        QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 1, 10000);
    }

    void screensaverDeactivatedDoesNotLock_data() { screensaverSignalsLock_data(); }

    void screensaverDeactivatedDoesNotLock()
    {
        QFETCH(QString, path);
        QFETCH(QString, interfaceName);
        QSignalSpy locked(m_watcher.get(), &tessera::SessionLockWatcher::sessionLocked);
        emitActiveChanged(path, interfaceName, false);
        emitActiveChanged(path, interfaceName, true); // the marker: must lock
        QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 1, 10000);
        QTest::qWait(100);
        QCOMPARE(locked.count(), 1);
    }

    void unrelatedSignalsDoNotLock()
    {
        QSignalSpy locked(m_watcher.get(), &tessera::SessionLockWatcher::sessionLocked);
        // Right name, wrong path; right path, wrong interface.
        emitActiveChanged(u"/org/example/ScreenSaver"_s, u"org.freedesktop.ScreenSaver"_s, true);
        emitActiveChanged(u"/org/freedesktop/ScreenSaver"_s, u"org.example.ScreenSaver"_s, true);
        emitActiveChanged(u"/ScreenSaver"_s, u"org.freedesktop.ScreenSaver"_s, true); // the marker
        QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 1, 10000);
        QTest::qWait(100);
        QCOMPARE(locked.count(), 1);
    }

    void disabledDoesNotLock()
    {
        QSignalSpy locked(m_watcher.get(), &tessera::SessionLockWatcher::sessionLocked);
        QSignalSpy enabled(m_watcher.get(), &tessera::SessionLockWatcher::enabledChanged);
        m_watcher->setEnabled(false);
        QCOMPARE(enabled.count(), 1);
        emitActiveChanged(u"/org/freedesktop/ScreenSaver"_s, u"org.freedesktop.ScreenSaver"_s, true);
        m_watcher->handlePrepareForSleep(true);
        m_watcher->handleSessionLock();
        // The D-Bus signal above was handled once this round trip through the same bus returns
        // and the event loop has run.
        settle();
        QTest::qWait(200);
        QCOMPARE(locked.count(), 0);

        m_watcher->setEnabled(true);
        emitActiveChanged(u"/org/freedesktop/ScreenSaver"_s, u"org.freedesktop.ScreenSaver"_s, true);
        QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 1, 10000);
    }

    // logind, played on the session bus (see the class comment).
    void logindSignalsLock()
    {
        const QString session = u"/org/freedesktop/login1/session/_3test"_s;
        QVERIFY(m_watcher->watchLogindManager(QDBusConnection::sessionBus()));
        QVERIFY(m_watcher->watchLogindSession(QDBusConnection::sessionBus(), session));
        QCOMPARE(m_watcher->sessionPath(), session);
        settle();
        QSignalSpy locked(m_watcher.get(), &tessera::SessionLockWatcher::sessionLocked);

        const QString manager = u"org.freedesktop.login1.Manager"_s;
        auto sleep = [this, &manager](bool sleeping) {
            QDBusMessage signal =
                QDBusMessage::createSignal(u"/org/freedesktop/login1"_s, manager, u"PrepareForSleep"_s);
            signal << sleeping;
            QVERIFY(m_screensaver.send(signal));
        };
        sleep(false); // resuming: nothing
        sleep(true);
        QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 1, 10000);

        // Lock of another session: not ours. Then ours.
        const QString sessionInterface = u"org.freedesktop.login1.Session"_s;
        QVERIFY(m_screensaver.send(
            QDBusMessage::createSignal(u"/org/freedesktop/login1/session/_3other"_s, sessionInterface, u"Lock"_s)));
        QVERIFY(m_screensaver.send(QDBusMessage::createSignal(session, sessionInterface, u"Lock"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 2, 10000);

        // The session becoming active again does nothing; becoming inactive (user switch) locks.
        auto active = [this, &session, &sessionInterface](bool isActive) {
            QDBusMessage signal =
                QDBusMessage::createSignal(session, u"org.freedesktop.DBus.Properties"_s, u"PropertiesChanged"_s);
            signal << sessionInterface << QVariantMap{{u"Active"_s, isActive}} << QStringList();
            QVERIFY(m_screensaver.send(signal));
        };
        active(true);
        active(false);
        QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 3, 10000);
        QTest::qWait(100);
        QCOMPARE(locked.count(), 3);
    }

    // logind handlers called directly.
    void suspendLocks()
    {
        QSignalSpy locked(m_watcher.get(), &tessera::SessionLockWatcher::sessionLocked);
        m_watcher->handlePrepareForSleep(false); // resuming: nothing
        QCOMPARE(locked.count(), 0);
        m_watcher->handlePrepareForSleep(true);
        QCOMPARE(locked.count(), 1);
    }

    void logindSessionLockLocks()
    {
        QSignalSpy locked(m_watcher.get(), &tessera::SessionLockWatcher::sessionLocked);
        m_watcher->handleSessionLock();
        QCOMPARE(locked.count(), 1);
    }

    void switchingAwayFromTheSessionLocks()
    {
        QSignalSpy locked(m_watcher.get(), &tessera::SessionLockWatcher::sessionLocked);
        const QString session = u"org.freedesktop.login1.Session"_s;
        m_watcher->handleSessionPropertiesChanged(session, {{u"Active"_s, true}}, {});
        m_watcher->handleSessionPropertiesChanged(session, {{u"IdleHint"_s, false}}, {});
        m_watcher->handleSessionPropertiesChanged(u"org.example.Other"_s, {{u"Active"_s, false}}, {});
        QCOMPARE(locked.count(), 0);
        m_watcher->handleSessionPropertiesChanged(session, {{u"Active"_s, false}}, {});
        QCOMPARE(locked.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSessionLockWatcher)
#include "tst_sessionlockwatcher.moc"
