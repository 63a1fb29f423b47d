// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpectedAccount.h"
#include "TestEnvironment.h"
#include "crypto/Aead.h"
#include "crypto/Argon2id.h"
#include "crypto/SecureBytes.h"
#include "interop/ProtonImporter.h"
#include "otp/OtpParameters.h"
#include "otp/OtpToken.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cstring>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::SecureBytes;
using tessera::interop::ImportResult;
using tessera::interop::ProtonImporter;
using tessera::otp::HashAlgorithm;
using tessera::otp::OtpType;

namespace {

using Expected = tessera::test::ExpectedAccount;

const QString kPlain = u"proton/proton_authenticator.json"_s;
const QString kEncrypted = u"synthetic/proton_authenticator_encrypted_SYNTHETIC.json"_s;

SecureBytes password(const char* text)
{
    return SecureBytes::copyOf(text, qstrlen(text));
}

QByteArray toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::span<const std::uint8_t> asBytes(const QByteArray& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

/* An encrypted export written the way password_exporter.rs does, around any plaintext. */
QByteArray seal(const QByteArray& plaintext, const char* pass, int version = 1)
{
    const QByteArray salt = QByteArray::fromHex("f0e1d2c3b4a5968778695a4b3c2d1e0f");
    const QByteArray nonce = QByteArray::fromHex("0102030405060708090a0b0c");
    auto key =
        tessera::crypto::Argon2id::deriveKeyForeign(asBytes(QByteArray(pass)), asBytes(salt), ProtonImporter::kKdf);
    if (!key) {
        return {};
    }
    const QByteArray associatedData(ProtonImporter::kAssociatedData);
    auto sealed = tessera::crypto::Aead::encrypt(*key, asBytes(nonce), asBytes(plaintext), asBytes(associatedData));
    if (!sealed) {
        return {};
    }
    const QJsonObject root{{u"version"_s, version},
                           {u"salt"_s, QString::fromLatin1(salt.toBase64())},
                           {u"content"_s, QString::fromLatin1((nonce + *sealed).toBase64())}};
    return toJson(root);
}

QByteArray withContentBitFlipped(const QByteArray& file, qsizetype byteIndex)
{
    QJsonObject root = QJsonDocument::fromJson(file).object();
    QByteArray content = QByteArray::fromBase64(root.value(u"content"_s).toString().toLatin1());
    if (byteIndex < 0) {
        byteIndex += content.size();
    }
    content[byteIndex] = static_cast<char>(content.at(byteIndex) ^ 0x01);
    root.insert(u"content"_s, QString::fromLatin1(content.toBase64()));
    return toJson(root);
}

const QByteArray kOneEntry =
    R"({"version":1,"entries":[{"id":"x","content":{"uri":"otpauth://totp/Acme:alice?secret=JBSWY3DPEHPK3PXP&issuer=Acme","entry_type":"Totp","name":"alice"},"note":"hello"}]})";

} // namespace

class TestProtonImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void identity();
    void fixtures_data();
    void fixtures();
    void steamAndNotes();
    void entryProblemsAreKept();
    void roundTripOwnSeal();
    void wrongPassword();
    void missingPassword();
    void flippedByteIsRefused();
    void truncationNeverCrashes();
    void garbage_data();
    void garbage();
    void otherVersionIsUnsupported();
    void oversizedInputRefused();
};

void TestProtonImporter::identity()
{
    const ProtonImporter importer;
    QCOMPARE(importer.id(), u"proton"_s);
    QCOMPARE(importer.name(), u"Proton Authenticator export"_s);
    QVERIFY(importer.recognises(kOneEntry));
    QVERIFY(!importer.needsPassword(kOneEntry));
    const QByteArray encrypted = R"({"version":1,"salt":"AAAA","content":"AAAA"})";
    QVERIFY(importer.recognises(encrypted));
    QVERIFY(importer.needsPassword(encrypted));
    QVERIFY(!importer.recognises(QByteArray(R"({"version":1,"salt":"a","content":"b","entries":3})")));
    QVERIFY(!importer.recognises(QByteArray(R"({"schemaVersion":4,"services":[]})")));
    QVERIFY(!importer.recognises(QByteArray("otpauth://totp/x?secret=AAAA")));
}

void TestProtonImporter::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("pass");
    QTest::addColumn<QString>("formatName");
    QTest::newRow("plain") << kPlain << QString() << u"Proton Authenticator export"_s;
    QTest::newRow("encrypted (synthetic)") << kEncrypted << u"test"_s << u"Proton Authenticator export (encrypted)"_s;
}

void TestProtonImporter::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, pass);
    QFETCH(QString, formatName);
    TESSERA_REQUIRE_FIXTURE(path, file);
    const QByteArray bytes = tessera::test::readFile(path);
    const ProtonImporter importer;
    QVERIFY(importer.recognises(bytes));
    QCOMPARE(importer.needsPassword(bytes), !pass.isEmpty());
    std::optional<SecureBytes> secret;
    if (!pass.isEmpty()) {
        secret = password(pass.toUtf8().constData());
    }
    auto result = importer.read(bytes, secret);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->formatName, formatName);
    tessera::test::compareAccounts(*result, tessera::test::aegisVectors({1, 2, 3}));
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(result->accounts[0].label, u"Deno / Mason"_s);
    QCOMPARE(result->accounts[0].note, QString()); // "note": null
}

void TestProtonImporter::steamAndNotes()
{
    const QByteArray file = R"({"version":1,"entries":[
        {"id":"1","content":{"uri":"steam://JRZCL47CMXVOQMNPZR2F7J4RGI","entry_type":"Steam","name":"Sophia"},"note":"main"},
        {"id":"2","content":{"uri":"otpauth://totp/Boeing:Sophia?secret=JRZCL47CMXVOQMNPZR2F7J4RGI&issuer=Boeing","entry_type":"Steam","name":"Sophia"},"note":null},
        {"id":"3","content":{"uri":"otpauth://totp/?secret=JBSWY3DPEHPK3PXP&issuer=Acme","entry_type":"Totp","name":"fallback"},"note":null}
    ]})";
    auto result = ProtonImporter().read(file, std::nullopt);
    QVERIFY(result);
    Expected steam = tessera::test::aegisVector(7);
    steam.issuer = u"Steam"_s;
    tessera::test::compareAccounts(*result,
                                   {steam, tessera::test::aegisVector(7),
                                    tessera::test::defaultTotp(u"Acme"_s, u"fallback"_s, u"JBSWY3DPEHPK3PXP"_s)});
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(result->accounts[0].note, u"main"_s);
    QCOMPARE(result->accounts[0].label, u"Steam / Sophia"_s);
}

void TestProtonImporter::entryProblemsAreKept()
{
    const QByteArray file = R"({"version":1,"entries":[
        {"id":"1","content":{"uri":"steam://not base32!","entry_type":"Steam","name":"S"}},
        {"id":"2","content":{"uri":"https://example.com","entry_type":"Totp","name":"web"}},
        {"id":"3","content":{"uri":"otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP&digits=99","entry_type":"Totp"}},
        42,
        {"id":"5"},
        {"id":"6","content":{"uri":"otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP","entry_type":"Totp","name":"b"}}
    ]})";
    auto result = ProtonImporter().read(file, std::nullopt);
    QVERIFY(result);
    QCOMPARE(result->accounts.size(), std::size_t(6));
    for (std::size_t i = 0; i < 5; ++i) {
        QVERIFY2(!result->accounts[i].token.has_value(), qPrintable(QString::number(i)));
        QVERIFY(result->accounts[i].problem.has_value());
    }
    QCOMPARE(result->accounts[1].label, u"web"_s);
    QCOMPARE(result->accounts[3].label, u"entry 4"_s);
    QVERIFY(result->accounts[5].token.has_value());
    QVERIFY(!result->accounts[5].problem.has_value());
}

void TestProtonImporter::roundTripOwnSeal()
{
    auto result = ProtonImporter().read(seal(kOneEntry, "pw"), password("pw"));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    tessera::test::compareAccounts(*result, {tessera::test::defaultTotp(u"Acme"_s, u"alice"_s, u"JBSWY3DPEHPK3PXP"_s)});
    QCOMPARE(result->accounts[0].note, u"hello"_s);
    // Sealed content that is not a plain export (here: another encrypted one) is damaged.
    auto nested = ProtonImporter().read(seal(seal(kOneEntry, "pw"), "pw"), password("pw"));
    QVERIFY(!nested);
    QCOMPARE(nested.error().code(), ErrorCode::Damaged);
    auto notJson = ProtonImporter().read(seal("plain_text", "pw"), password("pw"));
    QVERIFY(!notJson);
    QCOMPARE(notJson.error().code(), ErrorCode::Damaged);
}

void TestProtonImporter::wrongPassword()
{
    TESSERA_REQUIRE_FIXTURE(path, kEncrypted);
    const QByteArray bytes = tessera::test::readFile(path);
    for (const char* wrong : {"Test", "", "test "}) {
        auto result = ProtonImporter().read(bytes, password(wrong));
        QVERIFY(!result);
        QCOMPARE(result.error().code(), ErrorCode::WrongPassword);
        QVERIFY(result.error().message().contains(u"damaged"_s));
    }
}

void TestProtonImporter::missingPassword()
{
    TESSERA_REQUIRE_FIXTURE(path, kEncrypted);
    auto result = ProtonImporter().read(tessera::test::readFile(path), std::nullopt);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::WrongPassword);
    QVERIFY(result.error().message().contains(u"password"_s));
}

void TestProtonImporter::flippedByteIsRefused()
{
    TESSERA_REQUIRE_FIXTURE(path, kEncrypted);
    const QByteArray bytes = tessera::test::readFile(path);
    // Nonce, first ciphertext byte, middle, last tag byte: no password check exists in the
    // format, so damage reads as "wrong password or damaged" — never as plaintext.
    for (qsizetype index : {qsizetype(0), qsizetype(12), qsizetype(400), qsizetype(-1)}) {
        auto result = ProtonImporter().read(withContentBitFlipped(bytes, index), password("test"));
        QVERIFY(!result);
        QCOMPARE(result.error().code(), ErrorCode::WrongPassword);
    }
}

void TestProtonImporter::truncationNeverCrashes()
{
    for (const QString& file : {kPlain, kEncrypted}) {
        TESSERA_REQUIRE_FIXTURE(path, file);
        const QByteArray bytes = tessera::test::readFile(path);
        for (qsizetype length = 0; length < bytes.size() - 2; length += 7) {
            auto result = ProtonImporter().read(bytes.left(length), password("test"));
            QVERIFY2(!result, qPrintable(u"%1 length %2"_s.arg(file).arg(length)));
            QCOMPARE(result.error().code(), ErrorCode::Damaged);
        }
    }
    // A shortened content inside intact JSON fails the tag or the length check.
    TESSERA_REQUIRE_FIXTURE(path, kEncrypted);
    const QJsonObject root = QJsonDocument::fromJson(tessera::test::readFile(path)).object();
    const QByteArray content = QByteArray::fromBase64(root.value(u"content"_s).toString().toLatin1());
    for (qsizetype length = 0; length < content.size(); length += 131) {
        QJsonObject cut = root;
        cut.insert(u"content"_s, QString::fromLatin1(content.left(length).toBase64()));
        auto result = ProtonImporter().read(toJson(cut), password("test"));
        QVERIFY2(!result, qPrintable(u"content length %1"_s.arg(length)));
        QVERIFY(result.error().code() == ErrorCode::Damaged || result.error().code() == ErrorCode::WrongPassword);
    }
}

void TestProtonImporter::garbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray("\x00\xff\x13\x37", 4);
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("no version") << QByteArray(R"({"entries":[]})");
    QTest::newRow("version string") << QByteArray(R"({"version":"1","entries":[]})");
    QTest::newRow("version fraction") << QByteArray(R"({"version":1.5,"entries":[]})");
    QTest::newRow("entries object") << QByteArray(R"({"version":1,"entries":{}})");
    QTest::newRow("salt not string") << QByteArray(R"({"version":1,"salt":3,"content":"AAAA"})");
    QTest::newRow("short salt") << QByteArray(
        R"({"version":1,"salt":"AAAA","content":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})");
    QTest::newRow("bad base64") << QByteArray(R"({"version":1,"salt":"AAAAAAAAAAAAAAAAAAAAAA==","content":"!!!!"})");
    QTest::newRow("short content") << QByteArray(R"({"version":1,"salt":"AAAAAAAAAAAAAAAAAAAAAA==","content":"AAAA"})");
}

void TestProtonImporter::garbage()
{
    QFETCH(QByteArray, bytes);
    auto result = ProtonImporter().read(bytes, password("test"));
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::Damaged);
}

void TestProtonImporter::otherVersionIsUnsupported()
{
    auto plain = ProtonImporter().read(QByteArray(R"({"version":2,"entries":[]})"), std::nullopt);
    QVERIFY(!plain);
    QCOMPARE(plain.error().code(), ErrorCode::Unsupported);
    auto outer = ProtonImporter().read(seal(kOneEntry, "pw", 2), password("pw"));
    QVERIFY(!outer);
    QCOMPARE(outer.error().code(), ErrorCode::Unsupported);
    QByteArray innerV2 = kOneEntry;
    innerV2.replace("\"version\":1", "\"version\":2");
    auto inner = ProtonImporter().read(seal(innerV2, "pw"), password("pw"));
    QVERIFY(!inner);
    QCOMPARE(inner.error().code(), ErrorCode::Unsupported);
}

void TestProtonImporter::oversizedInputRefused()
{
    /* Proton's key derivation is fixed (19 MiB, t = 2), so no file can ask for more work; what a
     * hostile file can do is be large, and that is refused before parsing. */
    QByteArray huge = R"({"version":1,"salt":"AAAAAAAAAAAAAAAAAAAAAA==","content":")";
    huge.append(QByteArray(ProtonImporter::kMaxInputBytes, 'A'));
    huge.append("\"}");
    QVERIFY(!ProtonImporter().recognises(huge));
    auto result = ProtonImporter().read(huge, password("test"));
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::Damaged);
}

QTEST_APPLESS_MAIN(TestProtonImporter)
#include "tst_protonimporter.moc"
