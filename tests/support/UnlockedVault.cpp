// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnlockedVault.h"

#include "VaultController.h"

#include <QSignalSpy>
#include <QTest>

namespace tessera::test {

namespace {

bool reaches(VaultController& vault, VaultController::State state)
{
    return QTest::qWaitFor([&] { return vault.state() == state; }, UnlockedVault::kTimeoutMs);
}

} // namespace

std::unique_ptr<VaultController> UnlockedVault::create(const QString& path, keychain::SecretStore& keychain)
{
    auto vault = std::make_unique<VaultController>(path, &keychain);
    vault->start();
    if (!reaches(*vault, VaultController::State::NoVault)) {
        qWarning("UnlockedVault: the controller did not report a missing vault (%s)", qPrintable(vault->lastError()));
        return nullptr;
    }
    vault->createVault(true, QString());
    if (!reaches(*vault, VaultController::State::Unlocked)) {
        qWarning("UnlockedVault: the new vault did not unlock (%s)", qPrintable(vault->lastError()));
        return nullptr;
    }
    return vault;
}

bool UnlockedVault::add(VaultController& vault, const QString& uri)
{
    QSignalSpy added(&vault, &VaultController::accountsAdded);
    const QString refused = vault.addFromUri(uri);
    if (!refused.isEmpty()) {
        qWarning("UnlockedVault: the link was refused: %s", qPrintable(refused));
        return false;
    }
    if (!added.wait(kTimeoutMs)) {
        qWarning("UnlockedVault: the account was not saved (%s)", qPrintable(vault.lastError()));
        return false;
    }
    return true;
}

} // namespace tessera::test
