// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"

namespace tessera::cli {

class CommandLine;
class Console;

/* `import FILE… [--format F] [--dry-run] [--json] [--import-password-file P]`: any supported
 * backup or export file, text list or image with QR codes. Every file is read first; if any
 * cannot be read (wrong password, damaged, unrecognised), nothing is imported. Then the preview
 * (new / duplicate / conflict / invalid) is printed and, without --dry-run, the new accounts are
 * added in one vault save. Google transfer codes are collected across all the images and text
 * files given, so a batch split over several screenshots imports in one command. */
class ImportCommand {
public:
    [[nodiscard]] static ExitCode run(const CommandLine& commandLine, Console& console);
};

} // namespace tessera::cli
