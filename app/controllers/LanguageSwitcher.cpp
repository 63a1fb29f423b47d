// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageSwitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlEngine>

using namespace Qt::Literals::StringLiterals;

namespace tessera {

const QStringList& LanguageSwitcher::translatedLanguages()
{
    static const QStringList languages{u"es"_s, u"fr"_s, u"pt_BR"_s, u"ru"_s};
    return languages;
}

LanguageSwitcher::LanguageSwitcher(QObject* parent)
    : QObject(parent)
    , m_current(u"en"_s)
{
}

void LanguageSwitcher::setEngine(QQmlEngine* engine)
{
    m_engine = engine;
    updateEngine();
}

void LanguageSwitcher::updateEngine()
{
    if (m_engine) {
        // Qt.uiLanguage follows, and every qsTr() binding is evaluated again.
        m_engine->setUiLanguage(m_current);
        m_engine->retranslate();
    }
}

void LanguageSwitcher::installQtTranslation(const QString& code)
{
    if (m_qtInstalled) {
        QCoreApplication::removeTranslator(&m_qtTranslator);
        m_qtInstalled = false;
    }
    if (code == u"en"_s) {
        return;
    }
    // qt_<code>.qm is a meta catalogue that pulls in qtbase_<code>.qm and the other modules'.
    if (m_qtTranslator.load(u"qt_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
    }
}

QString LanguageSwitcher::apply(const QString& code)
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    QString chosen = u"en"_s;
    if (code.isEmpty()) {
        // QTranslator walks the system's UI languages in order ("pt-BR" → tessera_pt_BR, then
        // tessera_pt) and stops at the first it has.
        if (m_translator.load(QLocale::system(), u"tessera"_s, u"_"_s, u":/i18n"_s)) {
            chosen = m_translator.language().replace(u'-', u'_');
            m_installed = QCoreApplication::installTranslator(&m_translator);
        }
    } else if (translatedLanguages().contains(code) && m_translator.load(u"tessera_"_s + code, u":/i18n"_s)) {
        chosen = code;
        m_installed = QCoreApplication::installTranslator(&m_translator);
    }
    if (chosen == u"en"_s && !m_installed && m_translator.load(u"tessera_en"_s, u":/i18n"_s)) {
        // English is the source, but its plurals ("1 account", "2 accounts") live in tessera_en;
        // without it a system in the C locale read "Exported 4 account(s)" (seen under Xvfb).
        m_installed = QCoreApplication::installTranslator(&m_translator);
    }
    installQtTranslation(chosen);
    // Dates and numbers too (Qt.locale() in QML, the emergency kit's date): a Spanish window
    // should not print "23 November" because the system is set to English, nor the reverse.
    QLocale::setDefault(code.isEmpty() ? QLocale::system() : QLocale(code));
    const bool changed = chosen != m_current;
    m_current = chosen;
    updateEngine();
    if (changed) {
        Q_EMIT languageChanged(chosen);
    }
    return chosen;
}

} // namespace tessera
