// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;
using tessera::SingleInstance;

namespace {

const QString TotpLink = u"otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example"_s;
const QString MigrationLink =
    u"otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGEV4YW1wbGUlM0FhbGljZSU0MGdvb2dsZS5jb20aB0V4YW1wbGUgASgBMAIQARgBIAA%3D"_s;

} // namespace

class TestSingleInstance : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    // A socket path of its own for each test, in a private folder (short enough for sun_path).
    QString freshName() { return m_dir.filePath(u"s%1"_s.arg(++m_counter)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void linksInKeepsOnlyOtpauthLinks()
    {
        const QStringList arguments{u"/usr/bin/tessera"_s,
                                    u"--verbose"_s,
                                    TotpLink,
                                    u"https://example.com"_s,
                                    u"OTPAUTH://totp/X?secret=AAAA"_s,
                                    MigrationLink,
                                    u"/home/alice/notes.txt"_s,
                                    u"otpauth://totp/A?secret=AAAA\nrm -rf"_s};
        QCOMPARE(SingleInstance::linksIn(arguments),
                 (QStringList{TotpLink, u"OTPAUTH://totp/X?secret=AAAA"_s, MigrationLink}));
        const QString tooLong = u"otpauth://totp/A?secret="_s + QString(SingleInstance::MaxLinkLength, u'A');
        QVERIFY(SingleInstance::linksIn({tooLong}).isEmpty());
        QStringList many;
        for (int i = 0; i < SingleInstance::MaxLinks + 3; ++i) {
            many.append(u"otpauth://totp/A%1?secret=AAAA"_s.arg(i));
        }
        QCOMPARE(SingleInstance::linksIn(many).size(), SingleInstance::MaxLinks);
    }

    void firstInstanceListens()
    {
        SingleInstance first(freshName());
        QVERIFY(!first.tryHandOver({}));
        QVERIFY(first.isListening());
        QVERIFY(QFile::exists(first.serverName()));
    }

    void secondInstanceHandsOverItsLink()
    {
        const QString name = freshName();
        SingleInstance first(name);
        QVERIFY(!first.tryHandOver({u"tessera"_s}));
        QSignalSpy activated(&first, &SingleInstance::activated);
        QSignalSpy links(&first, &SingleInstance::linkReceived);

        SingleInstance second(name);
        QVERIFY(second.tryHandOver({u"tessera"_s, TotpLink, MigrationLink}));
        QVERIFY(!second.isListening());

        QTRY_COMPARE_WITH_TIMEOUT(links.size(), 2, 10000);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(links.at(0).at(0).toString(), TotpLink);
        QCOMPARE(links.at(1).at(0).toString(), MigrationLink);
    }

    void otherArgumentsOnlyRaiseTheWindow()
    {
        const QString name = freshName();
        SingleInstance first(name);
        QVERIFY(!first.tryHandOver({}));
        QSignalSpy activated(&first, &SingleInstance::activated);
        QSignalSpy links(&first, &SingleInstance::linkReceived);

        SingleInstance second(name);
        QVERIFY(second.tryHandOver({u"tessera"_s, u"https://evil.example/otpauth://totp/X"_s, u"--help"_s}));

        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, 10000);
        QCOMPARE(links.size(), 0);
    }

    void garbageOnTheSocketIsIgnored()
    {
        const QString name = freshName();
        SingleInstance first(name);
        QVERIFY(!first.tryHandOver({}));
        QSignalSpy activated(&first, &SingleInstance::activated);
        QSignalSpy links(&first, &SingleInstance::linkReceived);

        // Wrong header, then a message cut short before its end marker: neither does anything.
        for (const QByteArray& message : {QByteArray("hello\n" + TotpLink.toUtf8() + "\n\n"),
                                          QByteArray("tessera-handover 1\n" + TotpLink.toUtf8() + "\n")}) {
            QLocalSocket socket;
            socket.connectToServer(name);
            QVERIFY(socket.waitForConnected(5000));
            socket.write(message);
            QVERIFY(socket.waitForBytesWritten(5000));
            socket.disconnectFromServer();
        }
        // A well-formed hand-over after them still works, so the first two were really seen.
        SingleInstance second(name);
        QVERIFY(second.tryHandOver({TotpLink}));
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, 10000);
        QCOMPARE(links.size(), 1);
        QTest::qWait(50);
        QCOMPARE(activated.size(), 1);
    }

    void staleSocketIsRecovered()
    {
#ifdef Q_OS_UNIX
        // What a crash leaves: a bound socket file nobody listens on.
        const QString name = freshName();
        const QByteArray path = QFile::encodeName(name);
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
        std::copy(path.cbegin(), path.cend(), address.sun_path);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(QFile::exists(name));

        SingleInstance first(name);
        QVERIFY(!first.tryHandOver({TotpLink}));
        QVERIFY(first.isListening());
        QSignalSpy links(&first, &SingleInstance::linkReceived);
        SingleInstance second(name);
        QVERIFY(second.tryHandOver({TotpLink}));
        QTRY_COMPARE_WITH_TIMEOUT(links.size(), 1, 10000);
#else
        QSKIP("stale socket files are a Unix matter");
#endif
    }

    void socketIsPrivateToTheUser()
    {
#ifdef Q_OS_UNIX
        SingleInstance first(freshName());
        QVERIFY(!first.tryHandOver({}));
        const int mode = tessera::test::fileMode(first.serverName());
        QVERIFY2(mode >= 0, "socket file missing");
        QCOMPARE(mode & 0077, 0);
#else
        QSKIP("file modes are a Unix matter");
#endif
    }

    void defaultNameIsPerUserAndStable()
    {
        const QString name = SingleInstance::defaultServerName();
        QCOMPARE(name, SingleInstance::defaultServerName());
        QVERIFY(QFileInfo(name).fileName().startsWith(u"tessera-"_s));
#ifdef Q_OS_UNIX
        QVERIFY(QDir::isAbsolutePath(name));
#endif
    }

    void secondProcessHandsOver()
    {
        const QString helper = tessera::test::binaryDir() + u"/tessera_singleinstance_helper"_s;
        if (!QFile::exists(helper)) {
            QSKIP(qPrintable(u"helper %1 not built"_s.arg(helper)));
        }
        const QString name = freshName();
        SingleInstance first(name);
        QVERIFY(!first.tryHandOver({}));
        QSignalSpy activated(&first, &SingleInstance::activated);
        QSignalSpy links(&first, &SingleInstance::linkReceived);

        // The helper does not need us to answer, so running it to completion here is safe.
        const auto result = tessera::test::run(helper, {name, TotpLink, u"--ignored"_s});
        QVERIFY(result.started);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(!result.err.contains("JBSWY3DPEHPK3PXP"), "the link must not be logged");
        QTRY_COMPARE_WITH_TIMEOUT(links.size(), 1, 10000);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(links.at(0).at(0).toString(), TotpLink);

        // With nobody listening, the helper becomes the first instance.
        const auto alone = tessera::test::run(helper, {freshName(), TotpLink});
        QCOMPARE(alone.exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
