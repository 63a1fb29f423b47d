// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupController.h"
#include "TestEnvironment.h"
#include "UnlockedVault.h"
#include "VaultController.h"
#include "interop/AegisImporter.h"
#include "interop/TesseraBackupImporter.h"
#include "interop/UriListImporter.h"
#include "keychain/MemorySecretStore.h"
#include "vault/AtomicStore.h"
#include "vault/RecoveryTimes.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using tessera::BackupController;
using tessera::VaultController;
using tessera::test::UnlockedVault;
using State = tessera::VaultController::State;

namespace {

constexpr int kTimeout = 180000; // Argon2id at 256 MiB and scrypt on a loaded machine

const QStringList kLinks = {
    u"otpauth://totp/ACME:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=ACME"_s,
    u"otpauth://totp/Mail:bob?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Mail"_s,
    u"otpauth://hotp/Bank:carol?secret=MFRGGZDFMZTWQ2LKNNWG23TPOA&issuer=Bank&counter=5"_s,
    // Google Authenticator holds only 30-second codes: this one is skipped there.
    u"otpauth://totp/Slow:dave?secret=ONSWG4TFOQYTEMZUGU3DOOBZGA&issuer=Slow&period=60"_s,
};

tessera::crypto::SecureBytes bytesOf(const char* text)
{
    return tessera::crypto::SecureBytes::copyOf(text, std::strlen(text));
}

QFileDevice::Permissions ownerOnly()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

} // namespace

class TestBackupController : public QObject {
    Q_OBJECT

private:
    QString vaultPath() const { return m_dir->filePath(u"vault.tessera"_s); }
    QUrl fileUrl(const QString& name) const { return QUrl::fromLocalFile(m_dir->filePath(name)); }

    /* Waits for done (true) or failed (false). */
    static bool finished(BackupController& backup, QSignalSpy& done, QSignalSpy& failed)
    {
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done.count() + failed.count() > 0, kTimeout); }();
        if (failed.count() > 0) {
            qWarning("failed: %s", qPrintable(failed.first().first().toString()));
        }
        return failed.count() == 0 && !backup.busy();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    tessera::keychain::MemorySecretStore m_store;
    std::unique_ptr<VaultController> m_vault;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_vault = UnlockedVault::create(vaultPath(), m_store);
        QVERIFY(m_vault);
        for (const QString& link : kLinks) {
            QVERIFY(UnlockedVault::add(*m_vault, link));
        }
        QCOMPARE(m_vault->snapshot().accounts.size(), std::size_t(kLinks.size()));
    }

    void cleanup()
    {
        m_vault.reset();
        m_dir.reset();
    }

    void tesseraBackupReadsBack()
    {
        BackupController backup(m_vault.get());
        backup.setBackupKdf(tessera::crypto::Argon2id::kFloor); // the floor the importer accepts
        QSignalSpy done(&backup, &BackupController::done);
        QSignalSpy failed(&backup, &BackupController::failed);

        backup.exportTesseraBackup(fileUrl(u"backup.tessera"_s), {});
        QCOMPARE(failed.count(), 1); // no password, no file
        QVERIFY(!QFile::exists(m_dir->filePath(u"backup.tessera"_s)));
        failed.clear();

        QVERIFY(!tessera::vault::RecoveryTimes::lastBackup(m_vault->snapshot()).isValid());
        backup.exportTesseraBackup(fileUrl(u"backup.tessera"_s), u"correct horse battery staple"_s);
        QVERIFY(backup.busy());
        QVERIFY(finished(backup, done, failed));
        // Recorded in the vault for the readiness audit (the accounts are in a backup now).
        QTRY_VERIFY(tessera::vault::RecoveryTimes::lastBackup(m_vault->snapshot()).isValid());
        const QString path = m_dir->filePath(u"backup.tessera"_s);
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QCOMPARE(QFile(path).permissions() & ownerOnly(), ownerOnly());

        auto bytes = tessera::vault::AtomicStore::read(path);
        QVERIFY(bytes);
        const tessera::interop::TesseraBackupImporter importer;
        QVERIFY(importer.recognises(*bytes));
        QVERIFY(importer.needsPassword(*bytes));
        QVERIFY(!importer.read(*bytes, bytesOf("wrong password")));
        auto read = importer.read(*bytes, bytesOf("correct horse battery staple"));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message()));
        QCOMPARE(read->accounts.size(), std::size_t(kLinks.size()));
    }

    void aegisExportReadsBack()
    {
        BackupController backup(m_vault.get());
        QSignalSpy done(&backup, &BackupController::done);
        QSignalSpy failed(&backup, &BackupController::failed);
        backup.exportAegis(fileUrl(u"aegis.json"_s), u"an aegis password"_s);
        QVERIFY(finished(backup, done, failed));

        const QString path = m_dir->filePath(u"aegis.json"_s);
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        auto bytes = tessera::vault::AtomicStore::read(path);
        QVERIFY(bytes);
        const tessera::interop::AegisImporter importer;
        QVERIFY(importer.recognises(*bytes));
        QVERIFY(importer.needsPassword(*bytes));
        auto read = importer.read(*bytes, bytesOf("an aegis password"));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message()));
        QCOMPARE(read->accounts.size(), std::size_t(kLinks.size()));
        for (const auto& account : read->accounts) {
            QVERIFY(account.token.has_value());
        }
    }

    void plainExports()
    {
        BackupController backup(m_vault.get());
        QSignalSpy done(&backup, &BackupController::done);
        QSignalSpy failed(&backup, &BackupController::failed);

        backup.exportPlain(fileUrl(u"links.txt"_s), u"uris"_s);
        QVERIFY(finished(backup, done, failed));
        auto bytes = tessera::vault::AtomicStore::read(m_dir->filePath(u"links.txt"_s));
        QVERIFY(bytes);
        auto read = tessera::interop::UriListImporter().read(*bytes, std::nullopt);
        QVERIFY(read);
        QCOMPARE(read->accounts.size(), std::size_t(kLinks.size()));

        done.clear();
        backup.exportPlain(fileUrl(u"aegis-plain.json"_s), u"aegis-plain"_s);
        QVERIFY(finished(backup, done, failed));
        bytes = tessera::vault::AtomicStore::read(m_dir->filePath(u"aegis-plain.json"_s));
        QVERIFY(bytes);
        const tessera::interop::AegisImporter aegis;
        QVERIFY(!aegis.needsPassword(*bytes));
        QCOMPARE(aegis.read(*bytes, std::nullopt)->accounts.size(), std::size_t(kLinks.size()));

        done.clear();
        backup.exportPlain(fileUrl(u"other.txt"_s), u"csv"_s);
        QCOMPARE(failed.count(), 1);
        failed.clear();
        backup.exportPlain(fileUrl(u"no-such-folder/links.txt"_s), u"uris"_s);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
        QVERIFY(!QDir(m_dir->filePath(u"no-such-folder"_s)).exists()); // never created
    }

    void emergencyKit()
    {
        BackupController backup(m_vault.get());
        QSignalSpy done(&backup, &BackupController::done);
        QSignalSpy failed(&backup, &BackupController::failed);
        backup.exportEmergencyKit(fileUrl(u"kit.pdf"_s));
        QVERIFY(finished(backup, done, failed));
        QTRY_VERIFY_WITH_TIMEOUT(tessera::vault::RecoveryTimes::lastKit(m_vault->snapshot()).isValid(), 30000);
        auto bytes = tessera::vault::AtomicStore::read(m_dir->filePath(u"kit.pdf"_s));
        QVERIFY(bytes);
        QVERIFY(bytes->startsWith("%PDF"));
        QCOMPARE(QFile(m_dir->filePath(u"kit.pdf"_s)).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void emergencyKitSpeaksTheWindowsLanguage()
    {
        TESSERA_REQUIRE_TOOL(pdftotext, u"pdftotext"_s);
        // The language the user chose in the window (LanguageSwitcher installs this catalogue).
        QTranslator spanish;
        QVERIFY(spanish.load(u"tessera_es"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&spanish);
        const auto uninstall = qScopeGuard([&spanish] { QCoreApplication::removeTranslator(&spanish); });

        BackupController backup(m_vault.get());
        QSignalSpy done(&backup, &BackupController::done);
        QSignalSpy failed(&backup, &BackupController::failed);
        backup.exportEmergencyKit(fileUrl(u"kit-es.pdf"_s));
        QVERIFY(finished(backup, done, failed));
        const auto text = tessera::test::run(pdftotext, {m_dir->filePath(u"kit-es.pdf"_s), u"-"_s});
        QCOMPARE(text.exitCode, 0);
        const QString kit = QString::fromUtf8(text.out);
        QVERIFY2(kit.contains(u"Kit de emergencia de Tessera"_s), qPrintable(kit.left(400)));
        QVERIFY(!kit.contains(u"Setup key"_s));
    }

    void googleCodes()
    {
        BackupController backup(m_vault.get());
        QSignalSpy skippedChanged(&backup, &BackupController::skippedForGoogleChanged);
        const QStringList codes = backup.googleExportCodes();
        QCOMPARE(codes.size(), 1); // three accounts fit in one code
        QVERIFY(codes.first().startsWith(u"otpauth-migration://offline?data="_s));
        QCOMPARE(backup.skippedForGoogle().size(), 1);
        QVERIFY(backup.skippedForGoogle().first().contains(u"Slow"_s));
        QCOMPARE(skippedChanged.count(), 1);

        // The transfer codes carry the three accounts GA can hold.
        auto read = tessera::interop::UriListImporter().read(codes.first().toUtf8(), std::nullopt);
        QVERIFY(read);
        QCOMPARE(read->accounts.size(), std::size_t(3));
    }

    void passwordStrengthOrdering()
    {
        BackupController backup(m_vault.get());
        const QStringList ordered = {
            u""_s, u"password"_s, u"Summer1"_s, u"kitten42x"_s, u"correct horse battery staple"_s,
        };
        for (qsizetype i = 1; i < ordered.size(); ++i) {
            QVERIFY2(backup.passwordStrength(ordered.at(i - 1)) <= backup.passwordStrength(ordered.at(i)),
                     qPrintable(ordered.at(i)));
        }
        QCOMPARE(backup.passwordStrength(u""_s), 0);
        QCOMPARE(backup.passwordStrength(u"password"_s), 0);
        QCOMPARE(backup.passwordStrength(u"Password1!"_s), 0); // a common word dressed up
        QCOMPARE(backup.passwordStrength(u"123456789"_s), 0);
        QVERIFY(backup.passwordStrength(u"aaaaaaaaaaaaaaaaaaaa"_s) <= 1); // long but repetitive
        QVERIFY(backup.passwordStrength(u"abcdefghijklmnop"_s) <= 1);
        QVERIFY(backup.passwordStrength(u"Xk9#"_s) <= 1); // varied but short
        QCOMPARE(backup.passwordStrength(u"correct horse battery staple"_s), 4);
        QVERIFY(backup.passwordStrength(u"correct horse battery staple"_s) > backup.passwordStrength(u"Tr0ub4dor&3"_s));
        for (const QString& password : ordered) {
            QVERIFY(!backup.passwordAdvice(password).isEmpty());
        }
        QVERIFY(backup.passwordAdvice(u"password"_s) != backup.passwordAdvice(u"correct horse battery staple"_s));
    }

    void automaticBackups()
    {
        BackupController backup(m_vault.get());
        QSignalSpy done(&backup, &BackupController::done);
        QSignalSpy failed(&backup, &BackupController::failed);
        QVERIFY(!backup.automaticEnabled());
        QVERIFY(!backup.hasUnbackedChanges());

        const QString folder = m_dir->filePath(u"backups"_s);
        backup.enableAutomatic(QUrl::fromLocalFile(folder), u"automatic backup password"_s);
        QVERIFY(finished(backup, done, failed));
        QTRY_VERIFY_WITH_TIMEOUT(backup.automaticEnabled(), kTimeout);
        QCOMPARE(backup.automaticFolder(), QDir(folder).absolutePath());

        done.clear();
        backup.backUpNow();
        QVERIFY(finished(backup, done, failed));
        const QStringList files = QDir(folder).entryList({u"tessera-backup-*.tessera"_s}, QDir::Files);
        QVERIFY(!files.isEmpty());
        QVERIFY(backup.lastBackupTime().isValid());
        QVERIFY(!backup.hasUnbackedChanges());

        // The automatic backup opens with its password, like any Tessera backup.
        auto bytes = tessera::vault::AtomicStore::read(QDir(folder).filePath(files.last()));
        QVERIFY(bytes);
        auto read = tessera::interop::TesseraBackupImporter().read(*bytes, bytesOf("automatic backup password"));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message()));
        QCOMPARE(read->accounts.size(), std::size_t(kLinks.size()));

        done.clear();
        backup.disableAutomatic();
        QVERIFY(finished(backup, done, failed));
        QTRY_VERIFY_WITH_TIMEOUT(!backup.automaticEnabled(), kTimeout);
        QVERIFY(QDir(folder).exists()); // backups already written are kept

        done.clear();
        backup.backUpNow();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout); // not set up any more
    }
};

QTEST_MAIN(TestBackupController)
#include "tst_backupcontroller.moc"
