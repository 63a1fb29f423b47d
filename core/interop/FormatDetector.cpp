// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/FormatDetector.h"

#include "interop/AegisImporter.h"
#include "interop/AndOtpImporter.h"
#include "interop/BitwardenImporter.h"
#include "interop/EnteImporter.h"
#include "interop/FreeOtpImporter.h"
#include "interop/FreeOtpPlusImporter.h"
#include "interop/ProtonImporter.h"
#include "interop/SteamImporter.h"
#include "interop/TesseraBackupImporter.h"
#include "interop/TwoFasImporter.h"
#include "interop/UriListImporter.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace tessera::interop {

FormatDetector::FormatDetector()
{
    // FORMATS.md §5.10 order: magic numbers first (Tessera, FreeOTP 2's Java serialization),
    // then JSON objects by their telling members, then arrays, XML, CSV and text lists.
    m_importers.push_back(std::make_unique<TesseraBackupImporter>());
    m_importers.push_back(std::make_unique<FreeOtpImporter>());
    m_importers.push_back(std::make_unique<AegisImporter>());
    m_importers.push_back(std::make_unique<TwoFasImporter>());
    m_importers.push_back(std::make_unique<EnteImporter>());
    m_importers.push_back(std::make_unique<ProtonImporter>());
    m_importers.push_back(std::make_unique<BitwardenImporter>());
    m_importers.push_back(std::make_unique<FreeOtpPlusImporter>());
    m_importers.push_back(std::make_unique<SteamImporter>());
    m_importers.push_back(std::make_unique<AndOtpImporter>());
    m_importers.push_back(std::make_unique<UriListImporter>());
}

FormatDetector::~FormatDetector() = default;

Result<const Importer*> FormatDetector::detect(QByteArrayView bytes) const
{
    for (const auto& importer : m_importers) {
        if (importer->recognises(bytes)) {
            return importer.get();
        }
    }
    // An encrypted andOTP backup has no marker at all: binary bytes nobody else claims are tried
    // as one, and only its password (the GCM tag) can confirm it.
    if (!knownFileKind(bytes) && AndOtpImporter::mightBeEncrypted(bytes)) {
        for (const auto& importer : m_importers) {
            if (importer->id() == u"andotp"_s) {
                return importer.get();
            }
        }
    }
    return Error(
        ErrorCode::Unsupported,
        u"The file looks like %1, which is not a backup or export format Tessera can import."_s.arg(describe(bytes)));
}

Result<const Importer*> FormatDetector::byId(const QString& id) const
{
    for (const auto& importer : m_importers) {
        if (importer->id() == id) {
            return importer.get();
        }
    }
    return Error(ErrorCode::InvalidInput,
                 u"There is no import format “%1”; the formats are: %2."_s.arg(id, ids().join(u", "_s)));
}

QStringList FormatDetector::ids() const
{
    QStringList list;
    for (const auto& importer : m_importers) {
        list.append(importer->id());
    }
    return list;
}

bool FormatDetector::looksLikeImage(QByteArrayView bytes)
{
    // PNG, JPEG, GIF and the binary Netpbm kinds (what scanners and tests write).
    static const QByteArrayView kImageMagics[] = {
        "\x89PNG\r\n\x1a\n", "\xff\xd8\xff", "GIF87a", "GIF89a", "P5\n", "P6\n"};
    for (const QByteArrayView magic : kImageMagics) {
        if (bytes.startsWith(magic)) {
            return true;
        }
    }
    // BMP: "BM" alone could start a text file; its four reserved header bytes are zero.
    if (bytes.size() > 26 && bytes.startsWith("BM") && bytes.sliced(6, 4) == QByteArrayView("\0\0\0\0", 4)) {
        return true;
    }
    return bytes.size() > 12 && bytes.first(4) == "RIFF" && bytes.sliced(8, 4) == "WEBP";
}

std::optional<QString> FormatDetector::knownFileKind(QByteArrayView bytes)
{
    struct Magic {
        QByteArrayView prefix;
        const char16_t* what;
    };
    static const Magic kMagics[] = {
        {"\x89PNG", u"a PNG image without a readable QR code"},
        {"\xff\xd8\xff", u"a JPEG image without a readable QR code"},
        {"GIF8", u"a GIF image"},
        {"%PDF", u"a PDF document"},
        {"PK\x03\x04", u"a ZIP archive"},
        {"\x1f\x8b", u"a gzip-compressed file"},
        {"SQLite format 3", u"an SQLite database"},
        {"-----BEGIN PGP", u"an OpenPGP-encrypted file"},
        // With its NULs the literal needs its length spelled out: QByteArrayView stops a char
        // array at the first NUL, which would make any file starting AC ED "Java-serialized".
        {QByteArrayView("\xac\xed\x00\x05", 4), u"a Java-serialized file"},
    };
    for (const Magic& magic : kMagics) {
        if (bytes.startsWith(magic.prefix)) {
            return QString::fromUtf16(magic.what);
        }
    }
    return std::nullopt;
}

QString FormatDetector::describe(QByteArrayView bytes)
{
    if (bytes.isEmpty()) {
        return u"an empty file"_s;
    }
    if (const auto kind = knownFileKind(bytes)) {
        return *kind;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), bytes.size()), &error);
    if (error.error == QJsonParseError::NoError) {
        return document.isArray() ? u"a JSON list of an unknown kind"_s : u"a JSON file of an unknown kind"_s;
    }
    const auto printable = std::count_if(bytes.begin(), bytes.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x20 || c == '\n' || c == '\r' || c == '\t';
    });
    if (printable == bytes.size()) {
        return u"text without any otpauth:// link"_s;
    }
    return u"binary data of an unknown kind"_s;
}

} // namespace tessera::interop
