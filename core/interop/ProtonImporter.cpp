// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/ProtonImporter.h"

#include "crypto/Aead.h"
#include "interop/JsonFields.h"
#include "otp/Base32.h"
#include "otp/OtpParameters.h"
#include "otp/OtpToken.h"
#include "uri/OtpAuthUri.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace tessera::interop {

namespace {

using crypto::SecureBytes;

bool isPlain(const QJsonObject& root)
{
    return root.contains(u"version"_s) && root.value(u"entries"_s).isArray();
}

bool isEncrypted(const QJsonObject& root)
{
    return root.contains(u"version"_s) && root.contains(u"salt"_s) && root.contains(u"content"_s)
           && !root.contains(u"entries"_s);
}

std::span<const std::uint8_t> asBytes(const QByteArray& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

QString stringField(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

/* Only version 1 exists; anything else is a later Proton we have not seen. */
Result<void> checkVersion(const QJsonObject& root)
{
    const QJsonValue value = root.value(u"version"_s);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || !std::isfinite(number) || std::floor(number) != number || number < 0) {
        return Error(ErrorCode::Damaged, u"The Proton Authenticator export has no valid version number."_s);
    }
    if (number != ProtonImporter::kVersion) {
        return Error(ErrorCode::Unsupported,
                     u"Proton Authenticator export version %1 is not supported; Tessera reads version 1."_s.arg(
                         QString::number(number, 'f', 0)));
    }
    return {};
}

Result<SecureBytes> decryptContent(const QJsonObject& root, const SecureBytes& password)
{
    const Error damaged(ErrorCode::Damaged,
                        u"The encrypted Proton Authenticator export is not in the expected form."_s);
    const QJsonValue saltValue = root.value(u"salt"_s);
    const QJsonValue contentValue = root.value(u"content"_s);
    if (!saltValue.isString() || !contentValue.isString()) {
        return damaged;
    }
    auto salt =
        QByteArray::fromBase64Encoding(saltValue.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    auto content =
        QByteArray::fromBase64Encoding(contentValue.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !content || salt.decoded.size() != ProtonImporter::kSaltSize
        || content.decoded.size() < static_cast<qsizetype>(crypto::Aead::kNonceSize + crypto::Aead::kTagSize)) {
        return damaged;
    }
    // Proton's parameters are its own and below Tessera's floor for its own containers.
    auto key = crypto::Argon2id::deriveKeyForeign(password.bytes(), asBytes(salt.decoded), ProtonImporter::kKdf);
    if (!key) {
        return key.error();
    }
    const std::span<const std::uint8_t> sealed = asBytes(content.decoded);
    const std::span<const std::uint8_t> associatedData{
        reinterpret_cast<const std::uint8_t*>(ProtonImporter::kAssociatedData),
        std::strlen(ProtonImporter::kAssociatedData)};
    auto plaintext = crypto::Aead::decrypt(*key, sealed.first(crypto::Aead::kNonceSize),
                                           sealed.subspan(crypto::Aead::kNonceSize), associatedData);
    if (!plaintext) {
        if (plaintext.error().code() != ErrorCode::Damaged) {
            return plaintext.error();
        }
        /* The format has no password check of its own: a wrong password and a damaged file fail
         * the same tag, and a typo is far more likely. */
        return Error(ErrorCode::WrongPassword,
                     u"The password for this Proton Authenticator export is not correct, or the file is damaged."_s);
    }
    return std::move(*plaintext);
}

ImportedAccount readEntry(const QJsonValue& value, qsizetype index)
{
    ImportedAccount account;
    account.label = u"entry %1"_s.arg(index + 1);
    if (!value.isObject()) {
        account.problem = Error(ErrorCode::InvalidInput, u"The entry is not an object."_s);
        return account;
    }
    const QJsonObject entry = value.toObject();
    const QJsonObject content = entry.value(u"content"_s).toObject();
    account.note = stringField(entry, u"note"_s);
    const QString uri = stringField(content, u"uri"_s).trimmed();
    const QString entryName = stringField(content, u"name"_s);
    const bool steamType = stringField(content, u"entry_type"_s).compare(u"Steam"_s, Qt::CaseInsensitive) == 0;
    if (!entryName.isEmpty()) {
        account.label = entryName;
    }

    Result<otp::OtpToken> token = Error(ErrorCode::InvalidInput, u"The entry has no otpauth:// or steam:// link."_s);
    if (uri.startsWith(u"steam://"_s, Qt::CaseInsensitive)) {
        // Proton's Steam entries carry only the Base32 secret; the name is the entry's own.
        auto secret = otp::Base32::decode(QStringView(uri).mid(8));
        if (!secret) {
            account.problem = secret.error();
            return account;
        }
        token = otp::OtpToken::create(u"Steam"_s, entryName, otp::OtpParameters::steam(), std::move(*secret));
    } else if (uri.startsWith(u"otpauth://"_s, Qt::CaseInsensitive)) {
        auto parsed = uri::OtpAuthUri::parse(uri);
        if (!parsed) {
            account.problem = parsed.error();
            return account;
        }
        otp::OtpToken parsedToken = parsed->takeToken();
        // Proton's `name` is the label (or the issuer); use it only when the link has no label.
        const QString name = parsedToken.name().isEmpty() ? entryName : parsedToken.name();
        otp::OtpParameters parameters = parsedToken.parameters();
        if (steamType) {
            parameters = otp::OtpParameters::steam();
        }
        token = otp::OtpToken::create(parsedToken.issuer(), name, parameters, parsedToken.secret().clone());
    }
    if (!token) {
        account.problem = token.error();
        return account;
    }
    const QString& issuer = token->issuer();
    const QString& name = token->name();
    if (!issuer.isEmpty() || !name.isEmpty()) {
        account.label = issuer.isEmpty() ? name : (name.isEmpty() ? issuer : issuer + u" / "_s + name);
    }
    account.token = std::move(*token);
    return account;
}

} // namespace

QString ProtonImporter::id() const
{
    return u"proton"_s;
}

QString ProtonImporter::name() const
{
    return u"Proton Authenticator export"_s;
}

bool ProtonImporter::recognises(QByteArrayView bytes) const
{
    const auto root = JsonFields::parseObject(bytes, kMaxInputBytes);
    return root && (isPlain(*root) || isEncrypted(*root));
}

bool ProtonImporter::needsPassword(QByteArrayView bytes) const
{
    const auto root = JsonFields::parseObject(bytes, kMaxInputBytes);
    return root && isEncrypted(*root);
}

Result<ImportResult> ProtonImporter::read(QByteArrayView bytes,
                                          const std::optional<crypto::SecureBytes>& password) const
{
    const auto root = JsonFields::parseObject(bytes, kMaxInputBytes);
    if (!root || (!isPlain(*root) && !isEncrypted(*root))) {
        return Error(ErrorCode::Damaged, u"The file is not a readable Proton Authenticator export."_s);
    }
    if (auto version = checkVersion(*root); !version) {
        return version.error();
    }

    ImportResult result;
    QJsonArray entries;
    if (isEncrypted(*root)) {
        if (!password) {
            return Error(ErrorCode::WrongPassword,
                         u"This Proton Authenticator export is protected with a password; enter it."_s);
        }
        auto plaintext = decryptContent(*root, *password);
        if (!plaintext) {
            return plaintext.error();
        }
        const auto inner = JsonFields::parseObject(
            QByteArrayView(reinterpret_cast<const char*>(plaintext->data()), static_cast<qsizetype>(plaintext->size())),
            kMaxInputBytes);
        // The sealed content is the plain export; nothing else (a second layer) is accepted.
        if (!inner || !isPlain(*inner)) {
            return Error(ErrorCode::Damaged,
                         u"The Proton Authenticator export was decrypted, but its content is not valid."_s);
        }
        if (auto version = checkVersion(*inner); !version) {
            return version.error();
        }
        entries = inner->value(u"entries"_s).toArray();
        result.formatName = u"Proton Authenticator export (encrypted)"_s;
    } else {
        entries = root->value(u"entries"_s).toArray();
        result.formatName = name();
    }

    result.accounts.reserve(static_cast<std::size_t>(entries.size()));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        result.accounts.push_back(readEntry(entries.at(i), i));
    }
    return result;
}

} // namespace tessera::interop
