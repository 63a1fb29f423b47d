// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vault.h"

#include "crypto/Hkdf.h"
#include "crypto/Random.h"
#include "vault/AtomicStore.h"
#include "vault/VaultLock.h"
#include "vault/VersionRotation.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace tessera::vault {

namespace {

constexpr std::size_t kMasterKeySize = 32;

QByteArray digestOf(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

/* Keychain entries are global on Windows (the service name is ignored there), so the key
 * carries the application's name as well as the vault's id. */
QString keychainKeyFor(const QString& vaultId)
{
    return u"tessera-vault-"_s + vaultId;
}

/* A damaged vault's error says where the earlier versions are, so the user (or the GUI, which
 * offers openNewestIntactVersion) knows nothing is lost. */
Error withVersionAdvice(const QString& path, const Error& error)
{
    if (error.code() != ErrorCode::Damaged) {
        return error;
    }
    const VersionRotation rotation(path);
    const auto versions = rotation.versions();
    if (versions.isEmpty()) {
        return error;
    }
    return Error(ErrorCode::Damaged,
                 error.message()
                     + u" The vault file was left as it is; %1 earlier version(s) are kept in %2, the "
                       "newest from %3 UTC."_s.arg(versions.size())
                           .arg(rotation.directory(), versions.first().savedAt.toString(u"yyyy-MM-dd HH:mm:ss"_s)));
}

} // namespace

QString Vault::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("TESSERA_VAULT");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"vault.tessera"_s);
}

bool Vault::hasKeychainSlot() const
{
    return std::any_of(m_header.slots.begin(), m_header.slots.end(),
                       [](const Slot& slot) { return slot.type == SlotType::Keychain; });
}

bool Vault::hasPasswordSlot() const
{
    return std::any_of(m_header.slots.begin(), m_header.slots.end(),
                       [](const Slot& slot) { return slot.type == SlotType::Password; });
}

Result<Vault> Vault::create(const QString& path, CreateOptions options)
{
    if (options.keychain == nullptr && !options.password) {
        return Error(ErrorCode::InvalidInput,
                     u"A vault needs the keychain or a recovery password to open it; neither was given."_s);
    }
    if (QFileInfo::exists(path)) {
        return Error(ErrorCode::InvalidInput, u"A vault already exists at %1; it was left unchanged."_s.arg(path));
    }
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory)) {
        return Error(ErrorCode::Io, u"Could not create the folder %1."_s.arg(directory));
    }
    VaultLock lock(path);
    if (auto locked = lock.acquire(); !locked) {
        return locked.error();
    }

    Vault vault;
    vault.m_path = path;
    vault.m_header.vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    vault.m_header.kind = ContainerFile::Kind::Vault;
    auto masterKey = crypto::Random::secretBytes(kMasterKeySize);
    if (!masterKey) {
        return masterKey.error();
    }
    vault.m_masterKey = std::move(masterKey).value();

    if (options.password) {
        auto slot = Slot::makePasswordSlot(vault.m_masterKey, *options.password, options.kdf, vault.m_header.vaultId);
        if (!slot) {
            return slot.error();
        }
        vault.m_header.slots.push_back(std::move(slot).value());
    }
    QString keychainKey;
    if (options.keychain != nullptr) {
        auto wrappingKey = crypto::Random::secretBytes(kMasterKeySize);
        if (!wrappingKey) {
            return wrappingKey.error();
        }
        keychainKey = keychainKeyFor(vault.m_header.vaultId);
        auto slot = Slot::makeKeychainSlot(vault.m_masterKey, *wrappingKey, keychainKey, vault.m_header.vaultId);
        if (!slot) {
            return slot.error();
        }
        if (auto stored = options.keychain->write(keychainKey, *wrappingKey); !stored) {
            return stored.error();
        }
        vault.m_header.slots.push_back(std::move(slot).value());
    }

    auto bytes = ContainerFile::write(vault.m_header, vault.m_masterKey, vault.m_content.serialize().bytes());
    if (!bytes) {
        return bytes.error();
    }
    if (auto written = AtomicStore::write(path, *bytes); !written) {
        // Leave nothing behind that points at a vault that does not exist.
        if (options.keychain != nullptr) {
            (void)options.keychain->remove(keychainKey);
        }
        return written.error();
    }
    vault.m_loadedDigest = digestOf(*bytes);
    return vault;
}

Result<Vault> Vault::open(const QString& path, keychain::SecretStore* keychain,
                          const std::optional<crypto::SecureBytes>& password)
{
    auto bytes = AtomicStore::read(path);
    if (!bytes) {
        if (bytes.error().code() == ErrorCode::NotFound) {
            return Error(ErrorCode::NotFound, u"There is no vault at %1 yet; create one first."_s.arg(path));
        }
        return bytes.error();
    }
    auto container = ContainerFile::parse(*bytes);
    if (!container) {
        return withVersionAdvice(path, container.error());
    }
    const QString& vaultId = container->header().vaultId;

    std::optional<crypto::SecureBytes> masterKey;
    if (password) {
        // An explicit password means "use the recovery password", also when a keychain exists.
        const Slot* slot = container->findSlot(SlotType::Password);
        if (slot == nullptr) {
            return Error(ErrorCode::WrongPassword,
                         u"This vault has no recovery password; it opens only with this computer's keychain."_s);
        }
        auto unwrapped = slot->unwrapWithPassword(*password, vaultId);
        if (!unwrapped) {
            return unwrapped.error();
        }
        masterKey = std::move(unwrapped).value();
    } else {
        const Slot* slot = container->findSlot(SlotType::Keychain);
        if (slot == nullptr || keychain == nullptr) {
            return Error(ErrorCode::WrongPassword,
                         u"This vault opens only with its recovery password; give it with --password-file."_s);
        }
        auto wrappingKey = keychain->read(slot->keychainKey);
        if (!wrappingKey) {
            if (wrappingKey.error().code() == ErrorCode::NotFound) {
                // Never create a new key here: the vault would become unreadable for good.
                return Error(ErrorCode::KeychainUnavailable,
                             u"This computer's keychain has no key for this vault (moved from another computer, or "
                             "the keychain was reset); open it with its recovery password."_s);
            }
            return wrappingKey.error();
        }
        auto unwrapped = slot->unwrap(*wrappingKey, vaultId);
        if (!unwrapped) {
            return Error(ErrorCode::KeychainUnavailable,
                         u"The key in this computer's keychain does not open this vault; open it with its recovery "
                         "password."_s);
        }
        masterKey = std::move(unwrapped).value();
    }

    auto plaintext = container->decrypt(*masterKey);
    if (!plaintext) {
        return withVersionAdvice(path, plaintext.error());
    }
    auto content = VaultContent::deserialize(*plaintext);
    if (!content) {
        return withVersionAdvice(path, content.error());
    }
    Vault vault;
    vault.m_path = path;
    vault.m_header = container->header();
    vault.m_masterKey = std::move(*masterKey);
    vault.m_content = std::move(content).value();
    vault.m_loadedDigest = digestOf(*bytes);
    vault.m_changes.reset(vault.m_content);
    return vault;
}

Result<Vault> Vault::openNewestIntactVersion(const QString& path, keychain::SecretStore* keychain,
                                             const std::optional<crypto::SecureBytes>& password, QString* usedVersion)
{
    const auto versions = VersionRotation(path).versions();
    std::optional<Error> lastError;
    for (const VersionRotation::Version& version : versions) {
        auto vault = open(version.path, keychain, password);
        if (vault) {
            if (usedVersion != nullptr) {
                *usedVersion = version.path;
            }
            vault->m_path = path;
            // Saving this vault must not silently replace the damaged file: save() compares
            // against the digest of what it opened, and the file at `path` differs.
            return vault;
        }
        lastError = vault.error();
    }
    if (lastError && lastError->code() != ErrorCode::Damaged) {
        return *lastError; // e.g. wrong password: the same for every version
    }
    return Error(ErrorCode::Damaged, u"None of the %1 kept version(s) of the vault opens."_s.arg(versions.size()));
}

Result<void> Vault::restoreVersion(const QString& path, const QString& versionPath)
{
    VaultLock lock(path);
    if (auto locked = lock.acquire(); !locked) {
        return locked.error();
    }
    auto replacement = AtomicStore::read(versionPath);
    if (!replacement) {
        return replacement.error();
    }
    if (auto parsed = ContainerFile::parse(*replacement); !parsed) {
        return parsed.error().withContext(versionPath);
    }
    auto current = AtomicStore::read(path);
    if (current) {
        const VersionRotation rotation(path);
        const QString aside =
            QDir(rotation.directory())
                .filePath(u"damaged-%1-%2"_s.arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmss.zzz'Z'"_s),
                                                 QFileInfo(path).fileName()));
        if (auto kept = AtomicStore::write(aside, *current); !kept) {
            return kept.error();
        }
    } else if (current.error().code() != ErrorCode::NotFound) {
        return current.error();
    }
    return AtomicStore::write(path, *replacement);
}

Result<void> Vault::save()
{
    VaultLock lock(m_path);
    if (auto locked = lock.acquire(); !locked) {
        return locked.error();
    }
    auto current = AtomicStore::read(m_path);
    if (!current && current.error().code() != ErrorCode::NotFound) {
        return current.error();
    }
    const QByteArray currentDigest = current ? digestOf(*current) : QByteArray();
    if (currentDigest != m_loadedDigest) {
        return Error(ErrorCode::InUse, u"The vault was changed by another program since it was opened; nothing was "
                                       "saved. Open it again and repeat the change."_s);
    }
    if (auto preserved = VersionRotation(m_path).preserveCurrent(); !preserved) {
        return preserved.error();
    }
    m_changes.stamp(m_content, QDateTime::currentDateTimeUtc());
    auto bytes = ContainerFile::write(m_header, m_masterKey, m_content.serialize().bytes());
    if (!bytes) {
        return bytes.error();
    }
    if (auto written = AtomicStore::write(m_path, *bytes); !written) {
        return written.error();
    }
    m_loadedDigest = digestOf(*bytes);
    return {};
}

Result<bool> Vault::reload()
{
    auto bytes = AtomicStore::read(m_path);
    if (!bytes) {
        return bytes.error();
    }
    if (digestOf(*bytes) == m_loadedDigest) {
        return false;
    }
    auto container = ContainerFile::parse(*bytes);
    if (!container) {
        return container.error();
    }
    if (container->header().vaultId != m_header.vaultId) {
        return Error(ErrorCode::Damaged, u"The file at %1 is now a different vault; it was not loaded."_s.arg(m_path));
    }
    auto plaintext = container->decrypt(m_masterKey);
    if (!plaintext) {
        return plaintext.error();
    }
    auto content = VaultContent::deserialize(*plaintext);
    if (!content) {
        return content.error();
    }
    m_header = container->header(); // another program may have changed the password slot
    m_content = std::move(content).value();
    m_loadedDigest = digestOf(*bytes);
    m_changes.reset(m_content);
    return true;
}

Result<void> Vault::setPassword(const crypto::SecureBytes& password, const crypto::Argon2Parameters& kdf)
{
    auto slot = Slot::makePasswordSlot(m_masterKey, password, kdf, m_header.vaultId);
    if (!slot) {
        return slot.error();
    }
    const ContainerFile::Header previous = m_header;
    std::erase_if(m_header.slots, [](const Slot& existing) { return existing.type == SlotType::Password; });
    m_header.slots.push_back(std::move(slot).value());
    auto saved = save();
    if (!saved) {
        m_header = previous; // the file still has the old slots
    }
    return saved;
}

Result<void> Vault::removePassword()
{
    if (!hasPasswordSlot()) {
        return Error(ErrorCode::InvalidInput, u"This vault has no recovery password to remove."_s);
    }
    if (!hasKeychainSlot()) {
        return Error(ErrorCode::InvalidInput,
                     u"The recovery password is the only way to open this vault; it cannot be removed."_s);
    }
    const ContainerFile::Header previous = m_header;
    std::erase_if(m_header.slots, [](const Slot& existing) { return existing.type == SlotType::Password; });
    auto saved = save();
    if (!saved) {
        m_header = previous;
    }
    return saved;
}

Result<crypto::SecureBytes> Vault::backupKey() const
{
    return crypto::Hkdf::deriveKey(m_masterKey, "tessera automatic backup key v1");
}

Result<QByteArray> Vault::makeBackupKeyHeader(const crypto::SecureBytes& password,
                                              const crypto::Argon2Parameters& kdf) const
{
    auto key = backupKey();
    if (!key) {
        return key.error();
    }
    ContainerFile::Header header;
    header.vaultId = m_header.vaultId; // the slot is bound to it; backups carry the same id
    header.kind = ContainerFile::Kind::Backup;
    auto slot = Slot::makePasswordSlot(*key, password, kdf, header.vaultId);
    if (!slot) {
        return slot.error();
    }
    header.slots.push_back(std::move(slot).value());
    return ContainerFile::write(header, *key, {});
}

Result<QByteArray> Vault::writeBackup(QByteArrayView backupKeyHeader) const
{
    auto stored = ContainerFile::parse(backupKeyHeader);
    if (!stored) {
        return stored.error();
    }
    auto key = backupKey();
    if (!key) {
        return key.error();
    }
    // The stored container was made by makeBackupKeyHeader() of this vault: its (empty) content
    // opens with our backup key. Anything else — another vault's header, a forgery — fails here
    // instead of producing backups nobody can open.
    if (stored->header().vaultId != m_header.vaultId || stored->header().kind != ContainerFile::Kind::Backup
        || !stored->decrypt(*key)) {
        return Error(ErrorCode::InvalidInput,
                     u"The automatic-backup password belongs to another vault; set up automatic backups again."_s);
    }
    return ContainerFile::write(stored->header(), *key, m_content.serialize().bytes());
}

} // namespace tessera::vault
