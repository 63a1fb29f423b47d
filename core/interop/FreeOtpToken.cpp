// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/FreeOtpToken.h"

#include "interop/JsonFields.h"
#include "otp/OtpParameters.h"
#include "otp/OtpToken.h"

#include <QJsonArray>

#include <initializer_list>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace tessera::interop {

namespace {

/* A whole-number field, its default when absent. */
std::optional<qint64> numberOr(const QJsonObject& token, const QString& key, qint64 fallback, qint64 min, qint64 max)
{
    const QJsonValue value = token.value(key);
    if (value.isUndefined() || value.isNull()) {
        return fallback;
    }
    return JsonFields::wholeNumber(value, min, max);
}

QString firstNonEmpty(std::initializer_list<QString> candidates)
{
    for (const QString& candidate : candidates) {
        if (!candidate.isEmpty()) {
            return candidate;
        }
    }
    return QString();
}

Result<otp::OtpParameters> parameters(const QJsonObject& token, FreeOtpToken::Counter counterKind)
{
    // FreeOTP marks Steam only by the issuer; its type stays TOTP.
    if (token.value(u"issuerExt"_s).toString() == u"Steam"_s) {
        return otp::OtpParameters::steam();
    }
    const QString type = token.value(u"type"_s).toString(u"TOTP"_s).toUpper();
    if (type != u"TOTP"_s && type != u"HOTP"_s) {
        return Error(ErrorCode::Unsupported, u"The entry type \"%1\" is not supported."_s.arg(type.left(32)));
    }
    // FreeOTP 2.x leaves `algo` out of some tokens; FreeOTP's own default is SHA1.
    const QJsonValue algoValue = token.value(u"algo"_s);
    const QString algoName = algoValue.isString() ? algoValue.toString() : u"SHA1"_s;
    auto algorithm = otp::OtpParameters::algorithmFromName(algoName);
    if (!algorithm) {
        return Error(ErrorCode::Unsupported, u"The algorithm \"%1\" is not supported."_s.arg(algoName.left(32)));
    }
    const auto digits = numberOr(token, u"digits"_s, otp::OtpParameters::kDefaultDigits,
                                 std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    if (!digits) {
        return Error(ErrorCode::InvalidInput, u"The number of digits is not a valid whole number."_s);
    }
    if (type == u"HOTP"_s) {
        const auto counter = numberOr(token, u"counter"_s, 0, 0, std::numeric_limits<qint64>::max() / 2);
        if (!counter) {
            return Error(ErrorCode::InvalidInput, u"The HOTP counter is not a valid whole number."_s);
        }
        const quint64 next = static_cast<quint64>(*counter) + (counterKind == FreeOtpToken::Counter::StoredIsLast);
        return otp::OtpParameters::hotp(*algorithm, static_cast<int>(*digits), next);
    }
    const auto period = numberOr(token, u"period"_s, otp::OtpParameters::kDefaultPeriod,
                                 std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    if (!period) {
        return Error(ErrorCode::InvalidInput, u"The period is not a valid whole number of seconds."_s);
    }
    return otp::OtpParameters::totp(*algorithm, static_cast<int>(*digits), static_cast<int>(*period));
}

} // namespace

std::optional<crypto::SecureBytes> FreeOtpToken::signedBytes(const QJsonValue& value, qsizetype maxSize)
{
    if (!value.isArray()) {
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > maxSize) {
        return std::nullopt;
    }
    crypto::SecureBytes bytes(static_cast<std::size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto byte = JsonFields::wholeNumber(array.at(i), -128, 127);
        if (!byte) {
            return std::nullopt;
        }
        bytes.data()[i] = static_cast<std::uint8_t>(*byte & 0xff);
    }
    return bytes;
}

QString FreeOtpToken::orderId(const QJsonObject& token)
{
    const QString label = token.value(u"label"_s).toString();
    const QString issuer =
        firstNonEmpty({token.value(u"issuerInt"_s).toString(), token.value(u"issuerExt"_s).toString()});
    return issuer.isEmpty() ? label : u"%1:%2"_s.arg(issuer, label);
}

ImportedAccount FreeOtpToken::read(const QJsonObject& token, std::optional<crypto::SecureBytes> secret, Counter counter,
                                   const QString& fallbackLabel)
{
    ImportedAccount account;
    // The user's own edits (issuerAlt/labelAlt) win over what the QR code said.
    const QString issuer =
        firstNonEmpty({token.value(u"issuerAlt"_s).toString(), token.value(u"issuerExt"_s).toString(),
                       token.value(u"issuerInt"_s).toString()});
    const QString name = firstNonEmpty({token.value(u"labelAlt"_s).toString(), token.value(u"label"_s).toString()});
    if (!issuer.isEmpty() && !name.isEmpty()) {
        account.label = u"%1 / %2"_s.arg(issuer, name);
    } else {
        account.label = firstNonEmpty({issuer, name, fallbackLabel});
    }

    auto params = parameters(token, counter);
    if (!params) {
        account.problem = params.error();
        return account;
    }
    if (!secret) {
        secret = signedBytes(token.value(u"secret"_s), static_cast<qsizetype>(otp::OtpToken::kMaxSecretBytes));
        if (!secret) {
            account.problem =
                Error(ErrorCode::InvalidInput, u"The entry's secret is missing or not a list of bytes."_s);
            return account;
        }
    }
    auto created = otp::OtpToken::create(issuer, name, *params, std::move(*secret));
    if (!created) {
        account.problem = created.error();
        return account;
    }
    account.token = std::move(created).value();
    return account;
}

} // namespace tessera::interop
