// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// FreeOTP+ JSON exports. Must never crash or read out of bounds; every result is an error or
// accounts that each carry a token or a problem, never both.
#include "ImporterFuzzing.h"
#include "interop/FreeOtpPlusImporter.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const tessera::interop::FreeOtpPlusImporter importer;
    (void)importer.recognises(bytes);
    (void)importer.needsPassword(bytes);
    auto result = importer.read(bytes, std::nullopt);
    if (result) {
        tessera::fuzz::checkEntries(*result);
    }
    return 0;
}
