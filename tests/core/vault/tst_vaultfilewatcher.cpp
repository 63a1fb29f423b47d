// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/AtomicStore.h"
#include "vault/VaultFileWatcher.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::vault::AtomicStore;
using tessera::vault::VaultFileWatcher;

namespace {

constexpr int kDebounceMs = 150;
// Long enough for inotify delivery plus the debounce, with room for a loaded CI machine. Used
// only to wait for a signal that should come, or to give one that should not every chance to.
constexpr int kSettleMs = kDebounceMs + 600;

/* How a sync tool replaces a file: a new file under another name, renamed over the old one. */
bool replaceExternally(const QString& path, const QByteArray& bytes)
{
    const QString temporary = path + u".sync-tmp"_s;
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        return false;
    }
    file.close();
    return std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) == 0;
}

/* How some editors and tools write: into the same inode. */
bool rewriteInPlace(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        return false;
    }
    return true;
}

} // namespace

class TestVaultFileWatcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void externalReplaceSignalsOnce();
    void ownSaveIsNotAChange();
    void sameContentIsNotAChange();
    void quickChangesAreDebounced();
    void stillWatchingAfterManyReplacements();
    void deletedThenRecreated();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestVaultFileWatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"vault.tessera"_s);
    QVERIFY(AtomicStore::write(m_path, "version 1").hasValue());
}

void TestVaultFileWatcher::externalReplaceSignalsOnce()
{
    VaultFileWatcher watcher(m_path);
    watcher.setDebounceInterval(kDebounceMs);
    QCOMPARE(watcher.knownDigest(), VaultFileWatcher::digestOf("version 1"));
    QSignalSpy spy(&watcher, &VaultFileWatcher::changedOnDisk);
    QVERIFY(replaceExternally(m_path, "version 2"));
    QVERIFY(spy.wait(kSettleMs));
    QTest::qWait(kSettleMs);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(watcher.knownDigest(), VaultFileWatcher::digestOf("version 2"));
}

void TestVaultFileWatcher::ownSaveIsNotAChange()
{
    VaultFileWatcher watcher(m_path);
    watcher.setDebounceInterval(kDebounceMs);
    QSignalSpy spy(&watcher, &VaultFileWatcher::changedOnDisk);
    const QByteArray ours = "version 2, saved by us";
    watcher.setKnownDigest(VaultFileWatcher::digestOf(ours));
    QVERIFY(AtomicStore::write(m_path, ours).hasValue());
    QTest::qWait(kSettleMs);
    QCOMPARE(spy.count(), 0);
    // … and the watch survived our rename: an external change after it is still seen.
    QVERIFY(rewriteInPlace(m_path, "version 3"));
    QVERIFY(spy.wait(kSettleMs));
    QCOMPARE(spy.count(), 1);
}

void TestVaultFileWatcher::sameContentIsNotAChange()
{
    VaultFileWatcher watcher(m_path);
    watcher.setDebounceInterval(kDebounceMs);
    QSignalSpy spy(&watcher, &VaultFileWatcher::changedOnDisk);
    QVERIFY(replaceExternally(m_path, "version 1")); // a sync tool re-downloading the same bytes
    QTest::qWait(kSettleMs);
    QCOMPARE(spy.count(), 0);
}

void TestVaultFileWatcher::quickChangesAreDebounced()
{
    VaultFileWatcher watcher(m_path);
    watcher.setDebounceInterval(kDebounceMs);
    QSignalSpy spy(&watcher, &VaultFileWatcher::changedOnDisk);
    QVERIFY(replaceExternally(m_path, "version 2"));
    QTest::qWait(20);
    QVERIFY(rewriteInPlace(m_path, "version 3"));
    QTest::qWait(20);
    QVERIFY(replaceExternally(m_path, "version 4"));
    QVERIFY(spy.wait(kSettleMs));
    QTest::qWait(kSettleMs);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(watcher.knownDigest(), VaultFileWatcher::digestOf("version 4"));
}

void TestVaultFileWatcher::stillWatchingAfterManyReplacements()
{
    VaultFileWatcher watcher(m_path);
    watcher.setDebounceInterval(kDebounceMs);
    QSignalSpy spy(&watcher, &VaultFileWatcher::changedOnDisk);
    for (int i = 2; i <= 4; ++i) {
        QVERIFY(replaceExternally(m_path, "version " + QByteArray::number(i)));
        QVERIFY2(spy.wait(kSettleMs), qPrintable(u"replacement %1 not noticed"_s.arg(i)));
        QCOMPARE(spy.count(), i - 1);
    }
    // The folder watch does not report writes inside a file; only a file watch, re-added on the
    // new inode after each rename, sees this one.
    QVERIFY(rewriteInPlace(m_path, "version 5"));
    QVERIFY(spy.wait(kSettleMs));
    QCOMPARE(spy.count(), 4);
}

void TestVaultFileWatcher::deletedThenRecreated()
{
    VaultFileWatcher watcher(m_path);
    watcher.setDebounceInterval(kDebounceMs);
    QSignalSpy spy(&watcher, &VaultFileWatcher::changedOnDisk);
    QVERIFY(QFile::remove(m_path));
    QTest::qWait(kSettleMs);
    QCOMPARE(spy.count(), 0); // nothing to reload from
    QVERIFY(AtomicStore::write(m_path, "version 2").hasValue());
    QVERIFY(spy.wait(kSettleMs));
    QCOMPARE(spy.count(), 1);
    // Watched again after the recreation.
    QVERIFY(rewriteInPlace(m_path, "version 3"));
    QVERIFY(spy.wait(kSettleMs));
    QCOMPARE(spy.count(), 2);
}

QTEST_GUILESS_MAIN(TestVaultFileWatcher)
#include "tst_vaultfilewatcher.moc"
