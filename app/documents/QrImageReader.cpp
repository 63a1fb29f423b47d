// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrImageReader.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::documents {

namespace {

QImage flattenOnWhite(const QImage& image)
{
    QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(argb.scanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            const QRgb pixel = line[x];
            const int alpha = qAlpha(pixel);
            const auto blend = [alpha](int channel) { return (channel * alpha + 255 * (255 - alpha)) / 255; };
            line[x] = qRgb(blend(qRed(pixel)), blend(qGreen(pixel)), blend(qBlue(pixel)));
        }
    }
    return argb;
}

} // namespace

QImage QrImageReader::toGrey(const QImage& image)
{
    if (image.isNull()) {
        return {};
    }
    if (image.hasAlphaChannel()) {
        return flattenOnWhite(image).convertToFormat(QImage::Format_Grayscale8);
    }
    return image.convertToFormat(QImage::Format_Grayscale8);
}

Result<std::vector<qr::DecodedQr>> QrImageReader::scan(const QImage& image)
{
    if (image.isNull()) {
        return Error(ErrorCode::InvalidInput, u"The picture is empty."_s);
    }
    const QImage grey = toGrey(image);
    // QImage rows are 4-byte aligned, so the stride is often wider than the width.
    const qr::GreyImage view{grey.constBits(), grey.width(), grey.height(), static_cast<int>(grey.bytesPerLine())};
    return qr::QrDecoder::decodeAll(view);
}

QStringList QrImageReader::decodeAll(const QImage& image)
{
    auto codes = scan(image);
    QStringList texts;
    if (!codes) {
        return texts;
    }
    for (const qr::DecodedQr& code : *codes) {
        // The decoder already merges one symbol found twice; the same text in two symbols
        // (a code shown twice on screen) is still one thing to add.
        if (!texts.contains(code.text)) {
            texts.append(code.text);
        }
    }
    return texts;
}

} // namespace tessera::documents
