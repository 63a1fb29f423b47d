// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/ProcessHardening.h"

#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

using namespace Qt::Literals::StringLiterals;

Q_IMPORT_QML_PLUGIN(Tessera_BackendPlugin)
Q_IMPORT_QML_PLUGIN(Tessera_UiPlugin)

int main(int argc, char* argv[])
{
    // Before any secret exists: no core dumps, no memory reads by other processes (SECURITY.md S5).
    const auto hardened = tessera::ProcessHardening::apply();
    QGuiApplication app(argc, argv);
    if (!hardened) {
        qWarning("%s", qUtf8Printable(hardened.error().message()));
    }
    QGuiApplication::setApplicationName(u"Tessera"_s);
    QGuiApplication::setOrganizationName(u"Tessera"_s);
    QGuiApplication::setDesktopFileName(u"org.tessera.Tessera"_s);

    QTranslator translator;
    if (translator.load(QLocale(), u"tessera"_s, u"_"_s, u":/i18n"_s)) {
        QGuiApplication::installTranslator(&translator);
    }

    QQuickStyle::setStyle(u"Basic"_s);
    QQmlApplicationEngine engine;
    // Qt 6.4 does not search qrc:/qt/qml by default (6.5 does).
    engine.addImportPath(u"qrc:/qt/qml"_s);
    engine.load(QUrl(u"qrc:/qt/qml/Tessera/Ui/Main.qml"_s));
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    return QGuiApplication::exec();
}
