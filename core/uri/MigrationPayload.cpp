// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationPayload.h"

#include "uri/PercentEncoding.h"
#include "uri/ProtobufReader.h"
#include "uri/ProtobufWriter.h"

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::Literals::StringLiterals;

/* Why a hand-written protobuf codec instead of libprotobuf:
 * - it is one tiny message (two levels, eight fields), read and written in ~150 lines;
 * - libprotobuf would add build-time code generation (protoc, generated sources that must
 *   match the runtime's version) and a large runtime dependency to a core library that is
 *   otherwise Qt + crypto only;
 * - the reader (ProtobufReader) works on a byte view with every access bounds-checked and every
 *   failure an Error value, no exceptions and no allocation driven by length fields — small
 *   enough to reason about and to fuzz (tests/fuzz/fuzz_migration.cpp);
 * - unknown fields of every wire type are skipped, which is all the forward compatibility
 *   Google's additions so far (field 8, "uniqueId", in version-2 exports) have needed. */

namespace tessera::uri {

namespace {

constexpr qsizetype kMaxUriLength = 64 * 1024;
/* Decoded payloads are at most ~2 KiB in a QR code; a hand-made one may be bigger, but nothing
 * legitimate comes near 1 MiB. */
constexpr qsizetype kMaxPayloadBytes = 1024 * 1024;

enum EntryField : quint32 {
    kSecret = 1,
    kName = 2,
    kIssuer = 3,
    kAlgorithm = 4,
    kDigits = 5,
    kType = 6,
    kCounter = 7,
    kUniqueId = 8,
};

enum PayloadField : quint32 {
    kOtpParameters = 1,
    kVersion = 2,
    kBatchSize = 3,
    kBatchIndex = 4,
    kBatchId = 5,
};

constexpr int kAlgorithmSha1 = 1;
constexpr int kAlgorithmSha256 = 2;
constexpr int kAlgorithmSha512 = 3;
constexpr int kAlgorithmMd5 = 4;
constexpr int kDigitsSix = 1;
constexpr int kDigitsEight = 2;
constexpr int kTypeHotp = 1;
constexpr int kTypeTotp = 2;
constexpr int kMaxKnownVersion = 2;

Error damaged(const QString& what)
{
    return Error(ErrorCode::InvalidInput, u"The transfer data is damaged or incomplete (%1)."_s.arg(what));
}

Error wrongWireType(quint32 field)
{
    return damaged(u"field %1 has the wrong type"_s.arg(field));
}

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    // ' ': a '+' that some program turned into a space by form-decoding the URI; a space is
    // never valid Base64, so reading it back as '+' cannot misread a correct payload.
    if (c == '+' || c == '-' || c == ' ') {
        return 62;
    }
    if (c == '/' || c == '_') {
        return 63;
    }
    return -1;
}

bool isBase64Ignorable(char c)
{
    return c == '\n' || c == '\r' || c == '\t';
}

/* Standard Base64 with optional padding; the URL-safe alphabet is accepted too. The result
 * holds secrets, so it goes straight into SecureBytes (sized once, wiped on destruction). */
Result<crypto::SecureBytes> decodeBase64(QByteArrayView text)
{
    qsizetype symbols = 0;
    qsizetype padding = 0;
    for (const char c : text) {
        if (isBase64Ignorable(c)) {
            continue;
        }
        if (c == '=') {
            ++padding;
            continue;
        }
        if (base64Value(c) < 0 || padding > 0) {
            return Error(ErrorCode::InvalidInput,
                         u"The transfer data is not valid Base64 (it contains an unexpected character)."_s);
        }
        ++symbols;
    }
    if (padding > 2 || symbols % 4 == 1) {
        return Error(ErrorCode::InvalidInput, u"The transfer data is incomplete (its Base64 text is cut short)."_s);
    }
    crypto::SecureBytes out(static_cast<std::size_t>(symbols * 6 / 8));
    quint32 buffer = 0;
    int bits = 0;
    std::size_t written = 0;
    for (const char c : text) {
        const int value = (c == '=' || isBase64Ignorable(c)) ? -1 : base64Value(c);
        if (value < 0) {
            continue;
        }
        buffer = (buffer << 6) | static_cast<quint32>(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            if (written < out.size()) {
                out.data()[written++] = static_cast<quint8>(buffer >> bits);
            }
            buffer &= (1u << bits) - 1u;
        }
    }
    buffer = 0;
    return out;
}

Result<MigrationPayload::Entry> readEntry(QByteArrayView bytes)
{
    MigrationPayload::Entry entry;
    ProtobufReader reader(bytes);
    while (!reader.atEnd()) {
        auto tag = reader.readTag();
        if (!tag) {
            return tag.error();
        }
        const auto expect = [&tag](ProtobufReader::WireType wire) { return tag->wireType == wire; };
        switch (tag->field) {
        case kSecret:
        case kName:
        case kIssuer:
        case kUniqueId: {
            if (!expect(ProtobufReader::WireType::LengthDelimited)) {
                return wrongWireType(tag->field);
            }
            auto value = reader.readLengthDelimited();
            if (!value) {
                return value.error();
            }
            if (tag->field == kSecret) {
                entry.secret = crypto::SecureBytes::copyOf(value->data(), static_cast<std::size_t>(value->size()));
            } else if (tag->field == kName) {
                entry.name = QString::fromUtf8(*value);
            } else if (tag->field == kIssuer) {
                entry.issuer = QString::fromUtf8(*value);
            } else {
                entry.uniqueId = QString::fromUtf8(*value);
            }
            break;
        }
        case kAlgorithm:
        case kDigits:
        case kType:
        case kCounter: {
            if (!expect(ProtobufReader::WireType::Varint)) {
                return wrongWireType(tag->field);
            }
            auto value = reader.readVarint();
            if (!value) {
                return value.error();
            }
            if (tag->field == kAlgorithm) {
                entry.algorithm = ProtobufReader::toInt32(*value);
            } else if (tag->field == kDigits) {
                entry.digits = ProtobufReader::toInt32(*value);
            } else if (tag->field == kType) {
                entry.type = ProtobufReader::toInt32(*value);
            } else {
                entry.counter = static_cast<qint64>(*value);
            }
            break;
        }
        default:
            if (auto skipped = reader.skip(tag->wireType); !skipped) {
                return skipped.error();
            }
            break;
        }
    }
    return entry;
}

QString entryDescription(const MigrationPayload::Entry& entry, std::size_t index)
{
    constexpr qsizetype kMaxShown = 40;
    QString who = entry.issuer.isEmpty() ? entry.name : entry.issuer + u": "_s + entry.name;
    if (who.size() > kMaxShown) {
        who = who.left(kMaxShown) + u'…';
    }
    return u"Account %1 (%2)"_s.arg(index + 1).arg(who);
}

} // namespace

Result<MigrationPayload> MigrationPayload::fromUri(QStringView uri)
{
    if (uri.size() > kMaxUriLength) {
        return Error(ErrorCode::InvalidInput,
                     u"The link is too long to be a Google Authenticator export (more than 64 KiB)."_s);
    }
    const QStringView text = uri.trimmed();
    const qsizetype schemeEnd = text.indexOf(u"://");
    const QStringView scheme = schemeEnd < 0 ? QStringView() : text.left(schemeEnd);
    if (scheme.compare(u"otpauth", Qt::CaseInsensitive) == 0) {
        return Error(ErrorCode::InvalidInput,
                     u"This is a link for a single account, not a Google Authenticator export."_s);
    }
    if (schemeEnd < 0 || scheme.compare(u"otpauth-migration", Qt::CaseInsensitive) != 0) {
        return Error(ErrorCode::InvalidInput,
                     u"This is not a Google Authenticator export; it must start with \"otpauth-migration://\"."_s);
    }
    const QStringView rest = text.mid(schemeEnd + 3);
    const qsizetype queryStart = rest.indexOf(u'?');
    QStringView host = queryStart < 0 ? rest : rest.left(queryStart);
    if (host.endsWith(u'/')) {
        host.chop(1);
    }
    if (host.compare(u"offline", Qt::CaseInsensitive) != 0) {
        return Error(
            ErrorCode::InvalidInput,
            u"This is not a Google Authenticator export; it must start with \"otpauth-migration://offline\"."_s);
    }
    const QStringView query = queryStart < 0 ? QStringView() : rest.mid(queryStart + 1);
    std::optional<QStringView> data;
    for (const QStringView piece : query.tokenize(u'&')) {
        const qsizetype eq = piece.indexOf(u'=');
        if (eq < 0) {
            continue;
        }
        if (PercentEncoding::decode(piece.left(eq), PercentEncoding::Plus::Keep).trimmed().toLower() != u"data"_s) {
            continue;
        }
        if (data) {
            return Error(
                ErrorCode::InvalidInput,
                u"The export link contains its \"data\" parameter twice, so it is unclear which one to use."_s);
        }
        data = piece.mid(eq + 1); // Base64 '=' padding inside the value is fine: split at the first '='
    }
    if (!data || data->trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     u"The export link has no account data (the \"data\" parameter is missing)."_s);
    }
    // Never '+' → space here: '+' is a Base64 character (FORMATS.md §3.1).
    QByteArray base64 = PercentEncoding::decodeToBytes(data->trimmed(), PercentEncoding::Plus::Keep);
    auto bytes = decodeBase64(base64);
    base64.fill('\0');
    if (!bytes) {
        return bytes.error();
    }
    return fromProtobuf(
        QByteArrayView(reinterpret_cast<const char*>(bytes->data()), static_cast<qsizetype>(bytes->size())));
}

Result<MigrationPayload> MigrationPayload::fromProtobuf(QByteArrayView bytes)
{
    if (bytes.size() > kMaxPayloadBytes) {
        return Error(ErrorCode::InvalidInput, u"The transfer data is too large to be a Google Authenticator export."_s);
    }
    MigrationPayload payload;
    payload.version = 0;
    payload.batchSize = 0;
    ProtobufReader reader(bytes);
    while (!reader.atEnd()) {
        auto tag = reader.readTag();
        if (!tag) {
            return tag.error();
        }
        if (tag->field == kOtpParameters) {
            if (tag->wireType != ProtobufReader::WireType::LengthDelimited) {
                return wrongWireType(tag->field);
            }
            auto nested = reader.readLengthDelimited();
            if (!nested) {
                return nested.error();
            }
            auto entry = readEntry(*nested);
            if (!entry) {
                return entry.error();
            }
            payload.entries.push_back(std::move(*entry));
            continue;
        }
        if (tag->field >= kVersion && tag->field <= kBatchId) {
            if (tag->wireType != ProtobufReader::WireType::Varint) {
                return wrongWireType(tag->field);
            }
            auto value = reader.readVarint();
            if (!value) {
                return value.error();
            }
            const qint32 number = ProtobufReader::toInt32(*value);
            switch (tag->field) {
            case kVersion:
                payload.version = number;
                break;
            case kBatchSize:
                payload.batchSize = number;
                break;
            case kBatchIndex:
                payload.batchIndex = number;
                payload.hasBatchIndex = true;
                break;
            default:
                payload.batchId = number;
                break;
            }
            continue;
        }
        if (auto skipped = reader.skip(tag->wireType); !skipped) {
            return skipped.error();
        }
    }
    // Version 0 is an encoder that left the field out (proto3 omits zero); later versions may
    // change what the fields mean, so they are refused rather than misread.
    if (payload.version < 0 || payload.version > kMaxKnownVersion) {
        return Error(
            ErrorCode::Unsupported,
            u"The export was made by a newer Google Authenticator (format version %1) that Tessera cannot read yet."_s
                .arg(payload.version));
    }
    if (payload.entries.empty()) {
        return Error(ErrorCode::InvalidInput, u"The transfer data contains no accounts."_s);
    }
    return payload;
}

QByteArray MigrationPayload::toProtobuf() const
{
    ProtobufWriter out;
    for (const Entry& entry : entries) {
        ProtobufWriter nested;
        if (!entry.secret.isEmpty()) {
            nested.writeBytesField(kSecret, QByteArrayView(reinterpret_cast<const char*>(entry.secret.data()),
                                                           static_cast<qsizetype>(entry.secret.size())));
        }
        nested.writeStringField(kName, entry.name);
        if (!entry.issuer.isEmpty()) {
            nested.writeStringField(kIssuer, entry.issuer);
        }
        if (entry.algorithm != 0) {
            nested.writeInt32Field(kAlgorithm, entry.algorithm);
        }
        if (entry.digits != 0) {
            nested.writeInt32Field(kDigits, entry.digits);
        }
        if (entry.type != 0) {
            nested.writeInt32Field(kType, entry.type);
        }
        // Explicit for HOTP even at 0, as version-2 exports do.
        if (entry.counter != 0 || entry.type == kTypeHotp) {
            nested.writeVarintField(kCounter, static_cast<quint64>(entry.counter));
        }
        if (!entry.uniqueId.isEmpty()) {
            nested.writeStringField(kUniqueId, entry.uniqueId);
        }
        out.writeBytesField(kOtpParameters, nested.data());
    }
    if (version != 0) {
        out.writeInt32Field(kVersion, version);
    }
    if (batchSize != 0) {
        out.writeInt32Field(kBatchSize, batchSize);
    }
    if (hasBatchIndex) {
        out.writeInt32Field(kBatchIndex, batchIndex);
    }
    if (batchId != 0) {
        out.writeInt32Field(kBatchId, batchId);
    }
    return out.take();
}

QString MigrationPayload::toUri() const
{
    // Standard Base64 with '=' padding, then '+', '/', '=' percent-encoded (§3.1), as GA writes.
    return u"otpauth-migration://offline?data="_s + PercentEncoding::encodeBytes(toProtobuf().toBase64());
}

MigrationPayload::Conversion MigrationPayload::toTokens() const
{
    Conversion result;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const Entry& entry = entries[i];
        const auto reject = [&](ErrorCode code, const QString& message) {
            result.rejected.append(Error(code, message).withContext(entryDescription(entry, i)));
        };
        if (entry.secret.isEmpty()) {
            reject(ErrorCode::InvalidInput, u"The secret is empty."_s);
            continue;
        }
        otp::HashAlgorithm algorithm = otp::HashAlgorithm::Sha1;
        switch (entry.algorithm) {
        case 0:
        case kAlgorithmSha1:
            algorithm = otp::HashAlgorithm::Sha1;
            break;
        case kAlgorithmSha256:
            algorithm = otp::HashAlgorithm::Sha256;
            break;
        case kAlgorithmSha512:
            algorithm = otp::HashAlgorithm::Sha512;
            break;
        case kAlgorithmMd5:
            reject(ErrorCode::Unsupported, u"It uses the MD5 algorithm, which is not supported for these codes."_s);
            continue;
        default:
            reject(ErrorCode::Unsupported, u"It uses an unknown algorithm (value %1)."_s.arg(entry.algorithm));
            continue;
        }
        int digits = 6;
        switch (entry.digits) {
        case 0:
        case kDigitsSix:
            digits = 6;
            break;
        case kDigitsEight:
            digits = 8;
            break;
        default:
            reject(ErrorCode::Unsupported, u"It uses an unknown number of digits (value %1)."_s.arg(entry.digits));
            continue;
        }
        Result<otp::OtpParameters> parameters = Error(ErrorCode::Internal, QString());
        switch (entry.type) {
        case 0:
        case kTypeTotp:
            parameters = otp::OtpParameters::totp(algorithm, digits, otp::OtpParameters::kDefaultPeriod);
            break;
        case kTypeHotp:
            if (entry.counter < 0) {
                reject(ErrorCode::InvalidInput, u"Its counter is negative (%1)."_s.arg(entry.counter));
                continue;
            }
            parameters = otp::OtpParameters::hotp(algorithm, digits, static_cast<quint64>(entry.counter));
            break;
        default:
            reject(ErrorCode::Unsupported, u"It uses an unknown account type (value %1)."_s.arg(entry.type));
            continue;
        }
        if (!parameters) {
            reject(parameters.error().code(), parameters.error().message());
            continue;
        }

        // §3.4: GA keeps the whole original label ("Issuer:name") in `name`.
        QString issuer = entry.issuer;
        QString name = entry.name;
        if (!issuer.isEmpty() && name.startsWith(issuer + u':')) {
            name = name.mid(issuer.size() + 1);
        } else if (issuer.isEmpty()) {
            if (const qsizetype colon = name.indexOf(u':'); colon >= 0) {
                issuer = name.left(colon).trimmed();
                name = name.mid(colon + 1);
            }
        }
        qsizetype leading = 0;
        while (leading < name.size() && name[leading] == u' ') {
            ++leading;
        }
        name.remove(0, leading);

        auto token = otp::OtpToken::create(std::move(issuer), std::move(name), *parameters, entry.secret.clone());
        if (!token) {
            reject(token.error().code(), token.error().message());
            continue;
        }
        result.tokens.push_back(std::move(*token));
    }
    return result;
}

std::vector<MigrationPayload> MigrationPayload::forExport(const std::vector<const otp::OtpToken*>& tokens,
                                                          qint32 batchId, QList<int>* skipped, int maxPerBatch)
{
    if (skipped) {
        skipped->clear();
    }
    const std::size_t perBatch = maxPerBatch > 0 ? static_cast<std::size_t>(maxPerBatch) : 10;
    std::vector<Entry> exported;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const otp::OtpToken* token = tokens[i];
        const bool fits = [token]() {
            if (token == nullptr) {
                return false;
            }
            const otp::OtpParameters& p = token->parameters();
            // The format has no period field (always 30 s), no Steam type, digits only 6 or 8,
            // and a signed 64-bit counter.
            switch (p.type()) {
            case otp::OtpType::Steam:
                return false;
            case otp::OtpType::Totp:
                if (p.period() != otp::OtpParameters::kDefaultPeriod) {
                    return false;
                }
                break;
            case otp::OtpType::Hotp:
                if (p.counter() > static_cast<quint64>(std::numeric_limits<qint64>::max())) {
                    return false;
                }
                break;
            }
            return p.digits() == 6 || p.digits() == 8;
        }();
        if (!fits) {
            if (skipped) {
                skipped->append(static_cast<int>(i));
            }
            continue;
        }
        const otp::OtpParameters& p = token->parameters();
        Entry entry;
        entry.secret = token->secret().clone();
        entry.name = token->name();
        entry.issuer = token->issuer();
        switch (p.algorithm()) {
        case otp::HashAlgorithm::Sha1:
            entry.algorithm = kAlgorithmSha1;
            break;
        case otp::HashAlgorithm::Sha256:
            entry.algorithm = kAlgorithmSha256;
            break;
        case otp::HashAlgorithm::Sha512:
            entry.algorithm = kAlgorithmSha512;
            break;
        }
        entry.digits = p.digits() == 8 ? kDigitsEight : kDigitsSix;
        entry.type = p.type() == otp::OtpType::Hotp ? kTypeHotp : kTypeTotp;
        entry.counter = p.type() == otp::OtpType::Hotp ? static_cast<qint64>(p.counter()) : 0;
        exported.push_back(std::move(entry));
    }

    std::vector<MigrationPayload> payloads;
    const std::size_t count = (exported.size() + perBatch - 1) / perBatch;
    for (std::size_t b = 0; b < count; ++b) {
        MigrationPayload payload;
        payload.version = 1;
        payload.batchSize = static_cast<int>(count);
        payload.batchIndex = static_cast<int>(b);
        payload.hasBatchIndex = true; // Aegis PR #1492: GA on iOS needs it even for index 0
        payload.batchId = batchId;
        const std::size_t end = std::min(exported.size(), (b + 1) * perBatch);
        for (std::size_t i = b * perBatch; i < end; ++i) {
            payload.entries.push_back(std::move(exported[i]));
        }
        payloads.push_back(std::move(payload));
    }
    return payloads;
}

} // namespace tessera::uri
