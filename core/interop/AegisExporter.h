// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/Exporter.h"

namespace tessera::interop {

/* Aegis vault files (FORMATS.md §4) that Aegis itself opens: file version 1, content version 3
 * with groups, notes and favourites. Encrypted ("aegis"): one password slot with Aegis's own
 * scrypt parameters wrapping a random master key, the content under AES-256-GCM. Plain
 * ("aegis-plain"): the same content as a JSON object, secrets in clear. Every export draws a
 * fresh master key, salt and nonces, so two exports never share key material. */
class AegisExporter final : public Exporter {
public:
    enum class Mode { Encrypted, Plain };

    /* What Aegis writes (PasswordSlot / CryptoUtils): N = 2^15, r = 8, p = 1, 32-byte salt. */
    static constexpr quint64 kScryptN = quint64(1) << 15;
    static constexpr quint64 kScryptR = 8;
    static constexpr quint64 kScryptP = 1;
    static constexpr qsizetype kSaltSize = 32;
    /* OpenSSL's default limit (32 MiB) is below the 32 MiB + overhead that N = 2^15, r = 8 needs. */
    static constexpr quint64 kScryptMaxMemory = quint64(64) << 20;

    explicit AegisExporter(Mode mode = Mode::Encrypted);

    [[nodiscard]] QString id() const override;
    [[nodiscard]] QString name() const override;
    [[nodiscard]] bool writesPlaintext() const override;
    [[nodiscard]] Result<ExportOutput> write(const vault::VaultContent& content,
                                             const std::optional<crypto::SecureBytes>& password) const override;

private:
    Mode m_mode;
};

} // namespace tessera::interop
