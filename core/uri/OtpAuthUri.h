// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/OtpToken.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace tessera::uri {

/* An `otpauth://` Key URI (FORMATS.md §1): parsed into a valid OtpToken, or formatted from one.
 *
 * Parsing follows FORMATS.md §1.3: the label is percent-decoded before it is split at the first
 * ':' (so '%3A' separates too), spaces before the account name are trimmed, the `issuer`
 * parameter wins over the label prefix (the prefix stays available), '+' means a space in text
 * parameters but never in `secret`, an unencoded '#' stays part of the URI, `encoder=steam` and
 * `otpauth://steam/` give Steam tokens, algorithm names are case-insensitive, missing
 * parameters take their defaults, and every out-of-range value is an error naming the
 * parameter. Nothing in an error message repeats the secret. */
class OtpAuthUri {
public:
    /* Longer input is refused before any work: a real URI is a few hundred characters, and a
     * cap keeps a hostile paste or QR code from costing more than linear time on 64 KiB. */
    static constexpr qsizetype kMaxUriLength = 64 * 1024;
    /* Decoded issuer and label are capped too, so that format() of anything parse() accepted
     * (where every non-ASCII character may grow to nine "%XX" characters) stays parseable. */
    static constexpr qsizetype kMaxTextLength = 1024;

    [[nodiscard]] static Result<OtpAuthUri> parse(QStringView text);

    /* Canonical form: otpauth://TYPE/ISSUER:NAME?secret=…&issuer=…[&algorithm][&digits]
     * [&period|&counter]; Steam as otpauth://totp/…&encoder=steam… (understood by KeePassXC and
     * by apps that only know totp) — see the .cpp for the exact choice. */
    [[nodiscard]] static QString format(const otp::OtpToken& token);

    [[nodiscard]] const otp::OtpToken& token() const { return m_token; }
    [[nodiscard]] otp::OtpToken takeToken() { return std::move(m_token); }
    /* The label's "Issuer:" prefix when it differs from the `issuer` parameter; else empty. */
    [[nodiscard]] const QString& labelIssuer() const { return m_labelIssuer; }
    [[nodiscard]] QList<otp::TokenWarning> warnings() const { return m_token.warnings(); }

private:
    OtpAuthUri(otp::OtpToken token, QString labelIssuer);

    otp::OtpToken m_token;
    QString m_labelIssuer;
};

} // namespace tessera::uri
