// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"

namespace tessera::cli {

class CommandLine;
class Console;

/* `export --format F --out PATH [--export-password-file P] [--plain]`: the vault's accounts as
 *   tessera        Tessera encrypted backup (needs --export-password-file)
 *   aegis          Aegis encrypted vault (needs --export-password-file)
 *   aegis-plain    Aegis vault, unencrypted (needs --plain)
 *   uris           otpauth:// list (needs --plain)
 *   gauth-qr       Google Authenticator transfer QR codes, PATH-1.png … (needs --plain)
 *   emergency-kit  printable PDF (needs --plain)
 * Files are written atomically, readable by the owner only; the paths written are printed. */
class ExportCommand {
public:
    [[nodiscard]] static ExitCode run(const CommandLine& commandLine, Console& console);
    /* Whether these arguments will export an emergency kit: main() then needs fonts, i.e. a
     * QGuiApplication instead of a QCoreApplication. */
    [[nodiscard]] static bool needsFonts(const QStringList& arguments);
};

} // namespace tessera::cli
