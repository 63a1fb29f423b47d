// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace tessera {

/* Name and version of the program, for the window title and the About box, and the folders file
 * dialogs open in (a dialog left to itself starts in the program's working folder, which for a
 * program started from a menu is wherever the desktop started it). */
class ApplicationInfo : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString name READ name CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QUrl documentsFolder READ documentsFolder CONSTANT)
    Q_PROPERTY(QUrl picturesFolder READ picturesFolder CONSTANT)

public:
    explicit ApplicationInfo(QObject* parent = nullptr);

    [[nodiscard]] QString name() const;
    [[nodiscard]] QString version() const;
    /* The user's Documents (else home) folder, as a file:// URL: where backups are saved and
     * imports are looked for. */
    [[nodiscard]] QUrl documentsFolder() const;
    /* The user's Pictures (else home) folder: where screenshots of QR codes usually are. */
    [[nodiscard]] QUrl picturesFolder() const;
};

} // namespace tessera
