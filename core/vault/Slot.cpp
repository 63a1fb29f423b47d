// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Slot.h"

#include "crypto/Aead.h"
#include "crypto/Random.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace tessera::vault {

namespace {

using crypto::Aead;
using crypto::SecureBytes;

std::span<const std::uint8_t> asBytes(const QByteArray& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size())};
}

/* Binds a wrapped key to its vault, its slot and the slot's kind: a slot copied into another
 * vault's header, or relabelled, no longer unwraps (docs/vault-format.md, "Slots"). */
QByteArray associatedData(const QString& vaultId, const QString& slotId, SlotType type)
{
    const QString typeName = type == SlotType::Keychain ? u"keychain"_s : u"password"_s;
    return (u"tessera-slot-v1:"_s + vaultId + u':' + slotId + u':' + typeName).toUtf8();
}

Result<Slot> wrap(Slot slot, const SecureBytes& masterKey, const SecureBytes& wrappingKey, const QString& vaultId)
{
    if (masterKey.size() != Aead::kKeySize) {
        return Error(ErrorCode::InvalidInput, u"The vault's master key must be 32 bytes long."_s);
    }
    if (vaultId.isEmpty()) {
        return Error(ErrorCode::InvalidInput, u"A slot needs the identifier of its vault."_s);
    }
    auto nonce = crypto::Random::publicBytes(Aead::kNonceSize);
    if (!nonce) {
        return nonce.error();
    }
    slot.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    slot.nonce = *nonce;
    auto wrapped = Aead::encrypt(wrappingKey, asBytes(slot.nonce), masterKey.bytes(),
                                 asBytes(associatedData(vaultId, slot.id, slot.type)));
    if (!wrapped) {
        return wrapped.error();
    }
    slot.wrappedKey = *wrapped;
    return slot;
}

} // namespace

Result<Slot> Slot::makeKeychainSlot(const SecureBytes& masterKey, const SecureBytes& wrappingKey,
                                    const QString& keychainKey, const QString& vaultId)
{
    if (keychainKey.isEmpty()) {
        return Error(ErrorCode::InvalidInput, u"A keychain slot needs the name of its keychain entry."_s);
    }
    if (wrappingKey.size() != Aead::kKeySize) {
        return Error(ErrorCode::InvalidInput, u"The key kept in the keychain must be 32 bytes long."_s);
    }
    Slot slot;
    slot.type = SlotType::Keychain;
    slot.keychainKey = keychainKey;
    return wrap(std::move(slot), masterKey, wrappingKey, vaultId);
}

Result<Slot> Slot::makePasswordSlot(const SecureBytes& masterKey, const SecureBytes& password,
                                    const crypto::Argon2Parameters& kdf, const QString& vaultId)
{
    if (password.isEmpty()) {
        return Error(ErrorCode::InvalidInput, u"The password is empty."_s);
    }
    if (masterKey.size() != Aead::kKeySize) {
        // Checked here as well so a bad call fails before the slow derivation.
        return Error(ErrorCode::InvalidInput, u"The vault's master key must be 32 bytes long."_s);
    }
    // A caller's mistake, not a damaged file: checked before the salt and the slow derivation.
    if (auto bounds = crypto::Argon2id::checkBounds(kdf); !bounds) {
        return Error(ErrorCode::InvalidInput, bounds.error().message());
    }
    Slot slot;
    slot.type = SlotType::Password;
    slot.kdf = kdf;
    auto salt = crypto::Random::publicBytes(crypto::Argon2id::kSaltSize);
    if (!salt) {
        return salt.error();
    }
    slot.salt = *salt;
    auto wrappingKey = crypto::Argon2id::deriveKey(password.bytes(), asBytes(slot.salt), kdf);
    if (!wrappingKey) {
        return wrappingKey.error();
    }
    return wrap(std::move(slot), masterKey, *wrappingKey, vaultId);
}

Result<SecureBytes> Slot::unwrap(const SecureBytes& wrappingKey, const QString& vaultId) const
{
    if (wrappingKey.size() != Aead::kKeySize) {
        return Error(ErrorCode::InvalidInput, u"A slot's wrapping key must be 32 bytes long."_s);
    }
    auto masterKey =
        Aead::decrypt(wrappingKey, asBytes(nonce), asBytes(wrappedKey), asBytes(associatedData(vaultId, id, type)));
    if (!masterKey) {
        if (masterKey.error().code() != ErrorCode::Damaged) {
            return masterKey.error();
        }
        /* The container's header digest has already ruled out a damaged slot, so a tag that
         * does not verify means the credential is not the one this slot was made with. */
        return Error(
            ErrorCode::WrongPassword,
            type == SlotType::Password
                ? u"The password is wrong."_s
                : u"The key in the system keychain does not open this vault (it belongs to another vault or was replaced)."_s);
    }
    if (masterKey->size() != Aead::kKeySize) {
        return Error(ErrorCode::Damaged, u"The vault's key slot does not hold a 32-byte key: it is damaged."_s);
    }
    return masterKey;
}

Result<SecureBytes> Slot::unwrapWithPassword(const SecureBytes& password, const QString& vaultId) const
{
    if (type != SlotType::Password) {
        return Error(ErrorCode::InvalidInput, u"This slot is not opened with a password."_s);
    }
    auto wrappingKey = crypto::Argon2id::deriveKey(password.bytes(), asBytes(salt), kdf);
    if (!wrappingKey) {
        return wrappingKey.error();
    }
    return unwrap(*wrappingKey, vaultId);
}

} // namespace tessera::vault
