// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Bitwarden exports (JSON and CSV): arbitrary bytes must never crash, and
// whatever reads must hold, for every entry, either a token or the reason there is none. The
// encrypted variants are refused without decryption, so there is no password to give.
#include "interop/BitwardenImporter.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const tessera::interop::BitwardenImporter importer;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const bool recognised = importer.recognises(bytes);
    const bool encrypted = importer.needsPassword(bytes);
    auto result = importer.read(bytes, std::nullopt);
    if (!result) {
        return 0;
    }
    // Anything that reads must have looked like a Bitwarden export, and none needs a password.
    if (!recognised || encrypted) {
        std::abort();
    }
    for (const auto& account : result->accounts) {
        if (account.token.has_value() == account.problem.has_value()) {
            std::abort();
        }
    }
    return 0;
}
