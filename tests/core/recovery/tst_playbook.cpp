// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// core.playbook: every bundled playbook is complete and valid (all eight scenarios, all five
// languages, official URLs on https and on the playbook's own domains, stable unique step ids),
// and each validator rule refuses a crafted bad file with a message naming what and where.
#include "recovery/LocalizedText.h"
#include "recovery/Playbook.h"
#include "recovery/PlaybookParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::recovery::LocalizedText;
using tessera::recovery::Playbook;
using tessera::recovery::PlaybookScenario;
using tessera::recovery::PlaybookStep;
using tessera::recovery::StepActionKind;

namespace {

QJsonObject text(const QString& english)
{
    return QJsonObject{{u"en"_s, english},
                       {u"es"_s, u"es: "_s + english},
                       {u"fr"_s, u"fr: "_s + english},
                       {u"pt_BR"_s, u"pt: "_s + english},
                       {u"ru"_s, u"ru: "_s + english}};
}

/* A small playbook that passes every rule; each bad case below breaks exactly one thing. */
QJsonObject validPlaybook()
{
    QJsonArray scenarios;
    for (const QString& id : PlaybookScenario::knownIds()) {
        QJsonArray steps;
        for (int i = 1; i <= 3; ++i) {
            steps.append(QJsonObject{{u"id"_s, u"step-%1"_s.arg(i)},
                                     {u"title"_s, text(u"Title %1"_s.arg(i))},
                                     {u"detail"_s, text(u"Detail %1"_s.arg(i))},
                                     {u"tips"_s, QJsonArray{text(u"A tip"_s)}}});
        }
        scenarios.append(QJsonObject{
            {u"id"_s, id}, {u"title"_s, text(id)}, {u"summary"_s, text(u"Summary"_s)}, {u"steps"_s, steps}});
    }
    return QJsonObject{
        {u"format"_s, 1},
        {u"id"_s, u"example"_s},
        {u"name"_s, text(u"Example"_s)},
        {u"domains"_s, QJsonArray{u"example.com"_s, u"login.example.com"_s}},
        {u"issuers"_s, QJsonArray{u"Example"_s}},
        {u"urls"_s, QJsonObject{{u"login"_s, u"https://login.example.com/"_s},
                                {u"passwordReset"_s, u"https://example.com/reset"_s}}},
        {u"passwordRules"_s, QJsonObject{{u"minLength"_s, 6}, {u"maxLength"_s, 20}, {u"requireDigit"_s, true}}},
        {u"scenarios"_s, scenarios},
    };
}

QByteArray toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/* validPlaybook() with one change made to scenario `scenarioIndex`, step `stepIndex`. */
QByteArray withStep(int scenarioIndex, int stepIndex, const std::function<void(QJsonObject&)>& change)
{
    QJsonObject top = validPlaybook();
    QJsonArray scenarios = top.value(u"scenarios"_s).toArray();
    QJsonObject scenario = scenarios.at(scenarioIndex).toObject();
    QJsonArray steps = scenario.value(u"steps"_s).toArray();
    QJsonObject step = steps.at(stepIndex).toObject();
    change(step);
    steps[stepIndex] = step;
    scenario[u"steps"_s] = steps;
    scenarios[scenarioIndex] = scenario;
    top[u"scenarios"_s] = scenarios;
    return toJson(top);
}

QByteArray withTop(const std::function<void(QJsonObject&)>& change)
{
    QJsonObject top = validPlaybook();
    change(top);
    return toJson(top);
}

QByteArray withScenario(int index, const std::function<void(QJsonObject&)>& change)
{
    return withTop([&](QJsonObject& top) {
        QJsonArray scenarios = top.value(u"scenarios"_s).toArray();
        QJsonObject scenario = scenarios.at(index).toObject();
        change(scenario);
        scenarios[index] = scenario;
        top[u"scenarios"_s] = scenarios;
    });
}

QByteArray bundled(const QString& file)
{
    QFile in(u":/playbooks/"_s + file);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

QStringList bundledFiles()
{
    return QDir(u":/playbooks"_s).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
}

/* Every translated string of a playbook with the place it stands, for the completeness checks. */
QList<std::pair<QString, LocalizedText>> allTexts(const Playbook& playbook)
{
    QList<std::pair<QString, LocalizedText>> texts{{u"name"_s, playbook.name()}};
    for (const PlaybookScenario& scenario : playbook.scenarios()) {
        const QString place = u"scenario '%1'"_s.arg(scenario.id());
        texts.append({place + u" title"_s, scenario.title()});
        texts.append({place + u" summary"_s, scenario.summary()});
        for (const PlaybookStep& step : scenario.steps()) {
            const QString stepPlace = place + u" step '%1'"_s.arg(step.id());
            texts.append({stepPlace + u" title"_s, step.title()});
            texts.append({stepPlace + u" detail"_s, step.detail()});
            for (qsizetype i = 0; i < step.tips().size(); ++i) {
                texts.append({stepPlace + u" tip %1"_s.arg(i + 1), step.tips().at(i)});
            }
        }
    }
    return texts;
}

} // namespace

class TestPlaybook : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bundledPlaybooksExist()
    {
        const QStringList files = bundledFiles();
        QVERIFY2(files.contains(u"aliexpress.json"_s), qPrintable(files.join(u", "_s)));
        QVERIFY2(files.contains(u"generic.json"_s), qPrintable(files.join(u", "_s)));
    }

    void bundledPlaybookIsValidAndComplete_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString& file : bundledFiles()) {
            QTest::newRow(qPrintable(file)) << file;
        }
    }
    void bundledPlaybookIsValidAndComplete()
    {
        QFETCH(QString, file);
        auto playbook = Playbook::fromJson(bundled(file));
        QVERIFY2(playbook.hasValue(), qPrintable(playbook ? QString() : playbook.error().message()));
        QCOMPARE(playbook->id() + u".json"_s, file);

        // All eight scenarios, in the documented order.
        QStringList ids;
        for (const PlaybookScenario& scenario : playbook->scenarios()) {
            ids.append(scenario.id());
        }
        QCOMPARE(ids, PlaybookScenario::knownIds());

        // Every language for every string (the parser's list, and an independent walk).
        QVERIFY2(playbook->missingTranslations().isEmpty(), qPrintable(playbook->missingTranslations().join(u"\n"_s)));
        for (const auto& [place, localized] : allTexts(*playbook)) {
            for (const QString& language : LocalizedText::supportedLanguages()) {
                QVERIFY2(!localized.texts().value(language).trimmed().isEmpty(),
                         qPrintable(place + u" has no "_s + language));
            }
            // A translation that is the English text again is a forgotten translation (names
            // like "AliExpress" excepted).
            if (place != u"name"_s) {
                for (const QString& language : {u"es"_s, u"fr"_s, u"pt_BR"_s, u"ru"_s}) {
                    QVERIFY2(localized.texts().value(language) != localized.english(),
                             qPrintable(place + u" is not translated into "_s + language));
                }
            }
        }

        // Official URLs: https, on the playbook's own domains, nothing hiding the host.
        for (auto it = playbook->urls().cbegin(); it != playbook->urls().cend(); ++it) {
            QCOMPARE(it.value().scheme(), u"https"_s);
            QVERIFY2(playbook->domains().contains(it.value().host()), qPrintable(it.value().toString()));
            QVERIFY(it.value().userInfo().isEmpty());
        }

        // Step ids unique within each scenario; every open-url action names a URL the playbook has.
        for (const PlaybookScenario& scenario : playbook->scenarios()) {
            QSet<QString> stepIds;
            QVERIFY2(!scenario.steps().isEmpty(), qPrintable(scenario.id()));
            for (const PlaybookStep& step : scenario.steps()) {
                QVERIFY2(!stepIds.contains(step.id()), qPrintable(scenario.id() + u'/' + step.id()));
                stepIds.insert(step.id());
                if (step.actionKind() == StepActionKind::OpenUrl) {
                    QVERIFY2(playbook->url(step.actionUrlKey()).isValid(),
                             qPrintable(scenario.id() + u'/' + step.id()));
                }
            }
        }
    }

    void aliexpressPlaybookFollowsTheSeedArticles()
    {
        auto playbook = Playbook::fromJson(bundled(u"aliexpress.json"_s));
        QVERIFY(playbook.hasValue());
        QCOMPARE(playbook->passwordRules().value(u"minLength"_s).toInt(), 6);
        QCOMPARE(playbook->passwordRules().value(u"maxLength"_s).toInt(), 20);
        QVERIFY(playbook->passwordRules().value(u"requireLetter"_s).toBool());
        QVERIFY(playbook->passwordRules().value(u"requireDigit"_s).toBool());
        for (const QString& key : Playbook::urlKeys()) {
            QVERIFY2(playbook->url(key).isValid(), qPrintable(key));
        }
        for (const QString& issuer : {u"AliExpress"_s, u"Alibaba"_s}) {
            QVERIFY(playbook->issuers().contains(issuer));
        }
        QVERIFY(playbook->domains().contains(u"aliexpress.com"_s));

        // The English of each scenario, steps and tips together, holds what the seeds say.
        const auto englishOf = [&](const QString& id) {
            QString all;
            const PlaybookScenario* scenario = playbook->scenario(id);
            for (const PlaybookStep& step : scenario->steps()) {
                all += step.title().english() + u' ' + step.detail().english() + u' ';
                for (const LocalizedText& tip : step.tips()) {
                    all += tip.english() + u' ';
                }
            }
            return all;
        };
        const QString forgot = englishOf(u"forgot-password"_s);
        for (const QString& expected :
             {u"Forgot password?"_s, u"Alibaba"_s, u"slider"_s, u"SMS"_s, u"spam"_s, u"Service contact"_s,
              u"Verification code"_s, u"6 to 20 characters"_s, u"Confirm new password"_s, u"another browser"_s,
              u"app"_s, u"member ID"_s, u"a few minutes"_s, u"Resend"_s}) {
            QVERIFY2(forgot.contains(expected), qPrintable(expected));
        }
        const QString hacked = englishOf(u"hacked"_s);
        for (const QString& expected : {u"Change password"_s, u"My orders"_s, u"live chat"_s, u"email"_s,
                                        u"help center"_s, u"two-step verification"_s}) {
            QVERIFY2(hacked.contains(expected), qPrintable(expected));
        }
        const QString lost = englishOf(u"lost-2fa-device"_s);
        for (const QString& expected : {u"backup (recovery) codes"_s, u"recovery procedure"_s}) {
            QVERIFY2(lost.contains(expected), qPrintable(expected));
        }
        QVERIFY(englishOf(u"changed-email-or-phone"_s).contains(u"account settings"_s));
        QVERIFY(englishOf(u"not-receiving-codes"_s).contains(u"signal"_s));
        QVERIFY(englishOf(u"locked-out-wrong-codes"_s).contains(u"wait"_s));
        QCOMPARE(playbook->scenario(u"locked-out-wrong-codes"_s)->step(u"check-clock"_s)->actionKind(),
                 StepActionKind::CheckClock);
        QCOMPARE(playbook->scenario(u"forgot-password"_s)->step(u"set-new-password"_s)->actionKind(),
                 StepActionKind::GeneratePassword);
        const PlaybookStep* open = playbook->scenario(u"forgot-password"_s)->step(u"open-login-page"_s);
        QCOMPARE(open->actionKind(), StepActionKind::OpenUrl);
        QCOMPARE(open->actionUrlKey(), u"login"_s);
    }

    void validExampleParses()
    {
        auto playbook = Playbook::fromJson(toJson(validPlaybook()));
        QVERIFY2(playbook.hasValue(), qPrintable(playbook ? QString() : playbook.error().message()));
        QCOMPARE(playbook->id(), u"example"_s);
        QCOMPARE(playbook->name().text(u"fr"_s), u"fr: Example"_s);
        QCOMPARE(playbook->url(u"login"_s), QUrl(u"https://login.example.com/"_s));
        QVERIFY(!playbook->url(u"help"_s).isValid());
        QCOMPARE(playbook->scenarios().size(), 8);
        QCOMPARE(playbook->scenario(u"hacked"_s)->steps().size(), 3);
        QCOMPARE(playbook->scenario(u"hacked"_s)->steps().at(0).tips().size(), 1);
        QVERIFY(playbook->scenario(u"nope"_s) == nullptr);
        QVERIFY(playbook->missingTranslations().isEmpty());
    }

    void missingTranslationsAreReportedNotRefused()
    {
        const QByteArray json = withStep(1, 0, [](QJsonObject& step) {
            QJsonObject detail = step.value(u"detail"_s).toObject();
            detail.remove(u"ru"_s);
            step[u"detail"_s] = detail;
        });
        auto playbook = Playbook::fromJson(json);
        QVERIFY(playbook.hasValue());
        QCOMPARE(playbook->missingTranslations(), QStringList{u"scenario 'hacked', step 1: 'detail' has no ru text"_s});
        // The missing language falls back to English.
        QCOMPARE(playbook->scenario(u"hacked"_s)->steps().at(0).detail().text(u"ru"_s), u"Detail 1"_s);
    }

    void refusesBadPlaybooks_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("code");
        const int invalid = static_cast<int>(ErrorCode::InvalidInput);
        const auto row = [&](const char* name, const QByteArray& json, const QString& message) {
            QTest::newRow(name) << json << message << invalid;
        };

        row("not JSON", "{\"format\": 1,", u"The playbook is not valid JSON"_s);
        row("empty", QByteArray(), u"The playbook is not valid JSON"_s);
        row("array", "[]", u"The playbook must be a JSON object {…}."_s);
        row("too large", QByteArray(tessera::recovery::PlaybookParser::kMaxSize + 1, ' '),
            u"The playbook is larger than 1 MiB; playbooks are short text files."_s);
        row("unknown field", withTop([](QJsonObject& top) { top[u"nmae"_s] = 1; }),
            u"unknown field 'nmae' (expected one of: format, id, name, domains, issuers, urls, passwordRules, "
            u"scenarios)."_s);
        row("no format", withTop([](QJsonObject& top) { top.remove(u"format"_s); }),
            u"'format' is missing (it must be 1)."_s);
        row("format as text", withTop([](QJsonObject& top) { top[u"format"_s] = u"1"_s; }),
            u"'format' must be the number 1."_s);
        row("format 0", withTop([](QJsonObject& top) { top[u"format"_s] = 0; }), u"'format' must be the number 1."_s);
        QTest::newRow("newer format") << withTop([](QJsonObject& top) { top[u"format"_s] = 2; })
                                      << u"This playbook is in a newer format than this version of Tessera reads (1)."_s
                                      << static_cast<int>(ErrorCode::Unsupported);
        row("id with space", withTop([](QJsonObject& top) { top[u"id"_s] = u"Ali Express"_s; }),
            u"'id' must be lowercase letters, digits and single hyphens, like \"aliexpress\"."_s);
        row("no name", withTop([](QJsonObject& top) { top.remove(u"name"_s); }), u"'name' is missing."_s);
        row("name as plain text", withTop([](QJsonObject& top) { top[u"name"_s] = u"Example"_s; }),
            u"'name' must be an object of translations like {\"en\": \"…\", \"fr\": \"…\"}."_s);
        row("name without English", withTop([](QJsonObject& top) {
                QJsonObject name = top.value(u"name"_s).toObject();
                name.remove(u"en"_s);
                top[u"name"_s] = name;
            }),
            u"'name' has no English text."_s);
        row("language spelt pt-BR", withTop([](QJsonObject& top) {
                top[u"name"_s] = QJsonObject{{u"en"_s, u"Example"_s}, {u"pt-BR"_s, u"Exemplo"_s}};
            }),
            u"'name' has text in 'pt-BR', which is not one of the languages en, es, fr, pt_BR, ru."_s);
        row("empty translation", withTop([](QJsonObject& top) {
                top[u"name"_s] = QJsonObject{{u"en"_s, u"Example"_s}, {u"fr"_s, u"  "_s}};
            }),
            u"'name' in 'fr' must be a non-empty text."_s);
        row("domains missing", withTop([](QJsonObject& top) { top.remove(u"domains"_s); }),
            u"'domains' must be a list of host names (it may be empty)."_s);
        row("domain in capitals", withTop([](QJsonObject& top) { top[u"domains"_s] = QJsonArray{u"Example.com"_s}; }),
            u"domain 1 must be a lowercase host name like \"aliexpress.com\"."_s);
        row("domain with a path", withTop([](QJsonObject& top) {
                top[u"domains"_s] = QJsonArray{u"example.com"_s, u"example.com/x"_s};
            }),
            u"domain 2 must be a lowercase host name like \"aliexpress.com\"."_s);
        row("domain twice", withTop([](QJsonObject& top) {
                top[u"domains"_s] = QJsonArray{u"example.com"_s, u"example.com"_s};
            }),
            u"domain 'example.com' is listed twice."_s);
        row("issuer empty", withTop([](QJsonObject& top) {
                top[u"issuers"_s] = QJsonArray{u"Example"_s, u" "_s};
            }),
            u"issuer 2 must be a non-empty name of at most 100 characters."_s);
        row("plain http URL", withTop([](QJsonObject& top) {
                top[u"urls"_s] = QJsonObject{{u"login"_s, u"http://login.example.com/"_s}};
            }),
            u"urls: 'login' must use https://."_s);
        row("URL on another host", withTop([](QJsonObject& top) {
                top[u"urls"_s] = QJsonObject{{u"login"_s, u"https://login.example.com.evil.example/"_s}};
            }),
            u"urls: 'login' is on login.example.com.evil.example, which is not one of the playbook's domains."_s);
        row("URL hiding its host", withTop([](QJsonObject& top) {
                top[u"urls"_s] = QJsonObject{{u"login"_s, u"https://example.com@evil.example/"_s}};
            }),
            u"urls: 'login' must not contain a user name, password or port."_s);
        row("URL with a port", withTop([](QJsonObject& top) {
                top[u"urls"_s] = QJsonObject{{u"login"_s, u"https://example.com:8443/"_s}};
            }),
            u"urls: 'login' must not contain a user name, password or port."_s);
        row("relative URL", withTop([](QJsonObject& top) {
                top[u"urls"_s] = QJsonObject{{u"login"_s, u"/login"_s}};
            }),
            u"urls: 'login' must be a full https:// address."_s);
        row("unknown URL key", withTop([](QJsonObject& top) {
                top[u"urls"_s] = QJsonObject{{u"signup"_s, u"https://example.com/"_s}};
            }),
            u"urls: unknown field 'signup' (expected one of: login, passwordReset, help, securitySettings)."_s);
        row("password lengths reversed", withTop([](QJsonObject& top) {
                top[u"passwordRules"_s] = QJsonObject{{u"minLength"_s, 21}, {u"maxLength"_s, 20}};
            }),
            u"passwordRules: 'minLength' is larger than 'maxLength'."_s);
        row("password length not whole", withTop([](QJsonObject& top) {
                top[u"passwordRules"_s] = QJsonObject{{u"minLength"_s, 6.5}};
            }),
            u"passwordRules: 'minLength' must be a whole number from 1 to 256."_s);
        row("password rules the helper cannot meet", withTop([](QJsonObject& top) {
                top[u"passwordRules"_s] = QJsonObject{{u"minLength"_s, 1},
                                                      {u"maxLength"_s, 2},
                                                      {u"requireLetter"_s, true},
                                                      {u"requireDigit"_s, true},
                                                      {u"requirePunctuation"_s, true}};
            }),
            u"passwordRules: The password rules require 3 kinds of characters in at most 2 characters"_s);
        row("password rule not a boolean", withTop([](QJsonObject& top) {
                top[u"passwordRules"_s] = QJsonObject{{u"requireDigit"_s, u"yes"_s}};
            }),
            u"passwordRules: 'requireDigit' must be true or false."_s);
        row("punctuation with letters", withTop([](QJsonObject& top) {
                top[u"passwordRules"_s] = QJsonObject{{u"allowedPunctuation"_s, u"!a"_s}};
            }),
            u"passwordRules: 'allowedPunctuation' must list ASCII punctuation marks, like \"!@#$%\"."_s);
        row("scenario missing", withTop([](QJsonObject& top) {
                QJsonArray scenarios = top.value(u"scenarios"_s).toArray();
                scenarios.removeLast();
                top[u"scenarios"_s] = scenarios;
            }),
            u"scenario 're-enroll' is missing; every playbook has all of: forgot-password, hacked, lost-2fa-device, "
            u"changed-email-or-phone, not-receiving-codes, locked-out-wrong-codes, new-device, re-enroll."_s);
        row("scenario twice", withScenario(1, [](QJsonObject& scenario) { scenario[u"id"_s] = u"forgot-password"_s; }),
            u"scenario 'forgot-password' is there twice."_s);
        row("unknown scenario", withScenario(2, [](QJsonObject& scenario) { scenario[u"id"_s] = u"lost-cat"_s; }),
            u"scenario 3: 'lost-cat' is not a scenario Tessera knows (forgot-password, hacked, lost-2fa-device, "
            u"changed-email-or-phone, not-receiving-codes, locked-out-wrong-codes, new-device, re-enroll)."_s);
        row("scenario without steps",
            withScenario(1, [](QJsonObject& scenario) { scenario[u"steps"_s] = QJsonArray(); }),
            u"scenario 'hacked': 'steps' must be a list with at least one step."_s);
        row("scenario summary missing", withScenario(1, [](QJsonObject& scenario) { scenario.remove(u"summary"_s); }),
            u"scenario 'hacked': 'summary' is missing."_s);
        // The brief's own example of a message that names the place.
        row("detail without English",
            withStep(1, 2,
                     [](QJsonObject& step) {
                         QJsonObject detail = step.value(u"detail"_s).toObject();
                         detail.remove(u"en"_s);
                         step[u"detail"_s] = detail;
                     }),
            u"scenario 'hacked', step 3: 'detail' has no English text."_s);
        row("step id twice", withStep(0, 1, [](QJsonObject& step) { step[u"id"_s] = u"step-1"_s; }),
            u"scenario 'forgot-password', step 2: the step id 'step-1' is used twice in this scenario."_s);
        row("step id in capitals", withStep(0, 0, [](QJsonObject& step) { step[u"id"_s] = u"Step1"_s; }),
            u"scenario 'forgot-password', step 1: 'id' must be lowercase letters, digits and single hyphens."_s);
        row("unknown step field", withStep(0, 0, [](QJsonObject& step) { step[u"tip"_s] = QJsonArray(); }),
            u"scenario 'forgot-password', step 1: unknown field 'tip' (expected one of: id, title, detail, tips, "
            u"action)."_s);
        row("tip as plain text", withStep(1, 0, [](QJsonObject& step) { step[u"tips"_s] = QJsonArray{u"Hi"_s}; }),
            u"scenario 'hacked', step 1, tip 1: 'text' must be an object of translations like {\"en\": \"…\", "
            u"\"fr\": \"…\"}."_s);
        row("tips not a list", withStep(1, 0, [](QJsonObject& step) { step[u"tips"_s] = text(u"Hi"_s); }),
            u"scenario 'hacked', step 1: 'tips' must be a list."_s);
        row("unknown action",
            withStep(0, 0,
                     [](QJsonObject& step) {
                         step[u"action"_s] = QJsonObject{{u"kind"_s, u"run-program"_s}};
                     }),
            u"scenario 'forgot-password', step 1, action: 'kind' must be one of: open-url, generate-password, "
            u"open-account-recovery-info, check-clock."_s);
        row("open-url without url",
            withStep(0, 0,
                     [](QJsonObject& step) {
                         step[u"action"_s] = QJsonObject{{u"kind"_s, u"open-url"_s}};
                     }),
            u"scenario 'forgot-password', step 1, action: 'url' must name one of the playbook's urls (login, "
            u"passwordReset, help, securitySettings)."_s);
        row("open-url with an address",
            withStep(
                0, 0,
                [](QJsonObject& step) {
                    step[u"action"_s] = QJsonObject{{u"kind"_s, u"open-url"_s}, {u"url"_s, u"https://example.com/"_s}};
                }),
            u"scenario 'forgot-password', step 1, action: 'url' must name one of the playbook's urls (login, "
            u"passwordReset, help, securitySettings)."_s);
        row("open-url of a URL not given",
            withStep(0, 0,
                     [](QJsonObject& step) {
                         step[u"action"_s] = QJsonObject{{u"kind"_s, u"open-url"_s}, {u"url"_s, u"help"_s}};
                     }),
            u"scenario 'forgot-password', step 1, action: the playbook has no 'help' URL to open."_s);
        row("url on another action",
            withStep(0, 0,
                     [](QJsonObject& step) {
                         step[u"action"_s] = QJsonObject{{u"kind"_s, u"check-clock"_s}, {u"url"_s, u"login"_s}};
                     }),
            u"scenario 'forgot-password', step 1, action: 'url' belongs only to the open-url kind."_s);
    }
    void refusesBadPlaybooks()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QFETCH(int, code);
        auto playbook = Playbook::fromJson(json);
        QVERIFY(!playbook.hasValue());
        QVERIFY2(playbook.error().message().startsWith(message), qPrintable(playbook.error().message()));
        QCOMPARE(static_cast<int>(playbook.error().code()), code);
    }

    void openUrlActionParses()
    {
        const QByteArray json = withStep(0, 0, [](QJsonObject& step) {
            step[u"action"_s] = QJsonObject{{u"kind"_s, u"open-url"_s}, {u"url"_s, u"passwordReset"_s}};
        });
        auto playbook = Playbook::fromJson(json);
        QVERIFY(playbook.hasValue());
        const PlaybookStep& step = playbook->scenarios().at(0).steps().at(0);
        QCOMPARE(step.actionKind(), StepActionKind::OpenUrl);
        QCOMPARE(playbook->url(step.actionUrlKey()), QUrl(u"https://example.com/reset"_s));
        QCOMPARE(PlaybookStep::actionKindName(StepActionKind::CheckClock), u"check-clock"_s);
        QCOMPARE(PlaybookStep::actionKindFromName(u"generate-password"_s), StepActionKind::GeneratePassword);
        QVERIFY(!PlaybookStep::actionKindFromName(u""_s).has_value());
    }

    void localizedTextFallsBack_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("exact") << u"fr"_s << u"Bonjour"_s;
        QTest::newRow("with country") << u"fr_FR"_s << u"Bonjour"_s;
        QTest::newRow("with hyphen and codeset") << u"pt-BR.UTF-8"_s << u"Olá"_s;
        QTest::newRow("another country") << u"pt_PT"_s << u"Olá"_s;
        QTest::newRow("bare language") << u"pt"_s << u"Olá"_s;
        QTest::newRow("unknown language") << u"de_DE"_s << u"Hello"_s;
        QTest::newRow("C locale") << u"C"_s << u"Hello"_s;
        QTest::newRow("empty") << QString() << u"Hello"_s;
        QTest::newRow("translation missing") << u"ru"_s << u"Hello"_s;
    }
    void localizedTextFallsBack()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const LocalizedText text(
            QMap<QString, QString>{{u"en"_s, u"Hello"_s}, {u"fr"_s, u"Bonjour"_s}, {u"pt_BR"_s, u"Olá"_s}});
        QCOMPARE(text.text(language), expected);
    }

    void resolvesLanguages()
    {
        QCOMPARE(LocalizedText::resolve(u"ru_RU.UTF-8"_s), u"ru"_s);
        QCOMPARE(LocalizedText::resolve(u"pt"_s), u"pt_BR"_s);
        QCOMPARE(LocalizedText::resolve(u"es-MX"_s), u"es"_s);
        QCOMPARE(LocalizedText::resolve(u"C"_s), u"en"_s);
        QCOMPARE(LocalizedText::resolve(u"de"_s), QString());
        QCOMPARE(LocalizedText::resolve(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestPlaybook)
#include "tst_playbook.moc"
