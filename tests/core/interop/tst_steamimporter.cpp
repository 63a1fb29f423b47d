// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpectedAccount.h"
#include "TestEnvironment.h"
#include "crypto/SecureBytes.h"
#include "interop/SteamImporter.h"
#include "otp/OtpParameters.h"
#include "otp/OtpToken.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::SecureBytes;
using tessera::interop::SteamImporter;
using tessera::otp::HashAlgorithm;
using tessera::otp::OtpType;

namespace {

using Expected = tessera::test::ExpectedAccount;

/* Vector #7's secret as a Steam account named by the maFile: issuer Steam, name Sophia. */
Expected sophia()
{
    Expected expected = tessera::test::aegisVector(7);
    expected.issuer = u"Steam"_s;
    expected.name = u"Sophia"_s;
    return expected;
}

} // namespace

class TestSteamImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void identity();
    void fixtures_data();
    void fixtures();
    void severalAccountsAndProblems();
    void truncationNeverCrashes();
    void garbage_data();
    void garbage();
};

void TestSteamImporter::identity()
{
    const SteamImporter importer;
    QCOMPARE(importer.id(), u"steam"_s);
    QCOMPARE(importer.name(), u"Steam Guard maFile"_s);
    QVERIFY(importer.recognises(QByteArray(R"({"shared_secret":"AAAA"})")));
    QVERIFY(importer.recognises(QByteArray(R"({"accounts":{"x":{"shared_secret":"AAAA"}}})")));
    QVERIFY(!importer.recognises(QByteArray(R"({"accounts":{"x":{"secret":"AAAA"}}})")));
    QVERIFY(!importer.recognises(QByteArray(R"({"version":1,"entries":[]})")));
    QVERIFY(!importer.needsPassword(QByteArray(R"({"shared_secret":"AAAA"})")));
}

void TestSteamImporter::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("SteamTools wrapper") << u"steam/steam.json"_s;
    QTest::newRow("single maFile") << u"steam/steam_old.json"_s;
}

void TestSteamImporter::fixtures()
{
    QFETCH(QString, file);
    TESSERA_REQUIRE_FIXTURE(path, file);
    const QByteArray bytes = tessera::test::readFile(path);
    const SteamImporter importer;
    QVERIFY(importer.recognises(bytes));
    QVERIFY(!importer.needsPassword(bytes));
    auto result = importer.read(bytes, std::nullopt);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->formatName, u"Steam Guard maFile"_s);
    // The file's `uri` says totp, but a maFile is always Steam (FORMATS.md §5.9).
    tessera::test::compareAccounts(*result, {sophia()});
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(result->accounts[0].note, u"Steam revocation code: R1234"_s);
    QCOMPARE(result->accounts[0].label, u"Steam / Sophia"_s);
}

void TestSteamImporter::severalAccountsAndProblems()
{
    const QByteArray file = R"({"accounts":{
        "1":{"shared_secret":"THIl8+Jl6ugxr8x0X6eRMg==","account_name":"Sophia","revocation_code":"R99999"},
        "2":{"shared_secret":"not base64!","account_name":"bad"},
        "3":{"account_name":"nosecret"},
        "4":42,
        "5":{"shared_secret":"SGVsbG8hIQ==","account_name":"short"}
    }})";
    auto result = SteamImporter().read(file, std::nullopt);
    QVERIFY(result);
    QCOMPARE(result->accounts.size(), std::size_t(5));
    QVERIFY(result->accounts[0].token.has_value());
    QCOMPARE(result->accounts[0].note, u"Steam revocation code: R99999"_s);
    for (std::size_t i : {1u, 2u, 3u}) {
        QVERIFY(!result->accounts[i].token.has_value());
        QVERIFY(result->accounts[i].problem.has_value());
    }
    QCOMPARE(result->accounts[1].label, u"Steam / bad"_s);
    QCOMPARE(result->accounts[3].label, u"account 4"_s);
    // A short key is legal (flagged by OtpToken's warnings, not refused).
    QVERIFY(result->accounts[4].token.has_value());
    QCOMPARE(result->accounts[4].token->parameters().type(), OtpType::Steam);
    QCOMPARE(result->accounts[4].note, QString());
}

void TestSteamImporter::truncationNeverCrashes()
{
    for (const QString& file : {u"steam/steam.json"_s, u"steam/steam_old.json"_s}) {
        TESSERA_REQUIRE_FIXTURE(path, file);
        const QByteArray bytes = tessera::test::readFile(path);
        for (qsizetype length = 0; length < bytes.size() - 2; length += 7) {
            auto result = SteamImporter().read(bytes.left(length), std::nullopt);
            QVERIFY2(!result, qPrintable(u"%1 length %2"_s.arg(file).arg(length)));
            QCOMPARE(result.error().code(), ErrorCode::Damaged);
        }
    }
}

void TestSteamImporter::garbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray("\x00\xff\x13\x37", 4);
    QTest::newRow("array") << QByteArray(R"([{"shared_secret":"AAAA"}])");
    QTest::newRow("no secret") << QByteArray(R"({"account_name":"x"})");
    QTest::newRow("accounts array") << QByteArray(R"({"accounts":[{"shared_secret":"AAAA"}]})");
    QTest::newRow("accounts empty") << QByteArray(R"({"accounts":{}})");
}

void TestSteamImporter::garbage()
{
    QFETCH(QByteArray, bytes);
    auto result = SteamImporter().read(bytes, std::nullopt);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::Damaged);
}

QTEST_APPLESS_MAIN(TestSteamImporter)
#include "tst_steamimporter.moc"
