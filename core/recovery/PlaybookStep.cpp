// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaybookStep.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::recovery {

PlaybookStep::PlaybookStep(QString id, LocalizedText title, LocalizedText detail, QList<LocalizedText> tips,
                           StepActionKind actionKind, QString actionUrlKey)
    : m_id(std::move(id))
    , m_title(std::move(title))
    , m_detail(std::move(detail))
    , m_tips(std::move(tips))
    , m_actionKind(actionKind)
    , m_actionUrlKey(std::move(actionUrlKey))
{
}

QString PlaybookStep::actionKindName(StepActionKind kind)
{
    switch (kind) {
    case StepActionKind::None:
        return {};
    case StepActionKind::OpenUrl:
        return u"open-url"_s;
    case StepActionKind::GeneratePassword:
        return u"generate-password"_s;
    case StepActionKind::OpenAccountRecoveryInfo:
        return u"open-account-recovery-info"_s;
    case StepActionKind::CheckClock:
        return u"check-clock"_s;
    }
    return {};
}

std::optional<StepActionKind> PlaybookStep::actionKindFromName(const QString& name)
{
    for (const StepActionKind candidate : {StepActionKind::OpenUrl, StepActionKind::GeneratePassword,
                                           StepActionKind::OpenAccountRecoveryInfo, StepActionKind::CheckClock}) {
        if (actionKindName(candidate) == name) {
            return candidate;
        }
    }
    return std::nullopt;
}

} // namespace tessera::recovery
