// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace tessera::uri {

/* RFC 3986 percent-encoding for the pieces of otpauth and otpauth-migration URIs.
 *
 * Hand-written rather than QUrl because the URI rules need control QUrl does not give: QUrl
 * treats an unencoded '#' as the start of a fragment (real generators leave '#' in labels),
 * its default PrettyDecoded form leaves some sequences (e.g. "%25") encoded, and once QUrl has
 * decoded a query "%2B" and a raw '+' are indistinguishable — yet '+' means a space in text
 * parameters and must stay '+' in a secret or in Base64 transfer data. Decoding here is always
 * "fully decoded": every valid %XX becomes its byte. */
class PercentEncoding {
public:
    enum class Plus {
        Keep,    // '+' stays '+' (secret, migration data)
        IsSpace, // form-style '+' means a space (issuer, label)
    };

    /* Decodes %XX sequences (either hex case) to bytes. A '%' not followed by two hex digits
     * is kept literally, as browsers and QUrl's tolerant mode do. Characters outside ASCII are
     * taken as their UTF-8 bytes. */
    [[nodiscard]] static QByteArray decodeToBytes(QStringView text, Plus plus);
    /* decodeToBytes() read as UTF-8 (invalid sequences become U+FFFD). */
    [[nodiscard]] static QString decode(QStringView text, Plus plus);

    /* Encodes the UTF-8 bytes of `text`, leaving only RFC 3986 unreserved characters
     * (A–Z a–z 0–9 - . _ ~) as they are, so the result is safe in a path segment and in a
     * query value alike and means the same to every reader. */
    [[nodiscard]] static QString encode(QStringView text);
    [[nodiscard]] static QString encodeBytes(QByteArrayView bytes);
};

} // namespace tessera::uri
