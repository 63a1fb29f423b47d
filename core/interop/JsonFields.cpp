// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/JsonFields.h"

#include "otp/Base32.h"

#include <QJsonParseError>

#include <openssl/crypto.h>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tessera::interop {

std::optional<QJsonDocument> JsonFields::parseDocument(QByteArrayView bytes, qsizetype maxBytes)
{
    if (bytes.size() > maxBytes) {
        return std::nullopt;
    }
    QJsonParseError parseError{};
    QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), bytes.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return std::nullopt;
    }
    return document;
}

std::optional<QJsonObject> JsonFields::parseObject(QByteArrayView bytes, qsizetype maxBytes)
{
    const auto document = parseDocument(bytes, maxBytes);
    if (!document || !document->isObject()) {
        return std::nullopt;
    }
    return document->object();
}

std::optional<qint64> JsonFields::wholeNumber(const QJsonValue& value, qint64 min, qint64 max)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || number < static_cast<double>(min)
        || number > static_cast<double>(max)) {
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

Result<otp::OtpParameters> JsonFields::otpParameters(const QJsonObject& fields, otp::HashAlgorithm algorithm, bool hotp)
{
    const QJsonValue digitsValue = fields.value(u"digits"_s);
    const auto digits = digitsValue.isUndefined() ? std::optional<qint64>(otp::OtpParameters::kDefaultDigits)
                                                  : wholeNumber(digitsValue, std::numeric_limits<int>::min(),
                                                                std::numeric_limits<int>::max());
    if (!digits) {
        return Error(ErrorCode::InvalidInput, u"The number of digits is not a valid whole number."_s);
    }
    if (hotp) {
        const auto counter = wholeNumber(fields.value(u"counter"_s), 0, std::numeric_limits<qint64>::max() / 2);
        if (!counter) {
            return Error(ErrorCode::InvalidInput, u"The HOTP counter is missing or not a valid whole number."_s);
        }
        return otp::OtpParameters::hotp(algorithm, static_cast<int>(*digits), static_cast<quint64>(*counter));
    }
    const QJsonValue periodValue = fields.value(u"period"_s);
    const auto period = periodValue.isUndefined() ? std::optional<qint64>(otp::OtpParameters::kDefaultPeriod)
                                                  : wholeNumber(periodValue, std::numeric_limits<int>::min(),
                                                                std::numeric_limits<int>::max());
    if (!period) {
        return Error(ErrorCode::InvalidInput, u"The period is not a valid whole number of seconds."_s);
    }
    return otp::OtpParameters::totp(algorithm, static_cast<int>(*digits), static_cast<int>(*period));
}

Result<otp::OtpToken> JsonFields::base32Token(const QJsonValue& secret, const QString& issuer, const QString& name,
                                              const otp::OtpParameters& parameters)
{
    if (!secret.isString() || secret.toString().isEmpty()) {
        return Error(ErrorCode::InvalidInput, u"The entry has no secret."_s);
    }
    QString secretText = secret.toString();
    auto bytes = otp::Base32::decode(secretText);
    OPENSSL_cleanse(secretText.data(), static_cast<std::size_t>(secretText.size()) * sizeof(QChar));
    if (!bytes) {
        return Error(ErrorCode::InvalidInput, u"The secret is not valid Base32."_s);
    }
    return otp::OtpToken::create(issuer, name, parameters, std::move(bytes).value());
}

} // namespace tessera::interop
