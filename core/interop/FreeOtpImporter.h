// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/Importer.h"

namespace tessera::interop {

/* FreeOTP backups (FORMATS.md §5.3), both generations:
 *  - 1.x: Android shared preferences XML, `<map>` of `<string name="id">token JSON</string>` and
 *    a `tokenOrder` string (FreeOTP+ keeps its own tokens the same way), plain;
 *  - 2.x: a Java-serialized HashMap<String, String> (despite the .xml name), with a master key
 *    wrapped by a PBKDF2 password key and each token secret sealed by the master key.
 * The 2.x map has no order, so its accounts come sorted by issuer and name. */
class FreeOtpImporter final : public Importer {
public:
    /* Caps on the 2.x master key's PBKDF2 parameters, checked before any work; FreeOTP writes
     * 100 000 iterations and a 32-byte salt. */
    static constexpr qint64 kMinIterations = 1;
    static constexpr qint64 kMaxIterations = 10'000'000;
    static constexpr qsizetype kMaxSaltSize = 1024;

    [[nodiscard]] QString id() const override;
    [[nodiscard]] QString name() const override;
    [[nodiscard]] bool recognises(QByteArrayView bytes) const override;
    [[nodiscard]] bool needsPassword(QByteArrayView bytes) const override;
    [[nodiscard]] Result<ImportResult> read(QByteArrayView bytes,
                                            const std::optional<crypto::SecureBytes>& password) const override;
};

} // namespace tessera::interop
