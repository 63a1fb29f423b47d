// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// cli.code: `tessera-cli code --uri URI [--at T]` against RFC 4226/6238 and Steam vectors
// (FORMATS.md §2) and against oathtool.
#include "CliRunner.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::test::outText;
using tessera::test::runCli;

namespace {

// RFC 6238 Appendix A/B seeds: the key is as long as the hash (FORMATS.md §2.2).
const QString kSeed1 = u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s;
const QString kSeed256 = u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA"_s;
const QString kSeed512 =
    u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNA"_s;
const QString kSteamSecret = u"63BEDWCQZKTQWPESARIERL5DTTQFCJTK"_s;

QString totpUri(const QString& secret, const QString& extra = {})
{
    return u"otpauth://totp/Example:alice?secret="_s + secret + extra;
}

QStringList jsonKeys(const QByteArray& line)
{
    // The documented key order is part of the interface: read it from the text itself, since
    // QJsonObject sorts its keys.
    QStringList keys;
    const QString text = QString::fromUtf8(line);
    qsizetype from = 0;
    while (true) {
        const qsizetype quote = text.indexOf(u'"', from);
        if (quote < 0) {
            break;
        }
        const qsizetype end = text.indexOf(u'"', quote + 1);
        if (text.mid(end + 1, 1) == u":"_s) {
            keys.append(text.mid(quote + 1, end - quote - 1));
        }
        from = end + 1;
    }
    return keys;
}

} // namespace

class TestCliCode : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { tessera::test::forgetDisplay(); }

    void rfc6238_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("expected");
        struct Row {
            const char* at;
            const char* sha1;
            const char* sha256;
            const char* sha512;
        };
        const Row rows[] = {
            {"59", "94287082", "46119246", "90693936"},         {"1111111109", "07081804", "68084774", "25091201"},
            {"1111111111", "14050471", "67062674", "99943326"}, {"1234567890", "89005924", "91819424", "93441116"},
            {"2000000000", "69279037", "90698825", "38618901"}, {"20000000000", "65353130", "77737706", "47863826"},
        };
        for (const Row& row : rows) {
            const QString at = QString::fromLatin1(row.at);
            QTest::addRow("SHA1 @%s", row.at) << totpUri(kSeed1, u"&digits=8"_s) << at << QString::fromLatin1(row.sha1);
            QTest::addRow("SHA256 @%s", row.at)
                << totpUri(kSeed256, u"&digits=8&algorithm=SHA256"_s) << at << QString::fromLatin1(row.sha256);
            QTest::addRow("SHA512 @%s", row.at)
                << totpUri(kSeed512, u"&algorithm=SHA512&digits=8"_s) << at << QString::fromLatin1(row.sha512);
        }
        // 6-digit spot checks (KeePassXC's TestTotp) and the short URI of the task.
        QTest::newRow("6 digits @1234567890") << totpUri(kSeed1) << u"1234567890"_s << u"005924"_s;
        QTest::newRow("6 digits @1111111109") << totpUri(kSeed1) << u"1111111109"_s << u"081804"_s;
        QTest::newRow("short URI") << u"otpauth://totp/x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8"_s << u"59"_s
                                   << u"94287082"_s;
    }
    void rfc6238()
    {
        QFETCH(QString, uri);
        QFETCH(QString, at);
        QFETCH(QString, expected);
        const auto result = runCli({u"code"_s, u"--uri"_s, uri, u"--at"_s, at});
        TESSERA_VERIFY_CLI_OK(result);
        QCOMPARE(result.out, expected.toUtf8() + '\n');
    }

    void hotp_data()
    {
        QTest::addColumn<int>("counter");
        QTest::addColumn<QString>("expected");
        const char* codes[] = {"755224", "287082", "359152", "969429", "338314",
                               "254676", "287922", "162583", "399871", "520489"};
        for (int counter = 0; counter < 10; ++counter) {
            QTest::addRow("counter %d", counter) << counter << QString::fromLatin1(codes[counter]);
        }
    }
    void hotp()
    {
        QFETCH(int, counter);
        QFETCH(QString, expected);
        const QString uri = u"otpauth://hotp/Example:alice?secret=%1&counter=%2"_s.arg(kSeed1).arg(counter);
        const auto result = runCli({u"code"_s, u"--uri"_s, uri});
        TESSERA_VERIFY_CLI_OK(result);
        QCOMPARE(outText(result), expected);

        const auto json = runCli({u"--json"_s, u"code"_s, u"--uri"_s, uri});
        TESSERA_VERIFY_CLI_OK(json);
        QCOMPARE(json.out, u"{\"code\":\"%1\",\"counter\":%2}\n"_s.arg(expected).arg(counter).toUtf8());
    }

    void hotpIgnoresAtWithAWarning()
    {
        const QString uri = u"otpauth://hotp/x?secret=%1&counter=1"_s.arg(kSeed1);
        const auto result = runCli({u"code"_s, u"--uri"_s, uri, u"--at"_s, u"59"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(outText(result), u"287082"_s);
        QVERIFY(result.err.startsWith("tessera-cli: warning: --at has no effect"));
    }

    void steam_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("expected");
        const QString steamHost = u"otpauth://steam/Steam:gamer?secret="_s + kSteamSecret;
        const QString encoder = u"otpauth://totp/Steam:gamer?secret="_s + kSteamSecret + u"&encoder=steam"_s;
        QTest::newRow("steam host @1511200518") << steamHost << u"1511200518"_s << u"FR8RV"_s;
        QTest::newRow("steam host @1511200714") << steamHost << u"1511200714"_s << u"9P3VP"_s;
        QTest::newRow("encoder=steam @1511200518") << encoder << u"1511200518"_s << u"FR8RV"_s;
        QTest::newRow("encoder=steam @1511200714") << encoder << u"1511200714"_s << u"9P3VP"_s;
    }
    void steam()
    {
        QFETCH(QString, uri);
        QFETCH(QString, at);
        QFETCH(QString, expected);
        const auto result = runCli({u"code"_s, u"--uri"_s, uri, u"--at="_s + at});
        TESSERA_VERIFY_CLI_OK(result);
        QCOMPARE(outText(result), expected);
    }

    void farFuture_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("at");
        for (const char* algorithm : {"SHA1", "SHA256", "SHA512"}) {
            // Past 2038 (2^31), past 2106 (2^32), year 5138, and the largest accepted value.
            for (const char* at : {"2147483648", "4294967296", "99999999999", "9223372036854775807"}) {
                QTest::addRow("%s @%s", algorithm, at) << QString::fromLatin1(algorithm) << QString::fromLatin1(at);
            }
        }
    }
    void farFuture()
    {
        QFETCH(QString, algorithm);
        QFETCH(QString, at);
        TESSERA_REQUIRE_TOOL(oathtool, u"oathtool"_s);
        const auto reference = tessera::test::run(
            oathtool, {u"--totp="_s + algorithm.toLower(), u"--base32"_s, u"--digits=8"_s, u"--now=@"_s + at, kSeed1});
        QCOMPARE(reference.exitCode, 0);
        const auto result =
            runCli({u"code"_s, u"--at"_s, at, u"--uri"_s, totpUri(kSeed1, u"&digits=8&algorithm="_s + algorithm)});
        TESSERA_VERIFY_CLI_OK(result);
        QCOMPARE(outText(result), QString::fromUtf8(reference.out).trimmed());
    }

    void jsonTotp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("expected");
        const QString uri = totpUri(kSeed1, u"&digits=8"_s);
        QTest::newRow("--json first")
            << QStringList{u"--json"_s, u"code"_s, u"--uri"_s, uri, u"--at"_s, u"59"_s}
            << QByteArray(R"({"code":"94287082","period":30,"remaining":1,"validFrom":30,"validUntil":60})");
        QTest::newRow("--json last")
            << QStringList{u"code"_s, u"--uri"_s, uri, u"--at"_s, u"1111111111"_s, u"--json"_s}
            << QByteArray(
                   R"({"code":"14050471","period":30,"remaining":29,"validFrom":1111111110,"validUntil":1111111140})");
        QTest::newRow("period 60") << QStringList{
            u"code"_s, u"--json"_s, u"--uri"_s, totpUri(kSeed1, u"&period=60"_s),
            u"--at=0"_s} << QByteArray(R"({"code":"755224","period":60,"remaining":60,"validFrom":0,"validUntil":60})");
        QTest::newRow("steam")
            << QStringList{u"code"_s, u"--uri"_s,      u"otpauth://steam/s?secret="_s + kSteamSecret,
                           u"--at"_s, u"1511200518"_s, u"--json"_s}
            << QByteArray(
                   R"({"code":"FR8RV","period":30,"remaining":12,"validFrom":1511200500,"validUntil":1511200530})");
        // validUntil lies past 2^63-1 here: written exactly, not rounded through a double.
        QTest::newRow("largest time")
            << QStringList{u"code"_s, u"--uri"_s, totpUri(kSeed1), u"--at"_s, u"9223372036854775807"_s, u"--json"_s}
            << QByteArray(
                   R"({"code":"451934","period":30,"remaining":23,"validFrom":9223372036854775800,"validUntil":9223372036854775830})");
    }
    void jsonTotp()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, expected);
        const auto result = runCli(arguments);
        TESSERA_VERIFY_CLI_OK(result);
        QCOMPARE(result.out, expected + '\n');
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isObject());
        QCOMPARE(jsonKeys(result.out),
                 (QStringList{u"code"_s, u"period"_s, u"remaining"_s, u"validFrom"_s, u"validUntil"_s}));
    }

    void nowWithoutAt()
    {
        // Without --at the code is for now: check it falls in the reported window, and that
        // the window contains the current time.
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const auto result = runCli({u"code"_s, u"--json"_s, u"--uri"_s, totpUri(kSeed1)});
        const qint64 after = QDateTime::currentSecsSinceEpoch();
        TESSERA_VERIFY_CLI_OK(result);
        const QJsonObject object = QJsonDocument::fromJson(result.out).object();
        const qint64 validFrom = object.value(u"validFrom"_s).toInteger();
        const qint64 validUntil = object.value(u"validUntil"_s).toInteger();
        QCOMPARE(validUntil - validFrom, 30);
        QVERIFY(validFrom <= after && before < validUntil);
        QVERIFY(object.value(u"remaining"_s).toInteger() >= 1);
        QCOMPARE(object.value(u"code"_s).toString().size(), 6);
        const auto plain = runCli({u"code"_s, u"--uri"_s, totpUri(kSeed1)});
        TESSERA_VERIFY_CLI_OK(plain);
        QCOMPARE(plain.out.size(), 7); // six digits and a line break
    }

    void badAt_data()
    {
        QTest::addColumn<QString>("at");
        for (const char* at : {"-1", "abc", "1.5", "+5", " 5", "5 ", "0x10", "1e9", "9223372036854775808",
                               "99999999999999999999999", "٣"}) {
            QTest::newRow(at) << QString::fromUtf8(at);
        }
    }
    void badAt()
    {
        QFETCH(QString, at);
        const auto result = runCli({u"code"_s, u"--uri"_s, totpUri(kSeed1), u"--at="_s + at});
        TESSERA_VERIFY_CLI_FAILURE(result, 2);
        QVERIFY(result.err.contains("--at"));
        const auto separate = runCli({u"code"_s, u"--uri"_s, totpUri(kSeed1), u"--at"_s, at});
        TESSERA_VERIFY_CLI_FAILURE(separate, 2);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no --uri") << QStringList{u"code"_s};
        QTest::newRow("--uri without value") << QStringList{u"code"_s, u"--uri"_s};
        QTest::newRow("--at without value") << QStringList{u"code"_s, u"--uri"_s, totpUri(kSeed1), u"--at"_s};
        QTest::newRow("--at= empty") << QStringList{u"code"_s, u"--uri"_s, totpUri(kSeed1), u"--at="_s};
        QTest::newRow("--uri and a query") << QStringList{u"code"_s, u"github"_s, u"--uri"_s, totpUri(kSeed1)};
        QTest::newRow("--at twice") << QStringList{u"code"_s, u"--uri"_s, totpUri(kSeed1), u"--at=1"_s, u"--at=2"_s};
        QTest::newRow("--out") << QStringList{u"code"_s, u"--uri"_s, totpUri(kSeed1), u"--out"_s, u"x.png"_s};
    }
    void usage()
    {
        QFETCH(QStringList, arguments);
        const auto result = runCli(arguments);
        TESSERA_VERIFY_CLI_FAILURE(result, 1);
    }

    void invalidUri_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("secret");
        const QString secret = u"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"_s;
        QTest::newRow("not Base32") << u"otpauth://totp/x?secret=JBSWY3DPEHPK3PX1JBSWY3DPEHPK3PX1"_s
                                    << u"JBSWY3DPEHPK3PX1JBSWY3DPEHPK3PX1"_s;
        QTest::newRow("digits 4") << totpUri(secret, u"&digits=4"_s) << secret;
        QTest::newRow("period 0") << totpUri(secret, u"&period=0"_s) << secret;
        QTest::newRow("unknown algorithm") << totpUri(secret, u"&algorithm=MD5"_s) << secret;
        QTest::newRow("unknown type") << u"otpauth://motp/x?secret="_s + secret << secret;
        QTest::newRow("not otpauth") << u"https://example.com/?secret="_s + secret << secret;
        QTest::newRow("no secret") << u"otpauth://totp/x?issuer=Example"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void invalidUri()
    {
        QFETCH(QString, uri);
        QFETCH(QString, secret);
        const auto result = runCli({u"code"_s, u"--uri="_s + uri, u"--at"_s, u"59"_s});
        // An empty --uri= is a missing value (usage); anything else is invalid input.
        TESSERA_VERIFY_CLI_FAILURE(result, uri.isEmpty() ? 1 : 2);
        if (!secret.isEmpty()) {
            QVERIFY2(!result.err.contains(secret.toUtf8()), result.err.constData());
            QVERIFY2(!result.err.contains(secret.left(16).toUtf8()), result.err.constData());
        }
        QVERIFY2(uri.isEmpty() || !result.err.contains(uri.toUtf8()), result.err.constData());
    }

    void warningsGoToStderr()
    {
        // An 80-bit secret and a 10-minute period: legal, worth a warning, still exit 0.
        const auto result = runCli(
            {u"code"_s, u"--uri"_s, u"otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=600"_s, u"--at"_s, u"0"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.size(), 7);
        const QList<QByteArray> lines = result.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        for (const QByteArray& line : lines) {
            QVERIFY2(line.startsWith("tessera-cli: warning: "), line.constData());
            QVERIFY(!line.contains("JBSWY3DPEHPK3PXP"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliCode)
#include "tst_clicode.moc"
