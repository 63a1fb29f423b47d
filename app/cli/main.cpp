// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "otp/Clock.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    // QCoreApplication, not QGuiApplication: reading and writing images with QImage needs no
    // display, so the CLI runs on servers and in scripts without QT_QPA_PLATFORM.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"tessera-cli"_s);
    QCoreApplication::setApplicationVersion(u"" TESSERA_VERSION ""_s);

    const tessera::otp::SystemClock clock;
    return tessera::cli::Cli::run(QCoreApplication::arguments().mid(1), clock);
}
