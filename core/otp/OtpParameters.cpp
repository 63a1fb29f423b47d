// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OtpParameters.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::otp {

namespace {

Result<void> checkDigits(int digits)
{
    if (digits < OtpParameters::kMinDigits || digits > OtpParameters::kMaxDigits) {
        return Error(ErrorCode::InvalidInput,
                     u"The number of digits must be between %1 and %2, not %3."_s.arg(OtpParameters::kMinDigits)
                         .arg(OtpParameters::kMaxDigits)
                         .arg(digits));
    }
    return {};
}

} // namespace

OtpParameters::OtpParameters(OtpType type, HashAlgorithm algorithm, int digits, int period, quint64 counter)
    : m_type(type)
    , m_algorithm(algorithm)
    , m_digits(digits)
    , m_period(period)
    , m_counter(counter)
{
}

Result<OtpParameters> OtpParameters::totp(HashAlgorithm algorithm, int digits, int period)
{
    if (auto ok = checkDigits(digits); !ok) {
        return ok.error();
    }
    if (period < kMinPeriod || period > kMaxPeriod) {
        return Error(
            ErrorCode::InvalidInput,
            u"The period must be between %1 and %2 seconds, not %3."_s.arg(kMinPeriod).arg(kMaxPeriod).arg(period));
    }
    return OtpParameters(OtpType::Totp, algorithm, digits, period, 0);
}

Result<OtpParameters> OtpParameters::hotp(HashAlgorithm algorithm, int digits, quint64 counter)
{
    if (auto ok = checkDigits(digits); !ok) {
        return ok.error();
    }
    return OtpParameters(OtpType::Hotp, algorithm, digits, kDefaultPeriod, counter);
}

OtpParameters OtpParameters::steam()
{
    return OtpParameters(OtpType::Steam, HashAlgorithm::Sha1, kSteamDigits, kDefaultPeriod, 0);
}

OtpParameters OtpParameters::withCounter(quint64 counter) const
{
    OtpParameters copy = *this;
    if (m_type == OtpType::Hotp) {
        copy.m_counter = counter;
    }
    return copy;
}

QString OtpParameters::typeName(OtpType type)
{
    switch (type) {
    case OtpType::Totp:
        return u"totp"_s;
    case OtpType::Hotp:
        return u"hotp"_s;
    case OtpType::Steam:
        return u"steam"_s;
    }
    return {};
}

QString OtpParameters::algorithmName(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return u"SHA1"_s;
    case HashAlgorithm::Sha256:
        return u"SHA256"_s;
    case HashAlgorithm::Sha512:
        return u"SHA512"_s;
    }
    return {};
}

Result<HashAlgorithm> OtpParameters::algorithmFromName(QStringView name)
{
    QString normalized = name.trimmed().toString().toUpper();
    normalized.remove(u'-');
    normalized.remove(u'_');
    if (normalized == u"SHA1"_s) {
        return HashAlgorithm::Sha1;
    }
    if (normalized == u"SHA256"_s) {
        return HashAlgorithm::Sha256;
    }
    if (normalized == u"SHA512"_s) {
        return HashAlgorithm::Sha512;
    }
    return Error(ErrorCode::Unsupported,
                 u"The algorithm \"%1\" is not supported (use SHA1, SHA256 or SHA512)."_s.arg(name.left(32)));
}

} // namespace tessera::otp
