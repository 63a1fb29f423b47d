// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultWorker.h"

#include "keychain/SecretStore.h"
#include "vault/AtomicStore.h"
#include "vault/AutomaticBackup.h"
#include "vault/ContainerFile.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace tessera {

namespace {

/* The core speaks to the command line in a few messages ("give it with --password-file");
 * the desktop program says the same in its own words. */
Error forDesktop(const Error& error)
{
    if (error.message().contains(u"--password-file"_s)) {
        return Error(error.code(), VaultWorker::tr("This vault opens only with its recovery password."));
    }
    return error;
}

} // namespace

VaultWorker::VaultWorker(QString vaultPath, keychain::SecretStore* keychain)
    : m_path(std::move(vaultPath))
    , m_keychain(keychain)
{
}

// The backup refers to the vault, so it goes first.
VaultWorker::~VaultWorker()
{
    dropBackup();
}

QString VaultWorker::describe(const keychain::KeychainStatus& status)
{
    using Outcome = keychain::KeychainStatus::Outcome;
    switch (status.outcome) {
    case Outcome::Works: {
        QString words = tr("Found a working keychain (%1). Tessera keeps this vault's key there, so the vault "
                           "opens without a password on this computer; add a recovery password too, to open it "
                           "anywhere else.")
                            .arg(status.backend);
        if (!status.leftoverKey.isEmpty()) {
            words += u' '
                     + tr("(A test entry named %1 could not be deleted and is still in the keychain: %2)")
                           .arg(status.leftoverKey, status.storeMessage);
        }
        return words;
    }
    case Outcome::WriteFailed:
        //: %1 is the keychain's name (e.g. Secret Service), %2 its own error message.
        return tr("Tessera tried to store a test entry in the keychain (%1) and could not: %2")
            .arg(status.backend, status.storeMessage);
    case Outcome::ReadBackDiffers:
        return tr("The keychain (%1) accepted a test entry but gave back something else, so it cannot be trusted "
                  "with the vault's key. Tessera can protect the vault with a recovery password instead.")
            .arg(status.backend);
    case Outcome::ReadFailed:
        return tr("The keychain (%1) accepted a test entry but could not give it back: %2")
            .arg(status.backend, status.storeMessage);
    }
    return status.diagnosis;
}

VaultWorker::StartReport VaultWorker::start()
{
    StartReport report;
    if (m_keychain != nullptr) {
        report.keychain = keychain::KeychainProbe::probe(*m_keychain);
        report.keychain.diagnosis = describe(report.keychain);
    } else {
        report.keychain.diagnosis = tr("This computer has no keychain Tessera can use, so the vault needs a recovery "
                                       "password to open.");
    }
    if (m_vault) {
        report.vaultExists = true;
        report.open = reportOpen(true);
        return report;
    }
    report.vaultExists = QFileInfo::exists(m_path);
    if (!report.vaultExists) {
        report.open.result = Error(ErrorCode::NotFound, tr("There is no vault yet."));
        return report;
    }
    readSlotsFromFile(report.open);
    if (!report.open.result) {
        return report;
    }
    if (!report.open.hasKeychainSlot) {
        report.open.result = Error(ErrorCode::WrongPassword, tr("This vault opens only with its recovery password."));
        return report;
    }
    if (!report.keychain.available) {
        // Asking again would only wait for the same failure (up to the keychain's timeout).
        report.open.result = Error(ErrorCode::KeychainUnavailable, report.keychain.diagnosis);
        return report;
    }
    report.open = open(std::nullopt);
    return report;
}

VaultWorker::Report VaultWorker::open(const std::optional<crypto::SecureBytes>& password)
{
    if (m_vault) {
        return reportOpen(true);
    }
    auto opened = vault::Vault::open(m_path, password ? nullptr : m_keychain, password);
    if (!opened) {
        Report report;
        readSlotsFromFile(report);
        report.result = forDesktop(opened.error());
        return report;
    }
    m_vault.emplace(std::move(opened).value());
    followBackupSettings();
    return reportOpen(true);
}

VaultWorker::Report VaultWorker::create(bool useKeychain, std::optional<crypto::SecureBytes> password)
{
    Report report;
    if (m_vault || QFileInfo::exists(m_path)) {
        report.result =
            Error(ErrorCode::InvalidInput,
                  tr("A vault already exists at %1; it was left unchanged.").arg(QFileInfo(m_path).absoluteFilePath()));
        return report;
    }
    if (useKeychain && m_keychain == nullptr) {
        report.result = Error(ErrorCode::KeychainUnavailable,
                              tr("This computer has no keychain Tessera can use; choose a recovery password instead."));
        return report;
    }
    vault::Vault::CreateOptions options;
    options.keychain = useKeychain ? m_keychain : nullptr;
    options.password = std::move(password);
    auto created = vault::Vault::create(m_path, std::move(options));
    if (!created) {
        report.result = forDesktop(created.error());
        return report;
    }
    m_vault.emplace(std::move(created).value());
    return reportOpen(true);
}

VaultWorker::Report VaultWorker::setPassword(const crypto::SecureBytes& password)
{
    if (!m_vault) {
        return notOpen();
    }
    if (auto changed = m_vault->setPassword(password); !changed) {
        Report report = reportOpen(false);
        report.result = changed.error();
        return report;
    }
    noteSaved();
    return reportOpen(false);
}

VaultWorker::Report VaultWorker::modify(const Change& change)
{
    if (!m_vault) {
        return notOpen();
    }
    // The last saved state, to go back to: bad input or a failed save changes nothing.
    vault::VaultContent saved = m_vault->content().clone();
    Result<void> result = change(m_vault->content());
    if (result) {
        result = m_vault->save();
    }
    if (!result) {
        m_vault->content() = std::move(saved);
        Report report = reportOpen(false);
        report.result = result;
        return report;
    }
    noteSaved();
    return reportOpen(true);
}

VaultWorker::Report VaultWorker::withVault(const Job& job)
{
    if (!m_vault) {
        return notOpen();
    }
    vault::VaultContent before = m_vault->content().clone();
    const QByteArray digest = m_vault->fileDigest();
    Result<void> result = job(*m_vault);
    const bool saved = m_vault->fileDigest() != digest;
    if (saved) {
        noteSaved();
    } else if (!result) {
        m_vault->content() = std::move(before);
    }
    Report report = reportOpen(saved);
    report.result = result;
    return report;
}

void VaultWorker::lock()
{
    if (m_backup && m_backup->hasUnbackedChanges()) {
        // A burst of edits right before locking still gets its backup.
        if (auto written = m_backup->backUpNow(); !written) {
            Q_EMIT automaticBackupFailed(written.error().message());
        }
    }
    dropBackup();
    m_vault.reset();
}

VaultWorker::Report VaultWorker::reportOpen(bool withSnapshot) const
{
    Report report;
    report.open = true;
    report.hasPasswordSlot = m_vault->hasPasswordSlot();
    report.hasKeychainSlot = m_vault->hasKeychainSlot();
    if (withSnapshot) {
        report.snapshot = std::make_shared<vault::VaultContent>(m_vault->content().clone());
    }
    return report;
}

VaultWorker::Report VaultWorker::notOpen() const
{
    Report report;
    report.result = Error(ErrorCode::InvalidInput, tr("The vault is locked; unlock it first."));
    return report;
}

void VaultWorker::readSlotsFromFile(Report& report) const
{
    auto bytes = vault::AtomicStore::read(m_path);
    if (!bytes) {
        report.result = bytes.error();
        return;
    }
    auto container = vault::ContainerFile::parse(*bytes);
    if (!container) {
        report.result = container.error();
        return;
    }
    report.hasPasswordSlot = container->findSlot(vault::SlotType::Password) != nullptr;
    report.hasKeychainSlot = container->findSlot(vault::SlotType::Keychain) != nullptr;
}

void VaultWorker::followBackupSettings()
{
    if (!vault::AutomaticBackup::settingsOf(m_vault->content())) {
        dropBackup();
        return;
    }
    if (!m_backup) {
        m_backup = std::make_unique<vault::AutomaticBackup>(*m_vault);
        connect(m_backup.get(), &vault::AutomaticBackup::failed, this, &VaultWorker::automaticBackupFailed);
    }
}

void VaultWorker::noteSaved()
{
    // The change may have switched automatic backups on or off (the backup settings page).
    followBackupSettings();
    if (m_backup) {
        m_backup->noteChange();
    }
}

void VaultWorker::dropBackup()
{
    m_backup.reset();
}

} // namespace tessera
