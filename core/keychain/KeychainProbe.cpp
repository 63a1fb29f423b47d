// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainProbe.h"

#include "keychain/SecretStore.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace tessera::keychain {

namespace {

const QString kPasswordInstead = u"Tessera can protect the vault with a recovery password instead."_s;

/* Not a secret: 16 bytes that differ per probe, so a stale entry can never pass for this one. */
crypto::SecureBytes probeValue(const QUuid& id)
{
    const QByteArray bytes = id.toRfc4122();
    return crypto::SecureBytes::copyOf(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

} // namespace

KeychainStatus KeychainProbe::probe(SecretStore& store)
{
    KeychainStatus status;
    status.backend = store.backendName();

    const QUuid id = QUuid::createUuid();
    const QString key = u"tessera-probe-"_s + id.toString(QUuid::WithoutBraces);
    const crypto::SecureBytes value = probeValue(id);

    if (auto written = store.write(key, value); !written) {
        // The store's message already says what is missing and what the user can do.
        status.outcome = KeychainStatus::Outcome::WriteFailed;
        status.storeMessage = written.error().message();
        status.diagnosis = u"Tessera tried to store a test entry in the keychain (%1) and could not: %2"_s.arg(
            status.backend, written.error().message());
        return status;
    }

    auto readBack = store.read(key);
    if (!readBack || !readBack->equals(value)) {
        if (readBack) {
            status.outcome = KeychainStatus::Outcome::ReadBackDiffers;
            status.diagnosis = u"The keychain (%1) accepted a test entry but gave back something else, so it "
                               "cannot be trusted with the vault's key. %2"_s.arg(status.backend, kPasswordInstead);
        } else {
            status.outcome = KeychainStatus::Outcome::ReadFailed;
            status.storeMessage = readBack.error().message();
            status.diagnosis = u"The keychain (%1) accepted a test entry but could not give it back: %2"_s.arg(
                status.backend, readBack.error().message());
        }
        (void)store.remove(key);
        return status;
    }

    status.available = true;
    status.outcome = KeychainStatus::Outcome::Works;
    status.diagnosis = u"Found a working keychain (%1). Tessera keeps this vault's key there, so the vault opens "
                       "without a password on this computer; add a recovery password too, to open it anywhere "
                       "else."_s.arg(status.backend);
    if (auto removed = store.remove(key); !removed) {
        // Storing and reading work, which is all the vault needs; say what was left behind.
        status.leftoverKey = key;
        status.storeMessage = removed.error().message();
        status.diagnosis += u" (A test entry named %1 could not be deleted and is still in the keychain: %2)"_s.arg(
            key, removed.error().message());
    }
    return status;
}

} // namespace tessera::keychain
