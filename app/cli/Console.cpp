// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Console.h"

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace tessera::cli {

namespace {

/* Shorter strings would blank out ordinary words of the message. */
constexpr qsizetype kMinSensitiveLength = 8;

bool writeAll(std::FILE* stream, const QByteArray& bytes)
{
    if (!bytes.isEmpty()
        && std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream)
               != static_cast<std::size_t>(bytes.size())) {
        return false;
    }
    return std::fflush(stream) == 0;
}

/* One line per message: a stray line break inside a message would look like two messages to
 * a script reading stderr line by line. */
QString oneLine(QString text)
{
    text.replace(u'\r', u' ');
    text.replace(u'\n', u' ');
    return text.trimmed();
}

} // namespace

void Console::out(const QString& text)
{
    m_out += text;
    m_out += u'\n';
}

void Console::warning(const QString& message)
{
    printErr(u"warning: "_s, message);
}

void Console::note(const QString& message)
{
    printErr(u"note: "_s, message);
}

ExitCode Console::fail(const Error& error)
{
    return fail(exitCodeFor(error.code()), error.message());
}

ExitCode Console::fail(ExitCode code, const QString& message)
{
    printErr(QString(), message);
    return code;
}

ExitCode Console::usage(const QString& message)
{
    return fail(ExitCode::Usage, message);
}

QString Console::printable(const QString& text)
{
    QString line;
    line.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            line += u"\\x"_s + QString::number(c, 16).rightJustified(2, u'0');
        } else {
            line += ch;
        }
    }
    return line;
}

void Console::addSensitive(const QString& text)
{
    if (text.size() >= kMinSensitiveLength && !m_sensitive.contains(text)) {
        m_sensitive.append(text);
    }
}

int Console::finish(ExitCode code)
{
    if (code == ExitCode::Ok && !writeAll(stdout, m_out.toUtf8())) {
        printErr(QString(), u"Could not write to standard output."_s);
        return static_cast<int>(ExitCode::InvalidInput);
    }
    return static_cast<int>(code);
}

void Console::printErr(const QString& kind, const QString& message)
{
    const QString line = u"tessera-cli: "_s + kind + redacted(oneLine(message)) + u'\n';
    // Nothing sensible is left to do if stderr itself cannot be written.
    (void)writeAll(stderr, line.toUtf8());
}

QString Console::redacted(QString message) const
{
    for (const QString& sensitive : m_sensitive) {
        message.replace(sensitive, u"[hidden]"_s, Qt::CaseInsensitive);
    }
    return message;
}

} // namespace tessera::cli
