// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultSession.h"

#include "CommandLine.h"
#include "Console.h"
#include "PasswordFile.h"
#include "keychain/QtKeychainStore.h"
#include "vault/AutomaticBackup.h"
#include "vault/VersionRotation.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace tessera::cli {

VaultSession::VaultSession(const CommandLine& commandLine)
    : m_path(commandLine.has(u"vault") ? commandLine.value(u"vault") : vault::Vault::defaultPath())
    , m_passwordFile(commandLine.value(u"password-file"))
{
}

VaultSession::~VaultSession() = default;

Result<std::optional<crypto::SecureBytes>> VaultSession::password() const
{
    if (m_passwordFile.isEmpty()) {
        return std::optional<crypto::SecureBytes>();
    }
    auto password = PasswordFile::read(m_passwordFile, u"--password-file"_s);
    if (!password) {
        return password.error();
    }
    return std::optional<crypto::SecureBytes>(std::move(password).value());
}

keychain::SecretStore& VaultSession::keychain()
{
    if (!m_keychain) {
        m_keychain = std::make_unique<keychain::QtKeychainStore>();
    }
    return *m_keychain;
}

Result<vault::Vault> VaultSession::open()
{
    auto password = this->password();
    if (!password) {
        return password.error();
    }
    // An explicit password means the recovery slot: the keychain is not even asked.
    keychain::SecretStore* store = password->has_value() ? nullptr : &keychain();
    auto opened = vault::Vault::open(m_path, store, *password);
    if (!opened) {
        Error error = explain(opened.error());
        if (error.code() == ErrorCode::Damaged) {
            error = Error(error.code(), (error.message() + u' ' + newestIntactVersion(store, *password)).trimmed());
        }
        return error;
    }
    return opened;
}

QString VaultSession::newestIntactVersion(keychain::SecretStore* store,
                                          const std::optional<crypto::SecureBytes>& password) const
{
    const vault::VersionRotation rotation(m_path);
    if (rotation.versions().isEmpty()) {
        return u"No earlier version is kept in %1."_s.arg(QDir::toNativeSeparators(rotation.directory()));
    }
    // Opening each kept version costs one unlock (with a password, an Argon2id derivation); a
    // damaged vault is rare, and the exact file to go back to is worth that wait.
    QString usedVersion;
    auto intact = vault::Vault::openNewestIntactVersion(m_path, store, password, &usedVersion);
    if (!intact) {
        switch (intact.error().code()) {
        case ErrorCode::Damaged:
            return u"None of the kept versions opens either."_s;
        case ErrorCode::WrongPassword:
            // Versions from before a passwd keep the password they were saved with.
            return u"The kept versions do not open with this password; they may need the one the vault had "
                   "then."_s;
        default:
            return {};
        }
    }
    return u"The newest kept version that opens is %1: move the damaged file aside and copy that version in its "
           "place."_s.arg(QDir::toNativeSeparators(usedVersion));
}

Error VaultSession::explain(const Error& error) const
{
    QString message = error.message();
    if (!message.isEmpty() && !message.endsWith(u'.')) {
        message += u'.';
    }
    switch (error.code()) {
    case ErrorCode::Damaged:
        // Vault names the kept versions when there are some; say the file was not touched anyway.
        if (!message.contains(u"left"_s)) {
            message += u" The vault file was left unchanged."_s;
        }
        break;
    case ErrorCode::KeychainUnavailable:
        if (!message.contains(u"--password-file"_s)) {
            message += u" If the vault has a recovery password, give it with --password-file FILE."_s;
        }
        break;
    default:
        break;
    }
    return Error(error.code(), message);
}

Result<void> VaultSession::save(vault::Vault& vault, Console& console) const
{
    if (auto saved = vault.save(); !saved) {
        return explain(saved.error());
    }
    if (vault::AutomaticBackup::settingsOf(vault.content())) {
        vault::AutomaticBackup backup(vault);
        if (auto written = backup.backUpNow(); !written) {
            console.warning(u"The change was saved, but the automatic backup could not be written: "_s
                            + written.error().message());
        }
    }
    return {};
}

} // namespace tessera::cli
