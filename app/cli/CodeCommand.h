// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace tessera::otp {
class Clock;
}

namespace tessera::cli {

class CommandLine;
class Console;

/* `tessera-cli code --uri URI [--at UNIX_SECONDS]`: the code for an otpauth:// URI.
 * (`code QUERY`, the code of a vault account, comes with the vault.) */
class CodeCommand {
public:
    [[nodiscard]] static ExitCode run(const CommandLine& commandLine, Console& console, const otp::Clock& clock);

    /* A --at value: decimal digits only, 0 … 2^63-1 (past 2038 and 2106 alike); nullopt
     * otherwise (a sign, spaces, a fraction, overflow). */
    [[nodiscard]] static std::optional<qint64> parseUnixSeconds(const QString& text);
};

} // namespace tessera::cli
