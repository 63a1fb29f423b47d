// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Google Authenticator transfer codes (FORMATS.md §3.5, §3.7): batches of at most ten accounts
// sharing one batch id, accounts GA cannot hold named with the reason, and every code read back
// both by MigrationPayload and by an independent protobuf reader written here in Python (plain
// varint and length-delimited parsing, no protobuf library), so a bug shared by our encoder and
// decoder cannot hide.
#include "interop/GoogleAuthExport.h"

#include "ExpectedAccount.h"
#include "TestEnvironment.h"
#include "otp/Base32.h"
#include "uri/MigrationPayload.h"
#include "vault/VaultContent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::interop::GoogleAuthExport;
using tessera::interop::ImportedAccount;
using tessera::interop::ImportResult;
using tessera::otp::HashAlgorithm;
using tessera::otp::OtpParameters;
using tessera::otp::OtpToken;
using tessera::otp::OtpType;
using tessera::uri::MigrationPayload;
using tessera::vault::Account;
using tessera::vault::VaultContent;

namespace {

using Expected = tessera::test::ExpectedAccount;

OtpToken token(const Expected& e)
{
    auto secret = tessera::otp::Base32::decode(e.secret);
    Q_ASSERT(secret);
    auto parameters = e.type == OtpType::Steam  ? tessera::Result<OtpParameters>(OtpParameters::steam())
                      : e.type == OtpType::Hotp ? OtpParameters::hotp(e.algorithm, e.digits, e.counter)
                                                : OtpParameters::totp(e.algorithm, e.digits, e.period);
    Q_ASSERT(parameters);
    auto made = OtpToken::create(e.issuer, e.name, *parameters, std::move(secret).value());
    Q_ASSERT(made);
    return std::move(made).value();
}

VaultContent content(const QList<Expected>& accounts)
{
    VaultContent c;
    for (const Expected& e : accounts) {
        c.accounts.emplace_back(Account::newId(), token(e));
    }
    return c;
}

/* A distinct 20-byte secret per n, as Base32. */
QString secretFor(int n)
{
    QByteArray bytes(20, '\0');
    for (int i = 0; i < bytes.size(); ++i) {
        bytes[i] = static_cast<char>((n * 37 + i * 11 + 5) & 0xff);
    }
    return tessera::otp::Base32::encode(
        {reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())});
}

/* 23 accounts GA can hold (SHA-1/256/512, 6 and 8 digits, TOTP and HOTP), in vault order. */
QList<Expected> fittingAccounts()
{
    QList<Expected> list = tessera::test::aegisVectors({1, 4, 6});
    for (int n = 1; list.size() < 23; ++n) {
        Expected e = tessera::test::defaultTotp(u"Issuer %1"_s.arg(n), u"user%1@example.com"_s.arg(n), secretFor(n));
        if (n % 3 == 0) {
            e.algorithm = HashAlgorithm::Sha256;
        }
        if (n % 4 == 0) {
            e.digits = 8;
        }
        if (n % 5 == 0) {
            e.type = OtpType::Hotp;
            e.counter = static_cast<quint64>(n) * 1000;
        }
        if (n == 7) {
            e.issuer = u"Bücherei Zürich"_s; // UTF-8 in the protobuf strings
            e.name = u"Zoë:山田"_s;
        }
        list.append(e);
    }
    return list;
}

/* What GA cannot hold: Steam, seven digits, a 60-second period. */
QList<Expected> unfitAccounts()
{
    Expected sevenDigits = tessera::test::defaultTotp(u"Seven"_s, u"digits"_s, secretFor(100));
    sevenDigits.digits = 7;
    Expected sixtySeconds = tessera::test::defaultTotp(u"Sixty"_s, u"seconds"_s, secretFor(101));
    sixtySeconds.period = 60;
    return {tessera::test::aegisVector(7), sevenDigits, sixtySeconds};
}

/* Fitting accounts with the unfit ones mixed in at positions 2, 11 and 20. */
QList<Expected> mixedAccounts()
{
    QList<Expected> list = fittingAccounts();
    const QList<Expected> unfit = unfitAccounts();
    list.insert(2, unfit.at(0));
    list.insert(11, unfit.at(1));
    list.insert(20, unfit.at(2));
    return list;
}

ImportResult asResult(std::vector<OtpToken> tokens)
{
    ImportResult result;
    for (OtpToken& t : tokens) {
        ImportedAccount account;
        account.token = std::move(t);
        result.accounts.push_back(std::move(account));
    }
    return result;
}

/* Decodes each otpauth-migration link from stdin (one per line) by hand and prints JSON. (No
 * double slash in the script: moc 6.4 loses track of the raw string at one and skips the class.) */
const char* const kPythonReader = R"PY(
import base64, json, sys, urllib.parse

def varint(buf, pos):
    value, shift = 0, 0
    while True:
        b = buf[pos]
        pos += 1
        value |= (b & 0x7f) << shift
        shift += 7
        if not b & 0x80:
            return value, pos

def fields(buf):
    pos, out = 0, []
    while pos < len(buf):
        key, pos = varint(buf, pos)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = varint(buf, pos)
        elif wire == 2:
            length, pos = varint(buf, pos)
            value = buf[pos:pos + length]
            if len(value) != length:
                raise ValueError("truncated")
            pos += length
        else:
            raise ValueError("wire type %d" % wire)
        out.append((number, wire, value))
    return out

def signed(value, bits):
    value &= (1 << 64) - 1
    if value >= 1 << 63:
        value -= 1 << 64
    return value

codes = []
for line in sys.stdin.read().split():
    parts = urllib.parse.urlsplit(line)
    assert parts.scheme == "otpauth-migration" and parts.netloc == "offline", line
    assert parts.query.startswith("data=") and "&" not in parts.query, line
    data = base64.b64decode(urllib.parse.unquote(parts.query[len("data="):]), validate=True)
    code = {"version": 0, "batch_size": 0, "batch_index": None, "batch_id": 0, "entries": []}
    for number, wire, value in fields(data):
        if number == 1 and wire == 2:
            entry = {"secret": "", "name": "", "issuer": "", "algorithm": 0, "digits": 0, "type": 0, "counter": 0}
            for n, w, v in fields(value):
                if n == 1: entry["secret"] = base64.b32encode(v).decode().rstrip("=")
                elif n == 2: entry["name"] = v.decode("utf-8")
                elif n == 3: entry["issuer"] = v.decode("utf-8")
                elif n == 4: entry["algorithm"] = v
                elif n == 5: entry["digits"] = v
                elif n == 6: entry["type"] = v
                elif n == 7: entry["counter"] = signed(v, 64)
            code["entries"].append(entry)
        elif number == 2: code["version"] = value
        elif number == 3: code["batch_size"] = value
        elif number == 4: code["batch_index"] = value
        elif number == 5: code["batch_id"] = signed(value, 64)
    codes.append(code)
print(json.dumps(codes))
)PY";

int algorithmEnum(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return 1;
    case HashAlgorithm::Sha256:
        return 2;
    case HashAlgorithm::Sha512:
        return 3;
    }
    return 0;
}

} // namespace

class TestGoogleAuthExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void batchesOfTen();
    void unfitAccountsNamed();
    void roundTripThroughMigrationPayload();
    void independentPythonReader();
    void nothingFits();
    void longNamesMakeSmallerCodes();
};

void TestGoogleAuthExport::batchesOfTen()
{
    auto batches = GoogleAuthExport::build(content(fittingAccounts()));
    QVERIFY2(batches, qPrintable(batches ? QString() : batches.error().message()));
    QVERIFY(batches->skipped.isEmpty());
    QCOMPARE(batches->uris.size(), 3);
    const QList<std::size_t> sizes = {10, 10, 3};
    std::optional<qint32> batchId;
    for (int i = 0; i < 3; ++i) {
        QVERIFY(batches->uris.at(i).startsWith(u"otpauth-migration://offline?data="_s));
        auto payload = MigrationPayload::fromUri(batches->uris.at(i));
        QVERIFY2(payload, qPrintable(payload ? QString() : payload.error().message()));
        QCOMPARE(payload->entries.size(), sizes.at(i));
        QCOMPARE(payload->batchSize, 3);
        QVERIFY(payload->hasBatchIndex);
        QCOMPARE(payload->batchIndex, i);
        QCOMPARE(payload->version, 1);
        QVERIFY(payload->batchId != 0);
        if (batchId) {
            QCOMPARE(payload->batchId, *batchId);
        }
        batchId = payload->batchId;
    }
}

void TestGoogleAuthExport::unfitAccountsNamed()
{
    auto batches = GoogleAuthExport::build(content(mixedAccounts()));
    QVERIFY(batches);
    QCOMPARE(batches->uris.size(), 3);
    QCOMPARE(batches->skipped,
             (QStringList{u"Boeing / Sophia: Google Authenticator cannot hold Steam accounts."_s,
                          u"Seven / digits: Google Authenticator only shows codes of 6 or 8 digits, and this account "
                          u"has 7."_s,
                          u"Sixty / seconds: Google Authenticator only makes codes every 30 seconds, and this account "
                          u"changes every 60 seconds."_s}));
}

void TestGoogleAuthExport::roundTripThroughMigrationPayload()
{
    auto batches = GoogleAuthExport::build(content(mixedAccounts()));
    QVERIFY(batches);
    std::vector<OtpToken> tokens;
    for (const QString& uri : batches->uris) {
        auto payload = MigrationPayload::fromUri(uri);
        QVERIFY(payload);
        auto conversion = payload->toTokens();
        QVERIFY(conversion.rejected.isEmpty());
        for (OtpToken& t : conversion.tokens) {
            tokens.push_back(std::move(t));
        }
    }
    tessera::test::compareAccounts(asResult(std::move(tokens)), fittingAccounts());
}

void TestGoogleAuthExport::independentPythonReader()
{
    const QString python = tessera::test::systemPython();
    if (python.isEmpty()) {
        QSKIP("/usr/bin/python3 is not installed");
    }
    auto batches = GoogleAuthExport::build(content(mixedAccounts()));
    QVERIFY(batches);
    const auto run =
        tessera::test::run(python, {u"-c"_s, QString::fromUtf8(kPythonReader)}, batches->uris.join(u'\n').toUtf8());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray codes = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(codes.size(), 3);
    const QList<Expected> expected = fittingAccounts();
    qsizetype next = 0;
    const qint64 batchId = codes.at(0).toObject().value(u"batch_id"_s).toInteger();
    QVERIFY(batchId != 0);
    QVERIFY(batchId >= std::numeric_limits<qint32>::min() && batchId <= std::numeric_limits<qint32>::max());
    for (int i = 0; i < codes.size(); ++i) {
        const QJsonObject code = codes.at(i).toObject();
        QCOMPARE(code.value(u"version"_s).toInt(), 1);
        QCOMPARE(code.value(u"batch_size"_s).toInt(), 3);
        // Present even for the first code (bytes 20 00): GA on iOS needs it (Aegis PR #1492).
        QVERIFY(!code.value(u"batch_index"_s).isNull());
        QCOMPARE(code.value(u"batch_index"_s).toInt(), i);
        QCOMPARE(code.value(u"batch_id"_s).toInteger(), batchId);
        for (const QJsonValue& value : code.value(u"entries"_s).toArray()) {
            QVERIFY(next < expected.size());
            const Expected& e = expected.at(next++);
            const QJsonObject entry = value.toObject();
            QCOMPARE(entry.value(u"name"_s).toString(), e.name);
            QCOMPARE(entry.value(u"issuer"_s).toString(), e.issuer);
            QCOMPARE(entry.value(u"secret"_s).toString(), e.secret);
            QCOMPARE(entry.value(u"algorithm"_s).toInt(), algorithmEnum(e.algorithm));
            QCOMPARE(entry.value(u"digits"_s).toInt(), e.digits == 8 ? 2 : 1);
            QCOMPARE(entry.value(u"type"_s).toInt(), e.type == OtpType::Hotp ? 1 : 2);
            QCOMPARE(entry.value(u"counter"_s).toInteger(), e.type == OtpType::Hotp ? qint64(e.counter) : 0);
        }
    }
    QCOMPARE(next, expected.size());
}

void TestGoogleAuthExport::nothingFits()
{
    auto empty = GoogleAuthExport::build(VaultContent());
    QVERIFY(!empty);
    QCOMPARE(empty.error().code(), ErrorCode::NotFound);
    QVERIFY(!empty.error().message().isEmpty());
    auto unfit = GoogleAuthExport::build(content(unfitAccounts()));
    QVERIFY(!unfit);
    QCOMPARE(unfit.error().code(), ErrorCode::NotFound);
    QVERIFY(unfit.error().message().contains(u"Google Authenticator"_s));
}

void TestGoogleAuthExport::longNamesMakeSmallerCodes()
{
    QList<Expected> accounts;
    for (int n = 0; n < 10; ++n) {
        accounts.append(tessera::test::defaultTotp(QString(300, QChar(u'a' + n)), u"name %1"_s.arg(n), secretFor(n)));
    }
    // 1000 three-byte characters cannot fit in any QR code.
    Expected huge = tessera::test::defaultTotp(u"Huge"_s, QString(1000, QChar(0x5c71)), secretFor(99));
    QList<Expected> all = accounts;
    all.insert(4, huge);
    auto batches = GoogleAuthExport::build(content(all));
    QVERIFY2(batches, qPrintable(batches ? QString() : batches.error().message()));
    QCOMPARE(batches->skipped.size(), 1);
    QVERIFY(batches->skipped.at(0).startsWith(u"Huge / "_s));
    QVERIFY(batches->uris.size() > 1);
    std::vector<OtpToken> tokens;
    for (int i = 0; i < batches->uris.size(); ++i) {
        QVERIFY(batches->uris.at(i).size() <= GoogleAuthExport::kMaxUriLength);
        auto payload = MigrationPayload::fromUri(batches->uris.at(i));
        QVERIFY(payload);
        QCOMPARE(payload->batchSize, batches->uris.size());
        QCOMPARE(payload->batchIndex, i);
        for (OtpToken& t : payload->toTokens().tokens) {
            tokens.push_back(std::move(t));
        }
    }
    tessera::test::compareAccounts(asResult(std::move(tokens)), accounts);
}

QTEST_GUILESS_MAIN(TestGoogleAuthExport)
#include "tst_googleauthexport.moc"
