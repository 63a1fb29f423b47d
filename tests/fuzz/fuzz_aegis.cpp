// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Aegis vault files read without a password: arbitrary bytes must never crash, and whatever
// reads must hold, for every entry, either a token or the reason there is none. Without a
// password no scrypt runs, so the fuzzer spends its time in the JSON and entry checks.
#include "ImporterFuzzing.h"
#include "interop/AegisImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return tessera::fuzz::readWithoutPassword(tessera::interop::AegisImporter(), data, size);
}
