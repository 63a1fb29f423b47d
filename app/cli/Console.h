// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"
#include "util/Error.h"

#include <QString>
#include <QStringList>

namespace tessera::cli {

/* Standard output and standard error for one run of tessera-cli.
 *
 * Standard output is held back until the command has succeeded and written in one go by
 * finish(), so a script never reads half a result: on any failure stdout stays empty. Messages
 * for people (errors, warnings, notes) go to stderr at once, each as one line prefixed with
 * "tessera-cli: ". Strings registered with addSensitive() (a URI, its secret) are blanked out
 * of every stderr message as a second line of defence: core already promises not to repeat a
 * secret, and this keeps that promise even if a future message forgets. */
class Console {
public:
    /* Appends `text` and a line break to the held-back standard output. */
    void out(const QString& text);

    void warning(const QString& message);
    void note(const QString& message);

    /* Print the failure to stderr and return the exit status to end the run with. */
    [[nodiscard]] ExitCode fail(const Error& error);
    [[nodiscard]] ExitCode fail(ExitCode code, const QString& message);
    [[nodiscard]] ExitCode usage(const QString& message);

    void addSensitive(const QString& text);

    /* Untrusted text (a QR payload, an account name from a URI) for a terminal: C0, DEL and C1
     * control characters shown as \xNN, so nothing can move the cursor, set the window title or
     * break one item over two lines. JSON output is escaped by JSON's own rules instead. */
    [[nodiscard]] static QString printable(const QString& text);

    /* Writes the held-back output if `code` is Ok and returns the process exit status. A
     * failed write to stdout (closed pipe, full disk) becomes exit status 2 with a message. */
    [[nodiscard]] int finish(ExitCode code);

private:
    void printErr(const QString& kind, const QString& message);
    [[nodiscard]] QString redacted(QString message) const;

    QString m_out;
    QStringList m_sensitive;
};

} // namespace tessera::cli
