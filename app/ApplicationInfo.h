// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tessera {

/* Name and version of the program, for the window title and the About box. */
class ApplicationInfo : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString name READ name CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)

public:
    explicit ApplicationInfo(QObject* parent = nullptr);

    [[nodiscard]] QString name() const;
    [[nodiscard]] QString version() const;
};

} // namespace tessera
