// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/Base32.h"
#include "vault/VaultContent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::SecureBytes;
using tessera::otp::Base32;
using tessera::otp::HashAlgorithm;
using tessera::otp::OtpParameters;
using tessera::otp::OtpToken;
using tessera::vault::Account;
using tessera::vault::VaultContent;

namespace {

Account makeAccount(const QString& issuer, const QString& name, const OtpParameters& parameters, const QString& secret)
{
    auto token = OtpToken::create(issuer, name, parameters, Base32::decode(secret).value());
    return Account(Account::newId(), std::move(token).value());
}

VaultContent sampleContent()
{
    VaultContent content;
    content.accounts.push_back(
        makeAccount(u"Deno"_s, u"Mason"_s, OtpParameters::totp().value(), u"4SJHB4GSD43FZBAI7C2HLRJGPQ"_s));
    content.accounts.push_back(makeAccount(
        u"WWE"_s, u"Mason"_s, OtpParameters::hotp(HashAlgorithm::Sha512, 8, 18446744073709551615ULL).value(),
        u"5VAML3X35THCEBVRLV24CGBKOY"_s));
    content.accounts.push_back(
        makeAccount(u"Boeing"_s, u"Sophia ✈"_s, OtpParameters::steam(), u"JRZCL47CMXVOQMNPZR2F7J4RGI"_s));
    content.accounts[0].group = u"Shopping"_s;
    content.accounts[0].note = u"backup codes in the drawer"_s;
    content.accounts[0].favorite = true;
    content.groups = {u"Shopping"_s, u"Games"_s};
    content.recovery = QJsonObject{{u"aliexpress"_s, QJsonObject{{u"step"_s, 3}}}};
    content.settings = QJsonObject{{u"clipboardSeconds"_s, 20}};
    return content;
}

QByteArray toByteArray(const SecureBytes& bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

SecureBytes fromByteArray(const QByteArray& bytes)
{
    return SecureBytes::copyOf(bytes.constData(), std::size_t(bytes.size()));
}

} // namespace

class TestVaultContent : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void secretsStayOutOfTheJson();
    void keepsUnknownMembers();
    void rejectsDamagedContent_data();
    void rejectsDamagedContent();
    void newerFormatIsUnsupported();
};

void TestVaultContent::roundTrip()
{
    const VaultContent original = sampleContent();
    auto restored = VaultContent::deserialize(original.serialize());
    QVERIFY2(restored.hasValue(), qPrintable(restored ? QString() : restored.error().message()));
    QCOMPARE(restored->accounts.size(), original.accounts.size());
    for (std::size_t i = 0; i < original.accounts.size(); ++i) {
        const Account& a = original.accounts[i];
        const Account& b = restored->accounts[i];
        QCOMPARE(b.id(), a.id());
        QCOMPARE(b.token().issuer(), a.token().issuer());
        QCOMPARE(b.token().name(), a.token().name());
        QCOMPARE(b.token().parameters(), a.token().parameters());
        QVERIFY(b.token().secret().equals(a.token().secret()));
        QCOMPARE(b.group, a.group);
        QCOMPARE(b.note, a.note);
        QCOMPARE(b.favorite, a.favorite);
    }
    // A 64-bit HOTP counter survives exactly (JSON numbers are doubles).
    QCOMPARE(restored->accounts[1].token().parameters().counter(), 18446744073709551615ULL);
    QCOMPARE(restored->groups, original.groups);
    QCOMPARE(restored->recovery, original.recovery);
    QCOMPARE(restored->settings, original.settings);
}

void TestVaultContent::secretsStayOutOfTheJson()
{
    const QByteArray bytes = toByteArray(sampleContent().serialize());
    const quint32 jsonLength =
        (quint8(bytes[0]) << 24) | (quint8(bytes[1]) << 16) | (quint8(bytes[2]) << 8) | quint8(bytes[3]);
    const QByteArray json = bytes.mid(4, jsonLength);
    QVERIFY(QJsonDocument::fromJson(json).isObject());
    for (const QString& secret : {u"4SJHB4GSD43FZBAI7C2HLRJGPQ"_s, u"5VAML3X35THCEBVRLV24CGBKOY"_s}) {
        QVERIFY(!json.contains(secret.toLatin1()));
        QVERIFY(!json.contains(toByteArray(Base32::decode(secret).value())));
        QVERIFY(bytes.contains(toByteArray(Base32::decode(secret).value()))); // in the binary table instead
    }
}

void TestVaultContent::keepsUnknownMembers()
{
    VaultContent content = sampleContent();
    content.accounts[2].extra.insert(u"icon"_s, u"steam.svg"_s);
    content.extra.insert(u"futureFeature"_s, QJsonArray{1, 2, 3});
    auto restored = VaultContent::deserialize(content.serialize());
    QVERIFY(restored.hasValue());
    QCOMPARE(restored->accounts[2].extra.value(u"icon"_s).toString(), u"steam.svg"_s);
    QCOMPARE(restored->extra.value(u"futureFeature"_s).toArray().size(), 3);
    // And they are written back on the next save.
    auto again = VaultContent::deserialize(restored->serialize());
    QCOMPARE(again->accounts[2].extra.value(u"icon"_s).toString(), u"steam.svg"_s);
}

void TestVaultContent::rejectsDamagedContent_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = toByteArray(sampleContent().serialize());
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("length only") << good.left(4);
    QTest::newRow("truncated JSON") << good.left(40);
    QTest::newRow("truncated secrets") << good.left(good.size() - 3);
    QTest::newRow("trailing bytes") << good + "x";
    QByteArray huge = good;
    huge[0] = '\x7f';
    QTest::newRow("JSON length past end") << huge;
    const QByteArray notJson = QByteArray("\0\0\0\x03"
                                          "abc"
                                          "\0\0\0\0",
                                          11);
    QTest::newRow("not JSON") << notJson;
    const QByteArray json =
        R"({"format":1,"accounts":[{"id":"not-a-uuid","type":"totp","algorithm":"SHA1","digits":6,"period":30}]})";
    QByteArray badId;
    badId.append(char(0)).append(char(0)).append(char(json.size() >> 8)).append(char(json.size() & 0xff)).append(json);
    badId.append(QByteArray("\0\0\0\x01\0\0\0\x01"
                            "A",
                            9));
    QTest::newRow("invalid id") << badId;
    const QByteArray json2 =
        R"({"format":1,"accounts":[{"id":"1b4e28ba-2fa1-11d2-883f-0016d3cca427","type":"totp","algorithm":"SHA1","digits":6,"period":30}]})";
    QByteArray missingSecret;
    missingSecret.append(char(0))
        .append(char(0))
        .append(char(json2.size() >> 8))
        .append(char(json2.size() & 0xff))
        .append(json2);
    missingSecret.append(QByteArray("\0\0\0\0", 4));
    QTest::newRow("count mismatch") << missingSecret;
}

void TestVaultContent::rejectsDamagedContent()
{
    QFETCH(QByteArray, bytes);
    auto result = VaultContent::deserialize(fromByteArray(bytes));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().code(), ErrorCode::Damaged);
}

void TestVaultContent::newerFormatIsUnsupported()
{
    const QByteArray json = R"({"format":2,"accounts":[]})";
    QByteArray bytes;
    bytes.append(char(0)).append(char(0)).append(char(0)).append(char(json.size())).append(json);
    bytes.append(QByteArray("\0\0\0\0", 4));
    auto result = VaultContent::deserialize(fromByteArray(bytes));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().code(), ErrorCode::Unsupported);
}

QTEST_APPLESS_MAIN(TestVaultContent)
#include "tst_vaultcontent.moc"
