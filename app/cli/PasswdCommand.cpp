// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswdCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "PasswordFile.h"
#include "VaultSession.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::cli {

ExitCode PasswdCommand::run(const CommandLine& commandLine, Console& console)
{
    if (commandLine.words().size() > 1) {
        return console.usage(u"passwd takes no arguments; give the new password with --new-password-file FILE."_s);
    }
    const bool remove = commandLine.has(u"remove");
    if (remove == commandLine.has(u"new-password-file")) {
        return console.usage(remove ? u"passwd takes either --new-password-file FILE or --remove, not both."_s
                                    : u"passwd needs --new-password-file FILE (or --remove)."_s);
    }

    // Read before the vault is opened: a missing file costs no unlock.
    std::optional<crypto::SecureBytes> newPassword;
    if (!remove) {
        auto read = PasswordFile::read(commandLine.value(u"new-password-file"), u"--new-password-file"_s);
        if (!read) {
            return console.fail(read.error());
        }
        newPassword = std::move(read).value();
    }

    VaultSession session(commandLine);
    auto vault = session.open();
    if (!vault) {
        return console.fail(vault.error());
    }

    if (remove) {
        if (auto removed = vault->removePassword(); !removed) {
            return console.fail(session.explain(removed.error()));
        }
        console.out(u"The recovery password was removed; the vault now opens only with this computer's keychain."_s);
        return ExitCode::Ok;
    }
    const bool hadPassword = vault->hasPasswordSlot();
    if (auto set = vault->setPassword(*newPassword); !set) {
        return console.fail(session.explain(set.error()));
    }
    console.out(hadPassword ? u"The recovery password was changed."_s : u"A recovery password was added."_s);
    return ExitCode::Ok;
}

} // namespace tessera::cli
