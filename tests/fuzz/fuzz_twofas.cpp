// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// 2FAS backups. The first byte selects whether a password ("test") is given, so one corpus
// reaches both the plain reader and the decryption path. Must never crash or read out of
// bounds; every result is an error or accounts that each carry a token or a problem, never both.
#include "ImporterFuzzing.h"
#include "crypto/SecureBytes.h"
#include "interop/TwoFasImporter.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArrayView rest(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const tessera::interop::TwoFasImporter importer;
    (void)importer.recognises(rest);
    (void)importer.needsPassword(rest);
    std::optional<tessera::crypto::SecureBytes> password;
    if ((data[0] & 1u) != 0) {
        password = tessera::crypto::SecureBytes::copyOf("test", 4);
    }
    auto result = importer.read(rest, password);
    if (result) {
        tessera::fuzz::checkEntries(*result);
    }
    return 0;
}
