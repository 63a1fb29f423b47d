// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

class QQmlEngine;

namespace tessera {

/* The program's language: the system's by default, or the one chosen in the settings, switched
 * live (STYLE.md rule 16). Translations are compiled in as :/i18n/tessera_<code>.qm; English is
 * the source language and needs none. Qt's own words (the standard Ok / Cancel / Yes / No / Close
 * buttons, text-field menus) come from Qt's catalogue qt_<code>.qm in Qt's translations folder
 * (Debian: qt6-translations-l10n); without it they stay English and nothing else changes. */
class LanguageSwitcher : public QObject {
    Q_OBJECT

public:
    /* Language codes with a translation, besides English ("en"). */
    static const QStringList& translatedLanguages();

    explicit LanguageSwitcher(QObject* parent = nullptr);

    /* The engine is told to re-evaluate every qsTr() binding after a switch; may be null. It is
     * given the language already applied at once. */
    void setEngine(QQmlEngine* engine);

    /* `code` is "" (follow the system), "en", or one of translatedLanguages(). Returns the
     * language now in use ("en" when the system's has no translation). */
    QString apply(const QString& code);
    [[nodiscard]] const QString& current() const { return m_current; }

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    void updateEngine();
    void installQtTranslation(const QString& code);

    QTranslator m_translator;
    bool m_installed = false;
    QTranslator m_qtTranslator;
    bool m_qtInstalled = false;
    QQmlEngine* m_engine = nullptr;
    QString m_current;
};

} // namespace tessera
