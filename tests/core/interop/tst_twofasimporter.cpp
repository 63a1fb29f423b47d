// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpectedAccount.h"
#include "TestEnvironment.h"
#include "interop/TwoFasImporter.h"
#include "otp/Base32.h"
#include "otp/OtpParameters.h"
#include "otp/OtpToken.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::SecureBytes;
using tessera::interop::ImportResult;
using tessera::interop::TwoFasImporter;
using tessera::otp::HashAlgorithm;
using tessera::otp::OtpType;

namespace {

using Expected = tessera::test::ExpectedAccount;

constexpr auto T = OtpType::Totp;
constexpr auto H = OtpType::Hotp;
constexpr auto S = OtpType::Steam;
constexpr auto Sha1 = HashAlgorithm::Sha1;
constexpr auto Sha256 = HashAlgorithm::Sha256;
constexpr auto Sha512 = HashAlgorithm::Sha512;

// The Aegis vector set (SOURCES.md).
const Expected v1 = tessera::test::aegisVector(1);
const Expected v2 = tessera::test::aegisVector(2);
const Expected v3 = tessera::test::aegisVector(3);
const Expected v4 = tessera::test::aegisVector(4);
const Expected v5 = tessera::test::aegisVector(5);
const Expected v6 = tessera::test::aegisVector(6);
const Expected v7 = tessera::test::aegisVector(7);

// Schema 1 reads everything as default TOTP, schema 2 everything as TOTP (SOURCES.md deviations).
Expected asDefaultTotp(Expected e)
{
    e.type = T;
    e.algorithm = Sha1;
    e.digits = 6;
    e.period = 30;
    e.counter = 0;
    e.codeAt0.clear(); // the vector's codes belong to its own parameters
    e.codeAt1700000000.clear();
    return e;
}

Expected asTotp(Expected e)
{
    e.type = T;
    e.counter = 0;
    e.codeAt0.clear(); // the vector's codes belong to its own parameters
    e.codeAt1700000000.clear();
    return e;
}

SecureBytes password(const char* text)
{
    return SecureBytes::copyOf(text, qstrlen(text));
}

QByteArray fixture(const QString& path)
{
    return tessera::test::readFile(path);
}

void compare(const ImportResult& result, const QList<Expected>& expected)
{
    tessera::test::compareAccounts(result, expected);
}

/* Replaces a top-level string field of a JSON file. */
QByteArray withField(const QByteArray& file, const QString& key, const QString& value)
{
    QJsonObject root = QJsonDocument::fromJson(file).object();
    root.insert(key, value);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

/* Flips one bit of the Base64 ciphertext part of a `ciphertext:salt:iv` field. */
QString flipCiphertextBit(const QString& sealed, qsizetype byteIndex)
{
    QStringList parts = sealed.split(u':');
    QByteArray ciphertext = QByteArray::fromBase64(parts[0].toLatin1());
    ciphertext[byteIndex] = static_cast<char>(ciphertext.at(byteIndex) ^ 0x01);
    parts[0] = QString::fromLatin1(ciphertext.toBase64());
    return parts.join(u':');
}

} // namespace

class TestTwoFasImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void vectorFixtures_data();
    void vectorFixtures();
    void protonFixtures_data();
    void protonFixtures();
    void unsupportedAlgorithmIsOneEntryProblem();
    void encryptedEqualsPlain();
    void wrongPassword();
    void missingPassword();
    void flippedCiphertextBitIsDamaged();
    void flippedReferenceBitIsWrongPassword();
    void truncationNeverCrashes();
    void garbage_data();
    void garbage();
    void recognition();
    void groupsAndEntryProblems();
    void newerSchemaIsUnsupported();
};

void TestTwoFasImporter::vectorFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("pass");
    QTest::addColumn<QList<Expected>>("expected");

    const QList<Expected> schema1{asDefaultTotp(v1), asDefaultTotp(v2), asDefaultTotp(v3),
                                  asDefaultTotp(v4), asDefaultTotp(v5), asDefaultTotp(v6)};
    const QList<Expected> schema2{asTotp(v1), asTotp(v3), asTotp(v4), asTotp(v6)};
    const QList<Expected> schema3{v1, v2, v3, v4, v5, v6};
    const QList<Expected> schema4{v1, v4, v5, v6, v7};
    QTest::newRow("schema 1") << u"2fas/2fas_authenticator.json"_s << QString() << schema1;
    QTest::newRow("schema 2") << u"2fas/2fas_authenticator_plain.2fas"_s << QString() << schema2;
    QTest::newRow("schema 2 encrypted") << u"2fas/2fas_authenticator_encrypted.2fas"_s << u"test"_s << schema2;
    QTest::newRow("schema 3") << u"2fas/2fas_authenticator_plain_v3.2fas"_s << QString() << schema3;
    QTest::newRow("schema 3 encrypted") << u"2fas/2fas_authenticator_encrypted_v3.2fas"_s << u"test"_s << schema3;
    QTest::newRow("schema 4") << u"2fas/2fas_authenticator_plain_v4.2fas"_s << QString() << schema4;
    QTest::newRow("schema 4 encrypted") << u"2fas/2fas_authenticator_encrypted_v4.2fas"_s << u"test"_s << schema4;
}

void TestTwoFasImporter::vectorFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, pass);
    QFETCH(QList<Expected>, expected);
    TESSERA_REQUIRE_FIXTURE(path, file);
    const QByteArray bytes = fixture(path);
    const TwoFasImporter importer;
    QVERIFY(importer.recognises(bytes));
    QCOMPARE(importer.needsPassword(bytes), !pass.isEmpty());
    std::optional<SecureBytes> secret;
    if (!pass.isEmpty()) {
        secret = password(pass.toUtf8().constData());
    }
    auto result = importer.read(bytes, secret);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    compare(*result, expected);
    QVERIFY(result->formatName.startsWith(u"2FAS"_s));
}

void TestTwoFasImporter::protonFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("pass");
    QTest::addColumn<QList<Expected>>("expected");

    const QList<Expected> pair{{u"myissuer"_s, u"mylabeldefault"_s, T, Sha1, 6, 30, 0, u"MYSECRET"_s, {}, {}},
                               {u"Steam"_s, QString(), S, Sha1, 5, 30, 0, u"STEAMKEY"_s, {}, {}}};
    QTest::newRow("encrypted") << u"proton-pass-common/2fas/encrypted.2fas"_s << u"test"_s << pair;
    QTest::newRow("decrypted") << u"proton-pass-common/2fas/decrypted.2fas"_s << QString() << pair;
    QTest::newRow("ios") << u"proton-pass-common/2fas/decrypted_ios.2fas"_s << QString()
                         << QList<Expected>{
                                {u"Code1 2FAS"_s, QString(), T, Sha1, 6, 30, 0, u"JDJDBDBDDBDBBXBXB"_s, {}, {}},
                                {u"Code2 2FAS"_s, QString(), T, Sha1, 6, 30, 0, u"JDJDUZBXHSHDBXBXHBB"_s, {}, {}}};
    QTest::newRow("hotp") << u"proton-pass-common/2fas/decrypted_with_hotp.2fas"_s << QString()
                          << QList<Expected>{{u"Proton"_s, u"den den"_s, T, Sha1, 6, 30, 0, u"IAKDNDND"_s, {}, {}},
                                             {u"Hotp"_s, QString(), H, Sha1, 6, 30, 0, u"JEKEKRR"_s, {}, {}}};
    QTest::newRow("hotp missing period")
        << u"proton-pass-common/2fas/decrypted_with_hotp_missing_period.2fas"_s << QString()
        << QList<Expected>{{u"cncnncncn"_s, QString(), H, Sha1, 6, 30, 5, u"JFFJJDBDHXBDBNNN"_s, {}, {}},
                           {u"Item1"_s, u"Additional item"_s, T, Sha1, 6, 60, 0, u"gfjdhdjdjdjdnjdjf"_s, {}, {}},
                           {u"Item256"_s, u"Bdjdbfjr"_s, T, Sha256, 8, 90, 0, u"hdidvdjdbdjf"_s, {}, {}},
                           {u"Item512"_s, u"Additional info"_s, T, Sha512, 7, 30, 0, u"hxoxhdjdbdjfjfjhf"_s, {}, {}}};
    const QString email = u"some@test.email"_s;
    QTest::newRow("manual entries")
        << u"proton-pass-common/2fas/decrypted_with_manual_entries.2fas"_s << QString()
        << QList<Expected>{
               {u"Amazon"_s,
                email,
                T,
                Sha1,
                6,
                30,
                0,
                u"IUIUCFKMTXQZUV5U7LE664BVXQ4K7PDSDKHZ4QTZAC5GVIBMMZ6A"_s,
                {},
                {}},
               {u"GitHub"_s, QString(), T, Sha1, 6, 30, 0, u"KOCK222AHLNV4TW6"_s, {}, {}},
               {u"Facebook"_s, QString(), T, Sha1, 6, 30, 0, u"IYLZ3FWEJRCCQZS7NYP3PLZDDX3I3C4M"_s, {}, {}},
               {u"Google"_s, email, T, Sha1, 6, 30, 0, u"v4yx7jv5ynqadqgr2uo753cqc5rwkrn7"_s, {}, {}},
               {u"LinkedIn"_s, email, T, Sha1, 6, 30, 0, u"2YR5IOOODODSXKW725H54V7MXIKZATD7"_s, {}, {}},
               {u"Binance"_s, email, T, Sha1, 6, 30, 0, u"NFRVOZJ6FFZQXX6G"_s, {}, {}},
               {u"Kick"_s, email, T, Sha1, 6, 30, 0, u"JYUAHOREVBAX3XEB"_s, {}, {}},
               {u"Proton"_s,
                u"sometestaccount@proton.me"_s,
                T,
                Sha1,
                6,
                30,
                0,
                u"XEMYPVZTB6AMR6O3S7XZZ37VPH32YICW"_s,
                {},
                {}},
               {u"Service name hotp"_s, QString(), H, Sha1, 6, 30, 1, u"hdjdbdkxbshdj"_s, {}, {}},
               {u"Reddit"_s, u"Some-Account1234"_s, T, Sha1, 6, 30, 0, u"OAL6R5T5CBSYUZSLO356EBGSJWZ7JLO2"_s, {}, {}},
               {u"20"_s, QString(), T, Sha1, 6, 30, 0, u"dhjdxhchhchch"_s, {}, {}},
               {u"Manual"_s, QString(), T, Sha1, 6, 30, 0, u"hssjdhhxhxh"_s, {}, {}}};
    QTest::newRow("missing fields") << u"proton-pass-common/2fas/decrypted_with_missing_fields.2fas"_s << QString()
                                    << QList<Expected>{{u"Amazon"_s,
                                                        u"atest@email.com"_s,
                                                        T,
                                                        Sha1,
                                                        6,
                                                        30,
                                                        0,
                                                        u"IUIUCFKMTXQZUV5U7LE664BVXQ4K7PDSDKHZ4QTZAC5GVIBMMZ6A"_s,
                                                        {},
                                                        {}}};
}

void TestTwoFasImporter::protonFixtures()
{
    vectorFixtures();
}

void TestTwoFasImporter::unsupportedAlgorithmIsOneEntryProblem()
{
    TESSERA_REQUIRE_FIXTURE(path, u"proton-pass-common/2fas/decrypted_with_hotp_and_unsupported_algorithms.2fas"_s);
    auto result = TwoFasImporter().read(fixture(path), std::nullopt);
    QVERIFY(result);
    QCOMPARE(result->accounts.size(), std::size_t(2));
    ImportResult first;
    first.accounts.push_back(std::move(result->accounts[0]));
    compare(first, {{u"cncnncncn"_s, QString(), H, Sha1, 6, 30, 4, u"JFFJJDBDHXBDBNNN"_s, {}, {}}});
    const auto& bad = result->accounts[1];
    QVERIFY(!bad.token.has_value());
    QVERIFY(bad.problem.has_value());
    QCOMPARE(bad.problem->code(), ErrorCode::Unsupported);
    QVERIFY2(bad.problem->message().contains(u"SHA384"_s), qPrintable(bad.problem->message()));
    QCOMPARE(bad.label, u"Itemname / Optional info"_s);
}

void TestTwoFasImporter::encryptedEqualsPlain()
{
    TESSERA_REQUIRE_FIXTURE(plainPath, u"2fas/2fas_authenticator_plain_v3.2fas"_s);
    TESSERA_REQUIRE_FIXTURE(encryptedPath, u"2fas/2fas_authenticator_encrypted_v3.2fas"_s);
    auto plain = TwoFasImporter().read(fixture(plainPath), std::nullopt);
    auto encrypted = TwoFasImporter().read(fixture(encryptedPath), password("test"));
    QVERIFY(plain);
    QVERIFY(encrypted);
    QCOMPARE(encrypted->accounts.size(), plain->accounts.size());
    QCOMPARE(plain->formatName, u"2FAS backup"_s);
    QCOMPARE(encrypted->formatName, u"2FAS backup (encrypted)"_s);
}

void TestTwoFasImporter::wrongPassword()
{
    for (const QString& file :
         {u"2fas/2fas_authenticator_encrypted.2fas"_s, u"proton-pass-common/2fas/encrypted.2fas"_s}) {
        TESSERA_REQUIRE_FIXTURE(path, file);
        const QByteArray bytes = fixture(path);
        for (const char* wrong : {"Test", "", "test "}) {
            auto result = TwoFasImporter().read(bytes, password(wrong));
            QVERIFY(!result);
            QCOMPARE(result.error().code(), ErrorCode::WrongPassword);
        }
    }
}

void TestTwoFasImporter::missingPassword()
{
    TESSERA_REQUIRE_FIXTURE(path, u"2fas/2fas_authenticator_encrypted_v4.2fas"_s);
    auto result = TwoFasImporter().read(fixture(path), std::nullopt);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::WrongPassword);
    QVERIFY(result.error().message().contains(u"password"_s));
}

void TestTwoFasImporter::flippedCiphertextBitIsDamaged()
{
    TESSERA_REQUIRE_FIXTURE(path, u"2fas/2fas_authenticator_encrypted_v4.2fas"_s);
    const QByteArray bytes = fixture(path);
    const QString sealed = QJsonDocument::fromJson(bytes).object().value(u"servicesEncrypted"_s).toString();
    for (qsizetype index : {qsizetype(0), qsizetype(100), qsizetype(2545)}) { // first, middle, last tag byte
        const QByteArray tampered = withField(bytes, u"servicesEncrypted"_s, flipCiphertextBit(sealed, index));
        auto result = TwoFasImporter().read(tampered, password("test"));
        QVERIFY(!result);
        QCOMPARE(result.error().code(), ErrorCode::Damaged);
    }
}

void TestTwoFasImporter::flippedReferenceBitIsWrongPassword()
{
    // A damaged reference is indistinguishable from a wrong password; what matters is that no
    // plaintext is returned and the code is one of the two.
    TESSERA_REQUIRE_FIXTURE(path, u"proton-pass-common/2fas/encrypted.2fas"_s);
    const QByteArray bytes = fixture(path);
    const QString reference = QJsonDocument::fromJson(bytes).object().value(u"reference"_s).toString();
    auto result =
        TwoFasImporter().read(withField(bytes, u"reference"_s, flipCiphertextBit(reference, 5)), password("test"));
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::WrongPassword);
}

void TestTwoFasImporter::truncationNeverCrashes()
{
    for (const QString& file :
         {u"2fas/2fas_authenticator_encrypted_v3.2fas"_s, u"2fas/2fas_authenticator_plain_v4.2fas"_s}) {
        TESSERA_REQUIRE_FIXTURE(path, file);
        const QByteArray bytes = fixture(path);
        const bool encrypted = file.contains(u"encrypted"_s);
        // Every cut that leaves the JSON unbalanced; step so PBKDF2 does not dominate the run.
        for (qsizetype length = 0; length < bytes.size() - 2; length += encrypted ? 97 : 7) {
            auto result = TwoFasImporter().read(bytes.left(length), password("test"));
            QVERIFY2(!result, qPrintable(u"length %1"_s.arg(length)));
            QVERIFY(result.error().code() == ErrorCode::Damaged || result.error().code() == ErrorCode::WrongPassword);
        }
    }
}

void TestTwoFasImporter::garbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("withPassword");
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("binary") << QByteArray("\x00\xff\x13\x37", 4) << false;
    QTest::newRow("array") << QByteArray("[1,2,3]") << false;
    QTest::newRow("no services") << QByteArray(R"({"schemaVersion":4})") << false;
    QTest::newRow("schema string") << QByteArray(R"({"schemaVersion":"4","services":[]})") << false;
    QTest::newRow("schema zero") << QByteArray(R"({"schemaVersion":0,"services":[]})") << false;
    QTest::newRow("schema fraction") << QByteArray(R"({"schemaVersion":2.5,"services":[]})") << false;
    QTest::newRow("services object") << QByteArray(R"({"schemaVersion":4,"services":{}})") << false;
    QTest::newRow("sealed two parts") << QByteArray(
        R"({"schemaVersion":4,"services":[],"servicesEncrypted":"AAAA:AAAA"})")
                                      << true;
    QTest::newRow("sealed bad base64") << QByteArray(
        R"({"schemaVersion":4,"services":[],"servicesEncrypted":"!!:AAAA:AAAAAAAAAAAAAAAA"})")
                                       << true;
    QTest::newRow("sealed short iv") << QByteArray(
        R"({"schemaVersion":4,"services":[],"servicesEncrypted":"AAAAAAAAAAAAAAAAAAAAAA==:AAAA:AAAA"})")
                                     << true;
    QTest::newRow("sealed short ciphertext")
        << QByteArray(R"({"schemaVersion":4,"services":[],"servicesEncrypted":"AAAA:AAAA:AAAAAAAAAAAAAAAA"})") << true;
}

void TestTwoFasImporter::garbage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, withPassword);
    std::optional<SecureBytes> secret;
    if (withPassword) {
        secret = password("test");
    }
    auto result = TwoFasImporter().read(bytes, secret);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::Damaged);
}

void TestTwoFasImporter::recognition()
{
    const TwoFasImporter importer;
    QCOMPARE(importer.id(), u"2fas"_s);
    QVERIFY(importer.recognises(QByteArray(R"({"schemaVersion":4,"services":[]})")));
    QVERIFY(!importer.recognises(QByteArray(R"({"header":{},"db":{}})")));
    QVERIFY(!importer.recognises(QByteArray("otpauth://totp/x?secret=AAAA")));
    QVERIFY(!importer.needsPassword(QByteArray(R"({"schemaVersion":4,"services":[]})")));
    QVERIFY(importer.needsPassword(QByteArray(R"({"schemaVersion":4,"services":[],"servicesEncrypted":"a:b:c"})")));
}

void TestTwoFasImporter::groupsAndEntryProblems()
{
    const QByteArray file = R"({"schemaVersion":4,"groups":[{"id":"g1","name":"Work"},{"id":"g2","name":"Home"}],
        "services":[
          {"name":"Acme","secret":"JBSWY3DPEHPK3PXP","groupId":"g2","otp":{"account":"alice","tokenType":"TOTP"}},
          {"name":"Bad","secret":"not base32!","otp":{"account":"bob"}},
          {"name":"Odd","secret":"JBSWY3DPEHPK3PXP","otp":{"tokenType":"YANDEX"}},
          {"name":"Big","secret":"JBSWY3DPEHPK3PXP","otp":{"digits":1e300}},
          42,
          {"name":"Old","secret":"JBSWY3DPEHPK3PXP","otp":{"label":"Old:carol"}}
        ]})";
    auto result = TwoFasImporter().read(file, std::nullopt);
    QVERIFY(result);
    QCOMPARE(result->groups, (QStringList{u"Work"_s, u"Home"_s}));
    QCOMPARE(result->accounts.size(), std::size_t(6));
    QCOMPARE(result->accounts[0].group, u"Home"_s);
    QVERIFY(result->accounts[0].token.has_value());
    QCOMPARE(result->accounts[0].token->name(), u"alice"_s);
    for (std::size_t i : {1u, 2u, 3u, 4u}) {
        QVERIFY(!result->accounts[i].token.has_value());
        QVERIFY(result->accounts[i].problem.has_value());
    }
    QCOMPARE(result->accounts[2].problem->code(), ErrorCode::Unsupported);
    QCOMPARE(result->accounts[4].label, u"entry 5"_s);
    QVERIFY(result->accounts[5].token.has_value());
    QCOMPARE(result->accounts[5].token->name(), u"carol"_s);
}

void TestTwoFasImporter::newerSchemaIsUnsupported()
{
    auto result = TwoFasImporter().read(QByteArray(R"({"schemaVersion":5,"services":[]})"), std::nullopt);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::Unsupported);
}

QTEST_APPLESS_MAIN(TestTwoFasImporter)
#include "tst_twofasimporter.moc"
