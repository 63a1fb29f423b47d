// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClockOffset.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <cctype>
#include <cstdlib>
#include <string_view>

using namespace Qt::Literals::StringLiterals;

namespace tessera::recovery {

namespace {

constexpr std::string_view kShortDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::string_view kLongDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr std::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* A cursor over the header text; every reader returns false and leaves the date invalid when
 * the text does not continue as expected. HTTP dates are case-sensitive ASCII (RFC 7231 §7.1.1.1). */
class Reader {
public:
    explicit Reader(std::string_view text)
        : m_text(text)
    {
    }

    bool literal(std::string_view expected)
    {
        if (m_text.substr(m_at, expected.size()) != expected) {
            return false;
        }
        m_at += expected.size();
        return true;
    }

    /* One of `names`; its index in `index`. */
    template <std::size_t N>
    bool name(const std::string_view (&names)[N], int& index)
    {
        for (std::size_t i = 0; i < N; ++i) {
            // The longest matching name wins ("Sunday" is not "Sun" followed by "day").
            if (m_text.substr(m_at, names[i].size()) == names[i]) {
                const std::size_t end = m_at + names[i].size();
                if (end < m_text.size() && std::isalpha(static_cast<unsigned char>(m_text[end]))) {
                    continue;
                }
                m_at = end;
                index = int(i);
                return true;
            }
        }
        return false;
    }

    /* Exactly `digits` decimal digits. */
    bool number(int digits, int& value)
    {
        value = 0;
        for (int i = 0; i < digits; ++i, ++m_at) {
            if (m_at >= m_text.size() || m_text[m_at] < '0' || m_text[m_at] > '9') {
                return false;
            }
            value = value * 10 + (m_text[m_at] - '0');
        }
        return true;
    }

    bool atEnd() const { return m_at == m_text.size(); }

private:
    std::string_view m_text;
    std::size_t m_at = 0;
};

struct Parts {
    int year = 0;
    int month = 0; // 1–12
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
};

bool readTime(Reader& in, Parts& parts)
{
    return in.number(2, parts.hour) && in.literal(":") && in.number(2, parts.minute) && in.literal(":")
           && in.number(2, parts.second);
}

bool readMonth(Reader& in, Parts& parts)
{
    int index = 0;
    if (!in.name(kMonths, index)) {
        return false;
    }
    parts.month = index + 1;
    return true;
}

// "Sun, 06 Nov 1994 08:49:37 GMT"
bool readImfFixdate(Reader in, Parts& parts)
{
    int weekday = 0;
    return in.name(kShortDays, weekday) && in.literal(", ") && in.number(2, parts.day) && in.literal(" ")
           && readMonth(in, parts) && in.literal(" ") && in.number(4, parts.year) && in.literal(" ")
           && readTime(in, parts) && in.literal(" GMT") && in.atEnd();
}

// "Sunday, 06-Nov-94 08:49:37 GMT"; the century is settled by the caller.
bool readRfc850(Reader in, Parts& parts)
{
    int weekday = 0;
    return in.name(kLongDays, weekday) && in.literal(", ") && in.number(2, parts.day) && in.literal("-")
           && readMonth(in, parts) && in.literal("-") && in.number(2, parts.year) && in.literal(" ")
           && readTime(in, parts) && in.literal(" GMT") && in.atEnd();
}

// "Sun Nov  6 08:49:37 1994" (a one-digit day is padded with a space)
bool readAsctime(Reader in, Parts& parts)
{
    int weekday = 0;
    if (!in.name(kShortDays, weekday) || !in.literal(" ") || !readMonth(in, parts) || !in.literal(" ")) {
        return false;
    }
    if (in.literal(" ")) {
        if (!in.number(1, parts.day)) {
            return false;
        }
    } else if (!in.number(2, parts.day)) {
        return false;
    }
    return in.literal(" ") && readTime(in, parts) && in.literal(" ") && in.number(4, parts.year) && in.atEnd();
}

} // namespace

Result<qint64> ClockOffset::parseHttpDate(QByteArrayView text)
{
    return parseHttpDate(text, QDate::currentDate().year());
}

Result<qint64> ClockOffset::parseHttpDate(QByteArrayView text, int referenceYear)
{
    const QByteArray trimmed = text.toByteArray().trimmed();
    const std::string_view view(trimmed.constData(), std::size_t(trimmed.size()));
    Parts parts;
    if (readRfc850(Reader(view), parts)) {
        // RFC 7231 §7.1.1.1: a two-digit year that looks more than 50 years in the future is
        // in the past century.
        int year = referenceYear - referenceYear % 100 + parts.year;
        if (year > referenceYear + 50) {
            year -= 100;
        }
        parts.year = year;
    } else if (!readImfFixdate(Reader(view), parts) && !readAsctime(Reader(view), parts)) {
        return Error(ErrorCode::InvalidInput,
                     u"The server's Date header is not a date in any of HTTP's three formats."_s);
    }
    // A leap second (:60) is one second past :59 for our purpose.
    const int leap = parts.second == 60 ? 1 : 0;
    const QDate date(parts.year, parts.month, parts.day);
    const QTime time(parts.hour, parts.minute, parts.second - leap);
    if (!date.isValid() || !time.isValid()) {
        return Error(ErrorCode::InvalidInput, u"The server's Date header names a day or time that does not exist."_s);
    }
    return QDateTime(date, time, Qt::UTC).toSecsSinceEpoch() + leap;
}

ClockOffset ClockOffset::measure(qint64 serverSeconds, qint64 sentMs, qint64 receivedMs)
{
    const qint64 roundTripMs = std::max<qint64>(0, receivedMs - sentMs);
    // Local time when the server wrote the header, at best guess: the middle of the round trip.
    const qint64 localMs = sentMs + roundTripMs / 2;
    // The server's clock read somewhere in [Date, Date + 1 s): take the middle.
    const qint64 serverMs = serverSeconds * 1000 + 500;
    return ClockOffset(serverMs - localMs, 500 + (roundTripMs + 1) / 2);
}

qint64 ClockOffset::offsetSeconds() const
{
    const qint64 magnitude = (std::abs(m_offsetMs) + 500) / 1000;
    return m_offsetMs < 0 ? -magnitude : magnitude;
}

ClockOffset::Verdict ClockOffset::verdict() const
{
    return std::abs(m_offsetMs) > kToleranceMs ? Verdict::Warn : Verdict::Fine;
}

QString ClockOffset::describeSeconds(qint64 seconds)
{
    seconds = std::abs(seconds);
    const auto plural = [](qint64 count, const QString& one, const QString& many) {
        return count == 1 ? u"1 "_s + one : u"%1 "_s.arg(count) + many;
    };
    if (seconds < 120) {
        return plural(seconds, u"second"_s, u"seconds"_s);
    }
    if (seconds < 2 * 3600) {
        return plural((seconds + 30) / 60, u"minute"_s, u"minutes"_s);
    }
    if (seconds < 2 * 86400) {
        return plural((seconds + 1800) / 3600, u"hour"_s, u"hours"_s);
    }
    return plural((seconds + 43200) / 86400, u"day"_s, u"days"_s);
}

QString ClockOffset::sentence() const
{
    const qint64 seconds = offsetSeconds();
    if (verdict() == Verdict::Fine) {
        if (seconds == 0) {
            return u"Your computer's clock is right; codes will be accepted."_s;
        }
        return u"Your computer's clock is %1 %2, close enough: codes will be accepted."_s.arg(
            describeSeconds(seconds), seconds > 0 ? u"behind"_s : u"ahead"_s);
    }
    return u"Your computer's clock is %1 %2; codes will be rejected. Turn on “Set time automatically” in "
           "the system's date and time settings, or correct the time by hand."_s.arg(
               describeSeconds(seconds), seconds > 0 ? u"behind"_s : u"ahead"_s);
}

} // namespace tessera::recovery
