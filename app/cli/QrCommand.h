// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"
#include "util/Result.h"

#include <QImage>
#include <QString>

namespace tessera::cli {

class CommandLine;
class Console;

/* `tessera-cli qr decode IMAGE…` and `tessera-cli qr encode TEXT --out FILE.png`.
 *
 * The only place the CLI uses QtGui, and only to read and write image files: core sees grey
 * byte buffers (ARCHITECTURE.md §2). QImage needs no QGuiApplication for this, so the CLI runs
 * without a display. */
class QrCommand {
public:
    [[nodiscard]] static ExitCode run(const CommandLine& commandLine, Console& console);

    /* The image in `path` as 8-bit grey, transparent parts shown on white (QrImageReader); the
     * error names the file and says whether it is missing, unreadable or not an image. (Also
     * what `import` reads screenshots with.) */
    [[nodiscard]] static Result<QImage> loadGrey(const QString& path);

private:
    [[nodiscard]] static ExitCode decode(const CommandLine& commandLine, Console& console);
    [[nodiscard]] static ExitCode encode(const CommandLine& commandLine, Console& console);
};

} // namespace tessera::cli
