// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qr/QrDecoder.h"
#include "util/Result.h"

#include <QImage>
#include <QStringList>

#include <vector>

namespace tessera::documents {

/* The QImage side of QR reading, shared by the desktop program (screen grabs, pasted and
 * dropped pictures) and tessera-cli (`qr decode`, `import` of screenshots). Core sees only grey
 * bytes (ARCHITECTURE.md §2); this turns any QImage into them and calls qr::QrDecoder, which
 * already makes the light-on-dark (inverted) pass ZXing 1.4 lacks, so it is not repeated here.
 *
 * Thread-safe (no state): the desktop program calls it from a worker thread. */
class QrImageReader {
public:
    /* The image as Format_Grayscale8. Transparent parts are laid on white first: a code drawn
     * black on a transparent background (common in web exports) stores its background as
     * transparent black and would turn all black in a plain conversion. */
    [[nodiscard]] static QImage toGrey(const QImage& image);

    /* Every code in the image, in reading order, as the core decoder reports them; an error for
     * a null image or one the decoder refuses (too large, out of memory). */
    [[nodiscard]] static Result<std::vector<qr::DecodedQr>> scan(const QImage& image);

    /* The distinct texts of every code in the image (several codes in one picture all count),
     * in reading order. Empty when there is none — or when the image cannot be scanned; use
     * scan() to tell the two apart. */
    [[nodiscard]] static QStringList decodeAll(const QImage& image);
};

} // namespace tessera::documents
