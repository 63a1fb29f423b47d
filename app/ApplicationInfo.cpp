// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationInfo.h"

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

} // namespace tessera
