// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Hkdf.h"

#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace tessera::crypto {

Result<SecureBytes> Hkdf::deriveKey(const SecureBytes& inputKey, QByteArrayView info, std::size_t size)
{
    const Error failed(ErrorCode::Internal, u"The encryption library could not derive a key."_s);
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr), &EVP_KDF_free);
    if (!kdf) {
        return failed;
    }
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> context(EVP_KDF_CTX_new(kdf.get()), &EVP_KDF_CTX_free);
    if (!context) {
        return failed;
    }
    char digest[] = "SHA256";
    // OSSL_PARAM takes non-const pointers; OpenSSL only reads through them here.
    OSSL_PARAM parameters[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<std::uint8_t*>(inputKey.bytes().data()),
                                          inputKey.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char*>(info.data()),
                                          std::size_t(info.size())),
        OSSL_PARAM_construct_end(),
    };
    SecureBytes key(size);
    if (EVP_KDF_derive(context.get(), key.bytes().data(), size, parameters) != 1) {
        return failed;
    }
    return key;
}

} // namespace tessera::crypto
