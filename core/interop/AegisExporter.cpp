// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/AegisExporter.h"

#include "crypto/Aead.h"
#include "crypto/Random.h"
#include "otp/Base32.h"
#include "otp/OtpParameters.h"
#include "vault/AccountIcon.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QUuid>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <cstring>
#include <limits>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace tessera::interop {

namespace {

constexpr int kFileVersion = 1;
constexpr int kContentVersion = 3;
constexpr int kSlotTypePassword = 1;

std::span<const std::uint8_t> asBytes(const QByteArray& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex()); // lower case, as Aegis writes every header value
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString accountLabel(const otp::OtpToken& token)
{
    if (token.issuer().isEmpty()) {
        return token.name();
    }
    if (token.name().isEmpty()) {
        return token.issuer();
    }
    return token.issuer() + u" / "_s + token.name();
}

/* The secret as Base32 ASCII in wipeable memory (Aegis: upper case, no padding). */
crypto::SecureBytes base32Ascii(const crypto::SecureBytes& secret)
{
    QString text = otp::Base32::encode(secret.bytes());
    crypto::SecureBytes out(static_cast<std::size_t>(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        out.data()[i] = static_cast<std::uint8_t>(text.at(i).unicode());
    }
    OPENSSL_cleanse(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    return out;
}

/* The secrets never pass through Qt's JSON classes, whose internal copies cannot be wiped: the
 * document is built with a placeholder per secret (a random marker no name or note can contain
 * by chance, then the account's index), serialised, and the placeholders are replaced by the
 * Base32 text while copying into SecureBytes. Two passes (measure, then copy) so the buffer is
 * never reallocated, which would leave an unwiped copy behind. */
class SecretSplicer {
public:
    static Result<SecretSplicer> create()
    {
        auto random = crypto::Random::publicBytes(16);
        if (!random) {
            return random.error();
        }
        return SecretSplicer(u"tessera-secret-"_s + hex(*random) + u'-');
    }

    /* The string value to put where secret `index` belongs. */
    [[nodiscard]] QString placeholder(std::size_t index) const { return m_marker + QString::number(index); }

    [[nodiscard]] Result<crypto::SecureBytes> splice(const QByteArray& json,
                                                     const std::vector<crypto::SecureBytes>& secrets) const
    {
        std::size_t size = 0;
        std::size_t found = 0;
        if (!walk(json, secrets, nullptr, size, found) || found != secrets.size()) {
            return Error(ErrorCode::Internal, u"The export could not be assembled (a secret was misplaced)."_s);
        }
        crypto::SecureBytes out(size);
        std::size_t written = 0;
        found = 0;
        walk(json, secrets, out.data(), written, found);
        return out;
    }

private:
    explicit SecretSplicer(const QString& marker)
        : m_marker(marker)
        , m_markerBytes(marker.toLatin1())
    {
    }

    /* Copies `json` to `out` (or only measures when out is null), replacing each placeholder. */
    bool walk(const QByteArray& json, const std::vector<crypto::SecureBytes>& secrets, std::uint8_t* out,
              std::size_t& length, std::size_t& found) const
    {
        const auto append = [&](const char* data, std::size_t count) {
            if (out != nullptr && count > 0) {
                std::memcpy(out + length, data, count);
            }
            length += count;
        };
        qsizetype position = 0;
        while (true) {
            const qsizetype hit = json.indexOf(m_markerBytes, position);
            if (hit < 0) {
                append(json.constData() + position, static_cast<std::size_t>(json.size() - position));
                return true;
            }
            append(json.constData() + position, static_cast<std::size_t>(hit - position));
            qsizetype end = hit + m_markerBytes.size();
            std::size_t index = 0;
            while (end < json.size() && json.at(end) >= '0' && json.at(end) <= '9') {
                index = index * 10 + static_cast<std::size_t>(json.at(end) - '0');
                ++end;
            }
            if (end == hit + m_markerBytes.size() || index >= secrets.size()) {
                return false;
            }
            append(reinterpret_cast<const char*>(secrets[index].data()), secrets[index].size());
            ++found;
            position = end;
        }
    }

    QString m_marker;
    QByteArray m_markerBytes;
};

QString typeName(otp::OtpType type)
{
    switch (type) {
    case otp::OtpType::Totp:
        return u"totp"_s;
    case otp::OtpType::Hotp:
        return u"hotp"_s;
    case otp::OtpType::Steam:
        return u"steam"_s;
    }
    return u"totp"_s;
}

/* One entry with the fields Aegis's VaultEntry.toJson writes (v3); Qt sorts the keys, which JSON readers ignore. */
QJsonObject entryJson(const vault::Account& account, const QString& secretPlaceholder, const QString& groupUuid)
{
    const otp::OtpToken& token = account.token();
    const otp::OtpParameters& p = token.parameters();
    QJsonObject info;
    info.insert(u"secret"_s, secretPlaceholder);
    info.insert(u"algo"_s, otp::OtpParameters::algorithmName(p.algorithm()));
    info.insert(u"digits"_s, p.digits());
    if (p.type() == otp::OtpType::Hotp) {
        info.insert(u"counter"_s, static_cast<qint64>(p.counter()));
    } else {
        info.insert(u"period"_s, p.period());
    }

    // Aegis wants a UUID; the account id is one, which keeps repeated exports recognisable.
    const QUuid id = QUuid::fromString(account.id());
    QJsonObject entry;
    entry.insert(u"type"_s, typeName(p.type()));
    entry.insert(u"uuid"_s, id.isNull() ? newUuid() : id.toString(QUuid::WithoutBraces));
    entry.insert(u"name"_s, token.name());
    entry.insert(u"issuer"_s, token.issuer());
    entry.insert(u"note"_s, account.note);
    entry.insert(u"favorite"_s, account.favorite);
    if (const auto icon = vault::AccountIcon::of(account)) {
        entry.insert(u"icon"_s, QString::fromLatin1(icon->data.toBase64()));
        entry.insert(u"icon_mime"_s, icon->mimeType);
        // Aegis names icons by the SHA-256 of their bytes (hex) to share them between entries.
        entry.insert(u"icon_hash"_s,
                     QString::fromLatin1(QCryptographicHash::hash(icon->data, QCryptographicHash::Sha256).toHex()));
    } else {
        entry.insert(u"icon"_s, QJsonValue::Null);
        entry.insert(u"icon_mime"_s, QJsonValue::Null);
        entry.insert(u"icon_hash"_s, QJsonValue::Null);
    }
    entry.insert(u"info"_s, info);
    QJsonArray groups;
    if (!groupUuid.isEmpty()) {
        groups.append(groupUuid);
    }
    entry.insert(u"groups"_s, groups);
    return entry;
}

struct Content {
    QJsonObject object;
    std::vector<crypto::SecureBytes> secrets; // Base32 ASCII, the i-th for placeholder i
    QStringList skipped;
};

Content buildContent(const vault::VaultContent& content, const SecretSplicer& splicer)
{
    Content out;
    // Groups get fresh UUIDs: Tessera names groups, Aegis links entries to them by UUID.
    QHash<QString, QString> groupUuids;
    QJsonArray groups;
    const auto addGroup = [&](const QString& name) {
        if (name.isEmpty() || groupUuids.contains(name)) {
            return;
        }
        const QString uuid = newUuid();
        groupUuids.insert(name, uuid);
        QJsonObject group;
        group.insert(u"uuid"_s, uuid);
        group.insert(u"name"_s, name);
        groups.append(group);
    };
    for (const QString& group : content.groups) {
        addGroup(group);
    }
    QJsonArray entries;
    for (const vault::Account& account : content.accounts) {
        const otp::OtpParameters& p = account.token().parameters();
        // Aegis keeps the counter in a Java long.
        if (p.type() == otp::OtpType::Hotp && p.counter() > static_cast<quint64>(std::numeric_limits<qint64>::max())) {
            out.skipped.append(accountLabel(account.token()) + u": Aegis cannot hold an HOTP counter this large."_s);
            continue;
        }
        addGroup(account.group);
        entries.append(entryJson(account, splicer.placeholder(out.secrets.size()), groupUuids.value(account.group)));
        out.secrets.push_back(base32Ascii(account.token().secret()));
    }
    out.object.insert(u"version"_s, kContentVersion);
    out.object.insert(u"entries"_s, entries);
    out.object.insert(u"groups"_s, groups);
    // Aegis writes this since it shrinks icons on import; there are no icons here to shrink.
    out.object.insert(u"icons_optimized"_s, true);
    return out;
}

/* scrypt through OpenSSL with a memory limit that fits Aegis's parameters (see the header). */
Result<crypto::SecureBytes> deriveKey(const crypto::SecureBytes& password, const QByteArray& salt)
{
    crypto::SecureBytes key(crypto::Aead::kKeySize);
    const int ok = EVP_PBE_scrypt(reinterpret_cast<const char*>(password.data()), password.size(), asBytes(salt).data(),
                                  asBytes(salt).size(), AegisExporter::kScryptN, AegisExporter::kScryptR,
                                  AegisExporter::kScryptP, AegisExporter::kScryptMaxMemory, key.data(), key.size());
    if (ok != 1) {
        return Error(ErrorCode::Internal,
                     u"The password could not be processed (scrypt failed; memory may be short)."_s);
    }
    return key;
}

/* AES-256-GCM with a fresh nonce, split the way Aegis stores it: ciphertext, then {nonce, tag}. */
struct Sealed {
    QByteArray ciphertext;
    QJsonObject params;
};

Result<Sealed> seal(const crypto::SecureBytes& key, std::span<const std::uint8_t> plaintext)
{
    auto nonce = crypto::Random::publicBytes(static_cast<qsizetype>(crypto::Aead::kNonceSize));
    if (!nonce) {
        return nonce.error();
    }
    auto sealed = crypto::Aead::encrypt(key, asBytes(*nonce), plaintext, {});
    if (!sealed) {
        return sealed.error();
    }
    const qsizetype tagSize = static_cast<qsizetype>(crypto::Aead::kTagSize);
    Sealed out;
    out.ciphertext = sealed->first(sealed->size() - tagSize);
    out.params.insert(u"nonce"_s, hex(*nonce));
    out.params.insert(u"tag"_s, hex(sealed->last(tagSize)));
    return out;
}

/* One password slot as Aegis's PasswordSlot.toJson writes it. */
Result<QJsonObject> passwordSlot(const crypto::SecureBytes& masterKey, const crypto::SecureBytes& password)
{
    auto salt = crypto::Random::publicBytes(AegisExporter::kSaltSize);
    if (!salt) {
        return salt.error();
    }
    auto kek = deriveKey(password, *salt);
    if (!kek) {
        return kek.error();
    }
    auto wrapped = seal(*kek, masterKey.bytes());
    if (!wrapped) {
        return wrapped.error();
    }
    QJsonObject slot;
    slot.insert(u"type"_s, kSlotTypePassword);
    slot.insert(u"uuid"_s, newUuid());
    slot.insert(u"key"_s, hex(wrapped->ciphertext));
    slot.insert(u"key_params"_s, wrapped->params);
    slot.insert(u"n"_s, static_cast<qint64>(AegisExporter::kScryptN));
    slot.insert(u"r"_s, static_cast<qint64>(AegisExporter::kScryptR));
    slot.insert(u"p"_s, static_cast<qint64>(AegisExporter::kScryptP));
    slot.insert(u"salt"_s, hex(*salt));
    // The key is derived from exactly the UTF-8 bytes, so Aegis need not retry its issue-#95 encoding.
    slot.insert(u"repaired"_s, true);
    slot.insert(u"is_backup"_s, false);
    return slot;
}

} // namespace

AegisExporter::AegisExporter(Mode mode)
    : m_mode(mode)
{
}

QString AegisExporter::id() const
{
    return m_mode == Mode::Encrypted ? u"aegis"_s : u"aegis-plain"_s;
}

QString AegisExporter::name() const
{
    return m_mode == Mode::Encrypted ? u"Aegis vault (encrypted)"_s : u"Aegis vault (plain)"_s;
}

bool AegisExporter::writesPlaintext() const
{
    return m_mode == Mode::Plain;
}

Result<ExportOutput> AegisExporter::write(const vault::VaultContent& content,
                                          const std::optional<crypto::SecureBytes>& password) const
{
    if (m_mode == Mode::Encrypted && (!password || password->isEmpty())) {
        return Error(ErrorCode::InvalidInput, u"An encrypted Aegis export needs a password."_s);
    }
    auto splicer = SecretSplicer::create();
    if (!splicer) {
        return splicer.error();
    }
    Content built = buildContent(content, *splicer);

    QJsonObject file;
    file.insert(u"version"_s, kFileVersion);
    ExportOutput output;
    output.skipped = built.skipped;

    if (m_mode == Mode::Plain) {
        QJsonObject header;
        header.insert(u"slots"_s, QJsonValue::Null);
        header.insert(u"params"_s, QJsonValue::Null);
        file.insert(u"header"_s, header);
        file.insert(u"db"_s, built.object);
        auto bytes = splicer->splice(QJsonDocument(file).toJson(QJsonDocument::Indented), built.secrets);
        if (!bytes) {
            return bytes.error();
        }
        output.bytes = std::move(bytes).value();
        return output;
    }

    auto plaintext = splicer->splice(QJsonDocument(built.object).toJson(QJsonDocument::Compact), built.secrets);
    if (!plaintext) {
        return plaintext.error();
    }
    auto masterKey = crypto::Random::secretBytes(crypto::Aead::kKeySize);
    if (!masterKey) {
        return masterKey.error();
    }
    auto slot = passwordSlot(*masterKey, *password);
    if (!slot) {
        return slot.error();
    }
    auto db = seal(*masterKey, plaintext->bytes());
    if (!db) {
        return db.error();
    }
    QJsonObject header;
    header.insert(u"slots"_s, QJsonArray{*slot});
    header.insert(u"params"_s, db->params);
    file.insert(u"header"_s, header);
    file.insert(u"db"_s, QString::fromLatin1(db->ciphertext.toBase64()));
    const QByteArray json = QJsonDocument(file).toJson(QJsonDocument::Indented);
    output.bytes = crypto::SecureBytes::copyOf(json.constData(), static_cast<std::size_t>(json.size()));
    return output;
}

} // namespace tessera::interop
