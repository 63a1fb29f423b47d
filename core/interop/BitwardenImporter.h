// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/Importer.h"

namespace tessera::interop {

/* Bitwarden password-manager and Bitwarden Authenticator exports (FORMATS.md §5.5): unencrypted
 * JSON `{"encrypted": false, "items": […]}` and CSV with a `login_totp` column. Only items with a
 * TOTP value are accounts; the others (plain logins, notes, cards) are not OTP items and are
 * left out. Encrypted exports (password-protected or account-key) are recognised and refused. */
class BitwardenImporter final : public Importer {
public:
    /* Password-manager exports can be large (every login of a household); 16 MiB is still far
     * beyond any real one and bounds the work on hostile input. */
    static constexpr qsizetype kMaxInputBytes = 16 * 1024 * 1024;
    static constexpr qsizetype kMaxRecords = 200000;

    [[nodiscard]] QString id() const override;
    [[nodiscard]] QString name() const override;
    [[nodiscard]] bool recognises(QByteArrayView bytes) const override;
    [[nodiscard]] bool needsPassword(QByteArrayView bytes) const override;
    [[nodiscard]] Result<ImportResult> read(QByteArrayView bytes,
                                            const std::optional<crypto::SecureBytes>& password) const override;
};

} // namespace tessera::interop
