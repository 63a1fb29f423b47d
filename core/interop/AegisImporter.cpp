// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/AegisImporter.h"

#include "crypto/Aead.h"
#include "interop/JsonFields.h"
#include "otp/OtpParameters.h"
#include "otp/OtpToken.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <openssl/evp.h>

#include <limits>

using namespace Qt::StringLiterals;

namespace tessera::interop {

namespace {

constexpr int kFileVersion = 1;
constexpr int kMaxContentVersion = 3;
constexpr int kSlotTypePassword = 1;
constexpr qsizetype kSaltSize = 32;
constexpr qsizetype kMaxPasswordSlots = 16; // Aegis users have one, sometimes a backup password

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

/* Strict hex of an exact length: QByteArray::fromHex skips bad characters silently, and a
 * header that decodes to the wrong length must be refused, not truncated. */
std::optional<QByteArray> hexField(const QJsonObject& object, const QString& key, qsizetype size)
{
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        return std::nullopt;
    }
    const QString text = value.toString();
    if (text.size() != size * 2) {
        return std::nullopt;
    }
    for (const QChar c : text) {
        if (!isHexDigit(c)) {
            return std::nullopt;
        }
    }
    return QByteArray::fromHex(text.toLatin1());
}

std::span<const std::uint8_t> asBytes(const QByteArray& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

Error damaged(const QString& what)
{
    return Error(ErrorCode::Damaged, u"The Aegis vault is damaged: %1."_s.arg(what));
}

struct ScryptParameters {
    quint64 n = 0;
    quint64 r = 0;
    quint64 p = 0;
    quint64 memory = 0; // what OpenSSL must be allowed to allocate
};

/* scrypt through OpenSSL. OpenSSL's default memory limit (maxmem = 0 means 32 MiB) is below
 * what Aegis's own parameters need, so the limit is computed from the parameters, which were
 * already checked against our caps. */
Result<crypto::SecureBytes> deriveKey(const crypto::SecureBytes& password, const QByteArray& salt,
                                      const ScryptParameters& parameters)
{
    crypto::SecureBytes key(crypto::Aead::kKeySize);
    static const char kEmpty = 0;
    const char* passwordData = password.isEmpty() ? &kEmpty : reinterpret_cast<const char*>(password.data());
    const int ok =
        EVP_PBE_scrypt(passwordData, password.size(), asBytes(salt).data(), static_cast<std::size_t>(salt.size()),
                       parameters.n, parameters.r, parameters.p, parameters.memory, key.data(), key.size());
    if (ok != 1) {
        return Error(ErrorCode::Internal, u"The Aegis password could not be processed (scrypt failed)."_s);
    }
    return key;
}

/* Checks a password slot's scrypt parameters against our caps, or says why they are refused. */
Result<ScryptParameters> scryptParameters(const QJsonObject& slot)
{
    const auto n = JsonFields::wholeNumber(slot.value(u"n"_s), 2, std::numeric_limits<qint32>::max());
    const auto r = JsonFields::wholeNumber(slot.value(u"r"_s), 1, std::numeric_limits<qint32>::max());
    const auto p = JsonFields::wholeNumber(slot.value(u"p"_s), 1, std::numeric_limits<qint32>::max());
    if (!n || !r || !p) {
        return damaged(u"a password slot lacks valid scrypt parameters"_s);
    }
    const auto un = static_cast<quint64>(*n);
    const auto ur = static_cast<quint64>(*r);
    const auto up = static_cast<quint64>(*p);
    if ((un & (un - 1)) != 0) {
        return damaged(u"a password slot's scrypt N is not a power of two"_s);
    }
    if (un > AegisImporter::kMaxScryptN || ur > AegisImporter::kMaxScryptR || up > AegisImporter::kMaxScryptP) {
        return Error(ErrorCode::Unsupported,
                     u"The Aegis vault asks for scrypt parameters (N=%1, r=%2, p=%3) far above what Aegis "
                     u"uses, so Tessera does not try them."_s.arg(un)
                         .arg(ur)
                         .arg(up));
    }
    // OpenSSL needs 128·r·(N+2) bytes for V plus 128·r·p for B; the slack covers its rounding.
    const quint64 memory = 128 * ur * (un + 2) + 128 * ur * up + (quint64(1) << 20);
    if (memory > AegisImporter::kMaxScryptMemory) {
        return Error(ErrorCode::Unsupported,
                     u"The Aegis vault's scrypt parameters would need more than 1 GiB of memory, so Tessera "
                     u"does not try them."_s);
    }
    return ScryptParameters{un, ur, up, memory};
}

/* Tries each password slot in turn until one unwraps the master key. */
Result<crypto::SecureBytes> unwrapMasterKey(const QJsonObject& header, const crypto::SecureBytes& password)
{
    const QJsonValue slotsValue = header.value(u"slots"_s);
    if (!slotsValue.isArray()) {
        return damaged(u"the header has no key slots"_s);
    }
    // Each password slot costs a full scrypt run, so a header stuffed with slots is refused up front.
    qsizetype passwordSlots = 0;
    for (const QJsonValue& slotValue : slotsValue.toArray()) {
        if (JsonFields::wholeNumber(slotValue.toObject().value(u"type"_s), 0, 255) == kSlotTypePassword) {
            ++passwordSlots;
        }
    }
    if (passwordSlots > kMaxPasswordSlots) {
        return Error(ErrorCode::Unsupported,
                     u"The Aegis vault has %1 password slots, more than Tessera tries (%2)."_s.arg(passwordSlots)
                         .arg(kMaxPasswordSlots));
    }
    bool sawPasswordSlot = false;
    for (const QJsonValue& slotValue : slotsValue.toArray()) {
        if (!slotValue.isObject()) {
            return damaged(u"a key slot is not an object"_s);
        }
        const QJsonObject slot = slotValue.toObject();
        // Raw (0) and biometric (2) slots hold keys that live only on the phone.
        if (JsonFields::wholeNumber(slot.value(u"type"_s), 0, 255) != kSlotTypePassword) {
            continue;
        }
        sawPasswordSlot = true;
        const auto scrypt = scryptParameters(slot);
        if (!scrypt) {
            return scrypt.error();
        }
        const auto salt = hexField(slot, u"salt"_s, kSaltSize);
        const auto wrapped = hexField(slot, u"key"_s, static_cast<qsizetype>(crypto::Aead::kKeySize));
        const QJsonObject keyParams = slot.value(u"key_params"_s).toObject();
        const auto nonce = hexField(keyParams, u"nonce"_s, static_cast<qsizetype>(crypto::Aead::kNonceSize));
        const auto tag = hexField(keyParams, u"tag"_s, static_cast<qsizetype>(crypto::Aead::kTagSize));
        if (!salt || !wrapped || !nonce || !tag) {
            return damaged(u"a password slot is incomplete"_s);
        }
        auto kek = deriveKey(password, *salt, *scrypt);
        if (!kek) {
            return kek.error();
        }
        auto master = crypto::Aead::decrypt(*kek, asBytes(*nonce), asBytes(*wrapped + *tag), {});
        if (master && master->size() == crypto::Aead::kKeySize) {
            return std::move(master).value();
        }
        // A failed tag here means this slot belongs to another password: try the next one.
    }
    if (!sawPasswordSlot) {
        return Error(ErrorCode::Unsupported,
                     u"The Aegis vault has no password slot (only keys stored on the phone), so it cannot be "
                     u"opened here."_s);
    }
    return Error(ErrorCode::WrongPassword, u"The password does not open this Aegis vault."_s);
}

Result<crypto::SecureBytes> decryptContent(const QJsonObject& file, const crypto::SecureBytes& password)
{
    const QJsonObject header = file.value(u"header"_s).toObject();
    const QJsonObject params = header.value(u"params"_s).toObject();
    const auto nonce = hexField(params, u"nonce"_s, static_cast<qsizetype>(crypto::Aead::kNonceSize));
    const auto tag = hexField(params, u"tag"_s, static_cast<qsizetype>(crypto::Aead::kTagSize));
    if (!nonce || !tag) {
        return damaged(u"the header's nonce or tag is missing"_s);
    }
    const auto decoded = QByteArray::fromBase64Encoding(file.value(u"db"_s).toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return damaged(u"the encrypted data is not valid Base64"_s);
    }
    auto master = unwrapMasterKey(header, password);
    if (!master) {
        return master.error();
    }
    auto content = crypto::Aead::decrypt(*master, asBytes(*nonce), asBytes(*decoded + *tag), {});
    if (!content) {
        // The master key was right (its own tag checked), so a failure now is damage, not the password.
        return damaged(u"the encrypted data does not match its tag"_s);
    }
    return std::move(content).value();
}

QString entryLabel(const QString& issuer, const QString& name, int index)
{
    if (!issuer.isEmpty() && !name.isEmpty()) {
        return u"%1 / %2"_s.arg(issuer, name);
    }
    if (!name.isEmpty()) {
        return name;
    }
    if (!issuer.isEmpty()) {
        return issuer;
    }
    return u"entry %1"_s.arg(index + 1);
}

Result<otp::OtpParameters> entryParameters(const QString& type, const QJsonObject& info)
{
    if (type == u"steam"_s) {
        // Steam is fixed (SHA1, 5 characters, 30 s) whatever the file says.
        return otp::OtpParameters::steam();
    }
    if (type != u"totp"_s && type != u"hotp"_s) {
        return Error(ErrorCode::Unsupported, u"The entry type \"%1\" is not supported."_s.arg(type.left(32)));
    }
    QString algoName = info.value(u"algo"_s).toString(u"SHA1"_s);
    // Aegis coerces MD5 to SHA1 for every type but mOTP.
    if (algoName.compare(u"MD5"_s, Qt::CaseInsensitive) == 0) {
        algoName = u"SHA1"_s;
    }
    auto algorithm = otp::OtpParameters::algorithmFromName(algoName);
    if (!algorithm) {
        return Error(ErrorCode::Unsupported, u"The algorithm \"%1\" is not supported."_s.arg(algoName.left(32)));
    }
    return JsonFields::otpParameters(info, *algorithm, type == u"hotp"_s);
}

ImportedAccount readEntry(const QJsonValue& value, int index, const QHash<QString, QString>& groupNames)
{
    ImportedAccount account;
    if (!value.isObject()) {
        account.label = u"entry %1"_s.arg(index + 1);
        account.problem = Error(ErrorCode::InvalidInput, u"The entry is not a JSON object."_s);
        return account;
    }
    const QJsonObject entry = value.toObject();
    const QString issuer = entry.value(u"issuer"_s).toString();
    const QString name = entry.value(u"name"_s).toString();
    account.label = entryLabel(issuer, name, index);
    account.note = entry.value(u"note"_s).toString();
    account.favorite = entry.value(u"favorite"_s).toBool(false);
    // Custom icons come along when they are a small image of a known kind; anything else (an
    // unknown type, a huge blob, bad Base64) is left behind without failing the entry.
    if (const QJsonValue icon = entry.value(u"icon"_s); icon.isString()) {
        const auto data =
            QByteArray::fromBase64Encoding(icon.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (data) {
            account.icon = vault::AccountIcon::make(entry.value(u"icon_mime"_s).toString(), data.decoded);
        }
    }
    // v3 lists group uuids; the v2 `group` name counts only when there is no such list.
    const QJsonValue groups = entry.value(u"groups"_s);
    if (groups.isArray()) {
        for (const QJsonValue& uuid : groups.toArray()) {
            const auto found = groupNames.constFind(uuid.toString());
            if (found != groupNames.constEnd()) {
                account.group = *found;
                break;
            }
        }
    } else {
        account.group = entry.value(u"group"_s).toString();
    }

    const QJsonObject info = entry.value(u"info"_s).toObject();
    auto parameters = entryParameters(entry.value(u"type"_s).toString(), info);
    if (!parameters) {
        account.problem = parameters.error();
        return account;
    }
    auto token = JsonFields::base32Token(info.value(u"secret"_s), issuer, name, *parameters);
    if (!token) {
        account.problem = token.error();
        return account;
    }
    account.token = std::move(token).value();
    return account;
}

Result<ImportResult> readContent(const QJsonObject& content, const QString& formatName)
{
    const auto version = JsonFields::wholeNumber(content.value(u"version"_s), 0, std::numeric_limits<qint32>::max());
    if (!version) {
        return damaged(u"the content has no version"_s);
    }
    if (*version > kMaxContentVersion || *version < 1) {
        return Error(ErrorCode::Unsupported,
                     u"The Aegis vault's content version %1 is not supported (Tessera reads 1 to 3)."_s.arg(*version));
    }
    const QJsonValue entries = content.value(u"entries"_s);
    if (!entries.isArray()) {
        return damaged(u"the list of entries is missing"_s);
    }

    ImportResult result;
    result.formatName = formatName;
    QHash<QString, QString> groupNames;
    for (const QJsonValue& groupValue : content.value(u"groups"_s).toArray()) {
        const QJsonObject group = groupValue.toObject();
        const QString groupName = group.value(u"name"_s).toString();
        if (groupName.isEmpty()) {
            continue;
        }
        groupNames.insert(group.value(u"uuid"_s).toString(), groupName);
        if (!result.groups.contains(groupName)) {
            result.groups.append(groupName);
        }
    }
    const QJsonArray list = entries.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        ImportedAccount account = readEntry(list.at(i), static_cast<int>(i), groupNames);
        // v2 group names exist only on entries, so the file's group list is gathered from them.
        if (!account.group.isEmpty() && !result.groups.contains(account.group)) {
            result.groups.append(account.group);
        }
        result.accounts.push_back(std::move(account));
    }
    return result;
}

} // namespace

QString AegisImporter::id() const
{
    return u"aegis"_s;
}

QString AegisImporter::name() const
{
    return u"Aegis vault"_s;
}

bool AegisImporter::recognises(QByteArrayView bytes) const
{
    const auto object = JsonFields::parseObject(bytes);
    return object && object->contains(u"header"_s) && object->contains(u"db"_s);
}

bool AegisImporter::needsPassword(QByteArrayView bytes) const
{
    const auto object = JsonFields::parseObject(bytes);
    return object && object->value(u"db"_s).isString();
}

Result<ImportResult> AegisImporter::read(QByteArrayView bytes, const std::optional<crypto::SecureBytes>& password) const
{
    const auto file = JsonFields::parseObject(bytes);
    if (!file) {
        return damaged(u"it is not a JSON object"_s);
    }
    if (!file->contains(u"header"_s) || !file->contains(u"db"_s)) {
        return damaged(u"the header or the data is missing"_s);
    }
    const auto version = JsonFields::wholeNumber(file->value(u"version"_s), 0, std::numeric_limits<qint32>::max());
    if (version && *version > kFileVersion) {
        return Error(ErrorCode::Unsupported,
                     u"The Aegis vault's file version %1 is not supported (Tessera reads version 1)."_s.arg(*version));
    }

    const QJsonValue db = file->value(u"db"_s);
    if (db.isObject()) {
        return readContent(db.toObject(), u"Aegis vault"_s);
    }
    if (!db.isString()) {
        return damaged(u"the data is neither an object nor encrypted text"_s);
    }
    if (!password) {
        return Error(ErrorCode::WrongPassword, u"This Aegis vault is encrypted: enter its password."_s);
    }
    auto plaintext = decryptContent(*file, *password);
    if (!plaintext) {
        return plaintext.error();
    }
    // parseObject reads the decrypted content in place: no unwiped copy of it.
    const auto content = JsonFields::parseObject(
        QByteArrayView(reinterpret_cast<const char*>(plaintext->data()), static_cast<qsizetype>(plaintext->size())));
    if (!content) {
        return damaged(u"the decrypted content is not a JSON object"_s);
    }
    return readContent(*content, u"Aegis vault (encrypted)"_s);
}

} // namespace tessera::interop
