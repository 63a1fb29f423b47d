// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/TesseraBackupExporter.h"

#include "crypto/Aead.h"
#include "crypto/Random.h"
#include "vault/ContainerFile.h"
#include "vault/Slot.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace tessera::interop {

TesseraBackupExporter::TesseraBackupExporter(crypto::Argon2Parameters kdf)
    : m_kdf(kdf)
{
}

QString TesseraBackupExporter::id() const
{
    return u"tessera"_s;
}

QString TesseraBackupExporter::name() const
{
    return u"Tessera backup (encrypted)"_s;
}

Result<ExportOutput> TesseraBackupExporter::write(const vault::VaultContent& content,
                                                  const std::optional<crypto::SecureBytes>& password) const
{
    if (!password || password->isEmpty()) {
        return Error(ErrorCode::InvalidInput, u"An encrypted backup needs a password."_s);
    }
    auto masterKey = crypto::Random::secretBytes(crypto::Aead::kKeySize);
    if (!masterKey) {
        return masterKey.error();
    }
    vault::ContainerFile::Header header;
    // Its own id: a backup is a new container, and the id binds its slot to it.
    header.vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    header.kind = vault::ContainerFile::Kind::Backup;
    auto slot = vault::Slot::makePasswordSlot(*masterKey, *password, m_kdf, header.vaultId);
    if (!slot) {
        return slot.error();
    }
    header.slots.push_back(std::move(slot).value());
    auto bytes = vault::ContainerFile::write(header, *masterKey, content.serialize().bytes());
    if (!bytes) {
        return bytes.error();
    }
    // The container is ciphertext; SecureBytes only because ExportOutput carries plaintext too.
    return ExportOutput{crypto::SecureBytes::copyOf(bytes->constData(), std::size_t(bytes->size())), {}};
}

} // namespace tessera::interop
