// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Playbook.h"

#include "PlaybookParser.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::recovery {

Result<Playbook> Playbook::fromJson(const QByteArray& json)
{
    return PlaybookParser::parse(json);
}

const PlaybookScenario* Playbook::scenario(const QString& id) const
{
    for (const PlaybookScenario& candidate : m_scenarios) {
        if (candidate.id() == id) {
            return &candidate;
        }
    }
    return nullptr;
}

QStringList Playbook::urlKeys()
{
    return {u"login"_s, u"passwordReset"_s, u"help"_s, u"securitySettings"_s};
}

} // namespace tessera::recovery
