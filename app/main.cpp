// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"
#include "OpenUrlEventFilter.h"
#include "SingleInstance.h"
#include "util/ProcessHardening.h"

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>

using namespace Qt::Literals::StringLiterals;

Q_IMPORT_QML_PLUGIN(Tessera_BackendPlugin)
Q_IMPORT_QML_PLUGIN(Tessera_UiPlugin)

int main(int argc, char* argv[])
{
    // Before any secret exists: no core dumps, no memory reads by other processes (SECURITY.md S5).
    const auto hardened = tessera::ProcessHardening::apply();
    // QApplication, not QGuiApplication: the system tray icon and its menu are Qt Widgets.
    QApplication app(argc, argv);
    if (!hardened) {
        qWarning("%s", qUtf8Printable(hardened.error().message()));
    }
    QApplication::setApplicationName(u"Tessera"_s);
    QApplication::setOrganizationName(u"Tessera"_s);
    QApplication::setDesktopFileName(u"org.tessera.Tessera"_s);

    // A second launch (e.g. an otpauth:// link clicked in the browser) hands its links to the
    // running Tessera, which raises its window, and leaves.
    tessera::SingleInstance instance;
    if (instance.tryHandOver(QApplication::arguments())) {
        return 0;
    }

    QQuickStyle::setStyle(u"Basic"_s);
    tessera::Application tessera({});
    QQmlApplicationEngine engine;
    if (!tessera.load(engine)) {
        return 1;
    }
    QObject::connect(&instance, &tessera::SingleInstance::activated, &tessera,
                     [&tessera] { tessera.handleArguments({}); });
    QObject::connect(&instance, &tessera::SingleInstance::linkReceived, &tessera,
                     [&tessera](const QString& link) { tessera.handleArguments({link}); });
    // macOS does not start a second Tessera for a clicked link: it sends the running one (started
    // for it if need be) a QFileOpenEvent. Installed before exec(), so a link that launched the
    // program is not missed.
    tessera::OpenUrlEventFilter openUrls;
    app.installEventFilter(&openUrls);
    QObject::connect(&openUrls, &tessera::OpenUrlEventFilter::linkReceived, &tessera,
                     [&tessera](const QString& link) { tessera.handleArguments({link}); });
    tessera.handleArguments(QApplication::arguments().mid(1));
    return QApplication::exec();
}
