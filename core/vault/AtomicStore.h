// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace tessera::vault {

/* Whole-file reads and crash-safe whole-file writes.
 *
 * write(): QSaveFile (no direct-write fallback) writes a temporary file beside the target,
 * fsyncs it and renames it over the target; then the directory is fsynced too, because the
 * rename itself lives in the directory and QSaveFile does not sync it (SECURITY.md S7). After a
 * crash or power cut at any point the path holds either the old or the new bytes, never a mix.
 * The new file gets owner-only permissions (0600). */
class AtomicStore {
public:
    [[nodiscard]] static Result<void> write(const QString& path, QByteArrayView bytes);
    /* ErrorCode::NotFound if the file does not exist; ErrorCode::Damaged if larger than `maxSize`. */
    [[nodiscard]] static Result<QByteArray> read(const QString& path, qint64 maxSize = 64 * 1024 * 1024);
    /* fsync of a directory (POSIX; a no-op where directories cannot be synced). */
    [[nodiscard]] static Result<void> syncDirectory(const QString& directory);
};

} // namespace tessera::vault
