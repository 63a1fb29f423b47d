// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpectedAccount.h"
#include "TestEnvironment.h"
#include "interop/AndOtpImporter.h"
#include "interop/FormatDetector.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::SecureBytes;
using tessera::interop::AndOtpImporter;
using tessera::interop::FormatDetector;
using tessera::interop::Importer;
using tessera::interop::ImportResult;

namespace {

/* One file of /work/shared/fixtures: the importer that must claim it (empty: nobody may), the
 * password SOURCES.md gives (empty: none), how many accounts SOURCES.md lists in it, and for a
 * refused file a word the refusal must contain. */
struct FixtureRow {
    const char16_t* file;
    const char16_t* importer;
    const char16_t* password;
    int accounts;
    const char16_t* refusalWord;
};

// Every file SOURCES.md lists (and the three password files beside the PROTON fixtures).
const FixtureRow kFixtures[] = {
    // 2FAS
    {u"2fas/2fas_authenticator.json", u"2fas", u"", 6, u""},
    {u"2fas/2fas_authenticator_plain.2fas", u"2fas", u"", 4, u""},
    {u"2fas/2fas_authenticator_encrypted.2fas", u"2fas", u"test", 4, u""},
    {u"2fas/2fas_authenticator_plain_v3.2fas", u"2fas", u"", 6, u""},
    {u"2fas/2fas_authenticator_encrypted_v3.2fas", u"2fas", u"test", 6, u""},
    {u"2fas/2fas_authenticator_plain_v4.2fas", u"2fas", u"", 5, u""},
    {u"2fas/2fas_authenticator_encrypted_v4.2fas", u"2fas", u"test", 5, u""},
    {u"proton-pass-common/2fas/encrypted.2fas", u"2fas", u"test", 2, u""},
    {u"proton-pass-common/2fas/decrypted.2fas", u"2fas", u"", 2, u""},
    {u"proton-pass-common/2fas/decrypted_ios.2fas", u"2fas", u"", 2, u""},
    {u"proton-pass-common/2fas/decrypted_with_hotp.2fas", u"2fas", u"", 2, u""},
    {u"proton-pass-common/2fas/decrypted_with_hotp_and_unsupported_algorithms.2fas", u"2fas", u"", 2, u""},
    {u"proton-pass-common/2fas/decrypted_with_hotp_missing_period.2fas", u"2fas", u"", 4, u""},
    {u"proton-pass-common/2fas/decrypted_with_manual_entries.2fas", u"2fas", u"", 12, u""},
    {u"proton-pass-common/2fas/decrypted_with_missing_fields.2fas", u"2fas", u"", 1, u""},
    // Aegis vaults, and Aegis's plain-text export (a list of links)
    {u"aegis/aegis_plain.json", u"aegis", u"", 7, u""},
    {u"aegis/aegis_encrypted.json", u"aegis", u"test", 7, u""},
    {u"aegis/aegis_plain_grouped_v2.json", u"aegis", u"", 7, u""},
    {u"proton-pass-common/aegis/aegis-json-encrypted-test.json", u"aegis", u"test", 3, u""},
    {u"proton-pass-common/aegis/aegis-json-unencrypted.json", u"aegis", u"", 3, u""},
    {u"proton-pass-common/aegis/aegis-json-unencrypted-hotp.json", u"aegis", u"", 2, u""},
    {u"proton-pass-common/aegis/aegis-json-unencrypted-with-bad-period-digits.json", u"aegis", u"", 2, u""},
    {u"proton-pass-common/aegis/aegis-json-unencrypted-with-missing-fields.json", u"aegis", u"", 3, u""},
    {u"proton-pass-common/aegis/aegis-txt.txt", u"uris", u"", 3, u""},
    // andOTP: the encrypted files have no marker and are claimed by the binary fallback
    {u"andotp/andotp_plain.json", u"andotp", u"", 7, u""},
    {u"andotp/andotp_encrypted.bin", u"andotp", u"test", 7, u""},
    {u"andotp/andotp_encrypted_old.bin", u"andotp", u"test", 6, u""},
    // FreeOTP 1.x prefs, FreeOTP 2.x serialized backups, FreeOTP+ (its internal XML is FreeOTP's)
    {u"freeotp/freeotp.xml", u"freeotp", u"", 4, u""},
    {u"freeotp/freeotp_v2_api23.xml", u"freeotp", u"test", 6, u""},
    {u"freeotp/freeotp_v2_api25.xml", u"freeotp", u"test", 6, u""},
    {u"freeotp/freeotp_v2_api27.xml", u"freeotp", u"test", 6, u""},
    {u"freeotp/freeotp_v2_api34.xml", u"freeotp", u"test", 6, u""},
    {u"freeotp/freeotp_v2_null_algo.xml", u"freeotp", u"test", 1, u""},
    {u"freeotpplus/freeotp_plus.json", u"freeotp-plus", u"", 6, u""},
    {u"freeotpplus/freeotp_plus_internal.xml", u"freeotp", u"", 6, u""},
    // Ente: plain exports are link lists, the encrypted ones Ente's own JSON
    {u"ente/ente_auth.txt", u"uris", u"", 7, u""},
    {u"proton-pass-common/ente/encrypted.nominalcomplexity.txt", u"ente", u"password", 3, u""},
    {u"proton-pass-common/ente/encrypted.lowcomplexity.txt", u"ente", u"password", 3, u""},
    {u"proton-pass-common/ente/encrypted_decrypted.txt", u"uris", u"", 3, u""},
    {u"proton-pass-common/ente/plain.txt", u"uris", u"", 2, u""},
    {u"proton-pass-common/ente/plain_20_entries.txt", u"uris", u"", 20, u""},
    {u"proton-pass-common/ente/plain_with_hotp.txt", u"uris", u"", 6, u""},
    {u"proton-pass-common/ente/plain_with_missing_fields.txt", u"uris", u"", 1, u""},
    {u"proton-pass-common/ente/plain_with_steam_and_hotp.txt", u"uris", u"", 3, u""},
    // Link lists: otpauth and Google Authenticator migration text
    {u"otpauth-uri/plain.txt", u"uris", u"", 7, u""},
    {u"google-migration/example_export.txt", u"uris", u"", 6, u""},
    {u"google-migration/test_plus_problem_export.txt", u"uris", u"", 4, u""},
    {u"google-migration/url_list_output.txt", u"uris", u"", 6, u""},
    // Bitwarden (vault and Authenticator), JSON and CSV
    {u"bitwarden/bitwarden.json", u"bitwarden", u"", 4, u""},
    {u"bitwarden/bitwarden.csv", u"bitwarden", u"", 4, u""},
    {u"proton-pass-common/bitwarden/bitwarden.json", u"bitwarden", u"", 4, u""},
    {u"proton-pass-common/bitwarden/bitwarden.csv", u"bitwarden", u"", 4, u""},
    {u"proton-pass-common/bitwarden/bitwarden_app.json", u"bitwarden", u"", 1, u""},
    {u"proton-pass-common/bitwarden/bitwarden_sample.csv", u"bitwarden", u"", 3, u""},
    // Proton Authenticator, plain and the synthetic encrypted one
    {u"proton/proton_authenticator.json", u"proton", u"", 3, u""},
    {u"synthetic/proton_authenticator_encrypted_SYNTHETIC.json", u"proton", u"test", 3, u""},
    // Steam
    {u"steam/steam.json", u"steam", u"", 1, u""},
    {u"steam/steam_old.json", u"steam", u"", 1, u""},
    // Not for the detector: images (the CLI decodes QR codes first), expected-results files and
    // the password files beside the PROTON fixtures.
    {u"google-migration/example_export.png", u"", u"", 0, u"image"},
    {u"google-migration/qr_but_without_otp.png", u"", u"", 0, u"image"},
    {u"proton-pass-common/qr/GoogleAuthImportScreenshotCropped.jpg", u"", u"", 0, u"image"},
    {u"proton-pass-common/qr/GoogleAuthenticatorExport_1.png", u"", u"", 0, u"image"},
    {u"proton-pass-common/qr/GoogleAuthenticatorExport_2.png", u"", u"", 0, u"image"},
    {u"proton-pass-common/qr/GoogleAuthenticatorExport_3.png", u"", u"", 0, u"image"},
    {u"proton-pass-common/qr/GoogleAuthenticator_ScreenshotBigQR.jpeg", u"", u"", 0, u"image"},
    {u"proton-pass-common/qr/example.png", u"", u"", 0, u"image"},
    {u"google-migration/example_output.json", u"", u"", 0, u"a JSON list of an unknown kind"},
    {u"proton-pass-common/2fas/password", u"", u"", 0, u"text without any otpauth:// link"},
    {u"proton-pass-common/aegis/password", u"", u"", 0, u"text without any otpauth:// link"},
    {u"proton-pass-common/ente/password", u"", u"", 0, u"text without any otpauth:// link"},
};

const QStringList kAllIds{u"tessera"_s,   u"freeotp"_s,      u"aegis"_s, u"2fas"_s,   u"ente"_s, u"proton"_s,
                          u"bitwarden"_s, u"freeotp-plus"_s, u"steam"_s, u"andotp"_s, u"uris"_s};

std::optional<SecureBytes> passwordFrom(const QString& text)
{
    if (text.isEmpty()) {
        return std::nullopt;
    }
    const QByteArray utf8 = text.toUtf8();
    return SecureBytes::copyOf(utf8.constData(), static_cast<std::size_t>(utf8.size()));
}

/* Every account holds a token or the reason it has none, never both. */
void checkTokenXorProblem(const ImportResult& result)
{
    for (std::size_t i = 0; i < result.accounts.size(); ++i) {
        const auto& account = result.accounts[i];
        if (account.token.has_value() == account.problem.has_value()) {
            QFAIL(qPrintable(u"account %1 (%2) has a token and a problem, or neither"_s.arg(i + 1).arg(account.label)));
        }
    }
}

QByteArray bytesOf(std::initializer_list<int> values)
{
    QByteArray bytes;
    for (const int value : values) {
        bytes.append(static_cast<char>(value));
    }
    return bytes;
}

/* Bytes that look like ciphertext: control characters and invalid UTF-8 throughout. */
QByteArray pseudoRandom(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = seed;
    for (qsizetype i = 0; i < size; ++i) {
        state = state * 1664525u + 1013904223u; // a fixed LCG: the same bytes every run
        bytes[i] = static_cast<char>(state >> 24);
    }
    return bytes;
}

} // namespace

class TestFormatDetector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void everyFixtureIsListed();
    void handMade_data();
    void handMade();
    void garbage_data();
    void garbage();
    void binaryFallback_data();
    void binaryFallback();
    void images();
    void knownFileKinds_data();
    void knownFileKinds();
    void byId();
    void unknownId();
    void idsAreUniqueAndComplete();
};

void TestFormatDetector::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("importer");
    QTest::addColumn<QString>("pass");
    QTest::addColumn<int>("accounts");
    QTest::addColumn<QString>("refusalWord");
    for (const FixtureRow& row : kFixtures) {
        const QString file = QString::fromUtf16(row.file);
        QTest::newRow(qPrintable(file)) << file << QString::fromUtf16(row.importer) << QString::fromUtf16(row.password)
                                        << row.accounts << QString::fromUtf16(row.refusalWord);
    }
}

void TestFormatDetector::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, importer);
    QFETCH(QString, pass);
    QFETCH(int, accounts);
    QFETCH(QString, refusalWord);
    TESSERA_REQUIRE_FIXTURE(path, file);
    const QByteArray bytes = tessera::test::readFile(path);
    QVERIFY(!bytes.isEmpty());

    const FormatDetector detector;
    const auto detected = detector.detect(bytes);
    if (importer.isEmpty()) {
        QVERIFY2(!detected, qPrintable(u"claimed by %1"_s.arg(detected ? (*detected)->id() : QString())));
        QCOMPARE(detected.error().code(), ErrorCode::Unsupported);
        QVERIFY2(detected.error().message().contains(refusalWord), qPrintable(detected.error().message()));
        QVERIFY2(detected.error().message().contains(FormatDetector::describe(bytes)),
                 qPrintable(detected.error().message()));
        return;
    }
    QVERIFY2(detected, qPrintable(detected ? QString() : detected.error().message()));
    const Importer* chosen = *detected;
    QCOMPARE(chosen->id(), importer);

    // Detection and reading agree: the importer picked reads the file with its SOURCES.md password.
    QCOMPARE(chosen->needsPassword(bytes), !pass.isEmpty());
    const auto result = chosen->read(bytes, passwordFrom(pass));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(static_cast<int>(result->accounts.size()), accounts);
    checkTokenXorProblem(*result);
    QVERIFY(!result->formatName.isEmpty());
    if (!pass.isEmpty()) {
        const auto withoutPassword = chosen->read(bytes, std::nullopt);
        QVERIFY(!withoutPassword);
        QCOMPARE(withoutPassword.error().code(), ErrorCode::WrongPassword);
    }
}

void TestFormatDetector::everyFixtureIsListed()
{
    const QString root = tessera::test::fixturesDir();
    if (root.isEmpty()) {
        QSKIP("fixtures not found (set TESSERA_FIXTURES)");
    }
    QSet<QString> listed;
    for (const FixtureRow& row : kFixtures) {
        listed.insert(QString::fromUtf16(row.file));
    }
    const QDir base(root);
    QSet<QString> present;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = base.relativeFilePath(it.next());
        if (relative != u"SOURCES.md"_s) {
            present.insert(relative);
        }
    }
    // A new fixture must get a row (and so an expected importer); a vanished one is noticed too.
    QStringList missingRows = QStringList(present.subtract(listed).values());
    missingRows.sort();
    QVERIFY2(missingRows.isEmpty(), qPrintable(u"fixtures without a row: "_s + missingRows.join(u", "_s)));
    for (const QString& file : std::as_const(listed)) {
        QVERIFY2(QFileInfo::exists(base.filePath(file)), qPrintable(u"listed but absent: "_s + file));
    }
}

/* Small hand-written files of each kind (no fixture needed): each plain one holds Aegis vector #1
 * (Deno / Mason), except the Steam maFile. */
void TestFormatDetector::handMade_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("importer");
    QTest::addColumn<bool>("readable"); // false: encrypted stub, only detection is checked
    const QByteArray secret = "4SJHB4GSD43FZBAI7C2HLRJGPQ";
    const QByteArray link = "otpauth://totp/Deno:Mason?secret=" + secret + "&issuer=Deno";

    QTest::newRow("tessera magic") << QByteArray("TESSERA\0\x01\x02\x03\x04", 12) << u"tessera"_s << false;
    QTest::newRow("java serialization") << QByteArray("\xac\xed\x00\x05sr\x00\x11java.util.HashMap", 25) << u"freeotp"_s
                                        << false;
    QTest::newRow("freeotp xml") << QByteArray(
        "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n"
        "<string name=\"Deno:Mason\">{&quot;algo&quot;:&quot;SHA1&quot;,&quot;digits&quot;:6,"
        "&quot;issuerExt&quot;:&quot;Deno&quot;,&quot;label&quot;:&quot;Mason&quot;,&quot;period&quot;:30,"
        "&quot;secret&quot;:[-28,-110,112,-16,-46,31,54,92,-124,8,-8,-76,117,-59,38,124],"
        "&quot;type&quot;:&quot;TOTP&quot;}</string>\n</map>\n")
                                 << u"freeotp"_s << true;
    QTest::newRow("aegis plain") << QByteArray(
        R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":1,"entries":[{"type":"totp",)"
        R"("uuid":"01234567-89ab-cdef-0123-456789abcdef","name":"Mason","issuer":"Deno","info":{"secret":")"
        + secret + R"(","algo":"SHA1","digits":6,"period":30}}]}})")
                                 << u"aegis"_s << true;
    QTest::newRow("aegis encrypted stub")
        << QByteArray(R"({"version":1,"header":{"slots":[],"params":{}},"db":"AAAA"})") << u"aegis"_s << false;
    QTest::newRow("2fas") << QByteArray(R"({"schemaVersion":4,"services":[{"name":"Deno","secret":")" + secret
                                        + R"(","otp":{"account":"Mason","digits":6,"period":30,"algorithm":"SHA1",)"
                                          R"("tokenType":"TOTP"}}]})")
                          << u"2fas"_s << true;
    QTest::newRow("ente encrypted stub") << QByteArray(
        R"({"version":1,"kdfParams":{"memLimit":8192,"opsLimit":1,"salt":"AAAA"},"encryptedData":"AAAA",)"
        R"("encryptionNonce":"AAAA"})") << u"ente"_s
                                         << false;
    QTest::newRow("proton plain") << QByteArray(
        R"({"version":1,"entries":[{"id":"a","content":{"id":"a","name":"Mason",)"
        R"("uri":")"
        + link + R"(","entry_type":"Totp"},"note":null}]})")
                                  << u"proton"_s << true;
    QTest::newRow("proton encrypted stub")
        << QByteArray(R"({"version":1,"salt":"AAAA","content":"AAAA"})") << u"proton"_s << false;
    QTest::newRow("bitwarden json") << QByteArray(R"({"encrypted":false,"items":[{"type":1,"name":"Deno","login":)"
                                                  R"({"username":"Mason","totp":")"
                                                  + link + R"("}}]})")
                                    << u"bitwarden"_s << true;
    QTest::newRow("bitwarden csv") << QByteArray("folder,favorite,type,name,login_uri,login_totp\n,,login,Deno,," + link
                                                 + "\n")
                                   << u"bitwarden"_s << true;
    QTest::newRow("freeotp+") << QByteArray(
        R"({"tokenOrder":["Deno:Mason"],"tokens":[{"algo":"SHA1","counter":0,)"
        R"("digits":6,"issuerExt":"Deno","label":"Mason","period":30,"secret":)"
        R"([-28,-110,112,-16,-46,31,54,92,-124,8,-8,-76,117,-59,38,124],"type":"TOTP"}]})")
                              << u"freeotp-plus"_s << true;
    QTest::newRow("steam mafile") << QByteArray(
        R"({"shared_secret":"THIl8+Jl6ugxr8x0X6eRMg==","account_name":"Sophia"})")
                                  << u"steam"_s << true;
    QTest::newRow("andotp plain") << QByteArray(R"([{"secret":")" + secret
                                                + R"(","issuer":"Deno","label":"Mason","digits":6,"type":"TOTP",)"
                                                  R"("algorithm":"SHA1","thumbnail":"Default","period":30,"tags":[]}])")
                                  << u"andotp"_s << true;
    // Qt's JSON parser takes raw control characters in strings: still a plain list, which must not
    // ask for a password (the fuzz target import found this).
    QTest::newRow("andotp plain with a control character")
        << QByteArray(R"([{"secret":")" + secret
                      + R"(","issuer":"Deno","label":"Mason","digits":6,"type":"TOTP",)"
                        R"("algorithm":"SHA1","thumbnail":"De)"
                        "\x01"
                        R"(fault","period":30,"tags":[]}])")
        << u"andotp"_s << true;
    QTest::newRow("uri list") << QByteArray("# a comment\n\n" + link + "\n") << u"uris"_s << true;
    QTest::newRow("uri list crlf") << QByteArray(link + "\r\n") << u"uris"_s << true;
}

void TestFormatDetector::handMade()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, importer);
    QFETCH(bool, readable);
    const FormatDetector detector;
    const auto detected = detector.detect(bytes);
    QVERIFY2(detected, qPrintable(detected ? QString() : detected.error().message()));
    QCOMPARE((*detected)->id(), importer);
    if (!readable) {
        QVERIFY((*detected)->needsPassword(bytes));
        return;
    }
    QVERIFY(!(*detected)->needsPassword(bytes));
    const auto result = (*detected)->read(bytes, std::nullopt);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->accounts.size(), std::size_t{1});
    const auto& account = result->accounts.front();
    QVERIFY2(account.token.has_value(), qPrintable(account.problem ? account.problem->message() : QString()));
    if (importer != u"steam"_s) {
        tessera::test::compareAccounts(*result, {tessera::test::aegisVector(1)});
    }
}

void TestFormatDetector::garbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("description");
    QTest::newRow("empty") << QByteArray() << u"an empty file"_s;
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
                         << u"a PDF document"_s;
    QTest::newRow("zip") << (QByteArray("PK\x03\x04", 4) + pseudoRandom(200, 7)) << u"a ZIP archive"_s;
    QTest::newRow("gzip") << (bytesOf({0x1f, 0x8b, 0x08, 0x00}) + pseudoRandom(100, 8)) << u"a gzip-compressed file"_s;
    QTest::newRow("gif") << (QByteArray("GIF89a") + pseudoRandom(100, 9)) << u"a GIF image"_s;
    QTest::newRow("sqlite") << (QByteArray("SQLite format 3\0", 16) + pseudoRandom(100, 10)) << u"an SQLite database"_s;
    QTest::newRow("pgp") << QByteArray("-----BEGIN PGP MESSAGE-----\n\nhQEMA1234\n-----END PGP MESSAGE-----\n")
                         << u"an OpenPGP-encrypted file"_s;
    QTest::newRow("text without links") << QByteArray(
        "Shopping list:\n- milk\n- bread\nhttps://example.com/otpauth is not a link\n")
                                        << u"text without any otpauth:// link"_s;
    QTest::newRow("json object of unknown kind")
        << QByteArray(R"({"name":"Deno","secret":"ABC","kind":"other"})") << u"a JSON file of an unknown kind"_s;
    QTest::newRow("json array of numbers") << QByteArray("[1, 2, 3, 4]") << u"a JSON list of an unknown kind"_s;
    QTest::newRow("empty json array") << QByteArray("[]") << u"a JSON list of an unknown kind"_s;
    QTest::newRow("short binary") << pseudoRandom(AndOtpImporter::kMinEncryptedSize - 1, 11)
                                  << u"binary data of an unknown kind"_s;
    QTest::newRow("one nul") << QByteArray(1, '\0') << u"binary data of an unknown kind"_s;
    QTest::newRow("long binary behind a png magic")
        << (QByteArray("\x89PNG\r\n\x1a\n", 8) + pseudoRandom(200, 12)) << u"a PNG image without a readable QR code"_s;
    QTest::newRow("long binary behind a jpeg magic")
        << (bytesOf({0xff, 0xd8, 0xff, 0xe0}) + pseudoRandom(200, 13)) << u"a JPEG image without a readable QR code"_s;
}

void TestFormatDetector::garbage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, description);
    QCOMPARE(FormatDetector::describe(bytes), description);
    const FormatDetector detector;
    const auto detected = detector.detect(bytes);
    QVERIFY2(!detected, qPrintable(u"claimed by %1"_s.arg(detected ? (*detected)->id() : QString())));
    QCOMPARE(detected.error().code(), ErrorCode::Unsupported);
    QVERIFY2(detected.error().message().contains(description), qPrintable(detected.error().message()));
}

/* Binary nobody claims is tried as an encrypted andOTP backup (it has no marker), but only from
 * the shortest possible one up, and never when it starts like a known kind of file. */
void TestFormatDetector::binaryFallback_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("andOtp");
    QTest::newRow("shortest") << pseudoRandom(AndOtpImporter::kMinEncryptedSize, 21) << true;
    QTest::newRow("one byte short") << pseudoRandom(AndOtpImporter::kMinEncryptedSize - 1, 21) << false;
    QTest::newRow("new layout header") << (bytesOf({0x00, 0x02, 0x39, 0x70}) + pseudoRandom(120, 22)) << true;
    QTest::newRow("printable but not utf-8") << QByteArray(40, '\xe9') << true;
    QTest::newRow("valid utf-8 text") << QString(40, QChar(0xe9)).toUtf8() << false;
    // Starts like Java serialization's AC ED but not its AC ED 00 05: not a Java stream.
    QTest::newRow("ac ed without 00 05") << (bytesOf({0xac, 0xed, 0x12, 0x34}) + pseudoRandom(60, 23)) << true;
    QTest::newRow("png magic") << (QByteArray("\x89PNG\r\n\x1a\n", 8) + pseudoRandom(60, 24)) << false;
    QTest::newRow("zip magic") << (QByteArray("PK\x03\x04", 4) + pseudoRandom(60, 25)) << false;
}

void TestFormatDetector::binaryFallback()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, andOtp);
    const FormatDetector detector;
    const auto detected = detector.detect(bytes);
    if (!andOtp) {
        QVERIFY2(!detected, qPrintable(u"claimed by %1"_s.arg(detected ? (*detected)->id() : QString())));
        QCOMPARE(detected.error().code(), ErrorCode::Unsupported);
        return;
    }
    QVERIFY2(detected, qPrintable(detected ? QString() : detected.error().message()));
    QCOMPARE((*detected)->id(), u"andotp"_s);
    QVERIFY((*detected)->needsPassword(bytes));
    // Random bytes are not a backup: without a password it asks for one, with one the tag fails.
    const auto withoutPassword = (*detected)->read(bytes, std::nullopt);
    QVERIFY(!withoutPassword);
    QCOMPARE(withoutPassword.error().code(), ErrorCode::WrongPassword);
    const auto withPassword = (*detected)->read(bytes, SecureBytes::copyOf("test", 4));
    QVERIFY(!withPassword);
    QCOMPARE(withPassword.error().code(), ErrorCode::WrongPassword);
}

void TestFormatDetector::knownFileKinds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("kind"); // empty: none
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n", 8) << u"a PNG image without a readable QR code"_s;
    QTest::newRow("jpeg") << bytesOf({0xff, 0xd8, 0xff, 0xdb}) << u"a JPEG image without a readable QR code"_s;
    QTest::newRow("gif") << QByteArray("GIF87a") << u"a GIF image"_s;
    QTest::newRow("pdf") << QByteArray("%PDF-1.4") << u"a PDF document"_s;
    QTest::newRow("zip") << QByteArray("PK\x03\x04", 4) << u"a ZIP archive"_s;
    QTest::newRow("gzip") << bytesOf({0x1f, 0x8b}) << u"a gzip-compressed file"_s;
    QTest::newRow("sqlite") << QByteArray("SQLite format 3") << u"an SQLite database"_s;
    QTest::newRow("pgp") << QByteArray("-----BEGIN PGP MESSAGE-----") << u"an OpenPGP-encrypted file"_s;
    QTest::newRow("java") << bytesOf({0xac, 0xed, 0x00, 0x05, 0x73}) << u"a Java-serialized file"_s;
    QTest::newRow("ac ed only") << bytesOf({0xac, 0xed}) << QString();
    QTest::newRow("ac ed 00 06") << bytesOf({0xac, 0xed, 0x00, 0x06}) << QString();
    QTest::newRow("png cut") << QByteArray("\x89PN") << QString();
    QTest::newRow("zip cut") << QByteArray("PK\x03", 3) << QString();
    QTest::newRow("text") << QByteArray("hello") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestFormatDetector::knownFileKinds()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, kind);
    const auto found = FormatDetector::knownFileKind(bytes);
    if (kind.isEmpty()) {
        QVERIFY2(!found, qPrintable(found.value_or(QString())));
        return;
    }
    QVERIFY(found);
    QCOMPARE(*found, kind);
    QCOMPARE(FormatDetector::describe(bytes), kind);
}

void TestFormatDetector::byId()
{
    const FormatDetector detector;
    for (const QString& id : detector.ids()) {
        const auto importer = detector.byId(id);
        QVERIFY2(importer, qPrintable(id));
        QCOMPARE((*importer)->id(), id);
        QVERIFY(!(*importer)->name().isEmpty());
    }
    // The same object every time: the CLI can compare what detect() and byId() give.
    QCOMPARE(*detector.byId(u"uris"_s), *detector.detect(QByteArray("otpauth://totp/a?secret=GEZDGNBV")));
}

void TestFormatDetector::unknownId()
{
    const FormatDetector detector;
    for (const QString& id : {u"keepass"_s, u""_s, u"AEGIS"_s, u"aegis "_s, u"uri"_s}) {
        const auto importer = detector.byId(id);
        QVERIFY2(!importer, qPrintable(id));
        QCOMPARE(importer.error().code(), ErrorCode::InvalidInput);
        for (const QString& known : kAllIds) {
            QVERIFY2(importer.error().message().contains(known), qPrintable(importer.error().message()));
        }
    }
}

void TestFormatDetector::idsAreUniqueAndComplete()
{
    const FormatDetector detector;
    const QStringList ids = detector.ids();
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    // FORMATS.md §5.10 order: magic numbers, JSON objects by their members, arrays, XML/CSV/text last.
    QCOMPARE(ids, kAllIds);
}

void TestFormatDetector::images()
{
    using tessera::interop::FormatDetector;
    QVERIFY(FormatDetector::looksLikeImage(QByteArrayView("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
    QVERIFY(FormatDetector::looksLikeImage("\xff\xd8\xff\xe0"));
    QVERIFY(FormatDetector::looksLikeImage("GIF89a"));
    QVERIFY(FormatDetector::looksLikeImage("P5\n2 2\n255\n"));
    QVERIFY(FormatDetector::looksLikeImage(QByteArrayView("RIFF\x10\0\0\0WEBPVP8 ", 16)));
    QByteArray bmp("BM\x36\0\0\0", 6);
    bmp.append(QByteArray(24, '\0'));
    QVERIFY(FormatDetector::looksLikeImage(bmp));
    // Text that merely starts like one is not a picture.
    QVERIFY(!FormatDetector::looksLikeImage("BMW owners' codes\notpauth://totp/BMW:me?secret=JBSWY3DPEHPK3PXP"));
    QVERIFY(!FormatDetector::looksLikeImage("otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP"));
    QVERIFY(!FormatDetector::looksLikeImage("%PDF-1.4"));
    QVERIFY(!FormatDetector::looksLikeImage(""));
}

QTEST_APPLESS_MAIN(TestFormatDetector)
#include "tst_formatdetector.moc"
