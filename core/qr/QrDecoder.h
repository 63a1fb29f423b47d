// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace tessera::qr {

/* A grey (8-bit luminance) image owned by the caller. Core never sees QImage: the backend and
 * the CLI convert with QImage::Format_Grayscale8 and pass bytesPerLine() as the stride. */
struct GreyImage {
    const std::uint8_t* pixels = nullptr;
    int width = 0;
    int height = 0;
    int stride = 0; // bytes per row; 0 means `width`
};

struct DecodedQr {
    QString text;     // UTF-8 text of the symbol
    QByteArray bytes; // raw payload bytes
    int centerX = 0;  // where it is, to order several codes top-left first
    int centerY = 0;
    bool inverted = false; // found as light-on-dark (e.g. a dark-mode screenshot)
};

/* Finds every QR code in a grey image: dark-on-light and light-on-dark (ZXing-C++ 1.4 has no
 * "try inverted", so an inverted pass is ours), rotated, small, blurred, several at once. */
class QrDecoder {
public:
    /* All distinct codes, top-to-bottom then left-to-right. An empty list is not an error; a
     * malformed image description (null pixels, bad sizes) is. */
    [[nodiscard]] static Result<std::vector<DecodedQr>> decodeAll(const GreyImage& image);
};

} // namespace tessera::qr
