// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/Importer.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace tessera::interop {

/* Every importer Tessera has, asked in the order of FORMATS.md §5.10 (the most specific
 * structures first, plain text lists last), so a file is read by what it contains, never by its
 * name. A file nobody recognises gets a message naming what it looked like. */
class FormatDetector {
public:
    FormatDetector();
    ~FormatDetector();
    FormatDetector(const FormatDetector&) = delete;
    FormatDetector& operator=(const FormatDetector&) = delete;

    /* The importer for `bytes`, or ErrorCode::Unsupported ("… looks like a PDF document, which
     * Tessera cannot import"). */
    [[nodiscard]] Result<const Importer*> detect(QByteArrayView bytes) const;
    /* The importer with this --format id, or ErrorCode::InvalidInput listing the ids. */
    [[nodiscard]] Result<const Importer*> byId(const QString& id) const;
    [[nodiscard]] QStringList ids() const;

    /* A few words on what unrecognised bytes look like ("an image", "a ZIP archive", "text"). */
    [[nodiscard]] static QString describe(QByteArrayView bytes);
    /* What a file with a well-known magic number is ("a PDF document"), or nullopt. */
    [[nodiscard]] static std::optional<QString> knownFileKind(QByteArrayView bytes);
    /* Whether `bytes` are a picture an import reads QR codes from (PNG, JPEG, GIF, BMP, WebP,
     * binary Netpbm): the CLI and the desktop program's import wizard both take screenshots. */
    [[nodiscard]] static bool looksLikeImage(QByteArrayView bytes);

private:
    std::vector<std::unique_ptr<Importer>> m_importers;
};

} // namespace tessera::interop
