// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "JsonOutput.h"
#include "VaultSession.h"

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace tessera::cli {

namespace {

constexpr qsizetype kColumns = 4;
using Row = std::array<QString, kColumns>;

/* Columns padded to the widest cell, two spaces apart; the last column (the id) unpadded so no
 * line ends in spaces. Widths count UTF-16 units, which is exact for the Latin and Cyrillic names
 * real accounts have; wide CJK characters merely shift the columns after them. */
QStringList table(const QList<Row>& rows)
{
    std::array<qsizetype, kColumns> widths{};
    for (const Row& row : rows) {
        for (qsizetype c = 0; c < kColumns; ++c) {
            widths[c] = std::max(widths[c], row[c].size());
        }
    }
    QStringList lines;
    for (const Row& row : rows) {
        QString line;
        for (qsizetype c = 0; c < kColumns - 1; ++c) {
            line += row[c].leftJustified(widths[c] + 2, u' ');
        }
        line += row[kColumns - 1];
        lines.append(line);
    }
    return lines;
}

} // namespace

ExitCode ListCommand::run(const CommandLine& commandLine, Console& console)
{
    if (commandLine.words().size() > 1) {
        return console.usage(u"list takes no arguments."_s);
    }
    const bool withSecrets = commandLine.has(u"with-secrets");
    if (withSecrets && !commandLine.json()) {
        return console.usage(u"--with-secrets works only with --json; the table never shows secrets."_s);
    }

    VaultSession session(commandLine);
    auto vault = session.open();
    if (!vault) {
        return console.fail(vault.error());
    }
    const auto& accounts = vault->content().accounts;

    if (commandLine.json()) {
        QStringList objects;
        for (const vault::Account& account : accounts) {
            objects.append(
                JsonOutput::account(account, withSecrets ? JsonOutput::Secret::Include : JsonOutput::Secret::Omit));
        }
        console.out(JsonOutput::array(objects));
        return ExitCode::Ok;
    }

    if (accounts.empty()) {
        console.note(u"The vault has no accounts yet; add one with tessera-cli add URI."_s);
        return ExitCode::Ok;
    }
    QList<Row> rows{{u"ISSUER"_s, u"NAME"_s, u"TYPE"_s, u"ID"_s}};
    for (const vault::Account& account : accounts) {
        const otp::OtpToken& token = account.token();
        // Names come from URIs and QR codes: untrusted text, shown without control characters.
        rows.append({token.issuer().isEmpty() ? u"-"_s : Console::printable(token.issuer()),
                     token.name().isEmpty() ? u"-"_s : Console::printable(token.name()),
                     otp::OtpParameters::typeName(token.parameters().type()), account.id()});
    }
    for (const QString& line : table(rows)) {
        console.out(line);
    }
    return ExitCode::Ok;
}

} // namespace tessera::cli
