// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Argon2id.h"
#include "interop/Importer.h"

namespace tessera::interop {

/* Proton Authenticator exports (FORMATS.md §5.6): plain JSON `{version, entries[]}` and the
 * password-protected `{version, salt, content}` (Argon2id + AES-256-GCM around the same JSON). */
class ProtonImporter final : public Importer {
public:
    static constexpr int kVersion = 1;
    /* Proton's fixed key derivation (password_exporter.rs): the file carries no parameters, so no
     * hostile value can make us allocate or spin. m = 19 MiB, t = 2, p = 1. */
    static constexpr crypto::Argon2Parameters kKdf{19 * crypto::Argon2id::kMiB, 2};
    static constexpr qsizetype kSaltSize = 16;
    /* The associated data Proton binds every encrypted export to. */
    static constexpr const char* kAssociatedData = "proton.authenticator.export.v1";
    /* Far beyond any real export; bounds the work on hostile input. */
    static constexpr qsizetype kMaxInputBytes = 16 * 1024 * 1024;

    [[nodiscard]] QString id() const override;
    [[nodiscard]] QString name() const override;
    [[nodiscard]] bool recognises(QByteArrayView bytes) const override;
    [[nodiscard]] bool needsPassword(QByteArrayView bytes) const override;
    [[nodiscard]] Result<ImportResult> read(QByteArrayView bytes,
                                            const std::optional<crypto::SecureBytes>& password) const override;
};

} // namespace tessera::interop
