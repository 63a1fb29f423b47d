// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Random.h"
#include "otp/Base32.h"
#include "vault/ContainerFile.h"
#include "vault/VaultContent.h"

#include "ContainerFuzzKeys.h"

#include "TestEnvironment.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtEndian>

#include <functional>
#include <map>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::Argon2id;
using tessera::crypto::SecureBytes;
using tessera::vault::ContainerFile;
using tessera::vault::Slot;
using tessera::vault::SlotType;

namespace {

std::span<const std::uint8_t> bytesOf(QByteArrayView bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.data()), std::size_t(bytes.size())};
}

QByteArray toByteArray(const SecureBytes& bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/* Content shaped like VaultContent's JSON for `count` accounts (about 200 bytes each). */
QByteArray accountsJson(int count)
{
    QByteArray json = R"({"format":1,"accounts":[)";
    for (int i = 0; i < count; ++i) {
        if (i > 0) {
            json += ',';
        }
        json += R"({"id":")" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()
                + R"(","type":"totp","issuer":"Issuer )" + QByteArray::number(i) + R"(","name":"user)"
                + QByteArray::number(i) + R"(@example.com","secret":"JBSWY3DPEHPK3PXP)" + QByteArray::number(i * 7919)
                + R"(","algorithm":"SHA1","digits":6,"period":30,"group":"Work","note":"","favorite":false})";
    }
    json += R"(],"groups":["Work"],"recovery":{},"settings":{}})";
    return json;
}

struct Fixture {
    SecureBytes master;
    SecureBytes wrapping;
    ContainerFile::Header header;
};

Fixture keychainFixture(SecureBytes master, SecureBytes wrapping, const QString& vaultId)
{
    Fixture fixture{std::move(master), std::move(wrapping), {}};
    fixture.header.vaultId = vaultId;
    auto slot = Slot::makeKeychainSlot(fixture.master, fixture.wrapping, u"tessera-vault-"_s + vaultId, vaultId);
    if (slot) {
        fixture.header.slots.push_back(*slot);
    }
    return fixture;
}

Fixture keychainFixture()
{
    auto master = tessera::crypto::Random::secretBytes(32);
    auto wrapping = tessera::crypto::Random::secretBytes(32);
    return keychainFixture(std::move(*master), std::move(*wrapping), newUuid());
}

/* What the vault does on open with a keychain slot: parse, unwrap, decrypt. */
tessera::Result<SecureBytes> openWithKeychain(QByteArrayView bytes, const SecureBytes& wrapping)
{
    auto file = ContainerFile::parse(bytes);
    if (!file) {
        return file.error();
    }
    const Slot* slot = file->findSlot(SlotType::Keychain);
    if (slot == nullptr) {
        return tessera::Error(ErrorCode::NotFound, u"no keychain slot"_s);
    }
    auto master = slot->unwrap(wrapping, file->header().vaultId);
    if (!master) {
        return master.error();
    }
    return file->decrypt(*master);
}

/* A file with a header of our choosing and a correct digest, as a forger would make it. */
QByteArray forge(const QByteArray& json, quint16 version = 1, const QByteArray& tail = QByteArray(32, 'c'))
{
    QByteArray bytes("TESSERA\0", 8);
    char field[4];
    qToBigEndian<quint16>(version, field);
    bytes.append(field, 2);
    qToBigEndian<quint32>(quint32(json.size()), field);
    bytes.append(field, 4);
    bytes += json;
    bytes += QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    return bytes + tail;
}

QJsonObject validHeaderJson()
{
    const QString b64Nonce = QString::fromLatin1(QByteArray(12, 'n').toBase64());
    const QString b64Wrapped = QString::fromLatin1(QByteArray(48, 'w').toBase64());
    return QJsonObject{
        {u"vault"_s, u"6f1c2a53-8d7e-4b0a-9c3f-2e1d0b9a8f7e"_s},
        {u"kind"_s, u"vault"_s},
        {u"content"_s, QJsonObject{{u"cipher"_s, u"AES-256-GCM"_s}, {u"nonce"_s, b64Nonce}}},
        {u"slots"_s,
         QJsonArray{
             QJsonObject{{u"type"_s, u"keychain"_s},
                         {u"id"_s, u"0b6e3a2c-1f4d-4e5a-8b7c-9d0e1f2a3b4c"_s},
                         {u"key"_s, u"tessera-vault-6f1c2a53-8d7e-4b0a-9c3f-2e1d0b9a8f7e"_s},
                         {u"nonce"_s, b64Nonce},
                         {u"wrappedKey"_s, b64Wrapped}},
             QJsonObject{{u"type"_s, u"password"_s},
                         {u"id"_s, u"7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"_s},
                         {u"kdf"_s, QJsonObject{{u"name"_s, u"argon2id"_s},
                                                {u"memoryKiB"_s, 65536},
                                                {u"iterations"_s, 3},
                                                {u"parallelism"_s, 1},
                                                {u"salt"_s, QString::fromLatin1(QByteArray(16, 's').toBase64())}}},
                         {u"nonce"_s, b64Nonce},
                         {u"wrappedKey"_s, b64Wrapped}},
         }},
    };
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

using Edit = std::function<void(QJsonObject&)>;

/* Edits slot `index` (0 keychain, 1 password) of the valid header. */
Edit editSlot(int index, const std::function<void(QJsonObject&)>& edit)
{
    return [index, edit](QJsonObject& root) {
        QJsonArray slots = root.value(u"slots"_s).toArray();
        QJsonObject slot = slots.at(index).toObject();
        edit(slot);
        slots.replace(index, slot);
        root.insert(u"slots"_s, slots);
    };
}

Edit editKdf(const std::function<void(QJsonObject&)>& edit)
{
    return editSlot(1, [edit](QJsonObject& slot) {
        QJsonObject kdf = slot.value(u"kdf"_s).toObject();
        edit(kdf);
        slot.insert(u"kdf"_s, kdf);
    });
}

} // namespace

class TestContainerFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripAndLayout();
    void backupKindRoundTrips();
    void freshNonceOnEveryWrite();
    void wrongMasterKeyIsDamaged();
    void exhaustiveSingleBitFlips();
    void truncationAtEveryOffset();
    void garbageAndEmptyInput();
    void malformedHeaders_data();
    void malformedHeaders();
    void forgedHeaderWithValidDigestFailsTheTag();
    void passwordSlotRightAndWrongPassword();
    void parametersAboveCapsRefusedBeforeWork();
    void slotMovedToAnotherVaultDoesNotOpen();
    void writeRefusesInvalidHeaders();
    void fuzzCorpusSeeds();
    void pythonDecryptorFromTheSpecification();
    void pythonDecryptorReadsBackupCodes();
};

void TestContainerFile::initTestCase()
{
#ifdef __GLIBC__
    /* The bit-flip test opens a 100 KB file 800 000 times; by default glibc gives the freed
     * buffers back to the kernel each time and takes them again with fresh page faults, which
     * costs more than the decryption. Keep them. */
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
#endif
}

void TestContainerFile::roundTripAndLayout()
{
    Fixture fixture = keychainFixture();
    QCOMPARE(fixture.header.slots.size(), std::size_t(1));
    const QByteArray content = accountsJson(3);
    auto written = ContainerFile::write(fixture.header, fixture.master, bytesOf(content));
    QVERIFY2(written, written ? "" : qPrintable(written.error().message()));
    const QByteArray& bytes = *written;

    // The layout of docs/vault-format.md, byte for byte.
    QCOMPARE(bytes.first(8), QByteArray("TESSERA\0", 8));
    QCOMPARE(qFromBigEndian<quint16>(bytes.constData() + 8), quint16(1));
    const quint32 headerLength = qFromBigEndian<quint32>(bytes.constData() + 10);
    const QByteArray json = bytes.sliced(14, headerLength);
    QCOMPARE(bytes.sliced(14 + headerLength, 32),
             QCryptographicHash::hash(bytes.first(14 + headerLength), QCryptographicHash::Sha256));
    QCOMPARE(bytes.size(), qsizetype(14 + headerLength + 32 + content.size() + 16));
    QVERIFY(!bytes.contains(content.left(40))); // encrypted, not stored

    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(!json.contains('\n')); // compact
    QCOMPARE(root.value(u"vault"_s).toString(), fixture.header.vaultId);
    QCOMPARE(root.value(u"kind"_s).toString(), u"vault"_s);
    QCOMPARE(root.value(u"content"_s).toObject().value(u"cipher"_s).toString(), u"AES-256-GCM"_s);
    const QJsonObject slot = root.value(u"slots"_s).toArray().at(0).toObject();
    QCOMPARE(slot.value(u"type"_s).toString(), u"keychain"_s);
    QCOMPARE(slot.value(u"id"_s).toString(), fixture.header.slots[0].id);
    QCOMPARE(slot.value(u"key"_s).toString(), fixture.header.slots[0].keychainKey);
    QCOMPARE(QByteArray::fromBase64(slot.value(u"wrappedKey"_s).toString().toLatin1()),
             fixture.header.slots[0].wrappedKey);

    auto file = ContainerFile::parse(bytes);
    QVERIFY2(file, file ? "" : qPrintable(file.error().message()));
    QCOMPARE(file->header().vaultId, fixture.header.vaultId);
    QCOMPARE(file->header().kind, ContainerFile::Kind::Vault);
    QCOMPARE(file->header().slots.size(), std::size_t(1));
    const Slot& parsed = file->header().slots[0];
    QCOMPARE(parsed.id, fixture.header.slots[0].id);
    QCOMPARE(parsed.keychainKey, fixture.header.slots[0].keychainKey);
    QCOMPARE(parsed.nonce, fixture.header.slots[0].nonce);
    QCOMPARE(parsed.wrappedKey, fixture.header.slots[0].wrappedKey);
    QVERIFY(file->findSlot(SlotType::Password) == nullptr);

    auto opened = openWithKeychain(bytes, fixture.wrapping);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
    QCOMPARE(toByteArray(*opened), content);

    // Empty content is allowed (the tag alone).
    auto empty = ContainerFile::write(fixture.header, fixture.master, {});
    QVERIFY(empty);
    auto openedEmpty = openWithKeychain(*empty, fixture.wrapping);
    QVERIFY(openedEmpty);
    QVERIFY(openedEmpty->isEmpty());
}

void TestContainerFile::backupKindRoundTrips()
{
    Fixture fixture = keychainFixture();
    fixture.header.kind = ContainerFile::Kind::Backup;
    auto written = ContainerFile::write(fixture.header, fixture.master, bytesOf("{}"));
    QVERIFY(written);
    QVERIFY(written->contains(R"("kind":"backup")"));
    auto file = ContainerFile::parse(*written);
    QVERIFY(file);
    QCOMPARE(file->header().kind, ContainerFile::Kind::Backup);
}

void TestContainerFile::freshNonceOnEveryWrite()
{
    Fixture fixture = keychainFixture();
    const QByteArray content = accountsJson(2);
    auto first = ContainerFile::write(fixture.header, fixture.master, bytesOf(content));
    auto second = ContainerFile::write(fixture.header, fixture.master, bytesOf(content));
    QVERIFY(first && second);
    QCOMPARE(first->size(), second->size());
    QVERIFY(*first != *second);
    const auto contentNonce = [](const QByteArray& bytes) {
        const quint32 length = qFromBigEndian<quint32>(bytes.constData() + 10);
        return QJsonDocument::fromJson(bytes.sliced(14, length))
            .object()
            .value(u"content"_s)
            .toObject()
            .value(u"nonce"_s)
            .toString();
    };
    QCOMPARE(QByteArray::fromBase64(contentNonce(*first).toLatin1()).size(), 12);
    QVERIFY(contentNonce(*first) != contentNonce(*second));
    // Same key, different nonce: no ciphertext byte run in common at the start.
    QVERIFY(first->right(content.size() + 16).left(32) != second->right(content.size() + 16).left(32));
    QVERIFY(openWithKeychain(*first, fixture.wrapping));
    QVERIFY(openWithKeychain(*second, fixture.wrapping));
}

void TestContainerFile::wrongMasterKeyIsDamaged()
{
    Fixture fixture = keychainFixture();
    auto written = ContainerFile::write(fixture.header, fixture.master, bytesOf("content"));
    QVERIFY(written);
    auto file = ContainerFile::parse(*written);
    QVERIFY(file);
    auto other = tessera::crypto::Random::secretBytes(32);
    auto plaintext = file->decrypt(*other);
    QVERIFY(!plaintext);
    QCOMPARE(plaintext.error().code(), ErrorCode::Damaged);
    QVERIFY(plaintext.error().message().contains(u"damaged or tampered"_s));
    QVERIFY(!file->decrypt(SecureBytes(16)));
}

/* SECURITY.md S2: single-bit flips of a 500-account container are all refused, and no flip
 * yields any plaintext. A keychain slot keeps each attempt to one parse, one unwrap and one
 * decryption (no Argon2id).
 *
 * Which bits: every bit of every byte of the framing, header and digest, and of the first and
 * last 4 KiB of the ciphertext (the tag included); in between, every bit of every 13th byte (13
 * is coprime with the 16-byte AES block, so every position within a block is hit). That is
 * about 135 000 attempts, a few seconds. Every bit of every byte (≈ 920 000 attempts, minutes in
 * a debug build) with TESSERA_EXHAUSTIVE_BITFLIPS=1 in the environment. */
void TestContainerFile::exhaustiveSingleBitFlips()
{
    Fixture fixture = keychainFixture();
    const QByteArray content = accountsJson(500);
    QVERIFY(content.size() > 90 * 1024);
    auto written = ContainerFile::write(fixture.header, fixture.master, bytesOf(content));
    QVERIFY(written);
    QByteArray bytes = *written;
    QVERIFY(openWithKeychain(bytes, fixture.wrapping));
    const qsizetype ciphertextOffset = bytes.size() - content.size() - 16;
    const bool everyByte = qEnvironmentVariableIntValue("TESSERA_EXHAUSTIVE_BITFLIPS") == 1;
    constexpr qsizetype kEdge = 4096;
    constexpr qsizetype kStride = 13;
    const auto chosen = [&](qsizetype offset) {
        return everyByte || offset < ciphertextOffset + kEdge || offset >= bytes.size() - kEdge
               || (offset - ciphertextOffset) % kStride == 0;
    };

    std::map<ErrorCode, qint64> outcomes;
    qint64 flips = 0;
    qint64 headerNotDamaged = 0;
    qint64 opened = 0;
    QElapsedTimer timer;
    timer.start();
    char* data = bytes.data(); // detached once; flips are undone in place
    for (qsizetype offset = 0; offset < bytes.size(); ++offset) {
        if (!chosen(offset)) {
            continue;
        }
        for (int bit = 0; bit < 8; ++bit) {
            data[offset] = char(data[offset] ^ (1 << bit));
            auto result = openWithKeychain(bytes, fixture.wrapping);
            data[offset] = char(data[offset] ^ (1 << bit));
            ++flips;
            if (result) {
                ++opened;
                continue;
            }
            ++outcomes[result.error().code()];
            // Up to the digest, damage is found by parse() alone, before any key is used.
            if (offset < ciphertextOffset && result.error().code() != ErrorCode::Damaged) {
                ++headerNotDamaged;
            }
        }
    }
    qInfo("%lld flips (%s) over %lld bytes (%lld of framing, header and digest) in %lld ms: damaged %lld, "
          "wrong-password %lld, unsupported %lld, opened %lld",
          flips, everyByte ? "every bit of every byte" : "sampled; TESSERA_EXHAUSTIVE_BITFLIPS=1 for all",
          qint64(bytes.size()), qint64(ciphertextOffset), timer.elapsed(), outcomes[ErrorCode::Damaged],
          outcomes[ErrorCode::WrongPassword], outcomes[ErrorCode::Unsupported], opened);
    QCOMPARE(opened, qint64(0));
    QCOMPARE(headerNotDamaged, qint64(0));
    // The digest makes every flip "damaged": none looks like a wrong key or a newer version.
    QCOMPARE(outcomes[ErrorCode::Damaged], flips);
    QVERIFY(flips >= (ciphertextOffset + 2 * kEdge) * 8);
    QVERIFY(openWithKeychain(bytes, fixture.wrapping)); // the buffer was restored
}

void TestContainerFile::truncationAtEveryOffset()
{
    Fixture fixture = keychainFixture();
    const QByteArray content = accountsJson(20);
    auto written = ContainerFile::write(fixture.header, fixture.master, bytesOf(content));
    QVERIFY(written);
    for (qsizetype length = 0; length < written->size(); ++length) {
        auto result = openWithKeychain(QByteArrayView(*written).first(length), fixture.wrapping);
        QVERIFY2(!result, qPrintable(u"a file cut to %1 bytes opened"_s.arg(length)));
        QCOMPARE(result.error().code(), ErrorCode::Damaged);
    }
    // Bytes appended after the tag are refused too.
    QVERIFY(!openWithKeychain(*written + QByteArray(1, '\0'), fixture.wrapping));
}

void TestContainerFile::garbageAndEmptyInput()
{
    QList<QByteArray> inputs{
        QByteArray(),
        QByteArray("T"),
        QByteArray("TESSERA"),
        QByteArray("TESSERA\0", 8),
        QByteArray("TESSERA\0\0\x01", 10),
        QByteArray("TESSERA\0\0\x01\0\0\0\0", 14),
        QByteArray("TESSERA\0\0\x01\xff\xff\xff\xff", 14) + QByteArray(100, 'x'),
        QByteArray("PK\x03\x04") + QByteArray(100, '\0'),
        QByteArray(R"({"version":1,"header":{},"db":"AAAA"})"),
        QByteArray(4096, '\0'),
        QByteArray(4096, '\xff'),
    };
    QRandomGenerator random(20260101);
    for (int i = 0; i < 200; ++i) {
        QByteArray noise(random.bounded(1, 2000), Qt::Uninitialized);
        for (char& c : noise) {
            c = char(random.bounded(256));
        }
        if (i % 2 == 0) {
            noise.replace(0, 8, QByteArray("TESSERA\0", 8));
        }
        inputs.append(noise);
    }
    for (const QByteArray& input : inputs) {
        auto file = ContainerFile::parse(input);
        QVERIFY2(!file, input.left(40).toHex().constData());
        QCOMPARE(file.error().code(), ErrorCode::Damaged);
        QVERIFY(!file.error().message().isEmpty());
    }
    QCOMPARE(ContainerFile::parse(QByteArray()).error().message(), u"The file is damaged or tampered: it is empty."_s);
    QCOMPARE(ContainerFile::parse(QByteArray("%PDF-1.7 ...")).error().message(),
             u"This is not a Tessera file (or its first bytes are damaged)."_s);
}

void TestContainerFile::malformedHeaders_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message"); // a part of the sentence

    const auto edited = [](const Edit& edit) {
        QJsonObject root = validHeaderJson();
        edit(root);
        return forge(compact(root));
    };
    const auto damaged = u"damaged or tampered"_s;
    const QByteArray valid = forge(compact(validHeaderJson()));
    QTest::newRow("control: valid") << valid << ErrorCode::Damaged << u"authentication tag"_s;

    // Framing.
    QTest::newRow("version 2") << forge(compact(validHeaderJson()), 2) << ErrorCode::Unsupported
                               << u"made by a newer version of Tessera"_s;
    QTest::newRow("version 65535") << forge(compact(validHeaderJson()), 0xffff) << ErrorCode::Unsupported
                                   << u"format 65535"_s;
    QTest::newRow("version 0") << forge(compact(validHeaderJson()), 0) << ErrorCode::Damaged << u"version 0"_s;
    QByteArray overlong = valid;
    qToBigEndian<quint32>(quint32(ContainerFile::kMaxHeaderSize + 1), overlong.data() + 10);
    QTest::newRow("header length above 1 MiB") << overlong << ErrorCode::Damaged << u"more than Tessera ever writes"_s;
    QByteArray pastEnd = valid;
    qToBigEndian<quint32>(quint32(valid.size()), pastEnd.data() + 10);
    QTest::newRow("header length past the end") << pastEnd << ErrorCode::Damaged << u"cut short"_s;
    QTest::newRow("ciphertext shorter than a tag")
        << forge(compact(validHeaderJson()), 1, QByteArray(15, 'c')) << ErrorCode::Damaged << u"cut short"_s;
    QByteArray badDigest = valid;
    badDigest[valid.size() - 33] = char(badDigest[valid.size() - 33] ^ 1);
    QTest::newRow("digest mismatch") << badDigest << ErrorCode::Damaged << u"checksum"_s;

    // JSON shape.
    QTest::newRow("not JSON") << forge("vault: yes") << ErrorCode::Damaged << u"not a JSON object"_s;
    QTest::newRow("JSON array") << forge("[1,2]") << ErrorCode::Damaged << u"not a JSON object"_s;
    QTest::newRow("empty header") << forge("") << ErrorCode::Damaged << u"not a JSON object"_s;
    QTest::newRow("empty object") << forge("{}") << ErrorCode::Damaged << damaged;
    QTest::newRow("invalid UTF-8") << forge("{\"vault\":\"\xff\xfe\"}") << ErrorCode::Damaged << damaged;
    QTest::newRow("unknown member") << edited([](QJsonObject& r) { r.insert(u"compression"_s, u"zstd"_s); })
                                    << ErrorCode::Damaged << u"unexpected member “compression”"_s;
    QTest::newRow("vault missing") << edited([](QJsonObject& r) { r.remove(u"vault"_s); }) << ErrorCode::Damaged
                                   << u"“vault”"_s;
    QTest::newRow("vault not a UUID") << edited([](QJsonObject& r) { r.insert(u"vault"_s, u"my-vault"_s); })
                                      << ErrorCode::Damaged << u"“vault”"_s;
    QTest::newRow("vault in braces") << edited([](QJsonObject& r) {
        r.insert(u"vault"_s, u"{6f1c2a53-8d7e-4b0a-9c3f-2e1d0b9a8f7e}"_s);
    }) << ErrorCode::Damaged << u"“vault”"_s;
    QTest::newRow("vault a number") << edited([](QJsonObject& r) { r.insert(u"vault"_s, 7); }) << ErrorCode::Damaged
                                    << u"“vault”"_s;
    QTest::newRow("kind unknown") << edited([](QJsonObject& r) { r.insert(u"kind"_s, u"export"_s); })
                                  << ErrorCode::Damaged << u"“kind”"_s;
    QTest::newRow("content missing") << edited([](QJsonObject& r) { r.remove(u"content"_s); }) << ErrorCode::Damaged
                                     << u"“content”"_s;
    QTest::newRow("cipher unknown") << edited([](QJsonObject& r) {
        r.insert(u"content"_s, QJsonObject{{u"cipher"_s, u"ChaCha20-Poly1305"_s},
                                           {u"nonce"_s, QString::fromLatin1(QByteArray(12, 'n').toBase64())}});
    }) << ErrorCode::Unsupported << u"ChaCha20-Poly1305"_s;
    QTest::newRow("content nonce 8 bytes") << edited([](QJsonObject& r) {
        r.insert(u"content"_s, QJsonObject{{u"cipher"_s, u"AES-256-GCM"_s},
                                           {u"nonce"_s, QString::fromLatin1(QByteArray(8, 'n').toBase64())}});
    }) << ErrorCode::Damaged << u"content.nonce"_s;
    QTest::newRow("content nonce not Base64") << edited([](QJsonObject& r) {
        r.insert(u"content"_s, QJsonObject{{u"cipher"_s, u"AES-256-GCM"_s}, {u"nonce"_s, u"bm5ubm5ubm5ubm5u!!"_s}});
    }) << ErrorCode::Damaged << u"content.nonce"_s;
    QTest::newRow("content nonce URL-safe alphabet") << edited([](QJsonObject& r) {
        r.insert(u"content"_s, QJsonObject{{u"cipher"_s, u"AES-256-GCM"_s}, {u"nonce"_s, u"____________AAAA"_s}});
    }) << ErrorCode::Damaged << u"content.nonce"_s;

    // Slots.
    QTest::newRow("slots missing") << edited([](QJsonObject& r) { r.remove(u"slots"_s); }) << ErrorCode::Damaged
                                   << u"“slots”"_s;
    QTest::newRow("no slots") << edited([](QJsonObject& r) { r.insert(u"slots"_s, QJsonArray()); })
                              << ErrorCode::Damaged << u"no key slot"_s;
    QTest::newRow("slot not an object") << edited([](QJsonObject& r) { r.insert(u"slots"_s, QJsonArray{1}); })
                                        << ErrorCode::Damaged << u"slots[0]"_s;
    QTest::newRow("33 slots") << edited([](QJsonObject& r) {
        QJsonArray many;
        for (int i = 0; i < 33; ++i) {
            QJsonObject slot = r.value(u"slots"_s).toArray().at(0).toObject();
            slot.insert(u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
            many.append(slot);
        }
        r.insert(u"slots"_s, many);
    }) << ErrorCode::Damaged << u"more than 32"_s;
    QTest::newRow("slot type unknown") << edited(editSlot(0, [](QJsonObject& s) { s.insert(u"type"_s, u"fido2"_s); }))
                                       << ErrorCode::Unsupported << u"fido2"_s;
    QTest::newRow("slot type missing") << edited(editSlot(0, [](QJsonObject& s) { s.remove(u"type"_s); }))
                                       << ErrorCode::Damaged << u"slots[0].type"_s;
    QTest::newRow("duplicate slot ids") << edited(editSlot(1, [](QJsonObject& s) {
        s.insert(u"id"_s, u"0b6e3a2c-1f4d-4e5a-8b7c-9d0e1f2a3b4c"_s);
    })) << ErrorCode::Damaged << u"same identifier"_s;
    QTest::newRow("slot id not a UUID") << edited(editSlot(0, [](QJsonObject& s) { s.insert(u"id"_s, u"1"_s); }))
                                        << ErrorCode::Damaged << u"not a UUID"_s;
    QTest::newRow("keychain key empty") << edited(editSlot(0, [](QJsonObject& s) { s.insert(u"key"_s, u""_s); }))
                                        << ErrorCode::Damaged << u"keychain entry"_s;
    QTest::newRow("keychain slot with kdf")
        << edited(editSlot(0, [](QJsonObject& s) { s.insert(u"kdf"_s, QJsonObject()); })) << ErrorCode::Damaged
        << u"unexpected member “kdf”"_s;
    QTest::newRow("slot nonce 16 bytes") << edited(editSlot(0, [](QJsonObject& s) {
        s.insert(u"nonce"_s, QString::fromLatin1(QByteArray(16, 'n').toBase64()));
    })) << ErrorCode::Damaged << u"slots[0].nonce"_s;
    QTest::newRow("wrapped key 32 bytes") << edited(editSlot(0, [](QJsonObject& s) {
        s.insert(u"wrappedKey"_s, QString::fromLatin1(QByteArray(32, 'w').toBase64()));
    })) << ErrorCode::Damaged << u"slots[0].wrappedKey"_s;
    QTest::newRow("wrapped key without padding") << edited(editSlot(0, [](QJsonObject& s) {
        s.insert(u"wrappedKey"_s, QString::fromLatin1(QByteArray(47, 'w').toBase64(QByteArray::OmitTrailingEquals)));
    })) << ErrorCode::Damaged << u"slots[0].wrappedKey"_s;

    // Password slot parameters.
    QTest::newRow("kdf scrypt") << edited(editKdf([](QJsonObject& k) { k.insert(u"name"_s, u"scrypt"_s); }))
                                << ErrorCode::Unsupported << u"scrypt"_s;
    QTest::newRow("kdf missing") << edited(editSlot(1, [](QJsonObject& s) { s.remove(u"kdf"_s); }))
                                 << ErrorCode::Damaged << u"slots[1].kdf"_s;
    QTest::newRow("salt 15 bytes") << edited(editKdf([](QJsonObject& k) {
        k.insert(u"salt"_s, QString::fromLatin1(QByteArray(15, 's').toBase64()));
    })) << ErrorCode::Damaged << u"slots[1].kdf.salt"_s;
    QTest::newRow("parallelism 4") << edited(editKdf([](QJsonObject& k) { k.insert(u"parallelism"_s, 4); }))
                                   << ErrorCode::Unsupported << u"parallelism 4"_s;
    QTest::newRow("parallelism 0") << edited(editKdf([](QJsonObject& k) { k.insert(u"parallelism"_s, 0); }))
                                   << ErrorCode::Damaged << u"parallelism"_s;
    QTest::newRow("parallelism 1000") << edited(editKdf([](QJsonObject& k) { k.insert(u"parallelism"_s, 1000); }))
                                      << ErrorCode::Damaged << u"parallelism"_s;
    QTest::newRow("memory 64 GiB") << edited(editKdf([](QJsonObject& k) { k.insert(u"memoryKiB"_s, 67108864); }))
                                   << ErrorCode::Damaged << u"65536 MiB"_s;
    QTest::newRow("memory 1e300") << edited(editKdf([](QJsonObject& k) { k.insert(u"memoryKiB"_s, 1e300); }))
                                  << ErrorCode::Damaged << u"memoryKiB"_s;
    QTest::newRow("memory below floor") << edited(editKdf([](QJsonObject& k) { k.insert(u"memoryKiB"_s, 65535); }))
                                        << ErrorCode::Damaged << u"less than the 64 MiB"_s;
    QTest::newRow("memory fractional") << edited(editKdf([](QJsonObject& k) { k.insert(u"memoryKiB"_s, 65536.5); }))
                                       << ErrorCode::Damaged << u"memoryKiB"_s;
    QTest::newRow("memory negative") << edited(editKdf([](QJsonObject& k) { k.insert(u"memoryKiB"_s, -65536); }))
                                     << ErrorCode::Damaged << u"memoryKiB"_s;
    QTest::newRow("memory a string") << edited(editKdf([](QJsonObject& k) { k.insert(u"memoryKiB"_s, u"65536"_s); }))
                                     << ErrorCode::Damaged << u"memoryKiB"_s;
    QTest::newRow("iterations 21") << edited(editKdf([](QJsonObject& k) { k.insert(u"iterations"_s, 21); }))
                                   << ErrorCode::Damaged << u"21 passes"_s;
    QTest::newRow("iterations 2") << edited(editKdf([](QJsonObject& k) { k.insert(u"iterations"_s, 2); }))
                                  << ErrorCode::Damaged << u"only 2 passes"_s;
    QTest::newRow("iterations 2^32") << edited(editKdf([](QJsonObject& k) { k.insert(u"iterations"_s, 4294967296.0); }))
                                     << ErrorCode::Damaged << u"iterations"_s;
    QTest::newRow("kdf unknown member") << edited(editKdf([](QJsonObject& k) { k.insert(u"pepper"_s, 1); }))
                                        << ErrorCode::Damaged << u"unexpected member “pepper”"_s;
}

void TestContainerFile::malformedHeaders()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    auto file = ContainerFile::parse(bytes);
    if (QTest::currentDataTag() == QByteArrayView("control: valid")) {
        // The template itself parses; only its made-up ciphertext fails the tag.
        QVERIFY2(file, file ? "" : qPrintable(file.error().message()));
        auto plaintext = file->decrypt(SecureBytes(32));
        QVERIFY(!plaintext);
        QCOMPARE(plaintext.error().code(), code);
        QVERIFY2(plaintext.error().message().contains(message), qPrintable(plaintext.error().message()));
        return;
    }
    QVERIFY(!file);
    QVERIFY2(file.error().message().contains(message), qPrintable(file.error().message()));
    QCOMPARE(file.error().code(), code);
}

/* A forger who rewrites the header and recomputes the unkeyed digest gets past parse(), but not
 * past the content's tag: the header is the associated data. */
void TestContainerFile::forgedHeaderWithValidDigestFailsTheTag()
{
    Fixture fixture = keychainFixture();
    auto written = ContainerFile::write(fixture.header, fixture.master, bytesOf(accountsJson(3)));
    QVERIFY(written);
    const quint32 length = qFromBigEndian<quint32>(written->constData() + 10);
    QJsonObject root = QJsonDocument::fromJson(written->sliced(14, length)).object();
    root.insert(u"kind"_s, u"backup"_s);
    const QByteArray forged = forge(compact(root), 1, written->sliced(14 + length + 32));
    auto file = ContainerFile::parse(forged);
    QVERIFY(file);
    const Slot* slot = file->findSlot(SlotType::Keychain);
    QVERIFY(slot);
    auto master = slot->unwrap(fixture.wrapping, file->header().vaultId);
    QVERIFY(master); // the slot itself was not touched
    auto plaintext = file->decrypt(*master);
    QVERIFY(!plaintext);
    QCOMPARE(plaintext.error().code(), ErrorCode::Damaged);
}

/* Real Argon2id at the vault setting: three derivations (make, right, wrong). */
void TestContainerFile::passwordSlotRightAndWrongPassword()
{
    Fixture fixture = keychainFixture();
    const SecureBytes password = SecureBytes::copyOf("hunter2 but longer", 18);
    auto slot = Slot::makePasswordSlot(fixture.master, password, Argon2id::kVault, fixture.header.vaultId);
    QVERIFY(slot);
    fixture.header.slots.push_back(*slot);
    const QByteArray content = accountsJson(5);
    auto written = ContainerFile::write(fixture.header, fixture.master, bytesOf(content));
    QVERIFY(written);
    QVERIFY(written->contains(R"("memoryKiB":65536)"));

    auto file = ContainerFile::parse(*written);
    QVERIFY(file);
    const Slot* passwordSlot = file->findSlot(SlotType::Password);
    QVERIFY(passwordSlot);
    QCOMPARE(passwordSlot->kdf, Argon2id::kVault);
    QCOMPARE(passwordSlot->salt, slot->salt);

    auto master = passwordSlot->unwrapWithPassword(password, file->header().vaultId);
    QVERIFY2(master, master ? "" : qPrintable(master.error().message()));
    auto plaintext = file->decrypt(*master);
    QVERIFY(plaintext);
    QCOMPARE(toByteArray(*plaintext), content);

    auto wrong =
        passwordSlot->unwrapWithPassword(SecureBytes::copyOf("hunter3 but longer", 18), file->header().vaultId);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code(), ErrorCode::WrongPassword);

    // Removing the password slot leaves the keychain slot and the content as they were.
    fixture.header.slots.pop_back();
    auto withoutPassword = ContainerFile::write(fixture.header, fixture.master, bytesOf(content));
    QVERIFY(withoutPassword);
    auto reopened = openWithKeychain(*withoutPassword, fixture.wrapping);
    QVERIFY(reopened);
    QCOMPARE(toByteArray(*reopened), content);
}

void TestContainerFile::parametersAboveCapsRefusedBeforeWork()
{
    // parse() never derives a key, so "before work" means: refused by parse() itself, before any
    // caller could get to Slot::unwrapWithPassword with such parameters.
    for (const auto& bounds : {std::pair{double(4 * 1024 * 1024 + 1), 3.0}, std::pair{double(64 * 1024 * 1024), 3.0},
                               std::pair{65536.0, 21.0}, std::pair{65536.0, 1000000.0}}) {
        // Named copies: clang 14 cannot capture structured bindings in a lambda.
        const double memoryKiB = bounds.first;
        const double iterations = bounds.second;
        QJsonObject root = validHeaderJson();
        editKdf([&](QJsonObject& k) {
            k.insert(u"memoryKiB"_s, memoryKiB);
            k.insert(u"iterations"_s, iterations);
        })(root);
        auto file = ContainerFile::parse(forge(compact(root)));
        QVERIFY(!file);
        QCOMPARE(file.error().code(), ErrorCode::Damaged);
        QVERIFY2(file.error().message().contains(u"more than"_s), qPrintable(file.error().message()));
    }

    // Exactly at the caps is a valid (if slow) file: parse() accepts it without deriving.
    QJsonObject root = validHeaderJson();
    editKdf([](QJsonObject& k) {
        k.insert(u"memoryKiB"_s, 4 * 1024 * 1024);
        k.insert(u"iterations"_s, 20);
    })(root);
    auto atCaps = ContainerFile::parse(forge(compact(root)));
    QVERIFY2(atCaps, atCaps ? "" : qPrintable(atCaps.error().message()));
    QCOMPARE(atCaps->findSlot(SlotType::Password)->kdf, (tessera::crypto::Argon2Parameters{4096 * Argon2id::kMiB, 20}));
}

void TestContainerFile::slotMovedToAnotherVaultDoesNotOpen()
{
    Fixture a = keychainFixture();
    ContainerFile::Header stolen = a.header;
    stolen.vaultId = newUuid();
    auto written = ContainerFile::write(stolen, a.master, bytesOf("x"));
    QVERIFY(written);
    auto result = openWithKeychain(*written, a.wrapping);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), ErrorCode::WrongPassword);
}

void TestContainerFile::writeRefusesInvalidHeaders()
{
    Fixture fixture = keychainFixture();
    const auto refused = [&](const ContainerFile::Header& header) {
        auto written = ContainerFile::write(header, fixture.master, bytesOf("x"));
        return !written && written.error().code() == ErrorCode::InvalidInput;
    };
    ContainerFile::Header header = fixture.header;
    header.slots.clear();
    QVERIFY(refused(header));
    header = fixture.header;
    header.vaultId = u"not-a-uuid"_s;
    QVERIFY(refused(header));
    header = fixture.header;
    header.slots.push_back(header.slots.front());
    QVERIFY(refused(header));
    header = fixture.header;
    header.slots.front().wrappedKey.chop(1);
    QVERIFY(refused(header));
    header = fixture.header;
    Slot weak = header.slots.front();
    weak.id = newUuid();
    weak.type = SlotType::Password;
    weak.salt = QByteArray(16, 's');
    weak.kdf = {Argon2id::kMiB, 1};
    header.slots.push_back(weak);
    QVERIFY(refused(header));
    header.slots.back().kdf = {Argon2id::kVault.memoryBytes + 1, 3}; // not a whole KiB
    QVERIFY(refused(header));

    auto shortKey = ContainerFile::write(fixture.header, SecureBytes(16), bytesOf("x"));
    QVERIFY(!shortKey);
    QCOMPARE(shortKey.error().code(), ErrorCode::InvalidInput);
}

/* The fuzz target's seeds (tests/fuzz/corpus/container): the valid ones must open with the
 * fuzz target's fixed keys, the malformed ones must be refused. With TESSERA_WRITE_CONTAINER_CORPUS=1
 * in the environment the seeds are written anew first. */
void TestContainerFile::fuzzCorpusSeeds()
{
    const QString dir = qEnvironmentVariable("TESSERA_CONTAINER_CORPUS");
    if (dir.isEmpty()) {
        QSKIP("TESSERA_CONTAINER_CORPUS is not set (ctest sets it)");
    }
    const QString vaultId = u"00000000-0000-4000-8000-00000000c0de"_s;
    if (qEnvironmentVariableIsSet("TESSERA_WRITE_CONTAINER_CORPUS")) {
        QVERIFY(QDir().mkpath(dir));
        Fixture fixture = keychainFixture(tessera::test::fuzzMasterKey(), tessera::test::fuzzWrappingKey(), vaultId);
        const auto save = [&](const QString& name, const QByteArray& bytes) {
            QFile file(dir + u'/' + name);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(file.write(bytes), bytes.size());
        };
        auto small = ContainerFile::write(fixture.header, fixture.master, bytesOf(accountsJson(1)));
        QVERIFY(small);
        save(u"valid-keychain"_s, *small);
        auto empty = ContainerFile::write(fixture.header, fixture.master, {});
        QVERIFY(empty);
        save(u"valid-empty-content"_s, *empty);
        ContainerFile::Header backup = fixture.header;
        backup.kind = ContainerFile::Kind::Backup;
        auto password =
            Slot::makePasswordSlot(fixture.master, SecureBytes::copyOf("fuzz", 4), Argon2id::kVault, vaultId);
        QVERIFY(password);
        backup.slots.push_back(*password);
        auto both = ContainerFile::write(backup, fixture.master, bytesOf(R"({"format":1,"accounts":[]})"));
        QVERIFY(both);
        save(u"valid-backup-two-slots"_s, *both);
        save(u"bad-truncated"_s, small->left(small->size() - 5));
        QByteArray flipped = *small;
        flipped[20] = char(flipped[20] ^ 0x04);
        save(u"bad-header-flip"_s, flipped);
        save(u"bad-version-2"_s, forge(compact(validHeaderJson()), 2));
        save(u"bad-json"_s, forge(R"({"vault":"00000000-0000-4000-8000-00000000c0de","slots":[{"type":"keychain"}]})"));
        save(u"bad-magic"_s, QByteArray("TESSERB\0\0\x01", 10));
    }
    const QStringList names = QDir(dir).entryList(QDir::Files);
    QVERIFY2(names.size() >= 6, qPrintable(dir));
    for (const QString& name : names) {
        QFile file(dir + u'/' + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.size() < 4096, qPrintable(name));
        auto opened = openWithKeychain(bytes, tessera::test::fuzzWrappingKey());
        if (name.startsWith(u"valid-"_s)) {
            QVERIFY2(opened, qPrintable(name + u": "_s + (opened ? QString() : opened.error().message())));
        } else {
            QVERIFY2(!opened, qPrintable(name));
        }
    }
}

/* docs/vault-format.md §9 carries a decryptor written only from the specification, in Python with
 * independent AES-GCM (python3-cryptography) and Argon2id (python3-argon2, libargon2) code. Run on
 * files written here, it proves the page and the code agree. */
void TestContainerFile::pythonDecryptorFromTheSpecification()
{
    const QString python = tessera::test::systemPython({u"cryptography"_s});
    if (python.isEmpty()) {
        QSKIP("python3-cryptography not installed: apt-get install python3-cryptography");
    }
    QFile doc(qEnvironmentVariable("TESSERA_VAULT_FORMAT_DOC"));
    QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
    const QByteArray markdown = doc.readAll();
    const QByteArray begin = "<!-- decryptor:begin -->\n```python\n";
    const QByteArray end = "```\n<!-- decryptor:end -->";
    const qsizetype from = markdown.indexOf(begin);
    const qsizetype to = markdown.indexOf(end);
    QVERIFY(from >= 0 && to > from);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = dir.filePath(u"tessera_decrypt.py"_s);
    {
        QFile out(script);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(markdown.mid(from + begin.size(), to - from - begin.size()));
    }

    // The content framing of docs/vault-format.md §5: one TOTP and one HOTP account.
    const QByteArray json = R"({"format":1,"accounts":[)"
                            R"({"id":"11111111-2222-4333-8444-555555555555","type":"totp","issuer":"Example",)"
                            R"("name":"alice@example.com","algorithm":"SHA1","digits":6,"period":30,"group":"",)"
                            R"("note":"","favorite":false},)"
                            R"({"id":"66666666-7777-4888-9999-aaaaaaaaaaaa","type":"hotp","issuer":"Bänk",)"
                            R"("name":"bob","algorithm":"SHA256","digits":8,"counter":"42","group":"Work",)"
                            R"("note":"n","favorite":true}],"groups":["Work"],"recovery":{},"settings":{}})";
    const QByteArray secrets[] = {QByteArray("Hello!\xde\xad\xbe\xef"), QByteArray("12345678901234567890")};
    QByteArray content;
    char field[4];
    qToBigEndian<quint32>(quint32(json.size()), field);
    content += QByteArray(field, 4) + json;
    qToBigEndian<quint32>(2, field);
    content += QByteArray(field, 4);
    for (const QByteArray& secret : secrets) {
        qToBigEndian<quint32>(quint32(secret.size()), field);
        content += QByteArray(field, 4) + secret;
    }

    Fixture fixture = keychainFixture();
    const bool withArgon2 = !tessera::test::systemPython({u"cryptography"_s, u"argon2"_s}).isEmpty();
    const QByteArray password = "pässword from the spec";
    if (withArgon2) {
        auto slot = Slot::makePasswordSlot(fixture.master, SecureBytes::copyOf(password.constData(), password.size()),
                                           Argon2id::kVault, fixture.header.vaultId);
        QVERIFY(slot);
        fixture.header.slots.push_back(*slot);
    } else {
        qWarning("python3-argon2 not installed: the password slot path of the Python decryptor is not run");
    }
    auto written = ContainerFile::write(fixture.header, fixture.master, bytesOf(content));
    QVERIFY(written);
    const QString file = dir.filePath(u"vault.tessera"_s);
    const QString passwordFile = dir.filePath(u"password.txt"_s);
    const QString wrongFile = dir.filePath(u"wrong.txt"_s);
    const QString damagedFile = dir.filePath(u"damaged.tessera"_s);
    QByteArray damaged = *written;
    damaged[40] = char(damaged[40] ^ 0x20);
    for (const auto& [path, bytes] :
         {std::pair{file, *written}, std::pair{passwordFile, password + "\n"},
          std::pair{wrongFile, QByteArray("password from the spec\n")}, std::pair{damagedFile, damaged}}) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }

    const auto checkOutput = [&](const tessera::test::ProcessResult& run) {
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject decoded = QJsonDocument::fromJson(run.out).object();
        const QJsonArray accounts = decoded.value(u"accounts"_s).toArray();
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.at(0).toObject().value(u"secret"_s).toString(), u"JBSWY3DPEHPK3PXP"_s);
        QCOMPARE(accounts.at(1).toObject().value(u"secret"_s).toString(), u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s);
        QCOMPARE(accounts.at(1).toObject().value(u"issuer"_s).toString(), u"Bänk"_s);
        QCOMPARE(accounts.at(1).toObject().value(u"counter"_s).toString(), u"42"_s);
    };
    const QString keyHex = QString::fromLatin1(toByteArray(fixture.wrapping).toHex());
    checkOutput(tessera::test::run(python, {script, file, u"--keychain-key-hex"_s, keyHex}));
    if (QTest::currentTestFailed()) {
        return;
    }

    auto otherKey = tessera::crypto::Random::secretBytes(32);
    auto wrongKey = tessera::test::run(
        python, {script, file, u"--keychain-key-hex"_s, QString::fromLatin1(toByteArray(*otherKey).toHex())});
    QCOMPARE(wrongKey.exitCode, 1);
    QVERIFY2(wrongKey.err.contains("wrong password or keychain key"), wrongKey.err.constData());
    auto damagedRun = tessera::test::run(python, {script, damagedFile, u"--keychain-key-hex"_s, keyHex});
    QCOMPARE(damagedRun.exitCode, 1);
    QVERIFY2(damagedRun.err.contains("damaged or tampered"), damagedRun.err.constData());

    if (withArgon2) {
        checkOutput(tessera::test::run(python, {script, file, u"--password-file"_s, passwordFile}));
        auto wrong = tessera::test::run(python, {script, file, u"--password-file"_s, wrongFile});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("wrong password"), wrong.err.constData());
    }
}

/* The same decryptor on content format 2 as VaultContent writes it (§5.1): the backup codes come
 * out of the recovery-secrets table, matched to their accounts by index. */
void TestContainerFile::pythonDecryptorReadsBackupCodes()
{
    const QString python = tessera::test::systemPython({u"cryptography"_s});
    if (python.isEmpty()) {
        QSKIP("python3-cryptography not installed: apt-get install python3-cryptography");
    }
    QFile doc(qEnvironmentVariable("TESSERA_VAULT_FORMAT_DOC"));
    QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
    const QByteArray markdown = doc.readAll();
    const QByteArray begin = "<!-- decryptor:begin -->\n```python\n";
    const qsizetype from = markdown.indexOf(begin);
    const qsizetype to = markdown.indexOf("```\n<!-- decryptor:end -->");
    QVERIFY(from >= 0 && to > from);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(tessera::test::writeFile(dir.filePath(u"tessera_decrypt.py"_s),
                                     markdown.mid(from + begin.size(), to - from - begin.size())));

    tessera::vault::VaultContent content;
    for (const QString& issuer : {u"Plain"_s, u"AliExpress"_s}) {
        auto token = tessera::otp::OtpToken::create(issuer, u"me"_s, tessera::otp::OtpParameters::totp().value(),
                                                    tessera::otp::Base32::decode(u"JBSWY3DPEHPK3PXP"_s).value());
        content.accounts.emplace_back(tessera::vault::Account::newId(), std::move(token).value());
    }
    const QByteArray codes = "1234 5678\nabcd-éfgh";
    QCOMPARE(*content.accounts[1].recovery.addBackupCodes(SecureBytes::copyOf(codes.constData(), codes.size())), 2);
    QVERIFY(content.accounts[1].recovery.setUsed(1, true));
    Fixture fixture = keychainFixture();
    const SecureBytes plaintext = content.serialize();
    auto written = ContainerFile::write(fixture.header, fixture.master, plaintext.bytes());
    QVERIFY(written);
    QVERIFY(tessera::test::writeFile(dir.filePath(u"vault.tessera"_s), *written));

    const auto run = tessera::test::run(python, {dir.filePath(u"tessera_decrypt.py"_s),
                                                 dir.filePath(u"vault.tessera"_s), u"--keychain-key-hex"_s,
                                                 QString::fromLatin1(toByteArray(fixture.wrapping).toHex())});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject decoded = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(decoded.value(u"format"_s).toInt(), 2);
    const QJsonArray accounts = decoded.value(u"accounts"_s).toArray();
    QCOMPARE(accounts.at(1).toObject().value(u"secret"_s).toString(), u"JBSWY3DPEHPK3PXP"_s);
    QVERIFY(!accounts.at(0).toObject().contains(u"recovery"_s));
    const QJsonArray backupCodes =
        accounts.at(1).toObject().value(u"recovery"_s).toObject().value(u"backupCodes"_s).toArray();
    QCOMPARE(backupCodes.size(), 2);
    QCOMPARE(backupCodes.at(0).toObject().value(u"code"_s).toString(), u"1234 5678"_s);
    QVERIFY(!backupCodes.at(0).toObject().value(u"used"_s).toBool());
    QCOMPARE(backupCodes.at(1).toObject().value(u"code"_s).toString(), u"abcd-éfgh"_s);
    QVERIFY(backupCodes.at(1).toObject().value(u"used"_s).toBool());
}

QTEST_APPLESS_MAIN(TestContainerFile)
#include "tst_containerfile.moc"
