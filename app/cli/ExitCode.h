// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Error.h"

namespace tessera::cli {

/* tessera-cli's exit statuses: a public interface (ARCHITECTURE.md §4, docs/cli.md). Scripts
 * branch on these numbers, so they never change meaning. */
enum class ExitCode : int {
    Ok = 0,
    Usage = 1,        // unknown command or option, missing argument
    InvalidInput = 2, // the message says what and where
    NotFound = 3,     // no QR code, no such account
    WrongPassword = 4,
    Damaged = 5, // damaged or tampered file
    KeychainUnavailable = 6,
    InUse = 7, // vault in use by another process
};

/* The one place where core's error codes become exit statuses. */
[[nodiscard]] ExitCode exitCodeFor(ErrorCode code);

} // namespace tessera::cli
