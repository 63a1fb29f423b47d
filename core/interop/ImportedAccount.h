// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/OtpToken.h"
#include "util/Error.h"
#include "vault/AccountIcon.h"
#include "vault/AccountRecovery.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tessera::interop {

/* One entry as read from another app's file: a valid token, or the reason it is not one. An
 * invalid entry is kept (not dropped) so the import preview can show it with its reason. */
struct ImportedAccount {
    std::optional<otp::OtpToken> token; // absent when the entry is invalid
    std::optional<Error> problem;       // why it is invalid (one plain sentence)
    QString label;                      // how the file names it, for messages ("Deno / Mason", "entry 3")
    QString group;
    QString note;
    bool favorite = false;
    std::optional<vault::AccountIcon> icon; // a picture the user chose in the other app
    /* Backup codes, recovery details and checklist progress, which only a Tessera backup holds:
     * restoring one brings them back with the account. */
    std::optional<vault::AccountRecovery> recovery;
};

/* Everything read from one file. */
struct ImportResult {
    QString formatName; // "Aegis vault (encrypted)", for the preview and the CLI
    std::vector<ImportedAccount> accounts;
    QStringList groups;
    QStringList warnings; // about the file as a whole (e.g. "batch 2 of 3 is missing")
};

} // namespace tessera::interop
