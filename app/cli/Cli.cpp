// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "AddCommand.h"
#include "CodeCommand.h"
#include "CommandLine.h"
#include "Console.h"
#include "ExportCommand.h"
#include "HelpText.h"
#include "ImportCommand.h"
#include "InitCommand.h"
#include "ListCommand.h"
#include "PasswdCommand.h"
#include "QrCommand.h"
#include "RecoveryAuditCommand.h"
#include "RecoveryCommand.h"
#include "RemoveCommand.h"
#include "UriCommand.h"
#include "VaultCodeCommand.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::cli {

namespace {

/* Command words are echoed in messages only when they look like words: a mistyped command can
 * be anything, including a pasted URI with its secret. */
QString shownWord(const QString& word)
{
    constexpr qsizetype kMaxShown = 24;
    for (const QChar c : word) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_')) {
            return {};
        }
    }
    return word.size() <= kMaxShown ? word : QString();
}

QString notAvailable(const QString& what)
{
    return u"%1 is not available in this version of Tessera yet."_s.arg(what);
}

} // namespace

int Cli::run(const QStringList& arguments, const otp::Clock& clock)
{
    Console console;
    const CommandLine commandLine = CommandLine::parse(arguments);
    return console.finish(dispatch(commandLine, console, clock));
}

ExitCode Cli::dispatch(const CommandLine& commandLine, Console& console, const otp::Clock& clock)
{
    const QString command = commandLine.command();

    /* Checked before the options: the later commands will take options this version does not
     * know yet, and "not available yet" is the truthful answer, not "unknown option". */
    if (HelpText::isLaterCommand(command)) {
        return console.usage(notAvailable(u"The %1 command"_s.arg(command)));
    }
    if (!commandLine.error().isEmpty()) {
        return console.usage(commandLine.error());
    }
    if (commandLine.has(u"version")) {
        console.out(u"tessera-cli " TESSERA_VERSION ""_s);
        return ExitCode::Ok;
    }
    if (command == u"help"_s) {
        return help(commandLine.words().mid(1), console);
    }
    if (commandLine.has(u"help")) {
        return help(commandLine.words(), console);
    }
    if (command.isEmpty()) {
        return console.usage(u"No command given (see tessera-cli --help)."_s);
    }

    const QStringList allowed = commandOptions(command);
    for (const QString& option : commandLine.optionNames()) {
        if (!CommandLine::isGlobalOption(option) && !allowed.contains(option)) {
            const QString shown = shownWord(command);
            return console.usage(shown.isEmpty() ? u"The option --%1 does not apply here."_s.arg(option)
                                                 : u"The option --%1 does not apply to %2."_s.arg(option, shown));
        }
    }

    if (command == u"code"_s) {
        // `code QUERY` is a vault account, `code --uri URI` a URI; both together is CodeCommand's usage error.
        if (commandLine.words().size() > 1 && !commandLine.has(u"uri")) {
            return VaultCodeCommand::run(commandLine, console, clock);
        }
        return CodeCommand::run(commandLine, console, clock);
    }
    if (command == u"init"_s) {
        return InitCommand::run(commandLine, console);
    }
    if (command == u"add"_s) {
        return AddCommand::run(commandLine, console);
    }
    if (command == u"list"_s) {
        return ListCommand::run(commandLine, console);
    }
    if (command == u"remove"_s) {
        return RemoveCommand::run(commandLine, console);
    }
    if (command == u"passwd"_s) {
        return PasswdCommand::run(commandLine, console);
    }
    if (command == u"uri"_s) {
        return UriCommand::run(commandLine, console);
    }
    if (command == u"qr"_s) {
        return QrCommand::run(commandLine, console);
    }
    if (command == u"import"_s) {
        return ImportCommand::run(commandLine, console);
    }
    if (command == u"export"_s) {
        return ExportCommand::run(commandLine, console);
    }
    if (command == u"recovery"_s) {
        // `recovery audit` (the readiness audit) is dispatched here, before list and show.
        if (commandLine.words().value(1) == u"audit"_s) {
            return RecoveryAuditCommand::run(commandLine, console);
        }
        return RecoveryCommand::run(commandLine, console);
    }
    const QString shown = shownWord(command);
    return console.usage(shown.isEmpty() ? u"Unknown command (see tessera-cli --help)."_s
                                         : u"Unknown command %1 (see tessera-cli --help)."_s.arg(shown));
}

ExitCode Cli::help(const QStringList& topic, Console& console)
{
    if (topic.isEmpty()) {
        console.out(HelpText::general().trimmed());
        return ExitCode::Ok;
    }
    if (HelpText::isLaterCommand(topic.first())) {
        return console.usage(notAvailable(u"The %1 command"_s.arg(topic.first())));
    }
    if (const auto text = HelpText::forCommand(topic)) {
        console.out(text->trimmed());
        return ExitCode::Ok;
    }
    const QString shown = shownWord(topic.first());
    return console.usage(shown.isEmpty() ? u"There is no help on that (see tessera-cli --help)."_s
                                         : u"There is no command %1 (see tessera-cli --help)."_s.arg(shown));
}

QStringList Cli::commandOptions(const QString& command)
{
    if (command == u"code"_s) {
        return {u"uri"_s, u"at"_s};
    }
    if (command == u"qr"_s) {
        return {u"out"_s};
    }
    if (command == u"init"_s) {
        return {u"no-keychain"_s};
    }
    if (command == u"list"_s) {
        return {u"with-secrets"_s};
    }
    if (command == u"passwd"_s) {
        return {u"new-password-file"_s, u"remove"_s};
    }
    if (command == u"import"_s) {
        return {u"format"_s, u"dry-run"_s, u"import-password-file"_s};
    }
    if (command == u"export"_s) {
        return {u"format"_s, u"out"_s, u"export-password-file"_s, u"plain"_s};
    }
    if (command == u"recovery"_s) {
        return {u"lang"_s};
    }
    return {};
}

} // namespace tessera::cli
