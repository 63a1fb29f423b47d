// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OtpGenerator.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace tessera::otp {

namespace {

constexpr std::array<std::uint32_t, 11> kPowersOfTen = {1u,       10u,       100u,       1000u,       10000u, 100000u,
                                                        1000000u, 10000000u, 100000000u, 1000000000u, 0u};

/* Steam Guard's 26-character alphabet (no vowels that make words, no look-alikes). */
constexpr char kSteamAlphabet[] = "23456789BCDFGHJKMNPQRTVWXY";

const char* digestName(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return "SHA1";
    case HashAlgorithm::Sha256:
        return "SHA256";
    case HashAlgorithm::Sha512:
        return "SHA512";
    }
    return "SHA1";
}

QString decimalCode(std::uint32_t value, int digits)
{
    /* 10 digits exceed 31 bits, so there the value is shown whole, zero-padded. */
    if (digits < 10) {
        value %= kPowersOfTen[static_cast<std::size_t>(digits)];
    }
    std::array<char16_t, 10> text{};
    for (int i = digits - 1; i >= 0; --i) {
        text[static_cast<std::size_t>(i)] = static_cast<char16_t>(u'0' + value % 10);
        value /= 10;
    }
    return QString(reinterpret_cast<const QChar*>(text.data()), digits);
}

QString steamCode(std::uint32_t value)
{
    /* Least-significant "digit" first (Steam's own order). */
    std::array<char16_t, OtpParameters::kSteamDigits> text{};
    for (char16_t& c : text) {
        c = static_cast<char16_t>(kSteamAlphabet[value % 26]);
        value /= 26;
    }
    return QString(reinterpret_cast<const QChar*>(text.data()), static_cast<qsizetype>(text.size()));
}

} // namespace

OtpGenerator::OtpGenerator(const OtpParameters& parameters, crypto::HmacContext hmac)
    : m_parameters(parameters)
    , m_hmac(std::move(hmac))
{
}

Result<OtpGenerator> OtpGenerator::create(const OtpParameters& parameters, std::span<const std::uint8_t> secret)
{
    auto hmac = crypto::HmacContext::create(digestName(parameters.algorithm()), secret);
    if (!hmac) {
        return hmac.error();
    }
    return OtpGenerator(parameters, std::move(hmac).value());
}

std::uint32_t OtpGenerator::truncatedValue(quint64 counter)
{
    std::array<std::uint8_t, 8> message{};
    for (int i = 7; i >= 0; --i) { // 8-byte big-endian counter
        message[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(counter & 0xFFu);
        counter >>= 8;
    }
    std::array<std::uint8_t, crypto::HmacContext::kMaxMacSize> mac{};
    const std::size_t length = m_hmac.compute(message, mac);
    if (length < 20) {
        return 0; // unreachable with a context create() accepted; never read past the MAC
    }
    /* RFC 4226 §5.3: the offset comes from the low nibble of the *last* byte of the MAC —
     * byte 19 only for SHA-1 (a known bug in libraries that hard-code it). */
    const std::size_t offset = mac[length - 1] & 0x0Fu;
    return (static_cast<std::uint32_t>(mac[offset] & 0x7Fu) << 24) | (static_cast<std::uint32_t>(mac[offset + 1]) << 16)
           | (static_cast<std::uint32_t>(mac[offset + 2]) << 8) | static_cast<std::uint32_t>(mac[offset + 3]);
}

QString OtpGenerator::codeForCounter(quint64 counter)
{
    const std::uint32_t value = truncatedValue(counter);
    if (m_parameters.type() == OtpType::Steam) {
        return steamCode(value);
    }
    return decimalCode(value, m_parameters.digits());
}

Result<QString> OtpGenerator::codeAt(qint64 unixSeconds)
{
    if (m_parameters.type() == OtpType::Hotp) {
        return codeForCounter(m_parameters.counter());
    }
    if (unixSeconds < 0) {
        return Error(ErrorCode::InvalidInput, u"The time must not be before 1970-01-01."_s);
    }
    return codeForCounter(timeStep(unixSeconds, m_parameters.period()));
}

quint64 OtpGenerator::timeStep(qint64 unixSeconds, int period)
{
    if (unixSeconds < 0 || period <= 0) {
        return 0;
    }
    return static_cast<quint64>(unixSeconds) / static_cast<quint64>(period);
}

int OtpGenerator::secondsRemaining(qint64 unixSeconds, int period)
{
    if (unixSeconds < 0 || period <= 0) {
        return period;
    }
    return period - static_cast<int>(static_cast<quint64>(unixSeconds) % static_cast<quint64>(period));
}

} // namespace tessera::otp
