// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"
#include "vault/VaultContent.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tessera::interop {

/* What an exporter produced: the bytes of one file (secret-bearing for plaintext formats, so
 * held in SecureBytes and wiped when dropped) and the accounts it had to leave out, each named
 * for the user ("Boeing / Sophia: Steam accounts cannot be exported to …"). */
struct ExportOutput {
    crypto::SecureBytes bytes;
    QStringList skipped;
};

/* One file format Tessera writes. Exporters take the vault's content (accounts with their
 * groups, notes and favourites) and never touch the vault itself. Formats that would put
 * secrets on disk unencrypted say so through writesPlaintext(): the CLI demands --plain and the
 * GUI a confirmation for those. */
class Exporter {
public:
    virtual ~Exporter() = default;

    /* The --format id ("tessera", "aegis", "aegis-plain", "uris") and a name for people. */
    [[nodiscard]] virtual QString id() const = 0;
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual bool writesPlaintext() const = 0;
    /* Encrypted formats need a password (ErrorCode::InvalidInput without one). */
    [[nodiscard]] virtual bool needsPassword() const { return !writesPlaintext(); }

    [[nodiscard]] virtual Result<ExportOutput> write(const vault::VaultContent& content,
                                                     const std::optional<crypto::SecureBytes>& password) const = 0;
};

} // namespace tessera::interop
