// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExitCode.h"

namespace tessera::cli {

ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return ExitCode::InvalidInput;
    case ErrorCode::NotFound:
        return ExitCode::NotFound;
    case ErrorCode::WrongPassword:
        return ExitCode::WrongPassword;
    case ErrorCode::Damaged:
        return ExitCode::Damaged;
    case ErrorCode::KeychainUnavailable:
        return ExitCode::KeychainUnavailable;
    case ErrorCode::InUse:
        return ExitCode::InUse;
    /* The public table has no separate status for these. "Unsupported" is about the input
     * (a format version, an algorithm); "Io" is a file we were told to read or write that the
     * system refused — both are what the user gave us, so 2 with a message naming it. An
     * internal failure also reports 2 rather than inventing a status scripts do not know; its
     * message says what failed. */
    case ErrorCode::Unsupported:
    case ErrorCode::Io:
    case ErrorCode::Internal:
        return ExitCode::InvalidInput;
    }
    return ExitCode::InvalidInput;
}

} // namespace tessera::cli
