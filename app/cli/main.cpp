// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "otp/Clock.h"
#include "util/ProcessHardening.h"

#include "ExportCommand.h"

#include <QGuiApplication>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

QtMessageHandler s_defaultHandler = nullptr;

/* stderr is part of the interface: one "tessera-cli: " sentence per problem. Qt's image
 * plugins report through qWarning ("libpng error: Read Error"), which would add a second,
 * unprefixed line to the sentence QrCommand already prints; Tessera's own code never logs
 * secrets, but a library has no such promise. So only critical and fatal messages (a broken
 * installation) still reach the terminal. */
void quietMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg) {
        s_defaultHandler(type, context, message);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    // Before any secret exists: no core dumps, no memory reads by other processes (SECURITY.md S5).
    // Best effort: a failure (only an unusual kernel refuses) never stops a command; it is reported
    // as a qWarning, which the quiet handler keeps off stderr unless a developer changes that.
    const auto hardened = tessera::ProcessHardening::apply();
    // QCoreApplication, not QGuiApplication: reading and writing images with QImage needs no
    // display, so the CLI runs on servers and in scripts without QT_QPA_PLATFORM. Only the
    // emergency kit draws text (a PDF), which needs fonts and so a QGuiApplication; it runs on
    // the "offscreen" platform, which needs no display either.
    s_defaultHandler = qInstallMessageHandler(quietMessageHandler);
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    std::unique_ptr<QCoreApplication> app;
    if (tessera::cli::ExportCommand::needsFonts(arguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The same names as the desktop program: Vault::defaultPath() is QStandardPaths'
    // AppDataLocation, which is built from them, and the GUI and the CLI must share one vault.
    QCoreApplication::setOrganizationName(u"Tessera"_s);
    QCoreApplication::setApplicationName(u"Tessera"_s);
    QCoreApplication::setApplicationVersion(u"" TESSERA_VERSION ""_s);
    if (!hardened) {
        qWarning("%s", qUtf8Printable(hardened.error().message()));
    }

    const tessera::otp::SystemClock clock;
    return tessera::cli::Cli::run(QCoreApplication::arguments().mid(1), clock);
}
