// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UriCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "JsonOutput.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace tessera::cli {

namespace {

/* The raw value of the `secret` parameter, found without trusting the URI to be well formed
 * (it is exactly the malformed ones that produce error messages). */
QString rawSecretParameter(const QString& text)
{
    const qsizetype query = text.indexOf(u'?');
    if (query < 0) {
        return {};
    }
    const QStringList parameters = text.mid(query + 1).split(u'&');
    for (const QString& parameter : parameters) {
        if (parameter.startsWith(u"secret="_s, Qt::CaseInsensitive)) {
            return parameter.mid(7);
        }
    }
    return {};
}

} // namespace

Result<uri::OtpAuthUri> UriCommand::parseUri(const QString& text, const QString& where, Console& console)
{
    console.addSensitive(text);
    const QString secret = rawSecretParameter(text);
    console.addSensitive(secret);
    console.addSensitive(QUrl::fromPercentEncoding(secret.toUtf8()));

    auto parsed = uri::OtpAuthUri::parse(text);
    if (!parsed) {
        // "The URI given with --uri is not valid: the secret is empty." — what, then where.
        QString reason = parsed.error().message();
        if (reason.size() > 1 && reason.at(0).isUpper() && reason.at(1).isLower()) {
            reason[0] = reason.at(0).toLower();
        }
        return Error(parsed.error().code(), u"%1 is not valid: %2"_s.arg(where, reason));
    }
    for (const otp::TokenWarning warning : parsed->warnings()) {
        console.warning(otp::OtpToken::warningMessage(warning));
    }
    return parsed;
}

ExitCode UriCommand::run(const CommandLine& commandLine, Console& console)
{
    const QStringList& words = commandLine.words();
    if (words.size() < 2) {
        return console.usage(u"uri needs a subcommand: uri parse URI."_s);
    }
    if (words.at(1) != u"parse"_s) {
        return console.usage(u"Unknown subcommand uri %1 (see tessera-cli uri --help)."_s.arg(
            words.at(1).size() <= 16 ? words.at(1) : u"…"_s));
    }
    if (words.size() != 3) {
        return console.usage(words.size() < 3 ? u"uri parse needs a URI."_s : u"uri parse takes exactly one URI."_s);
    }

    auto parsed = parseUri(words.at(2), u"The URI"_s, console);
    if (!parsed) {
        return console.fail(parsed.error());
    }
    console.out(JsonOutput::account(parsed->token()));
    return ExitCode::Ok;
}

} // namespace tessera::cli
