// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A second launch in its own process for tst_singleinstance: hands its arguments over to the
// instance listening on argv[1]. Exit status 0: handed over; 3: became the first instance.
#include "SingleInstance.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        return 2;
    }
    tessera::SingleInstance instance(arguments.at(1));
    arguments.remove(0, 2);
    return instance.tryHandOver(arguments) ? 0 : 3;
}
