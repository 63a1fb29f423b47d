// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LocalizedText.h"
#include "PlaybookStep.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tessera::recovery {

/* One situation a shopper can be in ("I forgot my password", "my account was hacked") and the
 * checklist that leads back in. */
class PlaybookScenario {
public:
    PlaybookScenario(QString id, LocalizedText title, LocalizedText summary, QList<PlaybookStep> steps);

    [[nodiscard]] const QString& id() const { return m_id; }
    [[nodiscard]] const LocalizedText& title() const { return m_title; }
    [[nodiscard]] const LocalizedText& summary() const { return m_summary; }
    [[nodiscard]] const QList<PlaybookStep>& steps() const { return m_steps; }
    [[nodiscard]] const PlaybookStep* step(const QString& id) const;

    /* The scenario ids every playbook has, in the order they are shown. */
    [[nodiscard]] static QStringList knownIds();

private:
    QString m_id;
    LocalizedText m_title;
    LocalizedText m_summary;
    QList<PlaybookStep> m_steps;
};

} // namespace tessera::recovery
