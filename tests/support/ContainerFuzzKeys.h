// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"

#include <cstdint>

namespace tessera::test {

/* The fixed keys of the container fuzz target. Its seed corpus (tests/fuzz/corpus/container) is
 * made with them by core.containerfile, so the fuzzer can reach the decryption paths. */
inline crypto::SecureBytes fixedFuzzKey(std::uint8_t first)
{
    crypto::SecureBytes key(32);
    for (std::size_t i = 0; i < key.size(); ++i) {
        key.data()[i] = std::uint8_t(first + i);
    }
    return key;
}

inline crypto::SecureBytes fuzzMasterKey()
{
    return fixedFuzzKey(0x00);
}

inline crypto::SecureBytes fuzzWrappingKey()
{
    return fixedFuzzKey(0x20);
}

} // namespace tessera::test
