// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"

namespace tessera::cli {

class CommandLine;
class Console;

/* `tessera-cli remove ID`: removes one account, named by its exact id only — a name could match
 * the wrong account, and a deletion is the one command where a guess is not acceptable. The
 * previous file stays among the kept versions beside the vault. */
class RemoveCommand {
public:
    [[nodiscard]] static ExitCode run(const CommandLine& commandLine, Console& console);
};

} // namespace tessera::cli
