// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The one Qt Quick Test harness: runs every tst_*.qml in QUICK_TEST_SOURCE_DIR with the
// program's QML modules (linked statically) and its style.
#include <QObject>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

using namespace Qt::Literals::StringLiterals;

Q_IMPORT_QML_PLUGIN(Tessera_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tessera_BackendPlugin)

class UiTestSetup : public QObject {
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        // The program's style (main.cpp); the tests click controls drawn by it.
        QQuickStyle::setStyle(u"Basic"_s);
    }
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        // Qt 6.4 does not search qrc:/qt/qml by default (6.5 does).
        engine->addImportPath(u"qrc:/qt/qml"_s);
    }
};

QUICK_TEST_MAIN_WITH_SETUP(ui, UiTestSetup)

#include "tst_ui.moc"
