// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Proton Authenticator exports read without a password: arbitrary bytes must never crash, and
// whatever reads must hold, for every entry, either a token or the reason there is none. Without
// a password no Argon2id runs (Proton's fixed 19 MiB would make every run slow), so the fuzzer
// spends its time in the JSON and entry checks; the decrypted content goes through the same
// entry reader as a plain export.
#include "interop/ProtonImporter.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const tessera::interop::ProtonImporter importer;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const bool recognised = importer.recognises(bytes);
    const bool encrypted = importer.needsPassword(bytes);
    auto result = importer.read(bytes, std::nullopt);
    if (!result) {
        return 0;
    }
    // Anything that reads without a password must have looked like a plain Proton export.
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
