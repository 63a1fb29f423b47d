// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// QrDecoder on arbitrary grey images: must never crash, hang or report an error for a valid
// image description. Input layout: byte 0 = width - 1, byte 1 = height - 1 (so 1..256 each,
// small enough for thousands of runs a second), byte 2 = extra row padding (stride - width,
// 0..15), then the pixel rows; the height is cut to the rows the input actually holds.
#include "qr/QrDecoder.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 3) {
        return 0;
    }
    const int width = data[0] + 1;
    int height = data[1] + 1;
    const int stride = width + (data[2] & 0x0f);
    const std::uint8_t* pixels = data + 3;
    const std::size_t available = size - 3;
    if (available < std::size_t(width)) {
        return 0;
    }
    // Rows that fit: the last row needs only `width` bytes, not a full stride.
    const auto fittingRows = static_cast<int>((available - std::size_t(width)) / std::size_t(stride) + 1);
    if (fittingRows < height) {
        height = fittingRows;
    }
    const auto result = tessera::qr::QrDecoder::decodeAll(tessera::qr::GreyImage{pixels, width, height, stride});
    if (!result) {
        std::abort(); // a valid description must decode to a (possibly empty) list
    }
    return 0;
}
