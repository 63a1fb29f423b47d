// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/Exporter.h"

namespace tessera::interop {

/* A text file with one `otpauth://` link per line ('\n', trailing newline), the plain-text
 * export Aegis, Ente and WinAuth write and import (FORMATS.md §1.7, §4.4, §5.4). Links are
 * OtpAuthUri's canonical form, so UriListImporter reads every account back unchanged. Groups,
 * notes and favourites have no place in a Key URI and are not written. */
class UriListExporter final : public Exporter {
public:
    [[nodiscard]] QString id() const override;
    [[nodiscard]] QString name() const override;
    [[nodiscard]] bool writesPlaintext() const override;
    [[nodiscard]] Result<ExportOutput> write(const vault::VaultContent& content,
                                             const std::optional<crypto::SecureBytes>& password) const override;
};

} // namespace tessera::interop
