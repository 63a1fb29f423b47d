// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaybookScenario.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::recovery {

PlaybookScenario::PlaybookScenario(QString id, LocalizedText title, LocalizedText summary, QList<PlaybookStep> steps)
    : m_id(std::move(id))
    , m_title(std::move(title))
    , m_summary(std::move(summary))
    , m_steps(std::move(steps))
{
}

const PlaybookStep* PlaybookScenario::step(const QString& id) const
{
    for (const PlaybookStep& candidate : m_steps) {
        if (candidate.id() == id) {
            return &candidate;
        }
    }
    return nullptr;
}

QStringList PlaybookScenario::knownIds()
{
    return {u"forgot-password"_s,     u"hacked"_s,
            u"lost-2fa-device"_s,     u"changed-email-or-phone"_s,
            u"not-receiving-codes"_s, u"locked-out-wrong-codes"_s,
            u"new-device"_s,          u"re-enroll"_s};
}

} // namespace tessera::recovery
