// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"

namespace tessera::cli {

class CommandLine;
class Console;

/* `tessera-cli list [--json] [--with-secrets]`: the vault's accounts.
 *
 * For people, a table of issuer, name, type and id — never a secret, whatever the options. With
 * --json, an array of account objects (JsonOutput::account); the "secret" key appears only with
 * --with-secrets, which is refused without --json so a secret never lands in a table on screen. */
class ListCommand {
public:
    [[nodiscard]] static ExitCode run(const CommandLine& commandLine, Console& console);
};

} // namespace tessera::cli
