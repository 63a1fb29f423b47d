// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Automatic backups: after a change (debounced) an encrypted backup appears in the chosen
// folder, opens with the backup password (and only with it), holds the current accounts, and
// only the newest N of Tessera's own backup files are kept.
#include "vault/AutomaticBackup.h"

#include "ExpectedAccount.h"
#include "interop/TesseraBackupImporter.h"
#include "keychain/MemorySecretStore.h"
#include "vault/AtomicStore.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::crypto::SecureBytes;
using tessera::vault::AutomaticBackup;
using tessera::vault::Vault;

namespace {

SecureBytes password(const char* text)
{
    return SecureBytes::copyOf(text, qstrlen(text));
}

QStringList backupsIn(const QString& folder)
{
    return QDir(folder).entryList({u"tessera-backup-*.tessera"_s}, QDir::Files, QDir::Name);
}

} // namespace

class TestAutomaticBackup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void offUntilEnabled();
    void debouncedBackupOpensWithItsPassword();
    void keepsTheNewestOnly();
    void headerOfAnotherVaultIsRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    tessera::keychain::MemorySecretStore m_keychain;
    std::optional<Vault> m_vault;
    QString m_folder;
};

void TestAutomaticBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto vault = Vault::create(m_dir->filePath(u"vault.tessera"_s), {&m_keychain, std::nullopt, {}});
    QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message()));
    m_vault.emplace(std::move(vault).value());
    m_vault->content() = tessera::test::makeContent(tessera::test::aegisVectors({1, 4, 7}));
    QVERIFY(m_vault->save());
    m_folder = m_dir->filePath(u"backups"_s);
}

void TestAutomaticBackup::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

void TestAutomaticBackup::offUntilEnabled()
{
    AutomaticBackup backup(*m_vault);
    QVERIFY(!backup.isEnabled());
    QVERIFY(!backup.backUpNow());
    backup.noteChange();
    QVERIFY(!backup.lastBackupTime().isValid());
    QVERIFY(!QDir(m_folder).exists());
}

void TestAutomaticBackup::debouncedBackupOpensWithItsPassword()
{
    QVERIFY(AutomaticBackup::enable(*m_vault, m_folder, password("backup password"), 3));
    QVERIFY(m_vault->save());
    AutomaticBackup backup(*m_vault, std::chrono::milliseconds(100));
    QVERIFY(backup.isEnabled());
    QVERIFY(backup.hasUnbackedChanges());
    QSignalSpy written(&backup, &AutomaticBackup::backedUp);
    for (int i = 0; i < 5; ++i) {
        backup.noteChange(); // a burst of edits
    }
    QVERIFY(backup.hasUnbackedChanges());
    QVERIFY(written.wait(5000));
    QTest::qWait(300);
    QCOMPARE(written.count(), 1); // one backup for the burst
    QCOMPARE(backupsIn(m_folder).size(), 1);
    QVERIFY(!backup.hasUnbackedChanges());
    QVERIFY(backup.lastBackupTime().isValid());
    // The same answer without the vault (the desktop program's GUI thread reads it so).
    QCOMPARE(AutomaticBackup::newestBackupTime(m_folder), backup.lastBackupTime());
    QVERIFY(!AutomaticBackup::newestBackupTime(QDir(m_folder).filePath(u"nothing-here"_s)).isValid());

    const QString path = written.first().first().toString();
    auto bytes = tessera::vault::AtomicStore::read(path);
    QVERIFY(bytes);
    const tessera::interop::TesseraBackupImporter importer;
    QVERIFY(importer.recognises(*bytes));
    auto wrong = importer.read(*bytes, password("not it"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code(), tessera::ErrorCode::WrongPassword);
    auto result = importer.read(*bytes, password("backup password"));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    tessera::test::compareAccounts(*result, tessera::test::aegisVectors({1, 4, 7}));

    // The next backup holds the content as it is then, under the same password, no new derivation.
    m_vault->content().accounts.emplace_back(tessera::vault::Account::newId(),
                                             tessera::test::makeToken(tessera::test::aegisVector(2)));
    auto next = backup.backUpNow();
    QVERIFY2(next, qPrintable(next ? QString() : next.error().message()));
    auto nextBytes = tessera::vault::AtomicStore::read(*next);
    QVERIFY(nextBytes);
    auto nextResult = importer.read(*nextBytes, password("backup password"));
    QVERIFY(nextResult);
    tessera::test::compareAccounts(*nextResult, tessera::test::aegisVectors({1, 4, 7, 2}));
    QCOMPARE(QFile::permissions(*next) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void TestAutomaticBackup::keepsTheNewestOnly()
{
    QVERIFY(AutomaticBackup::enable(*m_vault, m_folder, password("pw"), 3));
    QVERIFY(QDir().mkpath(m_folder));
    // Files that are not Tessera's own backups are never touched.
    for (const QString& name : {u"notes.txt"_s, u"tessera-backup-mine.tessera"_s}) {
        QFile file(QDir(m_folder).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    AutomaticBackup backup(*m_vault);
    QStringList written;
    for (int i = 0; i < 5; ++i) {
        auto path = backup.backUpNow();
        QVERIFY2(path, qPrintable(path ? QString() : path.error().message()));
        written.append(QFileInfo(*path).fileName());
    }
    const QStringList remaining = backupsIn(m_folder);
    QCOMPARE(remaining.size(), 4); // the newest three + the user's own file
    QVERIFY(remaining.contains(u"tessera-backup-mine.tessera"_s));
    for (int i = 2; i < 5; ++i) {
        QVERIFY2(remaining.contains(written.at(i)),
                 qPrintable(written.join(u" "_s) + u" / "_s + remaining.join(u" "_s)));
    }
    QVERIFY(!remaining.contains(written.at(0)));
    QVERIFY(QFile::exists(QDir(m_folder).filePath(u"notes.txt"_s)));
}

void TestAutomaticBackup::headerOfAnotherVaultIsRefused()
{
    QTemporaryDir other;
    auto otherVault = Vault::create(other.filePath(u"v.tessera"_s), {&m_keychain, std::nullopt, {}});
    QVERIFY(otherVault);
    auto foreignHeader = otherVault->makeBackupKeyHeader(password("pw"), tessera::crypto::Argon2id::kFloor);
    QVERIFY(foreignHeader);
    auto refused = m_vault->writeBackup(*foreignHeader);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), tessera::ErrorCode::InvalidInput);
    auto own = m_vault->makeBackupKeyHeader(password("pw"), tessera::crypto::Argon2id::kFloor);
    QVERIFY(own);
    QVERIFY(m_vault->writeBackup(*own));
    QByteArray tampered = *own;
    tampered[tampered.size() - 1] = char(tampered[tampered.size() - 1] ^ 1);
    QVERIFY(!m_vault->writeBackup(tampered));
}

QTEST_GUILESS_MAIN(TestAutomaticBackup)
#include "tst_automaticbackup.moc"
