// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/OtpParameters.h"
#include "otp/OtpToken.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <limits>
#include <optional>

namespace tessera::interop {

/* The JSON reading every JSON importer needs, written once so each format reads numbers,
 * objects and secrets by the same rules. */
class JsonFields {
public:
    /* The JSON document, or nothing when the bytes are not JSON (or are more than `maxBytes`,
     * a format's cap, checked before any parsing). fromJson needs a QByteArray; fromRawData
     * avoids copying the caller's buffer, which may be a backup's secrets in clear. */
    [[nodiscard]] static std::optional<QJsonDocument>
    parseDocument(QByteArrayView bytes, qsizetype maxBytes = std::numeric_limits<qsizetype>::max());

    /* The outer JSON object, or nothing when the bytes are not one (same cap and no copy). */
    [[nodiscard]] static std::optional<QJsonObject>
    parseObject(QByteArrayView bytes, qsizetype maxBytes = std::numeric_limits<qsizetype>::max());

    /* A JSON number that is a whole number within [min, max]. JSON gives only doubles, so 6.5,
     * NaN or 1e300 must be refused rather than silently become some integer. */
    [[nodiscard]] static std::optional<qint64> wholeNumber(const QJsonValue& value, qint64 min, qint64 max);

    /* TOTP or HOTP parameters from an entry's `digits`, `period` (each its default when absent)
     * and, for HOTP, `counter` (required), the way Aegis and andOTP write them. The numbers are
     * only checked to be whole here; OtpParameters refuses digits or a period it cannot use. */
    [[nodiscard]] static Result<otp::OtpParameters> otpParameters(const QJsonObject& fields,
                                                                  otp::HashAlgorithm algorithm, bool hotp);

    /* The token of an entry whose secret is a Base32 string: "The entry has no secret." when it
     * is missing or empty, "The secret is not valid Base32." when it does not decode. Base32's own
     * messages point into the secret (a position in it), so a plain message is used instead; the
     * QString copy of the secret is wiped once decoded. Otherwise OtpToken::create's result. */
    [[nodiscard]] static Result<otp::OtpToken> base32Token(const QJsonValue& secret, const QString& issuer,
                                                           const QString& name, const otp::OtpParameters& parameters);
};

} // namespace tessera::interop
