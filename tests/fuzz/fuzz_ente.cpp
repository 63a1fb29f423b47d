// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Ente Auth encrypted exports. The first byte selects whether a password ("test") is given, so
// one corpus reaches both the structural checks and the decryption path. A password is only
// given when the file's own Argon2id cost is tiny (≤ 64 KiB, ≤ 2 passes, as in the corpus):
// larger values within the caps are legal and would only make each run slow, not find bugs.
// Must never crash or read out of bounds; every result is an error or accounts that each
// carry a token or a problem, never both.
#include "ImporterFuzzing.h"
#include "crypto/SecureBytes.h"
#include "interop/EnteImporter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace {

bool cheapKdf(QByteArrayView bytes)
{
    const QJsonObject kdf = QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), bytes.size()))
                                .object()
                                .value(u"kdfParams"_s)
                                .toObject();
    const double memLimit = kdf.value(u"memLimit"_s).toDouble(-1);
    const double opsLimit = kdf.value(u"opsLimit"_s).toDouble(-1);
    return memLimit <= 65536.0 && opsLimit <= 2.0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArrayView rest(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const tessera::interop::EnteImporter importer;
    const bool recognised = importer.recognises(rest);
    (void)importer.needsPassword(rest);
    std::optional<tessera::crypto::SecureBytes> password;
    if ((data[0] & 1u) != 0 && cheapKdf(rest)) {
        password = tessera::crypto::SecureBytes::copyOf("test", 4);
    }
    auto result = importer.read(rest, password);
    if (result) {
        if (!recognised || !password) {
            std::abort();
        }
        tessera::fuzz::checkEntries(*result);
    }
    return 0;
}
