// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/Base32.h"
#include "vault/VaultContent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <optional>

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

QByteArray u32(quint32 value)
{
    QByteArray out(4, '\0');
    for (int i = 0; i < 4; ++i) {
        out[i] = char(value >> (24 - 8 * i));
    }
    return out;
}

/* The plaintext framing of docs/vault-format.md §5, built by hand: JSON, the accounts' secrets
 * and, when `recoverySecrets` is given, the format-2 recovery-secrets table. */
QByteArray framed(const QByteArray& json, const QList<QByteArray>& secrets,
                  const std::optional<QList<QByteArray>>& recoverySecrets = std::nullopt)
{
    QByteArray out = u32(quint32(json.size())) + json + u32(quint32(secrets.size()));
    for (const QByteArray& secret : secrets) {
        out += u32(quint32(secret.size())) + secret;
    }
    if (recoverySecrets) {
        out += u32(quint32(recoverySecrets->size()));
        for (const QByteArray& secret : *recoverySecrets) {
            out += u32(quint32(secret.size())) + secret;
        }
    }
    return out;
}

// One TOTP account whose `recovery` member is `recovery` (raw JSON), in content format `format`.
QByteArray oneAccountJson(int format, const QByteArray& recovery, const QByteArray& top = {})
{
    return "{\"format\":" + QByteArray::number(format)
           + R"(,"accounts":[{"id":"1b4e28ba-2fa1-11d2-883f-0016d3cca427","type":"totp","issuer":"AliExpress",)"
             R"("name":"me","algorithm":"SHA1","digits":6,"period":30)"
           + (recovery.isEmpty() ? QByteArray() : ",\"recovery\":" + recovery) + "}]" + top + "}";
}

SecureBytes codesOf(const QByteArray& pasted)
{
    return SecureBytes::copyOf(pasted.constData(), std::size_t(pasted.size()));
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
    void recoveryRoundTrip();
    void withoutBackupCodesStaysFormat1();
    void readsVaultsWithoutRecoveryData();
    void rejectsDamagedRecoveryData_data();
    void rejectsDamagedRecoveryData();
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
    const QByteArray json = R"({"format":3,"accounts":[]})";
    QByteArray bytes;
    bytes.append(char(0)).append(char(0)).append(char(0)).append(char(json.size())).append(json);
    bytes.append(QByteArray("\0\0\0\0", 4));
    auto result = VaultContent::deserialize(fromByteArray(bytes));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().code(), ErrorCode::Unsupported);
}

void TestVaultContent::recoveryRoundTrip()
{
    VaultContent content = sampleContent();
    const QDateTime confirmed(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC);
    tessera::vault::AccountRecovery& first = content.accounts[0].recovery;
    QVERIFY(first.setLoginUrl(u"https://login.aliexpress.com/"_s));
    first.email = u"mason@example.com"_s;
    first.phone = u"+34 600 000 000"_s;
    first.confirmedAt = confirmed;
    first.changedAt = confirmed.addDays(1);
    QCOMPARE(*first.addBackupCodes(codesOf("1234 5678\n2345 6789\n3456 7890")), 3);
    QVERIFY(first.setUsed(1, true));
    QVERIFY(first.progress.setDone(u"aliexpress"_s, u"forgot-password"_s, u"open-login"_s, true, confirmed));
    first.extra.insert(u"futureRecoveryThing"_s, 7);
    QCOMPARE(*content.accounts[2].recovery.addBackupCodes(codesOf("steam-code-1, steam-code-2")), 2);

    const QByteArray bytes = toByteArray(content.serialize());
    const quint32 jsonLength =
        (quint8(bytes[0]) << 24) | (quint8(bytes[1]) << 16) | (quint8(bytes[2]) << 8) | quint8(bytes[3]);
    const QJsonObject top = QJsonDocument::fromJson(bytes.mid(4, jsonLength)).object();
    QCOMPARE(top.value(u"format"_s).toInt(), 2);
    for (const QByteArray& code : {QByteArray("1234 5678"), QByteArray("steam-code-2")}) {
        QVERIFY(!bytes.mid(4, jsonLength).contains(code)); // the codes are not in the JSON…
        QVERIFY(bytes.mid(4 + jsonLength).contains(code)); // …but in the binary tables
    }
    // The codes are referred to by index, in order across the accounts.
    const QJsonArray codes0 = top.value(u"accounts"_s)
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(u"recovery"_s)
                                  .toObject()
                                  .value(u"backupCodes"_s)
                                  .toArray();
    QCOMPARE(codes0.size(), 3);
    QCOMPARE(codes0.at(2).toObject().value(u"secret"_s).toInt(), 2);
    QVERIFY(codes0.at(1).toObject().value(u"used"_s).toBool());
    QVERIFY(!top.value(u"accounts"_s).toArray().at(1).toObject().contains(u"recovery"_s));

    auto restored = VaultContent::deserialize(content.serialize());
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message()));
    const tessera::vault::AccountRecovery& back = restored->accounts[0].recovery;
    QCOMPARE(back.loginUrl(), u"https://login.aliexpress.com/"_s);
    QCOMPARE(back.email, first.email);
    QCOMPARE(back.phone, first.phone);
    QCOMPARE(back.confirmedAt, confirmed);
    QCOMPARE(back.changedAt, confirmed.addDays(1));
    QCOMPARE(back.codeCount(), 3);
    for (std::size_t i = 0; i < 3; ++i) {
        QVERIFY(back.backupCodes()[i].code.equals(first.backupCodes()[i].code));
        QCOMPARE(back.backupCodes()[i].used, i == 1);
    }
    QVERIFY(back.progress == first.progress);
    QVERIFY(back.progress.isDone(u"aliexpress"_s, u"forgot-password"_s, u"open-login"_s));
    QCOMPARE(back.extra.value(u"futureRecoveryThing"_s).toInt(), 7);
    QVERIFY(restored->accounts[1].recovery.isEmpty());
    QCOMPARE(restored->accounts[2].recovery.codeCount(), 2);
    QCOMPARE(restored->accounts[2].recovery.remainingCodes(), 2);
    QVERIFY(restored->accounts[0].extra.isEmpty()); // `recovery` is known, not an unknown member

    // clone() carries it, and removing all codes goes back to format 1.
    VaultContent copy = restored->clone();
    QVERIFY(copy.accounts[0].recovery.backupCodes()[2].code.equals(back.backupCodes()[2].code));
    copy.accounts[0].recovery.clearBackupCodes();
    copy.accounts[2].recovery.clearBackupCodes();
    const QByteArray again = toByteArray(copy.serialize());
    const quint32 againLength =
        (quint8(again[0]) << 24) | (quint8(again[1]) << 16) | (quint8(again[2]) << 8) | quint8(again[3]);
    QCOMPARE(QJsonDocument::fromJson(again.mid(4, againLength)).object().value(u"format"_s).toInt(), 1);
    QVERIFY(VaultContent::deserialize(fromByteArray(again)));
}

void TestVaultContent::withoutBackupCodesStaysFormat1()
{
    VaultContent content = sampleContent();
    content.accounts[1].recovery.email = u"x@example.com"_s;
    const QByteArray bytes = toByteArray(content.serialize());
    const quint32 jsonLength =
        (quint8(bytes[0]) << 24) | (quint8(bytes[1]) << 16) | (quint8(bytes[2]) << 8) | quint8(bytes[3]);
    const QJsonObject top = QJsonDocument::fromJson(bytes.mid(4, jsonLength)).object();
    QCOMPARE(top.value(u"format"_s).toInt(), 1);
    // Exactly the format-1 framing: nothing after the accounts' secrets.
    qsizetype at = 4 + jsonLength + 4;
    for (const Account& account : content.accounts) {
        at += 4 + qsizetype(account.token().secret().size());
    }
    QCOMPARE(at, bytes.size());
}

void TestVaultContent::readsVaultsWithoutRecoveryData()
{
    // As written before the recovery center: format 1, no `recovery` in the account.
    auto read = VaultContent::deserialize(fromByteArray(framed(oneAccountJson(1, {}), {"12345678901234567890"})));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message()));
    QVERIFY(read->accounts[0].recovery.isEmpty());
    QVERIFY(read->recovery.isEmpty());
    // Recovery details without codes are format 1 too.
    read = VaultContent::deserialize(fromByteArray(framed(
        oneAccountJson(
            1,
            R"({"email":"a@b.example","progress":{"generic/hacked":{"done":["x"],"updated":"2026-01-01T00:00:00Z"}}})"),
        {"12345678901234567890"})));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message()));
    QCOMPARE(read->accounts[0].recovery.email, u"a@b.example"_s);
    QCOMPARE(read->accounts[0].recovery.progress.doneSteps(u"generic"_s, u"hacked"_s), QStringList{u"x"_s});
    // Format 2 with an empty recovery-secrets table is valid.
    QVERIFY(
        VaultContent::deserialize(fromByteArray(framed(oneAccountJson(2, {}), {"1234567890"}, QList<QByteArray>{}))));
}

void TestVaultContent::rejectsDamagedRecoveryData_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message"); // part of the error's sentence
    const QList<QByteArray> secret{"12345678901234567890"};
    const auto codes = [](const QByteArray& list) { return R"({"backupCodes":)" + list + "}"; };
    QTest::newRow("recovery not an object")
        << framed(oneAccountJson(1, "[1]"), secret) << u"account 1: its recovery data is not an object"_s;
    QTest::newRow("http login address") << framed(oneAccountJson(1, R"({"loginUrl":"http://evil.example/"})"), secret)
                                        << u"login address"_s;
    QTest::newRow("email not text") << framed(oneAccountJson(1, R"({"email":5})"), secret) << u"“email” is not text"_s;
    QTest::newRow("confirmedAt not a time")
        << framed(oneAccountJson(1, R"({"confirmedAt":"yesterday"})"), secret) << u"“confirmedAt” is not a time"_s;
    QTest::newRow("codes not a list") << framed(oneAccountJson(2, codes("{}")), secret, QList<QByteArray>{"a"})
                                      << u"backup codes are not a list"_s;
    QTest::newRow("code index out of range")
        << framed(oneAccountJson(2, codes(R"([{"secret":1,"used":false}])")), secret, QList<QByteArray>{"a"})
        << u"backup code 1 does not refer to a saved code"_s;
    QTest::newRow("code index not a number")
        << framed(oneAccountJson(2, codes(R"([{"secret":"0","used":false}])")), secret, QList<QByteArray>{"a"})
        << u"backup code 1 does not refer"_s;
    QTest::newRow("code index fractional")
        << framed(oneAccountJson(2, codes(R"([{"secret":0.5,"used":false}])")), secret, QList<QByteArray>{"a"})
        << u"backup code 1 does not refer"_s;
    QTest::newRow("used missing") << framed(oneAccountJson(2, codes(R"([{"secret":0}])")), secret,
                                            QList<QByteArray>{"a"})
                                  << u"backup code 1 does not refer"_s;
    QTest::newRow("code index twice") << framed(
        oneAccountJson(2, codes(R"([{"secret":0,"used":false},{"secret":0,"used":true}])")), secret,
        QList<QByteArray>{"a", "b"}) << u"backup code 2 is also another code"_s;
    QTest::newRow("code with no account")
        << framed(oneAccountJson(2, codes(R"([{"secret":0,"used":false}])")), secret, QList<QByteArray>{"a", "b"})
        << u"a backup code belongs to no account"_s;
    QTest::newRow("empty code") << framed(oneAccountJson(2, codes(R"([{"secret":0,"used":false}])")), secret,
                                          QList<QByteArray>{""})
                                << u"empty or too long"_s;
    QTest::newRow("codes in format 1") << framed(oneAccountJson(1, codes(R"([{"secret":0,"used":false}])")), secret)
                                       << u"does not refer to a saved code"_s;
    QTest::newRow("format 1 with a table")
        << framed(oneAccountJson(1, {}), secret, QList<QByteArray>{"a"}) << u"unexpected bytes"_s;
    QTest::newRow("format 2 without its table") << framed(oneAccountJson(2, {}), secret) << u"cut short"_s;
    QByteArray cut =
        framed(oneAccountJson(2, codes(R"([{"secret":0,"used":false}])")), secret, QList<QByteArray>{"abcdefgh"});
    cut.chop(3);
    QTest::newRow("table cut short") << cut << u"backup codes are cut short"_s;
    QByteArray huge = framed(oneAccountJson(2, {}), secret, QList<QByteArray>{});
    huge.chop(4);
    huge += u32(0x7fffffff);
    QTest::newRow("table count past end") << huge << u"backup codes are cut short"_s;
    QTest::newRow("progress garbage") << framed(
        oneAccountJson(1, R"({"progress":{"aliexpress":{"done":[],"updated":"2026-01-01T00:00:00Z"}}})"), secret)
                                      << u"checklist progress “aliexpress” does not name a service and a scenario"_s;
    QTest::newRow("progress step not an id") << framed(
        oneAccountJson(1, R"({"progress":{"a/b":{"done":["Bad Step"],"updated":"2026-01-01T00:00:00Z"}}})"), secret)
                                             << u"lists a step that is not a step id"_s;
    QTest::newRow("progress without time")
        << framed(oneAccountJson(1, R"({"progress":{"a/b":{"done":[]}}})"), secret) << u"no valid time"_s;
    QTest::newRow("vault backup time garbage")
        << framed(oneAccountJson(1, {}, R"(,"recovery":{"lastBackupAt":"soon"})"), secret)
        << u"vault recovery data: its “lastBackupAt” is not a time"_s;
}

void TestVaultContent::rejectsDamagedRecoveryData()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    auto result = VaultContent::deserialize(fromByteArray(bytes));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().code(), ErrorCode::Damaged);
    QVERIFY2(result.error().message().contains(message), qPrintable(result.error().message()));
    QVERIFY(result.error().message().startsWith(u"The vault's contents are not valid ("_s));
}

QTEST_APPLESS_MAIN(TestVaultContent)
#include "tst_vaultcontent.moc"
