// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/TwoFasImporter.h"

#include "crypto/Aead.h"
#include "interop/JsonFields.h"
#include "otp/Base32.h"
#include "otp/OtpParameters.h"
#include "otp/OtpToken.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <openssl/evp.h>

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace tessera::interop {

namespace {

using crypto::SecureBytes;
using otp::HashAlgorithm;
using otp::OtpParameters;

bool isEncrypted(const QJsonObject& root)
{
    const QJsonValue encrypted = root.value(u"servicesEncrypted"_s);
    return encrypted.isString() && !encrypted.toString().isEmpty();
}

std::span<const std::uint8_t> asBytes(const QByteArray& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

/* One `ciphertext‖tag:salt:iv` triple, Base64 parts. */
struct Sealed {
    QByteArray ciphertextAndTag;
    QByteArray salt;
    QByteArray iv;
};

Result<Sealed> splitSealed(const QString& text, const QString& what)
{
    const QStringList parts = text.split(u':');
    const Error damaged(ErrorCode::Damaged, u"The 2FAS backup's %1 is not in the expected form."_s.arg(what));
    if (parts.size() != 3) {
        return damaged;
    }
    Sealed sealed;
    QByteArray* targets[] = {&sealed.ciphertextAndTag, &sealed.salt, &sealed.iv};
    for (int i = 0; i < 3; ++i) {
        auto decoded = QByteArray::fromBase64Encoding(parts.at(i).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            return damaged;
        }
        *targets[i] = std::move(*decoded);
    }
    if (sealed.iv.size() != static_cast<qsizetype>(crypto::Aead::kNonceSize)
        || sealed.ciphertextAndTag.size() < static_cast<qsizetype>(crypto::Aead::kTagSize) || sealed.salt.isEmpty()
        || sealed.salt.size() > TwoFasImporter::kMaxSaltSize) {
        return damaged;
    }
    return sealed;
}

Result<SecureBytes> deriveKey(const SecureBytes& password, const QByteArray& salt)
{
    SecureBytes key(crypto::Aead::kKeySize);
    // OpenSSL wants a non-null pointer even for an empty password.
    const char* passwordData = password.isEmpty() ? "" : reinterpret_cast<const char*>(password.data());
    if (PKCS5_PBKDF2_HMAC(passwordData, static_cast<int>(password.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<int>(salt.size()),
                          TwoFasImporter::kPbkdf2Iterations, EVP_sha256(), static_cast<int>(key.size()), key.data())
        != 1) {
        return Error(ErrorCode::Internal, u"The key for the 2FAS backup could not be derived."_s);
    }
    return key;
}

/* Decrypts the services array. The `reference` field is a known text sealed with the same key:
 * if its tag fails, the password is wrong; if it passes and the services' tag fails, the file
 * was damaged. Without a reference the two cannot be told apart, and a typo is far more likely. */
Result<SecureBytes> decryptServices(const QJsonObject& root, const SecureBytes& password)
{
    auto services = splitSealed(root.value(u"servicesEncrypted"_s).toString(), u"encrypted service list"_s);
    if (!services) {
        return services.error();
    }
    auto key = deriveKey(password, services->salt);
    if (!key) {
        return key.error();
    }
    const Error wrongPassword(ErrorCode::WrongPassword, u"The password for this 2FAS backup is not correct."_s);

    bool referenceChecked = false;
    const QJsonValue referenceValue = root.value(u"reference"_s);
    if (referenceValue.isString() && !referenceValue.toString().isEmpty()) {
        auto reference = splitSealed(referenceValue.toString(), u"password check"_s);
        if (!reference) {
            return reference.error();
        }
        // 2FAS uses one salt for both; a different one still works if we derive again.
        std::optional<SecureBytes> referenceKey;
        if (reference->salt != services->salt) {
            auto derived = deriveKey(password, reference->salt);
            if (!derived) {
                return derived.error();
            }
            referenceKey = std::move(*derived);
        }
        auto check = crypto::Aead::decrypt(referenceKey ? *referenceKey : *key, asBytes(reference->iv),
                                           asBytes(reference->ciphertextAndTag), {});
        if (!check) {
            return check.error().code() == ErrorCode::Damaged ? wrongPassword : check.error();
        }
        referenceChecked = true;
    }

    auto plaintext = crypto::Aead::decrypt(*key, asBytes(services->iv), asBytes(services->ciphertextAndTag), {});
    if (!plaintext) {
        if (plaintext.error().code() != ErrorCode::Damaged) {
            return plaintext.error();
        }
        if (!referenceChecked) {
            return wrongPassword;
        }
        return Error(ErrorCode::Damaged,
                     u"The password is correct, but the 2FAS backup's encrypted service list is damaged."_s);
    }
    return std::move(*plaintext);
}

QString stringField(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

/* The parameters of one service, per the schema: 1 knew only labels (all default TOTP), 2 added
 * digits/period/algorithm (always TOTP), 3 added tokenType and counter. */
Result<OtpParameters> parametersOf(const QJsonObject& otp, int schema)
{
    if (schema < 2) {
        return OtpParameters::totp();
    }

    HashAlgorithm algorithm = HashAlgorithm::Sha1;
    const QJsonValue algorithmValue = otp.value(u"algorithm"_s);
    if (!algorithmValue.isUndefined() && !algorithmValue.isNull()) {
        const QString algorithmName = algorithmValue.toString();
        auto parsed = otp::OtpParameters::algorithmFromName(algorithmName);
        if (!algorithmValue.isString() || !parsed) {
            return Error(ErrorCode::Unsupported, u"The algorithm %1 is not supported."_s.arg(
                                                     algorithmName.isEmpty() ? u"given"_s : algorithmName));
        }
        algorithm = *parsed;
    }

    int digits = OtpParameters::kDefaultDigits;
    const QJsonValue digitsValue = otp.value(u"digits"_s);
    if (!digitsValue.isUndefined() && !digitsValue.isNull()) {
        const auto parsed = JsonFields::wholeNumber(digitsValue, 0, 1000);
        if (!parsed) {
            return Error(ErrorCode::InvalidInput, u"The number of digits is not a valid number."_s);
        }
        digits = static_cast<int>(*parsed);
    }

    QString type = u"TOTP"_s;
    if (schema >= 3) {
        const QJsonValue typeValue = otp.value(u"tokenType"_s);
        if (typeValue.isString() && !typeValue.toString().isEmpty()) {
            type = typeValue.toString().toUpper();
        }
    }

    if (type == u"STEAM"_s) {
        return OtpParameters::steam();
    }
    if (type == u"HOTP"_s) {
        quint64 counter = 0;
        const QJsonValue counterValue = otp.value(u"counter"_s);
        if (!counterValue.isUndefined() && !counterValue.isNull()) {
            // Doubles are exact up to 2^53; no real counter comes near it.
            const auto parsed = JsonFields::wholeNumber(counterValue, 0, qint64(1) << 53);
            if (!parsed) {
                return Error(ErrorCode::InvalidInput, u"The HOTP counter is not a valid number."_s);
            }
            counter = static_cast<quint64>(*parsed);
        }
        return OtpParameters::hotp(algorithm, digits, counter);
    }
    if (type != u"TOTP"_s) {
        return Error(ErrorCode::Unsupported, u"The token type %1 is not supported."_s.arg(type));
    }

    int period = OtpParameters::kDefaultPeriod;
    const QJsonValue periodValue = otp.value(u"period"_s);
    if (!periodValue.isUndefined() && !periodValue.isNull()) {
        const auto parsed = JsonFields::wholeNumber(periodValue, 0, std::numeric_limits<int>::max());
        if (!parsed) {
            return Error(ErrorCode::InvalidInput, u"The period is not a valid number."_s);
        }
        period = static_cast<int>(*parsed);
    }
    return OtpParameters::totp(algorithm, digits, period);
}

ImportedAccount readService(const QJsonValue& value, qsizetype index, int schema,
                            const QHash<QString, QString>& groupNames)
{
    ImportedAccount account;
    account.label = u"entry %1"_s.arg(index + 1);
    if (!value.isObject()) {
        account.problem = Error(ErrorCode::InvalidInput, u"The entry is not a service object."_s);
        return account;
    }
    const QJsonObject service = value.toObject();
    const QJsonObject otp = service.value(u"otp"_s).toObject();

    // Aegis's and 2FAS's own mapping: the service name is the issuer, the account comes from
    // `otp.account`, then `otp.label`.
    QString issuer = stringField(service, u"name"_s);
    if (issuer.isEmpty()) {
        issuer = stringField(otp, u"issuer"_s);
    }
    QString name = stringField(otp, u"account"_s);
    if (name.isEmpty()) {
        name = stringField(otp, u"label"_s);
        // Old exports wrote the label as "Issuer:Account".
        const qsizetype colon = name.indexOf(u':');
        if (colon >= 0) {
            if (issuer.isEmpty()) {
                issuer = name.left(colon).trimmed();
            }
            name = name.mid(colon + 1).trimmed();
        }
    }
    if (!issuer.isEmpty() || !name.isEmpty()) {
        account.label = issuer.isEmpty() ? name : (name.isEmpty() ? issuer : issuer + u" / "_s + name);
    }
    account.group = groupNames.value(stringField(service, u"groupId"_s));

    const QJsonValue secretValue = service.value(u"secret"_s);
    if (!secretValue.isString()) {
        account.problem = Error(ErrorCode::InvalidInput, u"The entry has no secret."_s);
        return account;
    }
    auto secret = otp::Base32::decode(secretValue.toString());
    if (!secret) {
        account.problem = secret.error();
        return account;
    }
    auto parameters = parametersOf(otp, schema);
    if (!parameters) {
        account.problem = parameters.error();
        return account;
    }
    auto token = otp::OtpToken::create(issuer, name, *parameters, std::move(*secret));
    if (!token) {
        account.problem = token.error();
        return account;
    }
    account.token = std::move(*token);
    return account;
}

} // namespace

QString TwoFasImporter::id() const
{
    return u"2fas"_s;
}

QString TwoFasImporter::name() const
{
    return u"2FAS Authenticator backup"_s;
}

bool TwoFasImporter::recognises(QByteArrayView bytes) const
{
    const auto root = JsonFields::parseObject(bytes);
    return root && root->contains(u"schemaVersion"_s) && root->contains(u"services"_s);
}

bool TwoFasImporter::needsPassword(QByteArrayView bytes) const
{
    const auto root = JsonFields::parseObject(bytes);
    return root && isEncrypted(*root);
}

Result<ImportResult> TwoFasImporter::read(QByteArrayView bytes,
                                          const std::optional<crypto::SecureBytes>& password) const
{
    const auto root = JsonFields::parseObject(bytes);
    if (!root || !root->contains(u"schemaVersion"_s) || !root->contains(u"services"_s)) {
        return Error(ErrorCode::Damaged, u"The file is not a readable 2FAS backup."_s);
    }
    const auto schema = JsonFields::wholeNumber(root->value(u"schemaVersion"_s), 0, std::numeric_limits<int>::max());
    if (!schema || *schema < 1) {
        return Error(ErrorCode::Damaged, u"The 2FAS backup has no valid schema version."_s);
    }
    if (*schema > kNewestSchema) {
        return Error(
            ErrorCode::Unsupported,
            u"2FAS backup schema %1 is newer than the newest Tessera reads (%2)."_s.arg(*schema).arg(kNewestSchema));
    }

    ImportResult result;
    QJsonArray services;
    if (isEncrypted(*root)) {
        if (!password) {
            return Error(ErrorCode::WrongPassword, u"This 2FAS backup is encrypted; enter its password."_s);
        }
        auto plaintext = decryptServices(*root, *password);
        if (!plaintext) {
            return plaintext.error();
        }
        const auto document = JsonFields::parseDocument(QByteArrayView(reinterpret_cast<const char*>(plaintext->data()),
                                                                       static_cast<qsizetype>(plaintext->size())));
        if (!document || !document->isArray()) {
            return Error(ErrorCode::Damaged, u"The decrypted service list of the 2FAS backup is not valid."_s);
        }
        services = document->array();
        result.formatName = u"2FAS backup (encrypted)"_s;
    } else {
        const QJsonValue servicesValue = root->value(u"services"_s);
        if (!servicesValue.isArray()) {
            return Error(ErrorCode::Damaged, u"The 2FAS backup's service list is not a list."_s);
        }
        services = servicesValue.toArray();
        result.formatName = u"2FAS backup"_s;
    }

    // Groups stay in clear text even in encrypted backups.
    QHash<QString, QString> groupNames;
    for (const QJsonValue& groupValue : root->value(u"groups"_s).toArray()) {
        const QJsonObject group = groupValue.toObject();
        const QString groupId = stringField(group, u"id"_s);
        const QString groupName = stringField(group, u"name"_s);
        if (groupId.isEmpty() || groupName.isEmpty() || groupNames.contains(groupId)) {
            continue;
        }
        groupNames.insert(groupId, groupName);
        if (!result.groups.contains(groupName)) {
            result.groups.append(groupName);
        }
    }

    const int schemaVersion = static_cast<int>(*schema);
    result.accounts.reserve(static_cast<std::size_t>(services.size()));
    for (qsizetype i = 0; i < services.size(); ++i) {
        result.accounts.push_back(readService(services.at(i), i, schemaVersion, groupNames));
    }
    return result;
}

} // namespace tessera::interop
