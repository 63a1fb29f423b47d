// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"

namespace tessera::cli {

class CommandLine;
class Console;

/* `tessera-cli init [--no-keychain]`: creates a vault.
 *
 * Slots: the OS keychain by default; --password-file adds the recovery-password slot (both
 * slots); --no-keychain --password-file makes a password-only vault. An existing vault is never
 * overwritten (exit 2). No keychain → exit 6 with the keychain's own diagnosis and the
 * password-only way out; never a plaintext vault. */
class InitCommand {
public:
    [[nodiscard]] static ExitCode run(const CommandLine& commandLine, Console& console);
};

} // namespace tessera::cli
