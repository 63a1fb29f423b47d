// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// End-to-end: the real program — tessera::Application, the real Main.qml and its pages, the real
// keychain (gnome-keyring in a private D-Bus session, tests/integration/with-keyring.sh) and a
// vault in a temporary folder — driven offscreen the way a user drives it: clicks, keys, the
// clipboard. One test function per journey, in order, over the same running program (a new
// user's first minutes): first run, add from a link and from an image, copy and the clipboard's
// secret hint and clearing, search, delete and undo, lock and unlock, an import preview, the
// recovery center (a checklist kept with the account, backup codes and recovery details, the
// readiness view and its fixes), a language switch. Buttons below the fold are scrolled to first.
#include "AddSourceController.h"
#include "Application.h"
#include "BackupController.h"
#include "ClipboardService.h"
#include "ImportController.h"
#include "PasswordMeter.h"
#include "Preferences.h"
#include "QrImage.h"
#include "QuickItemFinder.h"
#include "RecoveryController.h"
#include "TestEnvironment.h"
#include "VaultController.h"
#include "otp/Base32.h"
#include "otp/Clock.h"
#include "otp/OtpGenerator.h"
#include "otp/OtpParameters.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QImage>
#include <QMimeData>
#include <QPainter>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <memory>

Q_IMPORT_QML_PLUGIN(Tessera_BackendPlugin)
Q_IMPORT_QML_PLUGIN(Tessera_UiPlugin)

using namespace Qt::Literals::StringLiterals;
using namespace tessera;
using tessera::test::QuickItemFinder;

namespace {

// RFC 6238's SHA-1 secret "12345678901234567890" in Base32.
const QString kRfcSecret = u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s;
const QString kLinkAccount = u"otpauth://totp/PayPal:shopper%40example.com?secret=%1&issuer=PayPal"_s.arg(kRfcSecret);
const QString kImageAccount =
    u"otpauth://totp/AliExpress:buyer%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=AliExpress"_s;
const QString kPassword = u"correct horse battery staple 42"_s;

// Every visible text in the scene, for "nothing secret is rendered" checks.
void collectTexts(QQuickItem* item, QStringList& texts)
{
    if (!item || !item->isVisible()) {
        return;
    }
    const QVariant text = item->property("text");
    if (text.isValid()) {
        texts << text.toString();
    }
    for (QQuickItem* child : item->childItems()) {
        collectTexts(child, texts);
    }
}

QString currentCode(const QString& base32Secret, qint64 secondsAgo = 0)
{
    auto secret = otp::Base32::decode(base32Secret);
    auto generator = otp::OtpGenerator::create(otp::OtpParameters::totp().value(), secret.value().bytes());
    return generator.value().codeAt(otp::SystemClock().unixSeconds() - secondsAgo).value();
}

} // namespace

class TestDesktop : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstRunCreatesAVaultWithARecoveryPassword();
    void addsAnAccountFromAPastedLink();
    void addsAnAccountFromAnImageAndOffersToDeleteTheScreenshot();
    void copyPutsTheCodeWithTheSecretHintAndClearsIt();
    void searchFiltersAsYouType();
    void deleteThenUndoBringsTheAccountBack();
    void lockShowsNothingSecretAndThePasswordUnlocks();
    void importShowsAPreviewAndAddsOnlyWhenConfirmed();
    void recoveryChecklistIsKeptWithTheAccount();
    void recoveryDetailsKeepCodesHiddenAndRefuseUnsafeAddresses();
    void readinessPointsEachGapToItsFix();
    void languageSwitchTranslatesTheWindow();
    void cleanupTestCase();

private:
    QQuickItem* item(const QString& name) const { return QuickItemFinder::find(m_window->contentItem(), name); }
    /* The text of a visible item, or "" while it is not there (a page still loading). */
    QString textOf(const QString& name) const
    {
        QQuickItem* found = item(name);
        return found ? found->property("text").toString() : QString();
    }
    QList<QQuickItem*> items(const QString& name) const
    {
        return QuickItemFinder::findAll(m_window->contentItem(), name);
    }
    /* The account added from the AliExpress QR image (the recovery journeys use it). */
    [[nodiscard]] const vault::Account* aliExpress() const;
    /* Back to the accounts list, then that account's details page, as the ⋯ button opens it. */
    void openDetailsOf(const QString& accountId);
    void scrollIntoView(QQuickItem* target);
    void click(QQuickItem* target);
    void typeInto(QQuickItem* field, const QString& text);
    void typeText(const QString& text);

    VaultController& vault() const { return *VaultController::create(nullptr, nullptr); }
    [[nodiscard]] int accountCount() const { return vault().accountCount(); }

    QTemporaryDir m_home;
    std::unique_ptr<Application> m_application;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow* m_window = nullptr;
};

const vault::Account* TestDesktop::aliExpress() const
{
    const auto& accounts = vault().snapshot().accounts;
    const auto found = std::ranges::find_if(
        accounts, [](const vault::Account& account) { return account.token().issuer() == u"AliExpress"_s; });
    return found == accounts.end() ? nullptr : &*found;
}

void TestDesktop::openDetailsOf(const QString& accountId)
{
    QVERIFY(QMetaObject::invokeMethod(m_window, "openDetails", Q_ARG(QVariant, QVariant(accountId))));
    QTRY_VERIFY(item(u"recoveryCenterButton"_s));
}

void TestDesktop::scrollIntoView(QQuickItem* target)
{
    // As the user scrolls to a button below the fold: every Flickable around it (it has a
    // contentY) moves so that the button is in the middle of it.
    for (QQuickItem* view = target->parentItem(); view; view = view->parentItem()) {
        if (!view->property("contentY").isValid() || !view->property("contentHeight").isValid()) {
            continue;
        }
        const qreal top = target->mapToItem(view, QPointF()).y();
        if (top >= 0 && top + target->height() <= view->height()) {
            continue;
        }
        const qreal contentY = view->property("contentY").toReal();
        const qreal maxY = std::max(0.0, view->property("contentHeight").toReal() - view->height());
        const qreal wanted = contentY + top - (view->height() - target->height()) / 2;
        view->setProperty("contentY", std::clamp(wanted, 0.0, maxY));
    }
}

void TestDesktop::click(QQuickItem* target)
{
    QVERIFY(target);
    QVERIFY2(target->isEnabled(), qPrintable(target->objectName() + u" is disabled"_s));
    scrollIntoView(target);
    // Where the target is drawn only settles with the next frame (a list that just refilled
    // still lays out its rows): click what the user would see.
    QSignalSpy frame(m_window, &QQuickWindow::frameSwapped);
    m_window->requestUpdate();
    QVERIFY(frame.wait(5000));
    const QPointF center = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QTest::mouseClick(m_window, Qt::LeftButton, {}, center.toPoint());
}

void TestDesktop::typeInto(QQuickItem* field, const QString& text)
{
    QVERIFY(field);
    // PasswordField wraps its TextField (property "field").
    if (auto* inner = qvariant_cast<QQuickItem*>(field->property("field"))) {
        field = inner;
    }
    field->forceActiveFocus();
    field->setProperty("text", QString());
    typeText(text);
}

void TestDesktop::typeText(const QString& text)
{
    for (const QChar c : text) {
        QTest::keyClick(m_window, c.toLatin1());
    }
}

void TestDesktop::initTestCase()
{
    if (qEnvironmentVariable("TESSERA_TEST_KEYCHAIN") != u"available"_s) {
        QSKIP("needs a running Secret Service (run through tests/integration/with-keyring.sh)");
    }
    QVERIFY(m_home.isValid());
    QQuickStyle::setStyle(u"Basic"_s);
    Application::Options options;
    options.vaultPath = m_home.filePath(u"vault/vault.tessera"_s);
    options.settingsFile = m_home.filePath(u"settings.ini"_s);
    options.systemIntegration = false;
    m_application = std::make_unique<Application>(options);
    m_engine = std::make_unique<QQmlApplicationEngine>();
    QVERIFY(m_application->load(*m_engine));
    m_window = m_application->window();
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestDesktop::firstRunCreatesAVaultWithARecoveryPassword()
{
    QTRY_COMPARE_WITH_TIMEOUT(vault().state(), VaultController::State::NoVault, 30000);
    QTRY_VERIFY(item(u"keychainDiagnosis"_s));
    QTRY_VERIFY(vault().keychainAvailable());
    QQuickItem* recovery = item(u"recoverySwitch"_s);
    QVERIFY(recovery);
    if (!recovery->property("checked").toBool()) {
        click(recovery);
    }
    QTRY_VERIFY(item(u"passwordField"_s));
    typeInto(item(u"passwordField"_s), kPassword);
    typeInto(item(u"confirmField"_s), kPassword);
    click(item(u"createButton"_s));
    QTRY_COMPARE_WITH_TIMEOUT(vault().state(), VaultController::State::Unlocked, 60000);
    QVERIFY(vault().hasKeychainSlot());
    QVERIFY(vault().hasPasswordSlot());
    QVERIFY(QFileInfo::exists(m_home.filePath(u"vault/vault.tessera"_s)));
    QTRY_VERIFY(item(u"accountsPage"_s));
}

void TestDesktop::addsAnAccountFromAPastedLink()
{
    // The journeys build on each other: one that finds the vault locked stops at once.
    QVERIFY2(vault().state() == VaultController::State::Unlocked, "not unlocked: an earlier step failed");
    QGuiApplication::clipboard()->setText(u"Here is my key: "_s + kLinkAccount + u" (keep it safe)"_s);
    QTRY_VERIFY(item(u"accountsPage"_s));
    // Ctrl+V with no text field focused adds what the clipboard holds.
    m_window->contentItem()->forceActiveFocus();
    QTest::keyClick(m_window, Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(accountCount(), 1, 20000);
    QTRY_VERIFY(item(u"accountList"_s));
    QTRY_COMPARE(item(u"accountList"_s)->property("count").toInt(), 1);
    QVERIFY(!vault().snapshot().accounts.empty());
    QCOMPARE(vault().snapshot().accounts.front().token().issuer(), u"PayPal"_s);
}

void TestDesktop::addsAnAccountFromAnImageAndOffersToDeleteTheScreenshot()
{
    // The journeys build on each other: one that finds the vault locked stops at once.
    QVERIFY2(vault().state() == VaultController::State::Unlocked, "not unlocked: an earlier step failed");
    // A screenshot holding the QR code somewhere in it, as a web page on another screen shows it.
    auto code = documents::QrImage::render(kImageAccount, 5);
    QVERIFY(code);
    QImage screenshot(900, 600, QImage::Format_RGB32);
    screenshot.fill(QColor(0xee, 0xee, 0xf0));
    {
        QPainter painter(&screenshot);
        painter.drawImage(QPoint(420, 180), code.value());
    }
    const QString file = m_home.filePath(u"Screenshot from 2026-11-23 10-00-00.png"_s);
    QVERIFY(screenshot.save(file));
    // What the window's DropArea hands over when the file is dropped on it.
    AddSourceController* addSource = AddSourceController::create(nullptr, nullptr);
    QSignalSpy nothing(addSource, &AddSourceController::nothingFound);
    addSource->handleDrop({QUrl::fromLocalFile(file)}, QString());
    QTRY_VERIFY_WITH_TIMEOUT(accountCount() == 2 || !nothing.isEmpty(), 20000);
    QVERIFY2(nothing.isEmpty(), qPrintable(nothing.value(0).value(0).toString()));
    QCOMPARE(accountCount(), 2);
    // The screenshot shows the secret: Tessera offers to delete it, and does when told to.
    QObject* question = m_window->findChild<QObject*>(u"deleteScreenshotDialog"_s);
    QVERIFY(question);
    QTRY_VERIFY_WITH_TIMEOUT(question->property("opened").toBool(), 10000);
    click(item(u"deleteScreenshotConfirm"_s));
    QTRY_VERIFY(!QFileInfo::exists(file));
}

void TestDesktop::copyPutsTheCodeWithTheSecretHintAndClearsIt()
{
    // The journeys build on each other: one that finds the vault locked stops at once.
    QVERIFY2(vault().state() == VaultController::State::Unlocked, "not unlocked: an earlier step failed");
    // A short delay so the test sees the clearing; the default is 20 s.
    Preferences::create(nullptr, nullptr)->setClipboardClearSeconds(2);
    QQuickItem* list = item(u"accountList"_s);
    QVERIFY(list);
    list->forceActiveFocus();
    list->setProperty("currentIndex", 0);
    // The list is sorted by issuer: AliExpress first, then PayPal (the RFC 6238 secret).
    QTest::keyClick(m_window, Qt::Key_Down);
    QTest::keyClick(m_window, Qt::Key_Return);
    QClipboard* clipboard = QGuiApplication::clipboard();
    QTRY_VERIFY(!clipboard->text().isEmpty());
    const QString copied = clipboard->text();
    // The period may have rolled over between the copy and this check: then it was the code of
    // a few seconds ago.
    QVERIFY2(copied == currentCode(kRfcSecret) || copied == currentCode(kRfcSecret, 3),
             qPrintable(copied + u" is not the code of "_s + kRfcSecret));
    QVERIFY2(clipboard->mimeData()->hasFormat(ClipboardService::secretHintFormat()),
             qPrintable(clipboard->mimeData()->formats().join(u", "_s)));
    QTRY_VERIFY(item(u"toastMessage"_s));
    QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 10000);
    Preferences::create(nullptr, nullptr)->setClipboardClearSeconds(20);
}

void TestDesktop::searchFiltersAsYouType()
{
    // The journeys build on each other: one that finds the vault locked stops at once.
    QVERIFY2(vault().state() == VaultController::State::Unlocked, "not unlocked: an earlier step failed");
    QQuickItem* list = item(u"accountList"_s);
    QVERIFY(list);
    list->forceActiveFocus();
    // Typing in the list goes to the search field.
    typeText(u"alie"_s);
    QQuickItem* search = item(u"searchField"_s);
    QVERIFY(search);
    QTRY_COMPARE(search->property("text").toString(), u"alie"_s);
    QTRY_COMPARE(list->property("count").toInt(), 1);
    typeText(u"zzz"_s);
    QTRY_VERIFY(item(u"noMatchLabel"_s));
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_COMPARE(search->property("text").toString(), QString());
    QTRY_COMPARE(item(u"accountList"_s)->property("count").toInt(), 2);
}

void TestDesktop::deleteThenUndoBringsTheAccountBack()
{
    // The journeys build on each other: one that finds the vault locked stops at once.
    QVERIFY2(vault().state() == VaultController::State::Unlocked, "not unlocked: an earlier step failed");
    QVERIFY(!vault().snapshot().accounts.empty());
    const QString id = vault().snapshot().accounts.front().id();
    QQuickItem* details = item(u"detailsButton"_s);
    QVERIFY(details);
    click(details);
    QTRY_VERIFY2(item(u"deleteButton"_s),
                 qPrintable(u"details page: %1, back button: %2"_s.arg(item(u"issuerField"_s) != nullptr)
                                .arg(item(u"backButton"_s) != nullptr)));
    click(item(u"deleteButton"_s));
    QTRY_COMPARE_WITH_TIMEOUT(accountCount(), 1, 10000);
    QTRY_VERIFY(item(u"toastAction"_s));
    click(item(u"toastAction"_s));
    QTRY_COMPARE_WITH_TIMEOUT(accountCount(), 2, 10000);
    QVERIFY(vault().snapshot().find(id));
}

void TestDesktop::lockShowsNothingSecretAndThePasswordUnlocks()
{
    // The journeys build on each other: one that finds the vault locked stops at once.
    QVERIFY2(vault().state() == VaultController::State::Unlocked, "not unlocked: an earlier step failed");
    const QString code = currentCode(kRfcSecret);
    QTest::keyClick(m_window, Qt::Key_L, Qt::ControlModifier);
    QTRY_COMPARE(vault().state(), VaultController::State::Locked);
    QTRY_VERIFY(item(u"unlockButton"_s));
    QVERIFY(!item(u"accountList"_s));
    QStringList texts;
    collectTexts(m_window->contentItem(), texts);
    for (const QString& text : std::as_const(texts)) {
        QVERIFY2(!text.contains(u"PayPal"_s) && !QString(text).remove(u' ').contains(code), qPrintable(text));
    }
    QCOMPARE(vault().snapshot().accounts.size(), std::size_t(0));
    typeInto(item(u"passwordField"_s), u"wrong password"_s);
    click(item(u"unlockButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(item(u"errorLabel"_s), 30000);
    QCOMPARE(vault().state(), VaultController::State::Locked);
    // An otpauth:// link clicked in the browser while locked (handed over by a second launch)
    // waits for the unlock, then is added.
    m_application->handleArguments({u"otpauth://totp/Etsy:shopper?secret=JBSWY3DPEHPK3PXP&issuer=Etsy"_s});
    QCOMPARE(vault().snapshot().accounts.size(), std::size_t(0));
    typeInto(item(u"passwordField"_s), kPassword);
    click(item(u"unlockButton"_s));
    QTRY_COMPARE_WITH_TIMEOUT(vault().state(), VaultController::State::Unlocked, 30000);
    QTRY_COMPARE(accountCount(), 3);
    QTRY_VERIFY(std::ranges::any_of(vault().snapshot().accounts,
                                    [](const auto& account) { return account.token().issuer() == u"Etsy"_s; }));
}

void TestDesktop::importShowsAPreviewAndAddsOnlyWhenConfirmed()
{
    // The journeys build on each other: one that finds the vault locked stops at once.
    QVERIFY2(vault().state() == VaultController::State::Unlocked, "not unlocked: an earlier step failed");
    const QString fixture = test::fixturePath(u"aegis/aegis_plain.json"_s);
    if (!QFileInfo::exists(fixture)) {
        QSKIP(qPrintable(u"fixture missing: "_s + fixture));
    }
    QTest::keyClick(m_window, Qt::Key_I, Qt::ControlModifier);
    QTRY_VERIFY(item(u"importPage"_s));
    // The file dialog's answer.
    ImportController* importer = ImportController::create(nullptr, nullptr);
    importer->readFiles({QUrl::fromLocalFile(fixture)});
    QTRY_VERIFY_WITH_TIMEOUT(importer->hasPreview(), 30000);
    const int newAccounts = importer->newCount();
    QVERIFY(newAccounts > 0);
    QCOMPARE(accountCount(), 3); // nothing changes before the user confirms
    QTRY_VERIFY(item(u"importButton"_s));
    click(item(u"importButton"_s));
    QTRY_COMPARE_WITH_TIMEOUT(accountCount(), 3 + newAccounts, 30000);
}

void TestDesktop::recoveryChecklistIsKeptWithTheAccount()
{
    // The journeys build on each other: one that finds the vault locked stops at once.
    QVERIFY2(vault().state() == VaultController::State::Unlocked, "not unlocked: an earlier step failed");
    QVERIFY2(aliExpress(), "the AliExpress account from the image journey is missing");
    const QString accountId = aliExpress()->id();
    RecoveryController& recovery = *RecoveryController::create(nullptr, nullptr);
    const auto stepIds = [&recovery, &accountId] {
        QStringList ids;
        const QVariantList steps =
            recovery.checklist(u"aliexpress"_s, u"forgot-password"_s, accountId).value(u"steps"_s).toList();
        for (const QVariant& step : steps) {
            ids.append(step.toMap().value(u"id"_s).toString());
        }
        return ids;
    }();
    QVERIFY(stepIds.size() >= 5);

    // From the account: "Locked out?" opens the center with this account and its service chosen.
    openDetailsOf(accountId);
    click(item(u"recoveryCenterButton"_s));
    QTRY_VERIFY(item(u"recoveryCenterPage"_s));
    QCOMPARE(item(u"accountChoice"_s)->property("currentValue").toString(), accountId);
    QCOMPARE(item(u"serviceChoice"_s)->property("currentValue").toString(), u"aliexpress"_s);
    QTRY_VERIFY(item(u"scenario_forgot-password"_s));
    click(item(u"scenario_forgot-password"_s));
    QTRY_VERIFY(item(u"checklistPage"_s));
    QTRY_COMPARE(items(u"stepDoneBox"_s).size(), stepIds.size());

    // A tick is saved in the vault with the account.
    click(items(u"stepDoneBox"_s).at(0));
    QTRY_VERIFY_WITH_TIMEOUT(
        aliExpress()->recovery.progress.isDone(u"aliexpress"_s, u"forgot-password"_s, stepIds.at(0)), 20000);

    // Leaving and coming back resumes at the first step not done.
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_VERIFY(item(u"recoveryCenterPage"_s));
    QTRY_VERIFY(item(u"scenario_forgot-password"_s));
    click(item(u"scenario_forgot-password"_s));
    QTRY_VERIFY(item(u"checklistPage"_s));
    QTRY_VERIFY(textOf(u"progressText"_s).startsWith(u"1 of %1"_s.arg(stepIds.size())));
    QTRY_COMPARE(items(u"stepDoneBox"_s).size(), stepIds.size());
    QVERIFY(items(u"stepDoneBox"_s).at(0)->property("checked").toBool());
    QVERIFY(!items(u"stepDoneBox"_s).at(1)->property("checked").toBool());

    // The "new password" step makes one that AliExpress's rules accept.
    const QVariantList steps =
        recovery.checklist(u"aliexpress"_s, u"forgot-password"_s, accountId).value(u"steps"_s).toList();
    const auto passwordStep = std::ranges::find_if(
        steps, [](const QVariant& step) { return step.toMap().value(u"action"_s) == u"generate-password"_s; });
    QVERIFY2(passwordStep != steps.end(), "the forgot-password checklist has no password step");
    const int passwordIndex = int(std::distance(steps.begin(), passwordStep));
    QQuickItem* passwordButton = QuickItemFinder::find(
        items(u"stepDoneBox"_s).at(passwordIndex)->parentItem()->parentItem(), u"stepActionButton"_s);
    QVERIFY(passwordButton);
    QVERIFY(QMetaObject::invokeMethod(passwordButton, "clicked"));
    QTRY_VERIFY(item(u"generatedPassword"_s));
    const QString password = item(u"generatedPassword"_s)->property("text").toString();
    QVERIFY(password.size() >= 6 && password.size() <= 20);
    QVERIFY(PasswordMeter::create(nullptr, nullptr)
                ->brokenRules(password, recovery.passwordRules(u"aliexpress"_s))
                .isEmpty());
    QTest::keyClick(m_window, Qt::Key_Escape); // closes the dialog, clearing the password
    QTRY_VERIFY(!item(u"generatedPassword"_s));

    // "Start over" forgets the ticks, after a confirmation.
    QTRY_VERIFY(item(u"startOverButton"_s));
    QVERIFY(QMetaObject::invokeMethod(item(u"startOverButton"_s), "clicked"));
    QTRY_VERIFY(item(u"startOverConfirm"_s));
    click(item(u"startOverConfirm"_s));
    QTRY_VERIFY_WITH_TIMEOUT(aliExpress()->recovery.progress.doneSteps(u"aliexpress"_s, u"forgot-password"_s).empty(),
                             20000);
}

void TestDesktop::recoveryDetailsKeepCodesHiddenAndRefuseUnsafeAddresses()
{
    // The journeys build on each other: one that finds the vault locked stops at once.
    QVERIFY2(vault().state() == VaultController::State::Unlocked, "not unlocked: an earlier step failed");
    QVERIFY2(aliExpress(), "the AliExpress account from the image journey is missing");
    openDetailsOf(aliExpress()->id());
    click(item(u"recoveryDetailsButton"_s));
    QTRY_VERIFY(item(u"recoveryDetailsPage"_s));

    // Pasted codes are saved, drawn as dots until "Show codes", and one can be marked used.
    item(u"codePasteArea"_s)
        ->setProperty("text", u"Your AliExpress backup codes:\nab12-cd34\nef56-gh78\nij90-kl12\n"_s);
    QTRY_VERIFY(item(u"addCodesButton"_s)->isEnabled());
    click(item(u"addCodesButton"_s));
    QTRY_COMPARE_WITH_TIMEOUT(aliExpress()->recovery.codeCount(), 3, 20000);
    QTRY_COMPARE(items(u"codeText"_s).size(), 3);
    QStringList texts;
    collectTexts(m_window->contentItem(), texts);
    QVERIFY2(!texts.join(u'\n').contains(u"ef56-gh78"_s), "a backup code is drawn before Show");
    click(item(u"revealCodesButton"_s));
    QTRY_COMPARE(items(u"codeText"_s).value(1) ? items(u"codeText"_s).value(1)->property("text").toString() : QString(),
                 u"ef56-gh78"_s);
    click(items(u"codeUsedBox"_s).at(0));
    QTRY_COMPARE_WITH_TIMEOUT(aliExpress()->recovery.remainingCodes(), 2, 20000);
    QTRY_VERIFY(textOf(u"codeCount"_s).startsWith(u"2 of 3"_s));

    // A login address that is not https is refused with a reason, and nothing is saved.
    typeInto(item(u"loginUrlField"_s), u"http://aliexpress.example/login"_s);
    click(item(u"saveDetailsButton"_s));
    QTRY_VERIFY(item(u"detailsError"_s));
    QVERIFY(aliExpress()->recovery.loginUrl().isEmpty());
    typeInto(item(u"loginUrlField"_s), u"https://login.aliexpress.com/"_s);
    typeInto(item(u"recoveryEmailField"_s), u"buyer@example.com"_s);
    click(item(u"saveDetailsButton"_s));
    QTRY_COMPARE_WITH_TIMEOUT(aliExpress()->recovery.loginUrl(), u"https://login.aliexpress.com/"_s, 20000);
    QCOMPARE(aliExpress()->recovery.email, u"buyer@example.com"_s);
    QTRY_VERIFY(!item(u"detailsError"_s));
    QTRY_VERIFY(item(u"confirmDetailsButton"_s)->isEnabled());
    click(item(u"confirmDetailsButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(aliExpress()->recovery.confirmedAt.isValid(), 20000);

    // Leaving the page hides the codes again.
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_VERIFY(item(u"recoveryDetailsButton"_s));
    click(item(u"recoveryDetailsButton"_s));
    QTRY_COMPARE(items(u"codeText"_s).size(), 3);
    QVERIFY(items(u"codeText"_s).at(1)->property("text").toString() != u"ef56-gh78"_s);
}

void TestDesktop::readinessPointsEachGapToItsFix()
{
    // The journeys build on each other: one that finds the vault locked stops at once.
    QVERIFY2(vault().state() == VaultController::State::Unlocked, "not unlocked: an earlier step failed");
    QVERIFY2(aliExpress(), "the AliExpress account from the image journey is missing");
    const QString accountId = aliExpress()->id();
    while (!item(u"accountsPage"_s) || item(u"backButton"_s)) {
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTest::qWait(50);
    }
    // Main menu → Recovery center → "Check what is missing…".
    QVERIFY(QMetaObject::invokeMethod(m_window, "openRecoveryCenter"));
    QTRY_VERIFY(item(u"openReadinessButton"_s));
    click(item(u"openReadinessButton"_s));
    QTRY_VERIFY(item(u"readinessPage"_s));

    // The first-run journey set a recovery password: no vault-level gap. AliExpress has codes,
    // a contact and a login address now, but changed since the (never made) backup.
    QVERIFY(!item(u"vaultFinding_no-recovery-password"_s));
    QQuickItem* card = item(u"readiness_"_s + accountId);
    QVERIFY(card);
    QVERIFY(!QuickItemFinder::find(card, u"finding_no-backup-codes"_s));
    QVERIFY(!QuickItemFinder::find(card, u"finding_no-login-url"_s));
    QQuickItem* backupGap = QuickItemFinder::find(card, u"finding_no-backup-since-change"_s);
    QVERIFY(backupGap);
    QVERIFY(item(u"readinessSummary"_s)->property("text").toString().contains(u"would be lost"_s));

    // Its fix opens the backup screen, on top of the readiness view.
    click(QuickItemFinder::find(backupGap, u"fixButton"_s));
    QTRY_VERIFY(item(u"backupPage"_s));
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_VERIFY(item(u"readinessPage"_s));

    // Automatic backups switched on (the folder dialog's answer): their first backup covers the
    // account, and the open readiness view says so without being reopened. (Not a click on the fix
    // here: the backup that follows enabling races it, and the view rebuilds under the pointer.)
    BackupController* backup = BackupController::create(nullptr, nullptr);
    QVERIFY(QDir().mkpath(m_home.filePath(u"backups"_s)));
    backup->enableAutomatic(QUrl::fromLocalFile(m_home.filePath(u"backups"_s)), kPassword);
    const auto outcome = [this, &accountId] {
        QQuickItem* text = QuickItemFinder::find(item(u"readiness_"_s + accountId), u"outcomeText"_s);
        return text ? text->property("text").toString() : QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(outcome(), u"Comes back from your backup"_s, 60000);
    QVERIFY(!QuickItemFinder::find(item(u"readiness_"_s + accountId), u"finding_no-backup-since-change"_s));
    QVERIFY(!QDir(m_home.filePath(u"backups"_s)).entryList(QDir::Files).isEmpty());
}

void TestDesktop::languageSwitchTranslatesTheWindow()
{
    // The journeys build on each other: one that finds the vault locked stops at once.
    QVERIFY2(vault().state() == VaultController::State::Unlocked, "not unlocked: an earlier step failed");
    while (!item(u"accountsPage"_s) || item(u"backButton"_s)) {
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTest::qWait(50);
    }
    QQuickItem* search = item(u"searchField"_s);
    QTRY_VERIFY(search);
    const QString english = search->property("placeholderText").toString();
    Preferences::create(nullptr, nullptr)->setLanguage(u"es"_s);
    QTRY_VERIFY(item(u"searchField"_s)->property("placeholderText").toString() != english);
    QVERIFY(!item(u"searchField"_s)->property("placeholderText").toString().isEmpty());
    Preferences::create(nullptr, nullptr)->setLanguage(QString());
}

void TestDesktop::cleanupTestCase()
{
    m_engine.reset();
    m_application.reset();
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
