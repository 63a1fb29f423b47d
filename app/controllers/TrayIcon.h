// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOwnedSingleton.h"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace tessera {

/* The icon in the system tray and its menu (issue 5 item 7): copy a favorite's code, show or
 * hide the window, lock, quit. It only asks — every entry emits a signal and the QML (or the
 * Application) does the work, so the tray never sees a secret or a code: favorites are shown by
 * their label only.
 *
 * QSystemTrayIcon is a Qt Widgets class, so the program must run a QApplication. When the desktop
 * has no tray (`available` false) the menu still exists but nothing shows; the window must then
 * not hide itself into the tray. Without a QApplication (e.g. a QML test) it is inert: no menu,
 * no icon, the properties still work. */
class TrayIcon : public QObject, public AppOwnedSingleton<TrayIcon> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ isAvailable CONSTANT)
    Q_PROPERTY(bool visible READ isVisible WRITE setVisible NOTIFY visibleChanged)
    Q_PROPERTY(bool locked READ isLocked WRITE setLocked NOTIFY lockedChanged)
    Q_PROPERTY(bool windowShown READ isWindowShown WRITE setWindowShown NOTIFY windowShownChanged)
    Q_PROPERTY(int favoriteCount READ favoriteCount NOTIFY favoritesChanged)

public:
    /* More favorites than this are left out of the menu: it is a shortcut, not a second list. */
    static constexpr int MaxFavorites = 15;
    /* Longer labels are shortened with "…" so the menu stays narrow. */
    static constexpr int MaxLabelLength = 48;

    explicit TrayIcon(QObject* parent); // no default: see Application.cpp (Qt 6.4 singletons)
    ~TrayIcon() override;

    [[nodiscard]] static bool isAvailable();
    [[nodiscard]] bool isVisible() const { return m_visible; }
    void setVisible(bool visible);
    [[nodiscard]] bool isLocked() const { return m_locked; }
    void setLocked(bool locked);
    [[nodiscard]] bool isWindowShown() const { return m_windowShown; }
    void setWindowShown(bool shown);
    [[nodiscard]] int favoriteCount() const { return int(m_favoriteActions.size()); }

    /* Replaces the favorites: a list of {accountId, label} maps, in menu order. Entries without
     * an id are skipped. */
    Q_INVOKABLE void setFavorites(const QVariantList& items);
    /* A desktop notification from the tray icon (e.g. "Code copied" while the window is hidden). */
    Q_INVOKABLE void showMessage(const QString& title, const QString& message);

    /* For tests: the menu the tray shows. */
    [[nodiscard]] QMenu* menu() const { return m_menu.get(); }

Q_SIGNALS:
    void visibleChanged();
    void lockedChanged();
    void windowShownChanged();
    void favoritesChanged();

    /* Copy this account's current code (the QML does it, with the usual clipboard rules). */
    void copyRequested(const QString& accountId);
    /* Show the window if hidden, hide it if shown (menu entry or a click on the icon). */
    void showHideRequested();
    /* Show and raise the window ("Unlock…" while locked). */
    void showRequested();
    void lockRequested();
    void quitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /* The menu's fixed words in the current language (at start and after a switch). */
    void retranslate();
    void updateActions();

    // The menu has no parent widget, so we own it; the destructor deletes the tray icon (which
    // points at the menu) before the menu goes.
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon* m_tray = nullptr;
    QAction* m_favoritesEnd = nullptr;
    QAction* m_unlock = nullptr;
    QAction* m_showHide = nullptr;
    QAction* m_lock = nullptr;
    QAction* m_quit = nullptr;
    QList<QAction*> m_favoriteActions;
    bool m_visible = false;
    bool m_locked = false;
    bool m_windowShown = true;
};

} // namespace tessera
