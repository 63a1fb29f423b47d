// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>

namespace tessera::recovery {

/* Which steps of a scenario checklist the user ticked, per service and scenario, for one
 * account. Saved in the vault inside the account's recovery data (docs/vault-format.md §5.1):
 *
 *   {"<serviceId>/<scenarioId>": {"done": ["<stepId>", …], "updated": "<ISO 8601 UTC>"}, …}
 *
 * Steps are kept in the order they were ticked; the checklist screen shows them in the
 * playbook's order and resumes at the first one not done. Ids are those of the playbooks
 * (lower-case letters, digits and hyphens), so a key can never be ambiguous. Members of an entry
 * this version does not know are kept. */
class PlaybookProgress {
public:
    /* True for a service, scenario or step id: 1–64 characters of a–z, 0–9 and '-'. */
    [[nodiscard]] static bool isValidId(const QString& id);

    [[nodiscard]] bool isEmpty() const { return m_entries.empty(); }
    /* The "<serviceId>/<scenarioId>" keys that have progress, sorted. */
    [[nodiscard]] QStringList keys() const;

    [[nodiscard]] bool isDone(const QString& serviceId, const QString& scenarioId, const QString& stepId) const;
    [[nodiscard]] QStringList doneSteps(const QString& serviceId, const QString& scenarioId) const;
    /* When a step of this scenario was last ticked or unticked (UTC); invalid if never. */
    [[nodiscard]] QDateTime updated(const QString& serviceId, const QString& scenarioId) const;
    /* Where to resume: the first of `steps` (the playbook's order) not done; empty when all are. */
    [[nodiscard]] QString firstUndone(const QString& serviceId, const QString& scenarioId,
                                      const QStringList& steps) const;

    /* Ticks or unticks one step at `now`. Refuses ids that are not valid (nothing changes). */
    [[nodiscard]] Result<void> setDone(const QString& serviceId, const QString& scenarioId, const QString& stepId,
                                       bool done, const QDateTime& now);
    /* Forgets the scenario's progress ("start over"); other scenarios are untouched. */
    void reset(const QString& serviceId, const QString& scenarioId);

    [[nodiscard]] QJsonObject toJson() const;
    /* ErrorCode::Damaged for a member that is not progress; the message is a phrase naming the
     * member ("checklist progress “x/y” is not an object") that the vault puts in its sentence. */
    [[nodiscard]] static Result<PlaybookProgress> fromJson(const QJsonObject& object);

    friend bool operator==(const PlaybookProgress&, const PlaybookProgress&) = default;

private:
    struct Entry {
        QStringList done;
        QDateTime updated;
        QJsonObject extra;
        friend bool operator==(const Entry&, const Entry&) = default;
    };

    [[nodiscard]] static QString key(const QString& serviceId, const QString& scenarioId);
    [[nodiscard]] const Entry* find(const QString& serviceId, const QString& scenarioId) const;

    std::map<QString, Entry> m_entries;
};

} // namespace tessera::recovery
