// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// otpauth:// parsing of arbitrary text: must never crash, must answer in linear time, and
// whatever parses must format to a URI that parses back to the same token (issuer, name,
// parameters, secret), with formatting a fixed point from then on.
#include "uri/OtpAuthUri.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using tessera::uri::OtpAuthUri;

namespace {

bool sameToken(const tessera::otp::OtpToken& a, const tessera::otp::OtpToken& b)
{
    return a.issuer() == b.issuer() && a.name() == b.name() && a.parameters() == b.parameters()
           && a.secret().equals(b.secret());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto parsed = OtpAuthUri::parse(text);
    if (!parsed) {
        if (parsed.error().message().isEmpty()) {
            std::abort(); // every refusal must say why
        }
        return 0;
    }
    const QString formatted = OtpAuthUri::format(parsed->token());
    auto again = OtpAuthUri::parse(formatted);
    if (!again || !sameToken(parsed->token(), again->token()) || !again->labelIssuer().isEmpty()) {
        std::abort();
    }
    if (OtpAuthUri::format(again->token()) != formatted) {
        std::abort();
    }
    return 0;
}
