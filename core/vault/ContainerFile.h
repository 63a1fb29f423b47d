// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"
#include "vault/Slot.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace tessera::vault {

/* The Tessera container: the vault file and the encrypted backup (docs/vault-format.md).
 *
 *   magic "TESSERA\0" | version u16 BE | header length u32 BE | header (UTF-8 JSON) |
 *   SHA-256 of everything before it | ciphertext || tag
 *
 * The content is AES-256-GCM under the master key with everything before the ciphertext as
 * associated data, so flipping any bit of the file makes it fail to open. The unkeyed SHA-256
 * lets a damaged header be told apart from a wrong password before any key derivation. */
class ContainerFile {
public:
    enum class Kind { Vault, Backup };

    struct Header {
        QString vaultId;
        Kind kind = Kind::Vault;
        std::vector<Slot> slots;
    };

    static constexpr quint16 kFormatVersion = 1;
    static constexpr qsizetype kMaxHeaderSize = 1024 * 1024;

    /* Structure only, no cryptography: magic, version (ErrorCode::Unsupported if newer), lengths,
     * header digest and JSON schema, KDF parameters within floor and caps (ErrorCode::Damaged for
     * anything else). */
    [[nodiscard]] static Result<ContainerFile> parse(QByteArrayView bytes);

    /* Encrypts `content` under `masterKey` with a fresh random nonce. */
    [[nodiscard]] static Result<QByteArray> write(const Header& header, const crypto::SecureBytes& masterKey,
                                                  std::span<const std::uint8_t> content);

    [[nodiscard]] const Header& header() const { return m_header; }
    [[nodiscard]] const Slot* findSlot(SlotType type) const;

    /* The plaintext content; ErrorCode::Damaged if the tag does not verify. */
    [[nodiscard]] Result<crypto::SecureBytes> decrypt(const crypto::SecureBytes& masterKey) const;

private:
    ContainerFile() = default;

    Header m_header;
    QByteArray m_associatedData; // every byte before the ciphertext
    QByteArray m_nonce;
    QByteArray m_ciphertext; // ciphertext || tag
};

} // namespace tessera::vault
