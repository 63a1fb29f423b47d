// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/TesseraBackupImporter.h"

#include "vault/AccountIcon.h"
#include "vault/ContainerFile.h"
#include "vault/VaultContent.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::interop {

namespace {

constexpr char kMagic[] = "TESSERA"; // followed by a NUL byte: 8 bytes in all

QString labelOf(const otp::OtpToken& token)
{
    if (token.issuer().isEmpty()) {
        return token.name();
    }
    return token.name().isEmpty() ? token.issuer() : token.issuer() + u" / "_s + token.name();
}

} // namespace

QString TesseraBackupImporter::id() const
{
    return u"tessera"_s;
}

QString TesseraBackupImporter::name() const
{
    return u"Tessera backup"_s;
}

bool TesseraBackupImporter::recognises(QByteArrayView bytes) const
{
    return bytes.size() >= 8 && bytes.first(8) == QByteArrayView(kMagic, 8);
}

bool TesseraBackupImporter::needsPassword(QByteArrayView bytes) const
{
    return recognises(bytes);
}

Result<ImportResult> TesseraBackupImporter::read(QByteArrayView bytes,
                                                 const std::optional<crypto::SecureBytes>& password) const
{
    auto container = vault::ContainerFile::parse(bytes);
    if (!container) {
        return container.error();
    }
    const vault::Slot* slot = container->findSlot(vault::SlotType::Password);
    if (slot == nullptr) {
        return Error(ErrorCode::Unsupported,
                     u"This Tessera file has no password, only a key in the keychain of the computer that made it; "
                     "open it there and export a backup with a password."_s);
    }
    if (!password) {
        return Error(ErrorCode::WrongPassword, u"This Tessera backup is encrypted; give its password."_s);
    }
    auto masterKey = slot->unwrapWithPassword(*password, container->header().vaultId);
    if (!masterKey) {
        return masterKey.error();
    }
    auto plaintext = container->decrypt(*masterKey);
    if (!plaintext) {
        return plaintext.error();
    }
    auto content = vault::VaultContent::deserialize(*plaintext);
    if (!content) {
        return content.error();
    }
    ImportResult result;
    result.formatName =
        container->header().kind == vault::ContainerFile::Kind::Backup ? u"Tessera backup"_s : u"Tessera vault"_s;
    result.groups = content->groups;
    for (vault::Account& account : content->accounts) {
        ImportedAccount imported;
        imported.label = labelOf(account.token());
        imported.group = account.group;
        imported.note = account.note;
        imported.favorite = account.favorite;
        imported.icon = vault::AccountIcon::of(account);
        if (!account.recovery.isEmpty()) {
            imported.recovery = std::move(account.recovery);
        }
        imported.token = std::move(account.token());
        result.accounts.push_back(std::move(imported));
    }
    return result;
}

} // namespace tessera::interop
