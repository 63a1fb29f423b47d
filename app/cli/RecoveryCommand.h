// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"

#include <QCoreApplication>
#include <QString>

namespace tessera::recovery {
class Playbook;
class PlaybookLibrary;
class PlaybookScenario;
} // namespace tessera::recovery

namespace tessera::cli {

class CommandLine;
class Console;

/* `recovery list` and `recovery show SERVICE SCENARIO` (docs/cli.md): the recovery playbooks in a
 * terminal, for someone who has just lost access and has only a terminal, or a script. Playbook
 * text comes in the language of --lang or of the system locale (English when there is no
 * translation), and so do the command's labels ("Tip:", "Official pages"): someone locked out
 * reads one language, not two. Errors stay English, like the rest of tessera-cli. */
class RecoveryCommand {
    Q_DECLARE_TR_FUNCTIONS(tessera::cli::RecoveryCommand)

public:
    [[nodiscard]] static ExitCode run(const CommandLine& commandLine, Console& console);

private:
    [[nodiscard]] static ExitCode list(const CommandLine& commandLine, Console& console,
                                       const recovery::PlaybookLibrary& library, const QString& language);
    [[nodiscard]] static ExitCode show(const CommandLine& commandLine, Console& console,
                                       const recovery::PlaybookLibrary& library, const QString& language);
    static void printScenario(Console& console, const recovery::Playbook& playbook,
                              const recovery::PlaybookScenario& scenario, const QString& language);
    [[nodiscard]] static QString scenarioJson(const recovery::Playbook& playbook,
                                              const recovery::PlaybookScenario& scenario, const QString& language);
};

} // namespace tessera::cli
