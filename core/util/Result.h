// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <cassert>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace tessera {

/* A value or an Error, shaped like C++23's std::expected (which GCC 12 lacks in C++20 mode).
 * Errors are values: a function that can fail returns Result<T>, and a caller must look at
 * it ([[nodiscard]]). Move-only T (e.g. SecureBytes) is supported. */
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }
    Result(ErrorCode code, QString message)
        : m_state(std::in_place_index<1>, Error(code, std::move(message)))
    {
    }

    [[nodiscard]] bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    [[nodiscard]] T& value() &
    {
        assert(hasValue());
        return std::get<0>(m_state);
    }
    [[nodiscard]] const T& value() const&
    {
        assert(hasValue());
        return std::get<0>(m_state);
    }
    [[nodiscard]] T&& value() &&
    {
        assert(hasValue());
        return std::get<0>(std::move(m_state));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    [[nodiscard]] const Error& error() const
    {
        assert(!hasValue());
        return std::get<1>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

/* Result<void>: success carries nothing. */
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }
    Result(ErrorCode code, QString message)
        : m_error(Error(code, std::move(message)))
    {
    }

    [[nodiscard]] bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }
    [[nodiscard]] const Error& error() const
    {
        assert(m_error.has_value());
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

} // namespace tessera
