// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/Base32.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::otp::Base32;

namespace {

QByteArray toByteArray(const tessera::crypto::SecureBytes& bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

std::span<const std::uint8_t> asSpan(const QByteArray& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

} // namespace

class TestBase32 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decodesRfc4648Vectors_data();
    void decodesRfc4648Vectors();
    void decodesLeniently_data();
    void decodesLeniently();
    void rejectsInvalidInput_data();
    void rejectsInvalidInput();
    void roundTripsRandomBytes();
    void errorNamesThePosition();
};

void TestBase32::decodesRfc4648Vectors_data()
{
    QTest::addColumn<QString>("encoded");
    QTest::addColumn<QByteArray>("decoded");
    // RFC 4648 §10, without padding on our side of the encoder.
    QTest::newRow("f") << u"MY"_s << QByteArray("f");
    QTest::newRow("fo") << u"MZXQ"_s << QByteArray("fo");
    QTest::newRow("foo") << u"MZXW6"_s << QByteArray("foo");
    QTest::newRow("foob") << u"MZXW6YQ"_s << QByteArray("foob");
    QTest::newRow("fooba") << u"MZXW6YTB"_s << QByteArray("fooba");
    QTest::newRow("foobar") << u"MZXW6YTBOI"_s << QByteArray("foobar");
    QTest::newRow("key-uri-example") << u"JBSWY3DPEHPK3PXP"_s << QByteArray::fromHex("48656c6c6f21deadbeef");
    QTest::newRow("rfc4226-seed") << u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s << QByteArray("12345678901234567890");
}

void TestBase32::decodesRfc4648Vectors()
{
    QFETCH(QString, encoded);
    QFETCH(QByteArray, decoded);
    auto result = Base32::decode(encoded);
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(toByteArray(*result), decoded);
    QCOMPARE(Base32::encode(asSpan(decoded)), encoded);
}

void TestBase32::decodesLeniently_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("decoded");
    const QByteArray hello = QByteArray::fromHex("48656c6c6f21deadbeef");
    QTest::newRow("lower case") << u"jbswy3dpehpk3pxp"_s << hello;
    QTest::newRow("mixed case") << u"JbSwY3dPeHpK3pXp"_s << hello;
    QTest::newRow("spaces in groups") << u"JBSW Y3DP EHPK 3PXP"_s << hello;
    QTest::newRow("dashes") << u"JBSW-Y3DP-EHPK-3PXP"_s << hello;
    QTest::newRow("leading and trailing blanks") << u"  JBSWY3DPEHPK3PXP \n"_s << hello;
    QTest::newRow("tabs and CRLF") << u"JBSW\tY3DP\r\nEHPK3PXP"_s << hello;
    QTest::newRow("full padding") << u"MZXW6YQ="_s << QByteArray("foob");
    QTest::newRow("padding to 8") << u"MY======"_s << QByteArray("f");
    QTest::newRow("missing padding") << u"MY"_s << QByteArray("f");
    QTest::newRow("partial padding") << u"MY==="_s << QByteArray("f");
    // Google Authenticator's rule: the leftover bits of a ragged last chunk are dropped.
    // 17 symbols = 85 bits = 10 whole bytes + 5 spare bits (proton-pass-common fixtures).
    QTest::newRow("ragged 17 symbols") << u"JDJDBDBDDBDBBXBXB"_s << QByteArray::fromHex("48d2308c23184610dc37");
    QTest::newRow("ragged 16x7 equals 17x7 prefix") << u"7777777777777777"_s << QByteArray(10, '\xff');
}

void TestBase32::decodesLeniently()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, decoded);
    auto result = Base32::decode(input);
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(toByteArray(*result), decoded);
}

void TestBase32::rejectsInvalidInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("only blanks") << u"  - \t"_s;
    QTest::newRow("only padding") << u"========"_s;
    QTest::newRow("digit 1") << u"JBSWY3DPEHPK3PX1"_s;
    QTest::newRow("digit 0") << u"0BSWY3DP"_s;
    QTest::newRow("digit 8") << u"JBSWY3D8"_s;
    QTest::newRow("punctuation") << u"JBSWY3DP.HPK3PXP"_s;
    QTest::newRow("non-ASCII letter") << u"JBSWY3DPÉHPK3PXP"_s;
    QTest::newRow("padding in the middle") << u"MZ=XW6YQ"_s;
    QTest::newRow("single symbol holds no byte") << u"A"_s;
    QTest::newRow("nul character") << QString(u"JBSW\0Y3DP"_s);
}

void TestBase32::rejectsInvalidInput()
{
    QFETCH(QString, input);
    auto result = Base32::decode(input);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().code(), ErrorCode::InvalidInput);
    QVERIFY(!result.error().message().isEmpty());
}

void TestBase32::roundTripsRandomBytes()
{
    QRandomGenerator random(20261122);
    for (int length = 1; length <= 130; ++length) {
        QByteArray bytes(length, Qt::Uninitialized);
        for (char& byte : bytes) {
            byte = static_cast<char>(random.bounded(256));
        }
        const QString encoded = Base32::encode(asSpan(bytes));
        QCOMPARE(encoded.size(), (length * 8 + 4) / 5);
        QVERIFY(!encoded.contains(u'='));
        QCOMPARE(encoded, encoded.toUpper());
        auto decoded = Base32::decode(encoded);
        QVERIFY(decoded.hasValue());
        QCOMPARE(toByteArray(*decoded), bytes);
        // The same bytes through the lenient path: lower case, grouped, padded.
        QString messy = encoded.toLower();
        for (qsizetype i = 4; i < messy.size(); i += 5) {
            messy.insert(i, u' ');
        }
        messy.append(u"==="_s);
        auto messyDecoded = Base32::decode(messy);
        QVERIFY(messyDecoded.hasValue());
        QCOMPARE(toByteArray(*messyDecoded), bytes);
    }
}

void TestBase32::errorNamesThePosition()
{
    auto result = Base32::decode(u"JBSWY3D!"_s);
    QVERIFY(!result.hasValue());
    QVERIFY2(result.error().message().contains(u"position 8"_s), qPrintable(result.error().message()));
}

QTEST_APPLESS_MAIN(TestBase32)
#include "tst_base32.moc"
