// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QQuickWindow>
#include <QString>

#include <memory>

class QQmlApplicationEngine;

namespace tessera {

namespace keychain {
class SecretStore;
}
namespace otp {
class Clock;
}

/* The composition root of the desktop program (STYLE.md §3.1): builds the core services and the
 * backend objects QML sees as singletons, owns them, wires them to each other, and loads
 * Main.qml. main() and the end-to-end tests both go through it, so the tests drive exactly the
 * program people run. */
class Application : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString vaultPath;                         // empty: vault::Vault::defaultPath()
        keychain::SecretStore* keychain = nullptr; // null: the OS keychain (QtKeychain)
        const otp::Clock* clock = nullptr;         // null: the system clock
        QString settingsFile;                      // empty: the platform's settings store
        bool systemIntegration = true;             // tray, single instance, session signals
    };

    explicit Application(Options options, QObject* parent = nullptr);
    ~Application() override;

    /* Loads Main.qml into `engine`; false (with the reason on stderr) when QML fails to load. */
    [[nodiscard]] bool load(QQmlApplicationEngine& engine);
    [[nodiscard]] QQuickWindow* window() const { return m_window; }

    /* otpauth:// links from the command line or a second launch. */
    void handleArguments(const QStringList& arguments);

private:
    void wire();
    void raiseWindow();

    struct Parts;
    std::unique_ptr<Parts> m_parts;
    QPointer<QQuickWindow> m_window;
};

} // namespace tessera
