// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Argon2id.h"
#include "interop/Exporter.h"

namespace tessera::interop {

/* Tessera's own encrypted backup (docs/vault-format.md, kind "backup"): the vault's content
 * under a fresh random master key, wrapped by one password slot. The password is stretched with
 * Argon2id at 256 MiB / t = 3 (SECURITY.md S1): a backup file travels (USB sticks, cloud
 * folders), so it gets a stronger setting than the vault, which also has the keychain. */
class TesseraBackupExporter final : public Exporter {
public:
    explicit TesseraBackupExporter(crypto::Argon2Parameters kdf = crypto::Argon2id::kBackup);

    [[nodiscard]] QString id() const override;
    [[nodiscard]] QString name() const override;
    [[nodiscard]] bool writesPlaintext() const override { return false; }
    [[nodiscard]] Result<ExportOutput> write(const vault::VaultContent& content,
                                             const std::optional<crypto::SecureBytes>& password) const override;

private:
    crypto::Argon2Parameters m_kdf;
};

} // namespace tessera::interop
