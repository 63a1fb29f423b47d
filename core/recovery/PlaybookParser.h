// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Playbook.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace tessera::recovery {

/* Reads and checks a playbook file (format 1, docs/playbooks.md). Playbooks are data a
 * contributor writes by hand, so every refusal names the field and where it is, and anything
 * unknown (a misspelt field, a language code like "pt-BR") is refused rather than ignored.
 * Any input, however broken, gives an error and never a crash (tests/fuzz/fuzz_playbook.cpp). */
class PlaybookParser {
public:
    [[nodiscard]] static Result<Playbook> parse(const QByteArray& json);

    /* Files larger than this are refused before parsing: the bundled ones are far smaller. */
    static constexpr qsizetype kMaxSize = 1024 * 1024;

private:
    PlaybookParser() = default;

    [[nodiscard]] Result<void> readTop(const QJsonObject& top);
    [[nodiscard]] Result<void> readDomains(const QJsonValue& value);
    [[nodiscard]] Result<void> readIssuers(const QJsonValue& value);
    [[nodiscard]] Result<void> readUrls(const QJsonValue& value);
    [[nodiscard]] Result<void> readPasswordRules(const QJsonValue& value);
    [[nodiscard]] Result<void> readScenarios(const QJsonValue& value);
    [[nodiscard]] Result<PlaybookScenario> readScenario(const QJsonValue& value, qsizetype index);
    [[nodiscard]] Result<PlaybookStep> readStep(const QJsonValue& value, const QString& place);
    /* A translated string: an object {"en": "…", "es": "…", …} with at least English. */
    [[nodiscard]] Result<LocalizedText> readText(const QJsonValue& value, const QString& place, const QString& field);

    Playbook m_playbook;
};

} // namespace tessera::recovery
