// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/FreeOtpImporter.h"

#include "crypto/Aead.h"
#include "interop/FreeOtpToken.h"
#include "interop/JavaSerializedStringMap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <QXmlStreamReader>

#include <openssl/evp.h>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tessera::interop {

namespace {

using crypto::SecureBytes;

const QString kTokenOrder = u"tokenOrder"_s;
const QString kMasterKey = u"masterKey"_s;
const QString kTokenSuffix = u"-token"_s;
// Sealed keys are 32 bytes plus a tag; anything near this cap is not FreeOTP's.
constexpr qsizetype kMaxCipherTextSize = 4096;
constexpr qsizetype kMaxParametersSize = 64;

Error damaged(const QString& what)
{
    return Error(ErrorCode::Damaged, u"The FreeOTP backup is damaged: %1."_s.arg(what));
}

std::optional<QJsonObject> parseObject(const QString& text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

std::span<const std::uint8_t> asBytes(const SecureBytes& bytes)
{
    return bytes.bytes();
}

// --- 1.x: shared-preferences XML -------------------------------------------------------------

struct PrefString {
    QString name;
    QString text;
};

/* The <string> children of the root <map>, in file order; other preference types are skipped. */
Result<QList<PrefString>> readPrefs(QByteArrayView bytes)
{
    QXmlStreamReader xml(QByteArray::fromRawData(bytes.data(), bytes.size()));
    if (!xml.readNextStartElement() || xml.name() != u"map"_s) {
        return damaged(u"it is not a FreeOTP token list"_s);
    }
    QList<PrefString> strings;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"string"_s) {
            PrefString entry;
            entry.name = xml.attributes().value(u"name"_s).toString();
            entry.text = xml.readElementText();
            strings.append(std::move(entry));
        } else {
            xml.skipCurrentElement();
        }
    }
    // Whatever follows </map> must still be well-formed (and a cut-off file is an error).
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
    }
    if (xml.hasError()) {
        return damaged(u"its XML is not well-formed"_s);
    }
    return strings;
}

bool isTokenJson(const QString& text)
{
    const auto object = parseObject(text);
    return object && object->contains(u"secret"_s) && object->contains(u"type"_s);
}

Result<ImportResult> readV1(QByteArrayView bytes)
{
    auto strings = readPrefs(bytes);
    if (!strings) {
        return strings.error();
    }
    QStringList order;
    bool sawOrder = false;
    QList<qsizetype> tokens;
    for (qsizetype i = 0; i < strings->size(); ++i) {
        const PrefString& entry = strings->at(i);
        if (entry.name == kTokenOrder) {
            sawOrder = true;
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(entry.text.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !document.isArray()) {
                return damaged(u"the token order is not a list"_s);
            }
            for (const QJsonValue& id : document.array()) {
                order.append(id.toString());
            }
        } else {
            tokens.append(i);
        }
    }
    if (tokens.isEmpty() && !sawOrder) {
        return damaged(u"it holds no FreeOTP tokens"_s);
    }
    // The app's order first, then any token the order forgot, in file order.
    QList<qsizetype> sorted;
    QSet<qsizetype> placed;
    for (const QString& id : order) {
        for (const qsizetype i : tokens) {
            if (!placed.contains(i) && strings->at(i).name == id) {
                placed.insert(i);
                sorted.append(i);
                break;
            }
        }
    }
    for (const qsizetype i : tokens) {
        if (!placed.contains(i)) {
            sorted.append(i);
        }
    }

    ImportResult result;
    result.formatName = u"FreeOTP backup"_s;
    for (const qsizetype i : sorted) {
        const PrefString& entry = strings->at(i);
        const QString fallback = entry.name.isEmpty() ? u"entry %1"_s.arg(i + 1) : entry.name;
        const auto object = parseObject(entry.text);
        if (!object) {
            ImportedAccount account;
            account.label = fallback;
            account.problem = Error(ErrorCode::InvalidInput, u"The entry is not a FreeOTP token."_s);
            result.accounts.push_back(std::move(account));
            continue;
        }
        result.accounts.push_back(
            FreeOtpToken::read(*object, std::nullopt, FreeOtpToken::Counter::StoredIsLast, fallback));
    }
    return result;
}

// --- 2.x: Java-serialized map, encrypted ---------------------------------------------------------

/* The nonce from Java's GCMParameters encoding: SEQUENCE { OCTET STRING nonce, INTEGER tagBytes }
 * (older Android writes the bare OCTET STRING). Tessera's AES-GCM takes 12-byte nonces and 16-byte
 * tags, which is what FreeOTP uses. */
std::optional<QByteArray> gcmNonce(const SecureBytes& der)
{
    QByteArrayView rest(reinterpret_cast<const char*>(der.data()), static_cast<qsizetype>(der.size()));
    bool sequence = false;
    if (rest.size() >= 2 && static_cast<quint8>(rest[0]) == 0x30) {
        // Short-form length only: the whole thing is a few bytes.
        if (static_cast<quint8>(rest[1]) >= 0x80 || static_cast<quint8>(rest[1]) != rest.size() - 2) {
            return std::nullopt;
        }
        rest = rest.sliced(2);
        sequence = true;
    }
    const auto nonceSize = static_cast<qsizetype>(crypto::Aead::kNonceSize);
    if (rest.size() < 2 + nonceSize || static_cast<quint8>(rest[0]) != 0x04
        || static_cast<quint8>(rest[1]) != nonceSize) {
        return std::nullopt;
    }
    const QByteArray nonce = rest.sliced(2, nonceSize).toByteArray();
    rest = rest.sliced(2 + nonceSize);
    if (rest.isEmpty()) {
        return nonce;
    }
    if (sequence && rest == QByteArrayView("\x02\x01\x10", 3)) {
        return nonce;
    }
    return std::nullopt;
}

/* One of FreeOTP's EncryptedKey objects, checked but not yet opened. */
struct Sealed {
    SecureBytes cipherText;
    QByteArray nonce;
    QByteArray associatedData;
};

Result<Sealed> readSealed(const QJsonObject& object)
{
    if (!object.value(u"mCipher"_s).isString()) {
        return damaged(u"an encrypted key is incomplete"_s);
    }
    if (object.value(u"mCipher"_s).toString() != u"AES/GCM/NoPadding"_s) {
        return Error(ErrorCode::Unsupported, u"The FreeOTP backup uses a cipher Tessera does not know (%1)."_s.arg(
                                                 object.value(u"mCipher"_s).toString().left(40)));
    }
    auto cipherText = FreeOtpToken::signedBytes(object.value(u"mCipherText"_s), kMaxCipherTextSize);
    auto parameters = FreeOtpToken::signedBytes(object.value(u"mParameters"_s), kMaxParametersSize);
    const QJsonValue token = object.value(u"mToken"_s);
    if (!cipherText || cipherText->size() < crypto::Aead::kTagSize || !parameters || !token.isString()) {
        return damaged(u"an encrypted key is incomplete"_s);
    }
    auto nonce = gcmNonce(*parameters);
    if (!nonce) {
        return damaged(u"an encrypted key's parameters are not in the expected form"_s);
    }
    // FreeOTP binds each sealed key to what it is for ("AES", "HmacSHA1", …) as associated data.
    return Sealed{std::move(*cipherText), std::move(*nonce), token.toString().toUtf8()};
}

Result<SecureBytes> open(const SecureBytes& key, const Sealed& sealed)
{
    const auto nonce = std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(sealed.nonce.constData()),
                                                     static_cast<std::size_t>(sealed.nonce.size()));
    const auto aad =
        std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(sealed.associatedData.constData()),
                                      static_cast<std::size_t>(sealed.associatedData.size()));
    return crypto::Aead::decrypt(key, nonce, asBytes(sealed.cipherText), aad);
}

const EVP_MD* pbkdf2Hash(const QString& algorithm)
{
    if (algorithm.compare(u"PBKDF2withHmacSHA1"_s, Qt::CaseInsensitive) == 0) {
        return EVP_sha1();
    }
    if (algorithm.compare(u"PBKDF2withHmacSHA256"_s, Qt::CaseInsensitive) == 0) {
        return EVP_sha256();
    }
    if (algorithm.compare(u"PBKDF2withHmacSHA512"_s, Qt::CaseInsensitive) == 0) {
        return EVP_sha512();
    }
    return nullptr;
}

/* Checks the master key's parameters (before any work), then derives the password key and opens
 * the master key with it. */
Result<SecureBytes> openMasterKey(const JavaSerializedStringMap& map, const std::optional<SecureBytes>& password)
{
    const auto text = map.value(kMasterKey);
    if (!text) {
        return damaged(u"the master key is missing"_s);
    }
    const auto master = parseObject(*text);
    if (!master) {
        return damaged(u"the master key is not in the expected form"_s);
    }
    const QString algorithm = master->value(u"mAlgorithm"_s).toString();
    const EVP_MD* hash = pbkdf2Hash(algorithm);
    if (hash == nullptr) {
        return Error(ErrorCode::Unsupported,
                     u"The FreeOTP backup uses a key derivation Tessera does not know (%1)."_s.arg(algorithm.left(40)));
    }
    const QJsonValue iterationsValue = master->value(u"mIterations"_s);
    const double iterations = iterationsValue.toDouble(-1);
    if (!iterationsValue.isDouble() || !std::isfinite(iterations) || std::floor(iterations) != iterations) {
        return damaged(u"the master key's iteration count is not a whole number"_s);
    }
    if (iterations < static_cast<double>(FreeOtpImporter::kMinIterations)
        || iterations > static_cast<double>(FreeOtpImporter::kMaxIterations)) {
        return Error(ErrorCode::Unsupported,
                     u"The FreeOTP backup asks for %1 PBKDF2 iterations, outside what FreeOTP uses, so Tessera does "
                     u"not try them."_s.arg(iterations, 0, 'f', 0));
    }
    const auto salt = FreeOtpToken::signedBytes(master->value(u"mSalt"_s), FreeOtpImporter::kMaxSaltSize);
    if (!salt || salt->isEmpty()) {
        return damaged(u"the master key's salt is missing"_s);
    }
    auto sealed = readSealed(master->value(u"mEncryptedKey"_s).toObject());
    if (!sealed) {
        return sealed.error();
    }
    if (!password) {
        return Error(ErrorCode::WrongPassword, u"This FreeOTP backup is encrypted: enter its password."_s);
    }
    SecureBytes passwordKey(crypto::Aead::kKeySize);
    // OpenSSL wants a non-null pointer even for an empty password.
    const char* passwordData = password->isEmpty() ? "" : reinterpret_cast<const char*>(password->data());
    if (PKCS5_PBKDF2_HMAC(passwordData, static_cast<int>(password->size()), salt->data(),
                          static_cast<int>(salt->size()), static_cast<int>(iterations), hash,
                          static_cast<int>(passwordKey.size()), passwordKey.data())
        != 1) {
        return Error(ErrorCode::Internal, u"The key for the FreeOTP backup could not be derived."_s);
    }
    auto key = open(passwordKey, *sealed);
    if (!key) {
        // Only the password's key was used here, and a typo is far likelier than damage.
        return Error(ErrorCode::WrongPassword, u"The password for this FreeOTP backup is not correct."_s);
    }
    if (key->size() != crypto::Aead::kKeySize) {
        return Error(ErrorCode::Unsupported, u"The FreeOTP backup's master key is not a 256-bit AES key."_s);
    }
    return std::move(key).value();
}

/* One token: its details from "<uuid>-token", its secret sealed in "<uuid>". A secret whose tag
 * fails under a master key that opened is damage or tampering of the file: the whole file is
 * refused (ErrorCode::Damaged), as for any other authenticated format, rather than importing the
 * rest of a file someone changed. */
Result<ImportedAccount> readV2Token(const JavaSerializedStringMap& map, const QString& uuid,
                                    const SecureBytes& masterKey)
{
    ImportedAccount failed;
    failed.label = uuid;
    const auto details = map.value(uuid + kTokenSuffix);
    const auto detailsObject = details ? parseObject(*details) : std::nullopt;
    if (detailsObject) {
        // A label for messages even when the secret below fails.
        failed.label =
            FreeOtpToken::read(*detailsObject, SecureBytes(), FreeOtpToken::Counter::StoredIsNext, uuid).label;
    }
    const auto keyText = map.value(uuid);
    const auto keyObject = keyText ? parseObject(*keyText) : std::nullopt;
    const auto sealedObject = keyObject ? parseObject(keyObject->value(u"key"_s).toString()) : std::nullopt;
    // FreeOTP writes both halves of every token; a half missing or malformed means the file was
    // cut or changed, so it is refused whole like a failed tag below.
    if (!detailsObject || !sealedObject) {
        return damaged(u"the details or the encrypted secret of %1 are missing"_s.arg(failed.label));
    }
    auto sealed = readSealed(*sealedObject);
    if (!sealed) {
        return sealed.error();
    }
    auto secret = open(masterKey, *sealed);
    if (!secret) {
        // The master key opened, so this is damage, not the password.
        return damaged(u"the secret of %1 does not decrypt (the file was changed or is corrupt)"_s.arg(failed.label));
    }
    return FreeOtpToken::read(*detailsObject, std::move(secret).value(), FreeOtpToken::Counter::StoredIsNext, uuid);
}

Result<ImportResult> readV2(QByteArrayView bytes, const std::optional<SecureBytes>& password)
{
    auto map = JavaSerializedStringMap::parse(bytes);
    if (!map) {
        return map.error();
    }
    auto masterKey = openMasterKey(*map, password);
    if (!masterKey) {
        return masterKey.error();
    }
    // Every key but the master key names a token, as "<uuid>" (secret) or "<uuid>-token" (details).
    QStringList uuids;
    QSet<QString> seen;
    for (const auto& entry : map->entries()) {
        if (entry.first == kMasterKey) {
            continue;
        }
        const QString uuid =
            entry.first.endsWith(kTokenSuffix) ? entry.first.chopped(kTokenSuffix.size()) : entry.first;
        if (!seen.contains(uuid)) {
            seen.insert(uuid);
            uuids.append(uuid);
        }
    }
    ImportResult result;
    result.formatName = u"FreeOTP backup (encrypted)"_s;
    for (const QString& uuid : uuids) {
        auto account = readV2Token(*map, uuid, *masterKey);
        if (!account) {
            return account.error();
        }
        result.accounts.push_back(std::move(account).value());
    }
    // The map's order is its hash buckets', meaningless to a person.
    std::stable_sort(result.accounts.begin(), result.accounts.end(),
                     [](const ImportedAccount& a, const ImportedAccount& b) {
                         return a.label.compare(b.label, Qt::CaseInsensitive) < 0;
                     });
    return result;
}

} // namespace

QString FreeOtpImporter::id() const
{
    return u"freeotp"_s;
}

QString FreeOtpImporter::name() const
{
    return u"FreeOTP backup"_s;
}

bool FreeOtpImporter::recognises(QByteArrayView bytes) const
{
    if (JavaSerializedStringMap::hasMagic(bytes)) {
        return true;
    }
    const auto strings = readPrefs(bytes);
    if (!strings) {
        return false;
    }
    return std::any_of(strings->cbegin(), strings->cend(),
                       [](const PrefString& entry) { return entry.name != kTokenOrder && isTokenJson(entry.text); });
}

bool FreeOtpImporter::needsPassword(QByteArrayView bytes) const
{
    return JavaSerializedStringMap::hasMagic(bytes);
}

Result<ImportResult> FreeOtpImporter::read(QByteArrayView bytes,
                                           const std::optional<crypto::SecureBytes>& password) const
{
    if (JavaSerializedStringMap::hasMagic(bytes)) {
        return readV2(bytes, password);
    }
    return readV1(bytes);
}

} // namespace tessera::interop
