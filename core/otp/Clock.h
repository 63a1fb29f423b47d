// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace tessera::otp {

/* The time codes are made for, injected so tests and `tessera-cli code --at` are exact. */
class Clock {
public:
    virtual ~Clock() = default;
    /* Seconds since the Unix epoch (64-bit: fine past 2038 and 2106). */
    [[nodiscard]] virtual qint64 unixSeconds() const = 0;
};

class SystemClock final : public Clock {
public:
    [[nodiscard]] qint64 unixSeconds() const override;
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(qint64 unixSeconds)
        : m_unixSeconds(unixSeconds)
    {
    }
    [[nodiscard]] qint64 unixSeconds() const override { return m_unixSeconds; }
    void set(qint64 unixSeconds) { m_unixSeconds = unixSeconds; }

private:
    qint64 m_unixSeconds;
};

} // namespace tessera::otp
