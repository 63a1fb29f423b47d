// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// cli.export: every export format through the real tessera-cli, each read back — by Tessera's
// own import (a round trip into a fresh vault must give the same accounts) and, where the
// format is meant for other programs, by independent readers: zbarimg plus a protobuf reader
// written here in Python for the Google Authenticator codes, pdftotext/pdftoppm + zbarimg for
// the emergency kit. Plaintext formats refuse to run without --plain.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::test::outText;
using tessera::test::ProcessResult;

namespace {

const QByteArray kVaultPassword = "vault password for the export tests";
const QByteArray kExportPassword = "export password";

// Accounts Google Authenticator can hold, and two it cannot (Steam; 7 digits).
const QStringList kUris = {
    u"otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno"_s,
    u"otpauth://totp/AliExpress:shopper%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=AliExpress"_s,
    u"otpauth://hotp/Issuu:James?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4&issuer=Issuu&counter=1"_s,
    u"otpauth://totp/Airbnb:Elijah?secret=7ELGJSGXNCCTV3O6LKJWYFV2RA&issuer=Airbnb&algorithm=SHA512&digits=8&period=30"_s,
    u"otpauth://totp/%D0%AF%D0%BD%D0%B4%D0%B5%D0%BA%D1%81:%D0%B8%D0%B2%D0%B0%D0%BD?secret=GEZDGNBVGY3TQOJQ&issuer=%D0%AF%D0%BD%D0%B4%D0%B5%D0%BA%D1%81"_s,
    u"otpauth://steam/Steam:gamer?secret=JRZCL47CMXVOQMNPZR2F7J4RGI"_s,
    u"otpauth://totp/SPDX:James?secret=5OM4WOOGPLQEF6UGN3CPEOOLWU&issuer=SPDX&algorithm=SHA256&digits=7&period=20"_s,
};

/* Reads otpauth-migration URIs (one per line on stdin) with nothing but the standard library:
 * Base64, varints and length-delimited fields per FORMATS.md §3.2. Prints JSON. */
const QByteArray kMigrationReader = R"PY(
import base64, json, sys, urllib.parse

def fields(data):
    i = 0
    while i < len(data):
        key, i = varint(data, i)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, i = varint(data, i)
        elif wire == 2:
            length, i = varint(data, i)
            value = data[i:i + length]
            i += length
        else:
            raise ValueError("unexpected wire type %d" % wire)
        yield number, value

def varint(data, i):
    shift = result = 0
    while True:
        byte = data[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return result, i

codes = []
for line in sys.stdin.read().split():
    query = urllib.parse.urlparse(line).query
    data = base64.b64decode(urllib.parse.parse_qs(query)["data"][0])
    code = {"accounts": []}
    for number, value in fields(data):
        if number == 1:
            account = {}
            for n, v in fields(value):
                if n == 1: account["secret"] = base64.b32encode(v).decode().rstrip("=")
                elif n == 2: account["name"] = v.decode()
                elif n == 3: account["issuer"] = v.decode()
                elif n == 4: account["algorithm"] = v
                elif n == 5: account["digits"] = v
                elif n == 6: account["type"] = v
                elif n == 7: account["counter"] = v
            code["accounts"].append(account)
        elif number == 2: code["version"] = value
        elif number == 3: code["batch_size"] = value
        elif number == 4: code["batch_index"] = value
        elif number == 5: code["batch_id"] = value
    codes.append(code)
print(json.dumps(codes))
)PY";

} // namespace

class TestCliExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_vaultPasswordFile;
    QString m_exportPasswordFile;
    QString m_vault;
    int m_vaults = 0;

    QString path(const QString& name) const { return m_home.filePath(name); }

    ProcessResult vaultCli(const QString& vault, const QStringList& arguments)
    {
        return tessera::test::runCli(QStringList{u"--vault"_s, vault, u"--password-file"_s, m_vaultPasswordFile}
                                     + arguments);
    }

    QString createVault(const QStringList& uris)
    {
        const QString vault = path(u"vaults/v%1/vault.tessera"_s.arg(++m_vaults));
        const auto init = vaultCli(vault, {u"init"_s, u"--no-keychain"_s});
        [&] { TESSERA_VERIFY_CLI_OK(init); }();
        for (const QString& uri : uris) {
            const auto added = vaultCli(vault, {u"add"_s, uri});
            [&] { QVERIFY2(added.exitCode == 0, added.err.constData()); }();
        }
        return vault;
    }

    /* The vault's accounts without their ids, in order: what a round trip must preserve. */
    QJsonArray accountsOf(const QString& vault)
    {
        const auto listed = vaultCli(vault, {u"list"_s, u"--json"_s, u"--with-secrets"_s});
        QJsonArray accounts;
        for (const QJsonValue& value : QJsonDocument::fromJson(listed.out).array()) {
            QJsonObject account = value.toObject();
            account.remove(u"id"_s);
            accounts.append(account);
        }
        return accounts;
    }

    /* Imports `files` into a fresh vault and returns its accounts. */
    QJsonArray roundTrip(const QStringList& files, const QString& password = {})
    {
        const QString fresh = createVault({});
        QStringList arguments{u"import"_s};
        arguments += files;
        if (!password.isEmpty()) {
            arguments << u"--import-password-file"_s << password;
        }
        const auto imported = vaultCli(fresh, arguments);
        [&] { QVERIFY2(imported.exitCode == 0, imported.err.constData()); }();
        return accountsOf(fresh);
    }

    static QJsonArray without(QJsonArray accounts, const QStringList& issuers)
    {
        for (qsizetype i = accounts.size() - 1; i >= 0; --i) {
            if (issuers.contains(accounts.at(i).toObject().value(u"issuer"_s).toString())) {
                accounts.removeAt(i);
            }
        }
        return accounts;
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
        m_vaultPasswordFile = path(u"vault-password"_s);
        tessera::test::writeFile(m_vaultPasswordFile, kVaultPassword + '\n');
        m_exportPasswordFile = path(u"export-password"_s);
        tessera::test::writeFile(m_exportPasswordFile, kExportPassword + '\n');
        m_vault = createVault(kUris);
        QCOMPARE(accountsOf(m_vault).size(), kUris.size());
    }

    void plaintextNeedsPlain()
    {
        for (const QString& format : {u"aegis-plain"_s, u"uris"_s, u"gauth-qr"_s, u"emergency-kit"_s}) {
            const QString out = path(u"refused-"_s + format);
            const auto result = vaultCli(m_vault, {u"export"_s, u"--format"_s, format, u"--out"_s, out});
            TESSERA_VERIFY_CLI_FAILURE(result, 1);
            QVERIFY(tessera::test::singleErrorLine(result).contains(u"--plain"_s));
            QVERIFY(QDir(m_home.path()).entryList({u"refused-*"_s}).isEmpty());
        }
        for (const QString& format : {u"tessera"_s, u"aegis"_s}) {
            const auto result =
                vaultCli(m_vault, {u"export"_s, u"--format"_s, format, u"--out"_s, path(u"refused-"_s + format)});
            TESSERA_VERIFY_CLI_FAILURE(result, 1);
            QVERIFY(tessera::test::singleErrorLine(result).contains(u"--export-password-file"_s));
        }
        const auto unknown = vaultCli(m_vault, {u"export"_s, u"--format"_s, u"pdf"_s, u"--out"_s, path(u"x"_s)});
        TESSERA_VERIFY_CLI_FAILURE(unknown, 2);
        // A mistyped folder is not created.
        const auto noFolder = vaultCli(m_vault, {u"export"_s, u"--format"_s, u"uris"_s, u"--plain"_s, u"--out"_s,
                                                 path(u"no-such-folder/x.txt"_s)});
        TESSERA_VERIFY_CLI_FAILURE(noFolder, 2);
        QVERIFY(!QFileInfo::exists(path(u"no-such-folder"_s)));
        const QString empty = createVault({});
        const auto nothing =
            vaultCli(empty, {u"export"_s, u"--format"_s, u"uris"_s, u"--plain"_s, u"--out"_s, path(u"none.txt"_s)});
        TESSERA_VERIFY_CLI_FAILURE(nothing, 3);
    }

    void fileFormatsRoundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("encrypted");
        QTest::newRow("tessera") << u"tessera"_s << true;
        QTest::newRow("aegis") << u"aegis"_s << true;
        QTest::newRow("aegis-plain") << u"aegis-plain"_s << false;
        QTest::newRow("uris") << u"uris"_s << false;
    }

    void fileFormatsRoundTrip()
    {
        QFETCH(QString, format);
        QFETCH(bool, encrypted);
        const QString out = path(u"export."_s + format);
        QStringList arguments{u"export"_s, u"--format"_s, format, u"--out"_s, out, u"--json"_s};
        arguments << (encrypted ? QStringList{u"--export-password-file"_s, m_exportPasswordFile}
                                : QStringList{u"--plain"_s});
        const auto result = vaultCli(m_vault, arguments);
        TESSERA_VERIFY_CLI_OK(result);
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(json.value(u"files"_s).toArray(), QJsonArray{out});
        QCOMPARE(json.value(u"exported"_s).toInt(), kUris.size());
        QCOMPARE(QFileInfo(out).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const QByteArray bytes = tessera::test::readFile(out);
        if (encrypted) {
            QVERIFY(!bytes.contains("4SJHB4GSD43FZBAI7C2HLRJGPQ")); // no secret in clear
            QCOMPARE(roundTrip({out}, m_exportPasswordFile), accountsOf(m_vault));
            // A wrong export password cannot open it.
            const QString wrong = path(u"wrong-password"_s);
            tessera::test::writeFile(wrong, "wrong\n");
            const auto refused = vaultCli(createVault({}), {u"import"_s, out, u"--import-password-file"_s, wrong});
            TESSERA_VERIFY_CLI_FAILURE(refused, 4);
        } else {
            QVERIFY(bytes.contains("4SJHB4GSD43FZBAI7C2HLRJGPQ"));
            QCOMPARE(roundTrip({out}), accountsOf(m_vault));
        }
    }

    void googleAuthenticatorCodes()
    {
        TESSERA_REQUIRE_TOOL(zbarimg, u"zbarimg"_s);
        const QString python = tessera::test::systemPython();
        if (python.isEmpty()) {
            QSKIP("Debian's python3 is not installed");
        }
        // 23 accounts Google can hold → three codes (10, 10, 3) of one batch; plus the two it cannot.
        QStringList uris = kUris;
        for (int i = 0; i < 18; ++i) {
            uris.append(
                u"otpauth://totp/Shop%1:buyer?secret=JBSWY3DPEHPK3P%2AGEZDGNBVGY3TQOJQ&issuer=Shop%1"_s.arg(i).arg(
                    QChar(u'A' + i)));
        }
        const QString vault = createVault(uris);
        const QString out = path(u"gauth/transfer"_s);
        QVERIFY(QDir().mkpath(path(u"gauth"_s)));
        const auto result = vaultCli(vault, {u"export"_s, u"--format"_s, u"gauth-qr"_s, u"--plain"_s, u"--out"_s, out});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QStringList files = outText(result).split(u'\n');
        QCOMPARE(files, (QStringList{out + u"-1.png"_s, out + u"-2.png"_s, out + u"-3.png"_s}));
        // The two accounts left out are named on stderr.
        QVERIFY2(result.err.contains("Steam") && result.err.contains("SPDX"), result.err.constData());

        QByteArray links;
        for (const QString& file : files) {
            const auto decoded = tessera::test::run(zbarimg, {u"--quiet"_s, u"--raw"_s, file});
            QCOMPARE(decoded.exitCode, 0);
            QVERIFY(decoded.out.startsWith("otpauth-migration://offline?data="));
            links += decoded.out;
        }
        const auto read = tessera::test::run(python, {u"-c"_s, QString::fromUtf8(kMigrationReader)}, links);
        QVERIFY2(read.exitCode == 0, read.err.constData());
        const QJsonArray codes = QJsonDocument::fromJson(read.out).array();
        QCOMPARE(codes.size(), 3);
        QSet<qint64> batchIds;
        int accounts = 0;
        for (int i = 0; i < 3; ++i) {
            const QJsonObject code = codes.at(i).toObject();
            QCOMPARE(code.value(u"batch_size"_s).toInt(), 3);
            QCOMPARE(code.value(u"batch_index"_s).toInt(0), i); // proto3: index 0 may be left out
            batchIds.insert(code.value(u"batch_id"_s).toInteger());
            accounts += int(code.value(u"accounts"_s).toArray().size());
        }
        QCOMPARE(batchIds.size(), 1);
        QCOMPARE(accounts, 23);
        const QJsonObject first = codes.at(0).toObject().value(u"accounts"_s).toArray().at(0).toObject();
        QCOMPARE(first.value(u"secret"_s).toString(), u"4SJHB4GSD43FZBAI7C2HLRJGPQ"_s);
        QCOMPARE(first.value(u"issuer"_s).toString(), u"Deno"_s);

        // And Tessera reads its own codes back: all but the two skipped accounts.
        QCOMPARE(roundTrip(files), without(accountsOf(vault), {u"Steam"_s, u"SPDX"_s}));
    }

    void emergencyKit()
    {
        TESSERA_REQUIRE_TOOL(pdftotext, u"pdftotext"_s);
        TESSERA_REQUIRE_TOOL(pdftoppm, u"pdftoppm"_s);
        TESSERA_REQUIRE_TOOL(zbarimg, u"zbarimg"_s);
        const QString out = path(u"kit.pdf"_s);
        const auto result =
            vaultCli(m_vault, {u"export"_s, u"--format"_s, u"emergency-kit"_s, u"--plain"_s, u"--out"_s, out});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(tessera::test::readFile(out).startsWith("%PDF-"));
        QCOMPARE(QFileInfo(out).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        const auto text = tessera::test::run(pdftotext, {u"-layout"_s, out, u"-"_s});
        QCOMPARE(text.exitCode, 0);
        const QString content = QString::fromUtf8(text.out);
        for (const QString& expected :
             {u"Tessera emergency kit"_s, u"AliExpress"_s, u"shopper@example.com"_s, u"Яндекс"_s, u"Steam"_s,
              u"4SJH B4GS D43F ZBAI 7C2H LRJG PQ"_s, u"Add account"_s}) {
            QVERIFY2(content.contains(expected), qPrintable(expected));
        }
        // Every account's QR code scans back to its own otpauth:// link.
        const auto pages = tessera::test::run(pdftoppm, {u"-r"_s, u"150"_s, u"-png"_s, out, path(u"kit-page"_s)});
        QCOMPARE(pages.exitCode, 0);
        const QStringList images = QDir(m_home.path()).entryList({u"kit-page*.png"_s}, QDir::Files, QDir::Name);
        QVERIFY(!images.isEmpty());
        QStringList links;
        for (const QString& image : images) {
            const auto decoded = tessera::test::run(zbarimg, {u"--quiet"_s, u"--raw"_s, path(image)});
            links += QString::fromUtf8(decoded.out).split(u'\n', Qt::SkipEmptyParts);
        }
        QCOMPARE(links.size(), kUris.size());
        const QString linksFile = path(u"kit-links.txt"_s);
        tessera::test::writeFile(linksFile, links.join(u'\n').toUtf8());
        auto fromKit = roundTrip({linksFile});
        auto expected = accountsOf(m_vault);
        const auto byIssuer = [](const QJsonValue& a, const QJsonValue& b) {
            return a.toObject().value(u"issuer"_s).toString() < b.toObject().value(u"issuer"_s).toString();
        };
        QList<QJsonValue> sortedKit(fromKit.begin(), fromKit.end());
        QList<QJsonValue> sortedVault(expected.begin(), expected.end());
        std::sort(sortedKit.begin(), sortedKit.end(), byIssuer);
        std::sort(sortedVault.begin(), sortedVault.end(), byIssuer);
        QCOMPARE(sortedKit, sortedVault);
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
