// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CodeCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "JsonOutput.h"
#include "UriCommand.h"
#include "otp/Clock.h"
#include "otp/OtpGenerator.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::cli {

std::optional<qint64> CodeCommand::parseUnixSeconds(const QString& text)
{
    // toLongLong alone would also take "+5", " 5" and "0x5"; a time is plain digits.
    if (text.isEmpty()) {
        return std::nullopt;
    }
    for (const QChar c : text) {
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok, 10); // fails on overflow past 2^63-1
    if (!ok) {
        return std::nullopt;
    }
    return value;
}

Result<std::optional<qint64>> CodeCommand::atOption(const CommandLine& commandLine)
{
    if (!commandLine.has(u"at")) {
        return std::optional<qint64>();
    }
    const auto at = parseUnixSeconds(commandLine.value(u"at"));
    if (!at) {
        return Error(ErrorCode::InvalidInput, u"--at must be a whole number of seconds since 1970-01-01 UTC, "
                                              "from 0 to 9223372036854775807."_s);
    }
    return std::optional<qint64>(at);
}

ExitCode CodeCommand::run(const CommandLine& commandLine, Console& console, const otp::Clock& clock)
{
    if (commandLine.words().size() > 1) {
        return console.usage(u"code takes either --uri URI or an account name, not both."_s);
    }
    if (!commandLine.has(u"uri")) {
        return console.usage(u"code needs an account (a name or an id) or --uri URI (see tessera-cli code --help)."_s);
    }
    const auto at = atOption(commandLine);
    if (!at) {
        return console.fail(at.error());
    }
    auto parsed = UriCommand::parseUri(commandLine.value(u"uri"), u"The URI given with --uri"_s, console);
    if (!parsed) {
        return console.fail(parsed.error());
    }
    auto line = render(parsed->token(), *at, clock, commandLine.json(), QString(), console);
    if (!line) {
        return console.fail(line.error());
    }
    console.out(*line);
    return ExitCode::Ok;
}

Result<QString> CodeCommand::render(const otp::OtpToken& token, std::optional<qint64> at, const otp::Clock& clock,
                                    bool json, const QString& id, Console& console)
{
    const otp::OtpParameters& parameters = token.parameters();
    auto generator = otp::OtpGenerator::create(parameters, token.secret().bytes());
    if (!generator) {
        return generator.error();
    }
    JsonOutput object;
    if (!id.isEmpty()) {
        object.add(u"id", id);
    }

    if (!parameters.isTimeBased()) {
        if (at) {
            console.warning(id.isEmpty()
                                ? u"--at has no effect on an HOTP account; this is the code at the URI's counter."_s
                                : u"--at has no effect on an HOTP account; this is the code at its stored counter."_s);
        }
        auto code = generator->codeAt(0);
        if (!code) {
            return code.error();
        }
        if (!json) {
            return *code;
        }
        return object.add(u"code", *code).add(u"counter", parameters.counter()).toString();
    }

    const qint64 now = at ? *at : clock.unixSeconds();
    auto code = generator->codeAt(now);
    if (!code) {
        return code.error();
    }
    if (!json) {
        return *code;
    }
    const qint64 period = parameters.period();
    const qint64 validFrom = now - now % period;
    // Unsigned: with --at near 2^63-1 the end of the period lies past qint64's range.
    const quint64 validUntil = static_cast<quint64>(validFrom) + static_cast<quint64>(period);
    return object.add(u"code", *code)
        .add(u"period", period)
        .add(u"remaining", static_cast<qint64>(validUntil - static_cast<quint64>(now)))
        .add(u"validFrom", validFrom)
        .add(u"validUntil", validUntil)
        .toString();
}

} // namespace tessera::cli
