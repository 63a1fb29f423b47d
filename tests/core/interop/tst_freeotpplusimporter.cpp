// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpectedAccount.h"
#include "TestEnvironment.h"
#include "interop/FreeOtpPlusImporter.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::SecureBytes;
using tessera::interop::FreeOtpPlusImporter;
using tessera::otp::OtpType;

namespace {

using Expected = tessera::test::ExpectedAccount;

// "JBSWY3DPEHPK3PXP" as Java bytes.
constexpr auto kHello = "[72,101,108,108,111,33,-34,-83,-66,-17]";

QByteArray token(const char* issuer, const char* label, const char* extra = "")
{
    return QByteArray(R"({"issuerExt":")") + issuer + R"(","issuerInt":")" + issuer + R"(","label":")" + label
           + R"(","secret":)" + kHello + extra + "}";
}

} // namespace

class TestFreeOtpPlusImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixture();
    void passwordIsIgnored();
    void tokenOrder();
    void steamAndCounters();
    void entryProblems();
    void truncationNeverCrashes();
    void garbage_data();
    void garbage();
    void recognition();
};

void TestFreeOtpPlusImporter::fixture()
{
    TESSERA_REQUIRE_FIXTURE(path, u"freeotpplus/freeotp_plus.json"_s);
    const QByteArray bytes = tessera::test::readFile(path);
    const FreeOtpPlusImporter importer;
    QVERIFY(importer.recognises(bytes));
    QVERIFY(!importer.needsPassword(bytes));
    auto result = importer.read(bytes, std::nullopt);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->formatName, u"FreeOTP+ backup"_s);
    // tokenOrder is WWE, Air Canada, Issuu, Airbnb, SPDX, Deno; the stored HOTP counters are one
    // less than the vectors', so equal codes prove the +1.
    tessera::test::compareAccounts(*result, tessera::test::aegisVectors({6, 5, 4, 3, 2, 1}));
    QCOMPARE(result->accounts.front().label, u"WWE / Mason"_s);
}

void TestFreeOtpPlusImporter::passwordIsIgnored()
{
    TESSERA_REQUIRE_FIXTURE(path, u"freeotpplus/freeotp_plus.json"_s);
    auto result = FreeOtpPlusImporter().read(tessera::test::readFile(path), SecureBytes::copyOf("x", 1));
    QVERIFY(result);
    QCOMPARE(result->accounts.size(), std::size_t(6));
}

void TestFreeOtpPlusImporter::tokenOrder()
{
    const QByteArray file = R"({"tokenOrder":["B:b","nolabel","A:a","Missing:x"],"tokens":[)" + token("A", "a") + ","
                            + token("C", "c") + "," + token("B", "b") + "," + token("", "nolabel") + "]}";
    auto result = FreeOtpPlusImporter().read(file, std::nullopt);
    QVERIFY(result);
    QStringList labels;
    for (const auto& account : result->accounts) {
        labels.append(account.label);
    }
    QCOMPARE(labels, (QStringList{u"B / b"_s, u"nolabel"_s, u"A / a"_s, u"C / c"_s}));
    // Without tokenOrder the file order stands.
    auto plain =
        FreeOtpPlusImporter().read("{\"tokens\":[" + token("A", "a") + "," + token("C", "c") + "]}", std::nullopt);
    QVERIFY(plain);
    QCOMPARE(plain->accounts[1].label, u"C / c"_s);
}

void TestFreeOtpPlusImporter::steamAndCounters()
{
    const QByteArray file = R"({"tokenOrder":[],"tokens":[)" + token("Steam", "gaben", R"(,"type":"TOTP","digits":6)")
                            + "," + token("H", "h", R"(,"type":"HOTP","counter":0)") + ","
                            + token("N", "n", R"(,"type":"HOTP")") + ","
                            + token("Alt", "x", R"(,"issuerAlt":"Mine","labelAlt":"me")") + "]}";
    auto result = FreeOtpPlusImporter().read(file, std::nullopt);
    QVERIFY(result);
    QCOMPARE(result->accounts.size(), std::size_t(4));
    QCOMPARE(result->accounts[0].token->parameters().type(), OtpType::Steam);
    QCOMPARE(result->accounts[0].token->parameters().digits(), 5);
    QCOMPARE(result->accounts[1].token->parameters().counter(), quint64(1));
    QCOMPARE(result->accounts[2].token->parameters().counter(), quint64(1));
    tessera::interop::ImportResult one;
    one.accounts.push_back(std::move(result->accounts[3]));
    tessera::test::compareAccounts(one, {tessera::test::defaultTotp(u"Mine"_s, u"me"_s, u"JBSWY3DPEHPK3PXP"_s)});
}

void TestFreeOtpPlusImporter::entryProblems()
{
    const QByteArray file = R"({"tokenOrder":[],"tokens":[
        {"issuerExt":"A","label":"big","secret":[1,2,128]},
        {"issuerExt":"A","label":"fraction","secret":[1.5]},
        {"issuerExt":"A","label":"none"},
        {"issuerExt":"A","label":"empty","secret":[]},
        {"issuerExt":"A","label":"type","secret":[1,2,3],"type":"MOTP"},
        {"issuerExt":"A","label":"algo","secret":[1,2,3],"algo":"MD5"},
        {"issuerExt":"A","label":"digits","secret":[1,2,3],"digits":"6"},
        "text",
        {"issuerExt":"A","label":"good","secret":[1,2,3,4,5,6,7,8,9,10]}
    ]})";
    auto result = FreeOtpPlusImporter().read(file, std::nullopt);
    QVERIFY(result);
    QCOMPARE(result->accounts.size(), std::size_t(9));
    for (std::size_t i = 0; i < 8; ++i) {
        QVERIFY2(!result->accounts[i].token && result->accounts[i].problem, qPrintable(QString::number(i)));
    }
    QCOMPARE(result->accounts[4].problem->code(), ErrorCode::Unsupported);
    QCOMPARE(result->accounts[5].problem->code(), ErrorCode::Unsupported);
    QCOMPARE(result->accounts[7].label, u"entry 8"_s);
    QVERIFY(result->accounts[8].token);
}

void TestFreeOtpPlusImporter::truncationNeverCrashes()
{
    TESSERA_REQUIRE_FIXTURE(path, u"freeotpplus/freeotp_plus.json"_s);
    const QByteArray bytes = tessera::test::readFile(path);
    for (qsizetype length = 0; length < bytes.size(); length += 7) {
        auto result = FreeOtpPlusImporter().read(bytes.left(length), std::nullopt);
        QVERIFY2(!result, qPrintable(QString::number(length)));
        QCOMPARE(result.error().code(), ErrorCode::Damaged);
    }
}

void TestFreeOtpPlusImporter::garbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray("\xac\xed\x00\x05", 4);
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("no tokens") << QByteArray(R"({"tokenOrder":[]})");
    QTest::newRow("tokens object") << QByteArray(R"({"tokenOrder":[],"tokens":{}})");
    QTest::newRow("order string") << QByteArray(R"({"tokenOrder":"a","tokens":[]})");
}

void TestFreeOtpPlusImporter::garbage()
{
    QFETCH(QByteArray, bytes);
    auto result = FreeOtpPlusImporter().read(bytes, std::nullopt);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::Damaged);
}

void TestFreeOtpPlusImporter::recognition()
{
    const FreeOtpPlusImporter importer;
    QCOMPARE(importer.id(), u"freeotp-plus"_s);
    QCOMPARE(importer.name(), u"FreeOTP+ backup"_s);
    QVERIFY(importer.recognises(QByteArray(R"({"tokenOrder":[],"tokens":[]})")));
    QVERIFY(!importer.recognises(QByteArray(R"({"tokens":[]})")));
    QVERIFY(!importer.recognises(QByteArray(R"({"schemaVersion":4,"services":[]})")));
    QVERIFY(!importer.recognises(QByteArray("<map></map>")));
}

QTEST_APPLESS_MAIN(TestFreeOtpPlusImporter)
#include "tst_freeotpplusimporter.moc"
