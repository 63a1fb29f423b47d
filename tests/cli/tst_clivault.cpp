// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// cli.vault: the vault commands of the real tessera-cli with password-only vaults (no keychain
// needed): init, add, list, code QUERY, remove, passwd, and the exit statuses 3–5 and 7.
//
// Every run passes --vault into a temporary folder, and HOME / XDG_* point there as well, so
// nothing here can reach the real user's vault or keyring. D-Bus is pointed at nothing: a run
// that wrongly asked the keychain fails instead of touching a real keyring. Each unlock costs an
// Argon2id derivation at 64 MiB (~0.3 s), so the flows reuse vaults where they can.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using tessera::test::outText;
using tessera::test::ProcessResult;
using tessera::test::singleErrorLine;

namespace {

// RFC 4226/6238 seed "12345678901234567890" and the Steam vector secret (FORMATS.md §2).
const QString kSeed1 = u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s;
const QString kSteamSecret = u"63BEDWCQZKTQWPESARIERL5DTTQFCJTK"_s;
// "abcdefghijklmnopqrst" in Base32.
const QString kShopSecret = u"MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U"_s;

const QString kTotpUri = u"otpauth://totp/Example:alice?secret=%1&issuer=Example&digits=8"_s.arg(kSeed1);
const QString kHotpUri = u"otpauth://hotp/ACME%20Co:bob?secret=%1&issuer=ACME%20Co&counter=0"_s.arg(kSeed1);
const QString kSteamUri = u"otpauth://steam/Steam:gamer?secret=%1"_s.arg(kSteamSecret);

/* A Google Authenticator transfer link, written by hand (protobuf, FORMATS.md §3) with Python:
 *  1. TOTP, secret "12345678901234567890", name "Corp:alice@example.org", issuer "Corp", 8 digits;
 *  2. HOTP, secret "abcdefghijklmnopqrst", name "bob", issuer "Shop", 6 digits, counter 5;
 * version 1, batch size 1, index 0, batch id 42. */
const QString kTransferLink =
    u"otpauth-migration://offline?data=CjoKFDEyMzQ1Njc4OTAxMjM0NTY3ODkwEhZDb3JwOmFsaWNlQGV4YW1wbGUub3JnGgRDb3Jw"
    "IAEoAjACCikKFGFiY2RlZmdoaWprbG1ub3BxcnN0EgNib2IaBFNob3AgASgBMAE4BRABGAEgACgq"_s;

// RFC 4226 Appendix D: HOTP codes of the seed for counters 0…9.
const QStringList kRfc4226 = {u"755224"_s, u"287082"_s, u"359152"_s, u"969429"_s, u"338314"_s,
                              u"254676"_s, u"287922"_s, u"162583"_s, u"399871"_s, u"520489"_s};

const QByteArray kPassword = "correct horse battery staple";

} // namespace

class TestCliVault : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_passwordFile;
    int m_vaults = 0;

    QString path(const QString& name) const { return m_home.filePath(name); }

    /* A fresh vault path in the temporary folder (the file does not exist yet). */
    QString newVaultPath() { return path(u"vaults/v%1/vault.tessera"_s.arg(++m_vaults)); }

    QString passwordFile(const QByteArray& content)
    {
        const QString file = path(u"pw-%1"_s.arg(QString::fromLatin1(content.toHex())));
        if (!QFileInfo::exists(file)) {
            tessera::test::writeFile(file, content);
        }
        return file;
    }

    /* Runs tessera-cli and checks what every run must honour, success or not: nothing secret on
     * stderr, and stdout empty whenever the exit status is not 0. */
    ProcessResult cli(const QStringList& arguments)
    {
        const ProcessResult result = tessera::test::runCli(arguments);
        // QVERIFY returns from the function it is in: the lambda keeps the result flowing back.
        [&] {
            for (const QString& secret : {kSeed1, kSteamSecret, kShopSecret}) {
                QVERIFY2(!result.err.contains(secret.toUtf8()), result.err.constData());
            }
            QVERIFY2(!result.err.contains(kPassword), result.err.constData());
            if (result.exitCode != 0) {
                QVERIFY2(result.out.isEmpty(), result.out.constData());
            }
        }();
        return result;
    }

    /* `tessera-cli --vault V --password-file PW <arguments>` */
    ProcessResult vaultCli(const QString& vault, const QStringList& arguments, const QString& password = {})
    {
        return cli(
            QStringList{u"--vault"_s, vault, u"--password-file"_s, password.isEmpty() ? m_passwordFile : password}
            + arguments);
    }

    /* A password-only vault with the given URIs; returns their ids. */
    QStringList createVault(const QString& vault, const QStringList& uris)
    {
        const auto init = vaultCli(vault, {u"init"_s, u"--no-keychain"_s});
        [&] { TESSERA_VERIFY_CLI_OK(init); }();
        QStringList ids;
        for (const QString& uri : uris) {
            const auto added = vaultCli(vault, {u"add"_s, uri});
            [&] { QVERIFY2(added.exitCode == 0, added.err.constData()); }();
            ids.append(outText(added));
        }
        return ids;
    }

    static QJsonArray jsonArray(const ProcessResult& result) { return QJsonDocument::fromJson(result.out).array(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        tessera::test::forgetDisplay();
        // A guard in case --vault were ever ignored: the default vault would land in here too.
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_DATA_HOME", path(u"data"_s).toUtf8());
        qputenv("XDG_CONFIG_HOME", path(u"config"_s).toUtf8());
        qputenv("XDG_CACHE_HOME", path(u"cache"_s).toUtf8());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/tessera-test-bus");
        qunsetenv("TESSERA_VAULT");
        m_passwordFile = passwordFile(kPassword + '\n');
        QVERIFY2(tessera::test::runCli({u"--version"_s}).started, "tessera-cli not found in TESSERA_TEST_BIN_DIR");
    }

    void initCreatesAPasswordOnlyVault()
    {
        const QString vault = newVaultPath();
        const auto result = vaultCli(vault, {u"init"_s, u"--no-keychain"_s});
        TESSERA_VERIFY_CLI_OK(result);
        QCOMPARE(outText(result), u"Created vault at %1."_s.arg(vault));
        QVERIFY(QFileInfo(vault).isFile());
        QCOMPARE(QFileInfo(vault).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        const auto list = vaultCli(vault, {u"list"_s, u"--json"_s});
        TESSERA_VERIFY_CLI_OK(list);
        QCOMPARE(list.out, QByteArray("[]\n"));
        // The table of an empty vault is empty; a note says why.
        const auto human = vaultCli(vault, {u"list"_s});
        QCOMPARE(human.exitCode, 0);
        QCOMPARE(human.out, QByteArray());
        QVERIFY(human.err.startsWith("tessera-cli: note: "));
    }

    void initRefusals()
    {
        // --no-keychain without a password: usage, nothing created.
        const QString vault = newVaultPath();
        const auto noPassword = cli({u"--vault"_s, vault, u"init"_s, u"--no-keychain"_s});
        TESSERA_VERIFY_CLI_FAILURE(noPassword, 1);
        QVERIFY(singleErrorLine(noPassword).contains(u"--password-file"_s));
        QVERIFY(!QFileInfo::exists(vault));

        // Empty, blank-first-line, missing and folder password files: 2, nothing created.
        for (const QString& file : {passwordFile(""), passwordFile("\nsecond line\n"), path(u"missing"_s), path({})}) {
            const auto bad = vaultCli(vault, {u"init"_s, u"--no-keychain"_s}, file);
            TESSERA_VERIFY_CLI_FAILURE(bad, 2);
            QVERIFY(!QFileInfo::exists(vault));
        }

        // An existing vault is never overwritten (checked before any password work).
        const QString existing = newVaultPath();
        createVault(existing, {});
        const QByteArray before = tessera::test::readFile(existing);
        for (const QStringList& arguments : {QStringList{u"init"_s, u"--no-keychain"_s}, QStringList{u"init"_s}}) {
            const auto again = vaultCli(existing, arguments, passwordFile("other\n"));
            TESSERA_VERIFY_CLI_FAILURE(again, 2);
            QVERIFY(singleErrorLine(again).contains(u"already exists"_s));
            QCOMPARE(tessera::test::readFile(existing), before);
        }
    }

    void addListAndCode()
    {
        const QString vault = newVaultPath();
        const QStringList ids = createVault(vault, {kTotpUri, kHotpUri, kSteamUri});
        QCOMPARE(ids.size(), 3);
        for (const QString& id : ids) {
            QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(id));
        }
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 3);

        // Human list: a header and one line per account, issuer, name, type and id; no secret.
        const auto human = vaultCli(vault, {u"list"_s});
        TESSERA_VERIFY_CLI_OK(human);
        const QStringList lines = outText(human).split(u'\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(u"ISSUER"_s));
        QCOMPARE(lines.at(1).split(u' ', Qt::SkipEmptyParts),
                 (QStringList{u"Example"_s, u"alice"_s, u"totp"_s, ids[0]}));
        QCOMPARE(lines.at(2).split(u' ', Qt::SkipEmptyParts),
                 (QStringList{u"ACME"_s, u"Co"_s, u"bob"_s, u"hotp"_s, ids[1]}));
        QCOMPARE(lines.at(3).split(u' ', Qt::SkipEmptyParts),
                 (QStringList{u"Steam"_s, u"gamer"_s, u"steam"_s, ids[2]}));
        for (const QString& secret : {kSeed1, kSteamSecret}) {
            QVERIFY(!human.out.contains(secret.toUtf8()));
        }

        // --json: the documented shape, exactly, without "secret".
        const auto json = vaultCli(vault, {u"list"_s, u"--json"_s});
        TESSERA_VERIFY_CLI_OK(json);
        const QByteArray expected =
            u"[{\"id\":\"%1\",\"type\":\"totp\",\"issuer\":\"Example\",\"name\":\"alice\",\"algorithm\":\"SHA1\","
            "\"digits\":8,\"period\":30},"
            "{\"id\":\"%2\",\"type\":\"hotp\",\"issuer\":\"ACME Co\",\"name\":\"bob\",\"algorithm\":\"SHA1\","
            "\"digits\":6,\"counter\":0},"
            "{\"id\":\"%3\",\"type\":\"steam\",\"issuer\":\"Steam\",\"name\":\"gamer\",\"algorithm\":\"SHA1\","
            "\"digits\":5,\"period\":30}]\n"_s.arg(ids[0], ids[1], ids[2])
                .toUtf8();
        QCOMPARE(json.out, expected);

        // --with-secrets: the secrets exactly (Base32, upper case, unpadded), nothing else changes.
        const auto secrets = vaultCli(vault, {u"list"_s, u"--json"_s, u"--with-secrets"_s});
        TESSERA_VERIFY_CLI_OK(secrets);
        const QJsonArray withSecrets = jsonArray(secrets);
        QCOMPARE(withSecrets.size(), 3);
        QCOMPARE(withSecrets.at(0)[u"secret"_s].toString(), kSeed1);
        QCOMPARE(withSecrets.at(1)[u"secret"_s].toString(), kSeed1);
        QCOMPARE(withSecrets.at(2)[u"secret"_s].toString(), kSteamSecret);
        QVERIFY(secrets.out.contains(",\"name\":\"alice\",\"secret\":\"" + kSeed1.toUtf8() + "\",\"algorithm\":"));
        // …and never in a table.
        const auto tableWithSecrets = vaultCli(vault, {u"list"_s, u"--with-secrets"_s});
        TESSERA_VERIFY_CLI_FAILURE(tableWithSecrets, 1);

        // code QUERY gives what code --uri gives for the same URI at the same time.
        for (const QString& at : {u"59"_s, u"1111111109"_s, u"20000000000"_s}) {
            const auto fromVault = vaultCli(vault, {u"code"_s, u"example"_s, u"--at"_s, at});
            const auto fromUri = cli({u"code"_s, u"--uri"_s, kTotpUri, u"--at"_s, at});
            TESSERA_VERIFY_CLI_OK(fromVault);
            TESSERA_VERIFY_CLI_OK(fromUri);
            QCOMPARE(fromVault.out, fromUri.out);
        }
        const auto steam = vaultCli(vault, {u"code"_s, u"gamer"_s, u"--at"_s, u"1511200518"_s});
        TESSERA_VERIFY_CLI_OK(steam);
        QCOMPARE(steam.out, QByteArray("FR8RV\n"));

        // --json: as code --uri, with the id first; the query may be the id or "issuer name".
        const auto codeJson = vaultCli(vault, {u"code"_s, ids[0], u"--at"_s, u"59"_s, u"--json"_s});
        TESSERA_VERIFY_CLI_OK(codeJson);
        QCOMPARE(codeJson.out, u"{\"id\":\"%1\",\"code\":\"94287082\",\"period\":30,\"remaining\":1,\"validFrom\":30,"
                               "\"validUntil\":60}\n"_s.arg(ids[0])
                                   .toUtf8());
        const auto twoWords = vaultCli(vault, {u"code"_s, u"Steam"_s, u"GAMER"_s, u"--at"_s, u"1511200714"_s});
        TESSERA_VERIFY_CLI_OK(twoWords);
        QCOMPARE(twoWords.out, QByteArray("9P3VP\n"));

        // HOTP: each code advances the stored counter (RFC 4226 codes for 0, 1, 2).
        for (int counter = 0; counter < 2; ++counter) {
            const auto code = vaultCli(vault, {u"code"_s, u"acme co bob"_s});
            TESSERA_VERIFY_CLI_OK(code);
            QCOMPARE(outText(code), kRfc4226.at(counter));
        }
        const auto hotpJson = vaultCli(vault, {u"code"_s, ids[1], u"--json"_s});
        TESSERA_VERIFY_CLI_OK(hotpJson);
        QCOMPARE(hotpJson.out, u"{\"id\":\"%1\",\"code\":\"359152\",\"counter\":2}\n"_s.arg(ids[1]).toUtf8());
        const auto after = vaultCli(vault, {u"list"_s, u"--json"_s});
        QCOMPARE(jsonArray(after).at(1)[u"counter"_s].toInt(), 3);
        // Each save kept the previous file.
        QVERIFY(QDir(QFileInfo(vault).dir().filePath(u"versions"_s)).entryList(QDir::Files).size() >= 3);

        // Nothing matches: 3. Several match: 2, naming each with its id. Neither prints a code.
        const auto none = vaultCli(vault, {u"code"_s, u"paypal"_s});
        TESSERA_VERIFY_CLI_FAILURE(none, 3);
        const auto several = vaultCli(vault, {u"code"_s, u"a"_s, u"--at"_s, u"59"_s});
        TESSERA_VERIFY_CLI_FAILURE(several, 2);
        for (const QString& id : ids) {
            QVERIFY2(several.err.contains(id.toUtf8()), several.err.constData());
        }

        // The same type and secret again, under another name: refused, naming the existing id.
        const auto duplicate =
            vaultCli(vault, {u"add"_s, u"otpauth://totp/Other:carol?secret=%1&digits=8"_s.arg(kSeed1)});
        TESSERA_VERIFY_CLI_FAILURE(duplicate, 2);
        QVERIFY2(duplicate.err.contains(ids[0].toUtf8()), duplicate.err.constData());

        // remove: exact id only.
        const auto byName = vaultCli(vault, {u"remove"_s, u"alice"_s});
        TESSERA_VERIFY_CLI_FAILURE(byName, 3);
        const auto removed = vaultCli(vault, {u"remove"_s, ids[0]});
        TESSERA_VERIFY_CLI_OK(removed);
        QCOMPARE(outText(removed), u"Removed Example (alice)."_s);
        const auto again = vaultCli(vault, {u"remove"_s, ids[0]});
        TESSERA_VERIFY_CLI_FAILURE(again, 3);
        const auto remaining = vaultCli(vault, {u"list"_s, u"--json"_s});
        QCOMPARE(jsonArray(remaining).size(), 2);
        QCOMPARE(jsonArray(remaining).at(0)[u"id"_s].toString(), ids[1]);
    }

    void addTransferLink()
    {
        const QString vault = newVaultPath();
        createVault(vault, {});
        const auto added = vaultCli(vault, {u"add"_s, kTransferLink});
        TESSERA_VERIFY_CLI_OK(added);
        const QStringList ids = outText(added).split(u'\n');
        QCOMPARE(ids.size(), 2);

        const auto list = vaultCli(vault, {u"list"_s, u"--json"_s, u"--with-secrets"_s});
        const QJsonArray accounts = jsonArray(list);
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.at(0)[u"id"_s].toString(), ids[0]);
        QCOMPARE(accounts.at(0)[u"issuer"_s].toString(), u"Corp"_s);
        QCOMPARE(accounts.at(0)[u"secret"_s].toString(), kSeed1);
        QCOMPARE(accounts.at(0)[u"digits"_s].toInt(), 8);
        QCOMPARE(accounts.at(1)[u"issuer"_s].toString(), u"Shop"_s);
        QCOMPARE(accounts.at(1)[u"type"_s].toString(), u"hotp"_s);
        QCOMPARE(accounts.at(1)[u"secret"_s].toString(), kShopSecret);
        QCOMPARE(accounts.at(1)[u"counter"_s].toInt(), 5);
        // One save for the whole link: one earlier version (the empty vault) was kept.
        QCOMPARE(QDir(QFileInfo(vault).dir().filePath(u"versions"_s)).entryList(QDir::Files).size(), 1);

        // Adding the same link again adds nothing: 2, the vault unchanged.
        const QByteArray before = tessera::test::readFile(vault);
        const auto again = vaultCli(vault, {u"add"_s, kTransferLink});
        QCOMPARE(again.exitCode, 2);
        QCOMPARE(again.out, QByteArray());
        QCOMPARE(tessera::test::readFile(vault), before);
    }

    void wrongPasswordChangesNothing()
    {
        const QString vault = newVaultPath();
        createVault(vault, {kTotpUri});
        const QByteArray before = tessera::test::readFile(vault);
        const QString wrong = passwordFile("incorrect horse\n");
        for (const QStringList& arguments :
             {QStringList{u"list"_s}, QStringList{u"add"_s, kSteamUri}, QStringList{u"code"_s, u"alice"_s}}) {
            const auto result = vaultCli(vault, arguments, wrong);
            TESSERA_VERIFY_CLI_FAILURE(result, 4);
            QCOMPARE(tessera::test::readFile(vault), before);
        }
    }

    void damagedVaultIsRefusedAndKept()
    {
        const QString vault = newVaultPath();
        createVault(vault, {kTotpUri});
        const QByteArray good = tessera::test::readFile(vault);
        QVERIFY(good.size() > 64);

        struct Damage {
            const char* name;
            QByteArray bytes;
        };
        QByteArray header = good;
        header[10] = char(header[10] ^ 0x01);
        QByteArray middle = good;
        middle[middle.size() / 2] = char(middle[middle.size() / 2] ^ 0x40);
        QByteArray tag = good;
        tag[tag.size() - 1] = char(tag[tag.size() - 1] ^ 0x80);
        const Damage damages[] = {{"header bit", header},
                                  {"middle bit", middle},
                                  {"last bit", tag},
                                  {"truncated", good.left(good.size() - 20)},
                                  {"cut in the header", good.left(12)},
                                  {"empty", QByteArray()}};
        for (const Damage& damage : damages) {
            QVERIFY(tessera::test::writeFile(vault, damage.bytes));
            const auto result = vaultCli(vault, {u"list"_s});
            QVERIFY2(result.exitCode == 5,
                     qPrintable(u"%1: %2"_s.arg(QString::fromLatin1(damage.name), QString::fromUtf8(result.err))));
            TESSERA_VERIFY_CLI_FAILURE(result, 5);
            // The message names the kept version to go back to (the vault before the add).
            const QString message = singleErrorLine(result);
            QVERIFY2(message.contains(u"The newest kept version that opens is "_s), qPrintable(message));
            const QString version =
                message.section(u"The newest kept version that opens is "_s, 1).section(u": "_s, 0, 0);
            QVERIFY2(QFileInfo(version).isFile(), qPrintable(version));
            QCOMPARE(QFileInfo(version).dir(), QDir(QFileInfo(vault).dir().filePath(u"versions"_s)));
            QCOMPARE(tessera::test::readFile(vault), damage.bytes);
        }
        // A damaged vault is not written over by a command that saves, either.
        QVERIFY(tessera::test::writeFile(vault, middle));
        const auto add = vaultCli(vault, {u"add"_s, kSteamUri});
        TESSERA_VERIFY_CLI_FAILURE(add, 5);
        QCOMPARE(tessera::test::readFile(vault), middle);
    }

    void passwdChangesThePassword()
    {
        const QString vault = newVaultPath();
        createVault(vault, {kTotpUri});
        const QString newPassword = passwordFile("new password\r\n");

        const auto missing = vaultCli(vault, {u"passwd"_s});
        TESSERA_VERIFY_CLI_FAILURE(missing, 1);
        const auto emptyNew = vaultCli(vault, {u"passwd"_s, u"--new-password-file"_s, passwordFile("\n")});
        TESSERA_VERIFY_CLI_FAILURE(emptyNew, 2);

        const auto changed = vaultCli(vault, {u"passwd"_s, u"--new-password-file"_s, newPassword});
        TESSERA_VERIFY_CLI_OK(changed);
        QCOMPARE(outText(changed), u"The recovery password was changed."_s);

        const auto old = vaultCli(vault, {u"list"_s});
        TESSERA_VERIFY_CLI_FAILURE(old, 4);
        // "\r\n" and "\n" end the same password.
        const auto works = vaultCli(vault, {u"code"_s, u"alice"_s, u"--at"_s, u"59"_s}, passwordFile("new password\n"));
        TESSERA_VERIFY_CLI_OK(works);
        QCOMPARE(works.out, QByteArray("94287082\n"));

        // The only slot cannot be removed.
        const QByteArray before = tessera::test::readFile(vault);
        const auto remove = vaultCli(vault, {u"passwd"_s, u"--remove"_s}, newPassword);
        TESSERA_VERIFY_CLI_FAILURE(remove, 2);
        QCOMPARE(tessera::test::readFile(vault), before);
    }

    void missingVault()
    {
        const QString vault = newVaultPath();
        const auto list = vaultCli(vault, {u"list"_s});
        TESSERA_VERIFY_CLI_FAILURE(list, 3);
        QVERIFY(!QFileInfo::exists(vault));
    }

    void vaultOptionWinsOverEnvironment()
    {
        const QString fromEnvironment = newVaultPath();
        const QString fromOption = newVaultPath();
        qputenv("TESSERA_VAULT", fromEnvironment.toUtf8());
        // Without --vault, TESSERA_VAULT is the vault.
        const auto init = cli({u"--password-file"_s, m_passwordFile, u"init"_s, u"--no-keychain"_s});
        TESSERA_VERIFY_CLI_OK(init);
        QCOMPARE(outText(init), u"Created vault at %1."_s.arg(fromEnvironment));
        const auto added = cli({u"--password-file"_s, m_passwordFile, u"add"_s, kSteamUri});
        TESSERA_VERIFY_CLI_OK(added);

        // With --vault, that one.
        const auto other = vaultCli(fromOption, {u"init"_s, u"--no-keychain"_s});
        TESSERA_VERIFY_CLI_OK(other);
        QCOMPARE(outText(other), u"Created vault at %1."_s.arg(fromOption));
        const auto list = vaultCli(fromOption, {u"list"_s, u"--json"_s});
        qunsetenv("TESSERA_VAULT");
        TESSERA_VERIFY_CLI_OK(list);
        QCOMPARE(list.out, QByteArray("[]\n"));
        QVERIFY(QFileInfo(fromEnvironment).isFile());
        // Nothing went to the default location.
        QVERIFY(!QFileInfo::exists(path(u"data/Tessera/Tessera/vault.tessera"_s)));
    }

    void heldLockIsVaultInUse()
    {
        const QString vault = newVaultPath();
        createVault(vault, {kHotpUri});
        const QByteArray before = tessera::test::readFile(vault);
        // core/vault/VaultLock: a QLockFile at "<vault>.lock", shared by the GUI and the CLI.
        QLockFile lock(vault + u".lock"_s);
        QVERIFY(lock.tryLock(0));
        const auto add = vaultCli(vault, {u"add"_s, kSteamUri});
        TESSERA_VERIFY_CLI_FAILURE(add, 7);
        QCOMPARE(tessera::test::readFile(vault), before);
        // An HOTP code whose counter cannot be saved is not shown (stdout empty, checked by cli()).
        const auto hotp = vaultCli(vault, {u"code"_s, u"bob"_s});
        TESSERA_VERIFY_CLI_FAILURE(hotp, 7);
        QVERIFY2(hotp.err.contains("No code was shown"), hotp.err.constData());
        QCOMPARE(tessera::test::readFile(vault), before);
        const QString fresh = newVaultPath();
        QVERIFY(QDir().mkpath(QFileInfo(fresh).path()));
        QLockFile freshLock(fresh + u".lock"_s);
        QVERIFY(freshLock.tryLock(0));
        const auto init = vaultCli(fresh, {u"init"_s, u"--no-keychain"_s});
        TESSERA_VERIFY_CLI_FAILURE(init, 7);
        QVERIFY(!QFileInfo::exists(fresh));
        lock.unlock();
        // The counter did not move: the first code is still the one for counter 0.
        const auto afterUnlock = vaultCli(vault, {u"code"_s, u"bob"_s});
        TESSERA_VERIFY_CLI_OK(afterUnlock);
        QCOMPARE(outText(afterUnlock), kRfc4226.at(0));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("add without URI") << QStringList{u"add"_s};
        QTest::newRow("add two URIs") << QStringList{u"add"_s, kTotpUri, kSteamUri};
        QTest::newRow("remove without id") << QStringList{u"remove"_s};
        QTest::newRow("list with a word") << QStringList{u"list"_s, u"all"_s};
        QTest::newRow("init with a word") << QStringList{u"init"_s, u"x"_s};
        QTest::newRow("--no-keychain on list") << QStringList{u"list"_s, u"--no-keychain"_s};
        QTest::newRow("--with-secrets on code") << QStringList{u"code"_s, u"x"_s, u"--with-secrets"_s};
        QTest::newRow("passwd both") << QStringList{u"passwd"_s, u"--remove"_s, u"--new-password-file"_s, u"f"_s};
        QTest::newRow("code QUERY --uri") << QStringList{u"code"_s, u"x"_s, u"--uri"_s, kTotpUri};
    }
    void usage()
    {
        QFETCH(QStringList, arguments);
        const auto result = vaultCli(newVaultPath(), arguments);
        TESSERA_VERIFY_CLI_FAILURE(result, 1);
    }

    void invalidUriIsRefusedBeforeUnlocking()
    {
        const auto result = vaultCli(newVaultPath(), {u"add"_s, u"otpauth://totp/x?secret=JBSWY3DPEHPK3PX1"_s});
        TESSERA_VERIFY_CLI_FAILURE(result, 2);
        QVERIFY(!result.err.contains("JBSWY3DPEHPK3PX1"));
    }
};

QTEST_GUILESS_MAIN(TestCliVault)
#include "tst_clivault.moc"
