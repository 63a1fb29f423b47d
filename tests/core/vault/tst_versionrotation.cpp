// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/AtomicStore.h"
#include "vault/VersionRotation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "TestEnvironment.h"

using namespace Qt::Literals::StringLiterals;
using tessera::vault::AtomicStore;
using tessera::vault::VersionRotation;

namespace {

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

QByteArray state(int i)
{
    return "vault state " + QByteArray::number(i) + QByteArray(100 * i, char('a' + i));
}

} // namespace

class TestVersionRotation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keepsExactlyTheNewest();
    void namesAreUniqueAndOrderedWithinOneSecond();
    void clockGoingBackwardsKeepsOrder();
    void noCurrentFileNothingPreserved();
    void folderAndCopiesAreOwnerOnly();
    void otherVaultsCopiesAreLeftAlone();
    void failureIsReported();
};

void TestVersionRotation::keepsExactlyTheNewest()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"vault.tessera"_s);
    VersionRotation rotation(path, 3);
    QCOMPARE(rotation.directory(), dir.filePath(u"versions"_s));
    // The save sequence the Vault follows: preserve what is there, then write the new state.
    for (int i = 1; i <= 6; ++i) {
        const tessera::Result<void> preserved = rotation.preserveCurrent();
        QVERIFY2(preserved.hasValue(), preserved.hasValue() ? "" : qPrintable(preserved.error().message()));
        QVERIFY(AtomicStore::write(path, state(i)).hasValue());
    }
    // States 1–5 were preserved (6 is the current file); the newest three are kept.
    const QList<VersionRotation::Version> versions = rotation.versions();
    QCOMPARE(versions.size(), 3);
    QCOMPARE(contentOf(versions.at(0).path), state(5));
    QCOMPARE(contentOf(versions.at(1).path), state(4));
    QCOMPARE(contentOf(versions.at(2).path), state(3));
    QCOMPARE(QDir(rotation.directory()).entryList(QDir::Files | QDir::Hidden).size(), 3);
    QCOMPARE(contentOf(path), state(6));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const VersionRotation::Version& v : versions) {
        QCOMPARE(v.savedAt.timeSpec(), Qt::UTC);
        QVERIFY2(qAbs(v.savedAt.secsTo(now)) < 60, qPrintable(v.savedAt.toString(Qt::ISODateWithMs)));
    }
}

void TestVersionRotation::namesAreUniqueAndOrderedWithinOneSecond()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"vault.tessera"_s);
    VersionRotation rotation(path, 100);
    constexpr int kCopies = 30;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < kCopies; ++i) {
        QVERIFY(AtomicStore::write(path, state(i)).hasValue());
        QVERIFY(rotation.preserveCurrent().hasValue());
    }
    qInfo("%d copies in %lld ms", kCopies, qint64(clock.elapsed()));
    const QList<VersionRotation::Version> versions = rotation.versions();
    QCOMPARE(versions.size(), kCopies);
    const QRegularExpression name(u"^vault-\\d{8}T\\d{6}\\.\\d{3}Z-[0-9a-f]{6}\\.tessera$"_s);
    QSet<QString> paths;
    for (int i = 0; i < versions.size(); ++i) {
        const QString fileName = QFileInfo(versions.at(i).path).fileName();
        QVERIFY2(name.match(fileName).hasMatch(), qPrintable(fileName));
        paths.insert(versions.at(i).path);
        // Newest first, strictly (time stamps never repeat), and each copy is the state it was
        // taken from: position i holds the state written (kCopies - 1 - i)-th.
        if (i > 0) {
            QVERIFY(versions.at(i).savedAt < versions.at(i - 1).savedAt);
            QVERIFY(fileName < QFileInfo(versions.at(i - 1).path).fileName()); // name order = time order
        }
        QCOMPARE(contentOf(versions.at(i).path), state(kCopies - 1 - i));
    }
    QCOMPARE(paths.size(), kCopies);
}

void TestVersionRotation::clockGoingBackwardsKeepsOrder()
{
    // A copy stamped an hour ahead (the clock was wrong, then corrected): the next copy must
    // still sort as the newest, or pruning would delete it first.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"vault.tessera"_s);
    const QDateTime ahead = QDateTime::currentDateTimeUtc().addSecs(3600);
    const QString aheadName = u"versions/vault-"_s + ahead.toString(u"yyyyMMdd'T'HHmmss.zzz"_s) + u"Z-000000.tessera"_s;
    QVERIFY(AtomicStore::write(dir.filePath(aheadName), state(0)).hasValue());
    QVERIFY(AtomicStore::write(path, state(1)).hasValue());
    VersionRotation rotation(path, 1);
    QVERIFY(rotation.preserveCurrent().hasValue());
    const QList<VersionRotation::Version> versions = rotation.versions();
    QCOMPARE(versions.size(), 1);
    QCOMPARE(contentOf(versions.first().path), state(1));
    QCOMPARE(versions.first().savedAt, ahead.addMSecs(1));
}

void TestVersionRotation::noCurrentFileNothingPreserved()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    VersionRotation rotation(dir.filePath(u"vault.tessera"_s));
    QVERIFY(rotation.preserveCurrent().hasValue());
    QVERIFY(rotation.versions().isEmpty());
    QVERIFY(!QFileInfo::exists(rotation.directory()));
}

void TestVersionRotation::folderAndCopiesAreOwnerOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const mode_t previous = ::umask(0);
    const QString path = dir.filePath(u"vault.tessera"_s);
    VersionRotation rotation(path);
    const bool written = AtomicStore::write(path, state(1)).hasValue();
    const bool preserved = rotation.preserveCurrent().hasValue();
    ::umask(previous);
    QVERIFY(written);
    QVERIFY(preserved);
    QCOMPARE(tessera::test::fileMode(rotation.directory()), 0700);
    QCOMPARE(rotation.versions().size(), 1);
    QCOMPARE(tessera::test::fileMode(rotation.versions().first().path), 0600);
}

void TestVersionRotation::otherVaultsCopiesAreLeftAlone()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"vault.tessera"_s);
    const QString other = dir.filePath(u"versions/work-20200101T000000.000Z-abcdef.tessera"_s);
    QVERIFY(AtomicStore::write(other, "other vault").hasValue());
    QVERIFY(AtomicStore::write(dir.filePath(u"versions/notes.txt"_s), "mine").hasValue());
    VersionRotation rotation(path, 1);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(AtomicStore::write(path, state(i)).hasValue());
        QVERIFY(rotation.preserveCurrent().hasValue());
    }
    QCOMPARE(rotation.versions().size(), 1);
    QCOMPARE(contentOf(rotation.versions().first().path), state(2));
    QCOMPARE(contentOf(other), QByteArray("other vault"));
    QVERIFY(QFileInfo::exists(dir.filePath(u"versions/notes.txt"_s)));
    QCOMPARE(VersionRotation(dir.filePath(u"work.tessera"_s)).versions().size(), 1);
}

void TestVersionRotation::failureIsReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"vault.tessera"_s);
    QVERIFY(AtomicStore::write(path, state(1)).hasValue());
    // A file where the versions folder should be: nowhere to put the copy.
    QVERIFY(AtomicStore::write(dir.filePath(u"versions"_s), "in the way").hasValue());
    VersionRotation rotation(path);
    const tessera::Result<void> preserved = rotation.preserveCurrent();
    QVERIFY(!preserved.hasValue());
    QCOMPARE(preserved.error().code(), tessera::ErrorCode::Io);
    qInfo("%s", qPrintable(preserved.error().message()));
    QVERIFY(preserved.error().message().startsWith(u"Could not keep a copy of the vault before saving."_s));
    QCOMPARE(contentOf(path), state(1));
}

QTEST_GUILESS_MAIN(TestVersionRotation)
#include "tst_versionrotation.moc"
