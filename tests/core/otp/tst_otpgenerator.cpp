// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Code generation against published vectors: RFC 4226 Appendix D, all 18 RFC 6238 Appendix B
// vectors with the per-hash seed lengths of the errata, Steam Guard codes from a real account,
// and the "Aegis vector" account set shared by most interop fixtures (FORMATS.md §2).
#include "otp/Base32.h"
#include "otp/OtpGenerator.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::otp::Base32;
using tessera::otp::HashAlgorithm;
using tessera::otp::OtpGenerator;
using tessera::otp::OtpParameters;

namespace {

std::span<const std::uint8_t> asSpan(const QByteArray& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

const QByteArray kSeed20("12345678901234567890");
const QByteArray kSeed32("12345678901234567890123456789012");
const QByteArray kSeed64("1234567890123456789012345678901234567890123456789012345678901234");

OtpGenerator generatorFor(const OtpParameters& parameters, const QString& base32Secret)
{
    auto secret = Base32::decode(base32Secret);
    if (!secret) {
        qFatal("test secret does not decode");
    }
    auto generator = OtpGenerator::create(parameters, secret->bytes());
    if (!generator) {
        qFatal("generator not created");
    }
    return std::move(generator).value();
}

} // namespace

class TestOtpGenerator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rfc4226_data();
    void rfc4226();
    void rfc6238_data();
    void rfc6238();
    void sixDigitSpotChecks();
    void steam_data();
    void steam();
    void aegisVectorAccounts_data();
    void aegisVectorAccounts();
    void farFutureTimes();
    void digitsAreZeroPadded();
    void hotpUsesParameterCounter();
    void rejectsNegativeTimeAndEmptySecret();
    void countdown();
};

void TestOtpGenerator::rfc4226_data()
{
    QTest::addColumn<quint64>("counter");
    QTest::addColumn<uint>("truncated");
    QTest::addColumn<QString>("code");
    QTest::newRow("0") << quint64(0) << 0x4c93cf18u << u"755224"_s;
    QTest::newRow("1") << quint64(1) << 0x41397eeau << u"287082"_s;
    QTest::newRow("2") << quint64(2) << 0x082fef30u << u"359152"_s;
    QTest::newRow("3") << quint64(3) << 0x66ef7655u << u"969429"_s;
    QTest::newRow("4") << quint64(4) << 0x61c5938au << u"338314"_s;
    QTest::newRow("5") << quint64(5) << 0x33c083d4u << u"254676"_s;
    QTest::newRow("6") << quint64(6) << 0x7256c032u << u"287922"_s;
    QTest::newRow("7") << quint64(7) << 0x04e5b397u << u"162583"_s;
    QTest::newRow("8") << quint64(8) << 0x2823443fu << u"399871"_s;
    QTest::newRow("9") << quint64(9) << 0x2679dc69u << u"520489"_s;
}

void TestOtpGenerator::rfc4226()
{
    QFETCH(quint64, counter);
    QFETCH(uint, truncated);
    QFETCH(QString, code);
    auto generator =
        OtpGenerator::create(OtpParameters::hotp(HashAlgorithm::Sha1, 6, counter).value(), asSpan(kSeed20));
    QVERIFY(generator.hasValue());
    QCOMPARE(generator->truncatedValue(counter), truncated);
    QCOMPARE(generator->codeForCounter(counter), code);
    QCOMPARE(generator->codeAt(0).value(), code); // HOTP ignores time
}

void TestOtpGenerator::rfc6238_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<QString>("code");
    const struct {
        qint64 time;
        const char16_t* sha1;
        const char16_t* sha256;
        const char16_t* sha512;
    } vectors[] = {
        {59, u"94287082", u"46119246", u"90693936"},         {1111111109, u"07081804", u"68084774", u"25091201"},
        {1111111111, u"14050471", u"67062674", u"99943326"}, {1234567890, u"89005924", u"91819424", u"93441116"},
        {2000000000, u"69279037", u"90698825", u"38618901"}, {20000000000, u"65353130", u"77737706", u"47863826"},
    };
    for (const auto& vector : vectors) {
        QTest::addRow("SHA1 %lld", vector.time)
            << vector.time << int(HashAlgorithm::Sha1) << QString::fromUtf16(vector.sha1);
        QTest::addRow("SHA256 %lld", vector.time)
            << vector.time << int(HashAlgorithm::Sha256) << QString::fromUtf16(vector.sha256);
        QTest::addRow("SHA512 %lld", vector.time)
            << vector.time << int(HashAlgorithm::Sha512) << QString::fromUtf16(vector.sha512);
    }
}

void TestOtpGenerator::rfc6238()
{
    QFETCH(qint64, time);
    QFETCH(int, algorithm);
    QFETCH(QString, code);
    const auto hash = static_cast<HashAlgorithm>(algorithm);
    // Key length = hash length (RFC 6238 Appendix A code and errata).
    const QByteArray& seed = hash == HashAlgorithm::Sha1 ? kSeed20 : hash == HashAlgorithm::Sha256 ? kSeed32 : kSeed64;
    auto generator = OtpGenerator::create(OtpParameters::totp(hash, 8, 30).value(), asSpan(seed));
    QVERIFY(generator.hasValue());
    auto generated = generator->codeAt(time);
    QVERIFY(generated.hasValue());
    QCOMPARE(*generated, code);
}

void TestOtpGenerator::sixDigitSpotChecks()
{
    auto generator = OtpGenerator::create(OtpParameters::totp().value(), asSpan(kSeed20));
    QCOMPARE(generator->codeAt(1234567890).value(), u"005924"_s);
    QCOMPARE(generator->codeAt(1111111109).value(), u"081804"_s);
}

void TestOtpGenerator::steam_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("code");
    QTest::newRow("1511200518") << qint64(1511200518) << u"FR8RV"_s;
    QTest::newRow("1511200714") << qint64(1511200714) << u"9P3VP"_s;
}

void TestOtpGenerator::steam()
{
    QFETCH(qint64, time);
    QFETCH(QString, code);
    OtpGenerator generator = generatorFor(OtpParameters::steam(), u"63BEDWCQZKTQWPESARIERL5DTTQFCJTK"_s);
    QCOMPARE(generator.codeAt(time).value(), code);
}

void TestOtpGenerator::aegisVectorAccounts_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("type"); // 0 totp, 1 hotp, 2 steam
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<int>("digits");
    QTest::addColumn<int>("periodOrCounter");
    QTest::addColumn<QString>("atZero");
    QTest::addColumn<QString>("at1700000000");
    const int sha1 = int(HashAlgorithm::Sha1), sha256 = int(HashAlgorithm::Sha256), sha512 = int(HashAlgorithm::Sha512);
    QTest::newRow("Deno") << u"4SJHB4GSD43FZBAI7C2HLRJGPQ"_s << 0 << sha1 << 6 << 30 << u"591295"_s << u"790195"_s;
    QTest::newRow("SPDX") << u"5OM4WOOGPLQEF6UGN3CPEOOLWU"_s << 0 << sha256 << 7 << 20 << u"3672433"_s << u"9993814"_s;
    QTest::newRow("Airbnb") << u"7ELGJSGXNCCTV3O6LKJWYFV2RA"_s << 0 << sha512 << 8 << 50 << u"48148234"_s
                            << u"65516786"_s;
    QTest::newRow("Issuu") << u"YOOMIXWS5GN6RTBPUFFWKTW5M4"_s << 1 << sha1 << 6 << 1 << u"253717"_s << u"253717"_s;
    QTest::newRow("Air Canada") << u"KUVJJOM753IHTNDSZVCNKL7GII"_s << 1 << sha256 << 7 << 50 << u"4444976"_s
                                << u"4444976"_s;
    QTest::newRow("WWE") << u"5VAML3X35THCEBVRLV24CGBKOY"_s << 1 << sha512 << 8 << 10300 << u"24622277"_s
                         << u"24622277"_s;
    QTest::newRow("Boeing") << u"JRZCL47CMXVOQMNPZR2F7J4RGI"_s << 2 << sha1 << 5 << 30 << u"C2F47"_s << u"747JR"_s;
    QTest::newRow("Battle.net") << u"BMGRXPGFARQQF4GMT25JATL2VYLAHDBI"_s << 0 << sha1 << 8 << 30 << u"79399857"_s
                                << u"12715797"_s;
}

void TestOtpGenerator::aegisVectorAccounts()
{
    QFETCH(QString, secret);
    QFETCH(int, type);
    QFETCH(int, algorithm);
    QFETCH(int, digits);
    QFETCH(int, periodOrCounter);
    QFETCH(QString, atZero);
    QFETCH(QString, at1700000000);
    const auto hash = static_cast<HashAlgorithm>(algorithm);
    const OtpParameters parameters = type == 0   ? OtpParameters::totp(hash, digits, periodOrCounter).value()
                                     : type == 1 ? OtpParameters::hotp(hash, digits, quint64(periodOrCounter)).value()
                                                 : OtpParameters::steam();
    OtpGenerator generator = generatorFor(parameters, secret);
    QCOMPARE(generator.codeAt(0).value(), atZero);
    QCOMPARE(generator.codeAt(1700000000).value(), at1700000000);
}

void TestOtpGenerator::farFutureTimes()
{
    // Past 2038 (int32 overflow) and 2106 (uint32 overflow): the step must use 64-bit time.
    auto generator = OtpGenerator::create(OtpParameters::totp(HashAlgorithm::Sha1, 8, 30).value(), asSpan(kSeed20));
    QCOMPARE(OtpGenerator::timeStep(2147483648LL, 30), quint64(71582788));
    QCOMPARE(OtpGenerator::timeStep(4294967296LL, 30), quint64(143165576));
    QCOMPARE(generator->codeAt(20000000000LL).value(), u"65353130"_s); // year 2603, RFC 6238
    // Different steps give different codes on both sides of the 32-bit boundary.
    QCOMPARE(generator->codeAt(4294967296LL).value(), generator->codeForCounter(143165576));
    QVERIFY(generator->codeAt(4294967296LL).value() != generator->codeAt(4294967296LL % (1LL << 32)).value());
}

void TestOtpGenerator::digitsAreZeroPadded()
{
    // RFC 4226 counter 7 truncates to 82162583: as 6 digits "162583", as 10 "0082162583".
    for (int digits = 6; digits <= 10; ++digits) {
        auto generator =
            OtpGenerator::create(OtpParameters::hotp(HashAlgorithm::Sha1, digits, 7).value(), asSpan(kSeed20));
        const QString code = generator->codeAt(0).value();
        QCOMPARE(code.size(), digits);
        QCOMPARE(code, u"0082162583"_s.right(digits));
    }
}

void TestOtpGenerator::hotpUsesParameterCounter()
{
    auto generator = OtpGenerator::create(OtpParameters::hotp(HashAlgorithm::Sha1, 6, 3).value(), asSpan(kSeed20));
    QCOMPARE(generator->codeAt(1234).value(), u"969429"_s);
    generator->setCounter(4);
    QCOMPARE(generator->codeAt(1234).value(), u"338314"_s);
    QCOMPARE(generator->parameters().counter(), quint64(4));
}

void TestOtpGenerator::rejectsNegativeTimeAndEmptySecret()
{
    auto generator = OtpGenerator::create(OtpParameters::totp().value(), asSpan(kSeed20));
    auto negative = generator->codeAt(-1);
    QVERIFY(!negative.hasValue());
    QCOMPARE(negative.error().code(), ErrorCode::InvalidInput);
    auto empty = OtpGenerator::create(OtpParameters::totp().value(), {});
    QVERIFY(!empty.hasValue());
    QCOMPARE(empty.error().code(), ErrorCode::InvalidInput);
}

void TestOtpGenerator::countdown()
{
    QCOMPARE(OtpGenerator::secondsRemaining(0, 30), 30);
    QCOMPARE(OtpGenerator::secondsRemaining(29, 30), 1);
    QCOMPARE(OtpGenerator::secondsRemaining(30, 30), 30);
    QCOMPARE(OtpGenerator::secondsRemaining(1700000000, 50), 50 - int(1700000000 % 50));
    QCOMPARE(OtpGenerator::timeStep(59, 30), quint64(1));
    QCOMPARE(OtpGenerator::timeStep(59, 1), quint64(59));
}

QTEST_APPLESS_MAIN(TestOtpGenerator)
#include "tst_otpgenerator.moc"
