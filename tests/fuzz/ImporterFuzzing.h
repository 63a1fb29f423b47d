// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/Importer.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstdlib>

namespace tessera::fuzz {

/* The invariant every importer keeps: each entry it returns has a token or the reason it has
 * none, never both and never neither. Aborts (a fuzzer finding) otherwise. */
inline void checkEntries(const interop::ImportResult& result)
{
    for (const auto& account : result.accounts) {
        if (account.token.has_value() == account.problem.has_value()) {
            std::abort();
        }
    }
}

/* One fuzz input read without a password: it must never crash, and anything that reads must
 * have been recognised by the importer as a file that needs no password. */
inline int readWithoutPassword(const interop::Importer& importer, const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const bool recognised = importer.recognises(bytes);
    const bool encrypted = importer.needsPassword(bytes);
    auto result = importer.read(bytes, std::nullopt);
    if (!result) {
        return 0;
    }
    if (!recognised || encrypted) {
        std::abort();
    }
    checkEntries(*result);
    return 0;
}

} // namespace tessera::fuzz
