// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Aegis importer against the real Aegis and Proton sample vaults (FORMATS.md §4): every
// fixture must give exactly the accounts SOURCES.md lists, codes must match §2.5, and damaged,
// truncated or hostile input must come back as an error, never a crash.
#include "interop/AegisImporter.h"

#include "ExpectedAccount.h"
#include "TestEnvironment.h"
#include "interop/AegisExporter.h"
#include "otp/Base32.h"
#include "otp/OtpGenerator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cstring>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::SecureBytes;
using tessera::interop::AegisImporter;
using tessera::interop::ImportResult;
using tessera::otp::Base32;
using tessera::otp::HashAlgorithm;
using tessera::otp::OtpGenerator;
using tessera::otp::OtpType;

namespace {

using Expected = tessera::test::ExpectedAccount;
using tessera::test::aegisVectors;

const QList<Expected> kProtonSet = {
    {u"myissuer"_s, u"mylabel815256"_s, OtpType::Totp, HashAlgorithm::Sha256, 8, 15, 0, u"MYSECRET"_s, {}, {}},
    {u"myissuer"_s, u"mylabeldefault"_s, OtpType::Totp, HashAlgorithm::Sha1, 6, 30, 0, u"MYSECRET"_s, {}, {}},
    {u"Steam"_s, u"Steam"_s, OtpType::Steam, HashAlgorithm::Sha1, 5, 30, 0, u"STEAMKEY"_s, {}, {}},
};

SecureBytes password(const char* text)
{
    return SecureBytes::copyOf(text, std::strlen(text));
}

QByteArray fixture(const QString& path)
{
    return tessera::test::readFile(path);
}

void checkAccounts(const ImportResult& result, const QList<Expected>& expected)
{
    tessera::test::compareAccounts(result, expected);
}

QByteArray vault(const QByteArray& content)
{
    return R"({"version": 1, "header": {"slots": null, "params": null}, "db": )" + content + "}";
}

} // namespace

class TestAegisImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void identity();
    void plainVault();
    void encryptedVault();
    void groupedV2();
    void protonFixtures();
    void protonEncrypted();
    void badPeriodAndDigits();
    void wrongOrMissingPassword();
    void flippedBitIsDamaged();
    void truncationAndGarbage();
    void version3GroupsNotesFavorites();
    void unsupportedTypesAndValues();
    void hostileScryptParameters();
    void customIconsTravel();
};

void TestAegisImporter::identity()
{
    const AegisImporter importer;
    QCOMPARE(importer.id(), u"aegis"_s);
    QVERIFY(importer.recognises(vault(R"({"version": 1, "entries": []})")));
    QVERIFY(!importer.needsPassword(vault(R"({"version": 1, "entries": []})")));
    QVERIFY(importer.needsPassword(vault(R"("AAAA")")));
    QVERIFY(!importer.recognises(R"({"schemaVersion": 4, "services": []})"));
    QVERIFY(!importer.recognises("otpauth://totp/a?secret=AAAA"));
    QVERIFY(!importer.recognises(R"([1, 2])"));
}

void TestAegisImporter::plainVault()
{
    TESSERA_REQUIRE_FIXTURE(path, u"aegis/aegis_plain.json"_s);
    const AegisImporter importer;
    const QByteArray bytes = fixture(path);
    QVERIFY(importer.recognises(bytes));
    QVERIFY(!importer.needsPassword(bytes));
    auto result = importer.read(bytes, std::nullopt);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->formatName, u"Aegis vault"_s);
    checkAccounts(*result, aegisVectors({1, 2, 3, 4, 5, 6, 7}));
    QVERIFY(result->groups.isEmpty());
}

void TestAegisImporter::encryptedVault()
{
    TESSERA_REQUIRE_FIXTURE(path, u"aegis/aegis_encrypted.json"_s);
    const AegisImporter importer;
    const QByteArray bytes = fixture(path);
    QVERIFY(importer.recognises(bytes));
    QVERIFY(importer.needsPassword(bytes));
    auto result = importer.read(bytes, password("test"));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->formatName, u"Aegis vault (encrypted)"_s);
    checkAccounts(*result, aegisVectors({1, 2, 3, 4, 5, 6, 7}));
}

void TestAegisImporter::groupedV2()
{
    TESSERA_REQUIRE_FIXTURE(path, u"aegis/aegis_plain_grouped_v2.json"_s);
    const AegisImporter importer;
    auto result = importer.read(fixture(path), std::nullopt);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    checkAccounts(*result, aegisVectors({1, 2, 3, 4, 5, 6, 7}));
    const QStringList groups = {u"group1"_s, {}, u"group1"_s, u"group2"_s, {}, {}, {}};
    for (qsizetype i = 0; i < groups.size(); ++i) {
        QCOMPARE(result->accounts.at(static_cast<std::size_t>(i)).group, groups.at(i));
    }
    QCOMPARE(result->groups, (QStringList{u"group1"_s, u"group2"_s}));
}

void TestAegisImporter::protonFixtures()
{
    const AegisImporter importer;
    {
        TESSERA_REQUIRE_FIXTURE(path, u"proton-pass-common/aegis/aegis-json-unencrypted.json"_s);
        auto result = importer.read(fixture(path), std::nullopt);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
        checkAccounts(*result, kProtonSet);
    }
    {
        TESSERA_REQUIRE_FIXTURE(path, u"proton-pass-common/aegis/aegis-json-unencrypted-hotp.json"_s);
        auto result = importer.read(fixture(path), std::nullopt);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
        checkAccounts(*result,
                      {{{}, u"Test"_s, OtpType::Totp, HashAlgorithm::Sha1, 6, 30, 0, u"ABCDEFA"_s, {}, {}},
                       {{}, u"HotpOne"_s, OtpType::Hotp, HashAlgorithm::Sha1, 6, 30, 10, u"KNCUGUSF"_s, {}, {}}});
    }
    {
        TESSERA_REQUIRE_FIXTURE(path, u"proton-pass-common/aegis/aegis-json-unencrypted-with-missing-fields.json"_s);
        auto result = importer.read(fixture(path), std::nullopt);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
        checkAccounts(*result,
                      {{u"Proton"_s,
                        u"some@test.email"_s,
                        OtpType::Totp,
                        HashAlgorithm::Sha1,
                        6,
                        30,
                        0,
                        u"AQI55ICZEMJW2W67PAUVQ3BFN7LJBOQD"_s,
                        {},
                        {}},
                       {u"Amazon"_s,
                        u"some@account.test"_s,
                        OtpType::Totp,
                        HashAlgorithm::Sha1,
                        6,
                        30,
                        0,
                        u"IUIUCFKMTXQZUV5U7LE664BVXQ4K7PDSDKHZ4QTZAC5GVIBMMZ6A"_s,
                        {},
                        {}},
                       {{}, u"Somename"_s, OtpType::Totp, HashAlgorithm::Sha256, 7, 30, 0, u"CHJDDHDHXE"_s, {}, {}}});
        QCOMPARE(result->accounts.at(2).note, u"Somenote"_s);
    }
}

void TestAegisImporter::protonEncrypted()
{
    TESSERA_REQUIRE_FIXTURE(path, u"proton-pass-common/aegis/aegis-json-encrypted-test.json"_s);
    const AegisImporter importer;
    const QByteArray bytes = fixture(path);
    QVERIFY(importer.needsPassword(bytes));
    auto result = importer.read(bytes, password("test"));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    checkAccounts(*result, kProtonSet);
    for (const auto& account : result->accounts) {
        QVERIFY(!account.favorite);
        QVERIFY(account.note.isEmpty());
        QVERIFY(account.group.isEmpty());
    }
}

void TestAegisImporter::badPeriodAndDigits()
{
    TESSERA_REQUIRE_FIXTURE(path, u"proton-pass-common/aegis/aegis-json-unencrypted-with-bad-period-digits.json"_s);
    const AegisImporter importer;
    auto result = importer.read(fixture(path), std::nullopt);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->accounts.size(), std::size_t(2));
    for (const auto& account : result->accounts) {
        QVERIFY(!account.token);
        QVERIFY(account.problem);
        QVERIFY(!account.problem->message().isEmpty());
    }
    QCOMPARE(result->accounts.at(0).label, u"myissuer / bad-digits"_s);
    QVERIFY2(result->accounts.at(0).problem->message().contains(u'0'),
             qPrintable(result->accounts.at(0).problem->message()));
    QVERIFY2(result->accounts.at(1).problem->message().contains(u'0'),
             qPrintable(result->accounts.at(1).problem->message()));
}

void TestAegisImporter::wrongOrMissingPassword()
{
    TESSERA_REQUIRE_FIXTURE(path, u"aegis/aegis_encrypted.json"_s);
    const AegisImporter importer;
    const QByteArray bytes = fixture(path);
    auto wrong = importer.read(bytes, password("tset"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code(), ErrorCode::WrongPassword);
    auto empty = importer.read(bytes, SecureBytes());
    QVERIFY(!empty);
    QCOMPARE(empty.error().code(), ErrorCode::WrongPassword);
    auto none = importer.read(bytes, std::nullopt);
    QVERIFY(!none);
    QCOMPARE(none.error().code(), ErrorCode::WrongPassword);
    QVERIFY(none.error().message().contains(u"password"_s));
}

void TestAegisImporter::flippedBitIsDamaged()
{
    TESSERA_REQUIRE_FIXTURE(path, u"aegis/aegis_encrypted.json"_s);
    const AegisImporter importer;
    QJsonObject file = QJsonDocument::fromJson(fixture(path)).object();
    QByteArray db = QByteArray::fromBase64(file.value(u"db"_s).toString().toLatin1());
    QVERIFY(db.size() > 100);
    db[100] = static_cast<char>(db.at(100) ^ 0x01);
    file.insert(u"db"_s, QString::fromLatin1(db.toBase64()));
    auto result = importer.read(QJsonDocument(file).toJson(), password("test"));
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::Damaged);
}

void TestAegisImporter::truncationAndGarbage()
{
    const AegisImporter importer;
    const QList<QString> fixtures = {u"aegis/aegis_plain.json"_s, u"aegis/aegis_encrypted.json"_s};
    for (const QString& name : fixtures) {
        TESSERA_REQUIRE_FIXTURE(path, name);
        const QByteArray bytes = fixture(path);
        for (const qsizetype cut : {qsizetype(0), qsizetype(1), qsizetype(17), bytes.size() / 3, bytes.size() / 2,
                                    bytes.size() - 40, bytes.size() - 2}) {
            auto result = importer.read(bytes.left(cut), password("test"));
            QVERIFY2(!result, qPrintable(u"%1 cut at %2 was accepted"_s.arg(name).arg(cut)));
        }
    }
    for (const QByteArray& garbage :
         {QByteArray(), QByteArray("\x00\xff\x13", 3), QByteArray("null"), QByteArray("{}"),
          QByteArray(R"({"header": {}, "db": 5})"), QByteArray(R"({"header": {}, "db": "%%%"})"),
          QByteArray(R"({"header": {"slots": [], "params": {}}, "db": "AAAA"})"), vault(R"({"version": 9})"),
          vault(R"({"version": 1, "entries": {}})")}) {
        auto result = importer.read(garbage, password("test"));
        QVERIFY(!result);
    }
}

void TestAegisImporter::version3GroupsNotesFavorites()
{
    const AegisImporter importer;
    const QByteArray bytes = vault(R"({"version": 3,
        "groups": [{"uuid": "g-1", "name": "Work"}, {"uuid": "g-2", "name": "Home"}],
        "entries": [
          {"type": "totp", "name": "Mason", "issuer": "Deno", "note": "desk", "favorite": true,
           "icon": "iVBORw0KGgo=", "icon_mime": "image/png", "groups": ["g-2", "g-1"], "group": "Old",
           "info": {"secret": "4SJHB4GSD43FZBAI7C2HLRJGPQ", "algo": "SHA1", "digits": 6, "period": 30}},
          {"type": "totp", "name": "Plain", "issuer": "", "groups": ["unknown"],
           "info": {"secret": "4SJHB4GSD43FZBAI7C2HLRJGPQ", "algo": "SHA1", "digits": 6, "period": 30}}
        ]})");
    auto result = importer.read(bytes, std::nullopt);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->groups, (QStringList{u"Work"_s, u"Home"_s}));
    QCOMPARE(result->accounts.size(), std::size_t(2));
    QCOMPARE(result->accounts.at(0).group, u"Home"_s);
    QCOMPARE(result->accounts.at(0).note, u"desk"_s);
    QVERIFY(result->accounts.at(0).favorite);
    QVERIFY(result->accounts.at(1).group.isEmpty());
    QVERIFY(!result->accounts.at(1).favorite);
}

void TestAegisImporter::unsupportedTypesAndValues()
{
    const AegisImporter importer;
    const QByteArray bytes = vault(R"({"version": 3, "entries": [
          {"type": "motp", "name": "a", "issuer": "i", "info": {"secret": "AAAA", "algo": "MD5", "digits": 6, "period": 10, "pin": "1234"}},
          {"type": "yandex", "name": "b", "issuer": "i", "info": {"secret": "AAAA", "algo": "SHA256", "digits": 8, "period": 30, "pin": "1234"}},
          {"type": "totp", "name": "c", "issuer": "i", "info": {"secret": "AAAA", "algo": "SHA384", "digits": 6, "period": 30}},
          {"type": "totp", "name": "d", "issuer": "i", "info": {"secret": "not base32!", "algo": "SHA1", "digits": 6, "period": 30}},
          {"type": "hotp", "name": "e", "issuer": "i", "info": {"secret": "AAAA", "algo": "SHA1", "digits": 6, "counter": -1}},
          {"type": "totp", "name": "f", "issuer": "i", "info": {"secret": "AAAA", "algo": "SHA1", "digits": 6.5, "period": 30}},
          {"type": "totp", "name": "g", "issuer": "i", "info": {"algo": "SHA1", "digits": 6, "period": 30}},
          "not an object",
          {"type": "totp", "name": "ok", "issuer": "i", "info": {"secret": "AAAAAAAA", "algo": "MD5", "digits": 6, "period": 30}}
        ]})");
    auto result = importer.read(bytes, std::nullopt);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->accounts.size(), std::size_t(9));
    for (std::size_t i = 0; i < 8; ++i) {
        QVERIFY2(!result->accounts.at(i).token, qPrintable(result->accounts.at(i).label));
        QVERIFY(result->accounts.at(i).problem);
    }
    QVERIFY(result->accounts.at(0).problem->message().contains(u"motp"_s));
    QVERIFY(result->accounts.at(0).problem->message().contains(u"not supported"_s));
    QVERIFY(result->accounts.at(1).problem->message().contains(u"yandex"_s));
    QVERIFY(result->accounts.at(2).problem->message().contains(u"SHA384"_s));
    QVERIFY(!result->accounts.at(3).problem->message().contains(u"base32!"_s));
    QCOMPARE(result->accounts.at(7).label, u"entry 8"_s);
    QVERIFY(result->accounts.at(8).token);
    auto big = importer.read(vault(R"({"version": 1, "entries": [{"type": "totp", "name": "n", "issuer": "i",
        "info": {"secret": "AAAAAAAA", "algo": "SHA1", "digits": 5000, "period": 30}}]})"),
                             std::nullopt);
    QVERIFY(big);
    QVERIFY(big->accounts.at(0).problem);
    QVERIFY2(big->accounts.at(0).problem->message().contains(u"5000"_s),
             qPrintable(big->accounts.at(0).problem->message()));
    QCOMPARE(result->accounts.at(8).token->parameters().algorithm(), HashAlgorithm::Sha1);
}

void TestAegisImporter::hostileScryptParameters()
{
    TESSERA_REQUIRE_FIXTURE(path, u"aegis/aegis_encrypted.json"_s);
    const AegisImporter importer;
    const QJsonObject original = QJsonDocument::fromJson(fixture(path)).object();
    struct Case {
        const char* key;
        double value;
        ErrorCode code;
    };
    for (const Case& c : {Case{"n", 1 << 30, ErrorCode::Unsupported}, Case{"r", 1024, ErrorCode::Unsupported},
                          Case{"p", 1000, ErrorCode::Unsupported}, Case{"n", 1000, ErrorCode::Damaged},
                          Case{"n", -1, ErrorCode::Damaged}, Case{"p", 0.5, ErrorCode::Damaged}}) {
        QJsonObject file = original;
        QJsonObject header = file.value(u"header"_s).toObject();
        QJsonArray slots = header.value(u"slots"_s).toArray();
        QJsonObject slot = slots.at(0).toObject();
        slot.insert(QString::fromLatin1(c.key), c.value);
        slots.replace(0, slot);
        header.insert(u"slots"_s, slots);
        file.insert(u"header"_s, header);
        auto result = importer.read(QJsonDocument(file).toJson(), password("test"));
        QVERIFY(!result);
        QCOMPARE(result.error().code(), c.code);
    }
    // Many password slots would each cost a scrypt run: refused before any of them.
    QJsonObject file = original;
    QJsonObject header = file.value(u"header"_s).toObject();
    QJsonArray slots;
    for (int i = 0; i < 17; ++i) {
        slots.append(header.value(u"slots"_s).toArray().at(0));
    }
    header.insert(u"slots"_s, slots);
    file.insert(u"header"_s, header);
    auto result = importer.read(QJsonDocument(file).toJson(), password("test"));
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::Unsupported);
}

void TestAegisImporter::customIconsTravel()
{
    // A 1×1 PNG is enough: the bytes must arrive unchanged, whatever they show.
    const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    const auto entry = [](const QByteArray& icon, const char* mime) {
        return QByteArray(R"({"type": "totp", "uuid": "01234567-89ab-cdef-0123-456789abcdef", "name": "Mason",
            "issuer": "Deno", "icon": ")")
               + icon.toBase64() + R"(", "icon_mime": ")" + mime
               + R"(", "info": {"secret": "4SJHB4GSD43FZBAI7C2HLRJGPQ", "algo": "SHA1", "digits": 6, "period": 30}})";
    };
    const QByteArray file = vault(R"({"version": 3, "groups": [], "entries": [)" + entry(png, "image/png") + ","
                                  + entry(png, "application/x-msdownload") + ","
                                  + entry(QByteArray(300 * 1024, 'x'), "image/svg+xml") + "]}");
    auto result = AegisImporter().read(file, std::nullopt);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->accounts.size(), std::size_t(3));
    QVERIFY(result->accounts[0].icon);
    QCOMPARE(result->accounts[0].icon->mimeType, u"image/png"_s);
    QCOMPARE(result->accounts[0].icon->data, png);
    // Not an image type, or too big: the entry is kept, its icon left behind.
    QVERIFY(result->accounts[1].token && !result->accounts[1].icon);
    QVERIFY(result->accounts[2].token && !result->accounts[2].icon);

    // Into the vault and out again as an Aegis vault: the icon is still there.
    tessera::vault::VaultContent content;
    content.accounts.emplace_back(tessera::vault::Account::newId(), result->accounts[0].token->clone());
    result->accounts[0].icon->storeIn(content.accounts.back());
    auto exported = tessera::interop::AegisExporter(tessera::interop::AegisExporter::Mode::Plain).write(content, {});
    QVERIFY(exported);
    const QByteArray bytes(reinterpret_cast<const char*>(exported->bytes.bytes().data()),
                           qsizetype(exported->bytes.size()));
    auto again = AegisImporter().read(bytes, std::nullopt);
    QVERIFY(again);
    QVERIFY(again->accounts[0].icon);
    QCOMPARE(again->accounts[0].icon->data, png);
    QVERIFY(bytes.contains(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
}

QTEST_GUILESS_MAIN(TestAegisImporter)
#include "tst_aegisimporter.moc"
