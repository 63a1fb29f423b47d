// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "otp/OtpParameters.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace tessera::otp {

/* Something legal but worth telling the user before they rely on it (SECURITY.md S12: many
 * real sites issue 80-bit secrets, so a short secret is flagged, never refused, on import). */
enum class TokenWarning {
    ShortSecret,   // fewer than 128 bits (RFC 4226 R6)
    UnusualPeriod, // more than 300 seconds
};

/* Everything needed to show and generate codes for one account: who issued it, whose it is,
 * how codes are made, and the secret. The vault's Account adds identity and metadata on top.
 * Move-only because the secret is. */
class OtpToken {
public:
    static constexpr std::size_t kMinRecommendedSecretBytes = 16; // 128 bits
    /* No real service uses more than a 64-byte (SHA-512 block) key; a cap keeps hostile input
     * from making us carry megabytes around as a "secret". */
    static constexpr std::size_t kMaxSecretBytes = 1024;

    [[nodiscard]] static Result<OtpToken> create(QString issuer, QString name, OtpParameters parameters,
                                                 crypto::SecureBytes secret);

    [[nodiscard]] const QString& issuer() const { return m_issuer; }
    [[nodiscard]] const QString& name() const { return m_name; }
    [[nodiscard]] const OtpParameters& parameters() const { return m_parameters; }
    [[nodiscard]] const crypto::SecureBytes& secret() const { return m_secret; }

    void setParameters(const OtpParameters& parameters) { m_parameters = parameters; }

    [[nodiscard]] QList<TokenWarning> warnings() const;
    [[nodiscard]] static QString warningMessage(TokenWarning warning);

    /* Explicit deep copy (the secret included). */
    [[nodiscard]] OtpToken clone() const;

private:
    OtpToken(QString issuer, QString name, OtpParameters parameters, crypto::SecureBytes secret);

    QString m_issuer;
    QString m_name;
    OtpParameters m_parameters;
    crypto::SecureBytes m_secret;
};

} // namespace tessera::otp
