// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/Importer.h"

namespace tessera::interop {

/* Aegis vault files, plain and encrypted (FORMATS.md §4): content versions 1–3, password slots
 * (scrypt + AES-256-GCM), groups, notes, favourites and custom icons (vault::AccountIcon: small
 * PNG/JPEG/SVG/WebP images; others are left behind without failing the entry). */
class AegisImporter final : public Importer {
public:
    /* Caps on a slot's scrypt parameters, checked before any work so a hostile header cannot
     * make us allocate gigabytes or spin for minutes. Aegis itself writes 2^15 / 8 / 1. */
    static constexpr quint64 kMaxScryptN = quint64(1) << 20;
    static constexpr quint64 kMaxScryptR = 32;
    static constexpr quint64 kMaxScryptP = 16;
    static constexpr quint64 kMaxScryptMemory = quint64(1) << 30;

    [[nodiscard]] QString id() const override;
    [[nodiscard]] QString name() const override;
    [[nodiscard]] bool recognises(QByteArrayView bytes) const override;
    [[nodiscard]] bool needsPassword(QByteArrayView bytes) const override;
    [[nodiscard]] Result<ImportResult> read(QByteArrayView bytes,
                                            const std::optional<crypto::SecureBytes>& password) const override;
};

} // namespace tessera::interop
