// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/Importer.h"

namespace tessera::interop {

/* andOTP backups (FORMATS.md §5.2): the plain JSON array and both encrypted layouts, the new one
 * (iterations ‖ salt ‖ IV ‖ ciphertext ‖ tag, PBKDF2-HMAC-SHA1) and the old one (IV ‖ ciphertext
 * ‖ tag, key = SHA-256 of the password). Nothing in an encrypted file marks it as andOTP, so
 * recognises() says yes only to the plain array; mightBeEncrypted() is the weaker guess a format
 * detector can fall back on for binary input nobody else claims. */
class AndOtpImporter final : public Importer {
public:
    /* Aegis's bounds for the new format's iteration count; andOTP itself writes 140 000–160 000.
     * Checked before any work, so a hostile header cannot make us spin for hours. */
    static constexpr quint32 kMinIterations = 1;
    static constexpr quint32 kMaxIterations = 10'000'000;
    /* The shortest possible encrypted file: the old layout's IV and tag around nothing. */
    static constexpr qsizetype kMinEncryptedSize = 28;

    [[nodiscard]] QString id() const override;
    [[nodiscard]] QString name() const override;
    [[nodiscard]] bool recognises(QByteArrayView bytes) const override;
    [[nodiscard]] bool needsPassword(QByteArrayView bytes) const override;
    [[nodiscard]] Result<ImportResult> read(QByteArrayView bytes,
                                            const std::optional<crypto::SecureBytes>& password) const override;

    /* Whether `bytes` could be an encrypted andOTP backup: long enough, neither JSON nor text.
     * Only decrypting with the right password confirms it. */
    [[nodiscard]] static bool mightBeEncrypted(QByteArrayView bytes);
};

} // namespace tessera::interop
