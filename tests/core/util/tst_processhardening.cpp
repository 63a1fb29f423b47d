// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/ProcessHardening.h"

#include <QTest>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using tessera::ProcessHardening;

namespace {

#if defined(Q_OS_LINUX)
/* What the child reports through its exit status. */
enum ChildStatus : int {
    Hardened = 0,
    ApplyFailed = 10,
    CoreLimitNotZero = 11,
    StillDumpable = 12,
    GetRlimitFailed = 13,
    SecondApplyFailed = 14,
};

/* apply() changes the whole process for good (and would stop a debugger from attaching to the
 * test runner), so it runs in a forked child that only makes system calls and reports back
 * through its exit status. */
int runInChild(bool applyTwice)
{
    const pid_t pid = fork();
    if (pid < 0) {
        return -1;
    }
    if (pid == 0) {
        if (!ProcessHardening::apply()) {
            _exit(ApplyFailed);
        }
        if (applyTwice && !ProcessHardening::apply()) {
            _exit(SecondApplyFailed);
        }
        rlimit limit{};
        if (getrlimit(RLIMIT_CORE, &limit) != 0) {
            _exit(GetRlimitFailed);
        }
        if (limit.rlim_cur != 0 || limit.rlim_max != 0) {
            _exit(CoreLimitNotZero);
        }
        if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0) {
            _exit(StillDumpable);
        }
        _exit(Hardened);
    }
    int status = 0;
    if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status)) {
        return -1;
    }
    return WEXITSTATUS(status);
}
#endif

} // namespace

class TestProcessHardening : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void switchesOffCoreDumpsAndDumpable();
    void canBeAppliedTwice();
};

void TestProcessHardening::switchesOffCoreDumpsAndDumpable()
{
#if defined(Q_OS_LINUX)
    // The runner itself is untouched (still debuggable), which also shows the child did the work.
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
    QCOMPARE(runInChild(false), int(Hardened));
#else
    QSKIP("Process hardening is implemented on Linux only so far.");
#endif
}

void TestProcessHardening::canBeAppliedTwice()
{
#if defined(Q_OS_LINUX)
    QCOMPARE(runInChild(true), int(Hardened));
#else
    QSKIP("Process hardening is implemented on Linux only so far.");
#endif
}

QTEST_APPLESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
