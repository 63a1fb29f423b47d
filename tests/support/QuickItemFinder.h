// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QObject;
class QQuickItem;

namespace tessera::test {

/* Finds what the user sees in a Qt Quick scene by objectName, for the end-to-end tests and the
 * desktop benchmark. Walks visual children and QObject children (a Popup's content hangs off
 * the overlay, a Loader's item off the Loader). */
class QuickItemFinder {
public:
    /* The first visible item named `name` below `root`, or nullptr. */
    [[nodiscard]] static QQuickItem* find(QObject* root, const QString& name);
    /* Every visible item named `name` below `root`, top to bottom as drawn (rows of a list). */
    [[nodiscard]] static QList<QQuickItem*> findAll(QObject* root, const QString& name);
};

} // namespace tessera::test
