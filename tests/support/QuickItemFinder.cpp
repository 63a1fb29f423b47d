// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuickItemFinder.h"

#include <QQuickItem>
#include <QSet>

#include <algorithm>

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

namespace {

void collect(QObject* object, const QString& name, QSet<QObject*>& seen, QList<QQuickItem*>& found)
{
    // An item is reached both as a visual child and as a QObject child: visit it once.
    if (!object || seen.contains(object)) {
        return;
    }
    seen.insert(object);
    auto* item = qobject_cast<QQuickItem*>(object);
    if (item && !item->isVisible()) {
        return; // nothing below a hidden item is seen either
    }
    if (item && object->objectName() == name) {
        found.append(item);
    }
    if (item) {
        for (QQuickItem* child : item->childItems()) {
            collect(child, name, seen, found);
        }
    }
    for (QObject* child : object->children()) {
        collect(child, name, seen, found);
    }
}

} // namespace

QList<QQuickItem*> QuickItemFinder::findAll(QObject* root, const QString& name)
{
    QSet<QObject*> seen;
    QList<QQuickItem*> found;
    collect(root, name, seen, found);
    std::ranges::stable_sort(found, [](const QQuickItem* a, const QQuickItem* b) {
        return a->mapToScene(QPointF()).y() < b->mapToScene(QPointF()).y();
    });
    return found;
}

} // namespace tessera::test
