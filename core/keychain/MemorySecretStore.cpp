// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemorySecretStore.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::keychain {

Result<crypto::SecureBytes> MemorySecretStore::read(const QString& key)
{
    const std::lock_guard lock(m_mutex);
    if (m_failures.read) {
        return Error(ErrorCode::KeychainUnavailable, simulatedFailureMessage());
    }
    const auto found = m_entries.find(key);
    if (found == m_entries.end()) {
        return Error(ErrorCode::NotFound, u"The keychain has no entry named %1."_s.arg(key));
    }
    return found->second.clone();
}

Result<void> MemorySecretStore::write(const QString& key, const crypto::SecureBytes& secret)
{
    const std::lock_guard lock(m_mutex);
    if (key.isEmpty()) {
        return Error(ErrorCode::InvalidInput, u"A keychain entry needs a name."_s);
    }
    if (m_failures.write) {
        return Error(ErrorCode::KeychainUnavailable, simulatedFailureMessage());
    }
    // The old value, if any, is wiped by its SecureBytes move assignment.
    m_entries.insert_or_assign(key, secret.clone());
    ++m_writes;
    return {};
}

Result<void> MemorySecretStore::remove(const QString& key)
{
    const std::lock_guard lock(m_mutex);
    if (m_failures.remove) {
        return Error(ErrorCode::KeychainUnavailable, simulatedFailureMessage());
    }
    // Removing an absent entry succeeds, as with the real keychain (libsecret does not say).
    m_entries.erase(key);
    ++m_removes;
    return {};
}

QString MemorySecretStore::backendName() const
{
    return u"memory"_s;
}

void MemorySecretStore::setFailures(Failures failures)
{
    const std::lock_guard lock(m_mutex);
    m_failures = failures;
}

void MemorySecretStore::setUnavailable(bool unavailable)
{
    setFailures({unavailable, unavailable, unavailable});
}

bool MemorySecretStore::contains(const QString& key) const
{
    const std::lock_guard lock(m_mutex);
    return m_entries.count(key) > 0;
}

int MemorySecretStore::size() const
{
    const std::lock_guard lock(m_mutex);
    return static_cast<int>(m_entries.size());
}

int MemorySecretStore::successfulWrites() const
{
    const std::lock_guard lock(m_mutex);
    return m_writes;
}

int MemorySecretStore::successfulRemoves() const
{
    const std::lock_guard lock(m_mutex);
    return m_removes;
}

QString MemorySecretStore::simulatedFailureMessage()
{
    return u"The keychain is unavailable (simulated by the test keychain)."_s;
}

} // namespace tessera::keychain
