// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

namespace tessera {

/* Keeps secrets in this process's memory from ending up in files or in other processes
 * (SECURITY.md S5): no core dumps, and on Linux no ptrace attach or /proc/<pid>/mem reads by
 * other processes of the same user.
 *
 * Call apply() first thing in main(), before any secret exists. A failure is reported, not
 * fatal: the program still works, only less hardened, and the caller decides how to say so.
 *
 * Side effect worth knowing: with PR_SET_DUMPABLE = 0 a debugger can no longer attach to a
 * running Tessera as the same user (starting it under gdb still works), and `gcore` needs root. */
class ProcessHardening {
public:
    [[nodiscard]] static Result<void> apply();
};

} // namespace tessera
