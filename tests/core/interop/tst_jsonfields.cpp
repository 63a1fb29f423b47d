// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// JsonFields, the JSON reading every importer shares: size caps before parsing, whole numbers
// only, default parameters, and secret messages that never quote the secret.
#include "interop/JsonFields.h"

#include "otp/Base32.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::interop::JsonFields;
using tessera::otp::HashAlgorithm;
using tessera::otp::OtpType;

class TestJsonFields : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsing();
    void wholeNumbers_data();
    void wholeNumbers();
    void parameters();
    void secrets();
};

void TestJsonFields::parsing()
{
    QVERIFY(JsonFields::parseObject(R"({"a": 1})"));
    QVERIFY(!JsonFields::parseObject(R"([1, 2])")); // a document, but not an object
    QVERIFY(JsonFields::parseDocument(R"([1, 2])"));
    QVERIFY(!JsonFields::parseObject(R"({"a": )"));
    QVERIFY(!JsonFields::parseObject(""));
    // The cap is checked first: a file one byte over it is not parsed at all.
    const QByteArray object = R"({"key": "value"})";
    QVERIFY(JsonFields::parseObject(object, object.size()));
    QVERIFY(!JsonFields::parseObject(object, object.size() - 1));
    QVERIFY(!JsonFields::parseDocument(object, object.size() - 1));
}

void TestJsonFields::wholeNumbers_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("6") << QJsonValue(6) << true << qint64(6);
    QTest::newRow("minimum") << QJsonValue(-5) << true << qint64(-5);
    QTest::newRow("maximum") << QJsonValue(100) << true << qint64(100);
    QTest::newRow("below") << QJsonValue(-6) << false << qint64(0);
    QTest::newRow("above") << QJsonValue(101) << false << qint64(0);
    QTest::newRow("fraction") << QJsonValue(6.5) << false << qint64(0);
    QTest::newRow("huge") << QJsonValue(1e300) << false << qint64(0);
    QTest::newRow("nan") << QJsonValue(std::nan("")) << false << qint64(0);
    QTest::newRow("string") << QJsonValue(u"6"_s) << false << qint64(0);
    QTest::newRow("bool") << QJsonValue(true) << false << qint64(0);
    QTest::newRow("null") << QJsonValue() << false << qint64(0);
}

void TestJsonFields::wholeNumbers()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, accepted);
    QFETCH(qint64, expected);
    const auto number = JsonFields::wholeNumber(value, -5, 100);
    QCOMPARE(number.has_value(), accepted);
    if (accepted) {
        QCOMPARE(*number, expected);
    }
}

void TestJsonFields::parameters()
{
    auto defaults = JsonFields::otpParameters(QJsonObject(), HashAlgorithm::Sha256, false);
    QVERIFY(defaults);
    QCOMPARE(defaults->type(), OtpType::Totp);
    QCOMPARE(defaults->algorithm(), HashAlgorithm::Sha256);
    QCOMPARE(defaults->digits(), 6);
    QCOMPARE(defaults->period(), 30);

    auto hotp = JsonFields::otpParameters(QJsonObject{{u"digits"_s, 8}, {u"counter"_s, 42}}, HashAlgorithm::Sha1, true);
    QVERIFY(hotp);
    QCOMPARE(hotp->type(), OtpType::Hotp);
    QCOMPARE(hotp->digits(), 8);
    QCOMPARE(hotp->counter(), quint64(42));

    // HOTP without a counter, a fractional period, digits OtpParameters cannot use: refused.
    QVERIFY(!JsonFields::otpParameters(QJsonObject(), HashAlgorithm::Sha1, true));
    QVERIFY(!JsonFields::otpParameters(QJsonObject{{u"period"_s, 30.5}}, HashAlgorithm::Sha1, false));
    QVERIFY(!JsonFields::otpParameters(QJsonObject{{u"digits"_s, 0}}, HashAlgorithm::Sha1, false));
}

void TestJsonFields::secrets()
{
    const auto parameters = tessera::otp::OtpParameters::totp().value();
    auto token = JsonFields::base32Token(QJsonValue(u"jbsw y3dp ehpk 3pxp"_s), u"Shop"_s, u"me"_s, parameters);
    QVERIFY2(token, qPrintable(token ? QString() : token.error().message()));
    QCOMPARE(tessera::otp::Base32::encode(token->secret().bytes()), u"JBSWY3DPEHPK3PXP"_s);
    QCOMPARE(token->issuer(), u"Shop"_s);

    for (const QJsonValue& missing : {QJsonValue(), QJsonValue(u""_s), QJsonValue(5)}) {
        auto refused = JsonFields::base32Token(missing, u"Shop"_s, u"me"_s, parameters);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message(), u"The entry has no secret."_s);
    }
    // A secret that is not Base32: the message does not repeat any part of it.
    auto bad = JsonFields::base32Token(QJsonValue(u"SECRET!X9"_s), u"Shop"_s, u"me"_s, parameters);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(bad.error().message(), u"The secret is not valid Base32."_s);
}

QTEST_GUILESS_MAIN(TestJsonFields)
#include "tst_jsonfields.moc"
