// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// integration.clivault: the real tessera-cli with the real OS keychain (gnome-keyring in a private
// D-Bus session), and integration.clivault.{nokeychain,nosecretservice,lockedkeychain}: the same
// where no keychain can be used.
// Run through tests/integration/with-keyring.sh, which sets TESSERA_TEST_KEYCHAIN and gives this
// process (and so every tessera-cli it starts) a fresh HOME of its own.
//
// With a keychain: init, add, list and code need no password at all; a vault with both slots
// opens with either. Without: init refuses with exit status 6 and a plain sentence, the
// password-only vault works. Both: no secret (raw, Base32, hex) in any file under HOME.
#include "CliRunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::test::outText;
using tessera::test::ProcessResult;
using tessera::test::singleErrorLine;

namespace {

const QString kSeed1 = u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s; // RFC 6238 "12345678901234567890"

/* Base32 (RFC 4648, upper case, unpadded), written here so the test does not trust core's. */
QByteArray base32(const QByteArray& bytes)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | static_cast<quint8>(c);
        bits += 8;
        while (bits >= 5) {
            out += alphabet[(buffer >> (bits - 5)) & 31];
            bits -= 5;
        }
    }
    if (bits > 0) {
        out += alphabet[(buffer << (5 - bits)) & 31];
    }
    return out;
}

} // namespace

class TestCliVaultKeychain : public QObject {
    Q_OBJECT

private:
    bool m_available = false;
    QByteArray m_canary; // raw secret bytes of the canary account
    QString m_password;  // a password file

    QString homePath(const QString& relative) const { return QDir(QDir::homePath()).filePath(relative); }

    ProcessResult cli(const QStringList& arguments)
    {
        const ProcessResult result = tessera::test::runCli(arguments);
        [&] {
            QVERIFY2(!result.err.contains(base32(m_canary)), result.err.constData());
            if (result.exitCode != 0) {
                QVERIFY2(result.out.isEmpty(), result.out.constData());
            }
        }();
        return result;
    }

    QString canaryUri() const
    {
        return u"otpauth://totp/Canary:alice?secret=%1&issuer=Canary"_s.arg(QString::fromLatin1(base32(m_canary)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString mode = qEnvironmentVariable("TESSERA_TEST_KEYCHAIN");
        // "locked": gnome-keyring runs but its keyring is locked and cannot prompt — unusable too.
        if (mode != u"available"_s && mode != u"unavailable"_s && mode != u"locked"_s) {
            QSKIP("Run this test through tests/integration/with-keyring.sh (ctest does): it needs a private D-Bus "
                  "session and a throw-away HOME.");
        }
        m_available = mode == u"available"_s;
        QVERIFY2(QDir::homePath().contains(u"tessera-keychain-test"_s),
                 "HOME is not the wrapper's temporary folder; refusing to touch a real keychain or home");
        tessera::test::forgetDisplay();
        qunsetenv("TESSERA_VAULT");

        m_canary.resize(20);
        QRandomGenerator::system()->generate(m_canary.begin(), m_canary.end());
        m_password = homePath(u"password"_s);
        QFile file(m_password);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("integration password\n");
    }

    void keychainVaultNeedsNoPassword()
    {
        if (!m_available) {
            QSKIP("needs a running Secret Service");
        }
        // The default vault (no --vault): in the wrapper's HOME, where the desktop program looks.
        const auto init = cli({u"init"_s});
        QCOMPARE(init.exitCode, 0);
        const QString vault = homePath(u".local/share/Tessera/Tessera/vault.tessera"_s);
        QCOMPARE(outText(init), u"Created vault at %1."_s.arg(vault));
        // A keychain-only vault: the recovery password is recommended, not required.
        QVERIFY2(singleErrorLine(init).startsWith(u"tessera-cli: note: "_s), init.err.constData());

        const auto added = cli({u"add"_s, canaryUri()});
        TESSERA_VERIFY_CLI_OK(added);
        const QString id = outText(added);
        const auto totp = cli({u"add"_s, u"otpauth://totp/Example:bob?secret=%1&digits=8"_s.arg(kSeed1)});
        TESSERA_VERIFY_CLI_OK(totp);

        const auto list = cli({u"list"_s, u"--json"_s});
        TESSERA_VERIFY_CLI_OK(list);
        const QJsonArray accounts = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.at(0)[u"id"_s].toString(), id);
        QVERIFY(!accounts.at(0).toObject().contains(u"secret"_s));

        const auto code = cli({u"code"_s, u"bob"_s, u"--at"_s, u"59"_s});
        TESSERA_VERIFY_CLI_OK(code);
        QCOMPARE(code.out, QByteArray("94287082\n"));

        // Adding a recovery password keeps the keychain slot; removing it goes back.
        const auto passwd = cli({u"passwd"_s, u"--new-password-file"_s, m_password});
        TESSERA_VERIFY_CLI_OK(passwd);
        QCOMPARE(outText(passwd), u"A recovery password was added."_s);
        const auto withPassword = cli({u"--password-file"_s, m_password, u"code"_s, u"bob"_s, u"--at"_s, u"59"_s});
        TESSERA_VERIFY_CLI_OK(withPassword);
        QCOMPARE(withPassword.out, QByteArray("94287082\n"));
        const auto remove = cli({u"passwd"_s, u"--remove"_s});
        TESSERA_VERIFY_CLI_OK(remove);
        const auto noPasswordSlot = cli({u"--password-file"_s, m_password, u"list"_s});
        QCOMPARE(noPasswordSlot.exitCode, 4);
        const auto stillKeychain = cli({u"list"_s});
        TESSERA_VERIFY_CLI_OK(stillKeychain);
    }

    void bothSlotsOpenWithEither()
    {
        if (!m_available) {
            QSKIP("needs a running Secret Service");
        }
        const QString vault = homePath(u"both/vault.tessera"_s);
        const auto init = cli({u"--vault"_s, vault, u"--password-file"_s, m_password, u"init"_s});
        TESSERA_VERIFY_CLI_OK(init);
        const auto added = cli({u"--vault"_s, vault, u"--password-file"_s, m_password, u"add"_s,
                                canaryUri().replace(u"alice"_s, u"carol"_s)});
        TESSERA_VERIFY_CLI_OK(added);
        // Only the password (the keychain is not asked: what a new computer would do)…
        const auto byPassword = cli({u"--vault"_s, vault, u"--password-file"_s, m_password, u"list"_s, u"--json"_s});
        TESSERA_VERIFY_CLI_OK(byPassword);
        // …or only the keychain.
        const auto byKeychain = cli({u"--vault"_s, vault, u"list"_s, u"--json"_s});
        TESSERA_VERIFY_CLI_OK(byKeychain);
        QCOMPARE(byKeychain.out, byPassword.out);
    }

    void noKeychainIsExplained()
    {
        if (m_available) {
            QSKIP("needs a run without any Secret Service");
        }
        const QString vault = homePath(u"nokeychain/vault.tessera"_s);
        const auto init = cli({u"--vault"_s, vault, u"init"_s});
        TESSERA_VERIFY_CLI_FAILURE(init, 6);
        const QString message = singleErrorLine(init);
        QVERIFY2(message.contains(u"use --no-keychain --password-file FILE for a password-only vault"_s),
                 qPrintable(message));
        qInfo("%s", qUtf8Printable(message));
        QVERIFY(!QFileInfo::exists(vault));
        // Also with a password: no half keychain vault.
        const auto both = cli({u"--vault"_s, vault, u"--password-file"_s, m_password, u"init"_s});
        TESSERA_VERIFY_CLI_FAILURE(both, 6);
        QVERIFY(!QFileInfo::exists(vault));

        // The way out it names works.
        const auto passwordOnly =
            cli({u"--vault"_s, vault, u"--password-file"_s, m_password, u"init"_s, u"--no-keychain"_s});
        TESSERA_VERIFY_CLI_OK(passwordOnly);
        const auto added = cli({u"--vault"_s, vault, u"--password-file"_s, m_password, u"add"_s, canaryUri()});
        TESSERA_VERIFY_CLI_OK(added);
        const auto list = cli({u"--vault"_s, vault, u"--password-file"_s, m_password, u"list"_s});
        TESSERA_VERIFY_CLI_OK(list);
        QVERIFY(list.out.contains("Canary"));
        // Without the password the vault cannot be opened, and says how.
        const auto noPassword = cli({u"--vault"_s, vault, u"list"_s});
        TESSERA_VERIFY_CLI_FAILURE(noPassword, 4);
        QVERIFY(singleErrorLine(noPassword).contains(u"--password-file"_s));
    }

    /* SECURITY.md S3: the canary secret appears in no file under HOME, in any form. Runs last. */
    void noSecretInAnyFileUnderHome()
    {
        const QList<QByteArray> forms = {m_canary,         m_canary.toHex(),           m_canary.toHex().toUpper(),
                                         base32(m_canary), base32(m_canary).toLower(), m_canary.toBase64()};
        // The search itself must find a planted canary, or it proves nothing.
        const QString planted = homePath(u".cache/planted"_s);
        {
            QFile file(planted);
            QVERIFY(QDir().mkpath(QFileInfo(planted).path()));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x" + base32(m_canary) + "x");
        }
        QStringList found;
        int searched = 0;
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!it.fileInfo().isFile()) {
                continue;
            }
            ++searched;
            const QByteArray content = tessera::test::readFile(path);
            for (const QByteArray& form : forms) {
                if (content.contains(form)) {
                    found.append(path);
                    break;
                }
            }
        }
        QCOMPARE(found.count(planted), 1);
        found.removeAll(planted);
        QFile::remove(planted);
        qInfo("searched %d files under %s", searched, qUtf8Printable(QDir::homePath()));
        QVERIFY2(found.isEmpty(), qPrintable(u"the canary secret was found in: "_s + found.join(u", "_s)));
        // The vault files were among them.
        QVERIFY(searched >= 3);
    }
};

QTEST_GUILESS_MAIN(TestCliVaultKeychain)
#include "tst_clivault.moc"
