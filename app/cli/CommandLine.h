// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace tessera::cli {

/* The words and options of one tessera-cli invocation.
 *
 * Options may stand anywhere — before, between or after the command words — so
 * `tessera-cli --json code --uri U` and `tessera-cli code --uri U --json` mean the same. A
 * value follows as `--at 59` or `--at=59`. `--` ends the options: everything after it is a word,
 * which is how a QR text starting with "-" is given. Parsing never stops at the first problem:
 * it records the first usage error and keeps going, so that a command that is not available yet
 * can still be told apart from a typo in an option it will one day take. */
class CommandLine {
public:
    /* `arguments` without the program name. */
    [[nodiscard]] static CommandLine parse(const QStringList& arguments);

    /* The words that are not options: command, subcommand, operands. */
    [[nodiscard]] const QStringList& words() const { return m_words; }
    [[nodiscard]] QString command() const { return m_words.value(0); }

    [[nodiscard]] bool has(QStringView name) const;
    /* The option's value (options are given at most once). */
    [[nodiscard]] QString value(QStringView name) const;
    /* Names of the options given, in order, without the leading dashes. */
    [[nodiscard]] QStringList optionNames() const;

    /* The first usage error (one sentence), or empty. */
    [[nodiscard]] const QString& error() const { return m_error; }

    [[nodiscard]] bool json() const { return has(u"json"); }

    /* True for options that every command accepts (--json, --vault, --password-file, --help,
     * --version). */
    [[nodiscard]] static bool isGlobalOption(QStringView name);

private:
    void setError(const QString& message);

    QStringList m_words;
    QList<std::pair<QString, QString>> m_options;
    QString m_error;
};

} // namespace tessera::cli
