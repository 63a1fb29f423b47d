// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeTracker.h"

#include "vault/RecoveryTimes.h"

#include <openssl/evp.h>

#include <memory>

namespace tessera::vault {

namespace {

/* SHA-256 through OpenSSL rather than QCryptographicHash: secrets and backup codes go in, and
 * OpenSSL wipes a digest context's buffered input when it is freed; Qt's does not. */
class Sha256 {
public:
    Sha256() { EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr); }

    // Each field goes in with its length first, so ("ab", "c") and ("a", "bc") differ.
    void addField(QByteArrayView bytes)
    {
        const auto length = quint32(bytes.size());
        const unsigned char prefix[4] = {static_cast<unsigned char>(length >> 24),
                                         static_cast<unsigned char>(length >> 16),
                                         static_cast<unsigned char>(length >> 8), static_cast<unsigned char>(length)};
        EVP_DigestUpdate(m_context.get(), prefix, 4);
        EVP_DigestUpdate(m_context.get(), bytes.data(), std::size_t(bytes.size()));
    }
    void addField(const QString& text) { addField(QByteArrayView(text.toUtf8())); }
    void addField(const crypto::SecureBytes& secret)
    {
        addField(QByteArrayView(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size())));
    }

    QByteArray result()
    {
        QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
        unsigned int size = 0;
        EVP_DigestFinal_ex(m_context.get(), reinterpret_cast<unsigned char*>(digest.data()), &size);
        digest.resize(qsizetype(size));
        return digest;
    }

private:
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> m_context{EVP_MD_CTX_new(), &EVP_MD_CTX_free};
};

} // namespace

QByteArray ChangeTracker::fingerprint(const Account& account)
{
    Sha256 hash;
    const otp::OtpParameters& parameters = account.token().parameters();
    hash.addField(otp::OtpParameters::typeName(parameters.type()));
    hash.addField(otp::OtpParameters::algorithmName(parameters.algorithm()));
    hash.addField(QString::number(parameters.digits()));
    hash.addField(parameters.type() == otp::OtpType::Hotp ? QString() : QString::number(parameters.period()));
    hash.addField(account.token().secret());
    hash.addField(account.token().issuer());
    hash.addField(account.token().name());
    hash.addField(account.note);
    hash.addField(account.recovery.loginUrl());
    hash.addField(account.recovery.email);
    hash.addField(account.recovery.phone);
    for (const AccountRecovery::BackupCode& code : account.recovery.backupCodes()) {
        hash.addField(code.code);
        hash.addField(QByteArrayView(code.used ? "u" : "-"));
    }
    return hash.result();
}

void ChangeTracker::reset(const VaultContent& content)
{
    m_fingerprints.clear();
    for (const Account& account : content.accounts) {
        m_fingerprints.insert(account.id(), fingerprint(account));
    }
}

bool ChangeTracker::stamp(VaultContent& content, const QDateTime& now)
{
    bool changed = false;
    QHash<QString, QByteArray> current;
    for (Account& account : content.accounts) {
        QByteArray print = fingerprint(account);
        const auto known = m_fingerprints.constFind(account.id());
        if (known == m_fingerprints.constEnd() || *known != print) {
            account.recovery.changedAt = now.toUTC();
            changed = true;
        }
        current.insert(account.id(), std::move(print));
    }
    for (auto it = m_fingerprints.constBegin(); it != m_fingerprints.constEnd(); ++it) {
        changed = changed || !current.contains(it.key()); // removed
    }
    if (changed) {
        RecoveryTimes::recordChange(content, now);
    }
    m_fingerprints = std::move(current);
    return changed;
}

} // namespace tessera::vault
