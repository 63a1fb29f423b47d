// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Starts the real desktop program offscreen and checks that its QML loads and it keeps
// running: a missing QML runtime package ("module … is not installed") or a broken Main.qml
// makes it exit or complain at once, which no compile step catches.
#include "TestEnvironment.h"

#include <QDir>
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestStartup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startsAndStaysUp();
};

void TestStartup::startsAndStaysUp()
{
    const QString program = tessera::test::binaryDir() + u"/tessera"_s;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"QT_QUICK_BACKEND"_s, u"software"_s);
    environment.insert(u"HOME"_s, QDir::tempPath());
    process.setProcessEnvironment(environment);
    process.start(program, {});
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    // Still running after 3 s means the window was created and the event loop is up.
    QVERIFY2(!process.waitForFinished(3000), qPrintable(u"tessera exited early (code %1): %2"_s.arg(process.exitCode())
                                                            .arg(QString::fromUtf8(process.readAllStandardError()))));
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    for (const QString& marker : {u"is not installed"_s, u"failed to load"_s, u"Error"_s, u"ReferenceError"_s,
                                  u"TypeError"_s, u"Cannot assign"_s, u"Unable to assign"_s}) {
        QVERIFY2(!errors.contains(marker), qPrintable(u"QML reported a problem: "_s + errors));
    }
}

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
