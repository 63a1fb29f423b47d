// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include "AccountIconProvider.h"
#include "AccountListModel.h"
#include "AddSourceController.h"
#include "BackupController.h"
#include "CaptureGuard.h"
#include "ClipboardService.h"
#include "ClockCheck.h"
#include "IdleWatcher.h"
#include "ImportController.h"
#include "LanguageSwitcher.h"
#include "PasswordMeter.h"
#include "Preferences.h"
#include "RecoveryController.h"
#include "SessionLockWatcher.h"
#include "SingleInstance.h"
#include "TrayIcon.h"
#include "VaultController.h"
#include "keychain/QtKeychainStore.h"
#include "otp/Clock.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

using namespace Qt::Literals::StringLiterals;

namespace tessera {

Q_LOGGING_CATEGORY(lcApplication, "tessera.app", QtInfoMsg)

/* Qt 6.4 builds a QML_SINGLETON with its default constructor whenever it has one, and only falls
 * back to the static create() factory otherwise (qqmlprivate.h, singletonConstructionMode). A
 * default-constructible service would therefore exist twice — ours, wired here, and a second one
 * QML made for itself — and QML would listen to the wrong one. None of them may have one. */
static_assert(!std::is_default_constructible_v<Preferences>);
static_assert(!std::is_default_constructible_v<VaultController>);
static_assert(!std::is_default_constructible_v<ClipboardService>);
static_assert(!std::is_default_constructible_v<AccountListModel>);
static_assert(!std::is_default_constructible_v<IdleWatcher>);
static_assert(!std::is_default_constructible_v<SessionLockWatcher>);
static_assert(!std::is_default_constructible_v<AddSourceController>);
static_assert(!std::is_default_constructible_v<ImportController>);
static_assert(!std::is_default_constructible_v<BackupController>);
static_assert(!std::is_default_constructible_v<TrayIcon>);
static_assert(!std::is_default_constructible_v<PasswordMeter>);
static_assert(!std::is_default_constructible_v<ClockCheck>);
static_assert(!std::is_default_constructible_v<RecoveryController>);

/* Everything the program is made of, in construction order: later parts use earlier ones, and
 * members are destroyed in reverse, so nothing outlives what it points to. */
struct Application::Parts {
    std::unique_ptr<keychain::QtKeychainStore> osKeychain;
    std::unique_ptr<otp::SystemClock> systemClock;
    std::unique_ptr<Preferences> preferences;
    std::unique_ptr<LanguageSwitcher> language;
    std::unique_ptr<VaultController> vault;
    std::unique_ptr<ClipboardService> clipboard;
    std::unique_ptr<AccountListModel> accounts;
    std::unique_ptr<IdleWatcher> idle;
    std::unique_ptr<SessionLockWatcher> sessionLock;
    std::unique_ptr<AddSourceController> addSource;
    std::unique_ptr<ImportController> importer;
    std::unique_ptr<BackupController> backup;
    std::unique_ptr<TrayIcon> tray;
    std::unique_ptr<PasswordMeter> passwordMeter;
    std::unique_ptr<ClockCheck> clockCheck;
    std::unique_ptr<RecoveryController> recovery;
    QStringList linksWhileLocked; // links handed over before the vault was open
};

Application::Application(Options options, QObject* parent)
    : QObject(parent)
    , m_parts(std::make_unique<Parts>())
{
    Parts& p = *m_parts;
    keychain::SecretStore* keychain = options.keychain;
    if (!keychain) {
        p.osKeychain = std::make_unique<keychain::QtKeychainStore>();
        keychain = p.osKeychain.get();
    }
    const otp::Clock* clock = options.clock;
    if (!clock) {
        p.systemClock = std::make_unique<otp::SystemClock>();
        clock = p.systemClock.get();
    }
    p.preferences = options.settingsFile.isEmpty() ? std::make_unique<Preferences>(nullptr)
                                                   : std::make_unique<Preferences>(options.settingsFile);
    p.language = std::make_unique<LanguageSwitcher>(nullptr);
    const QString vaultPath = options.vaultPath.isEmpty() ? vault::Vault::defaultPath() : options.vaultPath;
    p.vault = std::make_unique<VaultController>(vaultPath, keychain);
    p.clipboard = std::make_unique<ClipboardService>(nullptr);
    p.accounts = std::make_unique<AccountListModel>(*p.vault, *clock);
    p.idle = std::make_unique<IdleWatcher>(nullptr);
    p.sessionLock = std::make_unique<SessionLockWatcher>(nullptr);
    p.addSource = std::make_unique<AddSourceController>(nullptr);
    p.importer = std::make_unique<ImportController>(p.vault.get());
    p.backup = std::make_unique<BackupController>(p.vault.get());
    p.tray = std::make_unique<TrayIcon>(nullptr);
    p.passwordMeter = std::make_unique<PasswordMeter>(nullptr);
    p.clockCheck = std::make_unique<ClockCheck>(nullptr);
    p.recovery = std::make_unique<RecoveryController>(p.vault.get(), *clock, nullptr);
    // The backup screen already watches the automatic-backup folder: the audit reuses its answer.
    p.recovery->setNewestBackupTime(
        [backup = p.backup.get()] { return backup->automaticEnabled() ? backup->lastBackupTime() : QDateTime(); });

    Preferences::setInstance(p.preferences.get());
    VaultController::setInstance(p.vault.get());
    ClipboardService::setInstance(p.clipboard.get());
    AccountListModel::setInstance(p.accounts.get());
    IdleWatcher::setInstance(p.idle.get());
    SessionLockWatcher::setInstance(p.sessionLock.get());
    AddSourceController::setInstance(p.addSource.get());
    ImportController::setInstance(p.importer.get());
    BackupController::setInstance(p.backup.get());
    TrayIcon::setInstance(p.tray.get());
    PasswordMeter::setInstance(p.passwordMeter.get());
    ClockCheck::setInstance(p.clockCheck.get());
    RecoveryController::setInstance(p.recovery.get());
    if (options.systemIntegration && TrayIcon::isAvailable()) {
        p.tray->setVisible(true);
    }
    wire();
}

Application::~Application()
{
    // The clipboard must not keep a code after the program has gone (SECURITY.md S4).
    m_parts->clipboard->clearNow();
    Preferences::setInstance(nullptr);
    VaultController::setInstance(nullptr);
    ClipboardService::setInstance(nullptr);
    AccountListModel::setInstance(nullptr);
    IdleWatcher::setInstance(nullptr);
    SessionLockWatcher::setInstance(nullptr);
    AddSourceController::setInstance(nullptr);
    ImportController::setInstance(nullptr);
    BackupController::setInstance(nullptr);
    TrayIcon::setInstance(nullptr);
    PasswordMeter::setInstance(nullptr);
    ClockCheck::setInstance(nullptr);
    RecoveryController::setInstance(nullptr);
}

void Application::wire()
{
    Parts& p = *m_parts;
    // Copies go through the one clipboard service (hints, auto-clear), whoever asks for them.
    connect(p.accounts.get(), &AccountListModel::codeCopyRequested, p.clipboard.get(), &ClipboardService::copySecret);

    const auto applyClearDelay = [&p] { p.clipboard->setClearSeconds(p.preferences->clipboardClearSeconds()); };
    applyClearDelay();
    connect(p.preferences.get(), &Preferences::clipboardClearSecondsChanged, this, applyClearDelay);

    p.language->apply(p.preferences->language());
    connect(p.preferences.get(), &Preferences::languageChanged, this,
            [&p] { p.language->apply(p.preferences->language()); });
    // Playbook texts carry their own translations; they follow the window's language.
    p.recovery->setLanguage(p.language->current());
    connect(p.language.get(), &LanguageSwitcher::languageChanged, p.recovery.get(), &RecoveryController::setLanguage);

    // Locking, from anywhere, also empties the clipboard if it still holds one of our codes.
    connect(p.vault.get(), &VaultController::stateChanged, this, [&p] {
        if (p.vault->state() != VaultController::State::Unlocked) {
            p.clipboard->clearNow();
            return;
        }
        const QStringList pending = std::exchange(p.linksWhileLocked, {});
        for (const QString& link : pending) {
            p.addSource->handleLink(link);
        }
    });
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, p.clipboard.get(),
            &ClipboardService::clearNow);
}

bool Application::load(QQmlApplicationEngine& engine)
{
    // The language was applied in wire(); the engine takes it over from here.
    m_parts->language->setEngine(&engine);
    // Qt 6.4 does not search qrc:/qt/qml by default (6.5 does).
    engine.addImportPath(u"qrc:/qt/qml"_s);
    // Pictures users gave their accounts (image://accounticon/…); the engine owns the provider
    // and is destroyed before the model it reads (main() makes the engine after this object).
    engine.addImageProvider(u"accounticon"_s, new AccountIconProvider(*m_parts->accounts));
    engine.load(QUrl(u"qrc:/qt/qml/Tessera/Ui/Main.qml"_s));
    if (engine.rootObjects().isEmpty()) {
        return false;
    }
    m_window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (m_window == nullptr) {
        return false;
    }
    switch (CaptureGuard::exclude(m_window)) {
    case CaptureGuard::Result::Excluded:
        qCInfo(lcApplication) << "the window is kept out of screen captures";
        break;
    case CaptureGuard::Result::NotSupported:
        qCInfo(lcApplication) << "this system cannot keep a window out of screen captures";
        break;
    case CaptureGuard::Result::Failed:
        qCWarning(lcApplication) << "could not keep the window out of screen captures";
        break;
    }
    return true;
}

void Application::handleArguments(const QStringList& arguments)
{
    for (const QString& link : SingleInstance::linksIn(arguments)) {
        if (m_parts->vault->state() == VaultController::State::Unlocked) {
            m_parts->addSource->handleLink(link);
        } else {
            m_parts->linksWhileLocked.append(link);
        }
    }
    raiseWindow();
}

void Application::raiseWindow()
{
    if (!m_window) {
        return;
    }
    m_window->show();
    m_window->raise();
    m_window->requestActivate();
}

} // namespace tessera
