// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageSwitcher.h"
#include "TrayIcon.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QImageReader>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::TrayIcon;

namespace {

QVariantMap favorite(const QString& id, const QString& label)
{
    return QVariantMap{{u"accountId"_s, id}, {u"label"_s, label}};
}

// The entries a person sees: visible actions that are not separators.
QList<QAction*> shown(const QMenu* menu)
{
    QList<QAction*> out;
    for (QAction* action : menu->actions()) {
        if (action->isVisible() && !action->isSeparator()) {
            out.append(action);
        }
    }
    return out;
}

QStringList texts(const QList<QAction*>& actions)
{
    QStringList out;
    for (const QAction* action : actions) {
        out.append(action->text());
    }
    return out;
}

QAction* byText(const QMenu* menu, const QString& text)
{
    for (QAction* action : menu->actions()) {
        if (action->text() == text) {
            return action;
        }
    }
    return nullptr;
}

} // namespace

class TestTrayIcon : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void menuHasTheFixedEntries()
    {
        TrayIcon tray(nullptr);
        QVERIFY(tray.menu() != nullptr);
        QCOMPARE(texts(shown(tray.menu())), (QStringList{u"Hide Tessera"_s, u"Lock"_s, u"Quit Tessera"_s}));
        for (const QAction* action : shown(tray.menu())) {
            QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->text()));
        }
        QCOMPARE(tray.favoriteCount(), 0);
        QVERIFY(!tray.isVisible());
    }

    void menuFollowsALanguageSwitch()
    {
        TrayIcon tray(nullptr);
        tessera::LanguageSwitcher language(nullptr);
        QCOMPARE(language.apply(u"es"_s), u"es"_s);
        // The translator posts LanguageChange to the application; the menu follows.
        QTRY_COMPARE(texts(shown(tray.menu())),
                     (QStringList{u"Ocultar Tessera"_s, u"Bloquear"_s, u"Salir de Tessera"_s}));
        language.apply(u"en"_s);
        QTRY_COMPARE(texts(shown(tray.menu())), (QStringList{u"Hide Tessera"_s, u"Lock"_s, u"Quit Tessera"_s}));
    }

    void entriesEmitTheirSignals()
    {
        TrayIcon tray(nullptr);
        QSignalSpy showHide(&tray, &TrayIcon::showHideRequested);
        QSignalSpy lock(&tray, &TrayIcon::lockRequested);
        QSignalSpy quit(&tray, &TrayIcon::quitRequested);
        QSignalSpy show(&tray, &TrayIcon::showRequested);

        byText(tray.menu(), u"Hide Tessera"_s)->trigger();
        QCOMPARE(showHide.size(), 1);
        byText(tray.menu(), u"Lock"_s)->trigger();
        QCOMPARE(lock.size(), 1);
        byText(tray.menu(), u"Quit Tessera"_s)->trigger();
        QCOMPARE(quit.size(), 1);
        QCOMPARE(showHide.size(), 1);
        QCOMPARE(show.size(), 0);
    }

    void showHideTextFollowsTheWindow()
    {
        TrayIcon tray(nullptr);
        QSignalSpy changed(&tray, &TrayIcon::windowShownChanged);
        tray.setWindowShown(false);
        QCOMPARE(changed.size(), 1);
        QVERIFY(byText(tray.menu(), u"Show Tessera"_s) != nullptr);
        QVERIFY(byText(tray.menu(), u"Hide Tessera"_s) == nullptr);
        tray.setWindowShown(false);
        QCOMPARE(changed.size(), 1);
    }

    void favoritesAreListedAndCopy()
    {
        TrayIcon tray(nullptr);
        QSignalSpy copy(&tray, &TrayIcon::copyRequested);
        QSignalSpy changed(&tray, &TrayIcon::favoritesChanged);
        tray.setFavorites({favorite(u"id-1"_s, u"PayPal"_s), favorite(u"id-2"_s, u"Tom & Jerry's shop"_s),
                           favorite(QString(), u"no id, left out"_s)});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(tray.favoriteCount(), 2);
        QCOMPARE(texts(shown(tray.menu())),
                 (QStringList{u"PayPal"_s, u"Tom && Jerry's shop"_s, u"Hide Tessera"_s, u"Lock"_s, u"Quit Tessera"_s}));

        shown(tray.menu()).at(1)->trigger();
        QCOMPARE(copy.size(), 1);
        QCOMPARE(copy.at(0).at(0).toString(), u"id-2"_s);
    }

    void favoritesAreRebuiltNotAppended()
    {
        TrayIcon tray(nullptr);
        tray.setFavorites({favorite(u"a"_s, u"Alpha"_s), favorite(u"b"_s, u"Beta"_s)});
        tray.setFavorites({favorite(u"c"_s, u"Gamma"_s)});
        QCOMPARE(texts(shown(tray.menu())), (QStringList{u"Gamma"_s, u"Hide Tessera"_s, u"Lock"_s, u"Quit Tessera"_s}));
        tray.setFavorites({});
        QCOMPARE(tray.favoriteCount(), 0);
        QCOMPARE(texts(shown(tray.menu())), (QStringList{u"Hide Tessera"_s, u"Lock"_s, u"Quit Tessera"_s}));
        // No separator is left dangling above "Hide Tessera".
        for (const QAction* action : tray.menu()->actions()) {
            if (action->isSeparator() && action->isVisible()) {
                QVERIFY(tray.menu()->actions().indexOf(action) > 0);
                QVERIFY(tray.menu()->actions().at(tray.menu()->actions().indexOf(action) - 1)->text() != QString());
            }
        }
    }

    void longListsAndLabelsAreCapped()
    {
        TrayIcon tray(nullptr);
        QVariantList many;
        for (int i = 0; i < TrayIcon::MaxFavorites + 5; ++i) {
            many.append(favorite(u"id%1"_s.arg(i), u"Account %1"_s.arg(i)));
        }
        many.prepend(favorite(u"long"_s, QString(200, u'x')));
        tray.setFavorites(many);
        QCOMPARE(tray.favoriteCount(), TrayIcon::MaxFavorites);
        const QString first = shown(tray.menu()).at(0)->text();
        QCOMPARE(first.size(), TrayIcon::MaxLabelLength);
        QVERIFY(first.endsWith(u'…'));
    }

    void lockedHidesFavoritesAndOffersUnlock()
    {
        TrayIcon tray(nullptr);
        QSignalSpy copy(&tray, &TrayIcon::copyRequested);
        QSignalSpy show(&tray, &TrayIcon::showRequested);
        QSignalSpy lockedChanged(&tray, &TrayIcon::lockedChanged);
        tray.setFavorites({favorite(u"id-1"_s, u"PayPal"_s)});
        QAction* paypal = shown(tray.menu()).at(0);

        tray.setLocked(true);
        QCOMPARE(lockedChanged.size(), 1);
        QVERIFY(tray.isLocked());
        QCOMPARE(texts(shown(tray.menu())), (QStringList{u"Unlock…"_s, u"Hide Tessera"_s, u"Quit Tessera"_s}));
        // Even a stale reference to the entry cannot copy while locked.
        QVERIFY(!paypal->isEnabled());
        paypal->trigger();
        QCOMPARE(copy.size(), 0);
        byText(tray.menu(), u"Unlock…"_s)->trigger();
        QCOMPARE(show.size(), 1);

        // Favorites set while locked stay hidden until unlocked.
        tray.setFavorites({favorite(u"id-2"_s, u"Steam"_s)});
        QCOMPARE(texts(shown(tray.menu())), (QStringList{u"Unlock…"_s, u"Hide Tessera"_s, u"Quit Tessera"_s}));
        tray.setLocked(false);
        QCOMPARE(texts(shown(tray.menu())), (QStringList{u"Steam"_s, u"Hide Tessera"_s, u"Lock"_s, u"Quit Tessera"_s}));
    }

    void appIconIsCompiledIn()
    {
        const QString path = u":/icons/org.tessera.Tessera.svg"_s;
        QVERIFY(QFile::exists(path));
        if (!QImageReader::supportedImageFormats().contains("svg")) {
            QSKIP("Qt's SVG plugins are not installed (Debian: libqt6svg6): the tray would show no icon");
        }
        QVERIFY(!QIcon(path).pixmap(QSize(22, 22)).isNull());
    }

    void availabilityIsReported()
    {
        // Offscreen there is normally no tray; either answer is allowed, but it must match Qt's.
        QCOMPARE(TrayIcon::isAvailable(), QSystemTrayIcon::isSystemTrayAvailable());
        TrayIcon tray(nullptr);
        QSignalSpy visible(&tray, &TrayIcon::visibleChanged);
        tray.setVisible(true);
        QVERIFY(tray.isVisible());
        QCOMPARE(visible.size(), 1);
        tray.showMessage(u"Tessera"_s, u"Code copied"_s); // must not crash without a tray
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
