// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/Importer.h"

namespace tessera::interop {

/* Plain text with one link per line: `otpauth://` (Aegis, Ente and WinAuth text exports) or
 * `otpauth-migration://` (Google Authenticator transfer links copied as text). UTF-8 with or
 * without a BOM, LF or CRLF; blank lines and lines starting with '#' are skipped and every line
 * is trimmed. A line that does not parse is a problem of that entry ("Line 4: …"), never of the
 * whole file, so one typo does not block the other accounts. Ente's `codeDisplay` parameter
 * gives note, favourite (pinned) and group (first tag); missing codes of a Google batch become
 * warnings. */
class UriListImporter final : public Importer {
public:
    /* Real exports are a few hundred bytes per account; the caps keep a hostile or mistaken
     * file (a disk image, a log) from costing more than a quick linear scan. */
    static constexpr qsizetype kMaxInputBytes = 16 * 1024 * 1024;
    static constexpr qsizetype kMaxLines = 200000;
    static constexpr qsizetype kMaxLinks = 10000;

    [[nodiscard]] QString id() const override;
    [[nodiscard]] QString name() const override;
    [[nodiscard]] bool recognises(QByteArrayView bytes) const override;
    [[nodiscard]] bool needsPassword(QByteArrayView bytes) const override;
    [[nodiscard]] Result<ImportResult> read(QByteArrayView bytes,
                                            const std::optional<crypto::SecureBytes>& password) const override;
};

} // namespace tessera::interop
