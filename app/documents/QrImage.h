// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace tessera::documents {

/* A QR code as an image or PNG file bytes. The text is usually a secret (an otpauth:// link),
 * so the bytes are returned to be written with owner-only permissions (AtomicStore), never
 * through a world-readable temporary file. */
class QrImage {
public:
    [[nodiscard]] static Result<QImage> render(const QString& text, int moduleSize = 8);
    [[nodiscard]] static Result<QByteArray> png(const QString& text, int moduleSize = 8);
};

} // namespace tessera::documents
