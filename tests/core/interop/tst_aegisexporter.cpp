// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Aegis exporter (FORMATS.md §4): what it writes must come back unchanged through our own
// AegisImporter, plain and encrypted, and — so that a shared bug in our reader and writer cannot
// hide — through an independent reader written here in Python with only hashlib.scrypt and
// cryptography's AESGCM, following Aegis's docs/decrypt.py.
#include "interop/AegisExporter.h"

#include "ExpectedAccount.h"
#include "TestEnvironment.h"
#include "interop/AegisImporter.h"
#include "otp/Base32.h"
#include "vault/VaultContent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstring>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::SecureBytes;
using tessera::interop::AegisExporter;
using tessera::interop::AegisImporter;
using tessera::interop::ExportOutput;
using tessera::interop::ImportResult;
using tessera::otp::HashAlgorithm;
using tessera::otp::OtpParameters;
using tessera::otp::OtpToken;
using tessera::otp::OtpType;
using tessera::vault::Account;
using tessera::vault::VaultContent;

namespace {

using Expected = tessera::test::ExpectedAccount;

SecureBytes password(const char* text)
{
    return SecureBytes::copyOf(text, std::strlen(text));
}

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

/* The seven Aegis vectors plus an account with a non-ASCII issuer, name and note. */
QList<Expected> expectedAccounts()
{
    QList<Expected> list = tessera::test::aegisVectors({1, 2, 3, 4, 5, 6, 7});
    list.append(tessera::test::defaultTotp(u"Bücherei Zürich ✓"_s, u"Zoë \"the\" user:1"_s,
                                           u"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"_s));
    return list;
}

const QStringList kGroups = {u"Work"_s, {}, u"Work"_s, u"Privat ÄÖ"_s, {}, {}, u"Games"_s, u"Privat ÄÖ"_s};
const QStringList kNotes = {u"first note"_s, {}, {}, u"line1\nline2"_s, {}, {}, u"Steam Guard"_s, u"Grüße"_s};
const QList<bool> kFavorites = {true, false, false, false, true, false, false, true};

VaultContent content()
{
    VaultContent c;
    const QList<Expected> expected = expectedAccounts();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        Account account(Account::newId(), token(expected.at(i)));
        account.group = kGroups.at(i);
        account.note = kNotes.at(i);
        account.favorite = kFavorites.at(i);
        c.accounts.push_back(std::move(account));
    }
    // "Empty" has no account; "Games" is only named by an account (not in the list).
    c.groups = {u"Work"_s, u"Privat ÄÖ"_s, u"Empty"_s};
    return c;
}

QByteArray bytesOf(const ExportOutput& output)
{
    return QByteArray(reinterpret_cast<const char*>(output.bytes.data()), static_cast<qsizetype>(output.bytes.size()));
}

QJsonObject parse(const QByteArray& bytes)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    }
    return document.object();
}

void checkMetadata(const ImportResult& result)
{
    for (qsizetype i = 0; i < kGroups.size(); ++i) {
        const auto& account = result.accounts.at(static_cast<std::size_t>(i));
        QCOMPARE(account.group, kGroups.at(i));
        QCOMPARE(account.note, kNotes.at(i));
        QCOMPARE(account.favorite, kFavorites.at(i));
    }
    QCOMPARE(result.groups, (QStringList{u"Work"_s, u"Privat ÄÖ"_s, u"Empty"_s, u"Games"_s}));
}

bool isHex(const QString& text, qsizetype bytes)
{
    static const QRegularExpression lowerHex(u"^[0-9a-f]*$"_s);
    return text.size() == bytes * 2 && lowerHex.match(text).hasMatch();
}

/* Decrypts like Aegis's docs/decrypt.py, with nothing from Tessera, and prints the entries with
 * their group names resolved. */
const char* const kPythonReader = R"PY(
import base64, hashlib, json, sys
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

path, password = sys.argv[1], sys.argv[2].encode("utf-8")
with open(path, "rb") as f:
    vault = json.load(f)
assert vault["version"] == 1
header = vault["header"]
master = None
for slot in header["slots"]:
    if slot["type"] != 1:
        continue
    kek = hashlib.scrypt(password, salt=bytes.fromhex(slot["salt"]), n=slot["n"], r=slot["r"], p=slot["p"],
                         maxmem=128 * 1024 * 1024, dklen=32)
    params = slot["key_params"]
    try:
        master = AESGCM(kek).decrypt(bytes.fromhex(params["nonce"]),
                                     bytes.fromhex(slot["key"]) + bytes.fromhex(params["tag"]), None)
        break
    except Exception:
        pass
if master is None:
    sys.exit("no slot opens")
params = header["params"]
content = AESGCM(master).decrypt(bytes.fromhex(params["nonce"]),
                                 base64.b64decode(vault["db"]) + bytes.fromhex(params["tag"]), None)
db = json.loads(content.decode("utf-8"))
groups = {g["uuid"]: g["name"] for g in db["groups"]}
out = {"version": db["version"], "groups": [g["name"] for g in db["groups"]], "entries": []}
for e in db["entries"]:
    info = e["info"]
    out["entries"].append({
        "type": e["type"], "name": e["name"], "issuer": e["issuer"], "note": e["note"],
        "favorite": e["favorite"], "icon": e["icon"], "secret": info["secret"], "algo": info["algo"],
        "digits": info["digits"], "period": info.get("period"), "counter": info.get("counter"),
        "groups": [groups[u] for u in e["groups"]],
    })
print(json.dumps(out))
)PY";

QString typeText(OtpType type)
{
    return type == OtpType::Steam ? u"steam"_s : type == OtpType::Hotp ? u"hotp"_s : u"totp"_s;
}

} // namespace

class TestAegisExporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void identity();
    void passwordRequired();
    void plainRoundTrip();
    void plainShape();
    void encryptedRoundTrip();
    void encryptedHeader();
    void wrongPasswordOnRead();
    void freshSaltAndNonces();
    void emptyVault();
    void hugeCounterSkipped();
    void independentPythonReader();
};

void TestAegisExporter::identity()
{
    const AegisExporter encrypted;
    QCOMPARE(encrypted.id(), u"aegis"_s);
    QCOMPARE(encrypted.name(), u"Aegis vault (encrypted)"_s);
    QVERIFY(!encrypted.writesPlaintext());
    QVERIFY(encrypted.needsPassword());
    const AegisExporter plain(AegisExporter::Mode::Plain);
    QCOMPARE(plain.id(), u"aegis-plain"_s);
    QVERIFY(plain.writesPlaintext());
    QVERIFY(!plain.needsPassword());
}

void TestAegisExporter::passwordRequired()
{
    const AegisExporter exporter;
    auto none = exporter.write(content(), std::nullopt);
    QVERIFY(!none);
    QCOMPARE(none.error().code(), ErrorCode::InvalidInput);
    auto empty = exporter.write(content(), SecureBytes());
    QVERIFY(!empty);
    QCOMPARE(empty.error().code(), ErrorCode::InvalidInput);
}

void TestAegisExporter::plainRoundTrip()
{
    auto output = AegisExporter(AegisExporter::Mode::Plain).write(content(), std::nullopt);
    QVERIFY2(output, qPrintable(output ? QString() : output.error().message()));
    QVERIFY(output->skipped.isEmpty());
    const QByteArray bytes = bytesOf(*output);
    const AegisImporter importer;
    QVERIFY(importer.recognises(bytes));
    QVERIFY(!importer.needsPassword(bytes));
    auto result = importer.read(bytes, std::nullopt);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    tessera::test::compareAccounts(*result, expectedAccounts());
    if (QTest::currentTestFailed()) {
        return;
    }
    checkMetadata(*result);
}

void TestAegisExporter::plainShape()
{
    const VaultContent vault = content();
    auto output = AegisExporter(AegisExporter::Mode::Plain).write(vault, std::nullopt);
    QVERIFY(output);
    const QJsonObject file = parse(bytesOf(*output));
    QCOMPARE(file.value(u"version"_s).toInt(), 1);
    QVERIFY(file.value(u"header"_s).toObject().value(u"slots"_s).isNull());
    QVERIFY(file.value(u"header"_s).toObject().value(u"params"_s).isNull());
    const QJsonObject db = file.value(u"db"_s).toObject();
    QCOMPARE(db.value(u"version"_s).toInt(), 3);
    QSet<QString> groupUuids;
    for (const QJsonValue& group : db.value(u"groups"_s).toArray()) {
        QVERIFY(!QUuid::fromString(group.toObject().value(u"uuid"_s).toString()).isNull());
        groupUuids.insert(group.toObject().value(u"uuid"_s).toString());
    }
    QCOMPARE(groupUuids.size(), 4);
    const QJsonArray entries = db.value(u"entries"_s).toArray();
    const QList<Expected> expected = expectedAccounts();
    QCOMPARE(entries.size(), expected.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const Expected& e = expected.at(i);
        QCOMPARE(entry.value(u"type"_s).toString(), typeText(e.type));
        // The account id is a UUID and becomes the entry's.
        QCOMPARE(entry.value(u"uuid"_s).toString(), vault.accounts.at(static_cast<std::size_t>(i)).id());
        QVERIFY(entry.contains(u"icon"_s) && entry.value(u"icon"_s).isNull());
        const QJsonObject info = entry.value(u"info"_s).toObject();
        // Aegis writes upper-case Base32 without padding.
        QCOMPARE(info.value(u"secret"_s).toString(), e.secret);
        QCOMPARE(info.value(u"digits"_s).toInt(), e.digits);
        if (e.type == OtpType::Hotp) {
            QCOMPARE(info.value(u"counter"_s).toInteger(), static_cast<qint64>(e.counter));
            QVERIFY(!info.contains(u"period"_s));
        } else {
            QCOMPARE(info.value(u"period"_s).toInt(), e.period);
            QVERIFY(!info.contains(u"counter"_s));
        }
        const QJsonArray groups = entry.value(u"groups"_s).toArray();
        QCOMPARE(groups.size(), kGroups.at(i).isEmpty() ? 0 : 1);
        for (const QJsonValue& uuid : groups) {
            QVERIFY(groupUuids.contains(uuid.toString()));
        }
    }
}

void TestAegisExporter::encryptedRoundTrip()
{
    auto output = AegisExporter().write(content(), password("correct horse ☃"));
    QVERIFY2(output, qPrintable(output ? QString() : output.error().message()));
    const QByteArray bytes = bytesOf(*output);
    // Nothing of the content may be readable in the file.
    QVERIFY(!bytes.contains("4SJHB4GSD43FZBAI7C2HLRJGPQ"));
    QVERIFY(!bytes.contains("Deno"));
    const AegisImporter importer;
    QVERIFY(importer.recognises(bytes));
    QVERIFY(importer.needsPassword(bytes));
    auto result = importer.read(bytes, password("correct horse ☃"));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->formatName, u"Aegis vault (encrypted)"_s);
    tessera::test::compareAccounts(*result, expectedAccounts());
    if (QTest::currentTestFailed()) {
        return;
    }
    checkMetadata(*result);
}

void TestAegisExporter::encryptedHeader()
{
    auto output = AegisExporter().write(content(), password("test"));
    QVERIFY(output);
    const QJsonObject file = parse(bytesOf(*output));
    QCOMPARE(file.value(u"version"_s).toInt(), 1);
    QVERIFY(file.value(u"db"_s).isString());
    QVERIFY(!QByteArray::fromBase64Encoding(file.value(u"db"_s).toString().toLatin1(),
                                            QByteArray::AbortOnBase64DecodingErrors)
                 .decoded.isEmpty());
    const QJsonObject header = file.value(u"header"_s).toObject();
    QVERIFY(isHex(header.value(u"params"_s).toObject().value(u"nonce"_s).toString(), 12));
    QVERIFY(isHex(header.value(u"params"_s).toObject().value(u"tag"_s).toString(), 16));
    const QJsonArray slots = header.value(u"slots"_s).toArray();
    QCOMPARE(slots.size(), 1);
    const QJsonObject slot = slots.at(0).toObject();
    // Every field Aegis's PasswordSlot reads (FORMATS.md §4.2), with its values.
    QCOMPARE(slot.value(u"type"_s).toInt(-1), 1);
    QVERIFY(!QUuid::fromString(slot.value(u"uuid"_s).toString()).isNull());
    QVERIFY(isHex(slot.value(u"key"_s).toString(), 32));
    QVERIFY(isHex(slot.value(u"key_params"_s).toObject().value(u"nonce"_s).toString(), 12));
    QVERIFY(isHex(slot.value(u"key_params"_s).toObject().value(u"tag"_s).toString(), 16));
    QCOMPARE(slot.value(u"n"_s).toInt(), 32768);
    QCOMPARE(slot.value(u"r"_s).toInt(), 8);
    QCOMPARE(slot.value(u"p"_s).toInt(), 1);
    QVERIFY(isHex(slot.value(u"salt"_s).toString(), 32));
    QVERIFY(slot.value(u"repaired"_s).isBool() && slot.value(u"repaired"_s).toBool());
    QVERIFY(slot.value(u"is_backup"_s).isBool() && !slot.value(u"is_backup"_s).toBool());
}

void TestAegisExporter::wrongPasswordOnRead()
{
    auto output = AegisExporter().write(content(), password("test"));
    QVERIFY(output);
    const AegisImporter importer;
    auto wrong = importer.read(bytesOf(*output), password("tesT"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code(), ErrorCode::WrongPassword);
    auto missing = importer.read(bytesOf(*output), std::nullopt);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), ErrorCode::WrongPassword);
}

void TestAegisExporter::freshSaltAndNonces()
{
    const VaultContent vault = content();
    auto first = AegisExporter().write(vault, password("test"));
    auto second = AegisExporter().write(vault, password("test"));
    QVERIFY(first && second);
    const QJsonObject a = parse(bytesOf(*first));
    const QJsonObject b = parse(bytesOf(*second));
    const auto slotOf = [](const QJsonObject& file) {
        return file.value(u"header"_s).toObject().value(u"slots"_s).toArray().at(0).toObject();
    };
    const auto paramsOf = [](const QJsonObject& file) {
        return file.value(u"header"_s).toObject().value(u"params"_s).toObject();
    };
    QVERIFY(slotOf(a).value(u"salt"_s) != slotOf(b).value(u"salt"_s));
    QVERIFY(slotOf(a).value(u"uuid"_s) != slotOf(b).value(u"uuid"_s));
    QVERIFY(slotOf(a).value(u"key"_s) != slotOf(b).value(u"key"_s));
    QVERIFY(slotOf(a).value(u"key_params"_s).toObject().value(u"nonce"_s)
            != slotOf(b).value(u"key_params"_s).toObject().value(u"nonce"_s));
    QVERIFY(paramsOf(a).value(u"nonce"_s) != paramsOf(b).value(u"nonce"_s));
    QVERIFY(a.value(u"db"_s) != b.value(u"db"_s));
}

void TestAegisExporter::emptyVault()
{
    const VaultContent empty;
    for (const auto mode : {AegisExporter::Mode::Plain, AegisExporter::Mode::Encrypted}) {
        auto output = AegisExporter(mode).write(empty, password("test"));
        QVERIFY(output);
        auto result = AegisImporter().read(bytesOf(*output), password("test"));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
        QVERIFY(result->accounts.empty());
        QVERIFY(result->groups.isEmpty());
    }
}

void TestAegisExporter::hugeCounterSkipped()
{
    Expected big = tessera::test::aegisVector(4);
    big.counter = (quint64(1) << 40) + 3; // large but exact in JSON's doubles
    Expected huge = tessera::test::aegisVector(6);
    huge.counter = (quint64(1) << 63) + 1; // above Java's long, which Aegis stores it in
    VaultContent vault;
    vault.accounts.emplace_back(Account::newId(), token(big));
    vault.accounts.emplace_back(Account::newId(), token(huge));
    auto output = AegisExporter(AegisExporter::Mode::Plain).write(vault, std::nullopt);
    QVERIFY(output);
    QCOMPARE(output->skipped, (QStringList{u"WWE / Mason: Aegis cannot hold an HOTP counter this large."_s}));
    auto result = AegisImporter().read(bytesOf(*output), std::nullopt);
    QVERIFY(result);
    big.codeAt0.clear(); // the vector's code is for counter 1
    tessera::test::compareAccounts(*result, {big});
}

void TestAegisExporter::independentPythonReader()
{
    const QString python = tessera::test::systemPython({u"cryptography.hazmat.primitives.ciphers.aead"_s});
    if (python.isEmpty()) {
        QSKIP("/usr/bin/python3 with python3-cryptography is not installed (apt install python3-cryptography)");
    }
    auto output = AegisExporter().write(content(), password("pässwörd"));
    QVERIFY(output);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"export.json"_s);
    QVERIFY(tessera::test::writeFile(path, bytesOf(*output)));
    const auto run = tessera::test::run(python, {u"-c"_s, QString::fromUtf8(kPythonReader), path, u"pässwörd"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject read = parse(run.out);
    QCOMPARE(read.value(u"version"_s).toInt(), 3);
    QCOMPARE(read.value(u"groups"_s).toVariant().toStringList(),
             (QStringList{u"Work"_s, u"Privat ÄÖ"_s, u"Empty"_s, u"Games"_s}));
    const QJsonArray entries = read.value(u"entries"_s).toArray();
    const QList<Expected> expected = expectedAccounts();
    QCOMPARE(entries.size(), expected.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const Expected& e = expected.at(i);
        QCOMPARE(entry.value(u"type"_s).toString(), typeText(e.type));
        QCOMPARE(entry.value(u"issuer"_s).toString(), e.issuer);
        QCOMPARE(entry.value(u"name"_s).toString(), e.name);
        QCOMPARE(entry.value(u"note"_s).toString(), kNotes.at(i));
        QCOMPARE(entry.value(u"favorite"_s).toBool(), kFavorites.at(i));
        QVERIFY(entry.value(u"icon"_s).isNull());
        QCOMPARE(entry.value(u"secret"_s).toString(), e.secret);
        QCOMPARE(entry.value(u"algo"_s).toString(), OtpParameters::algorithmName(e.algorithm));
        QCOMPARE(entry.value(u"digits"_s).toInt(), e.digits);
        if (e.type == OtpType::Hotp) {
            QCOMPARE(entry.value(u"counter"_s).toInteger(), static_cast<qint64>(e.counter));
        } else {
            QCOMPARE(entry.value(u"period"_s).toInt(), e.period);
        }
        const QStringList groups = entry.value(u"groups"_s).toVariant().toStringList();
        QCOMPARE(groups, kGroups.at(i).isEmpty() ? QStringList() : QStringList{kGroups.at(i)});
    }
    // The same reader refuses a wrong password, so the comparison above is not vacuous.
    const auto wrong = tessera::test::run(python, {u"-c"_s, QString::fromUtf8(kPythonReader), path, u"passwort"_s});
    QVERIFY(wrong.exitCode != 0);
}

QTEST_GUILESS_MAIN(TestAegisExporter)
#include "tst_aegisexporter.moc"
