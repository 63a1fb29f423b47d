// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace tessera::test {

ProcessResult runCli(const QStringList& arguments)
{
    return run(QDir(binaryDir()).filePath(u"tessera-cli"_s), arguments);
}

void forgetDisplay()
{
    qunsetenv("QT_QPA_PLATFORM");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
}

QString outText(const ProcessResult& result)
{
    QString text = QString::fromUtf8(result.out);
    if (text.endsWith(u'\n')) {
        text.chop(1);
    }
    return text;
}

QString singleErrorLine(const ProcessResult& result)
{
    const QString err = QString::fromUtf8(result.err);
    if (!err.startsWith(u"tessera-cli: "_s) || !err.endsWith(u'\n') || err.count(u'\n') != 1) {
        return {};
    }
    return err.chopped(1);
}

} // namespace tessera::test
