// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayIcon.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QMenu>
#include <QPointer>
#include <QQmlEngine>
#include <QSystemTrayIcon>
#include <QVariantMap>

using namespace Qt::Literals::StringLiterals;

namespace tessera {

namespace {

// Menu text for a favorite: '&' would become a keyboard mnemonic, and a long label a wide menu.
QString menuText(QString label)
{
    label = label.simplified();
    if (label.size() > TrayIcon::MaxLabelLength) {
        label = label.left(TrayIcon::MaxLabelLength - 1).trimmed() + u'…';
    }
    return label.replace(u'&', u"&&"_s);
}

} // namespace

TrayIcon::TrayIcon(QObject* parent)
    : QObject(parent)
{
    if (qobject_cast<QApplication*>(QCoreApplication::instance()) == nullptr) {
        return; // inert: widgets need a QApplication
    }
    m_menu = std::make_unique<QMenu>();
    m_menu->setTitle(u"Tessera"_s);
    m_favoritesEnd = m_menu->addSeparator();
    m_unlock = m_menu->addAction(QString(), this, &TrayIcon::showRequested);
    m_showHide = m_menu->addAction(QString(), this, &TrayIcon::showHideRequested);
    m_lock = m_menu->addAction(QString(), this, &TrayIcon::lockRequested);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QString(), this, &TrayIcon::quitRequested);
    retranslate();
    // A language switched in the settings reaches the application object as LanguageChange.
    QCoreApplication::instance()->installEventFilter(this);

    // The installed icon when there is one (it follows the icon theme), our own copy otherwise.
    const QIcon icon = QIcon::fromTheme(u"org.tessera.Tessera"_s, QIcon(u":/icons/org.tessera.Tessera.svg"_s));
    m_tray = new QSystemTrayIcon(icon, this);
    m_tray->setToolTip(u"Tessera"_s);
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            Q_EMIT showHideRequested();
        }
    });
    updateActions();
}

TrayIcon::~TrayIcon()
{
    // The tray icon refers to the menu: let it go first.
    delete m_tray;
    m_tray = nullptr;
}

bool TrayIcon::isAvailable()
{
    return qobject_cast<QApplication*>(QCoreApplication::instance()) != nullptr
           && QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setVisible(bool visible)
{
    if (m_visible == visible) {
        return;
    }
    m_visible = visible;
    if (m_tray != nullptr) {
        m_tray->setVisible(visible);
    }
    Q_EMIT visibleChanged();
}

void TrayIcon::setLocked(bool locked)
{
    if (m_locked == locked) {
        return;
    }
    m_locked = locked;
    updateActions();
    Q_EMIT lockedChanged();
}

void TrayIcon::setWindowShown(bool shown)
{
    if (m_windowShown == shown) {
        return;
    }
    m_windowShown = shown;
    updateActions();
    Q_EMIT windowShownChanged();
}

void TrayIcon::setFavorites(const QVariantList& items)
{
    if (m_menu == nullptr) {
        return;
    }
    qDeleteAll(m_favoriteActions);
    m_favoriteActions.clear();
    for (const QVariant& item : items) {
        if (m_favoriteActions.size() >= MaxFavorites) {
            break;
        }
        const QVariantMap map = item.toMap();
        const QString accountId = map.value(u"accountId"_s).toString();
        if (accountId.isEmpty()) {
            continue;
        }
        QString label = map.value(u"label"_s).toString();
        if (label.trimmed().isEmpty()) {
            label = tr("(no name)");
        }
        auto* action = new QAction(menuText(label), m_menu.get());
        action->setData(accountId);
        action->setToolTip(tr("Copy the code for %1").arg(label));
        connect(action, &QAction::triggered, this, [this, accountId]() { Q_EMIT copyRequested(accountId); });
        m_menu->insertAction(m_favoritesEnd, action);
        m_favoriteActions.append(action);
    }
    updateActions();
    Q_EMIT favoritesChanged();
}

void TrayIcon::showMessage(const QString& title, const QString& message)
{
    if (m_tray != nullptr && m_visible && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(title, message, QSystemTrayIcon::Information);
    }
}

void TrayIcon::retranslate()
{
    m_unlock->setText(tr("Unlock…"));
    m_lock->setText(tr("Lock"));
    m_quit->setText(tr("Quit Tessera"));
    m_unlock->setToolTip(tr("Show the window to unlock the vault"));
    m_lock->setToolTip(tr("Lock the vault now"));
    m_quit->setToolTip(tr("Close Tessera; the clipboard is cleared"));
    updateActions();
}

bool TrayIcon::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange && m_menu != nullptr) {
        retranslate();
    }
    return QObject::eventFilter(watched, event);
}

void TrayIcon::updateActions()
{
    if (m_menu == nullptr) {
        return;
    }
    // Locked: no favorites (copying would need the vault) and "Unlock…" instead of "Lock".
    for (QAction* action : std::as_const(m_favoriteActions)) {
        action->setVisible(!m_locked);
        action->setEnabled(!m_locked);
    }
    m_favoritesEnd->setVisible(!m_locked && !m_favoriteActions.isEmpty());
    m_unlock->setVisible(m_locked);
    m_lock->setVisible(!m_locked);
    m_showHide->setText(m_windowShown ? tr("Hide Tessera") : tr("Show Tessera"));
    m_showHide->setToolTip(m_windowShown ? tr("Hide the window; Tessera keeps running in the tray")
                                         : tr("Show the Tessera window"));
}

} // namespace tessera
