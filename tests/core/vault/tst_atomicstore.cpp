// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEnvironment.h"
#include "vault/AtomicStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::vault::AtomicStore;

namespace {

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return "<unreadable>";
    }
    return file.readAll();
}

QStringList entriesOf(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray pattern(qsizetype size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i) {
        bytes[i] = char(seed + i * 31);
    }
    return bytes;
}

/* Restores the umask when a test ends, whatever happens. */
class UmaskScope {
public:
    explicit UmaskScope(mode_t mask)
        : m_previous(::umask(mask))
    {
    }
    ~UmaskScope() { ::umask(m_previous); }
    UmaskScope(const UmaskScope&) = delete;
    UmaskScope& operator=(const UmaskScope&) = delete;

private:
    mode_t m_previous;
};

} // namespace

class TestAtomicStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void overwriteLeavesNothingElse();
    void newFileIsOwnerOnly();
    void overwrittenFileBecomesOwnerOnly();
    void createsMissingFolderOwnerOnly();
    void existingFolderKeepsItsPermissions();
    void readMissingIsNotFound();
    void readLargerThanLimitIsDamaged();
    void readOnlyFolderKeepsOldFile();
    void shortWriteKeepsOldFile();
    void fullDiskKeepsOldFile();
    void syncDirectory();
};

void TestAtomicStore::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"vault.tessera"_s);
    const QByteArray bytes = pattern(100000, 'a');
    const tessera::Result<void> written = AtomicStore::write(path, bytes);
    QVERIFY2(written.hasValue(), written.hasValue() ? "" : qPrintable(written.error().message()));
    tessera::Result<QByteArray> read = AtomicStore::read(path);
    QVERIFY(read.hasValue());
    QCOMPARE(read.value(), bytes);

    // An empty file is a file too (not "missing").
    const QString empty = dir.filePath(u"empty"_s);
    QVERIFY(AtomicStore::write(empty, QByteArrayView()).hasValue());
    tessera::Result<QByteArray> readEmpty = AtomicStore::read(empty);
    QVERIFY(readEmpty.hasValue());
    QVERIFY(readEmpty.value().isEmpty());
}

void TestAtomicStore::overwriteLeavesNothingElse()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"vault.tessera"_s);
    QVERIFY(AtomicStore::write(path, pattern(5000, 'x')).hasValue());
    const QByteArray second = pattern(300, 'y');
    QVERIFY(AtomicStore::write(path, second).hasValue());
    QCOMPARE(contentOf(path), second);
    // No temporary file left beside it after successful saves.
    QCOMPARE(entriesOf(dir.path()), QStringList{u"vault.tessera"_s});
}

void TestAtomicStore::newFileIsOwnerOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // With umask 0, a file created with the usual 0666 would be world-readable and writable.
    const UmaskScope noUmask(0);
    const QString path = dir.filePath(u"vault.tessera"_s);
    QVERIFY(AtomicStore::write(path, "secret-ish").hasValue());
    QCOMPARE(tessera::test::fileMode(path), 0600);
    // AtomicStore restores the process's umask after its own open().
    const mode_t now = ::umask(0);
    QCOMPARE(int(now), 0);
}

void TestAtomicStore::overwrittenFileBecomesOwnerOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"vault.tessera"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old");
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    QCOMPARE(tessera::test::fileMode(path), 0644);
    QVERIFY(AtomicStore::write(path, "new").hasValue());
    QCOMPARE(tessera::test::fileMode(path), 0600); // QSaveFile alone would have copied 0644
    QCOMPARE(contentOf(path), QByteArray("new"));
}

void TestAtomicStore::createsMissingFolderOwnerOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const UmaskScope noUmask(0);
    const QString folder = dir.filePath(u"a/b"_s);
    const QString path = folder + u"/vault.tessera"_s;
    QVERIFY(AtomicStore::write(path, "x").hasValue());
    QCOMPARE(tessera::test::fileMode(folder), 0700);
    QCOMPARE(contentOf(path), QByteArray("x"));
}

void TestAtomicStore::existingFolderKeepsItsPermissions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
    QVERIFY(AtomicStore::write(dir.filePath(u"vault.tessera"_s), "x").hasValue());
    QCOMPARE(tessera::test::fileMode(dir.path()), 0755); // the user's folder is not ours to change
}

void TestAtomicStore::readMissingIsNotFound()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"nothing.tessera"_s);
    const tessera::Result<QByteArray> read = AtomicStore::read(path);
    QVERIFY(!read.hasValue());
    QCOMPARE(read.error().code(), ErrorCode::NotFound);
    QVERIFY2(read.error().message().contains(path), qPrintable(read.error().message()));
}

void TestAtomicStore::readLargerThanLimitIsDamaged()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"vault.tessera"_s);
    QVERIFY(AtomicStore::write(path, pattern(11, 'q')).hasValue());
    const tessera::Result<QByteArray> tooLarge = AtomicStore::read(path, 10);
    QVERIFY(!tooLarge.hasValue());
    QCOMPARE(tooLarge.error().code(), ErrorCode::Damaged);
    const tessera::Result<QByteArray> exact = AtomicStore::read(path, 11);
    QVERIFY(exact.hasValue());
    QCOMPARE(exact.value().size(), 11);
    // A directory is neither missing nor readable as a file.
    const tessera::Result<QByteArray> folder = AtomicStore::read(dir.path());
    QVERIFY(!folder.hasValue());
    QVERIFY(folder.error().code() != ErrorCode::NotFound);
}

void TestAtomicStore::readOnlyFolderKeepsOldFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"locked"_s);
    QVERIFY(QDir().mkdir(folder));
    const QString path = folder + u"/vault.tessera"_s;
    const QByteArray old = pattern(2000, 'o');
    QVERIFY(AtomicStore::write(path, old).hasValue());

    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0500) == 0);
    bool immutable = false;
    const auto canCreateIn = [&folder] {
        QFile probe(folder + u"/probe"_s);
        const bool created = probe.open(QIODevice::WriteOnly);
        if (created) {
            probe.remove();
        }
        return created;
    };
    if (canCreateIn()) {
        // root ignores the mode bits; the immutable attribute stops root too (ext4, xfs, btrfs).
        const QString chattr = tessera::test::findTool(u"chattr"_s);
        if (!chattr.isEmpty() && tessera::test::run(chattr, {u"+i"_s, folder}).exitCode == 0) {
            immutable = true;
        }
        if (canCreateIn()) {
            if (immutable) {
                tessera::test::run(chattr, {u"-i"_s, folder});
            }
            ::chmod(QFile::encodeName(folder).constData(), 0700);
            QSKIP("cannot make a read-only folder here (running as root on a file system without chattr +i)");
        }
    }
    const tessera::Result<void> written = AtomicStore::write(path, pattern(3000, 'n'));
    if (immutable) {
        tessera::test::run(tessera::test::findTool(u"chattr"_s), {u"-i"_s, folder});
    }
    ::chmod(QFile::encodeName(folder).constData(), 0700);

    QVERIFY(!written.hasValue());
    QCOMPARE(written.error().code(), ErrorCode::Io);
    const QString message = written.error().message();
    qInfo("read-only folder: %s", qPrintable(message));
    QVERIFY2(message.startsWith(u"Could not save "_s + path + u": "_s), qPrintable(message));
    QVERIFY2(message.endsWith(u'.'), qPrintable(message));
    QCOMPARE(contentOf(path), old);
    QCOMPARE(entriesOf(folder), QStringList{u"vault.tessera"_s});
}

void TestAtomicStore::shortWriteKeepsOldFile()
{
    // RLIMIT_FSIZE injects a write failure portably: with SIGXFSZ ignored, a write past the limit
    // is cut short and the next one fails with EFBIG. QSaveFile reports the short write without
    // an error, so this also checks that AtomicStore insists on every byte.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"vault.tessera"_s);
    const QByteArray old = pattern(4000, 'o');
    QVERIFY(AtomicStore::write(path, old).hasValue());

    struct rlimit previous {};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &previous) == 0);
    struct rlimit limited = previous;
    limited.rlim_cur = 64 * 1024;
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
    const tessera::Result<void> written = AtomicStore::write(path, pattern(200 * 1024, 'n'));
    ::setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!written.hasValue());
    QCOMPARE(written.error().code(), ErrorCode::Io);
    const QString message = written.error().message();
    qInfo("file size limit: %s", qPrintable(message));
    QCOMPARE(message, u"Could not save %1: File too large."_s.arg(path));
    QCOMPARE(contentOf(path), old);
    QCOMPARE(entriesOf(dir.path()), QStringList{u"vault.tessera"_s});
}

void TestAtomicStore::fullDiskKeepsOldFile()
{
    // A real ENOSPC: a 64 KiB tmpfs. Needs the right to mount (root or CAP_SYS_ADMIN).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray mountPoint = QFile::encodeName(dir.path());
    if (::mount("tessera-test", mountPoint.constData(), "tmpfs", MS_NOSUID | MS_NODEV, "size=64k,mode=0700") != 0) {
        QSKIP(qPrintable(u"cannot mount a small tmpfs to fill (%1); the RLIMIT_FSIZE test covers a failing write"_s.arg(
            QString::fromLocal8Bit(strerror(errno)))));
    }
    const QString path = dir.filePath(u"vault.tessera"_s);
    const QByteArray old = pattern(20 * 1024, 'o');
    const tessera::Result<void> first = AtomicStore::write(path, old);
    const tessera::Result<void> second = AtomicStore::write(path, pattern(60 * 1024, 'n'));
    const QByteArray after = contentOf(path);
    const QStringList entries = entriesOf(dir.path());
    ::umount2(mountPoint.constData(), MNT_DETACH);

    QVERIFY(first.hasValue());
    QVERIFY(!second.hasValue());
    QCOMPARE(second.error().code(), ErrorCode::Io);
    qInfo("full disk: %s", qPrintable(second.error().message()));
    QCOMPARE(second.error().message(), u"Could not save %1: No space left on device."_s.arg(path));
    QCOMPARE(after, old);
    QCOMPARE(entries, QStringList{u"vault.tessera"_s});
}

void TestAtomicStore::syncDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(AtomicStore::syncDirectory(dir.path()).hasValue());
    const tessera::Result<void> missing = AtomicStore::syncDirectory(dir.filePath(u"absent"_s));
    QVERIFY(!missing.hasValue());
    QCOMPARE(missing.error().code(), ErrorCode::Io);
    // A file is not a folder (O_DIRECTORY).
    QVERIFY(AtomicStore::write(dir.filePath(u"f"_s), "x").hasValue());
    QVERIFY(!AtomicStore::syncDirectory(dir.filePath(u"f"_s)).hasValue());
}

QTEST_GUILESS_MAIN(TestAtomicStore)
#include "tst_atomicstore.moc"
