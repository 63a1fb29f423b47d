// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuickItemFinder.h"

#include <QQuickItem>

namespace tessera::test {

QQuickItem* QuickItemFinder::find(QObject* root, const QString& name)
{
    if (!root) {
        return nullptr;
    }
    // Hidden pages of a StackView and closed dialogs keep their items: only a visible one counts.
    if (auto* item = qobject_cast<QQuickItem*>(root); item && root->objectName() == name && item->isVisible()) {
        return item;
    }
    if (auto* item = qobject_cast<QQuickItem*>(root)) {
        for (QQuickItem* child : item->childItems()) {
            if (QQuickItem* found = find(child, name)) {
                return found;
            }
        }
    }
    for (QObject* child : root->children()) {
        if (QQuickItem* found = find(child, name)) {
            return found;
        }
    }
    return nullptr;
}

} // namespace tessera::test
