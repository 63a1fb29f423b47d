// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"

namespace tessera::cli {

class CommandLine;
class Console;

/* `tessera-cli passwd --new-password-file FILE` adds or changes the vault's recovery password;
 * `tessera-cli passwd --remove` removes it (only while the keychain slot can still open the
 * vault). The vault is opened as every command opens it: keychain, or --password-file with the
 * current password. The keychain slot is kept either way. */
class PasswdCommand {
public:
    [[nodiscard]] static ExitCode run(const CommandLine& commandLine, Console& console);
};

} // namespace tessera::cli
