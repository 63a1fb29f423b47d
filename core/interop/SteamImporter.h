// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/Importer.h"

namespace tessera::interop {

/* Steam Guard maFiles (Steam Desktop Authenticator) and SteamTools' `{"accounts": {id: maFile}}`
 * (FORMATS.md §5.9). Plain JSON only: SDA's encrypted maFiles are not read. */
class SteamImporter final : public Importer {
public:
    /* A maFile is under 2 KiB; bounds the work on hostile input. */
    static constexpr qsizetype kMaxInputBytes = 16 * 1024 * 1024;

    [[nodiscard]] QString id() const override;
    [[nodiscard]] QString name() const override;
    [[nodiscard]] bool recognises(QByteArrayView bytes) const override;
    [[nodiscard]] bool needsPassword(QByteArrayView bytes) const override;
    [[nodiscard]] Result<ImportResult> read(QByteArrayView bytes,
                                            const std::optional<crypto::SecureBytes>& password) const override;
};

} // namespace tessera::interop
