// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestEnvironment.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <csignal>
#include <memory>
#include <optional>

/* Runs the crash_writer helper (built beside the tests) and reads its line-based output. */
namespace tessera::test {

inline QString crashWriterPath()
{
    const QString path = QDir(binaryDir()).filePath(QStringLiteral("crash_writer"));
    return QFileInfo(path).isExecutable() ? path : QString();
}

class HelperProcess {
public:
    HelperProcess() = default;
    ~HelperProcess() { kill(); }
    HelperProcess(const HelperProcess&) = delete;
    HelperProcess& operator=(const HelperProcess&) = delete;

    bool start(const QStringList& arguments)
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->start(crashWriterPath(), arguments);
        return m_process->waitForStarted(10000);
    }

    bool send(const QByteArray& line)
    {
        return m_process && m_process->write(line + '\n') == line.size() + 1 && m_process->waitForBytesWritten(10000);
    }

    /* Takes the first unread output line that starts with `prefix` and returns its remainder
     * (other lines stay unread), or a null string when the helper ends or `timeoutMs` passes. */
    QString waitForLine(const QString& prefix, int timeoutMs = 10000)
    {
        const std::optional<QStringList> taken = take(prefix, false, timeoutMs);
        return taken ? taken->constLast().mid(prefix.size()).trimmed() : QString();
    }

    /* All unread lines up to and including the first that starts with `prefix`. */
    std::optional<QStringList> linesUntil(const QString& prefix, int timeoutMs = 10000)
    {
        return take(prefix, true, timeoutMs);
    }

    qint64 pid() const { return m_process ? m_process->processId() : 0; }

    /* SIGKILL, then everything the helper printed (read or not). */
    QStringList kill()
    {
        if (!m_process) {
            return m_all;
        }
        if (m_process->state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process->processId()), SIGKILL);
            m_process->waitForFinished(10000);
        }
        readAvailable();
        const QByteArray rest = m_process->readAll().trimmed();
        if (!rest.isEmpty()) {
            m_unread.append(QString::fromUtf8(rest));
            m_all.append(QString::fromUtf8(rest));
        }
        m_process.reset();
        return m_all;
    }

    const QStringList& lines() const { return m_all; }

private:
    void readAvailable()
    {
        while (m_process->canReadLine()) {
            const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
            m_unread.append(line);
            m_all.append(line);
        }
    }

    std::optional<QStringList> take(const QString& prefix, bool withEarlier, int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (true) {
            for (qsizetype i = 0; i < m_unread.size(); ++i) {
                if (m_unread.at(i).startsWith(prefix)) {
                    QStringList taken;
                    if (withEarlier) {
                        taken = m_unread.mid(0, i + 1);
                        m_unread.remove(0, i + 1);
                    } else {
                        taken.append(m_unread.takeAt(i));
                    }
                    return taken;
                }
            }
            if (!m_process || deadline.hasExpired() || m_process->state() == QProcess::NotRunning) {
                return std::nullopt;
            }
            m_process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
            readAvailable();
        }
    }

    std::unique_ptr<QProcess> m_process;
    QStringList m_unread;
    QStringList m_all;
};

} // namespace tessera::test
