// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// End-to-end: the real program — tessera::Application, the real Main.qml and its pages, the real
// keychain (gnome-keyring in a private D-Bus session, tests/integration/with-keyring.sh) and a
// vault in a temporary folder — driven offscreen the way a user drives it: clicks, keys, the
// clipboard. One test function per journey, in order, over the same running program (a new
// user's first minutes): first run, add from a link and from an image, copy and the clipboard's
// secret hint and clearing, search, delete and undo, lock and unlock, an import preview, a
// language switch.
#include "AddSourceController.h"
#include "Application.h"
#include "ClipboardService.h"
#include "ImportController.h"
#include "Preferences.h"
#include "QrImage.h"
#include "QuickItemFinder.h"
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
    void languageSwitchTranslatesTheWindow();
    void cleanupTestCase();

private:
    QQuickItem* item(const QString& name) const { return QuickItemFinder::find(m_window->contentItem(), name); }
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

void TestDesktop::click(QQuickItem* target)
{
    QVERIFY(target);
    QVERIFY2(target->isEnabled(), qPrintable(target->objectName() + u" is disabled"_s));
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
