// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>

struct evp_mac_ctx_st;

namespace tessera::crypto {

/* A keyed HMAC (OpenSSL 3 EVP_MAC) that can be run again and again without setting the key
 * each time. The "HMAC" algorithm is fetched once per process: OpenSSL 3's provider lookup
 * costs more than the MAC itself on 8-byte inputs (openssl#20998). Move-only; the context is
 * freed — and its key material cleansed by OpenSSL — on destruction. */
class HmacContext {
public:
    static constexpr std::size_t kMaxMacSize = 64; // SHA-512

    /* digest: "SHA1", "SHA256" or "SHA512". An empty key is refused up front rather than left
     * to library behaviour. */
    [[nodiscard]] static Result<HmacContext> create(const char* digest, std::span<const std::uint8_t> key);

    /* MAC of `message` into `out`; returns the MAC length (20, 32 or 64), 0 on failure. */
    std::size_t compute(std::span<const std::uint8_t> message, std::span<std::uint8_t, kMaxMacSize> out);

private:
    struct Deleter {
        void operator()(evp_mac_ctx_st* context) const;
    };
    explicit HmacContext(evp_mac_ctx_st* context);

    std::unique_ptr<evp_mac_ctx_st, Deleter> m_context;
};

} // namespace tessera::crypto
