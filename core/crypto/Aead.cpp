// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Aead.h"

#include <openssl/evp.h>

#include <climits>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace tessera::crypto {

namespace {

struct CipherContextDeleter {
    void operator()(EVP_CIPHER_CTX* context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

/* EVP's update functions take an int length; feed larger inputs in slices so a length never
 * wraps (a vault is far below this, but the API must not depend on it). */
constexpr std::size_t kSlice = std::size_t(1) << 30;

Result<void> checkSizes(const SecureBytes& key, std::span<const std::uint8_t> nonce)
{
    if (key.size() != Aead::kKeySize) {
        return Error(ErrorCode::InvalidInput, u"An AES-256-GCM key must be 32 bytes long."_s);
    }
    if (nonce.size() != Aead::kNonceSize) {
        return Error(ErrorCode::InvalidInput, u"An AES-256-GCM nonce must be 12 bytes long."_s);
    }
    return {};
}

Error openSslFailure()
{
    return Error(ErrorCode::Internal, u"OpenSSL failed while running AES-256-GCM."_s);
}

} // namespace

Result<QByteArray> Aead::encrypt(const SecureBytes& key, std::span<const std::uint8_t> nonce,
                                 std::span<const std::uint8_t> plaintext, std::span<const std::uint8_t> associatedData)
{
    if (auto sizes = checkSizes(key, nonce); !sizes) {
        return sizes.error();
    }
    if (plaintext.size() > std::size_t(INT_MAX) - kTagSize) {
        return Error(ErrorCode::InvalidInput, u"The data is too large to encrypt."_s);
    }
    CipherContext context(EVP_CIPHER_CTX_new());
    if (!context) {
        return openSslFailure();
    }
    if (EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_EncryptInit_ex(context.get(), nullptr, nullptr, key.data(), nonce.data()) != 1) {
        return openSslFailure();
    }
    int length = 0;
    for (std::size_t done = 0; done < associatedData.size(); done += kSlice) {
        const auto slice = associatedData.subspan(done, std::min(kSlice, associatedData.size() - done));
        if (EVP_EncryptUpdate(context.get(), nullptr, &length, slice.data(), int(slice.size())) != 1) {
            return openSslFailure();
        }
    }
    QByteArray out(qsizetype(plaintext.size() + kTagSize), Qt::Uninitialized);
    auto* cursor = reinterpret_cast<unsigned char*>(out.data());
    if (!plaintext.empty()
        && EVP_EncryptUpdate(context.get(), cursor, &length, plaintext.data(), int(plaintext.size())) != 1) {
        return openSslFailure();
    }
    // GCM is a stream mode: Update has written every byte and Final writes none.
    if (EVP_EncryptFinal_ex(context.get(), cursor + plaintext.size(), &length) != 1 || length != 0) {
        return openSslFailure();
    }
    if (EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, int(kTagSize), cursor + plaintext.size()) != 1) {
        return openSslFailure();
    }
    return out;
}

Result<SecureBytes> Aead::decrypt(const SecureBytes& key, std::span<const std::uint8_t> nonce,
                                  std::span<const std::uint8_t> ciphertextAndTag,
                                  std::span<const std::uint8_t> associatedData)
{
    if (auto sizes = checkSizes(key, nonce); !sizes) {
        return sizes.error();
    }
    if (ciphertextAndTag.size() < kTagSize) {
        return Error(ErrorCode::Damaged, u"The encrypted data is cut short: it is damaged."_s);
    }
    if (ciphertextAndTag.size() > std::size_t(INT_MAX)) {
        return Error(ErrorCode::InvalidInput, u"The data is too large to decrypt."_s);
    }
    const std::size_t ciphertextSize = ciphertextAndTag.size() - kTagSize;
    CipherContext context(EVP_CIPHER_CTX_new());
    if (!context) {
        return openSslFailure();
    }
    if (EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_DecryptInit_ex(context.get(), nullptr, nullptr, key.data(), nonce.data()) != 1) {
        return openSslFailure();
    }
    int length = 0;
    for (std::size_t done = 0; done < associatedData.size(); done += kSlice) {
        const auto slice = associatedData.subspan(done, std::min(kSlice, associatedData.size() - done));
        if (EVP_DecryptUpdate(context.get(), nullptr, &length, slice.data(), int(slice.size())) != 1) {
            return openSslFailure();
        }
    }
    // Unverified plaintext goes straight into a wiped buffer and never leaves this function.
    SecureBytes plaintext(ciphertextSize);
    if (ciphertextSize > 0
        && EVP_DecryptUpdate(context.get(), plaintext.data(), &length, ciphertextAndTag.data(), int(ciphertextSize))
               != 1) {
        return openSslFailure();
    }
    // OpenSSL's ctrl takes a non-const pointer but only reads the expected tag.
    std::uint8_t tag[kTagSize];
    std::copy_n(ciphertextAndTag.data() + ciphertextSize, kTagSize, tag);
    if (EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, int(kTagSize), tag) != 1) {
        return openSslFailure();
    }
    std::uint8_t none[1];
    if (EVP_DecryptFinal_ex(context.get(), none, &length) <= 0) {
        plaintext.clear();
        return Error(
            ErrorCode::Damaged,
            u"The encrypted data does not match its authentication tag: it is damaged or tampered, or the key is wrong."_s);
    }
    return plaintext;
}

} // namespace tessera::crypto
