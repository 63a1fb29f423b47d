// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InitCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "VaultSession.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace tessera::cli {

ExitCode InitCommand::run(const CommandLine& commandLine, Console& console)
{
    if (commandLine.words().size() > 1) {
        return console.usage(u"init takes no arguments (the vault's path is given with --vault PATH)."_s);
    }
    const bool useKeychain = !commandLine.has(u"no-keychain");
    VaultSession session(commandLine);
    if (!useKeychain && !session.hasPasswordFile()) {
        return console.usage(u"--no-keychain needs --password-file FILE: without the keychain, the recovery "
                             "password is the only way to open the vault."_s);
    }
    // Checked here as well as in Vault::create so that an existing vault is reported before the
    // keychain is asked for anything (and before a slow password derivation).
    if (QFileInfo::exists(session.path())) {
        return console.fail(ExitCode::InvalidInput,
                            u"A vault already exists at %1; it was left unchanged."_s.arg(session.path()));
    }

    auto password = session.password();
    if (!password) {
        return console.fail(password.error());
    }
    vault::Vault::CreateOptions options;
    options.keychain = useKeychain ? &session.keychain() : nullptr;
    options.password = std::move(*password);
    const bool hasPassword = options.password.has_value();

    auto created = vault::Vault::create(session.path(), std::move(options));
    if (!created) {
        const Error& error = created.error();
        if (error.code() == ErrorCode::KeychainUnavailable) {
            QString message = error.message();
            if (!message.endsWith(u'.')) {
                message += u'.';
            }
            return console.fail(Error(error.code(), message
                                                        + u" Nothing was created; use --no-keychain --password-file "
                                                          "FILE for a password-only vault."_s));
        }
        return console.fail(session.explain(error));
    }

    if (useKeychain && !hasPassword) {
        console.note(u"This vault opens only with this computer's keychain. Add a recovery password with "
                     "`tessera-cli passwd --new-password-file FILE` so a new computer can open it too."_s);
    }
    console.out(u"Created vault at %1."_s.arg(QDir::toNativeSeparators(created->path())));
    return ExitCode::Ok;
}

} // namespace tessera::cli
