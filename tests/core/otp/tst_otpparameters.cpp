// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/OtpParameters.h"
#include "otp/OtpToken.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::SecureBytes;
using tessera::otp::HashAlgorithm;
using tessera::otp::OtpParameters;
using tessera::otp::OtpToken;
using tessera::otp::OtpType;
using tessera::otp::TokenWarning;

class TestOtpParameters : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void totpBounds_data();
    void totpBounds();
    void hotpBounds_data();
    void hotpBounds();
    void steamIsFixed();
    void algorithmNames_data();
    void algorithmNames();
    void withCounterOnlyMovesHotp();
    void tokenRejectsEmptyAndHugeSecrets();
    void tokenWarnings();
};

void TestOtpParameters::totpBounds_data()
{
    QTest::addColumn<int>("digits");
    QTest::addColumn<int>("period");
    QTest::addColumn<bool>("valid");
    QTest::newRow("defaults") << 6 << 30 << true;
    QTest::newRow("7 digits 20 s") << 7 << 20 << true;
    QTest::newRow("10 digits") << 10 << 30 << true;
    QTest::newRow("period 1") << 6 << 1 << true;
    QTest::newRow("period one day") << 8 << 86400 << true;
    QTest::newRow("5 digits") << 5 << 30 << false;
    QTest::newRow("11 digits") << 11 << 30 << false;
    QTest::newRow("70000 digits") << 70000 << 30 << false;
    QTest::newRow("period 0") << 6 << 0 << false;
    QTest::newRow("negative period") << 6 << -30 << false;
    QTest::newRow("period above a day") << 6 << 86401 << false;
}

void TestOtpParameters::totpBounds()
{
    QFETCH(int, digits);
    QFETCH(int, period);
    QFETCH(bool, valid);
    auto parameters = OtpParameters::totp(HashAlgorithm::Sha256, digits, period);
    QCOMPARE(parameters.hasValue(), valid);
    if (valid) {
        QCOMPARE(parameters->type(), OtpType::Totp);
        QCOMPARE(parameters->algorithm(), HashAlgorithm::Sha256);
        QCOMPARE(parameters->digits(), digits);
        QCOMPARE(parameters->period(), period);
    } else {
        QCOMPARE(parameters.error().code(), ErrorCode::InvalidInput);
        QVERIFY(parameters.error().message().contains(QString::number(digits < 6 || digits > 10 ? digits : period)));
    }
}

void TestOtpParameters::hotpBounds_data()
{
    QTest::addColumn<int>("digits");
    QTest::addColumn<quint64>("counter");
    QTest::addColumn<bool>("valid");
    QTest::newRow("counter 0") << 6 << quint64(0) << true;
    QTest::newRow("largest counter") << 8 << std::numeric_limits<quint64>::max() << true;
    QTest::newRow("4 digits") << 4 << quint64(1) << false;
}

void TestOtpParameters::hotpBounds()
{
    QFETCH(int, digits);
    QFETCH(quint64, counter);
    QFETCH(bool, valid);
    auto parameters = OtpParameters::hotp(HashAlgorithm::Sha1, digits, counter);
    QCOMPARE(parameters.hasValue(), valid);
    if (valid) {
        QCOMPARE(parameters->counter(), counter);
        QCOMPARE(parameters->type(), OtpType::Hotp);
        QVERIFY(!parameters->isTimeBased());
    }
}

void TestOtpParameters::steamIsFixed()
{
    const OtpParameters steam = OtpParameters::steam();
    QCOMPARE(steam.type(), OtpType::Steam);
    QCOMPARE(steam.algorithm(), HashAlgorithm::Sha1);
    QCOMPARE(steam.digits(), 5);
    QCOMPARE(steam.period(), 30);
    QVERIFY(steam.isTimeBased());
}

void TestOtpParameters::algorithmNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("algorithm"); // -1: unsupported
    QTest::newRow("SHA1") << u"SHA1"_s << int(HashAlgorithm::Sha1);
    QTest::newRow("sha1") << u"sha1"_s << int(HashAlgorithm::Sha1);
    QTest::newRow("SHA-256") << u"SHA-256"_s << int(HashAlgorithm::Sha256);
    QTest::newRow("sha512") << u"sha512"_s << int(HashAlgorithm::Sha512);
    QTest::newRow("MD5") << u"MD5"_s << -1;
    QTest::newRow("SHA224") << u"SHA224"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestOtpParameters::algorithmNames()
{
    QFETCH(QString, name);
    QFETCH(int, algorithm);
    auto parsed = OtpParameters::algorithmFromName(name);
    if (algorithm < 0) {
        QVERIFY(!parsed.hasValue());
        QCOMPARE(parsed.error().code(), ErrorCode::Unsupported);
    } else {
        QVERIFY(parsed.hasValue());
        QCOMPARE(int(*parsed), algorithm);
        QCOMPARE(OtpParameters::algorithmFromName(OtpParameters::algorithmName(*parsed)).value(), *parsed);
    }
}

void TestOtpParameters::withCounterOnlyMovesHotp()
{
    const auto hotp = OtpParameters::hotp(HashAlgorithm::Sha1, 6, 5).value();
    QCOMPARE(hotp.withCounter(6).counter(), quint64(6));
    const auto totp = OtpParameters::totp().value();
    QCOMPARE(totp.withCounter(6).counter(), quint64(0));
    QCOMPARE(totp.withCounter(6), totp);
}

void TestOtpParameters::tokenRejectsEmptyAndHugeSecrets()
{
    const auto parameters = OtpParameters::totp().value();
    auto empty = OtpToken::create(u"Issuer"_s, u"name"_s, parameters, SecureBytes());
    QVERIFY(!empty.hasValue());
    QCOMPARE(empty.error().code(), ErrorCode::InvalidInput);
    auto huge = OtpToken::create(u"Issuer"_s, u"name"_s, parameters, SecureBytes(OtpToken::kMaxSecretBytes + 1));
    QVERIFY(!huge.hasValue());
    auto largest = OtpToken::create(u"Issuer"_s, u"name"_s, parameters, SecureBytes(OtpToken::kMaxSecretBytes));
    QVERIFY(largest.hasValue());
}

void TestOtpParameters::tokenWarnings()
{
    // 80-bit secrets are common in the wild: flagged, not refused (SECURITY.md S12).
    auto shortSecret = OtpToken::create({}, {}, OtpParameters::totp().value(), SecureBytes(10));
    QVERIFY(shortSecret.hasValue());
    QCOMPARE(shortSecret->warnings(), QList<TokenWarning>{TokenWarning::ShortSecret});
    auto fine = OtpToken::create({}, {}, OtpParameters::totp().value(), SecureBytes(20));
    QVERIFY(fine->warnings().isEmpty());
    auto slow = OtpToken::create({}, {}, OtpParameters::totp(HashAlgorithm::Sha1, 6, 301).value(), SecureBytes(20));
    QCOMPARE(slow->warnings(), QList<TokenWarning>{TokenWarning::UnusualPeriod});
    auto edge = OtpToken::create({}, {}, OtpParameters::totp(HashAlgorithm::Sha1, 6, 300).value(), SecureBytes(16));
    QVERIFY(edge->warnings().isEmpty());
    for (const TokenWarning warning : {TokenWarning::ShortSecret, TokenWarning::UnusualPeriod}) {
        QVERIFY(!OtpToken::warningMessage(warning).isEmpty());
    }
}

QTEST_APPLESS_MAIN(TestOtpParameters)
#include "tst_otpparameters.moc"
