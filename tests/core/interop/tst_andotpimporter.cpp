// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpectedAccount.h"
#include "TestEnvironment.h"
#include "crypto/Aead.h"
#include "interop/AndOtpImporter.h"

#include <QTest>

#include <openssl/evp.h>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::Aead;
using tessera::crypto::SecureBytes;
using tessera::interop::AndOtpImporter;

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

QByteArray bigEndian32(quint32 value)
{
    QByteArray out(4, '\0');
    for (int i = 0; i < 4; ++i) {
        out[i] = static_cast<char>((value >> (24 - 8 * i)) & 0xff);
    }
    return out;
}

/* An andOTP new-format file, written the way andOTP writes it but with few iterations. */
QByteArray encryptNew(const QByteArray& plaintext, const char* pass, quint32 iterations)
{
    const QByteArray salt(12, '\x5a');
    const QByteArray nonce(12, '\x11');
    SecureBytes key(Aead::kKeySize);
    const bool derived =
        PKCS5_PBKDF2_HMAC(pass, static_cast<int>(qstrlen(pass)), asBytes(salt).data(), static_cast<int>(salt.size()),
                          static_cast<int>(iterations), EVP_sha1(), static_cast<int>(key.size()), key.data())
        == 1;
    Q_ASSERT(derived);
    auto sealed = Aead::encrypt(key, asBytes(nonce), asBytes(plaintext), {});
    Q_ASSERT(sealed);
    return bigEndian32(iterations) + salt + nonce + *sealed;
}

/* An andOTP old-format file: key = SHA-256(password). */
QByteArray encryptOld(const QByteArray& plaintext, const char* pass)
{
    const QByteArray nonce(12, '\x22');
    SecureBytes key(Aead::kKeySize);
    unsigned int size = 0;
    const bool hashed = EVP_Digest(pass, qstrlen(pass), key.data(), &size, EVP_sha256(), nullptr) == 1;
    Q_ASSERT(hashed);
    auto sealed = Aead::encrypt(key, asBytes(nonce), asBytes(plaintext), {});
    Q_ASSERT(sealed);
    return nonce + *sealed;
}

const QByteArray kSmallPlain =
    R"([{"secret":"JBSWY3DPEHPK3PXP====","issuer":"Acme","label":"alice","digits":6,"type":"TOTP","algorithm":"SHA1","period":30,"tags":["Work","Home"]}])";

} // namespace

class TestAndOtpImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void oldFormatLabelsSplit();
    void wrongPassword();
    void missingPassword();
    void flippedCiphertextByte();
    void truncationNeverCrashes();
    void hostileIterationsRefused_data();
    void hostileIterationsRefused();
    void syntheticFiles();
    void decryptedButNotJsonIsDamaged();
    void entryProblems();
    void garbage_data();
    void garbage();
    void recognition();
};

void TestAndOtpImporter::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("pass");
    QTest::addColumn<QString>("formatName");
    QTest::addColumn<QList<Expected>>("expected");
    QTest::newRow("plain") << u"andotp/andotp_plain.json"_s << QString() << u"andOTP backup"_s
                           << tessera::test::aegisVectors({1, 2, 3, 4, 5, 6, 7});
    QTest::newRow("encrypted") << u"andotp/andotp_encrypted.bin"_s << u"test"_s << u"andOTP backup (encrypted)"_s
                               << tessera::test::aegisVectors({1, 2, 3, 4, 5, 6, 7});
    QTest::newRow("encrypted old") << u"andotp/andotp_encrypted_old.bin"_s << u"test"_s
                                   << u"andOTP backup (encrypted, old format)"_s
                                   << tessera::test::aegisVectors({1, 2, 3, 4, 5, 6});
}

void TestAndOtpImporter::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, pass);
    QFETCH(QString, formatName);
    QFETCH(QList<Expected>, expected);
    TESSERA_REQUIRE_FIXTURE(path, file);
    const QByteArray bytes = tessera::test::readFile(path);
    const AndOtpImporter importer;
    QCOMPARE(importer.recognises(bytes), pass.isEmpty()); // nothing marks an encrypted file
    QCOMPARE(importer.needsPassword(bytes), !pass.isEmpty());
    QCOMPARE(AndOtpImporter::mightBeEncrypted(bytes), !pass.isEmpty());
    std::optional<SecureBytes> secret;
    if (!pass.isEmpty()) {
        secret = password(pass.toUtf8().constData());
    }
    auto result = importer.read(bytes, secret);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->formatName, formatName);
    tessera::test::compareAccounts(*result, expected);
    QVERIFY(result->groups.isEmpty()); // every fixture entry has "tags":[]
}

void TestAndOtpImporter::oldFormatLabelsSplit()
{
    // The old fixture has no issuer field and labels "Deno - Deno:Mason": the label shown for the
    // entry must be the same as from a new-format backup.
    TESSERA_REQUIRE_FIXTURE(path, u"andotp/andotp_encrypted_old.bin"_s);
    auto result = AndOtpImporter().read(tessera::test::readFile(path), password("test"));
    QVERIFY(result);
    QCOMPARE(result->accounts.front().label, u"Deno / Mason"_s);
    QCOMPARE(result->accounts.back().label, u"WWE / Mason"_s);
}

void TestAndOtpImporter::wrongPassword()
{
    for (const QString& file : {u"andotp/andotp_encrypted.bin"_s, u"andotp/andotp_encrypted_old.bin"_s}) {
        TESSERA_REQUIRE_FIXTURE(path, file);
        const QByteArray bytes = tessera::test::readFile(path);
        for (const char* wrong : {"Test", "", "test "}) {
            auto result = AndOtpImporter().read(bytes, password(wrong));
            QVERIFY(!result);
            QCOMPARE(result.error().code(), ErrorCode::WrongPassword);
        }
    }
}

void TestAndOtpImporter::missingPassword()
{
    TESSERA_REQUIRE_FIXTURE(path, u"andotp/andotp_encrypted.bin"_s);
    auto result = AndOtpImporter().read(tessera::test::readFile(path), std::nullopt);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::WrongPassword);
    QVERIFY(result.error().message().contains(u"password"_s));
}

void TestAndOtpImporter::flippedCiphertextByte()
{
    for (const QString& file : {u"andotp/andotp_encrypted.bin"_s, u"andotp/andotp_encrypted_old.bin"_s}) {
        TESSERA_REQUIRE_FIXTURE(path, file);
        const QByteArray bytes = tessera::test::readFile(path);
        // First ciphertext byte of each layout, the middle, and the last tag byte.
        for (qsizetype index : {qsizetype(12), qsizetype(28), bytes.size() / 2, bytes.size() - 1}) {
            QByteArray tampered = bytes;
            tampered[index] = static_cast<char>(tampered.at(index) ^ 0x01);
            auto result = AndOtpImporter().read(tampered, password("test"));
            QVERIFY2(!result, qPrintable(u"%1 at %2"_s.arg(file).arg(index)));
            // Nothing tells a damaged file from a wrong password without a marker.
            QCOMPARE(result.error().code(), ErrorCode::WrongPassword);
        }
    }
}

void TestAndOtpImporter::truncationNeverCrashes()
{
    for (const QString& file :
         {u"andotp/andotp_plain.json"_s, u"andotp/andotp_encrypted_old.bin"_s, u"andotp/andotp_encrypted.bin"_s}) {
        TESSERA_REQUIRE_FIXTURE(path, file);
        const QByteArray bytes = tessera::test::readFile(path);
        // The new layout costs a full PBKDF2 run per cut, so it is cut more coarsely.
        const qsizetype step = file.endsWith(u"encrypted.bin"_s) ? 61 : 7;
        for (qsizetype length = 0; length < bytes.size(); length += step) {
            auto result = AndOtpImporter().read(bytes.left(length), password("test"));
            QVERIFY2(!result, qPrintable(u"%1 cut at %2"_s.arg(file).arg(length)));
            QVERIFY(result.error().code() == ErrorCode::Damaged || result.error().code() == ErrorCode::WrongPassword);
        }
    }
}

void TestAndOtpImporter::hostileIterationsRefused_data()
{
    QTest::addColumn<quint32>("iterations");
    QTest::newRow("zero") << quint32(0);
    QTest::newRow("cap + 1") << AndOtpImporter::kMaxIterations + 1;
    QTest::newRow("2^31 - 1") << quint32(0x7fffffff);
    QTest::newRow("2^32 - 1") << quint32(0xffffffff);
}

void TestAndOtpImporter::hostileIterationsRefused()
{
    // Were the count used, this would run PBKDF2 for hours and the test would time out.
    QFETCH(quint32, iterations);
    QByteArray file = encryptNew(kSmallPlain, "test", 1);
    file.replace(0, 4, bigEndian32(iterations));
    auto result = AndOtpImporter().read(file, password("test"));
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::WrongPassword);
}

void TestAndOtpImporter::syntheticFiles()
{
    for (const QByteArray& file : {encryptNew(kSmallPlain, "pässword", 1), encryptNew(kSmallPlain, "pässword", 1000),
                                   encryptOld(kSmallPlain, "pässword")}) {
        QVERIFY(AndOtpImporter::mightBeEncrypted(file));
        auto result = AndOtpImporter().read(file, password("pässword"));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
        tessera::test::compareAccounts(*result,
                                       {tessera::test::defaultTotp(u"Acme"_s, u"alice"_s, u"JBSWY3DPEHPK3PXP"_s)});
        QCOMPARE(result->accounts.front().group, u"Work"_s); // the first tag
        QCOMPARE(result->groups, QStringList{u"Work"_s});
        QCOMPARE(AndOtpImporter().read(file, password("password")).error().code(), ErrorCode::WrongPassword);
    }
}

void TestAndOtpImporter::decryptedButNotJsonIsDamaged()
{
    for (const QByteArray& file : {encryptNew("not json", "test", 3), encryptOld("{\"a\":1}", "test")}) {
        auto result = AndOtpImporter().read(file, password("test"));
        QVERIFY(!result);
        QCOMPARE(result.error().code(), ErrorCode::Damaged);
    }
}

void TestAndOtpImporter::entryProblems()
{
    const QByteArray file = R"([
        {"secret":"JBSWY3DPEHPK3PXP","label":"Old - Old:bob","type":"TOTP"},
        {"secret":"JBSWY3DPEHPK3PXP","label":"Acme:carol","type":"TOTP","tags":[3,"Home"]},
        {"secret":"JBSWY3DPEHPK3PXP","label":"dave","type":"MOTP"},
        {"secret":"JBSWY3DPEHPK3PXP","issuer":"X","label":"erin","type":"HOTP"},
        {"secret":"not base32!","issuer":"X","label":"frank","type":"TOTP"},
        {"secret":"JBSWY3DPEHPK3PXP","issuer":"X","label":"gina","type":"TOTP","digits":1e300},
        {"secret":"JBSWY3DPEHPK3PXP","issuer":"X","label":"hal","type":"TOTP","algorithm":"MD5"},
        {"secret":"JBSWY3DPEHPK3PXP","issuer":"X","label":"ivy","type":"YANDEX"},
        7,
        {"secret":"JBSWY3DPEHPK3PXP","issuer":"Valve","label":"jo","type":"STEAM","digits":6,"period":60}
    ])";
    auto result = AndOtpImporter().read(file, std::nullopt);
    QVERIFY(result);
    QCOMPARE(result->accounts.size(), std::size_t(10));
    QCOMPARE(result->accounts[0].token->issuer(), u"Old"_s);
    QCOMPARE(result->accounts[0].token->name(), u"bob"_s);
    QCOMPARE(result->accounts[1].token->issuer(), u"Acme"_s);
    QCOMPARE(result->accounts[1].token->name(), u"carol"_s);
    QCOMPARE(result->accounts[1].group, u"Home"_s);
    for (std::size_t i : {2u, 3u, 4u, 5u, 6u, 7u, 8u}) {
        QVERIFY2(!result->accounts[i].token && result->accounts[i].problem, qPrintable(QString::number(i)));
    }
    QCOMPARE(result->accounts[2].problem->code(), ErrorCode::Unsupported);
    QVERIFY(result->accounts[2].problem->message().contains(u"not supported"_s));
    QCOMPARE(result->accounts[2].label, u"dave"_s);
    QCOMPARE(result->accounts[7].problem->code(), ErrorCode::Unsupported);
    QCOMPARE(result->accounts[8].label, u"entry 9"_s);
    // Steam is fixed whatever the file says.
    QCOMPARE(result->accounts[9].token->parameters().digits(), 5);
    QCOMPARE(result->accounts[9].token->parameters().period(), 30);
}

void TestAndOtpImporter::garbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("empty") << QByteArray() << ErrorCode::Damaged;
    QTest::newRow("short binary") << QByteArray("\x00\xff\x13\x37", 4) << ErrorCode::Damaged;
    QTest::newRow("object") << QByteArray(R"({"secret":"A"})") << ErrorCode::Damaged;
    QTest::newRow("text") << QByteArray("this is a long line of text and not an andOTP backup at all")
                          << ErrorCode::Damaged;
    QTest::newRow("27 binary bytes") << QByteArray(27, '\x01') << ErrorCode::Damaged;
    QTest::newRow("28 binary bytes") << QByteArray(28, '\x01') << ErrorCode::WrongPassword;
    QTest::newRow("random-ish 200 bytes") << QByteArray(200, '\x9c') << ErrorCode::WrongPassword;
}

void TestAndOtpImporter::garbage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ErrorCode, code);
    auto result = AndOtpImporter().read(bytes, password("test"));
    QVERIFY(!result);
    QCOMPARE(result.error().code(), code);
}

void TestAndOtpImporter::recognition()
{
    const AndOtpImporter importer;
    QCOMPARE(importer.id(), u"andotp"_s);
    QCOMPARE(importer.name(), u"andOTP backup"_s);
    QVERIFY(importer.recognises(kSmallPlain));
    QVERIFY(!importer.needsPassword(kSmallPlain));
    QVERIFY(!importer.recognises(QByteArray("[]")));
    QVERIFY(!importer.recognises(QByteArray(R"([{"secret":"A","label":"b"}])")));
    QVERIFY(!importer.recognises(QByteArray(R"({"schemaVersion":4,"services":[]})")));
    QVERIFY(!importer.recognises(encryptOld(kSmallPlain, "test")));
    QVERIFY(!AndOtpImporter::mightBeEncrypted(kSmallPlain));
    QVERIFY(!AndOtpImporter::mightBeEncrypted(QByteArray("otpauth://totp/a?secret=JBSWY3DPEHPK3PXP\n")));
    QVERIFY(!AndOtpImporter::mightBeEncrypted(QByteArray(27, '\x01')));
    QVERIFY(AndOtpImporter::mightBeEncrypted(QByteArray(28, '\x01')));
    // High bytes alone are still binary when they are not UTF-8.
    QVERIFY(AndOtpImporter::mightBeEncrypted(QByteArray(40, '\xfe')));
    QVERIFY(!AndOtpImporter::mightBeEncrypted(u"ünïcödé text that is long enough to count"_s.toUtf8()));
}

QTEST_APPLESS_MAIN(TestAndOtpImporter)
#include "tst_andotpimporter.moc"
