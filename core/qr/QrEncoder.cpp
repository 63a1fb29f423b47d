// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrEncoder.h"

#include "util/Logging.h"

// Must precede every ZXing include (keeps ZXing 1.4's text API on UTF-8 std::string).
#define ZX_USE_UTF8 1
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <algorithm>
#include <cstring>
#include <exception>
#include <string>

using namespace Qt::Literals::StringLiterals;

namespace tessera::qr {

namespace {

// The largest QR symbol (version 40, level L) holds 2953 bytes in byte mode; higher levels hold
// less, which the writer reports and we turn into the same kind of error.
constexpr qsizetype kMaxBytes = 2953;
// A bitmap side beyond this is a caller mistake (an 8K-wide QR helps no scanner) and would
// allocate hundreds of megabytes.
constexpr int kMaxSide = 8192;

// ZXing 1.4 maps setEccLevel(n) for QR to level (n - 1) / 2: 1–2 L, 3–4 M, 5–6 Q, 7–8 H
// (FORMATS.md §7.1).
int zxingEccLevel(ErrorCorrection level)
{
    switch (level) {
    case ErrorCorrection::Low:
        return 2;
    case ErrorCorrection::Medium:
        return 4;
    case ErrorCorrection::Quartile:
        return 6;
    case ErrorCorrection::High:
        return 8;
    }
    return 4;
}

QString levelName(ErrorCorrection level)
{
    switch (level) {
    case ErrorCorrection::Low:
        return u"low"_s;
    case ErrorCorrection::Medium:
        return u"medium"_s;
    case ErrorCorrection::Quartile:
        return u"quartile"_s;
    case ErrorCorrection::High:
        return u"high"_s;
    }
    return {};
}

bool isAscii(const QByteArray& utf8)
{
    return std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

} // namespace

Result<QrBitmap> QrEncoder::encode(const QString& text, ErrorCorrection level, int moduleSize, int margin)
{
    if (text.isEmpty()) {
        return Error(ErrorCode::InvalidInput, u"There is no text to put in a QR code."_s);
    }
    if (moduleSize < 1 || margin < 0) {
        return Error(
            ErrorCode::InvalidInput,
            u"A QR module must be at least one pixel and the margin not negative (got %1 and %2)."_s.arg(moduleSize)
                .arg(margin));
    }
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() > kMaxBytes) {
        return Error(ErrorCode::InvalidInput,
                     u"The text is too long for a QR code (%1 bytes; at most %2)."_s.arg(utf8.size()).arg(kMaxBytes));
    }

    ZXing::BitMatrix matrix;
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        // Margin 0: we paint the quiet zone ourselves, so modules stay exact squares.
        writer.setMargin(0).setEccLevel(zxingEccLevel(level));
        // ASCII (every percent-encoded otpauth URI) stays in plain byte mode without an ECI,
        // which every scanner reads; other text needs the UTF-8 ECI to survive, because byte
        // mode without one means ISO-8859-1.
        if (!isAscii(utf8)) {
            writer.setEncoding(ZXing::CharacterSet::UTF8);
        }
        matrix = writer.encode(utf8.toStdString(), 0, 0);
    } catch (const std::exception&) {
        // The writer throws std::invalid_argument when the data does not fit at this level.
        return Error(ErrorCode::InvalidInput,
                     u"The text is too long for a QR code with %1 error correction (%2 bytes)."_s.arg(levelName(level))
                         .arg(utf8.size()));
    }

    const int modules = matrix.width();
    if (modules <= 0 || matrix.height() != modules) {
        qCWarning(lcQr) << "ZXing returned a" << matrix.width() << "x" << matrix.height() << "QR matrix";
        return Error(ErrorCode::Internal, u"The QR code could not be generated."_s);
    }
    const qint64 side = (qint64(modules) + 2 * qint64(margin)) * moduleSize;
    if (side > kMaxSide) {
        return Error(
            ErrorCode::InvalidInput,
            u"The QR image would be %1 pixels wide (at most %2); use smaller modules or margin."_s.arg(side).arg(
                kMaxSide));
    }

    QrBitmap bitmap;
    bitmap.width = static_cast<int>(side);
    bitmap.height = bitmap.width;
    bitmap.pixels.assign(static_cast<std::size_t>(side) * static_cast<std::size_t>(side), 255);
    for (int my = 0; my < modules; ++my) {
        const std::size_t rowStart = static_cast<std::size_t>(margin + my) * moduleSize;
        for (int mx = 0; mx < modules; ++mx) {
            if (!matrix.get(mx, my)) {
                continue;
            }
            const std::size_t x0 = static_cast<std::size_t>(margin + mx) * moduleSize;
            for (int dy = 0; dy < moduleSize; ++dy) {
                std::uint8_t* row = bitmap.pixels.data() + (rowStart + dy) * bitmap.width;
                std::memset(row + x0, 0, static_cast<std::size_t>(moduleSize));
            }
        }
    }
    return bitmap;
}

} // namespace tessera::qr
