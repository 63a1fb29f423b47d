// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpectedAccount.h"
#include "TestEnvironment.h"
#include "interop/UriListImporter.h"
#include "otp/Base32.h"
#include "otp/OtpGenerator.h"
#include "otp/OtpParameters.h"
#include "otp/OtpToken.h"
#include "uri/MigrationPayload.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::SecureBytes;
using tessera::interop::ImportedAccount;
using tessera::interop::ImportResult;
using tessera::interop::UriListImporter;
using tessera::otp::Base32;
using tessera::otp::HashAlgorithm;
using tessera::otp::OtpGenerator;
using tessera::otp::OtpParameters;
using tessera::otp::OtpToken;
using tessera::otp::OtpType;
using tessera::uri::MigrationPayload;

namespace {

using tessera::test::aegisVector;
using tessera::test::compareAccount;
using tessera::test::compareAccounts;
using Expected = tessera::test::ExpectedAccount;

tessera::Result<ImportResult> readBytes(const QByteArray& bytes)
{
    return UriListImporter().read(bytes, std::nullopt);
}

const QByteArray kDeno =
    "otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno&algorithm=SHA1&digits=6&period=30";
const QByteArray kBoeing = "otpauth://steam/Boeing:Sophia?secret=JRZCL47CMXVOQMNPZR2F7J4RGI&issuer=Boeing";

OtpToken makeToken(const QString& issuer, const QString& name, const QByteArray& raw)
{
    auto parameters = OtpParameters::totp();
    Q_ASSERT(parameters);
    auto token = OtpToken::create(issuer, name, *parameters,
                                  SecureBytes::copyOf(raw.constData(), static_cast<std::size_t>(raw.size())));
    Q_ASSERT(token);
    return std::move(token).value();
}

} // namespace

class TestUriListImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void identity();
    void otpauthVectors();
    void enteExport();
    void aegisTextExport();
    void protonEntePlain();
    void protonEnteTwentyEntries();
    void protonEnteOddLabels();
    void protonEnteSteamAndHotp();
    void enteMetadata();
    void googleExampleExport();
    void googleUnencodedBase64();
    void lineEndingsBomCommentsAndBlanks_data();
    void lineEndingsBomCommentsAndBlanks();
    void badLineIsAnEntryProblem();
    void strayTextLineIsAnEntryProblem();
    void hotpWithoutCounterOnlyDefaultsForEnte();
    void missingBatchCodeIsAWarning();
    void repeatedTransferLinkIsReadOnce();
    void notAList_data();
    void notAList();
    void tooLarge();
};

void TestUriListImporter::identity()
{
    const UriListImporter importer;
    QCOMPARE(importer.id(), u"uris"_s);
    QVERIFY(!importer.name().isEmpty());
    QVERIFY(!importer.needsPassword(kDeno));
}

void TestUriListImporter::otpauthVectors()
{
    TESSERA_REQUIRE_FIXTURE(path, u"otpauth-uri/plain.txt"_s);
    const QByteArray bytes = tessera::test::readFile(path);
    QVERIFY(UriListImporter().recognises(bytes));
    auto result = readBytes(bytes);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    compareAccounts(*result, tessera::test::aegisVectors({1, 2, 3, 4, 5, 6, 7}));
    QVERIFY(result->warnings.isEmpty());
    QVERIFY(result->groups.isEmpty());
}

void TestUriListImporter::enteExport()
{
    TESSERA_REQUIRE_FIXTURE(path, u"ente/ente_auth.txt"_s);
    const QByteArray bytes = tessera::test::readFile(path);
    QVERIFY(UriListImporter().recognises(bytes));
    auto result = readBytes(bytes);
    QVERIFY(result);
    // Ente writes its codes sorted by issuer, and WWE with lower-case `sha512` and `period=` on HOTP.
    compareAccounts(*result, {aegisVector(u"Air Canada"_s, u"Benjamin"_s), aegisVector(u"Airbnb"_s, u"Elijah"_s),
                              aegisVector(u"Boeing"_s, u"Sophia"_s), aegisVector(u"Deno"_s, u"Mason"_s),
                              aegisVector(u"Issuu"_s, u"James"_s), aegisVector(u"SPDX"_s, u"James"_s),
                              aegisVector(u"WWE"_s, u"Mason"_s)});
    for (const ImportedAccount& account : result->accounts) {
        QVERIFY(account.note.isEmpty());
        QVERIFY(!account.favorite);
        QVERIFY(account.group.isEmpty());
    }
}

void TestUriListImporter::aegisTextExport()
{
    TESSERA_REQUIRE_FIXTURE(path, u"proton-pass-common/aegis/aegis-txt.txt"_s);
    auto result = readBytes(tessera::test::readFile(path));
    QVERIFY(result);
    compareAccounts(
        *result,
        {{u"myissuer"_s, u"mylabel815256"_s, OtpType::Totp, HashAlgorithm::Sha256, 8, 15, 0, u"MYSECRET"_s, {}, {}},
         tessera::test::defaultTotp(u"myissuer"_s, u"mylabeldefault"_s, u"MYSECRET"_s),
         {u"Steam"_s, u"Steam"_s, OtpType::Steam, HashAlgorithm::Sha1, 5, 30, 0, u"STEAMKEY"_s, {}, {}}});
}

void TestUriListImporter::protonEntePlain()
{
    TESSERA_REQUIRE_FIXTURE(path, u"proton-pass-common/ente/plain.txt"_s);
    auto result = readBytes(tessera::test::readFile(path));
    QVERIFY(result);
    // The secret is padded and its '=' percent-encoded; the second line says `algorithm=sha1`.
    compareAccounts(*result, {{u"MyIssuer"_s,
                               u"MyLabel256_8_15"_s,
                               OtpType::Totp,
                               HashAlgorithm::Sha256,
                               8,
                               15,
                               0,
                               u"JVMVGRKDKJCVI"_s,
                               {},
                               {}},
                              tessera::test::defaultTotp(u"MyIssuer"_s, u"MyLabelDefault"_s, u"JVMVGRKDKJCVI"_s)});
    QCOMPARE(result->accounts[0].note, QString());
    QCOMPARE(result->accounts[1].note, u"a note"_s); // "a+note": form-encoded space
}

void TestUriListImporter::protonEnteTwentyEntries()
{
    TESSERA_REQUIRE_FIXTURE(path, u"proton-pass-common/ente/plain_20_entries.txt"_s);
    auto result = readBytes(tessera::test::readFile(path));
    QVERIFY(result);
    QList<Expected> expected;
    for (int i = 1; i <= 20; ++i) {
        expected.append(tessera::test::defaultTotp(u"Proton"_s, u"Account %1"_s.arg(i), u"SECRETO"_s));
    }
    compareAccounts(*result, expected);
}

void TestUriListImporter::protonEnteOddLabels()
{
    TESSERA_REQUIRE_FIXTURE(path, u"proton-pass-common/ente/plain_with_hotp.txt"_s);
    auto result = readBytes(tessera::test::readFile(path));
    QVERIFY(result);
    // Empty label prefixes and a bare `issuer` leave the issuer empty; `code1+ente` is a space;
    // the HOTP line has `period=` but no counter, which Ente reads as counter 0.
    compareAccounts(
        *result,
        {tessera::test::defaultTotp(QString(), u"account"_s, u"xbjzbxbxbcbcbb"_s),
         tessera::test::defaultTotp(QString(), u"title no issuer"_s, u"irnshxhxbxbxbbxbb"_s),
         tessera::test::defaultTotp(u"code1 ente"_s, u"jdjdbfbdbdbdb"_s, u"XHAJDBHDBXVBDNSNNSNB"_s),
         {u"hotpitem"_s, u"account1"_s, OtpType::Hotp, HashAlgorithm::Sha1, 6, 30, 0, u"ndjdfbdnfjdjdjfjhfh"_s, {}, {}},
         tessera::test::defaultTotp(u"issuer"_s, u"account"_s, u"jdjdbfhfjdhdhxnb"_s),
         tessera::test::defaultTotp(u"issuer"_s, u"amazon"_s, u"CBKANXSKXBJSJDNBDBDNXBXNNXBN"_s)});
    QCOMPARE(result->accounts[2].note, u"ente auth"_s);
    QCOMPARE(result->accounts[3].note, u"notes djdhhx"_s);
    QCOMPARE(result->accounts[0].label, u"account"_s);
    QCOMPARE(result->accounts[4].label, u"issuer / account"_s);
}

void TestUriListImporter::protonEnteSteamAndHotp()
{
    TESSERA_REQUIRE_FIXTURE(path, u"proton-pass-common/ente/plain_with_steam_and_hotp.txt"_s);
    auto result = readBytes(tessera::test::readFile(path));
    QVERIFY(result);
    compareAccounts(*result, {{u"Item1happysteam"_s,
                               u"additional info"_s,
                               OtpType::Steam,
                               HashAlgorithm::Sha1,
                               5,
                               30,
                               0,
                               u"DJDJDJHDJDHFHHFHF"_s,
                               {},
                               {}},
                              {u"Item2hotp"_s,
                               u"additional info"_s,
                               OtpType::Hotp,
                               HashAlgorithm::Sha1,
                               6,
                               30,
                               0,
                               u"CBJXCBCBCBCB"_s,
                               {},
                               {}},
                              {u"Item3-90sec"_s,
                               u"additional info"_s,
                               OtpType::Totp,
                               HashAlgorithm::Sha1,
                               6,
                               90,
                               0,
                               u"NDJDJFNXNNCNCNC"_s,
                               {},
                               {}}});
    QCOMPARE(result->accounts[0].group, u"tag1"_s);
    QCOMPARE(result->groups, QStringList{u"tag1"_s});
}

void TestUriListImporter::enteMetadata()
{
    // {"pinned":true,"tags":["Work","Home"],"note":"desk, left"} as Ente writes it.
    const QByteArray line = kDeno
                            + "&codeDisplay=%7B%22pinned%22%3Atrue%2C%22tags%22%3A%5B%22Work%22%2C%22Home%22%5D%2C%22"
                              "note%22%3A%22desk%2C+left%22%7D";
    auto result = readBytes(line + "\n" + kBoeing + "&codeDisplay=%7Bnot+json\n");
    QVERIFY(result);
    QCOMPARE(result->accounts.size(), 2u);
    const ImportedAccount& deno = result->accounts[0];
    QVERIFY(deno.token);
    QVERIFY(deno.favorite);
    QCOMPARE(deno.group, u"Work"_s);
    QCOMPARE(deno.note, u"desk, left"_s);
    QCOMPARE(result->groups, QStringList{u"Work"_s});
    // Broken metadata does not cost the account.
    QVERIFY(result->accounts[1].token);
    QVERIFY(result->accounts[1].note.isEmpty());
}

void TestUriListImporter::googleExampleExport()
{
    TESSERA_REQUIRE_FIXTURE(path, u"google-migration/example_export.txt"_s);
    const QByteArray bytes = tessera::test::readFile(path);
    QVERIFY(UriListImporter().recognises(bytes));
    auto result = readBytes(bytes);
    QVERIFY(result);
    const QString secret = u"7KSQL2JTUDIS5EF65KLMRQIIGY"_s;
    // The order of url_list_output.txt; the third line holds two accounts.
    compareAccounts(*result, {tessera::test::defaultTotp(u"raspberrypi"_s, u"pi@raspberrypi"_s, secret),
                              tessera::test::defaultTotp(QString(), u"pi@raspberrypi"_s, secret),
                              tessera::test::defaultTotp(QString(), u"pi@raspberrypi"_s, secret),
                              tessera::test::defaultTotp(u"raspberrypi"_s, u"pi@raspberrypi"_s, secret),
                              {QString(), u"hotp demo"_s, OtpType::Hotp, HashAlgorithm::Sha1, 6, 30, 4, secret, {}, {}},
                              // FORMATS.md §3.4: without an issuer, the name is split at its first ':'.
                              tessera::test::defaultTotp(u"encoding"_s, u"¿äÄéÉ? (demo)"_s, secret)});
    QVERIFY2(result->warnings.isEmpty(), qPrintable(result->warnings.join(u'\n')));
}

void TestUriListImporter::googleUnencodedBase64()
{
    TESSERA_REQUIRE_FIXTURE(path, u"google-migration/test_plus_problem_export.txt"_s);
    auto result = readBytes(tessera::test::readFile(path));
    QVERIFY(result);
    compareAccounts(*result, {tessera::test::defaultTotp(u"SerenityLabs"_s, u"test1@serenitylabs.co.uk"_s,
                                                         u"A4RFDYMF4GSLUIBQV4ZP67OJEZ2XUQVM"_s),
                              tessera::test::defaultTotp(u"SerenityLabs"_s, u"test2@serenitylabs.co.uk"_s,
                                                         u"SCDDZ7PW5MOZLE3PQCAZM7L4S35K3UDX"_s),
                              tessera::test::defaultTotp(u"SerenityLabs"_s, u"test3@serenitylabs.co.uk"_s,
                                                         u"TR76272RVYO6EAEY2FX7W7R7KUDEGPJ4"_s),
                              tessera::test::defaultTotp(u"SerenityLabs"_s, u"test4@serenitylabs.co.uk"_s,
                                                         u"N2ILWSXSJUQUB7S6NONPJSC62NPG7EXN"_s)});
    QVERIFY(result->warnings.isEmpty());
}

void TestUriListImporter::lineEndingsBomCommentsAndBlanks_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("LF") << QByteArray(kDeno + "\n" + kBoeing + "\n");
    QTest::newRow("CRLF") << QByteArray(kDeno + "\r\n" + kBoeing + "\r\n");
    QTest::newRow("no final newline") << QByteArray(kDeno + "\n" + kBoeing);
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" + kDeno + "\r\n" + kBoeing);
    QTest::newRow("comments and blanks") << QByteArray("# exported 2026-01-01\n\n   \n" + kDeno
                                                       + "\n\t# otpauth://totp/X?secret=AAAA\n\r\n" + kBoeing + "\n\n");
    QTest::newRow("surrounding spaces") << QByteArray("  " + kDeno + " \t\r\n\t" + kBoeing + "   ");
}

void TestUriListImporter::lineEndingsBomCommentsAndBlanks()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(UriListImporter().recognises(bytes));
    auto result = readBytes(bytes);
    QVERIFY(result);
    compareAccounts(*result, {aegisVector(u"Deno"_s, u"Mason"_s), aegisVector(u"Boeing"_s, u"Sophia"_s)});
    QVERIFY(result->warnings.isEmpty());
}

void TestUriListImporter::badLineIsAnEntryProblem()
{
    const QByteArray bytes = "# header\n" + kDeno + "\n\n"
                             + "otpauth://totp/Broken:Line?secret=NOT*BASE32&issuer=Broken\n" + kBoeing
                             + "\notpauth-migration://offline?data=%%%\n";
    QVERIFY(UriListImporter().recognises(bytes));
    auto result = readBytes(bytes);
    QVERIFY(result);
    QCOMPARE(result->accounts.size(), 4u);
    compareAccount(result->accounts[0], aegisVector(u"Deno"_s, u"Mason"_s));
    const ImportedAccount& bad = result->accounts[1];
    QVERIFY(!bad.token);
    QVERIFY(bad.problem);
    QVERIFY2(bad.problem->message().startsWith(u"Line 4: "_s), qPrintable(bad.problem->message()));
    QVERIFY(!bad.problem->message().contains(u"NOT*BASE32"_s));
    compareAccount(result->accounts[2], aegisVector(u"Boeing"_s, u"Sophia"_s));
    QVERIFY(result->accounts[3].problem);
    QVERIFY2(result->accounts[3].problem->message().startsWith(u"Line 6: "_s),
             qPrintable(result->accounts[3].problem->message()));
}

void TestUriListImporter::strayTextLineIsAnEntryProblem()
{
    auto result = readBytes("My codes\n" + kDeno + "\n");
    QVERIFY(result);
    QCOMPARE(result->accounts.size(), 2u);
    QVERIFY(result->accounts[0].problem);
    QVERIFY(result->accounts[0].problem->message().startsWith(u"Line 1: "_s));
    QVERIFY(result->accounts[1].token);
}

void TestUriListImporter::hotpWithoutCounterOnlyDefaultsForEnte()
{
    const QByteArray hotp = "otpauth://hotp/Shop:bob?secret=JBSWY3DPEHPK3PXP&issuer=Shop&period=30";
    auto result = readBytes(hotp + "\n" + hotp + "&codeDisplay=%7B%7D\n");
    QVERIFY(result);
    QCOMPARE(result->accounts.size(), 2u);
    QVERIFY(result->accounts[0].problem);
    QVERIFY(result->accounts[0].problem->message().startsWith(u"Line 1: "_s));
    QVERIFY(result->accounts[1].token);
    QCOMPARE(result->accounts[1].token->parameters().type(), OtpType::Hotp);
    QCOMPARE(result->accounts[1].token->parameters().counter(), 0u);
}

void TestUriListImporter::missingBatchCodeIsAWarning()
{
    std::vector<OtpToken> tokens;
    for (int i = 0; i < 3; ++i) {
        tokens.push_back(
            makeToken(u"Issuer%1"_s.arg(i), u"user%1"_s.arg(i), QByteArray("0123456789abcdef") + char('a' + i)));
    }
    std::vector<const OtpToken*> pointers;
    for (const OtpToken& token : tokens) {
        pointers.push_back(&token);
    }
    QList<int> skipped;
    const std::vector<MigrationPayload> payloads = MigrationPayload::forExport(pointers, 1234, &skipped, 2);
    QCOMPARE(payloads.size(), 2u);
    QVERIFY(skipped.isEmpty());

    // Only the first code of two.
    auto partial = readBytes(payloads[0].toUri().toUtf8() + "\n");
    QVERIFY(partial);
    QCOMPARE(partial->accounts.size(), 2u);
    QVERIFY(partial->accounts[0].token);
    QCOMPARE(partial->accounts[0].token->issuer(), u"Issuer0"_s);
    QCOMPARE(partial->warnings.size(), 1);
    QVERIFY2(partial->warnings[0].contains(u"2 of 2"_s), qPrintable(partial->warnings[0]));

    // Both codes, in any order: nothing missing.
    auto complete = readBytes(payloads[1].toUri().toUtf8() + "\r\n" + payloads[0].toUri().toUtf8());
    QVERIFY(complete);
    QCOMPARE(complete->accounts.size(), 3u);
    QVERIFY(complete->warnings.isEmpty());
}

void TestUriListImporter::repeatedTransferLinkIsReadOnce()
{
    std::vector<OtpToken> tokens;
    tokens.push_back(makeToken(u"Once"_s, u"user"_s, QByteArray("0123456789abcdef")));
    QList<int> skipped;
    const std::vector<MigrationPayload> payloads = MigrationPayload::forExport({&tokens[0]}, 7, &skipped);
    QCOMPARE(payloads.size(), 1u);
    const QByteArray link = payloads[0].toUri().toUtf8();
    auto result = readBytes(link + "\n" + link + "\n");
    QVERIFY(result);
    QCOMPARE(result->accounts.size(), 1u);
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY(result->warnings[0].contains(u"Line 2"_s));
}

void TestUriListImporter::notAList_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only blanks and comments") << QByteArray("\n# otpauth://totp/A?secret=AAAA\n\r\n  \n");
    QTest::newRow("prose") << QByteArray("Dear diary,\ntoday I set up two-factor authentication.\n");
    QTest::newRow("json") << QByteArray(R"({"uri": "otpauth://totp/A?secret=AAAA"})");
    QTest::newRow("link inside a line") << QByteArray("see otpauth://totp/A?secret=AAAA\n");
    QTest::newRow("http link") << QByteArray("https://example.com/otpauth://totp\n");
    QTest::newRow("NUL byte") << QByteArray("otpauth://totp/A?secret=AAAA\n\0\x01\x02", 33);
    QTest::newRow("invalid UTF-8") << QByteArray("otpauth://totp/A?secret=AAAA&issuer=\xC3\x28\n");
    QTest::newRow("zip header") << QByteArray("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10);
    QByteArray binary;
    for (int i = 0; i < 4096; ++i) {
        binary.append(static_cast<char>((i * 131 + 7) & 0xFF));
    }
    QTest::newRow("binary") << binary;
}

void TestUriListImporter::notAList()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!UriListImporter().recognises(bytes));
    auto result = readBytes(bytes);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::Unsupported);
    QVERIFY2(result.error().message().contains(u"not a list of authenticator links"_s),
             qPrintable(result.error().message()));
}

void TestUriListImporter::tooLarge()
{
    QByteArray bytes = kDeno + "\n";
    bytes.append(QByteArray(UriListImporter::kMaxInputBytes, '#'));
    QVERIFY(!UriListImporter().recognises(bytes));
    auto result = readBytes(bytes);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::Unsupported);

    // More links than any export holds is refused before any of them is parsed.
    QByteArray many;
    for (qsizetype i = 0; i <= UriListImporter::kMaxLinks; ++i) {
        many.append("otpauth://totp/A?secret=A\n");
    }
    auto tooMany = readBytes(many);
    QVERIFY(!tooMany);
    QCOMPARE(tooMany.error().code(), ErrorCode::Unsupported);

    // So are more lines than any export has, even blank ones.
    const QByteArray blanks = QByteArray(UriListImporter::kMaxLines, '\n') + kDeno;
    QVERIFY(!UriListImporter().recognises(blanks));
    auto tooLong = readBytes(blanks);
    QVERIFY(!tooLong);
    QCOMPARE(tooLong.error().code(), ErrorCode::Unsupported);
    // One line fewer is fine.
    QVERIFY(readBytes(QByteArray(UriListImporter::kMaxLines - 1, '\n') + kDeno));
}

QTEST_GUILESS_MAIN(TestUriListImporter)
#include "tst_urilistimporter.moc"
