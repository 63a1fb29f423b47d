// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace tessera::recovery {

/* One user-visible playbook string in every language it was written in ("en" always, then
 * "es", "fr", "pt_BR", "ru"). Playbook text is data, not code, so it is translated in the
 * playbook files rather than through Qt's .ts files. */
class LocalizedText {
public:
    LocalizedText() = default;
    explicit LocalizedText(QMap<QString, QString> texts);

    /* The text in `language` ("fr", "fr_FR", "pt-BR", "pt_BR.UTF-8"): the exact language, then
     * the same language in another country (pt → pt_BR), then English. A shopper reading
     * Brazilian Portuguese in Portugal is better served than one reading English. */
    [[nodiscard]] QString text(const QString& language) const;
    [[nodiscard]] QString english() const { return m_texts.value(QStringLiteral("en")); }

    [[nodiscard]] bool has(const QString& language) const { return m_texts.contains(language); }
    [[nodiscard]] QStringList languages() const { return m_texts.keys(); }
    [[nodiscard]] const QMap<QString, QString>& texts() const { return m_texts; }

    /* The languages every bundled playbook is written in, English first. */
    [[nodiscard]] static QStringList supportedLanguages();

    /* The supported language that text(language) would use when every translation is there
     * ("fr_FR" → "fr", "pt" → "pt_BR", "C" → "en"); empty when no supported language fits. */
    [[nodiscard]] static QString resolve(const QString& language);

private:
    QMap<QString, QString> m_texts;
};

} // namespace tessera::recovery
