// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OtpToken.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::otp {

OtpToken::OtpToken(QString issuer, QString name, OtpParameters parameters, crypto::SecureBytes secret)
    : m_issuer(std::move(issuer))
    , m_name(std::move(name))
    , m_parameters(parameters)
    , m_secret(std::move(secret))
{
}

Result<OtpToken> OtpToken::create(QString issuer, QString name, OtpParameters parameters, crypto::SecureBytes secret)
{
    if (secret.isEmpty()) {
        return Error(ErrorCode::InvalidInput, u"The secret is empty."_s);
    }
    if (secret.size() > kMaxSecretBytes) {
        return Error(ErrorCode::InvalidInput,
                     u"The secret is %1 bytes long; no real account uses more than %2."_s.arg(secret.size())
                         .arg(kMaxSecretBytes));
    }
    return OtpToken(std::move(issuer), std::move(name), parameters, std::move(secret));
}

QList<TokenWarning> OtpToken::warnings() const
{
    QList<TokenWarning> result;
    if (m_secret.size() < kMinRecommendedSecretBytes) {
        result.append(TokenWarning::ShortSecret);
    }
    if (m_parameters.isTimeBased() && m_parameters.period() > OtpParameters::kUsualMaxPeriod) {
        result.append(TokenWarning::UnusualPeriod);
    }
    return result;
}

QString OtpToken::warningMessage(TokenWarning warning)
{
    switch (warning) {
    case TokenWarning::ShortSecret:
        return u"The secret is shorter than 128 bits, weaker than RFC 4226 recommends; it still works."_s;
    case TokenWarning::UnusualPeriod:
        return u"The code changes less often than every 5 minutes, which is unusual; check the period."_s;
    }
    return {};
}

OtpToken OtpToken::clone() const
{
    return OtpToken(m_issuer, m_name, m_parameters, m_secret.clone());
}

} // namespace tessera::otp
