// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// SECURITY.md S7: a writer SIGKILLed at random moments during saves never leaves a torn, missing
// or unexpected file. The helper (crash_writer) saves versions 1, 2, 3, … through
// AtomicStore::write and reports each save that returned; after every kill the file must hold
// exactly the last reported version ("old": the interrupted save left no trace) or the one after
// it ("new": the interrupted save had renamed its file but not yet reported).
//
// Each writer is a fresh process forked by crash_writer (`serve`), so every round starts from
// what is on disk, as a restarted Tessera would.
//
// A SIGKILL is not a power cut: it checks the write/rename protocol (no torn file at any
// instant), not the fsyncs, which only matter when the kernel itself stops.
#include "CrashPayload.h"
#include "HelperProcess.h"
#include "vault/AtomicStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Qt::Literals::StringLiterals;
using tessera::test::HelperProcess;
using tessera::vault::AtomicStore;

class TestCrashSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void payloadDetectsDamage();
    void randomKillsNeverTearTheFile();
};

void TestCrashSafety::payloadDetectsDamage()
{
    // The checker must be able to fail: a torn or bit-flipped file is not a version.
    const QByteArray v7 = tessera::test::crash::payload(7);
    QCOMPARE(tessera::test::crash::versionOf(v7), std::optional<quint64>(7));
    QVERIFY(!tessera::test::crash::versionOf(v7.left(v7.size() - 1)));
    QVERIFY(!tessera::test::crash::versionOf(v7.left(v7.size() / 2) + QByteArray(v7.size() - v7.size() / 2, '\0')));
    QByteArray flipped = v7;
    flipped[flipped.size() - 10] = char(flipped[flipped.size() - 10] ^ 1);
    QVERIFY(!tessera::test::crash::versionOf(flipped));
    QVERIFY(!tessera::test::crash::versionOf(QByteArray()));
    // Version 8 relabelled as 7 is consistent in itself but not version 7.
    QByteArray relabelled = tessera::test::crash::payload(8);
    relabelled.replace("v=8 ", "v=7 ");
    QVERIFY(!tessera::test::crash::versionOf(relabelled));
}

void TestCrashSafety::randomKillsNeverTearTheFile()
{
    if (tessera::test::crashWriterPath().isEmpty()) {
        QFAIL("crash_writer was not built next to the tests (TESSERA_TEST_BIN_DIR)");
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"vault.tessera"_s);

    const int goal =
        qEnvironmentVariableIsSet("TESSERA_CRASH_KILLS") ? qEnvironmentVariableIntValue("TESSERA_CRASH_KILLS") : 1000;
    // All 1,000 kills when they fit in about a minute (measured after the first 100); on a slower
    // machine (sanitizers, a loaded CI runner) as many as fit in 45 s, with the count printed.
    // Only correctness is asserted, never speed.
    constexpr int kProbeKills = 100;
    constexpr qint64 kFullRunLimitMs = 60000;
    qint64 budgetMs = 45000;
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    qInfo("crash harness: seed %u, goal %d kills", seed, goal);

    quint64 onDisk = 0; // version in the file after the previous kill (0: no file yet)
    int kills = 0;
    int oldOutcomes = 0;        // the interrupted save left no trace
    int newOutcomes = 0;        // the interrupted save had replaced the file
    int killedBeforeWrite = 0;  // killed before the first save of that run began to matter
    quint64 committedTotal = 0; // saves reported as done, over all runs
    QElapsedTimer clock;
    clock.start();
    // One helper process forks a fresh writer for each round (see crash_writer.cpp `serve`).
    HelperProcess server;
    QVERIFY(server.start({u"serve"_s, path}));
    while (kills < goal && clock.elapsed() < budgetMs) {
        if (kills == kProbeKills && clock.elapsed() * goal / kProbeKills <= kFullRunLimitMs) {
            budgetMs = kFullRunLimitMs + 15000; // on track for all of them: let them finish
        }
        QVERIFY(server.send("run"));
        const QString child = server.waitForLine(u"child "_s);
        const QString start = server.waitForLine(u"start "_s);
        if (child.isNull() || start.isNull()) {
            QFAIL(qPrintable(u"the writer did not start: "_s + server.kill().join(u" | "_s)));
        }
        // It reads the file it continues from: it must agree with what we saw.
        QCOMPARE(start.toULongLong(), onDisk);

        QThread::usleep(random.bounded(30001)); // 0–30 ms into the save loop
        QCOMPARE(::kill(pid_t(child.toLongLong()), SIGKILL), 0);
        const std::optional<QStringList> lines = server.linesUntil(u"reaped "_s + child);
        QVERIFY2(lines.has_value(), qPrintable(server.lines().join(u" | "_s)));
        ++kills;

        quint64 lastCommitted = onDisk;
        for (const QString& line : *lines) {
            QVERIFY2(!line.startsWith(u"error"_s), qPrintable(line));
            if (line.startsWith(u"committed "_s)) {
                const quint64 v = line.mid(10).toULongLong();
                QCOMPARE(v, lastCommitted + 1); // the writer saves 1, 2, 3, … without gaps
                lastCommitted = v;
                ++committedTotal;
            }
        }

        if (!QFileInfo::exists(path)) {
            // Only possible while nothing has ever been saved.
            QVERIFY2(lastCommitted == 0,
                     qPrintable(u"after kill %1 the file is missing although version %2 was saved"_s.arg(kills).arg(
                         lastCommitted)));
            ++killedBeforeWrite;
            continue;
        }
        tessera::Result<QByteArray> bytes = AtomicStore::read(path);
        QVERIFY2(bytes.hasValue(), qPrintable(u"after kill %1: %2"_s.arg(kills).arg(
                                       bytes.hasValue() ? QString() : bytes.error().message())));
        const std::optional<quint64> version = tessera::test::crash::versionOf(bytes.value());
        QVERIFY2(version.has_value(),
                 qPrintable(u"after kill %1 the file is torn or damaged (%2 bytes; last saved version %3)"_s.arg(kills)
                                .arg(bytes.value().size())
                                .arg(lastCommitted)));
        if (*version == lastCommitted) {
            ++oldOutcomes;
        } else if (*version == lastCommitted + 1) {
            ++newOutcomes;
        } else {
            QFAIL(qPrintable(
                u"after kill %1 the file holds version %2, but the last saved one is %3"_s.arg(kills).arg(*version).arg(
                    lastCommitted)));
        }
        onDisk = *version;
    }

    // What a kill can leave besides the file: QSaveFile writes into an unnamed O_TMPFILE (gone
    // with the process), but to replace an existing file it first links it under a temporary
    // name `vault.tessera.XXXXXX` and then renames it; a kill between the two leaves that name.
    // Each such leftover must be a complete version (it is linked only after all bytes are
    // written), never a partial file, and nothing else may appear.
    const QRegularExpression saveFileTemp(u"^vault\\.tessera\\.[A-Za-z0-9]{6}$"_s);
    int strays = 0;
    const QStringList names = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& name : names) {
        if (name == u"vault.tessera"_s) {
            continue;
        }
        QVERIFY2(saveFileTemp.match(name).hasMatch(), qPrintable(u"unexpected file left behind: "_s + name));
        tessera::Result<QByteArray> stray = AtomicStore::read(dir.filePath(name));
        QVERIFY(stray.hasValue());
        QVERIFY2(tessera::test::crash::versionOf(stray.value()).has_value(),
                 qPrintable(u"leftover temporary file %1 is not a complete version"_s.arg(name)));
        ++strays;
    }

    qInfo("crash harness: %d SIGKILLs in %lld ms; outcomes: %d old, %d new, %d before the first save; "
          "%llu saves reported done; final version %llu; %d QSaveFile temporary files left (all complete)",
          kills, qint64(clock.elapsed()), oldOutcomes, newOutcomes, killedBeforeWrite, committedTotal, onDisk, strays);
    if (kills < goal) {
        qWarning("crash harness: only %d of %d kills fitted in the time budget", kills, goal);
    }
    QCOMPARE(oldOutcomes + newOutcomes + killedBeforeWrite, kills);
    QVERIFY2(onDisk > 0, "no save ever completed: the harness did not exercise anything");
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
