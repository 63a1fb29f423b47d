// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalizedText.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::recovery {

namespace {

/* "pt-BR.UTF-8" → "pt_BR": locale names come from the environment in several spellings. */
QString normalisedTag(const QString& language)
{
    QString tag = language.section(u'.', 0, 0).section(u'@', 0, 0);
    tag.replace(u'-', u'_');
    const QString base = tag.section(u'_', 0, 0).toLower();
    const QString country = tag.section(u'_', 1, 1).toUpper();
    return country.isEmpty() ? base : base + u'_' + country;
}

/* The key of `texts` that best fits `language`, or empty: exact tag, then the bare language,
 * then any country variant of the same language. */
QString bestKey(const QStringList& keys, const QString& language)
{
    const QString tag = normalisedTag(language);
    if (tag.isEmpty()) {
        return {};
    }
    if (keys.contains(tag)) {
        return tag;
    }
    const QString base = tag.section(u'_', 0, 0);
    if (keys.contains(base)) {
        return base;
    }
    for (const QString& key : keys) {
        if (key.section(u'_', 0, 0) == base) {
            return key;
        }
    }
    return {};
}

} // namespace

LocalizedText::LocalizedText(QMap<QString, QString> texts)
    : m_texts(std::move(texts))
{
}

QString LocalizedText::text(const QString& language) const
{
    const QString key = bestKey(m_texts.keys(), language);
    return key.isEmpty() ? english() : m_texts.value(key);
}

QStringList LocalizedText::supportedLanguages()
{
    return {u"en"_s, u"es"_s, u"fr"_s, u"pt_BR"_s, u"ru"_s};
}

QString LocalizedText::resolve(const QString& language)
{
    if (language == u"C"_s || language == u"POSIX"_s) {
        return u"en"_s;
    }
    return bestKey(supportedLanguages(), language);
}

} // namespace tessera::recovery
