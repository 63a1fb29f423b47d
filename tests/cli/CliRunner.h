// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestEnvironment.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tessera::test {

/* Runs the real tessera-cli from TESSERA_TEST_BIN_DIR. */
ProcessResult runCli(const QStringList& arguments);

/* Makes the CLI run as on a server: no display and no Qt platform plugin chosen, so a test run
 * also proves that reading and writing images needs no QGuiApplication. Call in initTestCase(). */
void forgetDisplay();

/* stdout without its final line break. */
QString outText(const ProcessResult& result);

/* The text of a failure on stderr: exactly one line "tessera-cli: …\n"; empty if it is not. */
QString singleErrorLine(const ProcessResult& result);

} // namespace tessera::test

/* A failed run: the exit status, nothing on stdout, one "tessera-cli: " line on stderr. */
#define TESSERA_VERIFY_CLI_FAILURE(result, status)                                                                     \
    do {                                                                                                               \
        QVERIFY2((result).started, "tessera-cli did not start");                                                       \
        if ((result).exitCode != (status)) {                                                                           \
            qWarning("tessera-cli exited with %d, stderr: %s", (result).exitCode, (result).err.constData());           \
        }                                                                                                              \
        QCOMPARE((result).exitCode, status);                                                                           \
        QCOMPARE((result).out, QByteArray());                                                                          \
        QVERIFY2(!::tessera::test::singleErrorLine(result).isEmpty(), (result).err.constData());                       \
    } while (false)

/* A successful run with nothing unexpected on stderr. */
#define TESSERA_VERIFY_CLI_OK(result)                                                                                  \
    do {                                                                                                               \
        QVERIFY2((result).started, "tessera-cli did not start");                                                       \
        QVERIFY2((result).exitCode == 0, (result).err.constData());                                                    \
        QCOMPARE((result).err, QByteArray());                                                                          \
    } while (false)
