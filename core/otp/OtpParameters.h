// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QString>
#include <QtGlobal>

namespace tessera::otp {

enum class OtpType { Totp, Hotp, Steam };
enum class HashAlgorithm { Sha1, Sha256, Sha512 };

/* How codes are made for one account: type, hash, digits, period or counter.
 *
 * Always valid: the constructor is private and the factories check every bound, so code that
 * holds an OtpParameters never re-checks it. Bounds: digits 6–10 (10 is the most that 31
 * truncated bits can fill, and more digits are a denial-of-service trap: Mauth's 70k digits);
 * Steam is fixed at SHA-1, 5 characters, 30 s; periods 1–86 400 s, where anything above 300 s
 * is legal but unusual enough to warn about (SECURITY.md S12). */
class OtpParameters {
public:
    static constexpr int kMinDigits = 6;
    static constexpr int kMaxDigits = 10;
    static constexpr int kSteamDigits = 5;
    static constexpr int kDefaultDigits = 6;
    static constexpr int kMinPeriod = 1;
    static constexpr int kMaxPeriod = 86400;
    static constexpr int kUsualMaxPeriod = 300;
    static constexpr int kDefaultPeriod = 30;

    [[nodiscard]] static Result<OtpParameters> totp(HashAlgorithm algorithm = HashAlgorithm::Sha1,
                                                    int digits = kDefaultDigits, int period = kDefaultPeriod);
    [[nodiscard]] static Result<OtpParameters> hotp(HashAlgorithm algorithm = HashAlgorithm::Sha1,
                                                    int digits = kDefaultDigits, quint64 counter = 0);
    [[nodiscard]] static OtpParameters steam();

    [[nodiscard]] OtpType type() const { return m_type; }
    [[nodiscard]] HashAlgorithm algorithm() const { return m_algorithm; }
    [[nodiscard]] int digits() const { return m_digits; }
    /* Seconds per code for TOTP and Steam; 30 for HOTP (unused there). */
    [[nodiscard]] int period() const { return m_period; }
    /* The moving factor of the next HOTP code; 0 for TOTP and Steam. */
    [[nodiscard]] quint64 counter() const { return m_counter; }
    [[nodiscard]] bool isTimeBased() const { return m_type != OtpType::Hotp; }

    /* The same HOTP parameters at another counter (e.g. after a code was used). */
    [[nodiscard]] OtpParameters withCounter(quint64 counter) const;

    bool operator==(const OtpParameters&) const = default;

    /* "totp" | "hotp" | "steam" and "SHA1" | "SHA256" | "SHA512": the spellings of the CLI's
     * JSON and of otpauth URIs. */
    [[nodiscard]] static QString typeName(OtpType type);
    [[nodiscard]] static QString algorithmName(HashAlgorithm algorithm);
    /* Case-insensitive; accepts "SHA1", "sha-256", … */
    [[nodiscard]] static Result<HashAlgorithm> algorithmFromName(QStringView name);

private:
    OtpParameters(OtpType type, HashAlgorithm algorithm, int digits, int period, quint64 counter);

    OtpType m_type;
    HashAlgorithm m_algorithm;
    int m_digits;
    int m_period;
    quint64 m_counter;
};

} // namespace tessera::otp
