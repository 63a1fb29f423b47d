// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace tessera::cli {

namespace {

struct OptionSpec {
    QStringView name;
    bool takesValue;
    bool global;
};

/* Every option tessera-cli knows today. Which command accepts which is checked by the
 * dispatcher; here we only need to know whether the next argument is the option's value. */
constexpr std::array kOptions = {
    OptionSpec{u"json", false, true},
    OptionSpec{u"vault", true, true},
    OptionSpec{u"password-file", true, true},
    OptionSpec{u"help", false, true},
    OptionSpec{u"version", false, true},
    OptionSpec{u"uri", true, false},
    OptionSpec{u"at", true, false},
    OptionSpec{u"out", true, false},
    OptionSpec{u"no-keychain", false, false},
    OptionSpec{u"with-secrets", false, false},
    OptionSpec{u"new-password-file", true, false},
    OptionSpec{u"remove", false, false},
    OptionSpec{u"format", true, false},
    OptionSpec{u"dry-run", false, false},
    OptionSpec{u"import-password-file", true, false},
    OptionSpec{u"export-password-file", true, false},
    OptionSpec{u"plain", false, false},
    OptionSpec{u"lang", true, false},
};

const OptionSpec* findOption(QStringView name)
{
    for (const OptionSpec& spec : kOptions) {
        if (spec.name == name) {
            return &spec;
        }
    }
    return nullptr;
}

/* Option names are echoed in messages; an argument can be anything (even a pasted URI with its
 * secret, given by mistake as `-otpauth://…`), so only a short, plain-looking name is shown. */
QString shownOption(QStringView argument)
{
    constexpr qsizetype kMaxShown = 32;
    for (const QChar c : argument) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_')) {
            return u"an option"_s;
        }
    }
    if (argument.size() > kMaxShown) {
        return u"an option"_s;
    }
    return argument.toString();
}

} // namespace

CommandLine CommandLine::parse(const QStringList& arguments)
{
    CommandLine result;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (optionsEnded || argument == u"-"_s || !argument.startsWith(u'-')) {
            result.m_words.append(argument);
            continue;
        }
        if (argument == u"--"_s) {
            optionsEnded = true;
            continue;
        }
        if (argument == u"-h"_s) {
            result.m_options.append({u"help"_s, QString()});
            continue;
        }
        if (!argument.startsWith(u"--"_s)) {
            result.setError(u"Unknown option %1 (see tessera-cli --help)."_s.arg(shownOption(argument)));
            continue;
        }

        const qsizetype equals = argument.indexOf(u'=');
        const QString name = argument.mid(2, equals < 0 ? -1 : equals - 2);
        const OptionSpec* spec = findOption(name);
        if (spec == nullptr) {
            result.setError(u"Unknown option --%1 (see tessera-cli --help)."_s.arg(shownOption(name)));
            continue;
        }
        if (result.has(name)) {
            result.setError(u"The option --%1 is given more than once."_s.arg(name));
        }

        QString value;
        if (spec->takesValue) {
            if (equals >= 0) {
                value = argument.mid(equals + 1);
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            }
            if (value.isEmpty()) {
                result.setError(u"The option --%1 needs a value."_s.arg(name));
            }
        } else if (equals >= 0) {
            result.setError(u"The option --%1 takes no value."_s.arg(name));
        }
        result.m_options.append({name, value});
    }
    return result;
}

bool CommandLine::has(QStringView name) const
{
    for (const auto& option : m_options) {
        if (option.first == name) {
            return true;
        }
    }
    return false;
}

QString CommandLine::value(QStringView name) const
{
    for (const auto& option : m_options) {
        if (option.first == name) {
            return option.second;
        }
    }
    return {};
}

QStringList CommandLine::optionNames() const
{
    QStringList names;
    for (const auto& option : m_options) {
        names.append(option.first);
    }
    return names;
}

bool CommandLine::isGlobalOption(QStringView name)
{
    const OptionSpec* spec = findOption(name);
    return spec != nullptr && spec->global;
}

void CommandLine::setError(const QString& message)
{
    if (m_error.isEmpty()) {
        m_error = message;
    }
}

} // namespace tessera::cli
