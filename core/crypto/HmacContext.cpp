// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HmacContext.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

using namespace Qt::Literals::StringLiterals;

namespace tessera::crypto {

namespace {

/* Fetched on first use and kept for the life of the process (thread-safe static init). */
EVP_MAC* hmacAlgorithm()
{
    static EVP_MAC* const algorithm = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    return algorithm;
}

} // namespace

void HmacContext::Deleter::operator()(evp_mac_ctx_st* context) const
{
    EVP_MAC_CTX_free(context);
}

HmacContext::HmacContext(evp_mac_ctx_st* context)
    : m_context(context)
{
}

Result<HmacContext> HmacContext::create(const char* digest, std::span<const std::uint8_t> key)
{
    if (key.empty()) {
        return Error(ErrorCode::InvalidInput, u"The secret is empty."_s);
    }
    EVP_MAC* algorithm = hmacAlgorithm();
    if (algorithm == nullptr) {
        return Error(ErrorCode::Internal, u"OpenSSL does not provide HMAC."_s);
    }
    HmacContext hmac(EVP_MAC_CTX_new(algorithm));
    if (!hmac.m_context) {
        return Error(ErrorCode::Internal, u"Out of memory while preparing HMAC."_s);
    }
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(digest), 0),
        OSSL_PARAM_construct_end(),
    };
    if (EVP_MAC_init(hmac.m_context.get(), key.data(), key.size(), params) != 1) {
        return Error(ErrorCode::Internal, u"OpenSSL could not key the HMAC."_s);
    }
    return hmac;
}

std::size_t HmacContext::compute(std::span<const std::uint8_t> message, std::span<std::uint8_t, kMaxMacSize> out)
{
    /* A null key re-initialises with the key already set (OpenSSL ≥ 3.0.3), which is what
     * makes a reused context cheap. */
    std::size_t length = 0;
    if (EVP_MAC_init(m_context.get(), nullptr, 0, nullptr) != 1
        || EVP_MAC_update(m_context.get(), message.data(), message.size()) != 1
        || EVP_MAC_final(m_context.get(), out.data(), &length, out.size()) != 1) {
        return 0;
    }
    return length;
}

} // namespace tessera::crypto
