// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Helper process for the storage tests (not a test itself). Modes:
//   crash_writer write <file>        writes version N+1, N+2, … of <file> through AtomicStore
//                                    until killed; prints "start N" and then "committed N" after
//                                    every write that AtomicStore reported as done.
//   crash_writer serve <file>        for each "run" line on stdin, forks a child that does what
//                                    `write` does; prints "child <pid>", and "reaped <pid>" once
//                                    the child is gone. Starting a process costs 30–70 ms on a
//                                    busy machine, a fork a fraction of that: this is how the
//                                    harness fits 1,000 kills in its time budget.
//   crash_writer hold-lock <vault>   takes the VaultLock of <vault>, prints "locked <pid>" and
//                                    waits to be killed.
//   crash_writer idle                prints "idle <pid>" and waits to be killed.
// Output goes straight to the pipe with write(2), so whatever was printed before a SIGKILL
// reaches the test.
#include "CrashPayload.h"
#include "vault/AtomicStore.h"
#include "vault/VaultLock.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using tessera::vault::AtomicStore;

namespace {

void say(const QByteArray& line)
{
    const QByteArray text = line + '\n';
    const char* data = text.constData();
    qsizetype left = text.size();
    while (left > 0) {
        const ssize_t n = ::write(STDOUT_FILENO, data, size_t(left));
        if (n <= 0) {
            return;
        }
        data += n;
        left -= n;
    }
}

[[noreturn]] void waitToBeKilled()
{
    for (;;) {
        ::pause();
    }
}

int writeForever(const QString& path)
{
    quint64 version = 0;
    if (QFile::exists(path)) {
        tessera::Result<QByteArray> current = AtomicStore::read(path);
        const std::optional<quint64> found = current ? tessera::test::crash::versionOf(current.value()) : std::nullopt;
        if (!found) {
            say("error the file is damaged");
            return 2;
        }
        version = *found;
    }
    say("start " + QByteArray::number(version));
    for (;;) {
        const quint64 next = version + 1;
        const tessera::Result<void> written = AtomicStore::write(path, tessera::test::crash::payload(next));
        if (!written) {
            say("error " + written.error().message().toUtf8());
            return 3;
        }
        version = next;
        say("committed " + QByteArray::number(version));
    }
}

/* No QCoreApplication in this process: the forked children must not inherit threads. */
int serve(const QString& path)
{
    QByteArray pending;
    char buffer[256];
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            return 0; // the test closed our stdin, or died
        }
        pending.append(buffer, n);
        qsizetype newline = 0;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray command = pending.left(newline).trimmed();
            pending.remove(0, newline + 1);
            if (command != "run") {
                say("error unknown command " + command);
                continue;
            }
            const pid_t child = ::fork();
            if (child < 0) {
                say("error fork failed");
                continue;
            }
            if (child == 0) {
                ::_exit(writeForever(path));
            }
            say("child " + QByteArray::number(child));
            int status = 0;
            while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
            }
            say("reaped " + QByteArray::number(child));
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i) {
        args.append(QString::fromLocal8Bit(argv[i]));
    }
    const QString mode = args.value(1);
    if (mode == u"write"_s && args.size() == 3) {
        return writeForever(args.at(2));
    }
    if (mode == u"serve"_s && args.size() == 3) {
        return serve(args.at(2));
    }
    if (mode == u"hold-lock"_s && args.size() == 3) {
        tessera::vault::VaultLock lock(args.at(2));
        const tessera::Result<void> acquired = lock.acquire(0);
        if (!acquired) {
            say("error " + acquired.error().message().toUtf8());
            return 3;
        }
        say("locked " + QByteArray::number(qint64(::getpid())));
        waitToBeKilled();
    }
    if (mode == u"idle"_s && args.size() == 2) {
        say("idle " + QByteArray::number(qint64(::getpid())));
        waitToBeKilled();
    }
    std::fputs("usage: crash_writer write <file> | serve <file> | hold-lock <vault> | idle\n", stderr);
    return 1;
}
