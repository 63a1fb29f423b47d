// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaybookProgress.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace tessera::recovery {

namespace {

// A phrase, not a sentence: the vault puts it into its own ("… (account 3: checklist progress …)").
Error damaged(const QString& what)
{
    return Error(ErrorCode::Damaged, u"checklist progress "_s + what);
}

} // namespace

bool PlaybookProgress::isValidId(const QString& id)
{
    if (id.isEmpty() || id.size() > 64) {
        return false;
    }
    for (const QChar c : id) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!allowed) {
            return false;
        }
    }
    return true;
}

QString PlaybookProgress::key(const QString& serviceId, const QString& scenarioId)
{
    return serviceId + u'/' + scenarioId;
}

const PlaybookProgress::Entry* PlaybookProgress::find(const QString& serviceId, const QString& scenarioId) const
{
    const auto it = m_entries.find(key(serviceId, scenarioId));
    return it == m_entries.end() ? nullptr : &it->second;
}

QStringList PlaybookProgress::keys() const
{
    QStringList result;
    for (const auto& entry : m_entries) {
        result.append(entry.first);
    }
    return result;
}

bool PlaybookProgress::isDone(const QString& serviceId, const QString& scenarioId, const QString& stepId) const
{
    const Entry* entry = find(serviceId, scenarioId);
    return entry != nullptr && entry->done.contains(stepId);
}

QStringList PlaybookProgress::doneSteps(const QString& serviceId, const QString& scenarioId) const
{
    const Entry* entry = find(serviceId, scenarioId);
    return entry != nullptr ? entry->done : QStringList();
}

QDateTime PlaybookProgress::updated(const QString& serviceId, const QString& scenarioId) const
{
    const Entry* entry = find(serviceId, scenarioId);
    return entry != nullptr ? entry->updated : QDateTime();
}

QString PlaybookProgress::firstUndone(const QString& serviceId, const QString& scenarioId,
                                      const QStringList& steps) const
{
    const Entry* entry = find(serviceId, scenarioId);
    for (const QString& step : steps) {
        if (entry == nullptr || !entry->done.contains(step)) {
            return step;
        }
    }
    return {};
}

Result<void> PlaybookProgress::setDone(const QString& serviceId, const QString& scenarioId, const QString& stepId,
                                       bool done, const QDateTime& now)
{
    if (!isValidId(serviceId) || !isValidId(scenarioId) || !isValidId(stepId)) {
        return Error(ErrorCode::InvalidInput, u"This checklist step is not one Tessera knows."_s);
    }
    Entry& entry = m_entries[key(serviceId, scenarioId)];
    if (done && !entry.done.contains(stepId)) {
        entry.done.append(stepId);
    } else if (!done) {
        entry.done.removeAll(stepId);
    }
    // Whole seconds, as stored: what is in memory equals what is read back.
    entry.updated = now.toUTC().addMSecs(-now.time().msec());
    return {};
}

void PlaybookProgress::reset(const QString& serviceId, const QString& scenarioId)
{
    m_entries.erase(key(serviceId, scenarioId));
}

QJsonObject PlaybookProgress::toJson() const
{
    QJsonObject object;
    for (const auto& [name, entry] : m_entries) {
        QJsonObject value = entry.extra;
        value.insert(u"done"_s, QJsonArray::fromStringList(entry.done));
        value.insert(u"updated"_s, entry.updated.toUTC().toString(Qt::ISODate));
        object.insert(name, value);
    }
    return object;
}

Result<PlaybookProgress> PlaybookProgress::fromJson(const QJsonObject& object)
{
    PlaybookProgress progress;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString& name = it.key();
        const qsizetype slash = name.indexOf(u'/');
        if (slash < 0 || !isValidId(name.left(slash)) || !isValidId(name.mid(slash + 1))) {
            return damaged(u"“%1” does not name a service and a scenario"_s.arg(name.left(40)));
        }
        if (!it.value().isObject()) {
            return damaged(u"“%1” is not an object"_s.arg(name));
        }
        const QJsonObject value = it.value().toObject();
        Entry entry;
        if (!value.value(u"done"_s).isArray()) {
            return damaged(u"“%1” has no list of done steps"_s.arg(name));
        }
        for (const QJsonValue& step : value.value(u"done"_s).toArray()) {
            if (!step.isString() || !isValidId(step.toString())) {
                return damaged(u"“%1” lists a step that is not a step id"_s.arg(name));
            }
            if (!entry.done.contains(step.toString())) {
                entry.done.append(step.toString());
            }
        }
        entry.updated = QDateTime::fromString(value.value(u"updated"_s).toString(), Qt::ISODate);
        if (!entry.updated.isValid()) {
            return damaged(u"“%1” has no valid time of its last change"_s.arg(name));
        }
        entry.updated = entry.updated.toUTC();
        for (auto member = value.begin(); member != value.end(); ++member) {
            if (member.key() != u"done"_s && member.key() != u"updated"_s) {
                entry.extra.insert(member.key(), member.value());
            }
        }
        progress.m_entries.emplace(name, std::move(entry));
    }
    return progress;
}

} // namespace tessera::recovery
