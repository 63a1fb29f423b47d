// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tessera::test {

/* Where the shared sample files are (TESSERA_FIXTURES), or an empty string when absent. */
QString fixturesDir();
/* Absolute path of a fixture, or empty if the fixture is missing. */
QString fixturePath(const QString& relative);

/* Where our own executables are built (TESSERA_TEST_BIN_DIR). */
QString binaryDir();

/* Full path of a program on PATH (or in /usr/bin), or empty. Independent reference tools
 * (oathtool, qrencode, zbarimg, Debian's python3) are found this way. */
QString findTool(const QString& name);

/* Debian's python3 (/usr/bin/python3): the one that sees python3-qrcode and python3-pil, not a
 * pyenv interpreter that may shadow it on PATH. Empty if it lacks `modules`. */
QString systemPython(const QStringList& modules = {});

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool started = false;
};

/* The whole file, or an empty array when it cannot be read. */
QByteArray readFile(const QString& path);
/* Replaces the file's content; false on any failure. */
bool writeFile(const QString& path, const QByteArray& bytes);
/* Permission bits (st_mode & 07777), or -1 when the file does not exist. */
int fileMode(const QString& path);

/* Runs a program to completion (default 60 s), feeding `input` on stdin. */
ProcessResult run(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                  int timeoutMs = 60000);

} // namespace tessera::test

/* Skips the current test with the reason printed when a fixture is missing. */
#define TESSERA_REQUIRE_FIXTURE(path, relative)                                                                        \
    const QString path = ::tessera::test::fixturePath(relative);                                                       \
    if (path.isEmpty())                                                                                                \
        QSKIP(qPrintable(QStringLiteral("fixture %1 not found (set TESSERA_FIXTURES)").arg(relative)));

/* Skips the current test with the reason printed when a reference tool is missing. */
#define TESSERA_REQUIRE_TOOL(path, name)                                                                               \
    const QString path = ::tessera::test::findTool(name);                                                              \
    if (path.isEmpty())                                                                                                \
        QSKIP(qPrintable(QStringLiteral("reference tool %1 not installed").arg(name)));
