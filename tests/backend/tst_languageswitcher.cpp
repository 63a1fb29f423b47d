// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageSwitcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::LanguageSwitcher;

namespace {

// A string of Tessera's own (qml/pages/SettingsPage.qml) and one of Qt's (a dialog's button).
QString tesseraSettings()
{
    return QCoreApplication::translate("SettingsPage", "Settings");
}
QString qtCancel()
{
    return QCoreApplication::translate("QPlatformTheme", "Cancel");
}

bool qtCataloguesInstalled()
{
    return QFileInfo::exists(QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath)).filePath(u"qtbase_es.qm"_s));
}

} // namespace

class TestLanguageSwitcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void chosenLanguageTranslatesOursAndQtsWords();
    void englishRemovesEveryTranslation();
    void unknownLanguageFallsBackToEnglish();
    void engineTakesOverTheAppliedLanguage();
};

void TestLanguageSwitcher::chosenLanguageTranslatesOursAndQtsWords()
{
    LanguageSwitcher switcher(nullptr);
    QSignalSpy changed(&switcher, &LanguageSwitcher::languageChanged);
    QCOMPARE(switcher.apply(u"es"_s), u"es"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(tesseraSettings(), u"Ajustes"_s);
    if (!qtCataloguesInstalled()) {
        QSKIP("Qt's translations are not installed (qt6-translations-l10n): Qt's own buttons stay English");
    }
    QCOMPARE(qtCancel(), u"Cancelar"_s);
    switcher.apply(u"ru"_s);
    QCOMPARE(qtCancel(), u"Отмена"_s);
}

void TestLanguageSwitcher::englishRemovesEveryTranslation()
{
    LanguageSwitcher switcher(nullptr);
    switcher.apply(u"fr"_s);
    QVERIFY(tesseraSettings() != u"Settings"_s);
    QCOMPARE(switcher.apply(u"en"_s), u"en"_s);
    QCOMPARE(tesseraSettings(), u"Settings"_s);
    QCOMPARE(qtCancel(), u"Cancel"_s);
}

void TestLanguageSwitcher::unknownLanguageFallsBackToEnglish()
{
    LanguageSwitcher switcher(nullptr);
    QCOMPARE(switcher.apply(u"xx"_s), u"en"_s);
    QCOMPARE(tesseraSettings(), u"Settings"_s);
    // English plurals come from tessera_en, whatever the system's language.
    QCOMPARE(QCoreApplication::translate("tessera::BackupController", "Exported %n account(s) to %1.", nullptr, 1),
             u"Exported 1 account to %1."_s);
    QCOMPARE(QCoreApplication::translate("tessera::BackupController", "Exported %n account(s) to %1.", nullptr, 4),
             u"Exported 4 accounts to %1."_s);
}

void TestLanguageSwitcher::engineTakesOverTheAppliedLanguage()
{
    LanguageSwitcher switcher(nullptr);
    switcher.apply(u"pt_BR"_s);
    QQmlEngine engine;
    switcher.setEngine(&engine);
    QCOMPARE(engine.uiLanguage(), u"pt_BR"_s);
    switcher.apply(u"fr"_s);
    QCOMPARE(engine.uiLanguage(), u"fr"_s);
}

QTEST_GUILESS_MAIN(TestLanguageSwitcher)
#include "tst_languageswitcher.moc"
