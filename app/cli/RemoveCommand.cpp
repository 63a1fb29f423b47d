// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoveCommand.h"

#include "AccountQuery.h"
#include "CommandLine.h"
#include "Console.h"
#include "VaultSession.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace tessera::cli {

ExitCode RemoveCommand::run(const CommandLine& commandLine, Console& console)
{
    const QStringList& words = commandLine.words();
    if (words.size() != 2) {
        return console.usage(words.size() < 2 ? u"remove needs the id of an account (see tessera-cli list)."_s
                                              : u"remove takes exactly one account id."_s);
    }
    const QString& id = words.at(1);

    VaultSession session(commandLine);
    auto vault = session.open();
    if (!vault) {
        return console.fail(vault.error());
    }
    auto& accounts = vault->content().accounts;
    const auto found = std::find_if(accounts.begin(), accounts.end(),
                                    [&id](const vault::Account& account) { return account.id() == id; });
    if (found == accounts.end()) {
        return console.fail(ExitCode::NotFound,
                            u"No account in the vault has that id (ids are listed by tessera-cli list)."_s);
    }
    const QString label = AccountQuery::label(found->token());
    accounts.erase(found);
    if (auto saved = session.save(*vault, console); !saved) {
        return console.fail(saved.error());
    }
    console.out(u"Removed %1."_s.arg(label));
    return ExitCode::Ok;
}

} // namespace tessera::cli
