// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/EnteImporter.h"

#include "crypto/Argon2id.h"
#include "interop/JsonFields.h"
#include "interop/UriListImporter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace tessera::interop {

namespace {

using crypto::SecureBytes;

bool looksLikeEnte(const QJsonObject& root)
{
    return root.contains(u"kdfParams"_s) && root.contains(u"encryptedData"_s);
}

std::optional<QByteArray> base64Field(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    return std::move(*decoded);
}

std::span<const std::uint8_t> asBytes(const QByteArray& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

/* Ente writes version 1 only; anything else is a later format we have not seen. */
Result<void> checkVersion(const QJsonObject& root)
{
    const auto version = JsonFields::wholeNumber(root.value(u"version"_s), 0, qint64(1) << 53);
    if (!version) {
        return Error(ErrorCode::Damaged, u"The Ente Auth export has no valid version number."_s);
    }
    if (*version != EnteImporter::kVersion) {
        return Error(ErrorCode::Unsupported,
                     u"Ente Auth export version %1 is not supported; Tessera reads version 1."_s.arg(*version));
    }
    return {};
}

} // namespace

QString EnteImporter::id() const
{
    return u"ente"_s;
}

QString EnteImporter::name() const
{
    return u"Ente Auth export (encrypted)"_s;
}

bool EnteImporter::recognises(QByteArrayView bytes) const
{
    const auto root = JsonFields::parseObject(bytes, kMaxInputBytes);
    return root && looksLikeEnte(*root);
}

bool EnteImporter::needsPassword(QByteArrayView bytes) const
{
    // Ente's JSON export is always encrypted; its plain export is a text list (UriListImporter).
    return recognises(bytes);
}

Result<SecureBytes> EnteImporter::decrypt(QByteArrayView bytes, const SecureBytes& password)
{
    const auto root = JsonFields::parseObject(bytes, kMaxInputBytes);
    if (!root || !looksLikeEnte(*root)) {
        return Error(ErrorCode::Damaged, u"The file is not a readable Ente Auth export."_s);
    }
    if (auto version = checkVersion(*root); !version) {
        return version.error();
    }

    const Error damaged(ErrorCode::Damaged,
                        u"The Ente Auth export is damaged: its encryption settings are not valid."_s);
    const QJsonObject kdf = root->value(u"kdfParams"_s).toObject();
    /* Anything above the caps is refused by Argon2id before any work; reading the numbers up to
     * 2^53 only keeps the conversion exact so a hostile value cannot wrap round to a small one. */
    const auto memLimit = JsonFields::wholeNumber(kdf.value(u"memLimit"_s), 0, qint64(1) << 53);
    const auto opsLimit = JsonFields::wholeNumber(kdf.value(u"opsLimit"_s), 0, qint64(1) << 53);
    const auto salt = base64Field(kdf, u"salt"_s);
    const auto header = base64Field(*root, u"encryptionNonce"_s);
    const auto ciphertext = base64Field(*root, u"encryptedData"_s);
    if (!memLimit || !opsLimit || !salt || !header || !ciphertext || salt->size() != kSaltSize
        || header->size() != kHeaderSize
        || ciphertext->size() < static_cast<qsizetype>(crypto_secretstream_xchacha20poly1305_ABYTES)) {
        return damaged;
    }
    if (*opsLimit > crypto::Argon2id::kCap.iterations) {
        // Checked here because Argon2Parameters holds 32 bits; deriveKeyForeign checks the rest.
        return Error(
            ErrorCode::Damaged,
            u"The file asks for %1 passes to check its password, more than the %2 Tessera allows; it is damaged or tampered."_s
                .arg(*opsLimit)
                .arg(crypto::Argon2id::kCap.iterations));
    }

    /* Ente's parameters are its own (the app may go as low as a few MiB, other writers lower), so
     * Tessera's floor for its own containers does not apply; libsodium's minimums and Tessera's
     * caps still do, checked before any work. */
    auto key = crypto::Argon2id::deriveKeyForeign(password.bytes(), asBytes(*salt),
                                                  {static_cast<quint64>(*memLimit), static_cast<quint32>(*opsLimit)});
    if (!key) {
        return key.error();
    }
    if (sodium_init() < 0) {
        return Error(ErrorCode::Internal, u"libsodium could not be initialised."_s);
    }
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const unsigned char*>(header->constData()), key->data())
        != 0) {
        return damaged;
    }
    SecureBytes plaintext(static_cast<std::size_t>(ciphertext->size()) - crypto_secretstream_xchacha20poly1305_ABYTES);
    unsigned long long plaintextLength = 0;
    unsigned char tag = 0;
    const int pulled =
        crypto_secretstream_xchacha20poly1305_pull(&state, plaintext.data(), &plaintextLength, &tag,
                                                   reinterpret_cast<const unsigned char*>(ciphertext->constData()),
                                                   static_cast<unsigned long long>(ciphertext->size()), nullptr, 0);
    sodium_memzero(&state, sizeof state);
    if (pulled != 0) {
        /* The format has no password check of its own: a wrong password and a damaged file fail
         * the same tag, and a typo is far more likely. */
        return Error(ErrorCode::WrongPassword,
                     u"The password for this Ente Auth export is not correct, or the file is damaged."_s);
    }
    // Ente's app writes TAG_MESSAGE, its CLI and other writers TAG_FINAL; the stream has one message.
    if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
        && tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        return damaged;
    }
    return plaintext;
}

Result<ImportResult> EnteImporter::read(QByteArrayView bytes, const std::optional<crypto::SecureBytes>& password) const
{
    const auto root = JsonFields::parseObject(bytes, kMaxInputBytes);
    if (!root || !looksLikeEnte(*root)) {
        return Error(ErrorCode::Damaged, u"The file is not a readable Ente Auth export."_s);
    }
    // A version we do not read is said as such, before asking for a password that would not help.
    if (auto version = checkVersion(*root); !version) {
        return version.error();
    }
    if (!password) {
        return Error(ErrorCode::WrongPassword, u"This Ente Auth export is encrypted; enter its password."_s);
    }
    auto plaintext = decrypt(bytes, *password);
    if (!plaintext) {
        return plaintext.error();
    }
    // The plaintext is Ente's plain export; read where it lies, so no unwiped copy is made here.
    auto result = UriListImporter().read(
        QByteArrayView(reinterpret_cast<const char*>(plaintext->data()), static_cast<qsizetype>(plaintext->size())),
        std::nullopt);
    if (!result) {
        return Error(ErrorCode::Damaged,
                     u"The Ente Auth export was decrypted, but its content is not a list of authenticator links."_s);
    }
    result->formatName = name();
    return result;
}

} // namespace tessera::interop
