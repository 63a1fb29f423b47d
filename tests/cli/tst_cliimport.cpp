// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// cli.import: `tessera-cli import` on every file of the shared fixtures, as a user would run it
// (the format recognised from the content), the exit statuses of unreadable files, and the
// promise that a failed or duplicate import leaves the vault file byte for byte as it was.
// The per-field contents of each fixture are checked by the importer tests in core; here the
// whole chain (detection, password, preview, one save) runs through the real binary.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cctype>

using namespace Qt::Literals::StringLiterals;
using tessera::test::outText;
using tessera::test::ProcessResult;

namespace {

const QByteArray kVaultPassword = "vault password for the import tests";

QJsonObject jsonObject(const ProcessResult& result)
{
    return QJsonDocument::fromJson(result.out).object();
}

QByteArray digestOf(const QString& path)
{
    return QCryptographicHash::hash(tessera::test::readFile(path), QCryptographicHash::Sha256);
}

} // namespace

class TestCliImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_vaultPasswordFile;
    int m_vaults = 0;

    QString path(const QString& name) const { return m_home.filePath(name); }
    QString newVaultPath() { return path(u"vaults/v%1/vault.tessera"_s.arg(++m_vaults)); }

    QString passwordFile(const QByteArray& password)
    {
        const QString file = path(u"pw-%1"_s.arg(QString::fromLatin1(password.toHex())));
        tessera::test::writeFile(file, password + '\n');
        return file;
    }

    ProcessResult vaultCli(const QString& vault, const QStringList& arguments)
    {
        return tessera::test::runCli(QStringList{u"--vault"_s, vault, u"--password-file"_s, m_vaultPasswordFile}
                                     + arguments);
    }

    QString createVault()
    {
        const QString vault = newVaultPath();
        const auto init = vaultCli(vault, {u"init"_s, u"--no-keychain"_s});
        [&] { TESSERA_VERIFY_CLI_OK(init); }();
        return vault;
    }

    /* A dry run with no vault: the plain conversion of one or more files. */
    ProcessResult convert(const QStringList& files, const QByteArray& password = {})
    {
        QStringList arguments{u"--vault"_s, path(u"no-vault-here/vault.tessera"_s), u"import"_s, u"--dry-run"_s,
                              u"--json"_s};
        if (!password.isEmpty()) {
            arguments << u"--import-password-file"_s << passwordFile(password);
        }
        return tessera::test::runCli(arguments + files);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        tessera::test::forgetDisplay();
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_DATA_HOME", path(u"data"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", path(u"config"_s).toUtf8());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tessera-test-bus");
        qunsetenv("TESSERA_VAULT");
        m_vaultPasswordFile = passwordFile(kVaultPassword);
    }

    void everyFixture_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<int>("entries");
        QTest::addColumn<int>("invalid");
        QTest::addColumn<QString>("firstIssuer"); // of the first valid entry

        auto row = [](const char* file, const char* password, int entries, int invalid, const QString& issuer) {
            QTest::newRow(file) << QString::fromUtf8(file) << QByteArray(password) << entries << invalid << issuer;
        };
        row("aegis/aegis_plain.json", "", 7, 0, u"Deno"_s);
        row("aegis/aegis_encrypted.json", "test", 7, 0, u"Deno"_s);
        row("aegis/aegis_plain_grouped_v2.json", "", 7, 0, u"Deno"_s);
        row("otpauth-uri/plain.txt", "", 7, 0, u"Deno"_s);
        row("2fas/2fas_authenticator.json", "", 6, 0, u"Deno"_s);
        row("2fas/2fas_authenticator_plain.2fas", "", 4, 0, u"Deno"_s);
        row("2fas/2fas_authenticator_encrypted.2fas", "test", 4, 0, u"Deno"_s);
        row("2fas/2fas_authenticator_plain_v3.2fas", "", 6, 0, u"Deno"_s);
        row("2fas/2fas_authenticator_encrypted_v3.2fas", "test", 6, 0, u"Deno"_s);
        row("2fas/2fas_authenticator_plain_v4.2fas", "", 5, 0, u"Deno"_s);
        row("2fas/2fas_authenticator_encrypted_v4.2fas", "test", 5, 0, u"Deno"_s);
        row("andotp/andotp_plain.json", "", 7, 0, u"Deno"_s);
        row("andotp/andotp_encrypted.bin", "test", 7, 0, u"Deno"_s);
        row("andotp/andotp_encrypted_old.bin", "test", 6, 0, u"Deno"_s);
        row("freeotp/freeotp.xml", "", 4, 0, u"WWE"_s);
        row("freeotp/freeotp_v2_api23.xml", "test", 6, 0, u"Air Canada"_s);
        row("freeotp/freeotp_v2_api25.xml", "test", 6, 0, u"Air Canada"_s);
        row("freeotp/freeotp_v2_api27.xml", "test", 6, 0, u"Air Canada"_s);
        row("freeotp/freeotp_v2_api34.xml", "test", 6, 0, u"Air Canada"_s);
        row("freeotpplus/freeotp_plus.json", "", 6, 0, u"WWE"_s);
        row("freeotpplus/freeotp_plus_internal.xml", "", 6, 0, u"WWE"_s);
        row("ente/ente_auth.txt", "", 7, 0, u"Air Canada"_s);
        row("bitwarden/bitwarden.json", "", 4, 0, u"Deno"_s);
        row("bitwarden/bitwarden.csv", "", 4, 0, u"Deno"_s);
        row("google-migration/example_export.txt", "", 6, 0, u"raspberrypi"_s);
        row("google-migration/example_export.png", "", 3, 0, u"Test1"_s);
        row("google-migration/test_plus_problem_export.txt", "", 4, 0, u"SerenityLabs"_s);
        row("google-migration/url_list_output.txt", "", 6, 0, u"raspberrypi"_s);
        row("proton/proton_authenticator.json", "", 3, 0, u"Deno"_s);
        row("synthetic/proton_authenticator_encrypted_SYNTHETIC.json", "test", 3, 0, u"Deno"_s);
        row("steam/steam.json", "", 1, 0, u"Steam"_s);
        row("steam/steam_old.json", "", 1, 0, u"Steam"_s);
        row("proton-pass-common/2fas/encrypted.2fas", "test", 2, 0, u"myissuer"_s);
        row("proton-pass-common/2fas/decrypted.2fas", "", 2, 0, u"myissuer"_s);
        row("proton-pass-common/2fas/decrypted_ios.2fas", "", 2, 0, u"Code1 2FAS"_s);
        row("proton-pass-common/2fas/decrypted_with_hotp.2fas", "", 2, 0, u"Proton"_s);
        row("proton-pass-common/2fas/decrypted_with_hotp_and_unsupported_algorithms.2fas", "", 2, 1, u"cncnncncn"_s);
        row("proton-pass-common/2fas/decrypted_with_hotp_missing_period.2fas", "", 4, 0, u"cncnncncn"_s);
        row("proton-pass-common/2fas/decrypted_with_manual_entries.2fas", "", 12, 0, u"Amazon"_s);
        row("proton-pass-common/2fas/decrypted_with_missing_fields.2fas", "", 1, 0, u"Amazon"_s);
        row("proton-pass-common/aegis/aegis-json-encrypted-test.json", "test", 3, 0, u"myissuer"_s);
        row("proton-pass-common/aegis/aegis-json-unencrypted.json", "", 3, 0, u"myissuer"_s);
        row("proton-pass-common/aegis/aegis-json-unencrypted-hotp.json", "", 2, 0, QString());
        row("proton-pass-common/aegis/aegis-json-unencrypted-with-bad-period-digits.json", "", 2, 2, QString());
        row("proton-pass-common/aegis/aegis-json-unencrypted-with-missing-fields.json", "", 3, 0, u"Proton"_s);
        row("proton-pass-common/aegis/aegis-txt.txt", "", 3, 0, u"myissuer"_s);
        row("proton-pass-common/bitwarden/bitwarden.json", "", 4, 0, u"ISSUER"_s);
        row("proton-pass-common/bitwarden/bitwarden.csv", "", 4, 0, u"ISSUER"_s);
        row("proton-pass-common/bitwarden/bitwarden_app.json", "", 1, 0, u"ItemWithTOTP"_s);
        row("proton-pass-common/bitwarden/bitwarden_sample.csv", "", 3, 0, QString());
        row("proton-pass-common/ente/encrypted.nominalcomplexity.txt", "password", 3, 0, QString());
        row("proton-pass-common/ente/encrypted.lowcomplexity.txt", "password", 3, 0, QString());
        row("proton-pass-common/ente/encrypted_decrypted.txt", "", 3, 0, QString());
        row("proton-pass-common/ente/plain.txt", "", 2, 0, QString());
        row("proton-pass-common/ente/plain_20_entries.txt", "", 20, 0, u"Proton"_s);
        row("proton-pass-common/ente/plain_with_hotp.txt", "", 6, 0, QString());
        row("proton-pass-common/ente/plain_with_missing_fields.txt", "", 1, 0, QString());
        row("proton-pass-common/ente/plain_with_steam_and_hotp.txt", "", 3, 0, u"Item1happysteam"_s);
        row("proton-pass-common/qr/GoogleAuthenticatorExport_1.png", "", 10, 0, QString());
        row("proton-pass-common/qr/GoogleAuthenticatorExport_2.png", "", 10, 0, QString());
        row("proton-pass-common/qr/GoogleAuthenticatorExport_3.png", "", 10, 0, QString());
        row("proton-pass-common/qr/GoogleAuthenticator_ScreenshotBigQR.jpeg", "", 7, 0, QString());
        row("proton-pass-common/qr/GoogleAuthImportScreenshotCropped.jpg", "", 1, 0, QString());
    }

    void everyFixture()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, password);
        QFETCH(int, entries);
        QFETCH(int, invalid);
        QFETCH(QString, firstIssuer);
        TESSERA_REQUIRE_FIXTURE(fixture, file);
        const auto result = convert({fixture}, password);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject json = jsonObject(result);
        const QJsonArray list = json.value(u"entries"_s).toArray();
        QCOMPARE(list.size(), entries);
        QCOMPARE(json.value(u"invalid"_s).toInt(), invalid);
        QCOMPARE(json.value(u"imported"_s).toInt(), 0);
        QString issuer;
        for (const QJsonValue& entry : list) {
            const QJsonObject object = entry.toObject();
            QCOMPARE(object.value(u"file"_s).toString(), fixture);
            if (object.value(u"status"_s).toString() == u"invalid"_s) {
                QVERIFY(!object.value(u"reason"_s).toString().isEmpty());
                continue;
            }
            const QJsonObject account = object.value(u"account"_s).toObject();
            // A dry run is a conversion: the accounts come with their secrets.
            QVERIFY(!account.value(u"secret"_s).toString().isEmpty());
            QVERIFY(account.value(u"id"_s).isNull());
            if (issuer.isNull()) {
                issuer = account.value(u"issuer"_s).toString();
            }
        }
        if (!firstIssuer.isEmpty()) {
            QCOMPARE(issuer, firstIssuer);
        }
        if (!password.isEmpty()) {
            // The same file without its password: nothing read, exit status 4.
            const auto without = convert({fixture});
            TESSERA_VERIFY_CLI_FAILURE(without, 4);
            const auto wrong = convert({fixture}, "not the password");
            TESSERA_VERIFY_CLI_FAILURE(wrong, 4);
        }
    }

    void notAuthenticatorQrCodes()
    {
        for (const QString& file :
             {u"google-migration/qr_but_without_otp.png"_s, u"proton-pass-common/qr/example.png"_s}) {
            TESSERA_REQUIRE_FIXTURE(fixture, file);
            const auto result = convert({fixture});
            TESSERA_VERIFY_CLI_FAILURE(result, 2);
            QVERIFY(tessera::test::singleErrorLine(result).contains(u"not an authenticator code"_s));
        }
    }

    void transferBatchesAcrossImages()
    {
        TESSERA_REQUIRE_FIXTURE(first, u"proton-pass-common/qr/GoogleAuthenticatorExport_1.png"_s);
        TESSERA_REQUIRE_FIXTURE(second, u"proton-pass-common/qr/GoogleAuthenticatorExport_2.png"_s);
        // The same code photographed twice counts once (it is the same code of the batch), and
        // the warning says the other codes of the batch of three are missing.
        const auto result = convert({first, second});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject json = jsonObject(result);
        QCOMPARE(json.value(u"new"_s).toInt(), 10);
        QCOMPARE(json.value(u"entries"_s).toArray().size(), 10);
        QVERIFY2(result.err.contains("of 3"), result.err.constData());
    }

    /* Every encrypted format: a wrong password, copies cut short at several places and a
     * tampered copy never import anything, exit with 4, 5 or 2, and leave the vault file byte
     * for byte as it was. */
    void brokenEncryptedFilesLeaveTheVaultAlone_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("password");
        QTest::newRow("aegis") << u"aegis/aegis_encrypted.json"_s << QByteArray("test");
        QTest::newRow("2fas") << u"2fas/2fas_authenticator_encrypted_v4.2fas"_s << QByteArray("test");
        QTest::newRow("andotp") << u"andotp/andotp_encrypted.bin"_s << QByteArray("test");
        QTest::newRow("andotp-old") << u"andotp/andotp_encrypted_old.bin"_s << QByteArray("test");
        QTest::newRow("freeotp") << u"freeotp/freeotp_v2_api34.xml"_s << QByteArray("test");
        QTest::newRow("ente") << u"proton-pass-common/ente/encrypted.lowcomplexity.txt"_s << QByteArray("password");
        QTest::newRow("proton") << u"synthetic/proton_authenticator_encrypted_SYNTHETIC.json"_s << QByteArray("test");
    }

    void brokenEncryptedFilesLeaveTheVaultAlone()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, password);
        TESSERA_REQUIRE_FIXTURE(fixture, file);
        const QString vault = createVault();
        const QByteArray before = digestOf(vault);
        const QString right = passwordFile(password);
        const QString wrong = passwordFile("wrong " + password);

        auto result = vaultCli(vault, {u"import"_s, fixture, u"--import-password-file"_s, wrong});
        TESSERA_VERIFY_CLI_FAILURE(result, 4);
        QCOMPARE(digestOf(vault), before);

        const QByteArray bytes = tessera::test::readFile(fixture);
        const QString broken = path(u"broken-"_s + QFileInfo(fixture).fileName());
        for (const qsizetype length :
             {qsizetype(0), qsizetype(5), bytes.size() / 3, bytes.size() / 2, bytes.size() - 1}) {
            tessera::test::writeFile(broken, bytes.left(length));
            result = vaultCli(vault, {u"import"_s, broken, u"--import-password-file"_s, right});
            QVERIFY2(result.exitCode == 2 || result.exitCode == 4 || result.exitCode == 5,
                     qPrintable(u"cut at %1: exit %2"_s.arg(length).arg(result.exitCode)));
            QVERIFY(result.out.isEmpty());
            QCOMPARE(digestOf(vault), before);
        }
        // One letter or digit changed into another of its kind, two thirds into the file: inside
        // the encrypted part for every format here, and still well-formed text around it.
        QByteArray tampered = bytes;
        qsizetype at = bytes.size() * 2 / 3;
        while (at < bytes.size() && !std::isalnum(static_cast<unsigned char>(bytes[at]))) {
            ++at;
        }
        QVERIFY(at < bytes.size());
        const char c = bytes[at];
        tampered[at] = std::isdigit(static_cast<unsigned char>(c)) ? char('0' + (c - '0' + 1) % 10)
                       : (c == 'z' || c == 'Z')                    ? char(c - 25)
                                                                   : char(c + 1);
        tessera::test::writeFile(broken, tampered);
        result = vaultCli(vault, {u"import"_s, broken, u"--import-password-file"_s, right});
        QVERIFY2(result.exitCode == 2 || result.exitCode == 4 || result.exitCode == 5,
                 qPrintable(u"tampered: exit %1 %2"_s.arg(result.exitCode).arg(QString::fromUtf8(result.err))));
        QCOMPARE(digestOf(vault), before);

        // And the file itself imports, in one save.
        result = vaultCli(vault, {u"import"_s, fixture, u"--import-password-file"_s, right});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(digestOf(vault) != before);
    }

    void unreadableFilesImportNothing()
    {
        TESSERA_REQUIRE_FIXTURE(plain, u"aegis/aegis_plain.json"_s);
        TESSERA_REQUIRE_FIXTURE(encrypted, u"aegis/aegis_encrypted.json"_s);
        const QString vault = createVault();
        const QByteArray before = digestOf(vault);

        // Unrecognised bytes: exit 2, naming what they looked like.
        const QString garbage = path(u"garbage.bin"_s);
        tessera::test::writeFile(garbage, QByteArray("%PDF-1.4 not a backup"));
        auto result = vaultCli(vault, {u"import"_s, plain, garbage});
        TESSERA_VERIFY_CLI_FAILURE(result, 2);
        QVERIFY(tessera::test::singleErrorLine(result).contains(u"PDF"_s));
        QCOMPARE(digestOf(vault), before);

        // A wrong password for one of two files: exit 4, the other file is not imported either.
        result = vaultCli(vault, {u"import"_s, plain, encrypted, u"--import-password-file"_s, passwordFile("wrong")});
        TESSERA_VERIFY_CLI_FAILURE(result, 4);
        QCOMPARE(digestOf(vault), before);

        // Truncated and tampered copies of an encrypted Aegis vault: never imported.
        const QByteArray bytes = tessera::test::readFile(encrypted);
        for (qsizetype length = 1; length < bytes.size(); length += bytes.size() / 23) {
            const QString cut = path(u"cut.json"_s);
            tessera::test::writeFile(cut, bytes.left(length));
            result = vaultCli(vault, {u"import"_s, cut, u"--import-password-file"_s, passwordFile("test")});
            QVERIFY2(
                result.exitCode == 2 || result.exitCode == 5,
                qPrintable(
                    u"prefix %1: exit %2 %3"_s.arg(length).arg(result.exitCode).arg(QString::fromUtf8(result.err))));
            QVERIFY(result.out.isEmpty());
        }
        QByteArray tampered = bytes;
        const qsizetype db = tampered.indexOf("\"db\"");
        QVERIFY(db > 0);
        tampered[db + 12] = tampered[db + 12] == 'A' ? 'B' : 'A';
        const QString tamperedFile = path(u"tampered.json"_s);
        tessera::test::writeFile(tamperedFile, tampered);
        result = vaultCli(vault, {u"import"_s, tamperedFile, u"--import-password-file"_s, passwordFile("test")});
        TESSERA_VERIFY_CLI_FAILURE(result, 5);
        QCOMPARE(digestOf(vault), before);

        // An image without any QR code: exit 3.
        const QString blank = path(u"blank.pgm"_s);
        tessera::test::writeFile(blank, "P5\n64 64\n255\n" + QByteArray(64 * 64, char(255)));
        result = vaultCli(vault, {u"import"_s, blank});
        TESSERA_VERIFY_CLI_FAILURE(result, 3);
        QCOMPARE(digestOf(vault), before);

        // A file that is not there, and a format forced on a file of another kind: exit 2.
        result = vaultCli(vault, {u"import"_s, path(u"missing.json"_s)});
        TESSERA_VERIFY_CLI_FAILURE(result, 2);
        result = vaultCli(vault, {u"import"_s, plain, u"--format"_s, u"2fas"_s});
        TESSERA_VERIFY_CLI_FAILURE(result, 2);
        QVERIFY2(tessera::test::singleErrorLine(result).contains(u"looks like: Aegis vault"_s), result.err.constData());
        QCOMPARE(digestOf(vault), before);

        // An unknown --format: exit 2.
        result = vaultCli(vault, {u"import"_s, plain, u"--format"_s, u"lastpass"_s});
        TESSERA_VERIFY_CLI_FAILURE(result, 2);
        QCOMPARE(digestOf(vault), before);
    }

    void importOnceThenDuplicates()
    {
        TESSERA_REQUIRE_FIXTURE(plain, u"aegis/aegis_plain.json"_s);
        TESSERA_REQUIRE_FIXTURE(uris, u"otpauth-uri/plain.txt"_s);
        const QString vault = createVault();
        auto result = vaultCli(vault, {u"import"_s, plain, u"--json"_s});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(jsonObject(result).value(u"imported"_s).toInt(), 7);
        const QJsonArray entries = jsonObject(result).value(u"entries"_s).toArray();
        for (const QJsonValue& entry : entries) {
            const QJsonObject account = entry.toObject().value(u"account"_s).toObject();
            QVERIFY(!account.value(u"id"_s).toString().isEmpty()); // the new vault id
            QVERIFY(!account.contains(u"secret"_s));               // not a dry run: no secrets printed
        }
        result = vaultCli(vault, {u"list"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 7);

        // The same accounts from another app's file are duplicates: nothing saved.
        const QByteArray before = digestOf(vault);
        result = vaultCli(vault, {u"import"_s, uris});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(outText(result).contains(u"Nothing new to import"_s));
        QVERIFY(outText(result).startsWith(u"duplicate"_s));
        QCOMPARE(digestOf(vault), before);
    }

    void sameNameOtherSecretKeepsBoth()
    {
        const QString vault = createVault();
        auto result = vaultCli(vault, {u"add"_s, u"otpauth://totp/Deno:Mason?secret=JBSWY3DPEHPK3PXP&issuer=Deno"_s});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        TESSERA_REQUIRE_FIXTURE(plain, u"otpauth-uri/plain.txt"_s);
        result = vaultCli(vault, {u"import"_s, plain});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(outText(result).contains(u"conflict"_s));
        QVERIFY(outText(result).contains(u"Imported 7 accounts."_s));
        result = vaultCli(vault, {u"list"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(result.out).array().size(), 8);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
