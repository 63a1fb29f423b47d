// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/AndOtpImporter.h"

#include "crypto/Aead.h"
#include "interop/JsonFields.h"
#include "otp/OtpParameters.h"
#include "otp/OtpToken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringDecoder>

#include <openssl/evp.h>

using namespace Qt::Literals::StringLiterals;

namespace tessera::interop {

namespace {

using crypto::SecureBytes;

constexpr qsizetype kIterationsSize = 4;
constexpr qsizetype kSaltSize = 12;
constexpr qsizetype kNonceSize = static_cast<qsizetype>(crypto::Aead::kNonceSize);
constexpr qsizetype kTagSize = static_cast<qsizetype>(crypto::Aead::kTagSize);
constexpr qsizetype kNewHeaderSize = kIterationsSize + kSaltSize + kNonceSize;

const QString kFormatName = u"andOTP backup"_s;

bool looksLikeEntryList(const QJsonDocument& document)
{
    if (!document.isArray() || document.array().isEmpty()) {
        return false;
    }
    const QJsonObject first = document.array().first().toObject();
    return first.contains(u"secret"_s) && first.contains(u"label"_s) && first.contains(u"type"_s);
}

std::span<const std::uint8_t> asBytes(QByteArrayView bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.data()), static_cast<std::size_t>(bytes.size())};
}

Error damaged(const QString& what)
{
    return Error(ErrorCode::Damaged, u"The andOTP backup is damaged: %1."_s.arg(what));
}

/* Issuer and name of an entry. Very old andOTP had no issuer field and wrote "Issuer - Name";
 * a later bug wrote "Issuer - Issuer:Name" (the old-format fixture). Both become issuer + name,
 * so the accounts look the same as from a newer backup of the same phone. */
std::pair<QString, QString> issuerAndName(const QJsonObject& entry)
{
    const QString label = entry.value(u"label"_s).toString();
    const QJsonValue issuerValue = entry.value(u"issuer"_s);
    if (issuerValue.isString() && !issuerValue.toString().isEmpty()) {
        return {issuerValue.toString(), label};
    }
    const qsizetype dash = label.indexOf(u" - "_s);
    if (dash > 0) {
        const QString issuer = label.left(dash);
        QString name = label.mid(dash + 3);
        if (name.startsWith(issuer + u':')) {
            name = name.mid(issuer.size() + 1);
        }
        return {issuer, name};
    }
    const qsizetype colon = label.indexOf(u':');
    if (colon > 0) {
        return {label.left(colon), label.mid(colon + 1).trimmed()};
    }
    return {QString(), label};
}

Result<otp::OtpParameters> entryParameters(const QJsonObject& entry)
{
    const QString type = entry.value(u"type"_s).toString().toUpper();
    if (type == u"STEAM"_s) {
        return otp::OtpParameters::steam();
    }
    if (type == u"MOTP"_s) {
        return Error(ErrorCode::Unsupported, u"mOTP entries are not supported."_s);
    }
    if (type != u"TOTP"_s && type != u"HOTP"_s) {
        return Error(ErrorCode::Unsupported, u"The entry type \"%1\" is not supported."_s.arg(type.left(32)));
    }
    const QString algoName = entry.value(u"algorithm"_s).toString(u"SHA1"_s);
    auto algorithm = otp::OtpParameters::algorithmFromName(algoName);
    if (!algorithm) {
        return Error(ErrorCode::Unsupported, u"The algorithm \"%1\" is not supported."_s.arg(algoName.left(32)));
    }
    return JsonFields::otpParameters(entry, *algorithm, type == u"HOTP"_s);
}

ImportedAccount readEntry(const QJsonValue& value, int index)
{
    ImportedAccount account;
    if (!value.isObject()) {
        account.label = u"entry %1"_s.arg(index + 1);
        account.problem = Error(ErrorCode::InvalidInput, u"The entry is not a JSON object."_s);
        return account;
    }
    const QJsonObject entry = value.toObject();
    const auto [issuer, name] = issuerAndName(entry);
    if (!issuer.isEmpty() && !name.isEmpty()) {
        account.label = u"%1 / %2"_s.arg(issuer, name);
    } else if (!issuer.isEmpty() || !name.isEmpty()) {
        account.label = issuer.isEmpty() ? name : issuer;
    } else {
        account.label = u"entry %1"_s.arg(index + 1);
    }
    // Tessera has one group per account; andOTP's first tag is the closest thing.
    const QJsonArray tags = entry.value(u"tags"_s).toArray();
    for (const QJsonValue& tag : tags) {
        if (tag.isString() && !tag.toString().isEmpty()) {
            account.group = tag.toString();
            break;
        }
    }

    auto parameters = entryParameters(entry);
    if (!parameters) {
        account.problem = parameters.error();
        return account;
    }
    auto token = JsonFields::base32Token(entry.value(u"secret"_s), issuer, name, *parameters);
    if (!token) {
        account.problem = token.error();
        return account;
    }
    account.token = std::move(token).value();
    return account;
}

Result<ImportResult> readEntries(const QJsonDocument& document, const QString& formatName)
{
    if (!document.isArray()) {
        return damaged(u"it is not a list of entries"_s);
    }
    ImportResult result;
    result.formatName = formatName;
    const QJsonArray list = document.array();
    for (qsizetype i = 0; i < list.size(); ++i) {
        ImportedAccount account = readEntry(list.at(i), static_cast<int>(i));
        if (!account.group.isEmpty() && !result.groups.contains(account.group)) {
            result.groups.append(account.group);
        }
        result.accounts.push_back(std::move(account));
    }
    return result;
}

/* The decrypted content as entries; a plaintext that passed its tag but is not andOTP JSON was
 * written by something else with the same layout. */
Result<ImportResult> readPlaintext(const SecureBytes& plaintext, const QString& formatName)
{
    const QByteArrayView view(reinterpret_cast<const char*>(plaintext.data()),
                              static_cast<qsizetype>(plaintext.size()));
    const auto document = JsonFields::parseDocument(view);
    if (!document || !document->isArray()) {
        return damaged(u"the decrypted content is not a list of entries"_s);
    }
    return readEntries(*document, formatName);
}

quint32 bigEndian32(QByteArrayView bytes)
{
    return (quint32(quint8(bytes[0])) << 24) | (quint32(quint8(bytes[1])) << 16) | (quint32(quint8(bytes[2])) << 8)
           | quint32(quint8(bytes[3]));
}

const char* passwordData(const SecureBytes& password)
{
    // OpenSSL wants a non-null pointer even for an empty password.
    return password.isEmpty() ? "" : reinterpret_cast<const char*>(password.data());
}

/* The new layout: PBKDF2-HMAC-SHA1 → AES-256-GCM. Nothing when the tag fails (wrong password,
 * or not this layout). The iteration count was checked by the caller. */
std::optional<SecureBytes> decryptNew(QByteArrayView bytes, const SecureBytes& password, quint32 iterations)
{
    const QByteArrayView salt = bytes.sliced(kIterationsSize, kSaltSize);
    const QByteArrayView nonce = bytes.sliced(kIterationsSize + kSaltSize, kNonceSize);
    SecureBytes key(crypto::Aead::kKeySize);
    if (PKCS5_PBKDF2_HMAC(passwordData(password), static_cast<int>(password.size()), asBytes(salt).data(),
                          static_cast<int>(salt.size()), static_cast<int>(iterations), EVP_sha1(),
                          static_cast<int>(key.size()), key.data())
        != 1) {
        return std::nullopt;
    }
    auto plaintext = crypto::Aead::decrypt(key, asBytes(nonce), asBytes(bytes.sliced(kNewHeaderSize)), {});
    if (!plaintext) {
        return std::nullopt;
    }
    return std::move(plaintext).value();
}

/* The old layout: key = SHA-256(password) → AES-256-GCM. */
std::optional<SecureBytes> decryptOld(QByteArrayView bytes, const SecureBytes& password)
{
    SecureBytes key(crypto::Aead::kKeySize);
    unsigned int keySize = 0;
    if (EVP_Digest(passwordData(password), password.size(), key.data(), &keySize, EVP_sha256(), nullptr) != 1
        || keySize != key.size()) {
        return std::nullopt;
    }
    auto plaintext =
        crypto::Aead::decrypt(key, asBytes(bytes.first(kNonceSize)), asBytes(bytes.sliced(kNonceSize)), {});
    if (!plaintext) {
        return std::nullopt;
    }
    return std::move(plaintext).value();
}

} // namespace

QString AndOtpImporter::id() const
{
    return u"andotp"_s;
}

QString AndOtpImporter::name() const
{
    return kFormatName;
}

bool AndOtpImporter::recognises(QByteArrayView bytes) const
{
    const auto document = JsonFields::parseDocument(bytes);
    return document && looksLikeEntryList(*document);
}

bool AndOtpImporter::needsPassword(QByteArrayView bytes) const
{
    // read() takes the JSON path first, and Qt's parser accepts raw control characters inside
    // strings, which mightBeEncrypted() takes for ciphertext: such a plain list reads without one.
    return !JsonFields::parseDocument(bytes) && mightBeEncrypted(bytes);
}

bool AndOtpImporter::mightBeEncrypted(QByteArrayView bytes)
{
    if (bytes.size() < kMinEncryptedSize) {
        return false;
    }
    // Ciphertext is random: among 28+ bytes there is almost surely a control character or a
    // sequence that is not UTF-8, while JSON and text files have neither.
    for (const char c : bytes) {
        const auto byte = static_cast<quint8>(c);
        if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7f) {
            return true;
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return decoder.hasError();
}

Result<ImportResult> AndOtpImporter::read(QByteArrayView bytes,
                                          const std::optional<crypto::SecureBytes>& password) const
{
    if (const auto document = JsonFields::parseDocument(bytes)) {
        return readEntries(*document, kFormatName);
    }
    if (!mightBeEncrypted(bytes)) {
        return damaged(u"it is neither an andOTP list of entries nor an encrypted andOTP backup"_s);
    }
    if (!password) {
        return Error(ErrorCode::WrongPassword, u"This andOTP backup is encrypted: enter its password."_s);
    }
    // No marker tells the two layouts apart, so the new one (what andOTP wrote since 2019) is
    // tried first. A count outside the bounds means this is not the new layout, or a hostile one:
    // either way no PBKDF2 run happens.
    if (bytes.size() >= kNewHeaderSize + kTagSize) {
        const quint32 iterations = bigEndian32(bytes);
        if (iterations >= kMinIterations && iterations <= kMaxIterations) {
            if (auto plaintext = decryptNew(bytes, *password, iterations)) {
                return readPlaintext(*plaintext, u"andOTP backup (encrypted)"_s);
            }
        }
    }
    if (auto plaintext = decryptOld(bytes, *password)) {
        return readPlaintext(*plaintext, u"andOTP backup (encrypted, old format)"_s);
    }
    // Both tags failed: a damaged file cannot be told from a wrong password here.
    return Error(ErrorCode::WrongPassword,
                 u"The password does not open this andOTP backup (or the file is damaged or not an andOTP "
                 u"backup)."_s);
}

} // namespace tessera::interop
