// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"

namespace tessera::cli {

class CommandLine;
class Console;

/* `tessera-cli recovery audit [--json]`: the readiness audit (recovery::Readiness,
 * docs/recovery.md "Readiness rules") of the vault opened as `list` opens it — per account the
 * gaps that would make getting back in hard, the vault's own gaps, and the "if this computer
 * died today" summary. Gaps are the answer, not a failure: the exit status is 0 whatever they
 * are. Never prints a backup code or a secret. */
class RecoveryAuditCommand {
public:
    [[nodiscard]] static ExitCode run(const CommandLine& commandLine, Console& console);
};

} // namespace tessera::cli
