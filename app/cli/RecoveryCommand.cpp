// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "JsonOutput.h"
#include "recovery/LocalizedText.h"
#include "recovery/PlaybookLibrary.h"

#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTranslator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace tessera::cli {

namespace {

using recovery::LocalizedText;
using recovery::Playbook;
using recovery::PlaybookScenario;
using recovery::PlaybookStep;
using recovery::StepActionKind;

constexpr qsizetype kWidth = 80;

/* A service or scenario id the user typed, echoed only when it looks like one: an argument can
 * be anything, including a pasted secret. */
QString shownId(const QString& word)
{
    static const QRegularExpression kWord(u"^[A-Za-z0-9_-]{1,40}$"_s);
    return kWord.match(word).hasMatch() ? u" '%1'"_s.arg(word) : QString();
}

/* `text` broken into lines of at most kWidth columns, the first starting with `first` and the
 * others indented to the same width: a step's detail is a paragraph, not one 300-column line. */
QStringList wrapped(const QString& text, const QString& first)
{
    const QString indent(first.size(), u' ');
    QStringList lines;
    QString line = first;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        const bool lineHasWords = line.size() > indent.size();
        if (lineHasWords && line.size() + 1 + word.size() > kWidth) {
            lines.append(line);
            line = indent;
        }
        line += (line.size() > indent.size() ? u" "_s : QString()) + word;
    }
    lines.append(line);
    return lines;
}

QString urlLabel(const QString& key)
{
    if (key == u"passwordReset"_s) {
        return RecoveryCommand::tr("password reset");
    }
    if (key == u"securitySettings"_s) {
        return RecoveryCommand::tr("security settings");
    }
    if (key == u"login"_s) {
        return RecoveryCommand::tr("login");
    }
    if (key == u"help"_s) {
        return RecoveryCommand::tr("help");
    }
    return key;
}

QString actionLine(const Playbook& playbook, const PlaybookStep& step)
{
    switch (step.actionKind()) {
    case StepActionKind::None:
        return {};
    case StepActionKind::OpenUrl:
        //: A checklist step's action in the terminal; %1 is an official https address.
        return RecoveryCommand::tr("Open: %1").arg(playbook.url(step.actionUrlKey()).toString());
    case StepActionKind::GeneratePassword:
        return RecoveryCommand::tr(
            "In the Tessera window: the password helper makes a strong password that fits the service's rules.");
    case StepActionKind::OpenAccountRecoveryInfo:
        return RecoveryCommand::tr(
            "In the Tessera window: the account's recovery details (backup codes, email, phone).");
    case StepActionKind::CheckClock:
        return RecoveryCommand::tr("In the Tessera window: the clock check.");
    }
    return {};
}

QString stringArray(const QStringList& texts)
{
    QStringList quoted;
    for (const QString& text : texts) {
        quoted.append(JsonOutput::quoted(text));
    }
    return JsonOutput::array(quoted);
}

QStringList ids(const QList<Playbook>& playbooks)
{
    QStringList result;
    for (const Playbook& playbook : playbooks) {
        result.append(playbook.id());
    }
    return result;
}

} // namespace

ExitCode RecoveryCommand::run(const CommandLine& commandLine, Console& console)
{
    const QString sub = commandLine.words().value(1);
    if (sub.isEmpty()) {
        return console.usage(u"recovery needs a subcommand: recovery list or recovery show SERVICE SCENARIO."_s);
    }
    if (sub != u"list"_s && sub != u"show"_s) {
        return console.usage(
            u"Unknown subcommand after recovery; use list or show (see tessera-cli recovery --help)."_s);
    }

    QString language = LocalizedText::resolve(QLocale::system().name());
    if (commandLine.has(u"lang")) {
        language = LocalizedText::resolve(commandLine.value(u"lang"));
        if (language.isEmpty()) {
            return console.usage(u"There is no translation for that --lang; use one of %1."_s.arg(
                LocalizedText::supportedLanguages().join(u", "_s)));
        }
    }
    if (language.isEmpty()) {
        language = u"en"_s; // a system language without a translation
    }

    // The labels in the playbook's language: the catalogue built into the program (none in
    // builds without translations, and none needed for English).
    QTranslator labels;
    if (language != u"en"_s && labels.load(u"tessera_"_s + language, u":/i18n"_s)) {
        QCoreApplication::installTranslator(&labels);
    }
    const auto uninstall = qScopeGuard([&labels] { QCoreApplication::removeTranslator(&labels); });

    auto library = recovery::PlaybookLibrary::load();
    if (!library) {
        // The playbooks are built into the program: this is a broken build, not a user mistake.
        return console.fail(library.error());
    }
    return sub == u"list"_s ? list(commandLine, console, *library, language)
                            : show(commandLine, console, *library, language);
}

ExitCode RecoveryCommand::list(const CommandLine& commandLine, Console& console,
                               const recovery::PlaybookLibrary& library, const QString& language)
{
    if (commandLine.words().size() > 2) {
        return console.usage(u"recovery list takes no arguments."_s);
    }
    if (commandLine.json()) {
        QStringList services;
        for (const Playbook& playbook : library.all()) {
            QStringList scenarios;
            for (const PlaybookScenario& scenario : playbook.scenarios()) {
                scenarios.append(JsonOutput()
                                     .add(u"id", scenario.id())
                                     .add(u"title", scenario.title().text(language))
                                     .add(u"summary", scenario.summary().text(language))
                                     .toString());
            }
            services.append(JsonOutput()
                                .add(u"id", playbook.id())
                                .add(u"name", playbook.name().text(language))
                                .addRaw(u"domains", stringArray(playbook.domains()))
                                .addRaw(u"scenarios", JsonOutput::array(scenarios))
                                .toString());
        }
        console.out(JsonOutput::array(services));
        return ExitCode::Ok;
    }

    for (const Playbook& playbook : library.all()) {
        if (&playbook != &library.all().constFirst()) {
            console.out(QString());
        }
        console.out(u"%1  %2"_s.arg(playbook.id(), playbook.name().text(language)));
        for (const PlaybookScenario& scenario : playbook.scenarios()) {
            console.out(u"  %1  %2"_s.arg(scenario.id().leftJustified(24), scenario.title().text(language)));
        }
    }
    console.out(QString());
    console.out(tr("Show the steps with: tessera-cli recovery show SERVICE SCENARIO"));
    return ExitCode::Ok;
}

ExitCode RecoveryCommand::show(const CommandLine& commandLine, Console& console,
                               const recovery::PlaybookLibrary& library, const QString& language)
{
    const QStringList& words = commandLine.words();
    if (words.size() < 4) {
        return console.usage(
            u"recovery show needs a service and a scenario, like: recovery show aliexpress forgot-password "
            u"(see tessera-cli recovery list)."_s);
    }
    if (words.size() > 4) {
        return console.usage(u"recovery show takes exactly one service and one scenario."_s);
    }
    const Playbook* playbook = library.find(words.at(2));
    if (playbook == nullptr) {
        return console.fail(ExitCode::NotFound,
                            u"There is no recovery playbook%1; there are: %2. For any other site, use generic."_s.arg(
                                shownId(words.at(2)), ids(library.all()).join(u", "_s)));
    }
    const PlaybookScenario* scenario = playbook->scenario(words.at(3));
    if (scenario == nullptr) {
        return console.fail(ExitCode::NotFound,
                            u"The %1 playbook has no scenario%2; it has: %3."_s.arg(
                                playbook->id(), shownId(words.at(3)), PlaybookScenario::knownIds().join(u", "_s)));
    }
    if (commandLine.json()) {
        console.out(scenarioJson(*playbook, *scenario, language));
    } else {
        printScenario(console, *playbook, *scenario, language);
    }
    return ExitCode::Ok;
}

void RecoveryCommand::printScenario(Console& console, const Playbook& playbook, const PlaybookScenario& scenario,
                                    const QString& language)
{
    console.out(u"%1: %2"_s.arg(playbook.name().text(language), scenario.title().text(language)));
    for (const QString& line : wrapped(scenario.summary().text(language), QString())) {
        console.out(line);
    }
    if (!playbook.urls().isEmpty()) {
        console.out(QString());
        console.out(tr("Official pages (open them yourself, never from a link in a message):"));
        qsizetype labelWidth = 0; // translated labels differ in length: align the addresses after the longest
        for (const QString& key : Playbook::urlKeys()) {
            labelWidth = std::max(labelWidth, urlLabel(key).size());
        }
        for (const QString& key : Playbook::urlKeys()) {
            if (playbook.urls().contains(key)) {
                console.out(
                    u"  %1 %2"_s.arg(urlLabel(key).leftJustified(labelWidth + 1), playbook.url(key).toString()));
            }
        }
    }
    const QList<PlaybookStep>& steps = scenario.steps();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const PlaybookStep& step = steps.at(i);
        const QString number = u"%1. "_s.arg(i + 1);
        const QString indent(number.size(), u' ');
        console.out(QString());
        console.out(number + step.title().text(language));
        for (const QString& line : wrapped(step.detail().text(language), indent)) {
            console.out(line);
        }
        for (const LocalizedText& tip : step.tips()) {
            //: Before a tip under a checklist step in the terminal (keep the space at the end).
            for (const QString& line : wrapped(tip.text(language), indent + tr("Tip: "))) {
                console.out(line);
            }
        }
        const QString action = actionLine(playbook, step);
        if (!action.isEmpty()) {
            for (const QString& line : wrapped(action, indent + u"-> "_s)) {
                console.out(line);
            }
        }
    }
}

QString RecoveryCommand::scenarioJson(const Playbook& playbook, const PlaybookScenario& scenario,
                                      const QString& language)
{
    JsonOutput urls;
    for (const QString& key : Playbook::urlKeys()) {
        if (playbook.urls().contains(key)) {
            urls.add(key, playbook.url(key).toString());
        }
    }
    QStringList steps;
    const QList<PlaybookStep>& scenarioSteps = scenario.steps();
    for (qsizetype i = 0; i < scenarioSteps.size(); ++i) {
        const PlaybookStep& step = scenarioSteps.at(i);
        QStringList tips;
        for (const LocalizedText& tip : step.tips()) {
            tips.append(tip.text(language));
        }
        JsonOutput json;
        json.add(u"number", static_cast<qint64>(i + 1))
            .add(u"id", step.id())
            .add(u"title", step.title().text(language))
            .add(u"detail", step.detail().text(language))
            .addRaw(u"tips", stringArray(tips));
        if (step.actionKind() == StepActionKind::None) {
            json.addNull(u"action");
        } else {
            JsonOutput action;
            action.add(u"kind", PlaybookStep::actionKindName(step.actionKind()));
            if (step.actionKind() == StepActionKind::OpenUrl) {
                action.add(u"url", step.actionUrlKey()).add(u"href", playbook.url(step.actionUrlKey()).toString());
            }
            json.addRaw(u"action", action.toString());
        }
        steps.append(json.toString());
    }
    return JsonOutput()
        .add(u"service", playbook.id())
        .add(u"name", playbook.name().text(language))
        .add(u"scenario", scenario.id())
        .add(u"language", language)
        .add(u"title", scenario.title().text(language))
        .add(u"summary", scenario.summary().text(language))
        .addRaw(u"urls", urls.toString())
        .addRaw(u"steps", JsonOutput::array(steps))
        .toString();
}

} // namespace tessera::cli
