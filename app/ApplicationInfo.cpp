// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationInfo.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace tessera {

ApplicationInfo::ApplicationInfo(QObject* parent)
    : QObject(parent)
{
}

QString ApplicationInfo::name() const
{
    return u"Tessera"_s;
}

QString ApplicationInfo::version() const
{
    return QStringLiteral(TESSERA_VERSION);
}

namespace {

QUrl folderOr(QStandardPaths::StandardLocation location)
{
    const QString folder = QStandardPaths::writableLocation(location);
    return QUrl::fromLocalFile(!folder.isEmpty() && QDir(folder).exists() ? folder : QDir::homePath());
}

} // namespace

QUrl ApplicationInfo::documentsFolder() const
{
    return folderOr(QStandardPaths::DocumentsLocation);
}

QUrl ApplicationInfo::picturesFolder() const
{
    return folderOr(QStandardPaths::PicturesLocation);
}

} // namespace tessera
