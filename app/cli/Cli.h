// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"

#include <QStringList>

namespace tessera::otp {
class Clock;
}

namespace tessera::cli {

class CommandLine;
class Console;

/* tessera-cli as a whole: reads the command line, picks the command, returns the exit status. */
class Cli {
public:
    /* `arguments` without the program name; `clock` gives "now" when --at is absent. */
    [[nodiscard]] static int run(const QStringList& arguments, const otp::Clock& clock);

private:
    [[nodiscard]] static ExitCode dispatch(const CommandLine& commandLine, Console& console, const otp::Clock& clock);
    [[nodiscard]] static ExitCode help(const QStringList& topic, Console& console);
    /* Options a command takes besides the global ones. */
    [[nodiscard]] static QStringList commandOptions(const QString& command);
};

} // namespace tessera::cli
