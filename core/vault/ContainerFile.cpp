// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContainerFile.h"

#include "crypto/Aead.h"
#include "crypto/Random.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>
#include <QtEndian>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tessera::vault {

namespace {

using crypto::Aead;
using crypto::Argon2id;

/* The byte layout (docs/vault-format.md, "Layout"). The framing up to and including the digest
 * is frozen for every format version, so any reader can tell "newer" from "damaged". */
constexpr char kMagic[8] = {'T', 'E', 'S', 'S', 'E', 'R', 'A', '\0'};
constexpr qsizetype kMagicSize = 8;
constexpr qsizetype kVersionOffset = 8;
constexpr qsizetype kLengthOffset = 10;
constexpr qsizetype kHeaderOffset = 14;
constexpr qsizetype kDigestSize = 32;
constexpr qsizetype kWrappedKeySize = qsizetype(Aead::kKeySize + Aead::kTagSize);
constexpr qsizetype kMaxSlots = 32;
constexpr qsizetype kMaxKeychainKeyLength = 1024;
constexpr double kMaxMemoryKiB = double(quint64(1) << 42); // far above the cap, below double's exact range
constexpr double kMaxIterations = 4294967295.0;
constexpr int kMaxParallelismRecognised = 16; // SECURITY.md S1: p ≤ 16

const QString kCipher = u"AES-256-GCM"_s;
const QString kKdfName = u"argon2id"_s;

std::span<const std::uint8_t> asBytes(QByteArrayView bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.data()), std::size_t(bytes.size())};
}

Error damaged(const QString& what)
{
    return Error(ErrorCode::Damaged, u"The file is damaged or tampered: "_s + what);
}

Error badField(const QString& where)
{
    return damaged(u"its header has no valid “%1”."_s.arg(where));
}

bool isCanonicalUuid(const QString& text)
{
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}

/* Every member is known: the schema changes only with the format version, so an unknown member
 * is a writer's mistake or a forgery, never something to skip silently. */
Result<void> onlyMembers(const QJsonObject& object, std::initializer_list<QString> allowed, const QString& where)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end()) {
            return damaged(u"its header has an unexpected member “%1” in %2."_s.arg(it.key(), where));
        }
    }
    return {};
}

Result<QString> stringMember(const QJsonObject& object, const QString& key, const QString& where)
{
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        return badField(where + u'.' + key);
    }
    return value.toString();
}

/* Standard Base64 with padding, in its one canonical spelling, of exactly `size` bytes. */
Result<QByteArray> base64Member(const QJsonObject& object, const QString& key, qsizetype size, const QString& where)
{
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        return badField(where + u'.' + key);
    }
    const QByteArray text = value.toString().toLatin1();
    auto decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size || decoded.decoded.toBase64() != text) {
        return badField(where + u'.' + key);
    }
    return decoded.decoded;
}

Result<double> integerMember(const QJsonObject& object, const QString& key, double maximum, const QString& where)
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > maximum || std::floor(number) != number) {
        return badField(where + u'.' + key);
    }
    return number;
}

Result<Slot> slotFromJson(const QJsonValue& value, qsizetype index)
{
    const QString where = u"slots[%1]"_s.arg(index);
    if (!value.isObject()) {
        return badField(where);
    }
    const QJsonObject object = value.toObject();
    auto type = stringMember(object, u"type"_s, where);
    if (!type) {
        return type.error();
    }
    Slot slot;
    if (*type == u"keychain"_s) {
        slot.type = SlotType::Keychain;
        if (auto members = onlyMembers(object, {u"type"_s, u"id"_s, u"key"_s, u"nonce"_s, u"wrappedKey"_s}, where);
            !members) {
            return members.error();
        }
        auto key = stringMember(object, u"key"_s, where);
        if (!key) {
            return key.error();
        }
        slot.keychainKey = *key;
    } else if (*type == u"password"_s) {
        slot.type = SlotType::Password;
        if (auto members = onlyMembers(object, {u"type"_s, u"id"_s, u"kdf"_s, u"nonce"_s, u"wrappedKey"_s}, where);
            !members) {
            return members.error();
        }
        const QString kdfWhere = where + u".kdf"_s;
        if (!object.value(u"kdf"_s).isObject()) {
            return badField(kdfWhere);
        }
        const QJsonObject kdf = object.value(u"kdf"_s).toObject();
        auto name = stringMember(kdf, u"name"_s, kdfWhere);
        if (!name) {
            return name.error();
        }
        if (*name != kKdfName) {
            return Error(
                ErrorCode::Unsupported,
                u"The file protects its password with “%1”, which this version of Tessera does not support."_s.arg(
                    *name));
        }
        if (auto members =
                onlyMembers(kdf, {u"name"_s, u"memoryKiB"_s, u"iterations"_s, u"parallelism"_s, u"salt"_s}, kdfWhere);
            !members) {
            return members.error();
        }
        auto memoryKiB = integerMember(kdf, u"memoryKiB"_s, kMaxMemoryKiB, kdfWhere);
        auto iterations = integerMember(kdf, u"iterations"_s, kMaxIterations, kdfWhere);
        auto parallelism = integerMember(kdf, u"parallelism"_s, kMaxIterations, kdfWhere);
        auto salt = base64Member(kdf, u"salt"_s, qsizetype(Argon2id::kSaltSize), kdfWhere);
        for (const Result<double>* number : {&memoryKiB, &iterations, &parallelism}) {
            if (!*number) {
                return number->error();
            }
        }
        if (!salt) {
            return salt.error();
        }
        if (*parallelism != 1) {
            if (*parallelism >= 2 && *parallelism <= kMaxParallelismRecognised) {
                // A valid Argon2id setting, but libsodium computes parallelism 1 only.
                return Error(
                    ErrorCode::Unsupported,
                    u"The file's password uses Argon2id with parallelism %1; this version of Tessera supports 1 only."_s
                        .arg(*parallelism));
            }
            return badField(kdfWhere + u".parallelism"_s);
        }
        slot.kdf = {quint64(*memoryKiB) * 1024, quint32(*iterations)};
        slot.salt = *salt;
    } else {
        return Error(
            ErrorCode::Unsupported,
            u"The file has a kind of key slot (“%1”) this version of Tessera does not know; a newer version may open it."_s
                .arg(*type));
    }
    auto id = stringMember(object, u"id"_s, where);
    auto nonce = base64Member(object, u"nonce"_s, qsizetype(Aead::kNonceSize), where);
    auto wrappedKey = base64Member(object, u"wrappedKey"_s, kWrappedKeySize, where);
    if (!id) {
        return id.error();
    }
    if (!nonce) {
        return nonce.error();
    }
    if (!wrappedKey) {
        return wrappedKey.error();
    }
    slot.id = *id;
    slot.nonce = *nonce;
    slot.wrappedKey = *wrappedKey;
    return slot;
}

QJsonObject slotToJson(const Slot& slot)
{
    QJsonObject object{
        {u"type"_s, slot.type == SlotType::Keychain ? u"keychain"_s : u"password"_s},
        {u"id"_s, slot.id},
        {u"nonce"_s, QString::fromLatin1(slot.nonce.toBase64())},
        {u"wrappedKey"_s, QString::fromLatin1(slot.wrappedKey.toBase64())},
    };
    if (slot.type == SlotType::Keychain) {
        object.insert(u"key"_s, slot.keychainKey);
    } else {
        object.insert(u"kdf"_s, QJsonObject{
                                    {u"name"_s, kKdfName},
                                    {u"memoryKiB"_s, double(slot.kdf.memoryBytes / 1024)},
                                    {u"iterations"_s, double(slot.kdf.iterations)},
                                    {u"parallelism"_s, 1},
                                    {u"salt"_s, QString::fromLatin1(slot.salt.toBase64())},
                                });
    }
    return object;
}

/* The rules a header obeys whichever way it arrives: read from a file (`code` Damaged) or handed
 * to write() (`code` InvalidInput), so write() never produces a file parse() refuses. */
Result<void> validate(const ContainerFile::Header& header, ErrorCode code)
{
    const auto fail = [code](const QString& what) {
        return code == ErrorCode::Damaged ? damaged(what) : Error(code, u"The container cannot be written: "_s + what);
    };
    if (!isCanonicalUuid(header.vaultId)) {
        return fail(u"the vault identifier is not a UUID."_s);
    }
    if (header.slots.empty()) {
        return fail(u"it has no key slot, so nothing can open it."_s);
    }
    if (qsizetype(header.slots.size()) > kMaxSlots) {
        return fail(u"it has more than %1 key slots."_s.arg(kMaxSlots));
    }
    QSet<QString> ids;
    for (const Slot& slot : header.slots) {
        if (!isCanonicalUuid(slot.id)) {
            return fail(u"a key slot's identifier is not a UUID."_s);
        }
        if (ids.contains(slot.id)) {
            return fail(u"two key slots have the same identifier."_s);
        }
        ids.insert(slot.id);
        if (slot.nonce.size() != qsizetype(Aead::kNonceSize) || slot.wrappedKey.size() != kWrappedKeySize) {
            return fail(u"a key slot does not hold a 12-byte nonce and a 48-byte wrapped key."_s);
        }
        if (slot.type == SlotType::Keychain) {
            if (slot.keychainKey.isEmpty() || slot.keychainKey.size() > kMaxKeychainKeyLength) {
                return fail(u"a keychain slot does not name its keychain entry."_s);
            }
        } else {
            if (slot.salt.size() != qsizetype(Argon2id::kSaltSize)) {
                return fail(u"a password slot does not hold a 16-byte salt."_s);
            }
            if (slot.kdf.memoryBytes % 1024 != 0) {
                return fail(u"a password slot's memory setting is not a whole number of KiB."_s);
            }
            // Its own full sentence: the memory or passes asked for, and the limit.
            if (auto bounds = Argon2id::checkBounds(slot.kdf); !bounds) {
                return Error(code, bounds.error().message());
            }
        }
    }
    return {};
}

Result<ContainerFile::Header> headerFromJson(QByteArrayView json, QByteArray* contentNonce)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return damaged(u"its header is not a JSON object."_s);
    }
    const QJsonObject root = document.object();
    if (auto members = onlyMembers(root, {u"vault"_s, u"kind"_s, u"content"_s, u"slots"_s}, u"the header"_s);
        !members) {
        return members.error();
    }
    ContainerFile::Header header;
    auto vaultId = stringMember(root, u"vault"_s, u"header"_s);
    if (!vaultId || !isCanonicalUuid(*vaultId)) {
        return badField(u"vault"_s);
    }
    header.vaultId = *vaultId;
    const QString kind = root.value(u"kind"_s).toString();
    if (kind == u"vault"_s) {
        header.kind = ContainerFile::Kind::Vault;
    } else if (kind == u"backup"_s) {
        header.kind = ContainerFile::Kind::Backup;
    } else {
        return badField(u"kind"_s);
    }

    if (!root.value(u"content"_s).isObject()) {
        return badField(u"content"_s);
    }
    const QJsonObject content = root.value(u"content"_s).toObject();
    if (auto members = onlyMembers(content, {u"cipher"_s, u"nonce"_s}, u"content"_s); !members) {
        return members.error();
    }
    auto cipher = stringMember(content, u"cipher"_s, u"content"_s);
    if (!cipher) {
        return cipher.error();
    }
    if (*cipher != kCipher) {
        return Error(
            ErrorCode::Unsupported,
            u"The file is encrypted with “%1”, which this version of Tessera does not support."_s.arg(*cipher));
    }
    auto nonce = base64Member(content, u"nonce"_s, qsizetype(Aead::kNonceSize), u"content"_s);
    if (!nonce) {
        return nonce.error();
    }
    *contentNonce = *nonce;

    const QJsonValue slots = root.value(u"slots"_s);
    if (!slots.isArray()) {
        return badField(u"slots"_s);
    }
    const QJsonArray array = slots.toArray();
    if (array.size() > kMaxSlots) {
        return damaged(u"it lists more than %1 key slots."_s.arg(kMaxSlots));
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto slot = slotFromJson(array.at(i), i);
        if (!slot) {
            return slot.error();
        }
        header.slots.push_back(std::move(*slot));
    }
    if (auto valid = validate(header, ErrorCode::Damaged); !valid) {
        return valid.error();
    }
    return header;
}

} // namespace

Result<ContainerFile> ContainerFile::parse(QByteArrayView bytes)
{
    if (bytes.isEmpty()) {
        return damaged(u"it is empty."_s);
    }
    if (bytes.size() < kMagicSize || bytes.first(kMagicSize) != QByteArrayView(kMagic, kMagicSize)) {
        return Error(ErrorCode::Damaged, u"This is not a Tessera file (or its first bytes are damaged)."_s);
    }
    if (bytes.size() < kHeaderOffset) {
        return damaged(u"it is cut short."_s);
    }
    const auto* raw = reinterpret_cast<const uchar*>(bytes.data());
    const quint32 headerLength = qFromBigEndian<quint32>(raw + kLengthOffset);
    if (headerLength > quint32(kMaxHeaderSize)) {
        return damaged(u"its header claims %1 bytes, more than Tessera ever writes."_s.arg(headerLength));
    }
    const qsizetype digestOffset = kHeaderOffset + qsizetype(headerLength);
    const qsizetype ciphertextOffset = digestOffset + kDigestSize;
    if (bytes.size() < ciphertextOffset + qsizetype(Aead::kTagSize)) {
        return damaged(u"it is cut short."_s);
    }
    /* The digest is checked before the version and the JSON, so a flipped bit anywhere up to here
     * is reported as damage and never as a newer version or as a wrong password. */
    const QByteArray digest = QCryptographicHash::hash(bytes.first(digestOffset), QCryptographicHash::Sha256);
    if (bytes.sliced(digestOffset, kDigestSize) != QByteArrayView(digest)) {
        return damaged(u"its header does not match its checksum."_s);
    }
    const quint16 version = qFromBigEndian<quint16>(raw + kVersionOffset);
    if (version == 0) {
        return damaged(u"it names format version 0, which does not exist."_s);
    }
    if (version > kFormatVersion) {
        return Error(
            ErrorCode::Unsupported,
            u"This file was made by a newer version of Tessera (format %1; this version reads format %2). Update Tessera to open it."_s
                .arg(version)
                .arg(kFormatVersion));
    }
    ContainerFile file;
    auto header = headerFromJson(bytes.sliced(kHeaderOffset, headerLength), &file.m_nonce);
    if (!header) {
        return header.error();
    }
    file.m_header = std::move(*header);
    file.m_associatedData = bytes.first(ciphertextOffset).toByteArray();
    file.m_ciphertext = bytes.sliced(ciphertextOffset).toByteArray();
    return file;
}

Result<QByteArray> ContainerFile::write(const Header& header, const crypto::SecureBytes& masterKey,
                                        std::span<const std::uint8_t> content)
{
    if (auto valid = validate(header, ErrorCode::InvalidInput); !valid) {
        return valid.error();
    }
    // A fresh nonce for every write: GCM under one key must never see a nonce twice.
    auto nonce = crypto::Random::publicBytes(Aead::kNonceSize);
    if (!nonce) {
        return nonce.error();
    }
    QJsonArray slots;
    for (const Slot& slot : header.slots) {
        slots.append(slotToJson(slot));
    }
    const QJsonObject root{
        {u"vault"_s, header.vaultId},
        {u"kind"_s, header.kind == Kind::Vault ? u"vault"_s : u"backup"_s},
        {u"content"_s, QJsonObject{{u"cipher"_s, kCipher}, {u"nonce"_s, QString::fromLatin1(nonce->toBase64())}}},
        {u"slots"_s, slots},
    };
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    if (json.size() > kMaxHeaderSize) {
        return Error(ErrorCode::InvalidInput, u"The container header is too large."_s);
    }
    QByteArray bytes;
    bytes.reserve(kHeaderOffset + json.size() + kDigestSize + qsizetype(content.size() + Aead::kTagSize));
    bytes.append(kMagic, kMagicSize);
    char field[4];
    qToBigEndian<quint16>(kFormatVersion, field);
    bytes.append(field, 2);
    qToBigEndian<quint32>(quint32(json.size()), field);
    bytes.append(field, 4);
    bytes.append(json);
    bytes.append(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    auto sealed = Aead::encrypt(masterKey, asBytes(*nonce), content, asBytes(bytes));
    if (!sealed) {
        return sealed.error();
    }
    bytes.append(*sealed);
    return bytes;
}

const Slot* ContainerFile::findSlot(SlotType type) const
{
    for (const Slot& slot : m_header.slots) {
        if (slot.type == type) {
            return &slot;
        }
    }
    return nullptr;
}

Result<crypto::SecureBytes> ContainerFile::decrypt(const crypto::SecureBytes& masterKey) const
{
    auto plaintext = Aead::decrypt(masterKey, asBytes(m_nonce), asBytes(m_ciphertext), asBytes(m_associatedData));
    if (!plaintext && plaintext.error().code() == ErrorCode::Damaged) {
        return damaged(u"its contents do not match their authentication tag."_s);
    }
    return plaintext;
}

} // namespace tessera::vault
