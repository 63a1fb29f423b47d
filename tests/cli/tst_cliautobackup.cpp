// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// cli.autobackup: when the user has set up automatic backups (the desktop program does that;
// here core's AutomaticBackup::enable stands in for it), every change made with tessera-cli is
// followed by an encrypted backup in the chosen folder, which `import` opens with the backup
// password — and only with it.
#include "CliRunner.h"

#include "crypto/Argon2id.h"
#include "vault/AutomaticBackup.h"
#include "vault/Vault.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::test::ProcessResult;

namespace {

const QByteArray kVaultPassword = "vault password";
const QByteArray kBackupPassword = "backup password";

tessera::crypto::SecureBytes secure(const QByteArray& text)
{
    return tessera::crypto::SecureBytes::copyOf(text.constData(), std::size_t(text.size()));
}

} // namespace

class TestCliAutoBackup : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QString path(const QString& name) const { return m_home.filePath(name); }

    ProcessResult vaultCli(const QString& vault, const QStringList& arguments)
    {
        return tessera::test::runCli(QStringList{u"--vault"_s, vault, u"--password-file"_s, path(u"vault-pw"_s)}
                                     + arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        tessera::test::forgetDisplay();
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tessera-test-bus");
        tessera::test::writeFile(path(u"vault-pw"_s), kVaultPassword + '\n');
        tessera::test::writeFile(path(u"backup-pw"_s), kBackupPassword + '\n');
    }

    void everyCliChangeIsBackedUp()
    {
        const QString vaultPath = path(u"vault/vault.tessera"_s);
        const QString folder = path(u"backups"_s);
        auto init = vaultCli(vaultPath, {u"init"_s, u"--no-keychain"_s});
        TESSERA_VERIFY_CLI_OK(init);
        {
            auto vault = tessera::vault::Vault::open(vaultPath, nullptr, secure(kVaultPassword));
            QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message()));
            QVERIFY(tessera::vault::AutomaticBackup::enable(*vault, folder, secure(kBackupPassword), 2));
            QVERIFY(vault->save());
        }
        QVERIFY(QDir(folder).isEmpty());

        auto added = vaultCli(
            vaultPath,
            {u"add"_s, u"otpauth://totp/AliExpress:me?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=AliExpress"_s});
        TESSERA_VERIFY_CLI_OK(added);
        QStringList backups = QDir(folder).entryList({u"tessera-backup-*.tessera"_s}, QDir::Files, QDir::Name);
        QCOMPARE(backups.size(), 1);

        // The backup opens with the backup password (not the vault's) and holds the new account.
        const QString backup = QDir(folder).filePath(backups.last());
        auto wrong = tessera::test::runCli({u"--vault"_s, path(u"none/vault.tessera"_s), u"import"_s, u"--dry-run"_s,
                                            backup, u"--import-password-file"_s, path(u"vault-pw"_s)});
        TESSERA_VERIFY_CLI_FAILURE(wrong, 4);
        auto read = tessera::test::runCli({u"--vault"_s, path(u"none/vault.tessera"_s), u"import"_s, u"--dry-run"_s,
                                           u"--json"_s, backup, u"--import-password-file"_s, path(u"backup-pw"_s)});
        QVERIFY2(read.exitCode == 0, read.err.constData());
        const QJsonArray entries = QJsonDocument::fromJson(read.out).object().value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).toObject().value(u"account"_s).toObject().value(u"issuer"_s).toString(),
                 u"AliExpress"_s);

        // Two more changes: only the newest two backups are kept.
        const QString id = tessera::test::outText(added);
        auto second = vaultCli(
            vaultPath, {u"add"_s, u"otpauth://totp/eBay:me?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=eBay"_s});
        TESSERA_VERIFY_CLI_OK(second);
        auto removed = vaultCli(vaultPath, {u"remove"_s, id});
        QCOMPARE(removed.exitCode, 0);
        backups = QDir(folder).entryList({u"tessera-backup-*.tessera"_s}, QDir::Files, QDir::Name);
        QCOMPARE(backups.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliAutoBackup)
#include "tst_cliautobackup.moc"
