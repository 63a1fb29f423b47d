// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessHardening.h"

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#include <sys/resource.h>

#include <cerrno>
#include <cstring>
#endif

using namespace Qt::Literals::StringLiterals;

namespace tessera {

#if defined(Q_OS_LINUX)

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

Result<void> ProcessHardening::apply()
{
    // A core file would hold every secret the process had in memory at the time of the crash,
    // written to disk in plaintext (possibly collected by systemd-coredump or apport). Both the
    // soft and the hard limit go to 0 so nothing in the process can raise it again.
    const rlimit noCore{0, 0};
    if (setrlimit(RLIMIT_CORE, &noCore) != 0) {
        return Error(
            ErrorCode::Internal,
            u"Could not switch off core dumps (%1); a crash could write secrets to disk."_s.arg(systemError(errno)));
    }
    // Not dumpable: also stops core dumps by a core_pattern pipe that ignores RLIMIT_CORE, and
    // forbids ptrace attach and /proc/<pid>/mem reads by other processes of the same user.
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        return Error(ErrorCode::Internal,
                     u"Could not stop other programs from reading Tessera's memory (%1)."_s.arg(systemError(errno)));
    }
    return {};
}

#else

Result<void> ProcessHardening::apply()
{
    // Windows will need a process DACL that denies PROCESS_VM_READ to other processes
    // (SetSecurityInfo on the current process) and WerAddExcludedApplication / SetErrorMode so
    // Windows Error Reporting does not write full dumps. macOS will need ptrace(PT_DENY_ATTACH)
    // and RLIMIT_CORE = 0. Until those exist this is a no-op there, which is honest: nothing is
    // claimed that is not done.
    return {};
}

#endif

} // namespace tessera
