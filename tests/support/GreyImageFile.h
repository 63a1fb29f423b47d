// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace tessera::test {

/* An 8-bit grey image read from or written to a binary PGM (P5) file. Tests get their images
 * from independent tools (python3-pil, qrencode) as PGM, so core tests never need QtGui. */
class GreyImageFile {
public:
    /* The image, or nullopt with the reason in `error` (not a P5 file, maxval > 255, short data). */
    [[nodiscard]] static std::optional<GreyImageFile> read(const QString& path, QString* error = nullptr);
    /* Writes `pixels` (row-major, width × height bytes) as P5; false if the file cannot be written. */
    [[nodiscard]] static bool write(const QString& path, int width, int height, const std::uint8_t* pixels);

    [[nodiscard]] int width() const { return m_width; }
    [[nodiscard]] int height() const { return m_height; }
    /* Row-major pixels, stride == width. */
    [[nodiscard]] const std::uint8_t* pixels() const
    {
        return reinterpret_cast<const std::uint8_t*>(m_pixels.constData());
    }
    [[nodiscard]] const QByteArray& bytes() const { return m_pixels; }

private:
    int m_width = 0;
    int m_height = 0;
    QByteArray m_pixels;
};

} // namespace tessera::test
