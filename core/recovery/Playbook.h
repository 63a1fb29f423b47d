// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LocalizedText.h"
#include "PlaybookScenario.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tessera::recovery {

class PlaybookParser;

/* A service's recovery playbook (docs/playbooks.md): who it is for (domains, issuer names),
 * its official pages, its password rules and the eight scenarios. Immutable; only
 * fromJson() makes one, after checking every rule, so a Playbook is always complete. */
class Playbook {
public:
    /* Parses and validates one playbook file. The error names the exact problem and place
     * ("scenario 'hacked', step 3: 'detail' has no English text."). Missing translations are
     * not an error (English is the fallback); missingTranslations() lists them. */
    [[nodiscard]] static Result<Playbook> fromJson(const QByteArray& json);

    [[nodiscard]] const QString& id() const { return m_id; }
    [[nodiscard]] const LocalizedText& name() const { return m_name; }
    [[nodiscard]] const QStringList& domains() const { return m_domains; }
    [[nodiscard]] const QStringList& issuers() const { return m_issuers; }
    /* Official URLs by key ("login", "passwordReset", "help", "securitySettings"); only those the
     * file gives. Every one is https on one of domains(). */
    [[nodiscard]] const QMap<QString, QUrl>& urls() const { return m_urls; }
    [[nodiscard]] QUrl url(const QString& key) const { return m_urls.value(key); }
    /* The "passwordRules" object as written (empty when the service states none); the password
     * helper interprets it. */
    [[nodiscard]] const QJsonObject& passwordRules() const { return m_passwordRules; }
    [[nodiscard]] const QList<PlaybookScenario>& scenarios() const { return m_scenarios; }
    [[nodiscard]] const PlaybookScenario* scenario(const QString& id) const;

    /* Every place whose text lacks one of LocalizedText::supportedLanguages(), as
     * "scenario 'hacked', step 2, tip 1: 'text' has no ru text". Empty for a complete playbook. */
    [[nodiscard]] const QStringList& missingTranslations() const { return m_missingTranslations; }

    /* The URL keys a playbook may give. */
    [[nodiscard]] static QStringList urlKeys();

private:
    friend class PlaybookParser;
    Playbook() = default;

    QString m_id;
    LocalizedText m_name;
    QStringList m_domains;
    QStringList m_issuers;
    QMap<QString, QUrl> m_urls;
    QJsonObject m_passwordRules;
    QList<PlaybookScenario> m_scenarios;
    QStringList m_missingTranslations;
};

} // namespace tessera::recovery
