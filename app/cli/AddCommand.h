// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"

namespace tessera::cli {

class CommandLine;
class Console;

/* `tessera-cli add URI`: adds the account of an otpauth:// URI, or every account of a Google
 * Authenticator transfer link (otpauth-migration://), in one save, and prints the new ids one
 * per line. An account whose type and secret are already in the vault is not added twice. */
class AddCommand {
public:
    [[nodiscard]] static ExitCode run(const CommandLine& commandLine, Console& console);
};

} // namespace tessera::cli
