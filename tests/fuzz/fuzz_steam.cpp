// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Steam Guard maFiles and SteamTools files: arbitrary bytes must never crash, and
// whatever reads must hold, for every entry, either a token or the reason there is none. The
// format has no encryption, so there is no password to give.
#include "ImporterFuzzing.h"
#include "interop/SteamImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return tessera::fuzz::readWithoutPassword(tessera::interop::SteamImporter(), data, size);
}
