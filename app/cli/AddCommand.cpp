// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddCommand.h"

#include "AccountQuery.h"
#include "CommandLine.h"
#include "Console.h"
#include "UriCommand.h"
#include "VaultSession.h"
#include "uri/MigrationPayload.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace tessera::cli {

namespace {

bool isTransferLink(const QString& text)
{
    return text.trimmed().startsWith(u"otpauth-migration:"_s, Qt::CaseInsensitive);
}

/* The tokens of a transfer link. Entries Tessera cannot use (MD5, unknown types) are reported
 * as warnings and the rest is added: the user can still add those few by hand, while refusing
 * the whole link would leave them with nothing. */
Result<std::vector<otp::OtpToken>> tokensOfTransferLink(const QString& text, Console& console)
{
    const qsizetype data = text.indexOf(u"data="_s, 0, Qt::CaseInsensitive);
    if (data >= 0) {
        const QString encoded = text.mid(data + 5).section(u'&', 0, 0);
        console.addSensitive(encoded);
        console.addSensitive(QUrl::fromPercentEncoding(encoded.toUtf8()));
    }
    auto payload = uri::MigrationPayload::fromUri(text);
    if (!payload) {
        return payload.error().withContext(u"The transfer link is not valid"_s);
    }
    auto conversion = payload->toTokens();
    for (const Error& rejected : conversion.rejected) {
        console.warning(rejected.message() + u" It was not added."_s);
    }
    if (payload->batchSize > 1) {
        console.note(u"This is transfer code %1 of %2; add the others too."_s.arg(payload->batchIndex + 1)
                         .arg(payload->batchSize));
    }
    if (conversion.tokens.empty()) {
        return Error(ErrorCode::InvalidInput, u"The transfer link holds no account that Tessera can add."_s);
    }
    for (const otp::OtpToken& token : conversion.tokens) {
        for (const otp::TokenWarning warning : token.warnings()) {
            console.warning(u"%1: %2"_s.arg(AccountQuery::label(token), otp::OtpToken::warningMessage(warning)));
        }
    }
    return std::move(conversion.tokens);
}

} // namespace

ExitCode AddCommand::run(const CommandLine& commandLine, Console& console)
{
    const QStringList& words = commandLine.words();
    if (words.size() != 2) {
        return console.usage(words.size() < 2 ? u"add needs an otpauth:// URI."_s
                                              : u"add takes exactly one URI; quote it in the shell."_s);
    }
    const QString& text = words.at(1);
    console.addSensitive(text);

    // Parsed before the vault is opened: a typo costs no unlock (and no password derivation).
    std::vector<otp::OtpToken> tokens;
    const bool transfer = isTransferLink(text);
    if (transfer) {
        auto fromLink = tokensOfTransferLink(text, console);
        if (!fromLink) {
            return console.fail(fromLink.error());
        }
        tokens = std::move(fromLink).value();
    } else {
        auto parsed = UriCommand::parseUri(text, u"The URI"_s, console);
        if (!parsed) {
            return console.fail(parsed.error());
        }
        tokens.push_back(parsed->takeToken());
    }

    VaultSession session(commandLine);
    auto vault = session.open();
    if (!vault) {
        return console.fail(vault.error());
    }
    auto& accounts = vault->content().accounts;
    const std::size_t before = accounts.size();
    QStringList ids;
    for (otp::OtpToken& token : tokens) {
        const vault::Account* existing = nullptr;
        for (const vault::Account& account : accounts) {
            if (AccountQuery::sameSecret(account.token(), token)) {
                existing = &account;
                break;
            }
        }
        if (existing != nullptr) {
            const QString message =
                u"%1 is already in the vault as %2."_s.arg(AccountQuery::label(token), existing->id());
            if (!transfer) {
                return console.fail(ExitCode::InvalidInput, message + u" Nothing was added."_s);
            }
            console.note(message + u" It was not added again."_s);
            continue;
        }
        accounts.emplace_back(vault::Account::newId(), std::move(token));
        ids.append(accounts.back().id());
    }
    if (accounts.size() == before) {
        return console.fail(ExitCode::InvalidInput, u"Every account in the transfer link is already in the vault."_s);
    }

    if (auto saved = session.save(*vault, console); !saved) {
        return console.fail(saved.error());
    }
    for (const QString& id : ids) {
        console.out(id);
    }
    return ExitCode::Ok;
}

} // namespace tessera::cli
