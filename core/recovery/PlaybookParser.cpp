// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaybookParser.h"

#include "PasswordRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tessera::recovery {

namespace {

constexpr int kFormat = 1;
constexpr double kMaxPasswordLength = 256; // PasswordRules::kLongestAllowed

Error invalid(const QString& place, const QString& message)
{
    return Error(ErrorCode::InvalidInput, place.isEmpty() ? message : place + u": "_s + message);
}

/* Ids are kebab-case words ("forgot-password", "open-login-page"): they end up in saved
 * progress, on the command line and in file names, so they stay plain ASCII. */
bool isId(const QString& text)
{
    static const QRegularExpression kId(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    return text.size() <= 64 && kId.match(text).hasMatch();
}

bool isHostName(const QString& text)
{
    static const QRegularExpression kHost(u"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"_s);
    return text.size() <= 253 && kHost.match(text).hasMatch();
}

Result<void> checkKeys(const QJsonObject& object, const QStringList& allowed, const QString& place)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            const QString shown = it.key().size() <= 40 ? it.key() : it.key().left(40) + u"…"_s;
            return invalid(place, u"unknown field '%1' (expected one of: %2)."_s.arg(shown, allowed.join(u", "_s)));
        }
    }
    return {};
}

QString joinPlace(const QString& place, const QString& more)
{
    return place.isEmpty() ? more : place + u", "_s + more;
}

} // namespace

Result<Playbook> PlaybookParser::parse(const QByteArray& json)
{
    if (json.size() > kMaxSize) {
        return invalid({}, u"The playbook is larger than 1 MiB; playbooks are short text files."_s);
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return invalid({}, u"The playbook is not valid JSON (%1 at character %2)."_s.arg(parseError.errorString())
                               .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return invalid({}, u"The playbook must be a JSON object {…}."_s);
    }
    PlaybookParser parser;
    if (auto read = parser.readTop(document.object()); !read) {
        return read.error();
    }
    return std::move(parser.m_playbook);
}

Result<void> PlaybookParser::readTop(const QJsonObject& top)
{
    if (auto keys = checkKeys(top,
                              {u"format"_s, u"id"_s, u"name"_s, u"domains"_s, u"issuers"_s, u"urls"_s,
                               u"passwordRules"_s, u"scenarios"_s},
                              {});
        !keys) {
        return keys;
    }
    const QJsonValue format = top.value(u"format"_s);
    if (format.isUndefined()) {
        return invalid({}, u"'format' is missing (it must be %1)."_s.arg(kFormat));
    }
    if (!format.isDouble() || format.toDouble() != std::floor(format.toDouble())) {
        return invalid({}, u"'format' must be the number %1."_s.arg(kFormat));
    }
    if (format.toDouble() > kFormat) {
        return Error(ErrorCode::Unsupported,
                     u"This playbook is in a newer format than this version of Tessera reads (%1)."_s.arg(kFormat));
    }
    if (format.toDouble() != kFormat) {
        return invalid({}, u"'format' must be the number %1."_s.arg(kFormat));
    }

    const QJsonValue id = top.value(u"id"_s);
    if (!id.isString() || !isId(id.toString())) {
        return invalid({}, u"'id' must be lowercase letters, digits and single hyphens, like \"aliexpress\"."_s);
    }
    m_playbook.m_id = id.toString();

    auto name = readText(top.value(u"name"_s), {}, u"name"_s);
    if (!name) {
        return name.error();
    }
    m_playbook.m_name = *name;

    for (auto read : {readDomains(top.value(u"domains"_s)), readIssuers(top.value(u"issuers"_s)),
                      readUrls(top.value(u"urls"_s)), readPasswordRules(top.value(u"passwordRules"_s))}) {
        if (!read) {
            return read;
        }
    }
    return readScenarios(top.value(u"scenarios"_s));
}

Result<void> PlaybookParser::readDomains(const QJsonValue& value)
{
    if (!value.isArray()) {
        return invalid({}, u"'domains' must be a list of host names (it may be empty)."_s);
    }
    const QJsonArray domains = value.toArray();
    for (qsizetype i = 0; i < domains.size(); ++i) {
        const QString domain = domains.at(i).toString();
        if (!isHostName(domain)) {
            return invalid({}, u"domain %1 must be a lowercase host name like \"aliexpress.com\"."_s.arg(i + 1));
        }
        if (m_playbook.m_domains.contains(domain)) {
            return invalid({}, u"domain '%1' is listed twice."_s.arg(domain));
        }
        m_playbook.m_domains.append(domain);
    }
    return {};
}

Result<void> PlaybookParser::readIssuers(const QJsonValue& value)
{
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isArray()) {
        return invalid({}, u"'issuers' must be a list of names."_s);
    }
    const QJsonArray issuers = value.toArray();
    for (qsizetype i = 0; i < issuers.size(); ++i) {
        const QString issuer = issuers.at(i).toString().trimmed();
        if (issuer.isEmpty() || issuer.size() > 100) {
            return invalid({}, u"issuer %1 must be a non-empty name of at most 100 characters."_s.arg(i + 1));
        }
        m_playbook.m_issuers.append(issuer);
    }
    return {};
}

Result<void> PlaybookParser::readUrls(const QJsonValue& value)
{
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isObject()) {
        return invalid({}, u"'urls' must be an object like {\"login\": \"https://…\"}."_s);
    }
    const QJsonObject urls = value.toObject();
    if (auto keys = checkKeys(urls, Playbook::urlKeys(), u"urls"_s); !keys) {
        return keys;
    }
    for (auto it = urls.begin(); it != urls.end(); ++it) {
        const QString place = u"urls"_s;
        const QUrl url(it.value().toString(), QUrl::StrictMode);
        // An official page is what stands between a shopper and a phishing link: only https,
        // only the service's own hosts, nothing that can hide the real host.
        if (!it.value().isString() || !url.isValid() || url.isRelative()) {
            return invalid(place, u"'%1' must be a full https:// address."_s.arg(it.key()));
        }
        if (url.scheme() != u"https"_s) {
            return invalid(place, u"'%1' must use https://."_s.arg(it.key()));
        }
        if (!url.userInfo().isEmpty() || (url.port() != -1 && url.port() != 443)) {
            return invalid(place, u"'%1' must not contain a user name, password or port."_s.arg(it.key()));
        }
        if (!m_playbook.m_domains.contains(url.host())) {
            return invalid(place, u"'%1' is on %2, which is not one of the playbook's domains."_s.arg(
                                      it.key(), url.host().left(80)));
        }
        m_playbook.m_urls.insert(it.key(), url);
    }
    return {};
}

Result<void> PlaybookParser::readPasswordRules(const QJsonValue& value)
{
    if (value.isUndefined()) {
        return {};
    }
    const QString place = u"passwordRules"_s;
    if (!value.isObject()) {
        return invalid({}, u"'passwordRules' must be an object."_s);
    }
    const QJsonObject rules = value.toObject();
    if (auto keys = checkKeys(rules,
                              {u"minLength"_s, u"maxLength"_s, u"requireLetter"_s, u"requireDigit"_s,
                               u"requirePunctuation"_s, u"allowedPunctuation"_s},
                              place);
        !keys) {
        return keys;
    }
    for (const QString& key : {u"minLength"_s, u"maxLength"_s}) {
        const QJsonValue length = rules.value(key);
        if (length.isUndefined()) {
            continue;
        }
        const double number = length.toDouble(-1);
        if (!length.isDouble() || number != std::floor(number) || number < 1 || number > kMaxPasswordLength) {
            return invalid(place, u"'%1' must be a whole number from 1 to %2."_s.arg(key).arg(kMaxPasswordLength));
        }
    }
    if (rules.contains(u"minLength"_s) && rules.contains(u"maxLength"_s)
        && rules.value(u"minLength"_s).toDouble() > rules.value(u"maxLength"_s).toDouble()) {
        return invalid(place, u"'minLength' is larger than 'maxLength'."_s);
    }
    for (const QString& key : {u"requireLetter"_s, u"requireDigit"_s, u"requirePunctuation"_s}) {
        if (rules.contains(key) && !rules.value(key).isBool()) {
            return invalid(place, u"'%1' must be true or false."_s.arg(key));
        }
    }
    if (rules.contains(u"allowedPunctuation"_s)) {
        const QJsonValue allowed = rules.value(u"allowedPunctuation"_s);
        const QString text = allowed.toString();
        bool printable = allowed.isString() && !text.isEmpty();
        for (const QChar c : text) {
            printable = printable && c.unicode() > 0x20 && c.unicode() < 0x7f && !c.isLetterOrNumber();
        }
        if (!printable) {
            return invalid(place, u"'allowedPunctuation' must list ASCII punctuation marks, like \"!@#$%\"."_s);
        }
    }
    // The password helper must be able to honour the rules (e.g. not three required kinds of
    // character in two characters): its own check is the last word.
    if (auto usable = PasswordRules::fromJson(rules); !usable) {
        return invalid(place, usable.error().message());
    }
    m_playbook.m_passwordRules = rules;
    return {};
}

Result<void> PlaybookParser::readScenarios(const QJsonValue& value)
{
    if (!value.isArray()) {
        return invalid({}, u"'scenarios' must be a list."_s);
    }
    const QJsonArray scenarios = value.toArray();
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        auto scenario = readScenario(scenarios.at(i), i);
        if (!scenario) {
            return scenario.error();
        }
        if (m_playbook.scenario(scenario->id()) != nullptr) {
            return invalid({}, u"scenario '%1' is there twice."_s.arg(scenario->id()));
        }
        m_playbook.m_scenarios.append(*scenario);
    }
    for (const QString& id : PlaybookScenario::knownIds()) {
        if (m_playbook.scenario(id) == nullptr) {
            return invalid({}, u"scenario '%1' is missing; every playbook has all of: %2."_s.arg(
                                   id, PlaybookScenario::knownIds().join(u", "_s)));
        }
    }
    return {};
}

Result<PlaybookScenario> PlaybookParser::readScenario(const QJsonValue& value, qsizetype index)
{
    QString place = u"scenario %1"_s.arg(index + 1);
    if (!value.isObject()) {
        return invalid(place, u"must be an object."_s);
    }
    const QJsonObject object = value.toObject();
    const QString id = object.value(u"id"_s).toString();
    if (!isId(id)) {
        return invalid(place, u"'id' must be lowercase letters, digits and single hyphens."_s);
    }
    if (!PlaybookScenario::knownIds().contains(id)) {
        return invalid(
            place, u"'%1' is not a scenario Tessera knows (%2)."_s.arg(id, PlaybookScenario::knownIds().join(u", "_s)));
    }
    place = u"scenario '%1'"_s.arg(id);
    if (auto keys = checkKeys(object, {u"id"_s, u"title"_s, u"summary"_s, u"steps"_s}, place); !keys) {
        return keys.error();
    }
    auto title = readText(object.value(u"title"_s), place, u"title"_s);
    if (!title) {
        return title.error();
    }
    auto summary = readText(object.value(u"summary"_s), place, u"summary"_s);
    if (!summary) {
        return summary.error();
    }
    const QJsonValue stepsValue = object.value(u"steps"_s);
    if (!stepsValue.isArray() || stepsValue.toArray().isEmpty()) {
        return invalid(place, u"'steps' must be a list with at least one step."_s);
    }
    const QJsonArray stepsArray = stepsValue.toArray();
    QList<PlaybookStep> steps;
    QSet<QString> stepIds;
    for (qsizetype i = 0; i < stepsArray.size(); ++i) {
        const QString stepPlace = u"%1, step %2"_s.arg(place).arg(i + 1);
        auto step = readStep(stepsArray.at(i), stepPlace);
        if (!step) {
            return step.error();
        }
        if (stepIds.contains(step->id())) {
            return invalid(stepPlace, u"the step id '%1' is used twice in this scenario."_s.arg(step->id()));
        }
        stepIds.insert(step->id());
        steps.append(*step);
    }
    return PlaybookScenario(id, *title, *summary, steps);
}

Result<PlaybookStep> PlaybookParser::readStep(const QJsonValue& value, const QString& place)
{
    if (!value.isObject()) {
        return invalid(place, u"must be an object."_s);
    }
    const QJsonObject object = value.toObject();
    if (auto keys = checkKeys(object, {u"id"_s, u"title"_s, u"detail"_s, u"tips"_s, u"action"_s}, place); !keys) {
        return keys.error();
    }
    const QString id = object.value(u"id"_s).toString();
    if (!isId(id)) {
        return invalid(place, u"'id' must be lowercase letters, digits and single hyphens."_s);
    }
    auto title = readText(object.value(u"title"_s), place, u"title"_s);
    if (!title) {
        return title.error();
    }
    auto detail = readText(object.value(u"detail"_s), place, u"detail"_s);
    if (!detail) {
        return detail.error();
    }

    QList<LocalizedText> tips;
    const QJsonValue tipsValue = object.value(u"tips"_s);
    if (!tipsValue.isUndefined() && !tipsValue.isArray()) {
        return invalid(place, u"'tips' must be a list."_s);
    }
    const QJsonArray tipsArray = tipsValue.toArray();
    for (qsizetype i = 0; i < tipsArray.size(); ++i) {
        auto tip = readText(tipsArray.at(i), joinPlace(place, u"tip %1"_s.arg(i + 1)), u"text"_s);
        if (!tip) {
            return tip.error();
        }
        tips.append(*tip);
    }

    const QJsonValue actionValue = object.value(u"action"_s);
    if (actionValue.isUndefined()) {
        return PlaybookStep(id, *title, *detail, tips);
    }
    if (!actionValue.isObject()) {
        return invalid(place, u"'action' must be an object like {\"kind\": \"open-url\", \"url\": \"login\"}."_s);
    }
    const QJsonObject action = actionValue.toObject();
    const QString actionPlace = place + u", action"_s;
    if (auto keys = checkKeys(action, {u"kind"_s, u"url"_s}, actionPlace); !keys) {
        return keys.error();
    }
    const auto kind = PlaybookStep::actionKindFromName(action.value(u"kind"_s).toString());
    if (!kind) {
        return invalid(actionPlace, u"'kind' must be one of: open-url, generate-password, "
                                    u"open-account-recovery-info, check-clock."_s);
    }
    QString urlKey;
    if (*kind == StepActionKind::OpenUrl) {
        urlKey = action.value(u"url"_s).toString();
        if (!Playbook::urlKeys().contains(urlKey)) {
            return invalid(actionPlace, u"'url' must name one of the playbook's urls (%1)."_s.arg(
                                            Playbook::urlKeys().join(u", "_s)));
        }
        if (!m_playbook.m_urls.contains(urlKey)) {
            return invalid(actionPlace, u"the playbook has no '%1' URL to open."_s.arg(urlKey));
        }
    } else if (action.contains(u"url"_s)) {
        return invalid(actionPlace, u"'url' belongs only to the open-url kind."_s);
    }
    return PlaybookStep(id, *title, *detail, tips, *kind, urlKey);
}

Result<LocalizedText> PlaybookParser::readText(const QJsonValue& value, const QString& place, const QString& field)
{
    if (value.isUndefined()) {
        return invalid(place, u"'%1' is missing."_s.arg(field));
    }
    if (!value.isObject()) {
        return invalid(place,
                       u"'%1' must be an object of translations like {\"en\": \"…\", \"fr\": \"…\"}."_s.arg(field));
    }
    const QJsonObject object = value.toObject();
    const QStringList languages = LocalizedText::supportedLanguages();
    QMap<QString, QString> texts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!languages.contains(it.key())) {
            const QString shown = it.key().size() <= 12 ? it.key() : it.key().left(12) + u"…"_s;
            return invalid(place, u"'%1' has text in '%2', which is not one of the languages %3."_s.arg(
                                      field, shown, languages.join(u", "_s)));
        }
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
            return invalid(place, u"'%1' in '%2' must be a non-empty text."_s.arg(field, it.key()));
        }
        texts.insert(it.key(), it.value().toString());
    }
    if (!texts.contains(u"en"_s)) {
        return invalid(place, u"'%1' has no English text."_s.arg(field));
    }
    for (const QString& language : languages) {
        if (!texts.contains(language)) {
            m_playbook.m_missingTranslations.append((place.isEmpty() ? QString() : place + u": "_s)
                                                    + u"'%1' has no %2 text"_s.arg(field, language));
        }
    }
    return LocalizedText(texts);
}

} // namespace tessera::recovery
