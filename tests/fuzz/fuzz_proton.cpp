// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Proton Authenticator exports read without a password: arbitrary bytes must never crash, and
// whatever reads must hold, for every entry, either a token or the reason there is none. Without
// a password no Argon2id runs (Proton's fixed 19 MiB would make every run slow), so the fuzzer
// spends its time in the JSON and entry checks; the decrypted content goes through the same
// entry reader as a plain export.
#include "ImporterFuzzing.h"
#include "interop/ProtonImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return tessera::fuzz::readWithoutPassword(tessera::interop::ProtonImporter(), data, size);
}
