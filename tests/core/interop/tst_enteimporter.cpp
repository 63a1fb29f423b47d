// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpectedAccount.h"
#include "TestEnvironment.h"
#include "crypto/SecureBytes.h"
#include "interop/EnteImporter.h"
#include "interop/UriListImporter.h"
#include "otp/Base32.h"
#include "otp/OtpParameters.h"
#include "otp/OtpToken.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sodium.h>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::SecureBytes;
using tessera::interop::EnteImporter;
using tessera::interop::ImportResult;
using tessera::interop::UriListImporter;
using tessera::otp::HashAlgorithm;
using tessera::otp::OtpType;

namespace {

using Expected = tessera::test::ExpectedAccount;

const QString kNominal = u"proton-pass-common/ente/encrypted.nominalcomplexity.txt"_s;
const QString kLow = u"proton-pass-common/ente/encrypted.lowcomplexity.txt"_s;
const QString kDecrypted = u"proton-pass-common/ente/encrypted_decrypted.txt"_s;

SecureBytes password(const char* text)
{
    return SecureBytes::copyOf(text, qstrlen(text));
}

QJsonObject objectOf(const QByteArray& file)
{
    return QJsonDocument::fromJson(file).object();
}

QByteArray toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/* The file with one field of kdfParams replaced. */
QByteArray withKdf(const QByteArray& file, const QString& key, const QJsonValue& value)
{
    QJsonObject root = objectOf(file);
    QJsonObject kdf = root.value(u"kdfParams"_s).toObject();
    kdf.insert(key, value);
    root.insert(u"kdfParams"_s, kdf);
    return toJson(root);
}

/* Flips one bit of a Base64 field of the top level. */
QByteArray withFlippedBit(const QByteArray& file, const QString& key, qsizetype byteIndex)
{
    QJsonObject root = objectOf(file);
    QByteArray bytes = QByteArray::fromBase64(root.value(key).toString().toLatin1());
    bytes[byteIndex] = static_cast<char>(bytes.at(byteIndex) ^ 0x01);
    root.insert(key, QString::fromLatin1(bytes.toBase64()));
    return toJson(root);
}

/* An Ente-format file written with libsodium directly (low KDF cost), to reach tags and
 * plaintexts the fixtures do not have. */
QByteArray makeExport(const QByteArray& plaintext, const char* pass, unsigned char tag, int version = 1)
{
    if (sodium_init() < 0) {
        return {};
    }
    QByteArray salt(16, '\0');
    randombytes_buf(salt.data(), static_cast<std::size_t>(salt.size()));
    unsigned char key[32];
    if (crypto_pwhash(key, sizeof key, pass, qstrlen(pass), reinterpret_cast<const unsigned char*>(salt.constData()), 1,
                      8192, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return {};
    }
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray header(crypto_secretstream_xchacha20poly1305_HEADERBYTES, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(&state, reinterpret_cast<unsigned char*>(header.data()), key);
    QByteArray ciphertext(plaintext.size() + qsizetype(crypto_secretstream_xchacha20poly1305_ABYTES), '\0');
    crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char*>(ciphertext.data()), nullptr,
                                               reinterpret_cast<const unsigned char*>(plaintext.constData()),
                                               static_cast<unsigned long long>(plaintext.size()), nullptr, 0, tag);
    QJsonObject kdf{{u"memLimit"_s, 8192}, {u"opsLimit"_s, 1}, {u"salt"_s, QString::fromLatin1(salt.toBase64())}};
    QJsonObject root{{u"version"_s, version},
                     {u"kdfParams"_s, kdf},
                     {u"encryptedData"_s, QString::fromLatin1(ciphertext.toBase64())},
                     {u"encryptionNonce"_s, QString::fromLatin1(header.toBase64())}};
    return toJson(root);
}

const QByteArray kOneLink = "otpauth://totp/Acme:alice?secret=JBSWY3DPEHPK3PXP&issuer=Acme\n";

} // namespace

class TestEnteImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void identity();
    void nominalFixtureEqualsItsPlaintext();
    void lowComplexityFixture();
    void cliKnownAnswer();
    void bothTagsAccepted();
    void otherTagIsDamaged();
    void decryptedNonListIsDamaged();
    void wrongPassword();
    void missingPassword();
    void flippedByteIsRefused_data();
    void flippedByteIsRefused();
    void truncationNeverCrashes();
    void garbage_data();
    void garbage();
    void hostileKdfRefusedBeforeWork_data();
    void hostileKdfRefusedBeforeWork();
    void otherVersionIsUnsupported();
};

void TestEnteImporter::identity()
{
    const EnteImporter importer;
    QCOMPARE(importer.id(), u"ente"_s);
    QCOMPARE(importer.name(), u"Ente Auth export (encrypted)"_s);
    const QByteArray file = makeExport(kOneLink, "pw", crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    QVERIFY(importer.recognises(file));
    QVERIFY(importer.needsPassword(file));
    QVERIFY(!importer.recognises(kOneLink));
    QVERIFY(!importer.recognises(QByteArray(R"({"version":1,"entries":[]})")));
    QVERIFY(!importer.needsPassword(QByteArray(R"({"schemaVersion":4,"services":[]})")));
}

void TestEnteImporter::nominalFixtureEqualsItsPlaintext()
{
    TESSERA_REQUIRE_FIXTURE(path, kNominal);
    TESSERA_REQUIRE_FIXTURE(plainPath, kDecrypted);
    const QByteArray bytes = tessera::test::readFile(path);
    QVERIFY(EnteImporter().recognises(bytes));
    QVERIFY(EnteImporter().needsPassword(bytes));
    auto result = EnteImporter().read(bytes, password("password"));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->formatName, u"Ente Auth export (encrypted)"_s);

    auto plain = UriListImporter().read(tessera::test::readFile(plainPath), std::nullopt);
    QVERIFY(plain);
    QCOMPARE(plain->accounts.size(), std::size_t(3));
    QCOMPARE(result->accounts.size(), plain->accounts.size());
    for (std::size_t i = 0; i < plain->accounts.size(); ++i) {
        const auto& got = result->accounts[i];
        const auto& want = plain->accounts[i];
        QVERIFY(got.token && want.token);
        QVERIFY(!got.problem && !want.problem);
        QCOMPARE(got.token->issuer(), want.token->issuer());
        QCOMPARE(got.token->name(), want.token->name());
        QCOMPARE(got.token->parameters().type(), want.token->parameters().type());
        QCOMPARE(got.token->parameters().algorithm(), want.token->parameters().algorithm());
        QCOMPARE(got.token->parameters().digits(), want.token->parameters().digits());
        QCOMPARE(got.token->parameters().period(), want.token->parameters().period());
        QCOMPARE(got.token->parameters().counter(), want.token->parameters().counter());
        QVERIFY(got.token->secret().equals(want.token->secret()));
        QCOMPARE(got.label, want.label);
        QCOMPARE(got.note, want.note);
        QCOMPARE(got.group, want.group);
        QCOMPARE(got.favorite, want.favorite);
    }
    // And the values themselves (SOURCES.md): HOTP HOTPISSUER counter 1, TOTP MYISSUER / MYLABEL, Steam.
    tessera::test::compareAccounts(
        *result,
        {{u"HOTPISSUER"_s, u"HOTPACCOUNT"_s, OtpType::Hotp, HashAlgorithm::Sha1, 6, 30, 1, u"ASECRET"_s, {}, {}},
         {u"MYISSUER"_s, u"MYLABEL"_s, OtpType::Totp, HashAlgorithm::Sha1, 6, 30, 0, u"MYSECRET"_s, {}, {}},
         {u"Steam"_s, u"STEAMACCOUNT"_s, OtpType::Steam, HashAlgorithm::Sha1, 5, 30, 0, u"STEAMSECRET"_s, {}, {}}});
}

void TestEnteImporter::lowComplexityFixture()
{
    TESSERA_REQUIRE_FIXTURE(path, kLow);
    auto result = EnteImporter().read(tessera::test::readFile(path), password("password"));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    tessera::test::compareAccounts(
        *result,
        {{u"dfdf"_s, u"adfasdf"_s, OtpType::Hotp, HashAlgorithm::Sha1, 6, 30, 1, u"ASDFADF"_s, {}, {}},
         {u"issuertest"_s, u"accountest"_s, OtpType::Totp, HashAlgorithm::Sha256, 6, 30, 0, u"secretdata"_s, {}, {}},
         {u"steam"_s, u"steam"_s, OtpType::Steam, HashAlgorithm::Sha1, 5, 30, 0, u"AAAAAAAAA"_s, {}, {}}});
    if (QTest::currentTestFailed()) {
        return;
    }
    // Ente's codeDisplay metadata survives the decryption.
    QCOMPARE(result->accounts[0].note, u"adsfadsfadfad"_s);
    QCOMPARE(result->accounts[1].note, u"somnotes"_s);
    QCOMPARE(result->accounts[1].group, u"a tag"_s);
    QCOMPARE(result->accounts[2].note, QString());
}

void TestEnteImporter::cliKnownAnswer()
{
    // Ente CLI cli/internal/crypto/crypto_test.go (FORMATS.md §5.4): Argon2id 64 MiB / t=2, TAG_FINAL.
    const QJsonObject kdf{{u"memLimit"_s, 67108864}, {u"opsLimit"_s, 2}, {u"salt"_s, u"vd0dcYMGNLKn/gpT6uTFTw=="_s}};
    const QJsonObject root{{u"version"_s, 1},
                           {u"kdfParams"_s, kdf},
                           {u"encryptedData"_s, u"kBXQ2PuX6y/aje5r22H0AehRPh6sQ0ULoeAO"_s},
                           {u"encryptionNonce"_s, u"v7wsI+BFZsRMIjDm3rTxPhmi/CaUdkdJ"_s}};
    const QByteArray file = toJson(root);
    auto plaintext = EnteImporter::decrypt(file, password("test_password"));
    QVERIFY2(plaintext, qPrintable(plaintext ? QString() : plaintext.error().message()));
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(plaintext->data()), qsizetype(plaintext->size())),
             QByteArray("plain_text"));
    auto wrong = EnteImporter::decrypt(file, password("test_passwore"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code(), ErrorCode::WrongPassword);
}

void TestEnteImporter::bothTagsAccepted()
{
    for (unsigned char tag :
         {crypto_secretstream_xchacha20poly1305_TAG_MESSAGE, crypto_secretstream_xchacha20poly1305_TAG_FINAL}) {
        auto result = EnteImporter().read(makeExport(kOneLink, "pw", tag), password("pw"));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
        tessera::test::compareAccounts(*result,
                                       {tessera::test::defaultTotp(u"Acme"_s, u"alice"_s, u"JBSWY3DPEHPK3PXP"_s)});
    }
}

void TestEnteImporter::otherTagIsDamaged()
{
    for (unsigned char tag :
         {crypto_secretstream_xchacha20poly1305_TAG_PUSH, crypto_secretstream_xchacha20poly1305_TAG_REKEY}) {
        auto result = EnteImporter().read(makeExport(kOneLink, "pw", tag), password("pw"));
        QVERIFY(!result);
        QCOMPARE(result.error().code(), ErrorCode::Damaged);
    }
}

void TestEnteImporter::decryptedNonListIsDamaged()
{
    auto result = EnteImporter().read(makeExport("plain_text", "pw", crypto_secretstream_xchacha20poly1305_TAG_FINAL),
                                      password("pw"));
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::Damaged);
}

void TestEnteImporter::wrongPassword()
{
    TESSERA_REQUIRE_FIXTURE(path, kLow);
    const QByteArray bytes = tessera::test::readFile(path);
    for (const char* wrong : {"Password", "", "password "}) {
        auto result = EnteImporter().read(bytes, password(wrong));
        QVERIFY(!result);
        QCOMPARE(result.error().code(), ErrorCode::WrongPassword);
        // The format cannot tell a wrong password from damage; the message says both.
        QVERIFY(result.error().message().contains(u"password"_s));
        QVERIFY(result.error().message().contains(u"damaged"_s));
    }
}

void TestEnteImporter::missingPassword()
{
    TESSERA_REQUIRE_FIXTURE(path, kLow);
    auto result = EnteImporter().read(tessera::test::readFile(path), std::nullopt);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::WrongPassword);
    QVERIFY(result.error().message().contains(u"password"_s));
}

void TestEnteImporter::flippedByteIsRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<qsizetype>("index");
    QTest::newRow("ciphertext first") << u"encryptedData"_s << qsizetype(0);
    QTest::newRow("ciphertext middle") << u"encryptedData"_s << qsizetype(500);
    QTest::newRow("ciphertext last (tag)") << u"encryptedData"_s << qsizetype(-1);
    QTest::newRow("header") << u"encryptionNonce"_s << qsizetype(3);
}

void TestEnteImporter::flippedByteIsRefused()
{
    QFETCH(QString, field);
    QFETCH(qsizetype, index);
    TESSERA_REQUIRE_FIXTURE(path, kLow);
    const QByteArray bytes = tessera::test::readFile(path);
    if (index < 0) {
        index += QByteArray::fromBase64(objectOf(bytes).value(field).toString().toLatin1()).size();
    }
    auto result = EnteImporter().read(withFlippedBit(bytes, field, index), password("password"));
    QVERIFY(!result);
    // No password check exists in the format, so damage reads as "wrong password or damaged".
    QCOMPARE(result.error().code(), ErrorCode::WrongPassword);
}

void TestEnteImporter::truncationNeverCrashes()
{
    TESSERA_REQUIRE_FIXTURE(path, kLow);
    const QByteArray bytes = tessera::test::readFile(path);
    for (qsizetype length = 0; length < bytes.size() - 2; length += 7) {
        auto result = EnteImporter().read(bytes.left(length), password("password"));
        QVERIFY2(!result, qPrintable(u"length %1"_s.arg(length)));
        QCOMPARE(result.error().code(), ErrorCode::Damaged);
    }
    // A shortened ciphertext inside intact JSON fails the tag.
    const QJsonObject root = objectOf(bytes);
    const QByteArray ciphertext = QByteArray::fromBase64(root.value(u"encryptedData"_s).toString().toLatin1());
    for (qsizetype length = 0; length < ciphertext.size(); length += 97) {
        QJsonObject cut = root;
        cut.insert(u"encryptedData"_s, QString::fromLatin1(ciphertext.left(length).toBase64()));
        auto result = EnteImporter().read(toJson(cut), password("password"));
        QVERIFY2(!result, qPrintable(u"ciphertext length %1"_s.arg(length)));
        QVERIFY(result.error().code() == ErrorCode::Damaged || result.error().code() == ErrorCode::WrongPassword);
    }
}

void TestEnteImporter::garbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray salt = "\"salt\":\"AAAAAAAAAAAAAAAAAAAAAA==\"";
    const QByteArray header = "\"encryptionNonce\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"";
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray("\x00\xff\x13\x37", 4);
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("no kdf") << QByteArray(R"({"version":1,"encryptedData":"AAAA"})");
    QTest::newRow("no version") << (R"({"kdfParams":{"memLimit":8192,"opsLimit":1,)" + salt
                                    + R"(},"encryptedData":"AAAAAAAAAAAAAAAAAAAAAAAA",)" + header + "}");
    QTest::newRow("kdf not object") << (R"({"version":1,"kdfParams":3,"encryptedData":"AAAAAAAAAAAAAAAAAAAAAAAA",)"
                                        + header + "}");
    QTest::newRow("memLimit string") << (R"({"version":1,"kdfParams":{"memLimit":"8192","opsLimit":1,)" + salt
                                         + R"(},"encryptedData":"AAAAAAAAAAAAAAAAAAAAAAAA",)" + header + "}");
    QTest::newRow("memLimit negative") << (R"({"version":1,"kdfParams":{"memLimit":-8192,"opsLimit":1,)" + salt
                                           + R"(},"encryptedData":"AAAAAAAAAAAAAAAAAAAAAAAA",)" + header + "}");
    QTest::newRow("opsLimit fraction") << (R"({"version":1,"kdfParams":{"memLimit":8192,"opsLimit":1.5,)" + salt
                                           + R"(},"encryptedData":"AAAAAAAAAAAAAAAAAAAAAAAA",)" + header + "}");
    QTest::newRow("short salt") << (R"({"version":1,"kdfParams":{"memLimit":8192,"opsLimit":1,"salt":"AAAA"},)"
                                    R"("encryptedData":"AAAAAAAAAAAAAAAAAAAAAAAA",)"
                                    + header + "}");
    QTest::newRow("bad base64") << (R"({"version":1,"kdfParams":{"memLimit":8192,"opsLimit":1,)" + salt
                                    + R"(},"encryptedData":"!!!!",)" + header + "}");
    QTest::newRow("short header") << (R"({"version":1,"kdfParams":{"memLimit":8192,"opsLimit":1,)" + salt
                                      + R"(},"encryptedData":"AAAAAAAAAAAAAAAAAAAAAAAA","encryptionNonce":"AAAA"})");
    QTest::newRow("short ciphertext") << (R"({"version":1,"kdfParams":{"memLimit":8192,"opsLimit":1,)" + salt
                                          + R"(},"encryptedData":"AAAA",)" + header + "}");
}

void TestEnteImporter::garbage()
{
    QFETCH(QByteArray, bytes);
    auto result = EnteImporter().read(bytes, password("password"));
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::Damaged);
}

void TestEnteImporter::hostileKdfRefusedBeforeWork_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("code");
    // Above the caps: Damaged before any allocation (a test that ran them would need a terabyte).
    QTest::newRow("memLimit 2^40") << u"memLimit"_s << 1099511627776.0 << int(ErrorCode::Damaged);
    QTest::newRow("memLimit 2^53") << u"memLimit"_s << 9007199254740992.0 << int(ErrorCode::Damaged);
    QTest::newRow("opsLimit 2^32+1") << u"opsLimit"_s << 4294967297.0 << int(ErrorCode::Damaged);
    QTest::newRow("opsLimit 1000") << u"opsLimit"_s << 1000.0 << int(ErrorCode::Damaged);
    QTest::newRow("memLimit 2^64") << u"memLimit"_s << 18446744073709551616.0 << int(ErrorCode::Damaged);
    // Below libsodium's minimum: it could not compute them at all.
    QTest::newRow("memLimit 1 KiB") << u"memLimit"_s << 1024.0 << int(ErrorCode::Unsupported);
    QTest::newRow("opsLimit 0") << u"opsLimit"_s << 0.0 << int(ErrorCode::Unsupported);
}

void TestEnteImporter::hostileKdfRefusedBeforeWork()
{
    QFETCH(QString, key);
    QFETCH(double, value);
    QFETCH(int, code);
    TESSERA_REQUIRE_FIXTURE(path, kLow);
    auto result = EnteImporter().read(withKdf(tessera::test::readFile(path), key, value), password("password"));
    QVERIFY(!result);
    QCOMPARE(int(result.error().code()), code);
}

void TestEnteImporter::otherVersionIsUnsupported()
{
    for (int version : {0, 2}) {
        auto result = EnteImporter().read(
            makeExport(kOneLink, "pw", crypto_secretstream_xchacha20poly1305_TAG_FINAL, version), password("pw"));
        QVERIFY(!result);
        QCOMPARE(result.error().code(), ErrorCode::Unsupported);
        QVERIFY(result.error().message().contains(u"version"_s));
        auto withoutPassword = EnteImporter().read(
            makeExport(kOneLink, "pw", crypto_secretstream_xchacha20poly1305_TAG_FINAL, version), std::nullopt);
        QVERIFY(!withoutPassword);
        QCOMPARE(withoutPassword.error().code(), ErrorCode::Unsupported);
    }
}

QTEST_APPLESS_MAIN(TestEnteImporter)
#include "tst_enteimporter.moc"
