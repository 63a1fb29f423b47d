// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// cli.recoveryaudit: `tessera-cli recovery audit [--json]` as a user or a script sees it — the
// gaps of each account, the vault's own, the "if this computer died today" summary, and how an
// export with --format tessera turns "no backup" into "covered" for the accounts it holds.
// Backup codes and recovery details can only be noted in the desktop program; here core's
// Vault stands in for it.
#include "CliRunner.h"

#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::test::ProcessResult;

namespace {

const QByteArray kVaultPassword = "vault password";
const QString kAliExpress = u"otpauth://totp/AliExpress:me?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=AliExpress"_s;
const QString kEbay = u"otpauth://totp/eBay:shopper?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=eBay"_s;
const QString kSteam = u"otpauth://totp/Steam:gamer?secret=JRZCL47CMXVOQMNPZR2F7J4RGI&issuer=Steam"_s;

tessera::crypto::SecureBytes secure(const QByteArray& text)
{
    return tessera::crypto::SecureBytes::copyOf(text.constData(), std::size_t(text.size()));
}

QStringList findingIds(const QJsonValue& findings)
{
    QStringList ids;
    for (const QJsonValue& finding : findings.toArray()) {
        ids.append(finding.toObject().value(u"id"_s).toString());
    }
    return ids;
}

} // namespace

class TestCliRecoveryAudit : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_vault;
    QString m_aliId;
    QString m_ebayId;

    QString path(const QString& name) const { return m_home.filePath(name); }

    ProcessResult vaultCli(const QStringList& arguments)
    {
        return tessera::test::runCli(QStringList{u"--vault"_s, m_vault, u"--password-file"_s, path(u"vault-pw"_s)}
                                     + arguments);
    }

    QJsonObject auditJson()
    {
        const auto run = vaultCli({u"recovery"_s, u"audit"_s, u"--json"_s});
        [&] { TESSERA_VERIFY_CLI_OK(run); }();
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        [&] { QVERIFY2(document.isObject(), run.out.constData()); }();
        return document.object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        tessera::test::forgetDisplay();
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tessera-test-bus");
        tessera::test::writeFile(path(u"vault-pw"_s), kVaultPassword + '\n');
        tessera::test::writeFile(path(u"wrong-pw"_s), "not it\n");
        tessera::test::writeFile(path(u"export-pw"_s), "export password\n");
        m_vault = path(u"vault/vault.tessera"_s);
        const auto init = vaultCli({u"init"_s, u"--no-keychain"_s});
        TESSERA_VERIFY_CLI_OK(init);
        const auto ali = vaultCli({u"add"_s, kAliExpress});
        TESSERA_VERIFY_CLI_OK(ali);
        m_aliId = tessera::test::outText(ali);
        const auto ebay = vaultCli({u"add"_s, kEbay});
        TESSERA_VERIFY_CLI_OK(ebay);
        m_ebayId = tessera::test::outText(ebay);
    }

    void nothingNotedNoBackup()
    {
        const auto run = vaultCli({u"recovery"_s, u"audit"_s});
        TESSERA_VERIFY_CLI_OK(run); // gaps are the answer, not a failure
        const QStringList expected = {
            u"AliExpress (me)"_s,
            u"  critical  No backup or emergency kit has been made; make one so this account can be restored."_s,
            u"  warning   No backup codes are saved; if the service offers them, save them here."_s,
            u"  warning   No recovery email or phone is noted; note which ones the service has on file."_s,
            u"  info      No official login address is noted; add it so you never need a link from an email."_s,
            u"eBay (shopper)"_s,
            u"  critical  No backup or emergency kit has been made; make one so this account can be restored."_s,
            u"  warning   No backup codes are saved; if the service offers them, save them here."_s,
            u"  warning   No recovery email or phone is noted; note which ones the service has on file."_s,
            u"  info      No official login address is noted; add it so you never need a link from an email."_s,
            QString(),
            u"Last backup: none known"_s,
            u"If this computer died today, 0 of 2 accounts would come back from your backup, 2 would be lost."_s,
        };
        QCOMPARE(tessera::test::outText(run).split(u'\n'), expected);

        const QJsonObject json = auditJson();
        const QJsonArray accounts = json.value(u"accounts"_s).toArray();
        QCOMPARE(accounts.size(), 2);
        const QJsonObject first = accounts.at(0).toObject();
        QCOMPARE(first.keys(), (QStringList{u"findings"_s, u"id"_s, u"issuer"_s, u"name"_s, u"outcome"_s}));
        QCOMPARE(first.value(u"id"_s).toString(), m_aliId);
        QCOMPARE(first.value(u"issuer"_s).toString(), u"AliExpress"_s);
        QCOMPARE(first.value(u"outcome"_s).toString(), u"lost"_s);
        QCOMPARE(findingIds(first.value(u"findings"_s)), (QStringList{u"no-backup-since-change"_s, u"no-backup-codes"_s,
                                                                      u"no-recovery-contact"_s, u"no-login-url"_s}));
        const QJsonObject finding = first.value(u"findings"_s).toArray().at(0).toObject();
        QCOMPARE(finding.value(u"severity"_s).toString(), u"critical"_s);
        QVERIFY(finding.value(u"message"_s).toString().startsWith(u"No backup or emergency kit"_s));
        QCOMPARE(json.value(u"vault"_s).toArray().size(), 0); // it has a recovery password
        const QJsonObject summary = json.value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"accounts"_s).toInt(), 2);
        QCOMPARE(summary.value(u"backup"_s).toInt(), 0);
        QCOMPARE(summary.value(u"service"_s).toInt(), 0);
        QCOMPARE(summary.value(u"lost"_s).toInt(), 2);
        QVERIFY(summary.value(u"lastBackup"_s).isNull());
        QVERIFY(summary.value(u"text"_s).toString().startsWith(u"If this computer died today, 0 of 2"_s));
        // The documented key order (docs/cli.md).
        const QByteArray start = "{\"accounts\":[{\"id\":\"";
        QVERIFY(vaultCli({u"recovery"_s, u"audit"_s, u"--json"_s}).out.startsWith(start));
    }

    void backupCoversTheAccountsItHolds()
    {
        {
            auto vault = tessera::vault::Vault::open(m_vault, nullptr, secure(kVaultPassword));
            QVERIFY2(vault, qPrintable(vault ? QString() : vault.error().message()));
            tessera::vault::Account* ali = vault->content().find(m_aliId);
            QVERIFY(ali != nullptr);
            QCOMPARE(*ali->recovery.addBackupCodes(secure("1111 2222\n3333 4444\n5555 6666\n")), 3);
            QVERIFY(ali->recovery.setUsed(0, true));
            ali->recovery.email = u"me@example.com"_s;
            ali->recovery.confirmedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(ali->recovery.setLoginUrl(u"https://login.aliexpress.com/"_s));
            QVERIFY(vault->save());
        }
        const auto exported = vaultCli({u"export"_s, u"--format"_s, u"tessera"_s, u"--out"_s, path(u"backup.tessera"_s),
                                        u"--export-password-file"_s, path(u"export-pw"_s)});
        TESSERA_VERIFY_CLI_OK(exported);

        QJsonObject json = auditJson();
        QJsonArray accounts = json.value(u"accounts"_s).toArray();
        QCOMPARE(accounts.at(0).toObject().value(u"outcome"_s).toString(), u"backup"_s);
        QCOMPARE(findingIds(accounts.at(0).toObject().value(u"findings"_s)), QStringList{u"few-backup-codes"_s});
        QCOMPARE(
            accounts.at(0).toObject().value(u"findings"_s).toArray().at(0).toObject().value(u"message"_s).toString(),
            u"Only 2 backup codes are left; get new ones from the service's security settings."_s);
        QCOMPARE(accounts.at(1).toObject().value(u"outcome"_s).toString(), u"backup"_s);
        QCOMPARE(findingIds(accounts.at(1).toObject().value(u"findings"_s)),
                 (QStringList{u"no-backup-codes"_s, u"no-recovery-contact"_s, u"no-login-url"_s}));
        QVERIFY(!json.value(u"summary"_s).toObject().value(u"lastBackup"_s).toString().isEmpty());
        QCOMPARE(json.value(u"summary"_s).toObject().value(u"text"_s).toString(),
                 u"If this computer died today, all 2 accounts would come back from your backup."_s);

        // An account added after the backup is the only one not covered.
        const auto steam = vaultCli({u"add"_s, kSteam});
        TESSERA_VERIFY_CLI_OK(steam);
        json = auditJson();
        accounts = json.value(u"accounts"_s).toArray();
        QCOMPARE(accounts.size(), 3);
        QCOMPARE(accounts.at(0).toObject().value(u"outcome"_s).toString(), u"backup"_s);
        QCOMPARE(accounts.at(1).toObject().value(u"outcome"_s).toString(), u"backup"_s);
        QCOMPARE(accounts.at(2).toObject().value(u"outcome"_s).toString(), u"lost"_s);
        QCOMPARE(findingIds(accounts.at(2).toObject().value(u"findings"_s)).value(0), u"no-backup-since-change"_s);
        QCOMPARE(
            accounts.at(2).toObject().value(u"findings"_s).toArray().at(0).toObject().value(u"message"_s).toString(),
            u"This account changed after your last backup; make a new backup or emergency kit."_s);
        QCOMPARE(json.value(u"summary"_s).toObject().value(u"text"_s).toString(),
                 u"If this computer died today, 2 of 3 accounts would come back from your backup, 1 would be lost."_s);

        // Human output: a gap-free section line, and never a backup code.
        const auto human = vaultCli({u"recovery"_s, u"audit"_s});
        TESSERA_VERIFY_CLI_OK(human);
        QVERIFY2(human.out.contains("AliExpress (me)\n  warning   Only 2 backup codes are left"),
                 human.out.constData());
        QVERIFY(human.out.contains("\nLast backup: 20"));
        for (const QByteArray& code : {QByteArray("1111 2222"), QByteArray("3333"), QByteArray("5555")}) {
            QVERIFY(!human.out.contains(code));
            QVERIFY(!vaultCli({u"recovery"_s, u"audit"_s, u"--json"_s}).out.contains(code));
        }
    }

    void emergencyKitCountsToo()
    {
        const auto kit =
            vaultCli({u"export"_s, u"--format"_s, u"emergency-kit"_s, u"--plain"_s, u"--out"_s, path(u"kit.pdf"_s)});
        TESSERA_VERIFY_CLI_OK(kit);
        const QJsonObject json = auditJson();
        QCOMPARE(json.value(u"summary"_s).toObject().value(u"backup"_s).toInt(), 3);
        QCOMPARE(json.value(u"summary"_s).toObject().value(u"lost"_s).toInt(), 0);
    }

    void errors()
    {
        const auto extra = vaultCli({u"recovery"_s, u"audit"_s, u"extra"_s});
        TESSERA_VERIFY_CLI_FAILURE(extra, 1);
        const auto wrong = tessera::test::runCli(
            {u"--vault"_s, m_vault, u"--password-file"_s, path(u"wrong-pw"_s), u"recovery"_s, u"audit"_s});
        TESSERA_VERIFY_CLI_FAILURE(wrong, 4);
        const auto missing = tessera::test::runCli({u"--vault"_s, path(u"none/vault.tessera"_s), u"--password-file"_s,
                                                    path(u"vault-pw"_s), u"recovery"_s, u"audit"_s});
        TESSERA_VERIFY_CLI_FAILURE(missing, 3);
    }
};

QTEST_GUILESS_MAIN(TestCliRecoveryAudit)
#include "tst_clirecoveryaudit.moc"
