// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecureBytes.h"

#include <openssl/crypto.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace tessera::crypto {

SecureBytes::SecureBytes(std::size_t size)
    : m_data(size > 0 ? std::make_unique<std::uint8_t[]>(size) : nullptr)
    , m_size(size)
{
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::copyOf(std::span<const std::uint8_t> bytes)
{
    SecureBytes result(bytes.size());
    if (!bytes.empty()) {
        std::memcpy(result.data(), bytes.data(), bytes.size());
    }
    return result;
}

SecureBytes SecureBytes::copyOf(const char* data, std::size_t size)
{
    return copyOf(std::span(reinterpret_cast<const std::uint8_t*>(data), size));
}

SecureBytes SecureBytes::clone() const
{
    return copyOf(bytes());
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    if (m_size != other.m_size) {
        return false;
    }
    return m_size == 0 || CRYPTO_memcmp(m_data.get(), other.m_data.get(), m_size) == 0;
}

void SecureBytes::clear()
{
    if (m_data) {
        OPENSSL_cleanse(m_data.get(), m_size);
        m_data.reset();
    }
    m_size = 0;
}

} // namespace tessera::crypto
