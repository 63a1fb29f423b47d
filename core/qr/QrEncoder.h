// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace tessera::qr {

enum class ErrorCorrection { Low, Medium, Quartile, High };

/* A QR symbol rendered as grey pixels (0 black, 255 white), with a quiet zone. */
struct QrBitmap {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels; // row-major, stride == width
};

class QrEncoder {
public:
    /* `moduleSize` pixels per module, `margin` modules of quiet zone (4 is the standard).
     * Empty or too-long text is an error. */
    [[nodiscard]] static Result<QrBitmap> encode(const QString& text, ErrorCorrection level = ErrorCorrection::Medium,
                                                 int moduleSize = 8, int margin = 4);
};

} // namespace tessera::qr
