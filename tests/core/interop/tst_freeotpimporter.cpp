// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpectedAccount.h"
#include "TestEnvironment.h"
#include "crypto/Aead.h"
#include "interop/FreeOtpImporter.h"
#include "interop/JavaSerializedStringMap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <openssl/evp.h>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::Aead;
using tessera::crypto::SecureBytes;
using tessera::interop::FreeOtpImporter;
using tessera::interop::JavaSerializedStringMap;
using tessera::otp::OtpType;

namespace {

using Expected = tessera::test::ExpectedAccount;

SecureBytes password(const char* text)
{
    return SecureBytes::copyOf(text, qstrlen(text));
}

std::span<const std::uint8_t> asBytes(const QByteArray& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

/* A literal with embedded NULs, all of it. */
template <std::size_t N>
QByteArray raw(const char (&text)[N])
{
    return QByteArray(text, static_cast<qsizetype>(N - 1));
}

QByteArray bigEndian(quint64 value, int size)
{
    QByteArray out;
    for (int i = size - 1; i >= 0; --i) {
        out.append(static_cast<char>((value >> (8 * i)) & 0xff));
    }
    return out;
}

QByteArray utf(const QByteArray& text)
{
    return bigEndian(quint64(text.size()), 2) + text;
}

/* The class description and header a JVM writes for a HashMap; `fields` as in the stream. */
QByteArray mapHeader(qint32 size, bool withThreshold = true, const QByteArray& className = "java.util.HashMap",
                     quint64 uid = 362498820763181265ULL)
{
    QByteArray out("\xac\xed\x00\x05\x73\x72", 6);
    out += utf(className) + bigEndian(uid, 8) + '\x03';
    out += bigEndian(withThreshold ? 2 : 1, 2) + 'F' + utf("loadFactor");
    if (withThreshold) {
        out += 'I' + utf("threshold");
    }
    out += "\x78\x70";
    out += QByteArray("\x3f\x40\x00\x00", 4);
    if (withThreshold) {
        out += bigEndian(12, 4);
    }
    out += QByteArray("\x77\x08", 2) + bigEndian(16, 4) + bigEndian(quint64(quint32(size)), 4);
    return out;
}

QByteArray javaString(const QByteArray& text)
{
    return '\x74' + utf(text);
}

/* A whole HashMap<String, String> stream of plain TC_STRING pairs. */
QByteArray javaMap(const QList<std::pair<QByteArray, QByteArray>>& pairs)
{
    QByteArray out = mapHeader(static_cast<qint32>(pairs.size()));
    for (const auto& pair : pairs) {
        out += javaString(pair.first) + javaString(pair.second);
    }
    return out + '\x78';
}

QJsonArray signedBytes(const QByteArray& bytes)
{
    QJsonArray array;
    for (const char c : bytes) {
        array.append(static_cast<int>(static_cast<qint8>(c)));
    }
    return array;
}

/* An EncryptedKey as FreeOTP writes it (DER GCMParameters, associated data = mToken). */
QJsonObject seal(const SecureBytes& key, const QByteArray& plaintext, const QString& token, char nonceByte)
{
    const QByteArray nonce(12, nonceByte);
    auto sealed = Aead::encrypt(key, asBytes(nonce), asBytes(plaintext), asBytes(token.toUtf8()));
    Q_ASSERT(sealed);
    return QJsonObject{{u"mCipher"_s, u"AES/GCM/NoPadding"_s},
                       {u"mCipherText"_s, signedBytes(*sealed)},
                       {u"mParameters"_s, signedBytes(QByteArray("\x30\x11\x04\x0c", 4) + nonce + "\x02\x01\x10")},
                       {u"mToken"_s, token}};
}

struct SyntheticToken {
    QByteArray uuid;
    QByteArray details; // token JSON without secret
    QByteArray secret;
};

/* A FreeOTP 2.x backup with a PBKDF2-HMAC-SHA256 password key of `iterations`. */
QByteArray freeOtpV2(const char* pass, double iterations, const QList<SyntheticToken>& tokens)
{
    const QByteArray salt(32, '\x07');
    const SecureBytes master = SecureBytes::copyOf(QByteArray(32, '\x42').constData(), 32);
    SecureBytes passwordKey(Aead::kKeySize);
    const bool derived =
        PKCS5_PBKDF2_HMAC(pass, static_cast<int>(qstrlen(pass)), asBytes(salt).data(), static_cast<int>(salt.size()), 2,
                          EVP_sha256(), static_cast<int>(passwordKey.size()), passwordKey.data())
        == 1;
    Q_ASSERT(derived);
    const QJsonObject masterKey{{u"mAlgorithm"_s, u"PBKDF2withHmacSHA256"_s},
                                {u"mIterations"_s, iterations},
                                {u"mSalt"_s, signedBytes(salt)},
                                {u"mEncryptedKey"_s, seal(passwordKey, QByteArray(32, '\x42'), u"AES"_s, '\x01')}};
    QList<std::pair<QByteArray, QByteArray>> pairs{
        {"masterKey", QJsonDocument(masterKey).toJson(QJsonDocument::Compact)}};
    char nonce = 2;
    for (const SyntheticToken& token : tokens) {
        if (!token.secret.isNull()) {
            const QByteArray inner =
                QJsonDocument(seal(master, token.secret, u"HmacSHA1"_s, nonce++)).toJson(QJsonDocument::Compact);
            const QJsonObject outer{{u"key"_s, QString::fromUtf8(inner)}};
            pairs.append({token.uuid, QJsonDocument(outer).toJson(QJsonDocument::Compact)});
        }
        if (!token.details.isNull()) {
            pairs.append({token.uuid + "-token", token.details});
        }
    }
    return javaMap(pairs);
}

/* Changes the last digit of the first number below 100 in magnitude after `from`, keeping the
 * stream's lengths (and so its structure) intact. */
void flipSmallNumber(QByteArray& bytes, qsizetype from)
{
    qsizetype i = from;
    while (i < bytes.size()) {
        while (i < bytes.size() && !(bytes[i] >= '0' && bytes[i] <= '9')) {
            ++i;
        }
        qsizetype end = i;
        while (end < bytes.size() && bytes[end] >= '0' && bytes[end] <= '9') {
            ++end;
        }
        if (end - i <= 2 && end > i) {
            bytes[end - 1] = static_cast<char>(bytes[end - 1] ^ 0x01);
            return;
        }
        i = end;
    }
    QFAIL("no small number to flip");
}

const QList<Expected> kSortedVectors = tessera::test::aegisVectors({5, 3, 1, 4, 2, 6});

} // namespace

class TestFreeOtpImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void v1Fixtures_data();
    void v1Fixtures();
    void v2Fixtures_data();
    void v2Fixtures();
    void v2NullAlgorithm();
    void wrongPassword();
    void missingPassword();
    void flippedMasterCipherTextIsWrongPassword();
    void flippedTokenCipherTextIsDamage();
    void truncationNeverCrashes();
    void hostileIterationsRefused_data();
    void hostileIterationsRefused();
    void syntheticV2();
    void v1OrderAndProblems();
    void javaStreamStrictness_data();
    void javaStreamStrictness();
    void javaStreamForms();
    void garbage_data();
    void garbage();
    void recognition();
};

void TestFreeOtpImporter::v1Fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<Expected>>("expected");
    // In tokenOrder order; the stored HOTP counters are one less than the vectors'.
    QTest::newRow("freeotp") << u"freeotp/freeotp.xml"_s << tessera::test::aegisVectors({6, 4, 3, 1});
    QTest::newRow("freeotp+ internal") << u"freeotpplus/freeotp_plus_internal.xml"_s
                                       << tessera::test::aegisVectors({6, 5, 4, 3, 2, 1});
}

void TestFreeOtpImporter::v1Fixtures()
{
    QFETCH(QString, file);
    QFETCH(QList<Expected>, expected);
    TESSERA_REQUIRE_FIXTURE(path, file);
    const QByteArray bytes = tessera::test::readFile(path);
    const FreeOtpImporter importer;
    QVERIFY(importer.recognises(bytes));
    QVERIFY(!importer.needsPassword(bytes));
    auto result = importer.read(bytes, std::nullopt);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->formatName, u"FreeOTP backup"_s);
    tessera::test::compareAccounts(*result, expected);
}

void TestFreeOtpImporter::v2Fixtures_data()
{
    QTest::addColumn<QString>("file");
    // api23 writes the older HashMap layout (no threshold field) and bare-OCTET-STRING nonces;
    // api27 and api34 derive with PBKDF2-HMAC-SHA512.
    for (const char* api : {"23", "25", "27", "34"}) {
        QTest::newRow(api) << u"freeotp/freeotp_v2_api%1.xml"_s.arg(QLatin1StringView(api));
    }
}

void TestFreeOtpImporter::v2Fixtures()
{
    QFETCH(QString, file);
    TESSERA_REQUIRE_FIXTURE(path, file);
    const QByteArray bytes = tessera::test::readFile(path);
    const FreeOtpImporter importer;
    QVERIFY(importer.recognises(bytes));
    QVERIFY(importer.needsPassword(bytes));
    auto result = importer.read(bytes, password("test"));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->formatName, u"FreeOTP backup (encrypted)"_s);
    // Sorted by issuer and name; 2.x stores the vectors' own HOTP counters.
    tessera::test::compareAccounts(*result, kSortedVectors);
}

void TestFreeOtpImporter::v2NullAlgorithm()
{
    // One token whose details are only issuer, label and type: SHA1, 6 digits, 30 s by default,
    // which is vector #1 exactly.
    TESSERA_REQUIRE_FIXTURE(path, u"freeotp/freeotp_v2_null_algo.xml"_s);
    auto result = FreeOtpImporter().read(tessera::test::readFile(path), password("test"));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    tessera::test::compareAccounts(*result, tessera::test::aegisVectors({1}));
}

void TestFreeOtpImporter::wrongPassword()
{
    for (const QString& file : {u"freeotp/freeotp_v2_api23.xml"_s, u"freeotp/freeotp_v2_api34.xml"_s}) {
        TESSERA_REQUIRE_FIXTURE(path, file);
        const QByteArray bytes = tessera::test::readFile(path);
        for (const char* wrong : {"Test", ""}) {
            auto result = FreeOtpImporter().read(bytes, password(wrong));
            QVERIFY(!result);
            QCOMPARE(result.error().code(), ErrorCode::WrongPassword);
        }
    }
}

void TestFreeOtpImporter::missingPassword()
{
    TESSERA_REQUIRE_FIXTURE(path, u"freeotp/freeotp_v2_api25.xml"_s);
    auto result = FreeOtpImporter().read(tessera::test::readFile(path), std::nullopt);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::WrongPassword);
    QVERIFY(result.error().message().contains(u"password"_s));
}

void TestFreeOtpImporter::flippedMasterCipherTextIsWrongPassword()
{
    TESSERA_REQUIRE_FIXTURE(path, u"freeotp/freeotp_v2_api27.xml"_s);
    QByteArray bytes = tessera::test::readFile(path);
    const qsizetype at = bytes.indexOf(R"("mCipherText":[)");
    QVERIFY(at > 0);
    flipSmallNumber(bytes, at);
    auto result = FreeOtpImporter().read(bytes, password("test"));
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::WrongPassword);
}

void TestFreeOtpImporter::flippedTokenCipherTextIsDamage()
{
    TESSERA_REQUIRE_FIXTURE(path, u"freeotp/freeotp_v2_api27.xml"_s);
    QByteArray bytes = tessera::test::readFile(path);
    const qsizetype at = bytes.indexOf(R"(mCipherText\":[)");
    QVERIFY(at > 0);
    flipSmallNumber(bytes, at);
    // The master key opens, one token's secret does not: the file was changed, and nothing of
    // it is imported (not the five accounts that still decrypt).
    auto result = FreeOtpImporter().read(bytes, password("test"));
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::Damaged);
    QVERIFY2(result.error().message().contains(u" / "_s), qPrintable(result.error().message())); // names it
}

void TestFreeOtpImporter::truncationNeverCrashes()
{
    for (const QString& file : {u"freeotp/freeotp_v2_api34.xml"_s, u"freeotp/freeotp_v2_api23.xml"_s,
                                u"freeotp/freeotp.xml"_s, u"freeotpplus/freeotp_plus_internal.xml"_s}) {
        TESSERA_REQUIRE_FIXTURE(path, file);
        const QByteArray bytes = tessera::test::readFile(path);
        // A cut after "</map>" is still a whole XML file.
        const qsizetype end = bytes.startsWith("<?xml") ? bytes.lastIndexOf("</map>") + 5 : bytes.size();
        for (qsizetype length = 0; length < end; length += 7) {
            auto result = FreeOtpImporter().read(bytes.left(length), password("test"));
            QVERIFY2(!result, qPrintable(u"%1 cut at %2"_s.arg(file).arg(length)));
            QCOMPARE(result.error().code(), ErrorCode::Damaged);
        }
    }
}

void TestFreeOtpImporter::hostileIterationsRefused_data()
{
    QTest::addColumn<double>("iterations");
    QTest::newRow("zero") << 0.0;
    QTest::newRow("cap + 1") << double(FreeOtpImporter::kMaxIterations + 1);
    QTest::newRow("2^31 - 1") << 2147483647.0;
    QTest::newRow("1e300") << 1e300;
}

void TestFreeOtpImporter::hostileIterationsRefused()
{
    // Were the count used, PBKDF2 would run for hours and the test would time out.
    QFETCH(double, iterations);
    const QByteArray file =
        freeOtpV2("test", iterations, {{"u1", R"({"issuerExt":"A","label":"a","type":"TOTP"})", "0123456789"}});
    for (const bool withPassword : {true, false}) {
        auto result = FreeOtpImporter().read(file, withPassword ? std::optional(password("test")) : std::nullopt);
        QVERIFY(!result);
        QCOMPARE(result.error().code(), ErrorCode::Unsupported);
    }
}

void TestFreeOtpImporter::syntheticV2()
{
    const QByteArray file =
        freeOtpV2("pässword", 2,
                  {{"u1", R"({"issuerExt":"Zeta","label":"z","type":"HOTP","counter":7,"algo":"SHA256","digits":8})",
                    "Hello!\xde\xad\xbe\xef"},
                   {"u2", R"({"issuerExt":"Steam","label":"gaben","type":"TOTP"})", "0123456789"},
                   {"u5", R"({"issuerExt":"Beta","label":"b","type":"MOTP"})", "0123456789"}});
    auto result = FreeOtpImporter().read(file, password("pässword"));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QStringList labels;
    for (const auto& account : result->accounts) {
        labels.append(account.label);
    }
    QCOMPARE(labels, (QStringList{u"Beta / b"_s, u"Steam / gaben"_s, u"Zeta / z"_s}));
    QCOMPARE(result->accounts[0].problem->code(), ErrorCode::Unsupported);
    QCOMPARE(result->accounts[1].token->parameters().type(), OtpType::Steam);
    // A token with one of its two halves missing: the file was cut or changed, nothing is read.
    for (const auto& broken :
         {freeOtpV2("pässword", 2, {{"u3", QByteArray(), "0123456789"}}),
          freeOtpV2("pässword", 2, {{"u4", R"({"issuerExt":"Alpha","label":"a","type":"TOTP"})", QByteArray()}})}) {
        auto refused = FreeOtpImporter().read(broken, password("pässword"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::Damaged);
    }
    tessera::interop::ImportResult one;
    one.accounts.push_back(std::move(result->accounts[2]));
    tessera::test::compareAccounts(one, {{u"Zeta"_s,
                                          u"z"_s,
                                          OtpType::Hotp,
                                          tessera::otp::HashAlgorithm::Sha256,
                                          8,
                                          30,
                                          7,
                                          u"JBSWY3DPEHPK3PXP"_s,
                                          {},
                                          {}}});
    QCOMPARE(FreeOtpImporter().read(file, password("password")).error().code(), ErrorCode::WrongPassword);
}

void TestFreeOtpImporter::v1OrderAndProblems()
{
    const QByteArray file = R"(<?xml version='1.0' encoding='utf-8' standalone='yes' ?>
<map>
    <boolean name="something" value="true" />
    <string name="A:a">{&quot;issuerExt&quot;:&quot;A&quot;,&quot;label&quot;:&quot;a&quot;,&quot;secret&quot;:[1,2,3,4,5,6,7,8,9,10],&quot;type&quot;:&quot;HOTP&quot;,&quot;counter&quot;:4}</string>
    <string name="broken">not json</string>
    <string name="B:b">{&quot;issuerExt&quot;:&quot;B&quot;,&quot;label&quot;:&quot;b&quot;,&quot;secret&quot;:[1,2,3,4,5,6,7,8,9,10],&quot;type&quot;:&quot;TOTP&quot;}</string>
    <string name="tokenOrder">[&quot;B:b&quot;,&quot;gone&quot;,&quot;A:a&quot;]</string>
</map>
)";
    const FreeOtpImporter importer;
    QVERIFY(importer.recognises(file));
    auto result = importer.read(file, std::nullopt);
    QVERIFY(result);
    QCOMPARE(result->accounts.size(), std::size_t(3));
    QCOMPARE(result->accounts[0].label, u"B / b"_s);
    QCOMPARE(result->accounts[1].label, u"A / a"_s);
    QCOMPARE(result->accounts[1].token->parameters().counter(), quint64(5));
    QCOMPARE(result->accounts[2].label, u"broken"_s);
    QVERIFY(result->accounts[2].problem && !result->accounts[2].token);
}

void TestFreeOtpImporter::javaStreamStrictness_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray pair = javaString("k") + javaString("v");
    QTest::newRow("other class") << mapHeader(1, true, "java.util.TreeMap") + pair + '\x78';
    QTest::newRow("other uid") << mapHeader(1, true, "java.util.HashMap", 1) + pair + '\x78';
    QTest::newRow("trailing byte") << mapHeader(1) + pair + raw("\x78\x00");
    QTest::newRow("no end block") << mapHeader(1) + pair;
    QTest::newRow("size too big") << mapHeader(2) + pair + '\x78';
    QTest::newRow("size 2^31 - 1") << mapHeader(0x7fffffff) + pair + '\x78';
    QTest::newRow("negative size") << mapHeader(-1) + pair + '\x78';
    QTest::newRow("null value") << mapHeader(1) + javaString("k") + '\x70' + '\x78';
    QTest::newRow("reference to the class") << mapHeader(1) + javaString("k") + raw("\x71\x00\x7e\x00\x00") + '\x78';
    QTest::newRow("reference past the end") << mapHeader(1) + javaString("k") + raw("\x71\x00\x7e\x00\x09") + '\x78';
    QTest::newRow("long string too long") << mapHeader(1) + javaString("k") + '\x7c' + bigEndian(~0ULL, 8) + '\x78';
    QTest::newRow("string too long") << mapHeader(1) + javaString("k") + "\x74\xff\xff" + "v" + '\x78';
    QTest::newRow("raw NUL") << mapHeader(1) + javaString("k") + javaString(QByteArray("a\0b", 3)) + '\x78';
    QTest::newRow("four-byte UTF-8") << mapHeader(1) + javaString("k") + javaString("\xf0\x9f\x98\x80") + '\x78';
    QTest::newRow("duplicate key") << mapHeader(2) + pair + pair + '\x78';
    QTest::newRow("object value") << mapHeader(1) + javaString("k") + mapHeader(0).mid(4) + '\x78' + '\x78';
    QByteArray objectField = mapHeader(1);
    objectField.replace(objectField.indexOf(raw("I\x00\x09threshold")), 1, "L");
    QTest::newRow("object field") << objectField + pair + '\x78';
}

void TestFreeOtpImporter::javaStreamStrictness()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(JavaSerializedStringMap::parse(javaMap({{"k", "v"}}))); // the well-formed base
    auto map = JavaSerializedStringMap::parse(bytes);
    QVERIFY(!map);
    QCOMPARE(map.error().code(), ErrorCode::Damaged);
}

void TestFreeOtpImporter::javaStreamForms()
{
    // Old Android's layout (no threshold), a back-reference, a long string and modified UTF-8.
    QByteArray stream = mapHeader(3, false) + javaString("k1") + javaString("v") + javaString("k2")
                        + raw("\x71\x00\x7e\x00\x03") + '\x7c' + bigEndian(3, 8) + "k\xc0\x80"
                        + javaString("\xc3\xa4\xe2\x82\xac\xed\xa0\xbd\xed\xb8\x80") + '\x78';
    auto map = JavaSerializedStringMap::parse(stream);
    QVERIFY2(map, qPrintable(map ? QString() : map.error().message()));
    QCOMPARE(map->entries().size(), 3);
    QCOMPARE(map->value(u"k2"_s), std::optional(u"v"_s));
    QCOMPARE(map->entries()[2].first, QString(u"k\0"_s));
    QCOMPARE(map->entries()[2].second, QString::fromUtf8("ä€😀"));
    QVERIFY(!map->value(u"missing"_s));
}

void TestFreeOtpImporter::garbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("magic only") << QByteArray("\xac\xed\x00\x05", 4);
    QTest::newRow("json") << QByteArray(R"({"tokens":[]})");
    QTest::newRow("other xml") << QByteArray("<html><body/></html>");
    QTest::newRow("empty map") << QByteArray("<map/>");
    QTest::newRow("bad order") << QByteArray(R"(<map><string name="tokenOrder">x</string></map>)");
    QTest::newRow("no master key") << javaMap({{"u1", "{}"}});
    QTest::newRow("master key not json") << javaMap({{"masterKey", "nope"}});
    QTest::newRow("master key incomplete")
        << javaMap({{"masterKey", R"({"mAlgorithm":"PBKDF2withHmacSHA1","mIterations":10,"mSalt":[1]})"}});
    QTest::newRow("iterations fraction") << javaMap(
        {{"masterKey", R"({"mAlgorithm":"PBKDF2withHmacSHA1","mIterations":1.5,"mSalt":[1]})"}});
}

void TestFreeOtpImporter::garbage()
{
    QFETCH(QByteArray, bytes);
    auto result = FreeOtpImporter().read(bytes, password("test"));
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::Damaged);
}

void TestFreeOtpImporter::recognition()
{
    const FreeOtpImporter importer;
    QCOMPARE(importer.id(), u"freeotp"_s);
    QCOMPARE(importer.name(), u"FreeOTP backup"_s);
    QVERIFY(importer.recognises(QByteArray("\xac\xed\x00\x05", 4)));
    QVERIFY(importer.needsPassword(QByteArray("\xac\xed\x00\x05", 4)));
    QVERIFY(!importer.recognises(QByteArray(R"(<map><string name="x">hello</string></map>)")));
    QVERIFY(!importer.recognises(QByteArray(R"({"tokenOrder":[],"tokens":[]})")));
    QVERIFY(!importer.recognises(QByteArray("<map>")));
    const auto unknownAlgorithm = FreeOtpImporter().read(
        javaMap({{"masterKey", R"({"mAlgorithm":"scrypt","mIterations":10,"mSalt":[1]})"}}), password("test"));
    QCOMPARE(unknownAlgorithm.error().code(), ErrorCode::Unsupported);
}

QTEST_APPLESS_MAIN(TestFreeOtpImporter)
#include "tst_freeotpimporter.moc"
