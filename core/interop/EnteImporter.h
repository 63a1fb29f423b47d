// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/Importer.h"

namespace tessera::interop {

/* Ente Auth's password-protected export (FORMATS.md §5.4): JSON with Argon2id parameters and one
 * libsodium secretstream message whose plaintext is Ente's plain export, an otpauth:// list that
 * UriListImporter reads. Ente's plain export is that list itself and is read by UriListImporter. */
class EnteImporter final : public Importer {
public:
    /* Ente writes version 1 only and its own CLI refuses any other. */
    static constexpr int kVersion = 1;
    /* The header of crypto_secretstream_xchacha20poly1305 (`encryptionNonce`). */
    static constexpr qsizetype kHeaderSize = 24;
    static constexpr qsizetype kSaltSize = 16;
    /* Far beyond any real export (a few hundred bytes per account); bounds the work on hostile input. */
    static constexpr qsizetype kMaxInputBytes = 16 * 1024 * 1024;

    [[nodiscard]] QString id() const override;
    [[nodiscard]] QString name() const override;
    [[nodiscard]] bool recognises(QByteArrayView bytes) const override;
    [[nodiscard]] bool needsPassword(QByteArrayView bytes) const override;
    [[nodiscard]] Result<ImportResult> read(QByteArrayView bytes,
                                            const std::optional<crypto::SecureBytes>& password) const override;

    /* The decrypted plaintext of an encrypted export (the otpauth list), with the same errors as
     * read(); public so the Ente CLI's known-answer vector can be checked on its own. */
    [[nodiscard]] static Result<crypto::SecureBytes> decrypt(QByteArrayView bytes, const crypto::SecureBytes& password);
};

} // namespace tessera::interop
