// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Bitwarden exports (JSON and CSV): arbitrary bytes must never crash, and
// whatever reads must hold, for every entry, either a token or the reason there is none. The
// encrypted variants are refused without decryption, so there is no password to give.
#include "ImporterFuzzing.h"
#include "interop/BitwardenImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return tessera::fuzz::readWithoutPassword(tessera::interop::BitwardenImporter(), data, size);
}
