// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultContent.h"

#include "vault/RecoveryTimes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>
#include <cstring>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace tessera::vault {

namespace {

// Members an account object is written with; anything else read from a file goes to `extra`.
const QStringList kAccountMembers = {u"id"_s,     u"type"_s,    u"issuer"_s, u"name"_s, u"algorithm"_s, u"digits"_s,
                                     u"period"_s, u"counter"_s, u"group"_s,  u"note"_s, u"favorite"_s,  u"recovery"_s};
const QStringList kTopMembers = {u"format"_s, u"accounts"_s, u"groups"_s, u"recovery"_s, u"settings"_s};

void appendU32(crypto::SecureBytes& out, std::size_t& at, quint32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.data()[at++] = static_cast<std::uint8_t>(value >> shift);
    }
}

/* Reads a big-endian u32 at `at`, or nothing if fewer than 4 bytes remain. */
std::optional<quint32> readU32(const crypto::SecureBytes& in, std::size_t& at)
{
    if (in.size() - at < 4) {
        return std::nullopt;
    }
    quint32 value = 0;
    for (int i = 0; i < 4; ++i) {
        value = (value << 8) | in.data()[at++];
    }
    return value;
}

Error damaged(const QString& what)
{
    return Error(ErrorCode::Damaged, u"The vault's contents are not valid (%1)."_s.arg(what));
}

/* `nextRecoverySecret`: the index in the recovery-secrets table the account's first backup code
 * gets; advanced past its codes. */
QJsonObject accountToJson(const Account& account, std::size_t& nextRecoverySecret)
{
    QJsonObject object = account.extra;
    const otp::OtpParameters& parameters = account.token().parameters();
    object.insert(u"id"_s, account.id());
    object.insert(u"type"_s, otp::OtpParameters::typeName(parameters.type()));
    object.insert(u"issuer"_s, account.token().issuer());
    object.insert(u"name"_s, account.token().name());
    object.insert(u"algorithm"_s, otp::OtpParameters::algorithmName(parameters.algorithm()));
    object.insert(u"digits"_s, parameters.digits());
    if (parameters.type() == otp::OtpType::Hotp) {
        // JSON numbers are doubles; a 64-bit counter is written as a decimal string to stay exact.
        object.insert(u"counter"_s, QString::number(parameters.counter()));
    } else {
        object.insert(u"period"_s, parameters.period());
    }
    object.insert(u"group"_s, account.group);
    object.insert(u"note"_s, account.note);
    object.insert(u"favorite"_s, account.favorite);
    // Without recovery data the member is left out, so such a vault reads in earlier versions.
    if (!account.recovery.isEmpty()) {
        object.insert(u"recovery"_s, account.recovery.toJson(nextRecoverySecret));
        nextRecoverySecret += account.recovery.backupCodes().size();
    }
    return object;
}

Result<otp::OtpParameters> parametersFromJson(const QJsonObject& object)
{
    const QString type = object.value(u"type"_s).toString();
    if (type == u"steam"_s) {
        return otp::OtpParameters::steam();
    }
    auto algorithm = otp::OtpParameters::algorithmFromName(object.value(u"algorithm"_s).toString());
    if (!algorithm) {
        return algorithm.error();
    }
    const int digits = object.value(u"digits"_s).toInt(-1);
    if (type == u"totp"_s) {
        return otp::OtpParameters::totp(*algorithm, digits, object.value(u"period"_s).toInt(-1));
    }
    if (type == u"hotp"_s) {
        bool ok = false;
        const quint64 counter = object.value(u"counter"_s).toString().toULongLong(&ok);
        if (!ok) {
            return Error(ErrorCode::InvalidInput, u"the counter is not a number"_s);
        }
        return otp::OtpParameters::hotp(*algorithm, digits, counter);
    }
    return Error(ErrorCode::InvalidInput, u"unknown type \"%1\""_s.arg(type.left(16)));
}

} // namespace

Account* VaultContent::find(const QString& id)
{
    for (Account& account : accounts) {
        if (account.id() == id) {
            return &account;
        }
    }
    return nullptr;
}

const Account* VaultContent::find(const QString& id) const
{
    return const_cast<VaultContent*>(this)->find(id);
}

crypto::SecureBytes VaultContent::serialize() const
{
    QJsonObject top = extra;
    QJsonArray accountArray;
    std::size_t secretBytes = 0;
    std::size_t recoverySecrets = 0;
    for (const Account& account : accounts) {
        accountArray.append(accountToJson(account, recoverySecrets));
        secretBytes += 4 + account.token().secret().size();
        for (const AccountRecovery::BackupCode& code : account.recovery.backupCodes()) {
            secretBytes += 4 + code.code.size();
        }
    }
    // Format 2 only when there are backup codes: a vault without them stays format 1, readable
    // by every earlier Tessera; one with them is refused by those as "newer", not as damaged.
    const bool withRecoverySecrets = recoverySecrets > 0;
    if (withRecoverySecrets) {
        secretBytes += 4;
    }
    top.insert(u"format"_s, withRecoverySecrets ? kFormat : kFormatWithoutRecoverySecrets);
    top.insert(u"accounts"_s, accountArray);
    top.insert(u"groups"_s, QJsonArray::fromStringList(groups));
    top.insert(u"recovery"_s, recovery);
    top.insert(u"settings"_s, settings);
    const QByteArray json = QJsonDocument(top).toJson(QJsonDocument::Compact);

    crypto::SecureBytes out(4 + static_cast<std::size_t>(json.size()) + 4 + secretBytes);
    std::size_t at = 0;
    appendU32(out, at, static_cast<quint32>(json.size()));
    std::memcpy(out.data() + at, json.constData(), static_cast<std::size_t>(json.size()));
    at += static_cast<std::size_t>(json.size());
    appendU32(out, at, static_cast<quint32>(accounts.size()));
    for (const Account& account : accounts) {
        const crypto::SecureBytes& secret = account.token().secret();
        appendU32(out, at, static_cast<quint32>(secret.size()));
        std::memcpy(out.data() + at, secret.data(), secret.size());
        at += secret.size();
    }
    if (withRecoverySecrets) {
        appendU32(out, at, static_cast<quint32>(recoverySecrets));
        for (const Account& account : accounts) {
            for (const AccountRecovery::BackupCode& code : account.recovery.backupCodes()) {
                appendU32(out, at, static_cast<quint32>(code.code.size()));
                std::memcpy(out.data() + at, code.code.data(), code.code.size());
                at += code.code.size();
            }
        }
    }
    return out;
}

Result<VaultContent> VaultContent::deserialize(const crypto::SecureBytes& bytes)
{
    std::size_t at = 0;
    const auto jsonLength = readU32(bytes, at);
    if (!jsonLength || *jsonLength > bytes.size() - at) {
        return damaged(u"the account list is cut short"_s);
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char*>(bytes.data() + at), qsizetype(*jsonLength)), &parseError);
    at += *jsonLength;
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return damaged(u"the account list is not JSON"_s);
    }
    const QJsonObject top = document.object();
    const int format = top.value(u"format"_s).toInt(-1);
    if (format != kFormat && format != kFormatWithoutRecoverySecrets) {
        if (format > kFormat) {
            return Error(ErrorCode::Unsupported, u"The vault was written by a newer version of Tessera."_s);
        }
        return damaged(u"unknown content format"_s);
    }
    const QJsonArray accountArray = top.value(u"accounts"_s).toArray();
    const auto secretCount = readU32(bytes, at);
    if (!secretCount || *secretCount != static_cast<quint32>(accountArray.size())) {
        return damaged(u"the number of secrets does not match the number of accounts"_s);
    }

    VaultContent content;
    content.accounts.reserve(static_cast<std::size_t>(accountArray.size()));
    std::vector<QJsonValue> recoveryMembers; // read once the recovery secrets are
    recoveryMembers.reserve(static_cast<std::size_t>(accountArray.size()));
    for (qsizetype i = 0; i < accountArray.size(); ++i) {
        const QString where = u"account %1"_s.arg(i + 1);
        const auto secretLength = readU32(bytes, at);
        if (!secretLength || *secretLength > bytes.size() - at) {
            return damaged(where + u": its secret is cut short"_s);
        }
        crypto::SecureBytes secret = crypto::SecureBytes::copyOf({bytes.data() + at, *secretLength});
        at += *secretLength;

        if (!accountArray.at(i).isObject()) {
            return damaged(where + u" is not an object"_s);
        }
        const QJsonObject object = accountArray.at(i).toObject();
        const QString id = object.value(u"id"_s).toString();
        if (QUuid::fromString(id).isNull()) {
            return damaged(where + u" has no valid id"_s);
        }
        auto parameters = parametersFromJson(object);
        if (!parameters) {
            return damaged(where + u": "_s + parameters.error().message());
        }
        auto token = otp::OtpToken::create(object.value(u"issuer"_s).toString(), object.value(u"name"_s).toString(),
                                           *parameters, std::move(secret));
        if (!token) {
            return damaged(where + u": "_s + token.error().message());
        }
        if (content.find(id) != nullptr) {
            return damaged(where + u" repeats the id of another account"_s);
        }
        Account account(id, std::move(token).value());
        account.group = object.value(u"group"_s).toString();
        account.note = object.value(u"note"_s).toString();
        account.favorite = object.value(u"favorite"_s).toBool();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!kAccountMembers.contains(it.key())) {
                account.extra.insert(it.key(), it.value());
            }
        }
        recoveryMembers.push_back(object.value(u"recovery"_s));
        content.accounts.push_back(std::move(account));
    }
    std::vector<crypto::SecureBytes> recoverySecrets;
    if (format == kFormat) {
        const auto count = readU32(bytes, at);
        // Each secret takes at least its 4-byte length, which bounds the count before reserving.
        if (!count || *count > (bytes.size() - at) / 4) {
            return damaged(u"the backup codes are cut short"_s);
        }
        recoverySecrets.reserve(*count);
        for (quint32 i = 0; i < *count; ++i) {
            const auto length = readU32(bytes, at);
            if (!length || *length > bytes.size() - at) {
                return damaged(u"the backup codes are cut short"_s);
            }
            recoverySecrets.push_back(crypto::SecureBytes::copyOf({bytes.data() + at, *length}));
            at += *length;
        }
    }
    if (at != bytes.size()) {
        return damaged(u"there are unexpected bytes after the last secret"_s);
    }
    std::vector<bool> taken(recoverySecrets.size(), false);
    for (std::size_t i = 0; i < content.accounts.size(); ++i) {
        const QJsonValue& member = recoveryMembers[i];
        if (member.isUndefined()) {
            continue;
        }
        const QString where = u"account %1"_s.arg(i + 1);
        if (!member.isObject()) {
            return damaged(where + u": its recovery data is not an object"_s);
        }
        auto recovery = AccountRecovery::fromJson(member.toObject(), recoverySecrets, taken);
        if (!recovery) {
            return damaged(where + u": "_s + recovery.error().message());
        }
        content.accounts[i].recovery = std::move(recovery).value();
    }
    if (std::find(taken.begin(), taken.end(), false) != taken.end()) {
        return damaged(u"a backup code belongs to no account"_s);
    }
    for (const QJsonValue& group : top.value(u"groups"_s).toArray()) {
        content.groups.append(group.toString());
    }
    content.recovery = top.value(u"recovery"_s).toObject();
    if (auto times = RecoveryTimes::validate(content.recovery); !times) {
        return damaged(u"vault recovery data: "_s + times.error().message());
    }
    content.settings = top.value(u"settings"_s).toObject();
    for (auto it = top.begin(); it != top.end(); ++it) {
        if (!kTopMembers.contains(it.key())) {
            content.extra.insert(it.key(), it.value());
        }
    }
    return content;
}

VaultContent VaultContent::clone() const
{
    VaultContent copy;
    copy.accounts.reserve(accounts.size());
    for (const Account& account : accounts) {
        copy.accounts.push_back(account.clone());
    }
    copy.groups = groups;
    copy.recovery = recovery;
    copy.settings = settings;
    copy.extra = extra;
    return copy;
}

} // namespace tessera::vault
