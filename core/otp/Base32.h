// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QString>

#include <cstdint>
#include <span>

namespace tessera::otp {

/* RFC 4648 Base32 for OTP secrets (FORMATS.md §1.5).
 *
 * Decoding is lenient the way real authenticators are: case-insensitive; spaces, tabs, line
 * breaks and dashes ignored; trailing '=' padding optional; a ragged last chunk accepted with its
 * leftover bits dropped (Google Authenticator's rule, relied on by real exports with 17-character
 * secrets). Anything else — an empty secret, a character outside the alphabet, '=' in the middle —
 * is an error that says which character and where. Encoding is canonical: upper case, unpadded. */
class Base32 {
public:
    [[nodiscard]] static Result<crypto::SecureBytes> decode(QStringView text);
    [[nodiscard]] static QString encode(std::span<const std::uint8_t> bytes);
};

} // namespace tessera::otp
