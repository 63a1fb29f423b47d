// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace tessera::test {

QString fixturesDir()
{
    QString dir = qEnvironmentVariable("TESSERA_FIXTURES");
    if (dir.isEmpty()) {
        dir = u"../shared/fixtures"_s;
    }
    const QFileInfo info(dir);
    return info.isDir() ? info.absoluteFilePath() : QString();
}

QString fixturePath(const QString& relative)
{
    const QString dir = fixturesDir();
    if (dir.isEmpty()) {
        return {};
    }
    const QFileInfo info(QDir(dir).filePath(relative));
    return info.exists() ? info.absoluteFilePath() : QString();
}

QString binaryDir()
{
    return qEnvironmentVariable("TESSERA_TEST_BIN_DIR");
}

QString findTool(const QString& name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty()) {
        path = QStandardPaths::findExecutable(name, {u"/usr/bin"_s, u"/usr/local/bin"_s});
    }
    return path;
}

QString systemPython(const QStringList& modules)
{
    const QString python = u"/usr/bin/python3"_s;
    if (!QFileInfo(python).isExecutable()) {
        return {};
    }
    for (const QString& module : modules) {
        if (run(python, {u"-c"_s, u"import "_s + module}).exitCode != 0) {
            return {};
        }
    }
    return python;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size() && file.flush();
}

int fileMode(const QString& path)
{
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        return -1;
    }
    return int(status.st_mode & 07777);
}

ProcessResult run(const QString& program, const QStringList& arguments, const QByteArray& input, int timeoutMs)
{
    ProcessResult result;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs)) {
        return result;
    }
    result.started = true;
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.exitCode = -2;
    } else {
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace tessera::test
