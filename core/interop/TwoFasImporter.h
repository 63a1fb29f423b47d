// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/Importer.h"

namespace tessera::interop {

/* 2FAS Authenticator backups (`.2fas`, JSON, schema 1–4), plain and password-encrypted
 * (FORMATS.md §5.1). */
class TwoFasImporter final : public Importer {
public:
    /* 2FAS derives its key with a fixed count; the file does not carry one, so no hostile value
     * can make us spin. */
    static constexpr int kPbkdf2Iterations = 10000;
    /* 2FAS writes 256 random salt bytes; anything far larger is not a 2FAS file. */
    static constexpr qsizetype kMaxSaltSize = 1024;
    static constexpr int kNewestSchema = 4;

    [[nodiscard]] QString id() const override;
    [[nodiscard]] QString name() const override;
    [[nodiscard]] bool recognises(QByteArrayView bytes) const override;
    [[nodiscard]] bool needsPassword(QByteArrayView bytes) const override;
    [[nodiscard]] Result<ImportResult> read(QByteArrayView bytes,
                                            const std::optional<crypto::SecureBytes>& password) const override;
};

} // namespace tessera::interop
