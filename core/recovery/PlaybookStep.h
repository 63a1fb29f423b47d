// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LocalizedText.h"

#include <QList>
#include <QString>

#include <optional>

namespace tessera::recovery {

/* What a step's button does, if it has one. The program carries these out itself (it opens
 * the playbook's own official URL, never a link from a message), so a playbook file can only
 * name one of these, not run anything. */
enum class StepActionKind {
    None,
    OpenUrl,                 // open one of the playbook's official URLs (actionUrlKey())
    GeneratePassword,        // the password helper, honouring the playbook's password rules
    OpenAccountRecoveryInfo, // the account's own recovery details (backup codes, email, phone)
    CheckClock,              // the clock check: codes are refused when the clock is wrong
};

/* One step of a scenario's checklist. The id is stable: progress is saved by it. */
class PlaybookStep {
public:
    PlaybookStep(QString id, LocalizedText title, LocalizedText detail, QList<LocalizedText> tips,
                 StepActionKind actionKind = StepActionKind::None, QString actionUrlKey = {});

    [[nodiscard]] const QString& id() const { return m_id; }
    [[nodiscard]] const LocalizedText& title() const { return m_title; }
    [[nodiscard]] const LocalizedText& detail() const { return m_detail; }
    [[nodiscard]] const QList<LocalizedText>& tips() const { return m_tips; }
    [[nodiscard]] StepActionKind actionKind() const { return m_actionKind; }
    /* For OpenUrl: "login", "passwordReset", "help" or "securitySettings". */
    [[nodiscard]] const QString& actionUrlKey() const { return m_actionUrlKey; }

    /* The action kind as written in playbook files ("open-url", …; empty for None), and back
     * (nullopt for a word no version of Tessera knows, which the parser reports). */
    [[nodiscard]] static QString actionKindName(StepActionKind kind);
    [[nodiscard]] static std::optional<StepActionKind> actionKindFromName(const QString& name);

private:
    QString m_id;
    LocalizedText m_title;
    LocalizedText m_detail;
    QList<LocalizedText> m_tips;
    StepActionKind m_actionKind;
    QString m_actionUrlKey;
};

} // namespace tessera::recovery
