// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "interop/ImportedAccount.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace tessera::interop {

/* The token JSON that FreeOTP 1.x, FreeOTP+ and FreeOTP 2.x share (FORMATS.md §5.3): the Gson
 * form of FreeOTP's `Token` (algo, counter, digits, issuerExt/issuerInt/issuerAlt, label/labelAlt,
 * period, type, and in the older two a `secret` of signed bytes). */
class FreeOtpToken {
public:
    /* FreeOTP 1.x and FreeOTP+ store the HOTP counter of the code last shown, one less than the
     * counter of the next code (their own toUri() adds one); FreeOTP 2.x stores the next one. */
    enum class Counter { StoredIsLast, StoredIsNext };

    /* A JSON array of Java bytes (-128..127) as bytes, or nothing when it is not one or is
     * longer than `maxSize`. */
    [[nodiscard]] static std::optional<crypto::SecureBytes> signedBytes(const QJsonValue& value, qsizetype maxSize);

    /* The name FreeOTP+ lists in `tokenOrder` for this token ("issuerInt:label" style). */
    [[nodiscard]] static QString orderId(const QJsonObject& token);

    /* One entry. `secret` is the token's secret when it is stored apart (FreeOTP 2.x); without it
     * the token's own `secret` array is read. `fallbackLabel` names the entry when it has neither
     * issuer nor label. Problems go to ImportedAccount::problem. */
    [[nodiscard]] static ImportedAccount read(const QJsonObject& token, std::optional<crypto::SecureBytes> secret,
                                              Counter counter, const QString& fallbackLabel);
};

} // namespace tessera::interop
