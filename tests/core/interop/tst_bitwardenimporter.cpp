// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpectedAccount.h"
#include "TestEnvironment.h"
#include "crypto/SecureBytes.h"
#include "interop/BitwardenImporter.h"
#include "otp/OtpParameters.h"
#include "otp/OtpToken.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::SecureBytes;
using tessera::interop::BitwardenImporter;
using tessera::otp::HashAlgorithm;
using tessera::otp::OtpType;

namespace {

using Expected = tessera::test::ExpectedAccount;

constexpr auto T = OtpType::Totp;
constexpr auto S = OtpType::Steam;
constexpr auto Sha1 = HashAlgorithm::Sha1;
constexpr auto Sha256 = HashAlgorithm::Sha256;

/* Vector #7's secret from a `steam://` value: the link has no issuer or name, so the item's
 * name is the issuer and its (null) username the name. */
Expected steamItem(const QString& itemName)
{
    Expected expected = tessera::test::aegisVector(7);
    expected.issuer = itemName;
    expected.name = QString();
    return expected;
}

// The four items of proton-pass-common's Bitwarden Authenticator files (JSON and CSV).
const QList<Expected> kAuthenticatorItems{
    {u"ISSUER"_s, u"LABEL_256_8_15"_s, T, Sha256, 8, 15, 0, u"SECRETDATA"_s, {}, {}},
    {u"ISSUER_DEFAULT"_s, u"LABEL_DEFAULT"_s, T, Sha1, 6, 30, 0, u"SOMESECRET"_s, {}, {}},
    {u"SteamName"_s, QString(), S, Sha1, 5, 30, 0, u"STEAMKEY"_s, {}, {}},
    {u"SevenDigits"_s, u"Seven digit username"_s, T, Sha1, 7, 30, 0, u"SEVENDIGITSECRET"_s, {}, {}}};

QByteArray truncatedOrDamaged(const QByteArray& bytes, qsizetype length)
{
    return bytes.left(length);
}

} // namespace

class TestBitwardenImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void identity();
    void fixtures_data();
    void fixtures();
    void bareSecretTakesItemNameAndUsername();
    void jsonFoldersFavoritesAndProblems();
    void csvQuotingAndColumns();
    void encryptedExportsAreUnsupported_data();
    void encryptedExportsAreUnsupported();
    void passwordIsIgnored();
    void truncationNeverCrashes();
    void garbage_data();
    void garbage();
};

void TestBitwardenImporter::identity()
{
    const BitwardenImporter importer;
    QCOMPARE(importer.id(), u"bitwarden"_s);
    QCOMPARE(importer.name(), u"Bitwarden export"_s);
    QVERIFY(importer.recognises(QByteArray(R"({"encrypted":false,"items":[]})")));
    QVERIFY(importer.recognises(QByteArray(R"({"encrypted":true,"passwordProtected":true,"data":"2.x|y|z"})")));
    QVERIFY(importer.recognises(QByteArray("folder,favorite,type,name,login_uri,login_totp\n")));
    QVERIFY(importer.recognises(QByteArray("\xEF\xBB\xBF\"name\",\"login_totp\"\r\nx,y\r\n")));
    QVERIFY(!importer.recognises(QByteArray("folder,favorite,type,name,login_uri\n,,1,x,\n")));
    QVERIFY(!importer.recognises(QByteArray(R"({"version":1,"entries":[]})")));
    QVERIFY(!importer.recognises(QByteArray("otpauth://totp/x?secret=AAAA")));
    QVERIFY(!importer.needsPassword(QByteArray(R"({"encrypted":true,"passwordProtected":true,"data":"x"})")));
}

void TestBitwardenImporter::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("formatName");
    QTest::addColumn<QList<Expected>>("expected");
    const auto vectors = tessera::test::aegisVectors({1, 2, 3});
    QTest::newRow("password manager JSON") << u"bitwarden/bitwarden.json"_s << u"Bitwarden export (JSON)"_s
                                           << (vectors + QList<Expected>{steamItem(u"Test Steam"_s)});
    QTest::newRow("password manager CSV") << u"bitwarden/bitwarden.csv"_s << u"Bitwarden export (CSV)"_s
                                          << (vectors + QList<Expected>{steamItem(u"Test 4"_s)});
    QTest::newRow("authenticator JSON") << u"proton-pass-common/bitwarden/bitwarden.json"_s
                                        << u"Bitwarden export (JSON)"_s << kAuthenticatorItems;
    QTest::newRow("authenticator CSV, extra columns")
        << u"proton-pass-common/bitwarden/bitwarden.csv"_s << u"Bitwarden export (CSV)"_s << kAuthenticatorItems;
    QTest::newRow("password manager JSON, bare secret")
        << u"proton-pass-common/bitwarden/bitwarden_app.json"_s << u"Bitwarden export (JSON)"_s
        << QList<Expected>{
               tessera::test::defaultTotp(u"ItemWithTOTP"_s, u"myusername"_s, u"KNKVARKSKNCUGUSFKRFUKWJR"_s)};
    // The file's issuers "Code 2 " and "Code 3 " end in a space; OtpAuthUri trims issuers.
    QTest::newRow("password manager CSV, blank lines")
        << u"proton-pass-common/bitwarden/bitwarden_sample.csv"_s << u"Bitwarden export (CSV)"_s
        << QList<Expected>{{u"Code 2"_s, QString(), T, Sha1, 6, 30, 0, u"NDSKXJHDJNDBDBBB"_s, {}, {}},
                           {u"Code 3"_s, QString(), T, Sha1, 6, 30, 0, u"JSJZJFBBDK"_s, {}, {}},
                           {u"Code1"_s, QString(), T, Sha1, 6, 30, 0, u"JDKSNDJJDNDJJDBXB"_s, {}, {}}};
}

void TestBitwardenImporter::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, formatName);
    QFETCH(QList<Expected>, expected);
    TESSERA_REQUIRE_FIXTURE(path, file);
    const QByteArray bytes = tessera::test::readFile(path);
    const BitwardenImporter importer;
    QVERIFY(importer.recognises(bytes));
    QVERIFY(!importer.needsPassword(bytes));
    auto result = importer.read(bytes, std::nullopt);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->formatName, formatName);
    tessera::test::compareAccounts(*result, expected);
    for (const auto& account : result->accounts) {
        QVERIFY(!account.favorite);
        QVERIFY(account.group.isEmpty());
    }
}

void TestBitwardenImporter::bareSecretTakesItemNameAndUsername()
{
    TESSERA_REQUIRE_FIXTURE(path, u"proton-pass-common/bitwarden/bitwarden_app.json"_s);
    auto result = BitwardenImporter().read(tessera::test::readFile(path), std::nullopt);
    QVERIFY(result);
    // "ItemWithoutTOTP" (totp null) is a plain login, not an account: left out.
    QCOMPARE(result->accounts.size(), std::size_t(1));
    QCOMPARE(result->accounts[0].label, u"ItemWithTOTP"_s);
}

void TestBitwardenImporter::jsonFoldersFavoritesAndProblems()
{
    const QByteArray file = R"({"encrypted":false,
      "folders":[{"id":"f1","name":"Work"},{"id":"f2","name":"Home"}],
      "items":[
        {"type":1,"name":"Acme","folderId":"f2","favorite":true,"notes":"backup codes in drawer",
         "login":{"username":"alice","totp":"otpauth://totp/?secret=JBSWY3DPEHPK3PXP"}},
        {"type":1,"name":"Bad","login":{"totp":"not a secret!"}},
        {"type":1,"name":"Number","login":{"totp":12345}},
        7,
        {"type":2,"name":"A secure note","notes":"x"},
        {"type":1,"name":"Empty","login":{"totp":"  "}},
        {"type":1,"name":"Labelled","login":{"username":"ignored","totp":"otpauth://totp/Site:bob?secret=JBSWY3DPEHPK3PXQ"}}
      ]})";
    auto result = BitwardenImporter().read(file, std::nullopt);
    QVERIFY(result);
    QCOMPARE(result->groups, QStringList{u"Home"_s});
    QCOMPARE(result->accounts.size(), std::size_t(5));
    const auto& acme = result->accounts[0];
    QVERIFY(acme.token.has_value());
    QCOMPARE(acme.token->issuer(), u"Acme"_s); // the item name fills the missing issuer
    QCOMPARE(acme.token->name(), u"alice"_s);  // the username fills the missing label
    QVERIFY(acme.favorite);
    QCOMPARE(acme.group, u"Home"_s);
    QCOMPARE(acme.note, u"backup codes in drawer"_s);
    for (std::size_t i : {1u, 2u, 3u}) {
        QVERIFY(!result->accounts[i].token.has_value());
        QVERIFY(result->accounts[i].problem.has_value());
    }
    QCOMPARE(result->accounts[1].label, u"Bad"_s);
    QCOMPARE(result->accounts[3].label, u"item 4"_s);
    QCOMPARE(result->accounts[4].token->issuer(), u"Site"_s);
    QCOMPARE(result->accounts[4].token->name(), u"bob"_s);
}

void TestBitwardenImporter::csvQuotingAndColumns()
{
    // Quoted commas, doubled quotes and a line break inside a field; CRLF; a short row; the
    // columns in an unusual order (by name, not position).
    const QByteArray file = "login_totp,name,favorite,folder,notes,login_username\r\n"
                            "\"otpauth://totp/?secret=JBSWY3DPEHPK3PXP\",\"Acme, Inc.\",1,Work,\"line one\r\n"
                            "line \"\"two\"\"\",alice\r\n"
                            "\r\n"
                            "steam://JBSWY3DPEHPK3PXQ,Valve\r\n"
                            ",No OTP,,,,\r\n"
                            "\"\",Also none\r\n"
                            "JBSWY3DPEHPK3PXR,Bare,true,,,carol";
    auto result = BitwardenImporter().read(file, std::nullopt);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->groups, QStringList{u"Work"_s});
    tessera::test::compareAccounts(*result,
                                   {tessera::test::defaultTotp(u"Acme, Inc."_s, u"alice"_s, u"JBSWY3DPEHPK3PXP"_s),
                                    {u"Valve"_s, QString(), S, Sha1, 5, 30, 0, u"JBSWY3DPEHPK3PXQ"_s, {}, {}},
                                    tessera::test::defaultTotp(u"Bare"_s, u"carol"_s, u"JBSWY3DPEHPK3PXR"_s)});
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(result->accounts[0].favorite);
    QCOMPARE(result->accounts[0].group, u"Work"_s);
    QCOMPARE(result->accounts[0].note, u"line one\nline \"two\""_s);
    QVERIFY(!result->accounts[1].favorite);
    QVERIFY(result->accounts[2].favorite);
}

void TestBitwardenImporter::encryptedExportsAreUnsupported_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QTest::newRow("password-protected") << QByteArray(
        R"({"encrypted":true,"passwordProtected":true,"salt":"abc","kdfType":0,"kdfIterations":600000,
                         "encKeyValidation_DO_NOT_EDIT":"2.AAAA|BBBB|CCCC","data":"2.AAAA|BBBB|CCCC"})")
                                        << u"without a password"_s;
    QTest::newRow("account key") << QByteArray(
        R"({"encrypted":true,"encKeyValidation_DO_NOT_EDIT":"2.AAAA|BBBB|CCCC","folders":[],"items":[]})")
                                 << u"only be opened in Bitwarden"_s;
}

void TestBitwardenImporter::encryptedExportsAreUnsupported()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    QVERIFY(BitwardenImporter().recognises(bytes));
    auto result = BitwardenImporter().read(bytes, SecureBytes::copyOf("test", 4));
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::Unsupported);
    QVERIFY2(result.error().message().contains(says), qPrintable(result.error().message()));
}

void TestBitwardenImporter::passwordIsIgnored()
{
    // Plain exports have no password: a wrong one given by mistake changes nothing.
    TESSERA_REQUIRE_FIXTURE(path, u"bitwarden/bitwarden.json"_s);
    auto result = BitwardenImporter().read(tessera::test::readFile(path), SecureBytes::copyOf("wrong", 5));
    QVERIFY(result);
    QCOMPARE(result->accounts.size(), std::size_t(4));
}

void TestBitwardenImporter::truncationNeverCrashes()
{
    for (const QString& file : {u"bitwarden/bitwarden.json"_s, u"proton-pass-common/bitwarden/bitwarden_app.json"_s}) {
        TESSERA_REQUIRE_FIXTURE(path, file);
        const QByteArray bytes = tessera::test::readFile(path);
        for (qsizetype length = 0; length < bytes.size() - 2; length += 7) {
            auto result = BitwardenImporter().read(truncatedOrDamaged(bytes, length), std::nullopt);
            QVERIFY2(!result, qPrintable(u"%1 length %2"_s.arg(file).arg(length)));
            QCOMPARE(result.error().code(), ErrorCode::Damaged);
        }
    }
    /* A cut CSV is still CSV: every prefix either fails (header cut, quote left open) or reads
     * the rows it holds, each a token or a problem; none crashes. */
    for (const QString& file : {u"bitwarden/bitwarden.csv"_s, u"proton-pass-common/bitwarden/bitwarden_sample.csv"_s}) {
        TESSERA_REQUIRE_FIXTURE(path, file);
        const QByteArray bytes = tessera::test::readFile(path);
        for (qsizetype length = 0; length < bytes.size(); length += 7) {
            auto result = BitwardenImporter().read(truncatedOrDamaged(bytes, length), std::nullopt);
            if (!result) {
                QCOMPARE(result.error().code(), ErrorCode::Damaged);
                continue;
            }
            for (const auto& account : result->accounts) {
                QVERIFY(account.token.has_value() != account.problem.has_value());
            }
        }
    }
    // An open quote is malformed, not silently read to the end.
    auto open = BitwardenImporter().read(QByteArray("name,login_totp\nx,\"otpauth://totp/a?secret=AAAA\n"), {});
    QVERIFY(!open);
    QCOMPARE(open.error().code(), ErrorCode::Damaged);
}

void TestBitwardenImporter::garbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray("\x00\xff\x13\x37", 4);
    QTest::newRow("invalid UTF-8 CSV") << QByteArray("name,login_totp\n\xff\xfe,x\n");
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("items object") << QByteArray(R"({"encrypted":false,"items":{}})");
    QTest::newRow("CSV without login_totp") << QByteArray("folder,name,login_uri\n,x,y\n");
    QTest::newRow("text after closing quote") << QByteArray("name,login_totp\n\"a\"b,AAAA\n");
}

void TestBitwardenImporter::garbage()
{
    QFETCH(QByteArray, bytes);
    auto result = BitwardenImporter().read(bytes, std::nullopt);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::Damaged);
}

QTEST_APPLESS_MAIN(TestBitwardenImporter)
#include "tst_bitwardenimporter.moc"
