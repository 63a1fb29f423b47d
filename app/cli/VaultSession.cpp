// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultSession.h"

#include "CommandLine.h"
#include "PasswordFile.h"
#include "keychain/QtKeychainStore.h"
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
        return explain(opened.error());
    }
    return opened;
}

Error VaultSession::explain(const Error& error) const
{
    QString message = error.message();
    if (!message.isEmpty() && !message.endsWith(u'.')) {
        message += u'.';
    }
    switch (error.code()) {
    case ErrorCode::Damaged: {
        const vault::VersionRotation rotation(m_path);
        const auto versions = rotation.versions();
        message += u" The vault file was left unchanged."_s;
        if (versions.isEmpty()) {
            message += u" No earlier version is kept in %1."_s.arg(QDir::toNativeSeparators(rotation.directory()));
        } else {
            message += u" Earlier versions are kept in %1; the newest is %2."_s.arg(
                QDir::toNativeSeparators(rotation.directory()), QDir::toNativeSeparators(versions.first().path));
        }
        break;
    }
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

} // namespace tessera::cli
