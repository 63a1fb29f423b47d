// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What `tessera-cli import` does with any file: FormatDetector picks an importer by content
// (or refuses, describing the bytes), and the importer reads it. The first byte selects whether
// a password ("test") is given, so one corpus reaches the plain readers and the decryption paths.
// Must never crash or read out of bounds, and:
//  - a refusal is ErrorCode::Unsupported with a message, and describe() always has words;
//  - the importer picked recognises the bytes (or they are the binary andOTP fallback);
//  - whatever reads holds, for every entry, either a token or the reason there is none;
//  - a file that reads without a password did not claim to need one.
// A password is only given when the file's own key derivation is cheap: Tessera containers,
// Aegis (scrypt) and Proton (fixed 19 MiB Argon2id) never get one, Ente only for tiny Argon2id
// costs, andOTP and FreeOTP 2 only for small PBKDF2 counts (as in their own fuzz targets).
// Larger costs within the caps are legal and would only make each run slow, not find bugs.
#include "ImporterFuzzing.h"
#include "crypto/SecureBytes.h"
#include "interop/AndOtpImporter.h"
#include "interop/FormatDetector.h"
#include "interop/FreeOtpImporter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace {

bool cheapEnteKdf(QByteArrayView bytes)
{
    const QJsonObject kdf = QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), bytes.size()))
                                .object()
                                .value(u"kdfParams"_s)
                                .toObject();
    const double memLimit = kdf.value(u"memLimit"_s).toDouble(-1);
    const double opsLimit = kdf.value(u"opsLimit"_s).toDouble(-1);
    return memLimit <= 65536.0 && opsLimit <= 2.0;
}

/* andOTP's new layout starts with a big-endian PBKDF2 count; counts above the cap get a password
 * too, to check they are refused before any work. */
bool cheapAndOtpKdf(QByteArrayView bytes)
{
    quint32 iterations = 0;
    for (qsizetype i = 0; i < 4 && i < bytes.size(); ++i) {
        iterations = (iterations << 8) | static_cast<quint8>(bytes[i]);
    }
    return iterations <= 2000 || iterations > tessera::interop::AndOtpImporter::kMaxIterations;
}

/* The number after FreeOTP 2's "mIterations": small or above the cap. */
bool cheapFreeOtpKdf(QByteArrayView bytes)
{
    static constexpr QByteArrayView kKey("\"mIterations\":");
    const qsizetype at = bytes.indexOf(kKey);
    if (at < 0) {
        return true;
    }
    qint64 value = 0;
    for (qsizetype i = at + kKey.size(); i < bytes.size() && bytes[i] >= '0' && bytes[i] <= '9'; ++i) {
        value = value * 10 + (bytes[i] - '0');
        if (value > tessera::interop::FreeOtpImporter::kMaxIterations) {
            break;
        }
    }
    return value <= 1000 || value > tessera::interop::FreeOtpImporter::kMaxIterations;
}

bool cheapToDecrypt(const QString& id, QByteArrayView bytes)
{
    if (id == u"2fas"_s) {
        return true; // a fixed PBKDF2 count, as fuzz_twofas runs it
    }
    if (id == u"ente"_s) {
        return cheapEnteKdf(bytes);
    }
    if (id == u"andotp"_s) {
        return cheapAndOtpKdf(bytes);
    }
    if (id == u"freeotp"_s) {
        return cheapFreeOtpKdf(bytes);
    }
    return false; // tessera, aegis, proton
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArrayView rest(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    static const tessera::interop::FormatDetector detector;
    if (tessera::interop::FormatDetector::describe(rest).isEmpty()) {
        std::abort();
    }
    (void)tessera::interop::FormatDetector::knownFileKind(rest);

    const auto detected = detector.detect(rest);
    if (!detected) {
        if (detected.error().code() != tessera::ErrorCode::Unsupported || detected.error().message().isEmpty()) {
            std::abort();
        }
        return 0;
    }
    const tessera::interop::Importer* importer = *detected;
    if (!importer->recognises(rest)
        && !(importer->id() == u"andotp"_s && tessera::interop::AndOtpImporter::mightBeEncrypted(rest))) {
        std::abort();
    }
    const bool needsPassword = importer->needsPassword(rest);

    std::optional<tessera::crypto::SecureBytes> password;
    if ((data[0] & 1u) != 0 && (!needsPassword || cheapToDecrypt(importer->id(), rest))) {
        password = tessera::crypto::SecureBytes::copyOf("test", 4);
    }
    auto result = importer->read(rest, password);
    if (!result) {
        if (result.error().message().isEmpty()) {
            std::abort();
        }
        return 0;
    }
    if (!password && needsPassword) {
        std::abort();
    }
    tessera::fuzz::checkEntries(*result);
    return 0;
}
