// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrImage.h"

#include "qr/QrEncoder.h"

#include <QBuffer>

using namespace Qt::Literals::StringLiterals;

namespace tessera::documents {

Result<QImage> QrImage::render(const QString& text, int moduleSize)
{
    auto bitmap = qr::QrEncoder::encode(text, qr::ErrorCorrection::Medium, moduleSize);
    if (!bitmap) {
        return bitmap.error();
    }
    // copy(): the QImage must own its pixels, the bitmap goes out of scope.
    return QImage(bitmap->pixels.data(), bitmap->width, bitmap->height, bitmap->width, QImage::Format_Grayscale8)
        .copy();
}

Result<QByteArray> QrImage::png(const QString& text, int moduleSize)
{
    auto image = render(text, moduleSize);
    if (!image) {
        return image.error();
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly) || !image->save(&buffer, "PNG")) {
        return Error(ErrorCode::Internal, u"The QR code could not be drawn as a PNG image."_s);
    }
    return bytes;
}

} // namespace tessera::documents
