// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultCodeCommand.h"

#include "AccountQuery.h"
#include "CodeCommand.h"
#include "CommandLine.h"
#include "Console.h"
#include "VaultSession.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace tessera::cli {

ExitCode VaultCodeCommand::run(const CommandLine& commandLine, Console& console, const otp::Clock& clock)
{
    const QString query = commandLine.words().mid(1).join(u' ');
    const auto at = CodeCommand::atOption(commandLine);
    if (!at) {
        return console.fail(at.error());
    }

    VaultSession session(commandLine);
    auto vault = session.open();
    if (!vault) {
        return console.fail(vault.error());
    }
    const auto matches = AccountQuery::match(vault->content(), query);
    auto& accounts = vault->content().accounts;
    // The query is not repeated in messages: it may be anything the user pasted.
    if (matches.empty()) {
        return console.fail(ExitCode::NotFound,
                            u"No account in the vault matches that name or id (see tessera-cli list)."_s);
    }
    if (matches.size() > 1) {
        QStringList labels;
        for (const std::size_t index : matches) {
            labels.append(AccountQuery::labelWithId(accounts[index]));
        }
        return console.fail(ExitCode::InvalidInput,
                            u"%1 accounts match: %2; give more of the name, or the id."_s.arg(matches.size())
                                .arg(labels.join(u"; "_s)));
    }

    vault::Account& account = accounts[matches.front()];
    otp::OtpToken& token = account.token();
    auto line = CodeCommand::render(token, *at, clock, commandLine.json(), account.id(), console);
    if (!line) {
        return console.fail(line.error());
    }

    const otp::OtpParameters parameters = token.parameters();
    if (!parameters.isTimeBased()) {
        if (parameters.counter() == std::numeric_limits<quint64>::max()) {
            return console.fail(
                ExitCode::InvalidInput,
                u"%1 has used its last HOTP counter value; add the account again with a new secret."_s.arg(
                    AccountQuery::label(token)));
        }
        token.setParameters(parameters.withCounter(parameters.counter() + 1));
        if (auto saved = session.save(*vault, console); !saved) {
            const Error& explained = saved.error();
            return console.fail(
                Error(explained.code(),
                      explained.message() + u" No code was shown, because its use could not be recorded."_s));
        }
    }
    console.out(*line);
    return ExitCode::Ok;
}

} // namespace tessera::cli
