// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"
#include "uri/OtpAuthUri.h"
#include "util/Result.h"

#include <QString>

namespace tessera::cli {

class CommandLine;
class Console;

/* `tessera-cli uri parse URI`: the account in an otpauth:// URI, as JSON. */
class UriCommand {
public:
    [[nodiscard]] static ExitCode run(const CommandLine& commandLine, Console& console);

    /* Parses a URI given on the command line. Before parsing, the URI and its secret are
     * registered with the console as never to be printed; the parser's warnings (short secret,
     * unusual period) are printed as warnings; an error names `where` the URI came from. */
    [[nodiscard]] static Result<uri::OtpAuthUri> parseUri(const QString& text, const QString& where, Console& console);
};

} // namespace tessera::cli
