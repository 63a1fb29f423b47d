// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrDecoder.h"

#include "util/Logging.h"

// Must precede every ZXing include: without it ZXing 1.4's Result::text() is a std::wstring.
#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <system_error>
#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace tessera::qr {

namespace {

// ZXing indexes rows with `int` (ImageView::data(x, y) is y * rowStride), so the whole buffer
// must fit an int; beyond that we also refuse sizes no screen or camera produces, because the
// inverted pass allocates a copy of the image.
constexpr qint64 kMaxSide = 16384;
constexpr qint64 kMaxPixels = qint64(8192) * 8192;

// The negative copy is kept per calling thread up to this size (a 4K screenshot, 8.3 MB).
// Measured: allocating and freeing a multi-megabyte buffer on every call makes glibc return
// the heap top to the kernel, and ZXing's own buffers then page-fault afresh each time —
// decoding a busy 1080p screenshot took 2x as long (12 -> 24 ms) in a loop.
constexpr std::size_t kKeptScratchBytes = std::size_t(3840) * 2160;

// Below this many pixels a pass takes about a millisecond and a second thread costs more in
// start-up and cache traffic than it saves.
constexpr qint64 kParallelFromPixels = qint64(512) * 512;

struct Found {
    DecodedQr qr;
    int top = 0; // bounding box of the symbol, for de-duplication and ordering
    int bottom = 0;
    int left = 0;
    int right = 0;
};

struct Pass {
    std::vector<Found> found;
    bool failed = false; // ZXing threw (e.g. std::bad_alloc): an internal error, not "no code"
};

ZXing::DecodeHints decodeHints()
{
    ZXing::DecodeHints hints;
    // QR only: 2–4× faster than all formats (SECURITY.md B3), and a product barcode in a
    // screenshot is not an account.
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    // "Fast mode" (tryHarder off) is what SECURITY.md P5's accuracy target is stated in
    // (upstream's fast-mode minimums), and on every scene and fixture we test it finds the same
    // codes as tryHarder while taking 10–20 % less time — the margin that keeps a 4K screenshot
    // under 30 ms. tryDownscale costs about a third of a pass, but without it heavily blurred
    // codes with big modules (phone photos) are missed where zbar still reads them.
    // tryRotate only matters for linear formats (the QR detector is rotation-invariant).
    hints.setTryHarder(false).setTryDownscale(true).setTryRotate(false);
    return hints;
}

Pass runPass(const std::uint8_t* pixels, int width, int height, int stride, bool inverted)
{
    Pass pass;
    try {
        const ZXing::Results results = ZXing::ReadBarcodes(
            ZXing::ImageView(pixels, width, height, ZXing::ImageFormat::Lum, stride), decodeHints());
        for (const ZXing::Result& result : results) {
            if (!result.isValid() || result.format() != ZXing::BarcodeFormat::QRCode) {
                continue;
            }
            Found f;
            const std::string text = result.text();
            f.qr.text = QString::fromStdString(text);
            const ZXing::ByteArray& bytes = result.bytes();
            f.qr.bytes = QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
            f.qr.inverted = inverted;
            const ZXing::Position& pos = result.position();
            f.left = f.right = pos[0].x;
            f.top = f.bottom = pos[0].y;
            long sumX = 0;
            long sumY = 0;
            for (const ZXing::PointI& p : pos) {
                f.left = std::min(f.left, p.x);
                f.right = std::max(f.right, p.x);
                f.top = std::min(f.top, p.y);
                f.bottom = std::max(f.bottom, p.y);
                sumX += p.x;
                sumY += p.y;
            }
            f.qr.centerX = static_cast<int>(sumX / 4);
            f.qr.centerY = static_cast<int>(sumY / 4);
            pass.found.push_back(std::move(f));
        }
    } catch (...) {
        // ZXing reports decoding problems in Result; an exception here is an allocation or
        // library failure, which must not cross into the rest of the program.
        pass.failed = true;
        pass.found.clear();
    }
    return pass;
}

// ZXing 1.4 has no "try inverted" hint, so light-on-dark codes (dark-mode screenshots) get a
// second pass over a negative copy in `negative` (dense: stride == width whatever the input).
Pass runInvertedPass(const GreyImage& image, int stride, std::vector<std::uint8_t>& negative)
{
    try {
        negative.resize(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height));
    } catch (...) {
        Pass pass;
        pass.failed = true;
        return pass;
    }
    for (int y = 0; y < image.height; ++y) {
        const std::uint8_t* src = image.pixels + static_cast<std::ptrdiff_t>(y) * stride;
        std::uint8_t* dst = negative.data() + static_cast<std::ptrdiff_t>(y) * image.width;
        for (int x = 0; x < image.width; ++x) {
            dst[x] = static_cast<std::uint8_t>(255 - src[x]);
        }
    }
    Pass pass = runPass(negative.data(), image.width, image.height, image.width, true);
    // The copy may show a secret (a QR code of an otpauth URI): wipe it rather than keep it
    // readable until the next call (the buffer is kept, see kKeptScratchBytes).
    std::fill(negative.begin(), negative.end(), std::uint8_t(0));
    return pass;
}

bool sameCode(const Found& a, const Found& b)
{
    if (a.qr.bytes != b.qr.bytes) {
        return false;
    }
    // "Nearby" = one centre lies inside the other's bounding box (plus a little slack): the
    // same printed symbol found twice, as opposed to two copies of one URI shown side by side.
    const int slackX = std::max(4, (a.right - a.left) / 4);
    const int slackY = std::max(4, (a.bottom - a.top) / 4);
    return b.qr.centerX >= a.left - slackX && b.qr.centerX <= a.right + slackX && b.qr.centerY >= a.top - slackY
           && b.qr.centerY <= a.bottom + slackY;
}

// Reading order: codes whose vertical extents overlap the first code of a row form that row
// (left to right); rows go top to bottom. A plain sort by centre y would put a code 3 px
// higher before its left neighbour.
std::vector<DecodedQr> inReadingOrder(std::vector<Found> found)
{
    std::sort(found.begin(), found.end(),
              [](const Found& a, const Found& b) { return a.top != b.top ? a.top < b.top : a.left < b.left; });
    std::vector<DecodedQr> ordered;
    ordered.reserve(found.size());
    std::size_t rowStart = 0;
    while (rowStart < found.size()) {
        const Found& first = found[rowStart];
        std::size_t rowEnd = rowStart + 1;
        while (rowEnd < found.size() && found[rowEnd].qr.centerY <= first.bottom) {
            ++rowEnd;
        }
        std::sort(found.begin() + static_cast<std::ptrdiff_t>(rowStart),
                  found.begin() + static_cast<std::ptrdiff_t>(rowEnd), [](const Found& a, const Found& b) {
                      return a.qr.centerX != b.qr.centerX ? a.qr.centerX < b.qr.centerX : a.qr.centerY < b.qr.centerY;
                  });
        for (std::size_t i = rowStart; i < rowEnd; ++i) {
            ordered.push_back(std::move(found[i].qr));
        }
        rowStart = rowEnd;
    }
    return ordered;
}

Result<void> validate(const GreyImage& image)
{
    if (image.pixels == nullptr) {
        return {ErrorCode::InvalidInput, u"The image has no pixel data."_s};
    }
    if (image.width <= 0 || image.height <= 0) {
        return {ErrorCode::InvalidInput, u"The image size %1×%2 is not valid."_s.arg(image.width).arg(image.height)};
    }
    if (image.width > kMaxSide || image.height > kMaxSide || qint64(image.width) * image.height > kMaxPixels) {
        return {ErrorCode::InvalidInput,
                u"The image is too large (%1×%2 pixels; at most %3 pixels a side and %4 megapixels)."_s.arg(image.width)
                    .arg(image.height)
                    .arg(kMaxSide)
                    .arg(kMaxPixels / (1024 * 1024))};
    }
    const qint64 stride = image.stride == 0 ? image.width : image.stride;
    if (stride < image.width) {
        return {ErrorCode::InvalidInput,
                u"The image row length (%1 bytes) is shorter than its width (%2 pixels)."_s.arg(image.stride)
                    .arg(image.width)};
    }
    if (stride * image.height > INT_MAX) {
        return {ErrorCode::InvalidInput, u"The image buffer is too large (%1 bytes a row)."_s.arg(stride)};
    }
    return {};
}

} // namespace

Result<std::vector<DecodedQr>> QrDecoder::decodeAll(const GreyImage& image)
{
    if (Result<void> valid = validate(image); !valid) {
        return valid.error();
    }
    const int stride = image.stride == 0 ? image.width : image.stride;

    // The two passes are independent; on big images run the inverted one on a second thread so
    // a 4K screenshot costs about one pass, not two. Falls back to sequential if no thread.
    thread_local std::vector<std::uint8_t> kept;
    // A named reference: a lambda naming a thread_local directly would get the worker's copy.
    std::vector<std::uint8_t>& negative = kept;
    Pass inverted;
    std::optional<std::thread> worker;
    if (qint64(image.width) * image.height >= kParallelFromPixels) {
        try {
            worker.emplace(
                [&inverted, &image, &negative, stride] { inverted = runInvertedPass(image, stride, negative); });
        } catch (const std::system_error&) {
            qCDebug(lcQr) << "no second thread for the inverted pass; running it sequentially";
        }
    }
    Pass normal = runPass(image.pixels, image.width, image.height, stride, false);
    if (worker) {
        worker->join();
    } else {
        inverted = runInvertedPass(image, stride, negative);
    }
    if (negative.capacity() > kKeptScratchBytes) {
        std::vector<std::uint8_t>().swap(negative);
    }
    if (normal.failed || inverted.failed) {
        qCWarning(lcQr) << "QR decoding failed inside ZXing for a" << image.width << "x" << image.height << "image";
        return Error(ErrorCode::Internal, u"The image could not be scanned for QR codes (out of memory?)."_s);
    }

    std::vector<Found> all = std::move(normal.found);
    for (Found& candidate : inverted.found) {
        const bool duplicate =
            std::any_of(all.begin(), all.end(), [&candidate](const Found& f) { return sameCode(f, candidate); });
        if (!duplicate) {
            all.push_back(std::move(candidate));
        }
    }
    // Counts only: the text may hold a secret.
    qCDebug(lcQr) << "found" << all.size() << "QR code(s) in a" << image.width << "x" << image.height << "image";
    return inReadingOrder(std::move(all));
}

} // namespace tessera::qr
