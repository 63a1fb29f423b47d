// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The vault as a whole, with an in-memory keychain: create, open, save, password slots, and
// the promises that protect data — a keychain error never creates a new key, a damaged file is
// never overwritten, a file changed by another program is not clobbered.
#include "keychain/MemorySecretStore.h"
#include "otp/Base32.h"
#include "vault/RecoveryTimes.h"
#include "vault/Vault.h"
#include "vault/VaultFileWatcher.h"
#include "vault/VersionRotation.h"

#include "TestEnvironment.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::SecureBytes;
using tessera::keychain::MemorySecretStore;
using tessera::otp::Base32;
using tessera::otp::OtpParameters;
using tessera::otp::OtpToken;
using tessera::vault::Account;
using tessera::vault::Vault;
using tessera::vault::VaultFileWatcher;
using tessera::vault::VersionRotation;

namespace {

SecureBytes password(const char* text)
{
    return SecureBytes::copyOf(text, std::strlen(text));
}

Account makeAccount(const QString& issuer, const QString& secret)
{
    auto token =
        OtpToken::create(issuer, u"me@example.com"_s, OtpParameters::totp().value(), Base32::decode(secret).value());
    return Account(Account::newId(), std::move(token).value());
}

} // namespace

class TestVault : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createOpenSaveWithKeychain();
    void createRefusesExistingFileAndNoCredential();
    void keychainWithoutEntryNeverCreatesAKey();
    void keychainUnavailableChangesNothing();
    void passwordSlot();
    void changeAndRemovePassword();
    void damagedFileIsNeverOverwritten();
    void damagedVaultComesBackFromAVersion();
    void concurrentChangeIsNotClobbered();
    void keepsVersions();
    void reloadsWhatAnotherProgramSaved();
    void secretsNeverOnDiskInPlaintext();
    void recoveryDataIsSavedAndChangesAreStamped();

private:
    QString vaultPath() const { return m_dir->filePath(u"data/vault.tessera"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_keychain;
};

void TestVault::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_keychain = std::make_unique<MemorySecretStore>(); // fresh, empty keychain per test
}

void TestVault::createOpenSaveWithKeychain()
{
    auto created = Vault::create(vaultPath(), {.keychain = m_keychain.get(), .password = std::nullopt});
    QVERIFY2(created.hasValue(), qPrintable(created ? QString() : created.error().message()));
    QVERIFY(created->hasKeychainSlot());
    QVERIFY(!created->hasPasswordSlot());
    QCOMPARE(m_keychain->size(), 1);
    QVERIFY(QFile::exists(vaultPath()));
    QCOMPARE(QFile::permissions(vaultPath()) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    created->content().accounts.push_back(makeAccount(u"AliExpress"_s, u"JBSWY3DPEHPK3PXP"_s));
    QVERIFY(created->save().hasValue());

    auto opened = Vault::open(vaultPath(), m_keychain.get(), std::nullopt);
    QVERIFY2(opened.hasValue(), qPrintable(opened ? QString() : opened.error().message()));
    QCOMPARE(opened->id(), created->id());
    QCOMPARE(opened->content().accounts.size(), std::size_t(1));
    QCOMPARE(opened->content().accounts[0].token().issuer(), u"AliExpress"_s);
    QVERIFY(opened->content().accounts[0].token().secret().equals(Base32::decode(u"JBSWY3DPEHPK3PXP"_s).value()));
}

void TestVault::createRefusesExistingFileAndNoCredential()
{
    auto none = Vault::create(vaultPath(), {});
    QVERIFY(!none.hasValue());
    QVERIFY(!QFile::exists(vaultPath()));

    QVERIFY(Vault::create(vaultPath(), {.keychain = m_keychain.get(), .password = std::nullopt}).hasValue());
    const QByteArray before = tessera::test::readFile(vaultPath());
    auto again = Vault::create(vaultPath(), {.keychain = m_keychain.get(), .password = std::nullopt});
    QVERIFY(!again.hasValue());
    QCOMPARE(tessera::test::readFile(vaultPath()), before);
}

void TestVault::keychainWithoutEntryNeverCreatesAKey()
{
    auto created = Vault::create(vaultPath(), {.keychain = m_keychain.get(), .password = std::nullopt});
    QVERIFY(created.hasValue());
    const QString key = u"tessera-vault-"_s + created->id();
    QVERIFY(m_keychain->contains(key));
    QVERIFY(m_keychain->remove(key).hasValue()); // e.g. a reset keyring
    const int writes = m_keychain->successfulWrites();
    const QByteArray before = tessera::test::readFile(vaultPath());

    auto opened = Vault::open(vaultPath(), m_keychain.get(), std::nullopt);
    QVERIFY(!opened.hasValue());
    QCOMPARE(opened.error().code(), ErrorCode::KeychainUnavailable);
    QVERIFY(opened.error().message().contains(u"recovery password"_s));
    QCOMPARE(m_keychain->successfulWrites(), writes); // no new key was made
    QVERIFY(!m_keychain->contains(key));
    QCOMPARE(tessera::test::readFile(vaultPath()), before);
}

void TestVault::keychainUnavailableChangesNothing()
{
    QVERIFY(Vault::create(vaultPath(), {.keychain = m_keychain.get(), .password = std::nullopt}).hasValue());
    const QByteArray before = tessera::test::readFile(vaultPath());
    const int writes = m_keychain->successfulWrites();
    m_keychain->setUnavailable(true);
    auto opened = Vault::open(vaultPath(), m_keychain.get(), std::nullopt);
    QVERIFY(!opened.hasValue());
    QCOMPARE(opened.error().code(), ErrorCode::KeychainUnavailable);
    QCOMPARE(tessera::test::readFile(vaultPath()), before);
    QCOMPARE(m_keychain->successfulWrites(), writes);

    // And creating a keychain vault without a keychain fails without leaving a file behind.
    const QString other = m_dir->filePath(u"other.tessera"_s);
    auto created = Vault::create(other, {.keychain = m_keychain.get(), .password = std::nullopt});
    QVERIFY(!created.hasValue());
    QCOMPARE(created.error().code(), ErrorCode::KeychainUnavailable);
    QVERIFY(!QFile::exists(other));
}

void TestVault::passwordSlot()
{
    auto created = Vault::create(vaultPath(), {.keychain = nullptr, .password = password("correct horse")});
    QVERIFY2(created.hasValue(), qPrintable(created ? QString() : created.error().message()));
    QVERIFY(created->hasPasswordSlot());
    QVERIFY(!created->hasKeychainSlot());
    QCOMPARE(m_keychain->size(), 0);

    auto opened = Vault::open(vaultPath(), nullptr, password("correct horse"));
    QVERIFY2(opened.hasValue(), qPrintable(opened ? QString() : opened.error().message()));
    auto wrong = Vault::open(vaultPath(), nullptr, password("correct hors"));
    QVERIFY(!wrong.hasValue());
    QCOMPARE(wrong.error().code(), ErrorCode::WrongPassword);
    auto noPassword = Vault::open(vaultPath(), m_keychain.get(), std::nullopt);
    QVERIFY(!noPassword.hasValue());
}

void TestVault::changeAndRemovePassword()
{
    auto vault = Vault::create(vaultPath(), {.keychain = m_keychain.get(), .password = password("first")});
    QVERIFY(vault.hasValue());
    QVERIFY(vault->hasKeychainSlot() && vault->hasPasswordSlot());
    QVERIFY(Vault::open(vaultPath(), nullptr, password("first")).hasValue());

    QVERIFY(vault->setPassword(password("second")).hasValue());
    QCOMPARE(Vault::open(vaultPath(), nullptr, password("first")).error().code(), ErrorCode::WrongPassword);
    QVERIFY(Vault::open(vaultPath(), nullptr, password("second")).hasValue());
    QVERIFY(Vault::open(vaultPath(), m_keychain.get(), std::nullopt).hasValue()); // keychain slot kept

    QVERIFY(vault->removePassword().hasValue());
    QVERIFY(!vault->hasPasswordSlot());
    QVERIFY(!Vault::open(vaultPath(), nullptr, password("second")).hasValue());
    QVERIFY(Vault::open(vaultPath(), m_keychain.get(), std::nullopt).hasValue());

    // The only slot cannot be removed.
    const QString only = m_dir->filePath(u"only.tessera"_s);
    auto passwordOnly = Vault::create(only, {.keychain = nullptr, .password = password("x")});
    QVERIFY(passwordOnly.hasValue());
    QVERIFY(!passwordOnly->removePassword().hasValue());
    QVERIFY(Vault::open(only, nullptr, password("x")).hasValue());
}

void TestVault::damagedFileIsNeverOverwritten()
{
    auto vault = Vault::create(vaultPath(), {.keychain = m_keychain.get(), .password = std::nullopt});
    QVERIFY(vault.hasValue());
    vault->content().accounts.push_back(makeAccount(u"eBay"_s, u"JBSWY3DPEHPK3PXP"_s));
    QVERIFY(vault->save().hasValue());

    QByteArray bytes = tessera::test::readFile(vaultPath());
    bytes[bytes.size() - 20] = char(bytes[bytes.size() - 20] ^ 0x01);
    QVERIFY(tessera::test::writeFile(vaultPath(), bytes));
    auto opened = Vault::open(vaultPath(), m_keychain.get(), std::nullopt);
    QVERIFY(!opened.hasValue());
    QCOMPARE(opened.error().code(), ErrorCode::Damaged);
    // A vault opened before the damage must not save over it either.
    vault->content().accounts.clear();
    auto saved = vault->save();
    QVERIFY(!saved.hasValue());
    QCOMPARE(tessera::test::readFile(vaultPath()), bytes);
}

void TestVault::damagedVaultComesBackFromAVersion()
{
    auto vault = Vault::create(vaultPath(), {.keychain = m_keychain.get(), .password = std::nullopt});
    QVERIFY(vault.hasValue());
    vault->content().accounts.push_back(makeAccount(u"Steam"_s, u"JBSWY3DPEHPK3PXP"_s));
    QVERIFY(vault->save().hasValue());
    vault->content().accounts.push_back(makeAccount(u"AliExpress"_s, u"GEZDGNBVGY3TQOJQ"_s));
    QVERIFY(vault->save().hasValue()); // versions/ now holds the one-account state

    QByteArray damaged = tessera::test::readFile(vaultPath());
    damaged[20] = char(damaged[20] ^ 0x40); // inside the header
    QVERIFY(tessera::test::writeFile(vaultPath(), damaged));
    auto opened = Vault::open(vaultPath(), m_keychain.get(), std::nullopt);
    QVERIFY(!opened.hasValue());
    QCOMPARE(opened.error().code(), ErrorCode::Damaged);
    QVERIFY2(opened.error().message().contains(u"versions"_s), qPrintable(opened.error().message()));

    QString used;
    auto recovered = Vault::openNewestIntactVersion(vaultPath(), m_keychain.get(), std::nullopt, &used);
    QVERIFY2(recovered.hasValue(), qPrintable(recovered ? QString() : recovered.error().message()));
    QCOMPARE(recovered->content().accounts.size(), std::size_t(1));
    QCOMPARE(tessera::test::readFile(vaultPath()), damaged); // looking does not repair anything

    QVERIFY(Vault::restoreVersion(vaultPath(), used).hasValue());
    auto restored = Vault::open(vaultPath(), m_keychain.get(), std::nullopt);
    QVERIFY(restored.hasValue());
    QCOMPARE(restored->content().accounts[0].token().issuer(), u"Steam"_s);
    // The damaged file was kept aside, byte for byte.
    const QStringList aside = QDir(VersionRotation(vaultPath()).directory()).entryList({u"damaged-*"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QCOMPARE(tessera::test::readFile(VersionRotation(vaultPath()).directory() + u'/' + aside.first()), damaged);
}

void TestVault::concurrentChangeIsNotClobbered()
{
    QVERIFY(Vault::create(vaultPath(), {.keychain = m_keychain.get(), .password = std::nullopt}).hasValue());
    auto first = Vault::open(vaultPath(), m_keychain.get(), std::nullopt);
    auto second = Vault::open(vaultPath(), m_keychain.get(), std::nullopt);
    QVERIFY(first.hasValue() && second.hasValue());
    first->content().accounts.push_back(makeAccount(u"Amazon"_s, u"JBSWY3DPEHPK3PXP"_s));
    QVERIFY(first->save().hasValue());
    const QByteArray afterFirst = tessera::test::readFile(vaultPath());

    second->content().accounts.push_back(makeAccount(u"PayPal"_s, u"GEZDGNBVGY3TQOJQ"_s));
    auto saved = second->save();
    QVERIFY(!saved.hasValue());
    QCOMPARE(saved.error().code(), ErrorCode::InUse);
    QCOMPARE(tessera::test::readFile(vaultPath()), afterFirst);
    auto reopened = Vault::open(vaultPath(), m_keychain.get(), std::nullopt);
    QCOMPARE(reopened->content().accounts.size(), std::size_t(1));
    QCOMPARE(reopened->content().accounts[0].token().issuer(), u"Amazon"_s);
}

void TestVault::keepsVersions()
{
    auto vault = Vault::create(vaultPath(), {.keychain = m_keychain.get(), .password = std::nullopt});
    QVERIFY(vault.hasValue());
    QList<QByteArray> states{tessera::test::readFile(vaultPath())};
    for (int i = 0; i < 12; ++i) {
        vault->content().accounts.push_back(makeAccount(u"Site %1"_s.arg(i), u"JBSWY3DPEHPK3PXP"_s));
        QVERIFY(vault->save().hasValue());
        states.append(tessera::test::readFile(vaultPath()));
    }
    const auto versions = VersionRotation(vaultPath()).versions();
    QCOMPARE(versions.size(), VersionRotation::kDefaultKeep);
    // Newest version = the state before the last save; every version is a complete, earlier file.
    QCOMPARE(tessera::test::readFile(versions.first().path), states[states.size() - 2]);
    for (const auto& version : versions) {
        QVERIFY(states.contains(tessera::test::readFile(version.path)));
    }
}

void TestVault::reloadsWhatAnotherProgramSaved()
{
    auto gui = Vault::create(vaultPath(), {.keychain = m_keychain.get(), .password = std::nullopt});
    QVERIFY(gui.hasValue());
    VaultFileWatcher watcher(vaultPath());
    watcher.setDebounceInterval(50);
    watcher.setKnownDigest(gui->fileDigest());
    QSignalSpy changed(&watcher, &VaultFileWatcher::changedOnDisk);
    QCOMPARE(gui->reload().value(), false); // nothing changed yet

    auto cli = Vault::open(vaultPath(), m_keychain.get(), std::nullopt);
    QVERIFY(cli.hasValue());
    cli->content().accounts.push_back(makeAccount(u"Steam"_s, u"JBSWY3DPEHPK3PXP"_s));
    QVERIFY(cli->save().hasValue());

    QVERIFY(changed.wait(5000));
    auto reloaded = gui->reload();
    QVERIFY2(reloaded.hasValue(), qPrintable(reloaded ? QString() : reloaded.error().message()));
    QCOMPARE(reloaded.value(), true);
    QCOMPARE(gui->content().accounts.size(), std::size_t(1));
    watcher.setKnownDigest(gui->fileDigest());
    // After the reload the GUI saves on top of the CLI's change instead of being refused.
    gui->content().accounts.push_back(makeAccount(u"eBay"_s, u"GEZDGNBVGY3TQOJQ"_s));
    QVERIFY(gui->save().hasValue());
    QCOMPARE(Vault::open(vaultPath(), m_keychain.get(), std::nullopt)->content().accounts.size(), std::size_t(2));

    // A damaged file is not loaded: the GUI keeps what it has.
    QByteArray bytes = tessera::test::readFile(vaultPath());
    bytes[bytes.size() - 1] = char(bytes[bytes.size() - 1] ^ 0x01);
    QVERIFY(tessera::test::writeFile(vaultPath(), bytes));
    auto failed = gui->reload();
    QVERIFY(!failed.hasValue());
    QCOMPARE(failed.error().code(), ErrorCode::Damaged);
    QCOMPARE(gui->content().accounts.size(), std::size_t(2));
}

void TestVault::secretsNeverOnDiskInPlaintext()
{
    auto vault = Vault::create(vaultPath(), {.keychain = m_keychain.get(), .password = password("pw")});
    QVERIFY(vault.hasValue());
    const QString canary = u"KRSXG5CDMFXGC4TZKRSXG5CDMFXGC4TZ"_s; // "TestCanaryTestCanary"
    const QByteArray raw = "TestCanaryTestCanary";
    vault->content().accounts.push_back(makeAccount(u"CanaryIssuer"_s, canary));
    QVERIFY(vault->save().hasValue());
    QVERIFY(vault->save().hasValue()); // so versions/ holds a copy too

    int files = 0;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QByteArray bytes = tessera::test::readFile(it.next());
        ++files;
        for (const QByteArray& needle :
             {raw, canary.toLatin1(), raw.toHex(), raw.toBase64(), QByteArray("CanaryIssuer")}) {
            QVERIFY2(!bytes.contains(needle),
                     qPrintable(it.filePath() + u" contains "_s + QString::fromLatin1(needle)));
        }
    }
    QVERIFY(files >= 2);
}

/* Backup codes go through a real encrypted save and open; save() stamps the change times the
 * readiness audit compares with the last backup — and only for a change (ChangeTracker). */
void TestVault::recoveryDataIsSavedAndChangesAreStamped()
{
    auto vault = Vault::create(vaultPath(), {.keychain = m_keychain.get(), .password = std::nullopt});
    QVERIFY(vault.hasValue());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    vault->content().accounts.push_back(makeAccount(u"AliExpress"_s, u"JBSWY3DPEHPK3PXP"_s));
    vault->content().accounts.push_back(makeAccount(u"eBay"_s, u"GEZDGNBVGY3TQOJQ"_s));
    const QByteArray codes = "1234 5678\n8765 4321";
    QCOMPARE(
        *vault->content().accounts[0].recovery.addBackupCodes(SecureBytes::copyOf(codes.constData(), codes.size())), 2);
    QVERIFY(vault->save());
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
    const QDateTime stamped = vault->content().accounts[0].recovery.changedAt;
    QVERIFY(stamped >= before && stamped <= after);
    QCOMPARE(tessera::vault::RecoveryTimes::lastChanged(vault->content()), stamped);

    auto opened = Vault::open(vaultPath(), m_keychain.get(), std::nullopt);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
    const auto& recovery = opened->content().accounts[0].recovery;
    QCOMPARE(recovery.codeCount(), 2);
    QVERIFY(recovery.backupCodes()[1].code.equals(SecureBytes::copyOf("8765 4321", 9)));
    QCOMPARE(recovery.changedAt, stamped);
    // A save with no change (recording a backup) leaves the change times alone…
    tessera::vault::RecoveryTimes::recordBackup(opened->content(), after.addYears(1));
    QVERIFY(opened->save());
    QCOMPARE(opened->content().accounts[0].recovery.changedAt, stamped);
    QCOMPARE(tessera::vault::RecoveryTimes::lastChanged(opened->content()), stamped);
    // …a used code is a change, stamped on that account only.
    const QDateTime longAgo(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    opened->content().accounts[0].recovery.changedAt = longAgo;
    opened->content().accounts[1].recovery.changedAt = longAgo;
    QVERIFY(opened->content().accounts[0].recovery.setUsed(0, true));
    QVERIFY(opened->save());
    QVERIFY(opened->content().accounts[0].recovery.changedAt >= before);
    QCOMPARE(opened->content().accounts[1].recovery.changedAt, longAgo);
    auto again = Vault::open(vaultPath(), m_keychain.get(), std::nullopt);
    QVERIFY(again);
    QVERIFY(again->content().accounts[0].recovery.backupCodes()[0].used);
}

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
