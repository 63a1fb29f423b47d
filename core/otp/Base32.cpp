// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Base32.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::otp {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/* 0–31 for a Base32 letter or digit (either case), -1 otherwise. */
int symbolValue(char16_t c)
{
    if (c >= u'A' && c <= u'Z') {
        return c - u'A';
    }
    if (c >= u'a' && c <= u'z') {
        return c - u'a';
    }
    if (c >= u'2' && c <= u'7') {
        return c - u'2' + 26;
    }
    return -1;
}

bool isIgnorable(char16_t c)
{
    return c == u' ' || c == u'-' || c == u'\t' || c == u'\n' || c == u'\r';
}

} // namespace

Result<crypto::SecureBytes> Base32::decode(QStringView text)
{
    /* First pass: validate and count symbols, so the output is allocated once at its final
     * size (SecureBytes never grows and leaves no unwiped copies behind). */
    qsizetype symbols = 0;
    bool paddingSeen = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (isIgnorable(c)) {
            continue;
        }
        if (c == u'=') {
            paddingSeen = true;
            continue;
        }
        if (symbolValue(c) < 0) {
            return Error(ErrorCode::InvalidInput, u"The secret contains a character that is not Base32 at position %1 "
                                                  "(only letters A–Z and digits 2–7 are allowed)."_s.arg(i + 1));
        }
        if (paddingSeen) {
            return Error(ErrorCode::InvalidInput,
                         u"The secret has '=' padding before its end (position %1)."_s.arg(i + 1));
        }
        ++symbols;
    }
    if (symbols == 0) {
        return Error(ErrorCode::InvalidInput, u"The secret is empty."_s);
    }
    /* Every 5 bits of input; leftover bits of a ragged last chunk are dropped, as Google
     * Authenticator does. */
    const auto byteCount = static_cast<std::size_t>(symbols * 5 / 8);
    if (byteCount == 0) {
        return Error(ErrorCode::InvalidInput, u"The secret is too short to hold a single byte."_s);
    }
    crypto::SecureBytes bytes(byteCount);
    std::uint32_t buffer = 0;
    int bits = 0;
    std::size_t written = 0;
    for (const QChar ch : text) {
        const int value = symbolValue(ch.unicode());
        if (value < 0) {
            continue;
        }
        buffer = (buffer << 5) | static_cast<std::uint32_t>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            if (written < byteCount) {
                bytes.data()[written++] = static_cast<std::uint8_t>(buffer >> bits);
            }
            buffer &= (1u << bits) - 1u;
        }
    }
    buffer = 0;
    return bytes;
}

QString Base32::encode(std::span<const std::uint8_t> bytes)
{
    QString out;
    out.reserve(static_cast<qsizetype>((bytes.size() * 8 + 4) / 5));
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const std::uint8_t byte : bytes) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(kAlphabet[(buffer >> bits) & 0x1Fu]));
        }
        buffer &= (1u << bits) - 1u;
    }
    if (bits > 0) {
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1Fu]));
    }
    return out;
}

} // namespace tessera::otp
