// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"

namespace tessera::otp {
class Clock;
}

namespace tessera::cli {

class CommandLine;
class Console;

/* `tessera-cli code QUERY [--at UNIX_SECONDS] [--json]`: the code of one vault account, found
 * by AccountQuery (several words are joined with spaces: `code GitHub alice`).
 *
 * HOTP: the code at the stored counter, and the counter + 1 saved *before* the code is printed.
 * If that save fails, no code is shown: a code the server may accept while the vault still holds
 * the old counter would be handed out twice, and the next one would be refused. */
class VaultCodeCommand {
public:
    [[nodiscard]] static ExitCode run(const CommandLine& commandLine, Console& console, const otp::Clock& clock);
};

} // namespace tessera::cli
