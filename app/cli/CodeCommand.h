// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"
#include "util/Result.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace tessera::otp {
class Clock;
class OtpToken;
} // namespace tessera::otp

namespace tessera::cli {

class CommandLine;
class Console;

/* `tessera-cli code --uri URI [--at UNIX_SECONDS]`: the code for an otpauth:// URI.
 * (`code QUERY`, the code of a vault account, is VaultCodeCommand; both print through render().) */
class CodeCommand {
public:
    [[nodiscard]] static ExitCode run(const CommandLine& commandLine, Console& console, const otp::Clock& clock);

    /* A --at value: decimal digits only, 0 … 2^63-1 (past 2038 and 2106 alike); nullopt
     * otherwise (a sign, spaces, a fraction, overflow). */
    [[nodiscard]] static std::optional<qint64> parseUnixSeconds(const QString& text);

    /* The --at option: nullopt without it, an InvalidInput error for a bad value. */
    [[nodiscard]] static Result<std::optional<qint64>> atOption(const CommandLine& commandLine);

    /* What `code` prints for `token`: the code alone, or with `json` the documented object
     * ("id" first when `id` is not empty). HOTP: the code at the token's counter; a given `at`
     * draws a warning there. */
    [[nodiscard]] static Result<QString> render(const otp::OtpToken& token, std::optional<qint64> at,
                                                const otp::Clock& clock, bool json, const QString& id,
                                                Console& console);
};

} // namespace tessera::cli
