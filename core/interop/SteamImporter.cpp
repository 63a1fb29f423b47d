// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/SteamImporter.h"

#include "interop/JsonFields.h"
#include "otp/OtpParameters.h"
#include "otp/OtpToken.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace tessera::interop {

namespace {

bool isMaFile(const QJsonObject& object)
{
    return object.contains(u"shared_secret"_s);
}

/* SteamTools wraps maFiles as {"accounts": {"<id>": {…}}}; one maFile is enough to tell. */
bool isWrapper(const QJsonObject& root)
{
    const QJsonValue accounts = root.value(u"accounts"_s);
    if (!accounts.isObject()) {
        return false;
    }
    const QJsonObject map = accounts.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it.value().isObject() && isMaFile(it.value().toObject())) {
            return true;
        }
    }
    return false;
}

ImportedAccount readMaFile(const QJsonValue& value, const QString& fallbackLabel)
{
    ImportedAccount account;
    account.label = fallbackLabel;
    if (!value.isObject()) {
        account.problem = Error(ErrorCode::InvalidInput, u"The account is not a Steam Guard object."_s);
        return account;
    }
    const QJsonObject maFile = value.toObject();
    const QJsonValue nameValue = maFile.value(u"account_name"_s);
    const QString name = nameValue.isString() ? nameValue.toString() : QString();
    if (!name.isEmpty()) {
        account.label = u"Steam / "_s + name;
    }
    /* The revocation code is the one way to remove the authenticator from the Steam account when
     * the codes are lost; the user must keep it. Until accounts have recovery information (a
     * later issue moves it there) the note is where it survives the import. */
    const QJsonValue revocation = maFile.value(u"revocation_code"_s);
    if (revocation.isString() && !revocation.toString().isEmpty()) {
        account.note = u"Steam revocation code: "_s + revocation.toString();
    }

    const QJsonValue secretValue = maFile.value(u"shared_secret"_s);
    if (!secretValue.isString() || secretValue.toString().isEmpty()) {
        account.problem = Error(ErrorCode::InvalidInput, u"The Steam account has no shared secret."_s);
        return account;
    }
    auto decoded =
        QByteArray::fromBase64Encoding(secretValue.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        account.problem = Error(ErrorCode::InvalidInput, u"The Steam account's shared secret is not valid Base64."_s);
        return account;
    }
    auto secret =
        crypto::SecureBytes::copyOf(decoded.decoded.constData(), static_cast<std::size_t>(decoded.decoded.size()));
    // The decoded copy is ours; wipe it rather than leave the key in freed memory.
    decoded.decoded.fill('\0');
    auto token = otp::OtpToken::create(u"Steam"_s, name, otp::OtpParameters::steam(), std::move(secret));
    if (!token) {
        account.problem = token.error();
        return account;
    }
    account.token = std::move(*token);
    return account;
}

} // namespace

QString SteamImporter::id() const
{
    return u"steam"_s;
}

QString SteamImporter::name() const
{
    return u"Steam Guard maFile"_s;
}

bool SteamImporter::recognises(QByteArrayView bytes) const
{
    const auto root = JsonFields::parseObject(bytes, kMaxInputBytes);
    return root && (isMaFile(*root) || isWrapper(*root));
}

bool SteamImporter::needsPassword(QByteArrayView /*bytes*/) const
{
    return false;
}

Result<ImportResult> SteamImporter::read(QByteArrayView bytes,
                                         const std::optional<crypto::SecureBytes>& /*password*/) const
{
    const auto root = JsonFields::parseObject(bytes, kMaxInputBytes);
    if (!root || (!isMaFile(*root) && !isWrapper(*root))) {
        return Error(ErrorCode::Damaged, u"The file is not a readable Steam Guard maFile."_s);
    }
    ImportResult result;
    result.formatName = name();
    if (isMaFile(*root)) {
        result.accounts.push_back(readMaFile(*root, u"account 1"_s));
        return result;
    }
    const QJsonObject accounts = root->value(u"accounts"_s).toObject();
    result.accounts.reserve(static_cast<std::size_t>(accounts.size()));
    qsizetype index = 0;
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        ++index;
        result.accounts.push_back(readMaFile(it.value(), u"account %1"_s.arg(index)));
    }
    return result;
}

} // namespace tessera::interop
