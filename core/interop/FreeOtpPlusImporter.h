// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/Importer.h"

namespace tessera::interop {

/* FreeOTP+ JSON exports (FORMATS.md §5.3): `{"tokenOrder": […], "tokens": […]}`, secrets as
 * arrays of signed bytes, never encrypted. Accounts come in the app's own order (tokenOrder);
 * tokens the order does not name follow in file order. */
class FreeOtpPlusImporter final : public Importer {
public:
    [[nodiscard]] QString id() const override;
    [[nodiscard]] QString name() const override;
    [[nodiscard]] bool recognises(QByteArrayView bytes) const override;
    [[nodiscard]] bool needsPassword(QByteArrayView bytes) const override;
    [[nodiscard]] Result<ImportResult> read(QByteArrayView bytes,
                                            const std::optional<crypto::SecureBytes>& password) const override;
};

} // namespace tessera::interop
