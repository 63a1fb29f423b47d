// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJSEngine>
#include <QPointer>

class QQmlEngine;

namespace tessera {

/* The QML side of a singleton the Application makes and owns (CRTP: `class X : public QObject,
 * public AppOwnedSingleton<X>`, then QML_SINGLETON in X). Qt 6.4 would default-construct a
 * QML_SINGLETON on its own unless the class has a static create(); this one hands QML the instance
 * set by setInstance() and keeps C++ ownership, so QML never deletes it. The pointer is a
 * QPointer: an instance destroyed first (a test's, an Application's) leaves no dangling one. */
template <typename T>
class AppOwnedSingleton {
public:
    /* QML_SINGLETON factory; setInstance() must have been called before QML loads. */
    static T* create(QQmlEngine* /*engine*/, QJSEngine* /*scriptEngine*/)
    {
        T* instance = s_instance.data();
        Q_ASSERT_X(instance, "AppOwnedSingleton::create", "setInstance() must be called before QML loads");
        QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
        return instance;
    }
    static void setInstance(T* instance) { s_instance = instance; }

protected:
    AppOwnedSingleton() = default;
    ~AppOwnedSingleton() = default;

private:
    static inline QPointer<T> s_instance;
};

} // namespace tessera
