// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Base32 decoding of arbitrary text: must never crash, and whatever decodes must re-encode to
// a canonical string that decodes to the same bytes.
#include "otp/Base32.h"

#include <QString>

#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto decoded = tessera::otp::Base32::decode(text);
    if (!decoded) {
        return 0;
    }
    const QString canonical = tessera::otp::Base32::encode(decoded->bytes());
    auto again = tessera::otp::Base32::decode(canonical);
    if (!again || !again->equals(*decoded)) {
        std::abort();
    }
    return 0;
}
