// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GreyImageFile.h"

#include <QFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace tessera::test {

namespace {

// The PGM header is ASCII: whitespace-separated numbers, with '#' comments to the end of a line.
class HeaderReader {
public:
    explicit HeaderReader(const QByteArray& data)
        : m_data(data)
    {
    }

    std::optional<qint64> number()
    {
        skipSpaceAndComments();
        qint64 value = 0;
        qsizetype digits = 0;
        while (m_pos < m_data.size() && m_data[m_pos] >= '0' && m_data[m_pos] <= '9' && digits < 10) {
            value = value * 10 + (m_data[m_pos] - '0');
            ++m_pos;
            ++digits;
        }
        if (digits == 0) {
            return std::nullopt;
        }
        return value;
    }

    // Exactly one whitespace byte separates maxval from the pixels.
    bool singleWhitespace()
    {
        if (m_pos >= m_data.size() || !isSpace(m_data[m_pos])) {
            return false;
        }
        ++m_pos;
        return true;
    }

    [[nodiscard]] qsizetype position() const { return m_pos; }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

    void skipSpaceAndComments()
    {
        while (m_pos < m_data.size()) {
            if (isSpace(m_data[m_pos])) {
                ++m_pos;
            } else if (m_data[m_pos] == '#') {
                while (m_pos < m_data.size() && m_data[m_pos] != '\n') {
                    ++m_pos;
                }
            } else {
                break;
            }
        }
    }

    const QByteArray& m_data;
    qsizetype m_pos = 2; // after "P5"
};

} // namespace

std::optional<GreyImageFile> GreyImageFile::read(const QString& path, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<GreyImageFile> {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(u"cannot open %1: %2"_s.arg(path, file.errorString()));
    }
    const QByteArray data = file.readAll();
    if (!data.startsWith("P5")) {
        return fail(u"%1 is not a binary PGM (P5) file"_s.arg(path));
    }
    HeaderReader header(data);
    const auto width = header.number();
    const auto height = header.number();
    const auto maxval = header.number();
    if (!width || !height || !maxval || !header.singleWhitespace()) {
        return fail(u"%1 has a malformed PGM header"_s.arg(path));
    }
    if (*width <= 0 || *height <= 0 || *width > 65535 || *height > 65535 || *maxval <= 0 || *maxval > 255) {
        return fail(u"%1: unsupported PGM %2x%3 maxval %4"_s.arg(path).arg(*width).arg(*height).arg(*maxval));
    }
    const qint64 size = *width * *height;
    if (data.size() - header.position() < size) {
        return fail(
            u"%1: pixel data is short (%2 of %3 bytes)"_s.arg(path).arg(data.size() - header.position()).arg(size));
    }
    GreyImageFile image;
    image.m_width = static_cast<int>(*width);
    image.m_height = static_cast<int>(*height);
    image.m_pixels = data.mid(header.position(), static_cast<qsizetype>(size));
    if (*maxval != 255) {
        // Rescale to 0..255 so callers never care about maxval.
        for (char& c : image.m_pixels) {
            const int v = static_cast<unsigned char>(c);
            c = static_cast<char>(std::min<qint64>(255, v * 255 / *maxval));
        }
    }
    return image;
}

bool GreyImageFile::write(const QString& path, int width, int height, const std::uint8_t* pixels)
{
    if (width <= 0 || height <= 0 || pixels == nullptr) {
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    const QByteArray header = "P5\n" + QByteArray::number(width) + ' ' + QByteArray::number(height) + "\n255\n";
    const qint64 size = qint64(width) * height;
    return file.write(header) == header.size() && file.write(reinterpret_cast<const char*>(pixels), size) == size;
}

} // namespace tessera::test
