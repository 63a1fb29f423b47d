// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageSwitcher.h"

#include <QCoreApplication>
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
    if (m_engine) {
        // Qt.uiLanguage follows, and every qsTr() binding is evaluated again.
        m_engine->setUiLanguage(chosen);
        m_engine->retranslate();
    }
    if (chosen != m_current) {
        m_current = chosen;
        Q_EMIT languageChanged(chosen);
    }
    return chosen;
}

} // namespace tessera
