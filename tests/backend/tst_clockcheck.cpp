// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClockCheck.h"
#include "TestEnvironment.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ClockCheck;

namespace {

// Mon, 23 Nov 2026 08:00:00 GMT: what the test server says, in ms since the epoch.
constexpr qint64 kServerMs = 1'795'420'800'000;
const QByteArray kServerDate = "Mon, 23 Nov 2026 08:00:00 GMT";

/* A web server on 127.0.0.1 that answers every request with the head the test chose (or with
 * nothing at all), then closes the connection. It counts the requests and keeps the last. */
class TinyHttpServer : public QObject {
public:
    QByteArray answer = "HTTP/1.1 200 OK\r\nDate: " + kServerDate + "\r\nContent-Length: 0\r\n\r\n";
    bool silent = false;
    int requests = 0;
    QByteArray lastRequest;

    TinyHttpServer()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_server.serverPort())); }

private:
    void serve(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n")) {
            return;
        }
        ++requests;
        lastRequest = buffer;
        buffer.clear();
        if (silent) {
            return; // keep the connection open and say nothing
        }
        socket->write(answer);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

/* systemd-timedated, as far as ClockCheck knows it: one property. */
class FakeTimedate : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.timedate1")
    Q_PROPERTY(bool NTPSynchronized READ ntpSynchronized)

public:
    bool synchronized = true;
    [[nodiscard]] bool ntpSynchronized() const { return synchronized; }
};

bool onPrivateBus()
{
    return !qEnvironmentVariableIsEmpty("TESSERA_PRIVATE_SESSION_BUS") && QDBusConnection::sessionBus().isConnected();
}

} // namespace

/* ClockCheck against a web server on loopback (any machine) and a fake timedate1 on a private
 * session bus (ctest runs this under dbus-run-session; elsewhere those cases are skipped). The
 * local clock is a fixed value, so offsets are exact: the server's Date + 0.5 s − local time. */
class TestClockCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void measuresTheOffset_data()
    {
        QTest::addColumn<qint64>("localMs"); // what ClockCheck's clock says during the request
        QTest::addColumn<int>("offset");
        QTest::addColumn<bool>("fine");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("right") << kServerMs + 500 << 0 << true << u"clock is right; codes will be accepted"_s;
        QTest::newRow("3 s behind") << kServerMs - 2'500 << 3 << true << u"3 seconds behind, close enough"_s;
        QTest::newRow("15 s ahead: still fine") << kServerMs + 15'500 << -15 << true << u"15 seconds ahead, close"_s;
        QTest::newRow("42 s behind")
            << kServerMs - 41'500 << 42 << false
            << u"42 seconds behind; codes will be rejected. Turn on “Set time automatically”"_s;
        QTest::newRow("16 s ahead") << kServerMs + 16'500 << -16 << false
                                    << u"16 seconds ahead; codes will be rejected"_s;
        QTest::newRow("an hour ahead") << kServerMs + 3'600'500 << -3600 << false << u"60 minutes ahead"_s;
        QTest::newRow("3 days behind") << kServerMs - 3 * 86'400'000 + 500 << 3 * 86400 << false << u"3 days behind"_s;
    }
    void measuresTheOffset()
    {
        QFETCH(qint64, localMs);
        QFETCH(int, offset);
        QFETCH(bool, fine);
        QFETCH(QString, sentence);
        TinyHttpServer server;
        ClockCheck check(nullptr);
        check.setClock([localMs] { return localMs; });
        QSignalSpy finished(&check, &ClockCheck::checkFinished);
        QSignalSpy failed(&check, &ClockCheck::checkFailed);
        check.checkAgainst(server.url());
        QVERIFY(check.checking());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20'000);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!check.checking());
        QCOMPARE(finished.at(0).at(0).toInt(), offset);
        QCOMPARE(finished.at(0).at(1).toBool(), fine);
        QVERIFY2(finished.at(0).at(2).toString().contains(sentence), qPrintable(finished.at(0).at(2).toString()));
        QVERIFY(check.hasResult());
        QCOMPARE(check.offsetSeconds(), offset);
        QCOMPARE(check.clockFine(), fine);
        QCOMPARE(check.message(), finished.at(0).at(2).toString());
        // One HEAD request, nothing else.
        QCOMPARE(server.requests, 1);
        QVERIFY2(server.lastRequest.startsWith("HEAD / HTTP/1.1\r\n"), server.lastRequest.constData());
    }

    void anyStatusCarriesTheTime()
    {
        TinyHttpServer server;
        server.answer = "HTTP/1.1 404 Not Found\r\nDate: " + kServerDate + "\r\nContent-Length: 0\r\n\r\n";
        ClockCheck check(nullptr);
        check.setClock([] { return kServerMs + 500 - 20'000; });
        QSignalSpy finished(&check, &ClockCheck::checkFinished);
        check.checkAgainst(server.url());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20'000);
        QCOMPARE(finished.at(0).at(0).toInt(), 20);

        // A redirect is not followed: its own Date is the answer.
        server.answer = "HTTP/1.1 301 Moved Permanently\r\nLocation: https://example.invalid/\r\nDate: " + kServerDate
                        + "\r\nContent-Length: 0\r\n\r\n";
        check.checkAgainst(server.url());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20'000);
        QCOMPARE(finished.at(1).at(0).toInt(), 20);
        QCOMPARE(server.requests, 2);
    }

    void obsoleteDateForms()
    {
        TinyHttpServer server;
        server.answer = "HTTP/1.1 200 OK\r\nDate: Mon Nov 23 08:00:00 2026\r\nContent-Length: 0\r\n\r\n";
        ClockCheck check(nullptr);
        check.setClock([] { return kServerMs + 500; });
        QSignalSpy finished(&check, &ClockCheck::checkFinished);
        check.checkAgainst(server.url());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20'000);
        QCOMPARE(finished.at(0).at(0).toInt(), 0);
    }

    void failsClearly_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no Date header") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
                                        << u"did not say what time it is"_s;
        QTest::newRow("garbage Date") << QByteArray(
            "HTTP/1.1 200 OK\r\nDate: tomorrow-ish\r\nContent-Length: 0\r\n\r\n")
                                      << u"sent a time Tessera cannot read"_s;
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << u"Could not reach 127.0.0.1"_s;
    }
    void failsClearly()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, mentions);
        TinyHttpServer server;
        server.answer = answer;
        ClockCheck check(nullptr);
        QSignalSpy finished(&check, &ClockCheck::checkFinished);
        QSignalSpy failed(&check, &ClockCheck::checkFailed);
        check.checkAgainst(server.url());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20'000);
        QCOMPARE(finished.count(), 0);
        QVERIFY2(failed.at(0).at(0).toString().contains(mentions), qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!check.hasResult());
        QCOMPARE(check.message(), failed.at(0).at(0).toString());
        QVERIFY(!check.checking());
    }

    void nobodyListening()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            port = closed.serverPort();
        } // closed again: connections to the port are refused
        ClockCheck check(nullptr);
        QSignalSpy failed(&check, &ClockCheck::checkFailed);
        check.checkAgainst(QUrl(u"http://127.0.0.1:%1/"_s.arg(port)));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20'000);
        QVERIFY(failed.at(0).at(0).toString().startsWith(u"Could not reach 127.0.0.1"_s));
    }

    void silentServerTimesOut()
    {
        TinyHttpServer server;
        server.silent = true;
        ClockCheck check(nullptr);
        QCOMPARE(ClockCheck::kDefaultTimeoutMs, 10'000);
        check.setTimeoutMs(300); // the program waits 10 s; the test need not
        QSignalSpy finished(&check, &ClockCheck::checkFinished);
        QSignalSpy failed(&check, &ClockCheck::checkFailed);
        check.checkAgainst(server.url());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20'000);
        QVERIFY2(failed.at(0).at(0).toString().contains(u"did not answer within 1 second"_s),
                 qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!check.checking());
        QCOMPARE(server.requests, 1);
        QCOMPARE(finished.count(), 0);
    }

    void newCheckReplacesARunningOne()
    {
        TinyHttpServer slow;
        slow.silent = true;
        TinyHttpServer quick;
        ClockCheck check(nullptr);
        check.setClock([] { return kServerMs + 500; });
        QSignalSpy finished(&check, &ClockCheck::checkFinished);
        QSignalSpy failed(&check, &ClockCheck::checkFailed);
        check.checkAgainst(slow.url());
        QTRY_COMPARE_WITH_TIMEOUT(slow.requests, 1, 20'000);
        check.checkAgainst(quick.url());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20'000);
        // The abandoned check says nothing, now or later (the quick answer was the last event).
        QCOMPARE(failed.count(), 0);
        check.cancel();
        QVERIFY(!check.checking());
    }

    void untrustedCertificateIsExplained()
    {
        // A clock years off makes a site's real certificate look expired or not yet valid; a
        // self-signed one gets the same refusal, and the sentence must point at the date.
        if (!QSslSocket::supportsSsl()) {
            QSKIP("Qt has no TLS backend here");
        }
        TESSERA_REQUIRE_TOOL(openssl, u"openssl"_s);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto made =
            tessera::test::run(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                                         u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-keyout"_s,
                                         dir.filePath(u"key.pem"_s), u"-out"_s, dir.filePath(u"cert.pem"_s)});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(tessera::test::readFile(dir.filePath(u"cert.pem"_s))));
        tls.setPrivateKey(QSslKey(tessera::test::readFile(dir.filePath(u"key.pem"_s)), QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost));

        ClockCheck check(nullptr);
        QSignalSpy finished(&check, &ClockCheck::checkFinished);
        QSignalSpy failed(&check, &ClockCheck::checkFailed);
        check.checkAgainst(QUrl(u"https://127.0.0.1:%1/"_s.arg(server.serverPort())));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20'000);
        QVERIFY2(
            failed.at(0).at(0).toString().contains(u"certificate was not accepted. If this computer's date is wrong"_s),
            qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(finished.count(), 0);
    }

    void realSite()
    {
        // By hand only: TESSERA_CLOCKCHECK_URL=https://… runs one real check and prints it.
        const QString url = qEnvironmentVariable("TESSERA_CLOCKCHECK_URL");
        if (url.isEmpty()) {
            QSKIP("set TESSERA_CLOCKCHECK_URL=https://… to check this computer's clock against a real site");
        }
        ClockCheck check(nullptr);
        QSignalSpy finished(&check, &ClockCheck::checkFinished);
        QSignalSpy failed(&check, &ClockCheck::checkFailed);
        check.checkAgainst(QUrl(url));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, 20'000);
        qInfo("%s", qPrintable(check.message()));
        check.setNtpBus(QDBusConnection::systemBus());
        check.refreshNtpStatus();
        QTest::qWait(2'000); // by hand: long enough for the system bus to answer
        qInfo("%s", qPrintable(check.ntpMessage()));
    }

    void refusesUnsafeAddresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << u"https://www.aliexpress.com"_s << true;
        QTest::newRow("https with path") << u"https://example.com/help"_s << true;
        QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080/"_s << true;
        QTest::newRow("http loopback v6") << u"http://[::1]:8080/"_s << true;
        QTest::newRow("http localhost") << u"http://localhost/"_s << true;
        QTest::newRow("http elsewhere") << u"http://www.aliexpress.com"_s << false;
        QTest::newRow("http LAN") << u"http://192.168.1.1/"_s << false;
        QTest::newRow("ftp") << u"ftp://example.com/"_s << false;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false;
        QTest::newRow("no scheme") << u"www.aliexpress.com"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void refusesUnsafeAddresses()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(ClockCheck::refusalFor(QUrl(url)).isEmpty(), allowed);
        if (allowed) {
            return;
        }
        // Refused at once, without a request.
        ClockCheck check(nullptr);
        QSignalSpy failed(&check, &ClockCheck::checkFailed);
        check.checkAgainst(QUrl(url));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!check.checking());
        QVERIFY(failed.at(0).at(0).toString().contains(u"https://"_s));
    }

    void ntpStatusFromTimedate_data()
    {
        QTest::addColumn<bool>("synchronized");
        QTest::newRow("synchronised") << true;
        QTest::newRow("not synchronised") << false;
    }
    void ntpStatusFromTimedate()
    {
        QFETCH(bool, synchronized);
        if (!onPrivateBus()) {
            QSKIP("needs a private D-Bus session (ctest runs this test under dbus-run-session)");
        }
        QDBusConnection service = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"faketimedate"_s);
        QVERIFY(service.isConnected());
        FakeTimedate timedate;
        timedate.synchronized = synchronized;
        QVERIFY(
            service.registerObject(u"/org/freedesktop/timedate1"_s, &timedate, QDBusConnection::ExportAllProperties));
        QVERIFY(service.registerService(u"org.freedesktop.timedate1"_s));

        ClockCheck check(nullptr);
        QCOMPARE(check.ntpStatus(), ClockCheck::NtpStatus::Unknown); // nothing asked before refresh
        check.setNtpBus(QDBusConnection::sessionBus());
        QSignalSpy changed(&check, &ClockCheck::ntpStatusChanged);
        check.refreshNtpStatus();
        const auto expected =
            synchronized ? ClockCheck::NtpStatus::Synchronized : ClockCheck::NtpStatus::NotSynchronized;
        QTRY_COMPARE_WITH_TIMEOUT(check.ntpStatus(), expected, 20'000);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(check.ntpMessage().contains(u"not being set automatically"_s), !synchronized);

        // The service goes away: unknown again, not a stale answer.
        QVERIFY(service.unregisterService(u"org.freedesktop.timedate1"_s));
        service.unregisterObject(u"/org/freedesktop/timedate1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            !QDBusConnection::sessionBus().interface()->isServiceRegistered(u"org.freedesktop.timedate1"_s).value(),
            20'000);
        check.refreshNtpStatus();
        QTRY_COMPARE_WITH_TIMEOUT(check.ntpStatus(), ClockCheck::NtpStatus::Unknown, 20'000);
        QVERIFY(check.ntpMessage().contains(u"cannot tell"_s));
        QDBusConnection::disconnectFromBus(u"faketimedate"_s);
    }

    void ntpStatusWithoutABus()
    {
        ClockCheck check(nullptr);
        check.setNtpBus(QDBusConnection(u"not-connected"_s)); // a connection that was never made
        QSignalSpy changed(&check, &ClockCheck::ntpStatusChanged);
        check.refreshNtpStatus();
        QCOMPARE(check.ntpStatus(), ClockCheck::NtpStatus::Unknown);
        QCOMPARE(changed.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestClockCheck)
#include "tst_clockcheck.moc"
