// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/HmacContext.h"
#include "otp/OtpParameters.h"
#include "util/Result.h"

#include <QString>

#include <cstdint>
#include <span>

namespace tessera::otp {

/* Makes the codes of one account: HOTP (RFC 4226), TOTP (RFC 6238) and Steam Guard.
 *
 * Holds one prepared HMAC context keyed with the account's secret, so each new code costs one
 * MAC over 8 bytes and no key setup (SECURITY.md P1: ≤ 1 µs per code). The secret is not kept
 * anywhere else; OpenSSL wipes the keyed context when the generator dies. Not thread-safe: one
 * generator per thread. Move-only. */
class OtpGenerator {
public:
    [[nodiscard]] static Result<OtpGenerator> create(const OtpParameters& parameters,
                                                     std::span<const std::uint8_t> secret);

    /* The code shown at `unixSeconds` for TOTP and Steam; for HOTP, the code at the
     * parameters' counter (time is ignored). Negative times are invalid input. */
    [[nodiscard]] Result<QString> codeAt(qint64 unixSeconds);
    /* The code for an explicit moving factor (HOTP counter or TOTP time step). */
    [[nodiscard]] QString codeForCounter(quint64 counter);
    /* RFC 4226 dynamic truncation of HMAC(secret, counter): a 31-bit value. */
    [[nodiscard]] std::uint32_t truncatedValue(quint64 counter);

    [[nodiscard]] const OtpParameters& parameters() const { return m_parameters; }
    void setCounter(quint64 counter) { m_parameters = m_parameters.withCounter(counter); }

    /* TOTP arithmetic, exposed for countdowns: T = floor(t / period). */
    [[nodiscard]] static quint64 timeStep(qint64 unixSeconds, int period);
    [[nodiscard]] static int secondsRemaining(qint64 unixSeconds, int period);

private:
    OtpGenerator(const OtpParameters& parameters, crypto::HmacContext hmac);

    OtpParameters m_parameters;
    crypto::HmacContext m_hmac;
};

} // namespace tessera::otp
