// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PercentEncoding.h"

namespace tessera::uri {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
           || c == '_' || c == '~';
}

} // namespace

QByteArray PercentEncoding::decodeToBytes(QStringView text, Plus plus)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    // One linear pass; the output never grows beyond the input.
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c == '%' && i + 2 < utf8.size() && hexValue(utf8[i + 1]) >= 0 && hexValue(utf8[i + 2]) >= 0) {
            out.append(static_cast<char>(hexValue(utf8[i + 1]) * 16 + hexValue(utf8[i + 2])));
            i += 2;
        } else if (c == '+' && plus == Plus::IsSpace) {
            out.append(' ');
        } else {
            out.append(c);
        }
    }
    return out;
}

QString PercentEncoding::decode(QStringView text, Plus plus)
{
    return QString::fromUtf8(decodeToBytes(text, plus));
}

QString PercentEncoding::encode(QStringView text)
{
    return encodeBytes(text.toUtf8());
}

QString PercentEncoding::encodeBytes(QByteArrayView bytes)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    QString out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        if (isUnreserved(c)) {
            out.append(QLatin1Char(c));
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append(QLatin1Char('%'));
            out.append(QLatin1Char(kHex[byte >> 4]));
            out.append(QLatin1Char(kHex[byte & 0x0F]));
        }
    }
    return out;
}

} // namespace tessera::uri
