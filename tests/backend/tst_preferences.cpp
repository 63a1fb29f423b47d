// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Preferences.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

/* Preferences over a throw-away INI file per test. */
class TestPreferences : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;

    [[nodiscard]] std::unique_ptr<tessera::Preferences> open() const
    {
        return std::make_unique<tessera::Preferences>(m_file);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_file = m_dir->filePath(u"tessera.ini"_s);
    }

    void cleanup() { m_dir.reset(); }

    void defaults()
    {
        const auto prefs = open();
        QCOMPARE(prefs->clipboardClearSeconds(), 20);
        QCOMPARE(prefs->autoLockMinutes(), 5);
        QCOMPARE(prefs->lockOnScreenLock(), true);
        QCOMPARE(prefs->language(), QString());
        QCOMPARE(prefs->sortOrder(), 0);
        QCOMPARE(prefs->hideCodes(), false);
        QCOMPARE(prefs->closeToTray(), true);
        QCOMPARE(prefs->lastGroup(), QString());
    }

    void valuesSurviveANewInstance()
    {
        {
            const auto prefs = open();
            prefs->setClipboardClearSeconds(45);
            prefs->setAutoLockMinutes(0);
            prefs->setLockOnScreenLock(false);
            prefs->setLanguage(u"pt_BR"_s);
            prefs->setSortOrder(2);
            prefs->setHideCodes(true);
            prefs->setCloseToTray(false);
            prefs->setLastGroup(u"Work"_s);
        }
        const auto again = open();
        QCOMPARE(again->clipboardClearSeconds(), 45);
        QCOMPARE(again->autoLockMinutes(), 0);
        QCOMPARE(again->lockOnScreenLock(), false);
        QCOMPARE(again->language(), u"pt_BR"_s);
        QCOMPARE(again->sortOrder(), 2);
        QCOMPARE(again->hideCodes(), true);
        QCOMPARE(again->closeToTray(), false);
        QCOMPARE(again->lastGroup(), u"Work"_s);
    }

    void syncWritesTheFileWhileOpen()
    {
        const auto prefs = open();
        prefs->setAutoLockMinutes(15);
        prefs->sync();
        QSettings file(m_file, QSettings::IniFormat);
        QCOMPARE(file.value(u"lock/autoLockMinutes"_s).toInt(), 15);
    }

    void notifiesOnlyOnChange()
    {
        const auto prefs = open();
        QSignalSpy clear(prefs.get(), &tessera::Preferences::clipboardClearSecondsChanged);
        QSignalSpy lock(prefs.get(), &tessera::Preferences::autoLockMinutesChanged);
        QSignalSpy screen(prefs.get(), &tessera::Preferences::lockOnScreenLockChanged);
        QSignalSpy language(prefs.get(), &tessera::Preferences::languageChanged);
        QSignalSpy sort(prefs.get(), &tessera::Preferences::sortOrderChanged);
        QSignalSpy hide(prefs.get(), &tessera::Preferences::hideCodesChanged);
        QSignalSpy tray(prefs.get(), &tessera::Preferences::closeToTrayChanged);
        QSignalSpy group(prefs.get(), &tessera::Preferences::lastGroupChanged);

        // The current values again: nothing changes, nothing is announced.
        prefs->setClipboardClearSeconds(20);
        prefs->setAutoLockMinutes(5);
        prefs->setLockOnScreenLock(true);
        prefs->setLanguage(QString());
        prefs->setSortOrder(0);
        prefs->setHideCodes(false);
        prefs->setCloseToTray(true);
        prefs->setLastGroup(QString());
        for (const QSignalSpy* spy : {&clear, &lock, &screen, &language, &sort, &hide, &tray, &group}) {
            QCOMPARE(spy->count(), 0);
        }

        prefs->setClipboardClearSeconds(10);
        prefs->setAutoLockMinutes(30);
        prefs->setLockOnScreenLock(false);
        prefs->setLanguage(u"fr"_s);
        prefs->setSortOrder(1);
        prefs->setHideCodes(true);
        prefs->setCloseToTray(false);
        prefs->setLastGroup(u"Home"_s);
        for (const QSignalSpy* spy : {&clear, &lock, &screen, &language, &sort, &hide, &tray, &group}) {
            QCOMPARE(spy->count(), 1);
        }

        // Twice the same new value: still one notification each.
        prefs->setClipboardClearSeconds(10);
        prefs->setLanguage(u"fr"_s);
        prefs->setLastGroup(u"Home"_s);
        QCOMPARE(clear.count(), 1);
        QCOMPARE(language.count(), 1);
        QCOMPARE(group.count(), 1);
    }

    void invalidValuesAreClamped()
    {
        const auto prefs = open();
        QSignalSpy lock(prefs.get(), &tessera::Preferences::autoLockMinutesChanged);
        prefs->setAutoLockMinutes(-3);
        QCOMPARE(prefs->autoLockMinutes(), 0);
        QCOMPARE(lock.count(), 1);
        prefs->setAutoLockMinutes(-10); // clamps to the same 0: no change
        QCOMPARE(lock.count(), 1);
        prefs->setAutoLockMinutes(100000);
        QCOMPARE(prefs->autoLockMinutes(), tessera::Preferences::maxAutoLockMinutes);

        prefs->setClipboardClearSeconds(-1);
        QCOMPARE(prefs->clipboardClearSeconds(), 0);
        prefs->setClipboardClearSeconds(301);
        QCOMPARE(prefs->clipboardClearSeconds(), 300);
        prefs->setClipboardClearSeconds(300);
        QCOMPARE(prefs->clipboardClearSeconds(), 300);

        prefs->setSortOrder(-1);
        QCOMPARE(prefs->sortOrder(), 0);
    }

    void damagedFileValuesAreClampedOrDefault()
    {
        {
            QSettings file(m_file, QSettings::IniFormat);
            file.setValue(u"clipboard/clearSeconds"_s, 99999);
            file.setValue(u"lock/autoLockMinutes"_s, u"soon"_s);
            file.setValue(u"lock/onScreenLock"_s, u"perhaps"_s);
            file.setValue(u"accounts/sortOrder"_s, -7);
            file.setValue(u"accounts/hideCodes"_s, u"true"_s);
        }
        const auto prefs = open();
        QCOMPARE(prefs->clipboardClearSeconds(), 300);
        QCOMPARE(prefs->autoLockMinutes(), 5);
        QCOMPARE(prefs->lockOnScreenLock(), true);
        QCOMPARE(prefs->sortOrder(), 0);
        QCOMPARE(prefs->hideCodes(), true);
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
