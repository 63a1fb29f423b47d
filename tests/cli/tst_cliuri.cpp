// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// cli.uri: `tessera-cli uri parse URI` prints the account JSON of ARCHITECTURE.md §4 exactly.
#include "CliRunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::test::runCli;

class TestCliUri : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { tessera::test::forgetDisplay(); }

    void parse_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("Google's example")
            << u"otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example"_s
            << QByteArray(
                   R"({"id":null,"type":"totp","issuer":"Example","name":"alice@google.com","secret":"JBSWY3DPEHPK3PXP","algorithm":"SHA1","digits":6,"period":30})");
        QTest::newRow("all parameters, encoded label")
            << u"otpauth://totp/ACME%20Co:john.doe@email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30"_s
            << QByteArray(
                   R"({"id":null,"type":"totp","issuer":"ACME Co","name":"john.doe@email.com","secret":"HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ","algorithm":"SHA1","digits":6,"period":30})");
        QTest::newRow("lower case, padded secret; SHA512, 8 digits, 60 s")
            << u"otpauth://totp/Big%20Corporation%3A%20alice%40bigco.com?secret=gezdgnbvgy3tqojqgezdgnbvgy3tqojq%3D%3D&algorithm=sha512&digits=8&period=60"_s
            << QByteArray(
                   R"({"id":null,"type":"totp","issuer":"Big Corporation","name":"alice@bigco.com","secret":"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ","algorithm":"SHA512","digits":8,"period":60})");
        QTest::newRow("hotp")
            << u"otpauth://hotp/Example:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=18446744073709551615&algorithm=SHA256&issuer=Example"_s
            << QByteArray(
                   R"({"id":null,"type":"hotp","issuer":"Example","name":"alice","secret":"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ","algorithm":"SHA256","digits":6,"counter":18446744073709551615})");
        QTest::newRow("steam host")
            << u"otpauth://steam/Steam:gamer?secret=63BEDWCQZKTQWPESARIERL5DTTQFCJTK&issuer=Steam"_s
            << QByteArray(
                   R"({"id":null,"type":"steam","issuer":"Steam","name":"gamer","secret":"63BEDWCQZKTQWPESARIERL5DTTQFCJTK","algorithm":"SHA1","digits":5,"period":30})");
        QTest::newRow("encoder=steam")
            << u"otpauth://totp/Steam:gamer?secret=63BEDWCQZKTQWPESARIERL5DTTQFCJTK&encoder=steam"_s
            << QByteArray(
                   R"({"id":null,"type":"steam","issuer":"Steam","name":"gamer","secret":"63BEDWCQZKTQWPESARIERL5DTTQFCJTK","algorithm":"SHA1","digits":5,"period":30})");
        QTest::newRow("quotes and non-ASCII are escaped or kept")
            << u"otpauth://totp/Caf%C3%A9%20%22Nord%22:b%5Cob?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s
            << QByteArray("{\"id\":null,\"type\":\"totp\",\"issuer\":\"Caf\xc3\xa9 \\\"Nord\\\"\",\"name\":\"b\\\\ob\","
                          "\"secret\":\"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ\",\"algorithm\":\"SHA1\",\"digits\":6,"
                          "\"period\":30}");
    }
    void parse()
    {
        QFETCH(QString, uri);
        QFETCH(QByteArray, expected);
        const auto result = runCli({u"uri"_s, u"parse"_s, uri});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, expected + '\n');
        // Only warnings (an 80-bit secret is legal) may accompany a success.
        for (const QByteArray& line : result.err.split('\n')) {
            QVERIFY2(line.isEmpty() || line.startsWith("tessera-cli: warning: "), line.constData());
        }

        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(result.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(object.value(u"id"_s).isNull());
        const bool hotp = object.value(u"type"_s).toString() == u"hotp"_s;
        QVERIFY(object.contains(u"counter"_s) == hotp);
        QVERIFY(object.contains(u"period"_s) == !hotp);
        QCOMPARE(object.size(), 8);

        // --json changes nothing: uri parse always prints JSON.
        const auto json = runCli({u"--json"_s, u"uri"_s, u"parse"_s, uri});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.out, result.out);
    }

    void shortSecretWarns()
    {
        const auto result = runCli({u"uri"_s, u"parse"_s, u"otpauth://totp/x?secret=JBSWY3DPEHPK3PXP"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith("{\"id\":null,"));
        QVERIFY(result.err.startsWith("tessera-cli: warning: "));
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY(!result.err.contains("JBSWY3DPEHPK3PXP"));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("uri");
        const QString secret = u"KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU"_s;
        QTest::newRow("bad Base32") << u"otpauth://totp/x?secret=KRSXG5CTMVRXEZLU!RSXG5CTMVRXEZLU"_s;
        QTest::newRow("digits 11") << u"otpauth://totp/x?secret="_s + secret + u"&digits=11"_s;
        QTest::newRow("period -30") << u"otpauth://totp/x?secret="_s + secret + u"&period=-30"_s;
        QTest::newRow("bad counter") << u"otpauth://hotp/x?secret="_s + secret + u"&counter=abc"_s;
        QTest::newRow("wrong scheme") << u"otpauth-migration://offline?data=CjMKCkhlbGxvId6tvu8SGFRlc3Q"_s;
        QTest::newRow("plain text") << u"KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU"_s;
        QTest::newRow("huge") << u"otpauth://totp/x?secret="_s + secret + u"&issuer="_s + QString(70000, u'a');
    }
    void invalid()
    {
        QFETCH(QString, uri);
        const auto result = runCli({u"uri"_s, u"parse"_s, uri});
        TESSERA_VERIFY_CLI_FAILURE(result, 2);
        QVERIFY(result.err.startsWith("tessera-cli: The URI is not valid: "));
        // Neither the secret (any 16-character stretch of it) nor the URI comes back.
        QVERIFY2(!result.err.contains("KRSXG5CTMVRXEZLU"), result.err.constData());
        QVERIFY2(!result.err.contains("RSXG5CTMVRXEZLU"), result.err.constData());
        QVERIFY(result.err.size() < 400);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no URI") << QStringList{u"uri"_s, u"parse"_s};
        QTest::newRow("two URIs") << QStringList{u"uri"_s, u"parse"_s, u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP"_s,
                                                 u"otpauth://totp/b?secret=JBSWY3DPEHPK3PXP"_s};
        QTest::newRow("unknown subcommand") << QStringList{u"uri"_s, u"format"_s, u"x"_s};
        QTest::newRow("URI without subcommand")
            << QStringList{u"uri"_s, u"otpauth://totp/a?secret=KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU"_s};
    }
    void usage()
    {
        QFETCH(QStringList, arguments);
        const auto result = runCli(arguments);
        TESSERA_VERIFY_CLI_FAILURE(result, 1);
        QVERIFY(!result.err.contains("KRSXG5CTMVRXEZLU"));
    }
};

QTEST_GUILESS_MAIN(TestCliUri)
#include "tst_cliuri.moc"
