// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArrayView>
#include <QString>

namespace tessera::recovery {

/* How far this computer's clock is from a web server's, from the HTTP `Date` header of one
 * request (SECURITY.md S12). Codes are made from the time: a clock more than 15 s off makes
 * sites reject them (most accept the previous and next 30-second step, few more).
 *
 * The header has whole seconds and was written somewhere between sending and receiving, so
 * the server's time is taken as Date + 0.5 s at the middle of the round trip; the error of
 * the estimate is at most half a second plus half the round trip (uncertaintyMs()). */
class ClockOffset {
public:
    static constexpr qint64 kToleranceMs = 15'000;

    enum class Verdict { Fine, Warn };

    /* An RFC 7231 HTTP-date in any of its three forms, as Unix seconds:
     *   IMF-fixdate  "Sun, 06 Nov 1994 08:49:37 GMT"   (what servers send)
     *   RFC 850      "Sunday, 06-Nov-94 08:49:37 GMT"  (obsolete; a two-digit year is placed in
     *                the century that puts it at most 50 years after `referenceYear`)
     *   asctime      "Sun Nov  6 08:49:37 1994"        (obsolete)
     * Anything else (other zones, missing parts, impossible dates) is an error. */
    [[nodiscard]] static Result<qint64> parseHttpDate(QByteArrayView text, int referenceYear);
    /* The same, with this computer's current year as the reference. */
    [[nodiscard]] static Result<qint64> parseHttpDate(QByteArrayView text);

    /* Local times in milliseconds since the epoch, taken just before sending and just after
     * the answer arrived; serverSeconds from parseHttpDate(). */
    [[nodiscard]] static ClockOffset measure(qint64 serverSeconds, qint64 sentMs, qint64 receivedMs);

    /* Server minus local: positive when this computer's clock is behind. */
    [[nodiscard]] qint64 offsetMs() const { return m_offsetMs; }
    /* offsetMs() rounded to the nearest second (halves away from zero). */
    [[nodiscard]] qint64 offsetSeconds() const;
    [[nodiscard]] qint64 uncertaintyMs() const { return m_uncertaintyMs; }
    /* Warn when |offset| > 15 s. */
    [[nodiscard]] Verdict verdict() const;
    /* One plain sentence: how far off, whether codes will work and what to do. */
    [[nodiscard]] QString sentence() const;

    /* "42 seconds", "3 minutes", "5 hours", "2 days": the size of an offset in words. */
    [[nodiscard]] static QString describeSeconds(qint64 seconds);

private:
    ClockOffset(qint64 offsetMs, qint64 uncertaintyMs)
        : m_offsetMs(offsetMs)
        , m_uncertaintyMs(uncertaintyMs)
    {
    }

    qint64 m_offsetMs;
    qint64 m_uncertaintyMs;
};

} // namespace tessera::recovery
