// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>

namespace tessera::crypto {

/* A buffer for secret bytes: OTP secrets, keys, passwords.
 *
 * Non-copyable so a secret is never duplicated by accident (QByteArray and QString share
 * and copy behind our back, and their copies cannot be wiped); an explicit clone() exists for
 * the rare deliberate copy. The size is fixed at construction, so the bytes never move to a new
 * allocation that would leave an unwiped old one behind. The destructor wipes with
 * OPENSSL_cleanse, which the optimiser may not remove. */
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size); // zero-filled
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    [[nodiscard]] static SecureBytes copyOf(std::span<const std::uint8_t> bytes);
    [[nodiscard]] static SecureBytes copyOf(const char* data, std::size_t size);
    [[nodiscard]] SecureBytes clone() const;

    [[nodiscard]] std::uint8_t* data() { return m_data.get(); }
    [[nodiscard]] const std::uint8_t* data() const { return m_data.get(); }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    [[nodiscard]] std::span<const std::uint8_t> bytes() const { return {m_data.get(), m_size}; }
    [[nodiscard]] std::span<std::uint8_t> bytes() { return {m_data.get(), m_size}; }

    /* Constant-time comparison (CRYPTO_memcmp): equal sizes and equal bytes. */
    [[nodiscard]] bool equals(const SecureBytes& other) const;

    /* Wipes and releases the bytes now; the buffer becomes empty. */
    void clear();

private:
    std::unique_ptr<std::uint8_t[]> m_data;
    std::size_t m_size = 0;
};

} // namespace tessera::crypto
