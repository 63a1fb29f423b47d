// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OtpAuthUri.h"

#include "otp/Base32.h"
#include "uri/PercentEncoding.h"

#include <array>
#include <limits>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace tessera::uri {

/* Decisions beyond FORMATS.md §1 (each covered by a test row in tst_otpauthuri.cpp):
 *
 * - The URI is split by hand, not by QUrl: an unencoded '#' is then simply part of the text
 *   (Ente's and WinAuth's "%23" workaround, without the re-parse), '+' can be told apart from
 *   "%2B", and every value is fully percent-decoded (PercentEncoding.h).
 * - A known parameter given twice is an error. Apps disagree on which copy wins (Android's
 *   getQueryParameter takes the first, most form parsers the last), so a URI with two secrets
 *   or two digit counts makes different apps show different codes; refusing it is the only
 *   answer that cannot silently be wrong. Unknown parameters (image, color, codeDisplay, …)
 *   are ignored, duplicated or not.
 * - HOTP needs `counter` (Aegis's rule, not FreeOTP's default of 0): guessing 0 for an account
 *   that is already at counter 1000 gives codes the server rejects with no hint why.
 * - Steam accounts ignore `algorithm`, `digits` and `period` (Steam codes are always SHA-1,
 *   five characters, 30 s; real Steam URIs carry digits=5, which TOTP would refuse); HOTP
 *   ignores `period` (Ente, 2FAS and FreeOTP write it there).
 * - Leading spaces of the account name are always removed, also without an issuer prefix, so
 *   that a name can never depend on whether format() wrote a prefix in front of it. The issuer
 *   (parameter or prefix) is trimmed on both sides.
 * - An empty `issuer` parameter counts as absent.
 * - Unknown types and algorithms are ErrorCode::Unsupported (recognisably a setting we do not
 *   offer); everything else is ErrorCode::InvalidInput. */

namespace {

enum class Known { Secret, Issuer, Algorithm, Digits, Period, Counter, Encoder, Count };

constexpr std::array<QStringView, static_cast<int>(Known::Count)> kKnownNames = {
    u"secret", u"issuer", u"algorithm", u"digits", u"period", u"counter", u"encoder",
};

/* User-supplied text quoted in an error message: short, so a message stays one readable line
 * (never used for the secret, which is not quoted at all). */
QString quoted(QStringView text)
{
    constexpr qsizetype kMaxQuoted = 24;
    if (text.size() <= kMaxQuoted) {
        return u"\""_s + text.toString() + u"\""_s;
    }
    return u"\""_s + text.left(kMaxQuoted).toString() + u"…\""_s;
}

Error invalid(QString message)
{
    return Error(ErrorCode::InvalidInput, std::move(message));
}

/* A plain unsigned decimal number, ASCII digits only (no sign, no spaces inside, no hex). */
std::optional<quint64> parseUnsigned(QStringView text)
{
    if (text.isEmpty()) {
        return std::nullopt;
    }
    quint64 value = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
        const auto digit = static_cast<quint64>(c - u'0');
        if (value > (std::numeric_limits<quint64>::max() - digit) / 10) {
            return std::nullopt;
        }
        value = value * 10 + digit;
    }
    return value;
}

QString removeLeadingSpaces(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == u' ') {
        ++i;
    }
    return text.mid(i).toString();
}

} // namespace

OtpAuthUri::OtpAuthUri(otp::OtpToken token, QString labelIssuer)
    : m_token(std::move(token))
    , m_labelIssuer(std::move(labelIssuer))
{
}

Result<OtpAuthUri> OtpAuthUri::parse(QStringView text)
{
    if (text.size() > kMaxUriLength) {
        return invalid(u"The link is too long to be an authenticator link (more than 64 KiB)."_s);
    }
    const QStringView uri = text.trimmed();

    // --- scheme ---
    const qsizetype schemeEnd = uri.indexOf(u"://");
    const QStringView scheme = schemeEnd < 0 ? QStringView() : uri.left(schemeEnd);
    if (scheme.compare(u"otpauth-migration", Qt::CaseInsensitive) == 0) {
        return invalid(u"This is a Google Authenticator export link, not a single account; import it as such."_s);
    }
    if (schemeEnd < 0 || scheme.compare(u"otpauth", Qt::CaseInsensitive) != 0) {
        return invalid(u"This is not an authenticator link; it must start with \"otpauth://\"."_s);
    }

    // --- TYPE/LABEL?QUERY (no fragment: a raw '#' is literal text) ---
    const QStringView rest = uri.mid(schemeEnd + 3);
    const qsizetype queryStart = rest.indexOf(u'?');
    const QStringView path = queryStart < 0 ? rest : rest.left(queryStart);
    const QStringView query = queryStart < 0 ? QStringView() : rest.mid(queryStart + 1);
    const qsizetype slash = path.indexOf(u'/');
    const QStringView typeText = slash < 0 ? path : path.left(slash);
    const QStringView rawLabel = slash < 0 ? QStringView() : path.mid(slash + 1);

    // --- parameters ---
    std::array<std::optional<QStringView>, static_cast<int>(Known::Count)> values;
    for (const QStringView piece : query.tokenize(u'&')) {
        if (piece.isEmpty()) {
            continue;
        }
        const qsizetype eq = piece.indexOf(u'=');
        const QString key =
            PercentEncoding::decode(eq < 0 ? piece : piece.left(eq), PercentEncoding::Plus::Keep).trimmed().toLower();
        const QStringView value = eq < 0 ? QStringView(u"") : piece.mid(eq + 1);
        for (std::size_t k = 0; k < kKnownNames.size(); ++k) {
            if (key == kKnownNames[k]) {
                if (values[k].has_value()) {
                    return invalid(
                        u"The link contains the parameter \"%1\" more than once, so it is unclear which one to use."_s
                            .arg(kKnownNames[k]));
                }
                values[k] = value;
            }
        }
    }
    const auto raw = [&values](Known k) { return values[static_cast<std::size_t>(k)]; };
    const auto text_ = [&raw](Known k) {
        return PercentEncoding::decode(*raw(k), PercentEncoding::Plus::Keep).trimmed();
    };

    // --- type ---
    otp::OtpType type;
    if (typeText.compare(u"totp", Qt::CaseInsensitive) == 0) {
        type = otp::OtpType::Totp;
    } else if (typeText.compare(u"hotp", Qt::CaseInsensitive) == 0) {
        type = otp::OtpType::Hotp;
    } else if (typeText.compare(u"steam", Qt::CaseInsensitive) == 0) {
        type = otp::OtpType::Steam;
    } else if (typeText.isEmpty()) {
        return invalid(u"The link does not say whether its codes are time-based (totp) or counter-based (hotp)."_s);
    } else {
        return Error(ErrorCode::Unsupported,
                     u"The account type %1 is not supported (only totp, hotp and Steam are)."_s.arg(quoted(typeText)));
    }
    if (raw(Known::Encoder)) {
        const QString encoder = text_(Known::Encoder).toLower();
        if (encoder == u"steam"_s) {
            if (type == otp::OtpType::Hotp) {
                return invalid(
                    u"The link asks for Steam codes (\"encoder=steam\") on a counter-based account, but Steam codes are time-based."_s);
            }
            type = otp::OtpType::Steam;
        } else if (!encoder.isEmpty()) {
            return Error(
                ErrorCode::Unsupported,
                u"The code encoding %1 (\"encoder\") is not supported (only Steam is)."_s.arg(quoted(encoder)));
        }
    }

    // --- secret ('+' stays '+': it is never a space in Base32, and never silently dropped) ---
    if (!raw(Known::Secret)) {
        return invalid(u"The link has no secret (the \"secret\" parameter is missing)."_s);
    }
    auto secret = [&]() {
        // The decoded Base32 text is a copy of the secret; keep it short-lived.
        QString base32 = PercentEncoding::decode(*raw(Known::Secret), PercentEncoding::Plus::Keep);
        auto bytes = otp::Base32::decode(base32);
        base32.fill(u'\0');
        return bytes;
    }();
    if (!secret) {
        return secret.error();
    }

    // --- issuer and account name (FORMATS.md §1.3) ---
    const QString label = PercentEncoding::decode(rawLabel, PercentEncoding::Plus::IsSpace);
    const QString issuerParameter =
        raw(Known::Issuer) ? PercentEncoding::decode(*raw(Known::Issuer), PercentEncoding::Plus::IsSpace).trimmed()
                           : QString();
    QString issuer;
    QString name;
    QString labelIssuer;
    if (!issuerParameter.isEmpty()) {
        issuer = issuerParameter;
        QString prefix;
        if (label.startsWith(issuer + u':')) {
            // Ente's rule: the issuer itself may contain ':'.
            prefix = issuer;
            name = label.mid(issuer.size() + 1);
        } else if (const qsizetype colon = label.indexOf(u':'); colon >= 0) {
            prefix = label.left(colon).trimmed();
            name = label.mid(colon + 1);
        } else {
            name = label;
        }
        if (!prefix.isEmpty() && prefix != issuer) {
            labelIssuer = prefix;
        }
    } else if (const qsizetype colon = label.indexOf(u':'); colon >= 0) {
        issuer = label.left(colon).trimmed();
        name = label.mid(colon + 1);
    } else {
        name = label;
    }
    name = removeLeadingSpaces(name);
    if (issuer.size() > kMaxTextLength) {
        return invalid(u"The issuer name is too long (more than %1 characters)."_s.arg(kMaxTextLength));
    }
    if (name.size() > kMaxTextLength) {
        return invalid(u"The account name is too long (more than %1 characters)."_s.arg(kMaxTextLength));
    }

    // --- algorithm, digits, period, counter ---
    otp::HashAlgorithm algorithm = otp::HashAlgorithm::Sha1;
    int digits = otp::OtpParameters::kDefaultDigits;
    int period = otp::OtpParameters::kDefaultPeriod;
    quint64 counter = 0;
    if (type != otp::OtpType::Steam) {
        if (raw(Known::Algorithm)) {
            const QString value = text_(Known::Algorithm);
            if (value.isEmpty()) {
                return invalid(u"The hash algorithm (\"algorithm\") is empty; use SHA1, SHA256 or SHA512."_s);
            }
            auto parsed = otp::OtpParameters::algorithmFromName(value);
            if (!parsed) {
                return Error(
                    ErrorCode::Unsupported,
                    u"The hash algorithm %1 (\"algorithm\") is not supported; use SHA1, SHA256 or SHA512."_s.arg(
                        quoted(value)));
            }
            algorithm = *parsed;
        }
        if (raw(Known::Digits)) {
            const QString value = text_(Known::Digits);
            const auto parsed = parseUnsigned(value);
            if (!parsed) {
                return invalid(
                    u"The number of digits (\"digits\") must be a whole number, not %1."_s.arg(quoted(value)));
            }
            if (*parsed < static_cast<quint64>(otp::OtpParameters::kMinDigits)
                || *parsed > static_cast<quint64>(otp::OtpParameters::kMaxDigits)) {
                return invalid(u"The number of digits (\"digits\") must be between %1 and %2, not %3."_s
                                   .arg(otp::OtpParameters::kMinDigits)
                                   .arg(otp::OtpParameters::kMaxDigits)
                                   .arg(quoted(value)));
            }
            digits = static_cast<int>(*parsed);
        }
    }
    if (type == otp::OtpType::Totp && raw(Known::Period)) {
        const QString value = text_(Known::Period);
        const auto parsed = parseUnsigned(value);
        if (!parsed) {
            return invalid(u"The period (\"period\") must be a whole number of seconds, not %1."_s.arg(quoted(value)));
        }
        if (*parsed < static_cast<quint64>(otp::OtpParameters::kMinPeriod)
            || *parsed > static_cast<quint64>(otp::OtpParameters::kMaxPeriod)) {
            return invalid(u"The period (\"period\") must be between %1 and %2 seconds, not %3."_s
                               .arg(otp::OtpParameters::kMinPeriod)
                               .arg(otp::OtpParameters::kMaxPeriod)
                               .arg(quoted(value)));
        }
        period = static_cast<int>(*parsed);
    }
    if (type == otp::OtpType::Hotp) {
        if (!raw(Known::Counter)) {
            return invalid(u"The counter-based (hotp) link has no counter (the \"counter\" parameter is missing)."_s);
        }
        const QString value = text_(Known::Counter);
        const auto parsed = parseUnsigned(value);
        if (!parsed) {
            return invalid(u"The counter (\"counter\") must be a whole number from 0 to %1, not %2."_s
                               .arg(std::numeric_limits<quint64>::max())
                               .arg(quoted(value)));
        }
        counter = *parsed;
    }

    Result<otp::OtpParameters> parameters = [&]() -> Result<otp::OtpParameters> {
        switch (type) {
        case otp::OtpType::Totp:
            return otp::OtpParameters::totp(algorithm, digits, period);
        case otp::OtpType::Hotp:
            return otp::OtpParameters::hotp(algorithm, digits, counter);
        case otp::OtpType::Steam:
            return otp::OtpParameters::steam();
        }
        return Error(ErrorCode::Internal, u"Unknown account type."_s);
    }();
    if (!parameters) {
        return parameters.error();
    }
    auto token = otp::OtpToken::create(std::move(issuer), std::move(name), *parameters, std::move(*secret));
    if (!token) {
        return token.error();
    }
    return OtpAuthUri(std::move(*token), std::move(labelIssuer));
}

/* Canonical form (FORMATS.md §1.7, close to Aegis and KeePassXC):
 *   otpauth://totp/ISSUER:NAME?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30
 *   otpauth://hotp/ISSUER:NAME?secret=…&issuer=…&algorithm=SHA1&digits=6&counter=N
 *   otpauth://totp/ISSUER:NAME?secret=…&issuer=…&algorithm=SHA1&digits=5&period=30&encoder=steam
 * Every parameter is written, defaults included, so no reader has to guess a default.
 * Steam uses KeePassXC's `encoder=steam` on a totp URI rather than Aegis's `otpauth://steam/`:
 * apps that know only totp still import the account (with its period and five digits), where
 * an unknown "steam" type would be refused; parse() reads both forms.
 * Label and values are percent-encoded down to RFC 3986's unreserved characters (so ':', '&',
 * '#', '+', '%', '/', '?' and spaces inside names are all escaped), unpadded upper-case
 * Base32. Without an issuer there is no prefix; a name that itself contains ':' then gets an
 * empty prefix (":a:b"), because parse() would otherwise take "a" as the issuer. */
QString OtpAuthUri::format(const otp::OtpToken& token)
{
    const otp::OtpParameters& p = token.parameters();
    QString out = u"otpauth://"_s;
    out += p.type() == otp::OtpType::Hotp ? u"hotp/"_s : u"totp/"_s;
    if (!token.issuer().isEmpty()) {
        out += PercentEncoding::encode(token.issuer()) + u':';
    } else if (token.name().contains(u':')) {
        out += u':';
    }
    out += PercentEncoding::encode(token.name());
    out += u"?secret="_s + otp::Base32::encode(token.secret().bytes());
    if (!token.issuer().isEmpty()) {
        out += u"&issuer="_s + PercentEncoding::encode(token.issuer());
    }
    out += u"&algorithm="_s + otp::OtpParameters::algorithmName(p.algorithm());
    out += u"&digits="_s + QString::number(p.digits());
    if (p.type() == otp::OtpType::Hotp) {
        out += u"&counter="_s + QString::number(p.counter());
    } else {
        out += u"&period="_s + QString::number(p.period());
    }
    if (p.type() == otp::OtpType::Steam) {
        out += u"&encoder=steam"_s;
    }
    return out;
}

} // namespace tessera::uri
