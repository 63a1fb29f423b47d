// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "interop/ImportedAccount.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace tessera::interop {

/* One foreign file format. Every importer is content-based: it looks at the bytes, never at the
 * file name (FORMATS.md §5.10 gives the order FormatDetector asks them in).
 *
 * Errors of read() (the whole file): ErrorCode::WrongPassword, ErrorCode::Damaged (damaged or
 * tampered: failed tag, truncated, malformed structure), ErrorCode::Unsupported (recognised but a
 * variant we do not read, naming it). A password-protected file read without a password is
 * WrongPassword with a message asking for it. Problems of single entries are not errors of the
 * file: they come back as ImportedAccount::problem. Nothing here touches the vault. */
class Importer {
public:
    virtual ~Importer() = default;

    /* A stable id for --format ("aegis", "2fas", "uris", …) and a name for people. */
    [[nodiscard]] virtual QString id() const = 0;
    [[nodiscard]] virtual QString name() const = 0;

    /* Whether `bytes` look like this format: cheap, structural, no decryption. */
    [[nodiscard]] virtual bool recognises(QByteArrayView bytes) const = 0;
    /* Whether reading `bytes` needs a password (an encrypted variant). */
    [[nodiscard]] virtual bool needsPassword(QByteArrayView bytes) const = 0;

    [[nodiscard]] virtual Result<ImportResult> read(QByteArrayView bytes,
                                                    const std::optional<crypto::SecureBytes>& password) const = 0;
};

} // namespace tessera::interop
