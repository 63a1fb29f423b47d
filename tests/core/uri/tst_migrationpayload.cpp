// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEnvironment.h"
#include "otp/Base32.h"
#include "otp/OtpParameters.h"
#include "otp/OtpToken.h"
#include "uri/MigrationPayload.h"
#include "uri/OtpAuthUri.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::SecureBytes;
using tessera::otp::Base32;
using tessera::otp::HashAlgorithm;
using tessera::otp::OtpParameters;
using tessera::otp::OtpToken;
using tessera::otp::OtpType;
using tessera::uri::MigrationPayload;
using tessera::uri::OtpAuthUri;

namespace {

// FORMATS.md §3.6.
const QString kWorkedExample =
    u"otpauth-migration://offline?data=CiUKEPqlBekzoNEukL7qlsjBCDYSCWhvdHAgZGVtbyABKAEwATgEEAEYASAAKNuv15j6%2F%2F%2F%2F%2FwE%3D"_s;

QString base32(const SecureBytes& bytes)
{
    return Base32::encode(bytes.bytes());
}

SecureBytes bytesOf(const QByteArray& raw)
{
    return SecureBytes::copyOf(raw.constData(), static_cast<std::size_t>(raw.size()));
}

OtpToken makeToken(const QString& issuer, const QString& name, const OtpParameters& parameters, const QByteArray& raw)
{
    auto token = OtpToken::create(issuer, name, parameters, bytesOf(raw));
    Q_ASSERT(token.hasValue());
    return std::move(token).value();
}

MigrationPayload::Entry makeEntry(const QString& name, const QString& issuer, int algorithm, int digits, int type,
                                  qint64 counter = 0, const QByteArray& secret = QByteArray("0123456789abcdef"))
{
    MigrationPayload::Entry entry;
    entry.secret = bytesOf(secret);
    entry.name = name;
    entry.issuer = issuer;
    entry.algorithm = algorithm;
    entry.digits = digits;
    entry.type = type;
    entry.counter = counter;
    return entry;
}

QString describe(const OtpToken& token)
{
    const OtpParameters& p = token.parameters();
    QString s = token.issuer() + u'|' + token.name() + u'|' + OtpParameters::typeName(p.type()) + u' '
                + OtpParameters::algorithmName(p.algorithm()) + u' ' + QString::number(p.digits());
    s += p.type() == OtpType::Hotp ? u" counter "_s + QString::number(p.counter())
                                   : u" period "_s + QString::number(p.period());
    return s + u'|' + base32(token.secret());
}

QStringList exportLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QStringList lines;
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#')) {
            lines.append(line);
        }
    }
    return lines;
}

/* A three-account payload with every field kind, version 2 style (uniqueId, explicit HOTP
 * counter 0, batch id absent). Built here, not copied from a fixture. */
MigrationPayload richPayload()
{
    MigrationPayload payload;
    payload.version = 2;
    payload.batchSize = 1;
    payload.batchIndex = 0;
    payload.hasBatchIndex = true;
    payload.batchId = 0;
    payload.entries.push_back(makeEntry(u"Acme:alice@example.com"_s, u"Acme"_s, 1, 1, 2));
    payload.entries.push_back(makeEntry(u"bob"_s, QString(), 2, 2, 1, 0, QByteArray(20, '\x7f')));
    payload.entries.push_back(makeEntry(u"Ünïcødé "_s, u"Bänk"_s, 3, 1, 2));
    payload.entries[0].uniqueId = u"7d579d1753176794968"_s;
    payload.entries[2].uniqueId = u"1234567890123456789"_s;
    return payload;
}

} // namespace

class TestMigrationPayload : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void workedExample();
    void fixtureExampleExport();
    void fixturePlusProblem();
    void base64Tolerance_data();
    void base64Tolerance();
    void badUris_data();
    void badUris();
    void versions_data();
    void versions();
    void unknownFieldsSkipped();
    void batchFields_data();
    void batchFields();
    void mapping_data();
    void mapping();
    void conversionKeepsGoodEntries();
    void richRoundTrip();
    void forExport();
    void forExportSkipsWhatGoogleCannotHold();
    void forExportEdgeCases();
    void malformedProtobuf_data();
    void malformedProtobuf();
    void everyTruncationIsSafe();
    void everyMutationIsSafe();
};

void TestMigrationPayload::workedExample()
{
    auto payload = MigrationPayload::fromUri(kWorkedExample);
    QVERIFY2(payload.hasValue(), payload ? "" : qPrintable(payload.error().message()));
    QCOMPARE(payload->entries.size(), std::size_t(1));
    const MigrationPayload::Entry& e = payload->entries.front();
    QCOMPARE(base32(e.secret), u"7KSQL2JTUDIS5EF65KLMRQIIGY"_s);
    QCOMPARE(e.name, u"hotp demo"_s);
    QCOMPARE(e.issuer, QString());
    QCOMPARE(e.algorithm, 1);
    QCOMPARE(e.digits, 1);
    QCOMPARE(e.type, 1);
    QCOMPARE(e.counter, qint64(4));
    QCOMPARE(e.uniqueId, QString());
    QCOMPARE(payload->version, 1);
    QCOMPARE(payload->batchSize, 1);
    QCOMPARE(payload->batchIndex, 0);
    QVERIFY(payload->hasBatchIndex);
    QCOMPARE(payload->batchId, qint32(-1558849573));

    // Our encoder writes the same fields in the same order: byte-identical.
    QCOMPARE(payload->toUri(), kWorkedExample);

    const MigrationPayload::Conversion conversion = payload->toTokens();
    QVERIFY(conversion.rejected.isEmpty());
    QCOMPARE(conversion.tokens.size(), std::size_t(1));
    const OtpToken& token = conversion.tokens.front();
    auto expected = OtpAuthUri::parse(u"otpauth://hotp/hotp%20demo?secret=7KSQL2JTUDIS5EF65KLMRQIIGY&counter=4"_s);
    QVERIFY(expected.hasValue());
    QCOMPARE(describe(token), describe(expected->token()));
    QCOMPARE(describe(token), u"|hotp demo|hotp SHA1 6 counter 4|7KSQL2JTUDIS5EF65KLMRQIIGY"_s);
}

void TestMigrationPayload::fixtureExampleExport()
{
    TESSERA_REQUIRE_FIXTURE(exportPath, u"google-migration/example_export.txt"_s);
    TESSERA_REQUIRE_FIXTURE(jsonPath, u"google-migration/example_output.json"_s);
    TESSERA_REQUIRE_FIXTURE(urlsPath, u"google-migration/url_list_output.txt"_s);

    const QStringList lines = exportLines(exportPath);
    QCOMPARE(lines.size(), 5);
    std::vector<MigrationPayload> payloads;
    for (const QString& line : lines) {
        auto payload = MigrationPayload::fromUri(line);
        QVERIFY2(payload.hasValue(), payload ? "" : qPrintable(payload.error().message()));
        QCOMPARE(payload->version, 1);
        QVERIFY(payload->batchId < 0);    // negative ids: 10-byte varints
        QCOMPARE(payload->toUri(), line); // same field order, same percent-encoding: byte-identical
        payloads.push_back(std::move(*payload));
    }

    // Raw entries against scito's decoded JSON: exactly these six, in order.
    QFile jsonFile(jsonPath);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonArray expected = QJsonDocument::fromJson(jsonFile.readAll()).array();
    QCOMPARE(expected.size(), 6);
    std::vector<const MigrationPayload::Entry*> entries;
    for (const MigrationPayload& payload : payloads) {
        for (const MigrationPayload::Entry& entry : payload.entries) {
            entries.push_back(&entry);
        }
    }
    QCOMPARE(entries.size(), std::size_t(6));
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const QJsonObject want = expected.at(static_cast<qsizetype>(i)).toObject();
        const MigrationPayload::Entry& got = *entries[i];
        QCOMPARE(got.name, want.value(u"name"_s).toString());
        QCOMPARE(got.issuer, want.value(u"issuer"_s).toString());
        QCOMPARE(base32(got.secret), want.value(u"secret"_s).toString());
        QCOMPARE(got.type == 1 ? u"hotp"_s : u"totp"_s, want.value(u"type"_s).toString());
        if (got.type == 1) {
            QCOMPARE(got.counter, static_cast<qint64>(want.value(u"counter"_s).toInt()));
        } else {
            QVERIFY(want.value(u"counter"_s).isNull());
        }
    }

    // Tokens against scito's URI list, compared semantically: both sides parsed by our rules.
    std::vector<OtpToken> tokens;
    for (const MigrationPayload& payload : payloads) {
        MigrationPayload::Conversion conversion = payload.toTokens();
        QVERIFY(conversion.rejected.isEmpty());
        for (OtpToken& token : conversion.tokens) {
            tokens.push_back(std::move(token));
        }
    }
    const QStringList urls = exportLines(urlsPath);
    QCOMPARE(urls.size(), 6);
    QCOMPARE(tokens.size(), std::size_t(6));
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        auto theirs = OtpAuthUri::parse(urls[static_cast<qsizetype>(i)]);
        QVERIFY2(theirs.hasValue(), theirs ? "" : qPrintable(theirs.error().message()));
        auto ours = OtpAuthUri::parse(OtpAuthUri::format(tokens[i]));
        QVERIFY(ours.hasValue());
        QCOMPARE(describe(ours->token()), describe(theirs->token()));
        QCOMPARE(describe(tokens[i]), describe(theirs->token()));
    }
    // The UTF-8 name: GA stored "encoding: ¿äÄéÉ? (demo)" with no issuer; §3.4 (and §1.3 for
    // scito's URI) split it at the first colon.
    QCOMPARE(tokens[5].issuer(), u"encoding"_s);
    QCOMPARE(tokens[5].name(), u"¿äÄéÉ? (demo)"_s);
}

void TestMigrationPayload::fixturePlusProblem()
{
    TESSERA_REQUIRE_FIXTURE(path, u"google-migration/test_plus_problem_export.txt"_s);
    const QStringList lines = exportLines(path);
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.front().contains(u'+')); // the point of the fixture: raw '+', '/', '='
    auto payload = MigrationPayload::fromUri(lines.front());
    QVERIFY2(payload.hasValue(), payload ? "" : qPrintable(payload.error().message()));
    const MigrationPayload::Conversion conversion = payload->toTokens();
    QVERIFY(conversion.rejected.isEmpty());
    QCOMPARE(conversion.tokens.size(), std::size_t(4));
    for (std::size_t i = 0; i < 4; ++i) {
        QCOMPARE(conversion.tokens[i].issuer(), u"SerenityLabs"_s);
        QCOMPARE(conversion.tokens[i].name(), u"test%1@serenitylabs.co.uk"_s.arg(i + 1));
    }
    QCOMPARE(base32(conversion.tokens[0].secret()), u"A4RFDYMF4GSLUIBQV4ZP67OJEZ2XUQVM"_s);
}

void TestMigrationPayload::base64Tolerance_data()
{
    QTest::addColumn<QString>("data");
    // From §3.6: Base64 "CiUK…KNuv15j6/////wE=".
    const QString raw = u"CiUKEPqlBekzoNEukL7qlsjBCDYSCWhvdHAgZGVtbyABKAEwATgEEAEYASAAKNuv15j6/////wE="_s;
    QTest::newRow("percent-encoded (GA)")
        << u"CiUKEPqlBekzoNEukL7qlsjBCDYSCWhvdHAgZGVtbyABKAEwATgEEAEYASAAKNuv15j6%2F%2F%2F%2F%2FwE%3D"_s;
    QTest::newRow("raw / and =") << raw;
    QTest::newRow("missing padding") << QString(raw).remove(u'=');
    QTest::newRow("lower-case percent escapes") << QString(raw).replace(u"/"_s, u"%2f"_s).replace(u"="_s, u"%3d"_s);
    QTest::newRow("URL-safe alphabet") << QString(raw).replace(u'/', u'_');
    QTest::newRow("line breaks inside") << QString(raw).insert(20, u"%0A"_s).insert(40, u"%0D%0A"_s);
}

void TestMigrationPayload::base64Tolerance()
{
    QFETCH(QString, data);
    auto payload = MigrationPayload::fromUri(u"otpauth-migration://offline?data="_s + data);
    QVERIFY2(payload.hasValue(), payload ? "" : qPrintable(payload.error().message()));
    QCOMPARE(payload->toUri(), kWorkedExample);
}

void TestMigrationPayload::badUris_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("otpauth link") << u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP"_s << u"single account"_s;
    QTest::newRow("junk") << u"NOT A otpauth-migration:// URL"_s << u"otpauth-migration://"_s;
    QTest::newRow("other host") << u"otpauth-migration://online?data=CgA%3D"_s << u"offline"_s;
    QTest::newRow("no data") << u"otpauth-migration://offline?foo=bar"_s << u"data"_s;
    QTest::newRow("empty data") << u"otpauth-migration://offline?data="_s << u"data"_s;
    QTest::newRow("data twice") << u"otpauth-migration://offline?data=CgA%3D&data=CgA%3D"_s << u"twice"_s;
    QTest::newRow("not Base64") << u"otpauth-migration://offline?data=Cg*A"_s << u"Base64"_s;
    QTest::newRow("cut Base64 (4n+1 symbols)") << u"otpauth-migration://offline?data=CiUKE"_s << u"incomplete"_s;
    QTest::newRow("padding in the middle") << u"otpauth-migration://offline?data=Cg%3D%3DCgAA"_s << u"Base64"_s;
    QTest::newRow("three padding characters") << u"otpauth-migration://offline?data=Cg%3D%3D%3D"_s << u"incomplete"_s;
    QTest::newRow("too long") << u"otpauth-migration://offline?data="_s + QString(70000, u'A') << u"too long"_s;
}

void TestMigrationPayload::badUris()
{
    QFETCH(QString, uri);
    QFETCH(QString, mentions);
    auto payload = MigrationPayload::fromUri(uri);
    QVERIFY(!payload.hasValue());
    QCOMPARE(payload.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(payload.error().message().contains(mentions, Qt::CaseInsensitive), qPrintable(payload.error().message()));
}

void TestMigrationPayload::versions_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("absent (0)") << 0 << true;
    QTest::newRow("1 (2020–2022 exports)") << 1 << true;
    QTest::newRow("2 (2025 exports)") << 2 << true;
    QTest::newRow("3 (unknown future)") << 3 << false;
    QTest::newRow("negative") << -1 << false;
}

void TestMigrationPayload::versions()
{
    QFETCH(int, version);
    QFETCH(bool, accepted);
    MigrationPayload payload = richPayload();
    payload.version = version;
    auto decoded = MigrationPayload::fromProtobuf(payload.toProtobuf());
    QCOMPARE(decoded.hasValue(), accepted);
    if (accepted) {
        QCOMPARE(decoded->version, version);
    } else {
        QCOMPARE(decoded.error().code(), ErrorCode::Unsupported);
        QVERIFY(decoded.error().message().contains(u"version"_s));
    }
}

void TestMigrationPayload::unknownFieldsSkipped()
{
    // One entry with every known field, then unknown fields of all four wire types, both inside
    // the entry and at the top level.
    QByteArray entry = QByteArray::fromHex("0a03010203"                     // 1 secret
                                           "120161"                         // 2 name "a"
                                           "1a0162"                         // 3 issuer "b"
                                           "2002"                           // 4 algorithm SHA256
                                           "2802"                           // 5 digits eight
                                           "3001"                           // 6 HOTP
                                           "3807"                           // 7 counter 7
                                           "420378797a");                   // 8 uniqueId "xyz"
    const QByteArray unknown = QByteArray::fromHex("48ffffffffffffffffff01" // 9 varint, 10 bytes
                                                   "510102030405060708"     // 10 fixed64
                                                   "5a03000000"             // 11 length-delimited
                                                   "6501020304"             // 12 fixed32
                                                   "f8ffffff0f01");         // field 2^29-1, varint
    entry.prepend(unknown);
    entry.append(unknown);
    QByteArray top = unknown;
    top += QByteArray::fromHex("0a") + QByteArray(1, static_cast<char>(entry.size())) + entry;
    top += unknown;
    top += QByteArray::fromHex("1002"
                               "1801"
                               "2000"
                               "2805");

    auto payload = MigrationPayload::fromProtobuf(top);
    QVERIFY2(payload.hasValue(), payload ? "" : qPrintable(payload.error().message()));
    QCOMPARE(payload->entries.size(), std::size_t(1));
    const MigrationPayload::Entry& e = payload->entries.front();
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(e.secret.data()), 3), QByteArray::fromHex("010203"));
    QCOMPARE(e.name, u"a"_s);
    QCOMPARE(e.issuer, u"b"_s);
    QCOMPARE(e.algorithm, 2);
    QCOMPARE(e.digits, 2);
    QCOMPARE(e.type, 1);
    QCOMPARE(e.counter, qint64(7));
    QCOMPARE(e.uniqueId, u"xyz"_s);
    QCOMPARE(payload->version, 2);
    QCOMPARE(payload->batchId, 5);
}

void TestMigrationPayload::batchFields_data()
{
    QTest::addColumn<QByteArray>("tail"); // top-level fields after one valid entry
    QTest::addColumn<qint32>("batchId");
    QTest::addColumn<bool>("hasBatchIndex");
    QTest::addColumn<int>("batchIndex");
    QTest::addColumn<int>("batchSize");

    QTest::newRow("negative id, 10-byte varint") << QByteArray::fromHex("100118012000"
                                                                        "28ebe0928afbffffffff01")
                                                 << qint32(-1320898453) << true << 0 << 1;
    QTest::newRow("id -1") << QByteArray::fromHex("1001"
                                                  "28ffffffffffffffffff01")
                           << qint32(-1) << false << 0 << 0;
    QTest::newRow("id absent (version 2 exports)")
        << QByteArray::fromHex("100218012000") << qint32(0) << true << 0 << 1;
    QTest::newRow("int32 truncation of a 64-bit value") << QByteArray::fromHex("1001"
                                                                               "2885808080f0ffffffff01")
                                                        << qint32(5) << false << 0 << 0;
    QTest::newRow("batch index present as 0") << QByteArray::fromHex("10011803"
                                                                     "2000")
                                              << qint32(0) << true << 0 << 3;
    QTest::newRow("batch index absent") << QByteArray::fromHex("10011803") << qint32(0) << false << 0 << 3;
    QTest::newRow("batch index 2 of 3, id 7") << QByteArray::fromHex("1001180320022807") << qint32(7) << true << 2 << 3;
    QTest::newRow("last value of a repeated scalar wins")
        << QByteArray::fromHex("100128012802") << qint32(2) << false << 0 << 0;
}

void TestMigrationPayload::batchFields()
{
    QFETCH(QByteArray, tail);
    QFETCH(qint32, batchId);
    QFETCH(bool, hasBatchIndex);
    QFETCH(int, batchIndex);
    QFETCH(int, batchSize);
    const QByteArray entry = QByteArray::fromHex("0a03010203"); // just a secret
    const QByteArray message = QByteArray::fromHex("0a05") + entry + tail;
    auto payload = MigrationPayload::fromProtobuf(message);
    QVERIFY2(payload.hasValue(), payload ? "" : qPrintable(payload.error().message()));
    QCOMPARE(payload->batchId, batchId);
    QCOMPARE(payload->hasBatchIndex, hasBatchIndex);
    QCOMPARE(payload->batchIndex, batchIndex);
    QCOMPARE(payload->batchSize, batchSize);
    // Re-encoding keeps explicit presence and the sign.
    auto again = MigrationPayload::fromProtobuf(payload->toProtobuf());
    QVERIFY(again.hasValue());
    QCOMPARE(again->batchId, batchId);
    QCOMPARE(again->hasBatchIndex, hasBatchIndex);
    QCOMPARE(again->batchIndex, batchIndex);
}

void TestMigrationPayload::mapping_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<int>("digits");
    QTest::addColumn<int>("type");
    QTest::addColumn<qint64>("counter");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("expected"); // "issuer|name|parameters" or "reject:<code>:<text>"

    const QByteArray s = "0123456789abcdef";
    QTest::newRow("issuer prefix stripped from the name")
        << u"Test1:test1@example1.com"_s << u"Test1"_s << 1 << 1 << 2 << qint64(0) << s
        << u"Test1|test1@example1.com|totp SHA1 6 period 30"_s;
    QTest::newRow("prefix and leading spaces stripped")
        << u"Test1:  x"_s << u"Test1"_s << 1 << 1 << 2 << qint64(0) << s << u"Test1|x|totp SHA1 6 period 30"_s;
    QTest::newRow("other prefix kept when the issuer differs")
        << u"Other:x"_s << u"Test1"_s << 1 << 1 << 2 << qint64(0) << s << u"Test1|Other:x|totp SHA1 6 period 30"_s;
    QTest::newRow("no issuer: split at the first colon")
        << u"Acme:a:b"_s << QString() << 1 << 1 << 2 << qint64(0) << s << u"Acme|a:b|totp SHA1 6 period 30"_s;
    QTest::newRow("no issuer, no colon") << u"pi@raspberrypi"_s << QString() << 1 << 1 << 2 << qint64(0) << s
                                         << u"|pi@raspberrypi|totp SHA1 6 period 30"_s;
    QTest::newRow("trailing space kept") << u"Google4 code "_s << u"G"_s << 1 << 1 << 2 << qint64(0) << s
                                         << u"G|Google4 code |totp SHA1 6 period 30"_s;
    QTest::newRow("unspecified enums mean defaults")
        << u"n"_s << QString() << 0 << 0 << 0 << qint64(0) << s << u"|n|totp SHA1 6 period 30"_s;
    QTest::newRow("SHA256, eight digits")
        << u"n"_s << QString() << 2 << 2 << 2 << qint64(0) << s << u"|n|totp SHA256 8 period 30"_s;
    QTest::newRow("SHA512") << u"n"_s << QString() << 3 << 1 << 2 << qint64(0) << s << u"|n|totp SHA512 6 period 30"_s;
    QTest::newRow("HOTP with counter") << u"n"_s << QString() << 1 << 1 << 1 << qint64(7) << s
                                       << u"|n|hotp SHA1 6 counter 7"_s;
    QTest::newRow("HOTP at int64 max") << u"n"_s << QString() << 1 << 1 << 1 << std::numeric_limits<qint64>::max() << s
                                       << u"|n|hotp SHA1 6 counter 9223372036854775807"_s;
    QTest::newRow("MD5 rejected") << u"n"_s << QString() << 4 << 1 << 2 << qint64(0) << s << u"reject:6:MD5"_s;
    QTest::newRow("unknown algorithm rejected")
        << u"n"_s << QString() << 9 << 1 << 2 << qint64(0) << s << u"reject:6:algorithm (value 9)"_s;
    QTest::newRow("digits enum 6 is not six digits")
        << u"n"_s << QString() << 1 << 6 << 2 << qint64(0) << s << u"reject:6:digits (value 6)"_s;
    QTest::newRow("negative digits value")
        << u"n"_s << QString() << 1 << -1 << 2 << qint64(0) << s << u"reject:6:digits (value -1)"_s;
    QTest::newRow("unknown type rejected")
        << u"n"_s << QString() << 1 << 1 << 3 << qint64(0) << s << u"reject:6:type (value 3)"_s;
    QTest::newRow("empty secret rejected")
        << u"n"_s << QString() << 1 << 1 << 2 << qint64(0) << QByteArray() << u"reject:0:secret is empty"_s;
    QTest::newRow("negative counter rejected")
        << u"n"_s << QString() << 1 << 1 << 1 << qint64(-5) << s << u"reject:0:counter"_s;
    QTest::newRow("secret over the cap rejected")
        << u"n"_s << QString() << 1 << 1 << 2 << qint64(0) << QByteArray(2000, 'x') << u"reject:0:secret"_s;
}

void TestMigrationPayload::mapping()
{
    QFETCH(QString, name);
    QFETCH(QString, issuer);
    QFETCH(int, algorithm);
    QFETCH(int, digits);
    QFETCH(int, type);
    QFETCH(qint64, counter);
    QFETCH(QByteArray, secret);
    QFETCH(QString, expected);

    MigrationPayload payload;
    payload.entries.push_back(makeEntry(u"first"_s, QString(), 1, 1, 2));
    payload.entries.push_back(makeEntry(name, issuer, algorithm, digits, type, counter, secret));
    // Through the wire, so the enum values survive encoding as they would from a real export.
    auto decoded = MigrationPayload::fromProtobuf(payload.toProtobuf());
    QVERIFY(decoded.hasValue());
    const MigrationPayload::Conversion conversion = decoded->toTokens();
    if (expected.startsWith(u"reject:"_s)) {
        QCOMPARE(conversion.tokens.size(), std::size_t(1)); // the good first entry survives
        QCOMPARE(conversion.rejected.size(), 1);
        const tessera::Error& error = conversion.rejected.front();
        QCOMPARE(static_cast<int>(error.code()), expected.section(u':', 1, 1).toInt());
        QVERIFY2(error.message().startsWith(u"Account 2 ("_s), qPrintable(error.message()));
        QVERIFY2(error.message().contains(expected.section(u':', 2)), qPrintable(error.message()));
    } else {
        QVERIFY2(conversion.rejected.isEmpty(),
                 qPrintable(conversion.rejected.value(0, tessera::Error(ErrorCode::Internal, {})).message()));
        QCOMPARE(conversion.tokens.size(), std::size_t(2));
        const OtpToken& t = conversion.tokens[1];
        const OtpParameters& p = t.parameters();
        QString got = t.issuer() + u'|' + t.name() + u'|' + OtpParameters::typeName(p.type()) + u' '
                      + OtpParameters::algorithmName(p.algorithm()) + u' ' + QString::number(p.digits());
        got += p.type() == OtpType::Hotp ? u" counter "_s + QString::number(p.counter())
                                         : u" period "_s + QString::number(p.period());
        QCOMPARE(got, expected);
        QCOMPARE(
            QByteArray(reinterpret_cast<const char*>(t.secret().data()), static_cast<qsizetype>(t.secret().size())),
            secret);
    }
}

void TestMigrationPayload::conversionKeepsGoodEntries()
{
    MigrationPayload payload;
    payload.entries.push_back(makeEntry(u"a"_s, u"A"_s, 1, 1, 2));
    payload.entries.push_back(makeEntry(u"b"_s, u"B"_s, 4, 1, 2));
    payload.entries.push_back(makeEntry(u"c"_s, u"C"_s, 1, 1, 2));
    payload.entries.push_back(makeEntry(u"d"_s, u"D"_s, 1, 1, 2, 0, QByteArray()));
    const MigrationPayload::Conversion conversion = payload.toTokens();
    QCOMPARE(conversion.tokens.size(), std::size_t(2));
    QCOMPARE(conversion.tokens[0].issuer(), u"A"_s);
    QCOMPARE(conversion.tokens[1].issuer(), u"C"_s);
    QCOMPARE(conversion.rejected.size(), 2);
    QVERIFY(conversion.rejected[0].message().startsWith(u"Account 2 (B: b): "_s));
    QVERIFY(conversion.rejected[1].message().startsWith(u"Account 4 (D: d): "_s));
    for (const tessera::Error& error : conversion.rejected) {
        QVERIFY(!error.message().contains(u"MDEyMzQ1"_s)); // no Base64/Base32 of the secret
    }
}

void TestMigrationPayload::richRoundTrip()
{
    const MigrationPayload original = richPayload();
    const QString uri = original.toUri();
    QVERIFY(uri.startsWith(u"otpauth-migration://offline?data="_s));
    // Base64's '+', '/' and '=' are all percent-encoded: only the scheme's "//" and "data=" stay.
    QVERIFY(!uri.contains(u'+'));
    QCOMPARE(uri.count(u'/'), 2);
    QCOMPARE(uri.count(u'='), 1);
    auto back = MigrationPayload::fromUri(uri);
    QVERIFY2(back.hasValue(), back ? "" : qPrintable(back.error().message()));
    QCOMPARE(back->toProtobuf(), original.toProtobuf());
    QCOMPARE(back->entries.size(), std::size_t(3));
    QCOMPARE(back->entries[0].uniqueId, u"7d579d1753176794968"_s);
    QCOMPARE(back->entries[2].name, u"Ünïcødé "_s);
    QCOMPARE(back->entries[1].type, 1);
    QCOMPARE(back->entries[1].counter, qint64(0));
    QVERIFY(back->toProtobuf().contains(QByteArray::fromHex("3800"))); // explicit HOTP counter 0
    QCOMPARE(back->version, 2);
    QCOMPARE(back->batchId, 0);
    QVERIFY(back->hasBatchIndex);
}

void TestMigrationPayload::forExport()
{
    std::vector<OtpToken> tokens;
    for (int i = 0; i < 23; ++i) {
        const OtpParameters p = i % 3 == 0
                                    ? OtpParameters::hotp(HashAlgorithm::Sha256, 8, quint64(i) * 1000).value()
                                    : OtpParameters::totp(i % 2 ? HashAlgorithm::Sha1 : HashAlgorithm::Sha512).value();
        tokens.push_back(makeToken(u"Issuer %1"_s.arg(i), u"user%1@example.com"_s.arg(i), p,
                                   QByteArray(20, static_cast<char>('A' + i))));
    }
    std::vector<const OtpToken*> pointers;
    for (const OtpToken& t : tokens) {
        pointers.push_back(&t);
    }
    QList<int> skipped{99};
    std::vector<MigrationPayload> payloads = MigrationPayload::forExport(pointers, -42, &skipped);
    QVERIFY(skipped.isEmpty());
    QCOMPARE(payloads.size(), std::size_t(3));
    const std::size_t sizes[] = {10, 10, 3};
    std::size_t next = 0;
    for (std::size_t b = 0; b < payloads.size(); ++b) {
        // Through the URI and back, as Google Authenticator would read it.
        auto decoded = MigrationPayload::fromUri(payloads[b].toUri());
        QVERIFY2(decoded.hasValue(), decoded ? "" : qPrintable(decoded.error().message()));
        QCOMPARE(decoded->entries.size(), sizes[b]);
        QCOMPARE(decoded->batchId, qint32(-42));
        QCOMPARE(decoded->batchSize, 3);
        QCOMPARE(decoded->batchIndex, static_cast<int>(b));
        QVERIFY(decoded->hasBatchIndex);
        QCOMPARE(decoded->version, 1);
        const MigrationPayload::Conversion conversion = decoded->toTokens();
        QVERIFY(conversion.rejected.isEmpty());
        for (const OtpToken& t : conversion.tokens) {
            QCOMPARE(describe(t), describe(tokens[next]));
            ++next;
        }
    }
    QCOMPARE(next, tokens.size());
}

void TestMigrationPayload::forExportSkipsWhatGoogleCannotHold()
{
    std::vector<OtpToken> tokens;
    const QByteArray s(16, 's');
    tokens.push_back(makeToken(u"ok"_s, u"0"_s, OtpParameters::totp().value(), s));                            // 0
    tokens.push_back(makeToken(u"steam"_s, u"1"_s, OtpParameters::steam(), s));                                // 1 skip
    tokens.push_back(makeToken(u"60s"_s, u"2"_s, OtpParameters::totp(HashAlgorithm::Sha1, 6, 60).value(), s)); // 2 skip
    tokens.push_back(makeToken(u"7d"_s, u"3"_s, OtpParameters::totp(HashAlgorithm::Sha1, 7).value(), s));      // 3 skip
    tokens.push_back(makeToken(u"8d"_s, u"4"_s, OtpParameters::totp(HashAlgorithm::Sha1, 8).value(), s));      // 4
    tokens.push_back(
        makeToken(u"10d hotp"_s, u"5"_s, OtpParameters::hotp(HashAlgorithm::Sha1, 10, 1).value(), s)); // 5 skip
    tokens.push_back(makeToken(u"hotp"_s, u"6"_s, OtpParameters::hotp(HashAlgorithm::Sha512, 6, 3).value(), s)); // 6
    tokens.push_back(makeToken(u"huge counter"_s, u"7"_s,
                               OtpParameters::hotp(HashAlgorithm::Sha1, 6, quint64(1) << 63).value(), s)); // 7 skip
    std::vector<const OtpToken*> pointers;
    for (const OtpToken& t : tokens) {
        pointers.push_back(&t);
    }
    QList<int> skipped;
    std::vector<MigrationPayload> payloads = MigrationPayload::forExport(pointers, 1234, &skipped, 2);
    QCOMPARE(skipped, (QList<int>{1, 2, 3, 5, 7}));
    QCOMPARE(payloads.size(), std::size_t(2)); // 3 exported, 2 per batch
    QCOMPARE(payloads[0].entries.size(), std::size_t(2));
    QCOMPARE(payloads[1].entries.size(), std::size_t(1));
    QCOMPARE(payloads[0].entries[0].name, u"0"_s);
    QCOMPARE(payloads[0].entries[1].name, u"4"_s);
    QCOMPARE(payloads[0].entries[1].digits, 2);
    QCOMPARE(payloads[1].entries[0].name, u"6"_s);
    QCOMPARE(payloads[1].entries[0].algorithm, 3);
    QCOMPARE(payloads[1].entries[0].counter, qint64(3));
    QCOMPARE(payloads[1].batchIndex, 1);
    QCOMPARE(payloads[1].batchSize, 2);
}

void TestMigrationPayload::forExportEdgeCases()
{
    QList<int> skipped;
    QVERIFY(MigrationPayload::forExport({}, 1, &skipped).empty());
    QVERIFY(skipped.isEmpty());
    const OtpToken steam = makeToken(u"s"_s, u"s"_s, OtpParameters::steam(), QByteArray(10, 'x'));
    QVERIFY(MigrationPayload::forExport({&steam}, 1, &skipped).empty());
    QCOMPARE(skipped, QList<int>{0});
    // Exactly ten fit one code; a null skipped list is allowed.
    std::vector<OtpToken> ten;
    for (int i = 0; i < 10; ++i) {
        ten.push_back(makeToken(u"i"_s, QString::number(i), OtpParameters::totp().value(), QByteArray(10, 'x')));
    }
    std::vector<const OtpToken*> pointers;
    for (const OtpToken& t : ten) {
        pointers.push_back(&t);
    }
    pointers.push_back(&steam);
    const auto payloads = MigrationPayload::forExport(pointers, 0, nullptr);
    QCOMPARE(payloads.size(), std::size_t(1));
    QCOMPARE(payloads[0].entries.size(), std::size_t(10));
    QCOMPARE(payloads[0].batchSize, 1);
}

void TestMigrationPayload::malformedProtobuf_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray() << u"no accounts"_s;
    QTest::newRow("only a version") << QByteArray::fromHex("1001") << u"no accounts"_s;
    QTest::newRow("truncated varint") << QByteArray::fromHex("1080") << u"middle of a number"_s;
    QTest::newRow("truncated tag") << QByteArray::fromHex("80") << u"middle of a number"_s;
    QTest::newRow("varint longer than 10 bytes")
        << QByteArray::fromHex("10ffffffffffffffffffff01") << u"longer than 10 bytes"_s;
    QTest::newRow("length past the end") << QByteArray::fromHex("0a050a01") << u"longer than"_s;
    QTest::newRow("huge length") << QByteArray::fromHex("0affffffffffffffffff01") << u"longer than"_s;
    QTest::newRow("nested length past the nested end") << QByteArray::fromHex("0a030a0541414141") << u"longer than"_s;
    QTest::newRow("unknown field past the end") << QByteArray::fromHex("5a056162") << u"longer than"_s;
    QTest::newRow("fixed64 past the end") << QByteArray::fromHex("51010203") << u"longer than"_s;
    QTest::newRow("fixed32 past the end") << QByteArray::fromHex("6501") << u"longer than"_s;
    QTest::newRow("wrong wire type: entries as varint") << QByteArray::fromHex("0801") << u"field 1"_s;
    QTest::newRow("wrong wire type: version as bytes") << QByteArray::fromHex("12017f") << u"field 2"_s;
    QTest::newRow("wrong wire type: batch id as fixed32") << QByteArray::fromHex("2d01020304") << u"field 5"_s;
    QTest::newRow("wrong wire type: secret as varint") << QByteArray::fromHex("0a020801") << u"field 1"_s;
    QTest::newRow("wrong wire type: digits as bytes") << QByteArray::fromHex("0a052a0301020a") << u"field 5"_s;
    QTest::newRow("group start (wire type 3)") << QByteArray::fromHex("0b0c") << u"wire type"_s;
    QTest::newRow("wire type 6") << QByteArray::fromHex("0e") << u"wire type"_s;
    QTest::newRow("wire type 7 inside an entry") << QByteArray::fromHex("0a010f") << u"wire type"_s;
    QTest::newRow("field number 0") << QByteArray::fromHex("0001") << u"field number"_s;
    QTest::newRow("field number above 2^29-1") << QByteArray::fromHex("808080801001") << u"field number"_s;
    QTest::newRow("too large") << QByteArray(1024 * 1024 + 1, '\0') << u"too large"_s;
}

void TestMigrationPayload::malformedProtobuf()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    auto payload = MigrationPayload::fromProtobuf(bytes);
    QVERIFY2(!payload.hasValue(), "malformed protobuf accepted");
    QCOMPARE(payload.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(payload.error().message().contains(mentions), qPrintable(payload.error().message()));
    QVERIFY(payload.error().message().endsWith(u'.'));
}

void TestMigrationPayload::everyTruncationIsSafe()
{
    const QByteArray full = richPayload().toProtobuf();
    int errors = 0;
    for (qsizetype length = 0; length < full.size(); ++length) {
        // A copy of exactly `length` bytes, so a sanitizer sees any read beyond it.
        const QByteArray prefix(full.constData(), length);
        auto payload = MigrationPayload::fromProtobuf(prefix);
        if (!payload) {
            ++errors;
            QCOMPARE(payload.error().code(), ErrorCode::InvalidInput);
            continue;
        }
        // A prefix that still parses is a shorter valid message: it re-encodes to itself.
        QCOMPARE(payload->toProtobuf().size() <= prefix.size(), true);
        (void)payload->toTokens();
    }
    QVERIFY(errors > full.size() / 2); // most cuts land inside a field
    // Same for the URI text.
    const QString uri = richPayload().toUri();
    for (qsizetype length = 0; length < uri.size(); ++length) {
        auto payload = MigrationPayload::fromUri(QString(uri.constData(), length));
        if (payload) {
            (void)payload->toTokens();
        }
    }
}

void TestMigrationPayload::everyMutationIsSafe()
{
    const QByteArray full = richPayload().toProtobuf();
    const char replacements[] = {'\x00', '\x01', '\x7f', '\x80', '\xff', '\x0a', '\x12'};
    for (qsizetype i = 0; i < full.size(); ++i) {
        for (const char r : replacements) {
            QByteArray mutated = full;
            mutated[i] = r;
            auto payload = MigrationPayload::fromProtobuf(mutated);
            if (payload) {
                const MigrationPayload::Conversion conversion = payload->toTokens();
                QCOMPARE(conversion.tokens.size() + static_cast<std::size_t>(conversion.rejected.size()),
                         payload->entries.size());
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestMigrationPayload)
#include "tst_migrationpayload.moc"
