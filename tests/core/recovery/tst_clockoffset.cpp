// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery/ClockOffset.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::recovery::ClockOffset;

namespace {

constexpr qint64 kRfcExample = 784111777; // Sun, 06 Nov 1994 08:49:37 GMT (RFC 7231's example)

} // namespace

class TestClockOffset : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesTheThreeForms_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << kRfcExample;
        QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << kRfcExample;
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << kRfcExample;
        QTest::newRow("asctime two-digit day") << QByteArray("Wed Nov 16 08:49:37 1994") << kRfcExample + 10 * 86400;
        QTest::newRow("surrounding spaces") << QByteArray("  Sun, 06 Nov 1994 08:49:37 GMT \t") << kRfcExample;
        QTest::newRow("epoch") << QByteArray("Thu, 01 Jan 1970 00:00:00 GMT") << qint64(0);
        QTest::newRow("after 2038") << QByteArray("Tue, 19 Jan 2038 03:14:08 GMT") << qint64(2147483648);
        QTest::newRow("leap day") << QByteArray("Mon, 29 Feb 2016 12:00:00 GMT") << qint64(1456747200);
        QTest::newRow("leap second") << QByteArray("Sat, 31 Dec 2016 23:59:60 GMT") << qint64(1483228800);
        QTest::newRow("end of day") << QByteArray("Mon, 23 Nov 2026 23:59:59 GMT") << qint64(1795478399);
    }
    void parsesTheThreeForms()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, seconds);
        const auto parsed = ClockOffset::parseHttpDate(header, 2026);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message()));
        QCOMPARE(*parsed, seconds);
    }

    void twoDigitYearsStayWithinFiftyYears()
    {
        // RFC 7231 §7.1.1.1: a year more than 50 years in the future is in the past century.
        QCOMPARE(*ClockOffset::parseHttpDate("Thursday, 01-Jan-70 00:00:00 GMT", 2026),
                 *ClockOffset::parseHttpDate("Tue, 01 Jan 2070 00:00:00 GMT", 2026));               // 44 years ahead
        QCOMPARE(*ClockOffset::parseHttpDate("Thursday, 01-Jan-70 00:00:00 GMT", 2019), qint64(0)); // 51 years
        QCOMPARE(*ClockOffset::parseHttpDate("Monday, 23-Nov-26 00:00:00 GMT", 2026), qint64(1795392000));
        // 2076 is exactly 50 years ahead of 2026: still this century; 2077 is not.
        QCOMPARE(*ClockOffset::parseHttpDate("Wednesday, 01-Jan-76 00:00:00 GMT", 2026),
                 *ClockOffset::parseHttpDate("Wed, 01 Jan 2076 00:00:00 GMT", 2026));
        QCOMPARE(*ClockOffset::parseHttpDate("Saturday, 01-Jan-77 00:00:00 GMT", 2026),
                 *ClockOffset::parseHttpDate("Sat, 01 Jan 1977 00:00:00 GMT", 2026));
        QCOMPARE(*ClockOffset::parseHttpDate("Saturday, 01-Jan-77 00:00:00 GMT", 2090),
                 *ClockOffset::parseHttpDate("Fri, 01 Jan 2077 00:00:00 GMT", 2090));
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << QByteArray("   ");
        QTest::newRow("words") << QByteArray("yesterday");
        QTest::newRow("ISO 8601") << QByteArray("1994-11-06T08:49:37Z");
        QTest::newRow("other zone") << QByteArray("Sun, 06 Nov 1994 08:49:37 UTC");
        QTest::newRow("offset") << QByteArray("Sun, 06 Nov 1994 08:49:37 +0000");
        QTest::newRow("no zone") << QByteArray("Sun, 06 Nov 1994 08:49:37");
        QTest::newRow("lower-case month") << QByteArray("Sun, 06 nov 1994 08:49:37 GMT");
        QTest::newRow("unknown month") << QByteArray("Sun, 06 Noo 1994 08:49:37 GMT");
        QTest::newRow("unknown day") << QByteArray("Sux, 06 Nov 1994 08:49:37 GMT");
        QTest::newRow("long day in fixdate") << QByteArray("Sunday, 06 Nov 1994 08:49:37 GMT");
        QTest::newRow("one-digit day") << QByteArray("Sun, 6 Nov 1994 08:49:37 GMT");
        QTest::newRow("two-digit year") << QByteArray("Sun, 06 Nov 94 08:49:37 GMT");
        QTest::newRow("31 November") << QByteArray("Mon, 31 Nov 1994 08:49:37 GMT");
        QTest::newRow("29 February 2015") << QByteArray("Sun, 29 Feb 2015 08:49:37 GMT");
        QTest::newRow("hour 24") << QByteArray("Sun, 06 Nov 1994 24:00:00 GMT");
        QTest::newRow("minute 60") << QByteArray("Sun, 06 Nov 1994 08:60:00 GMT");
        QTest::newRow("second 61") << QByteArray("Sun, 06 Nov 1994 08:49:61 GMT");
        QTest::newRow("day 00") << QByteArray("Sun, 00 Nov 1994 08:49:37 GMT");
        QTest::newRow("trailing text") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT x");
        QTest::newRow("cut short") << QByteArray("Sun, 06 Nov 1994 08:4");
        QTest::newRow("RFC 850 four-digit year") << QByteArray("Sunday, 06-Nov-1994 08:49:37 GMT");
        QTest::newRow("asctime with zone") << QByteArray("Sun Nov  6 08:49:37 1994 GMT");
        QTest::newRow("asctime unpadded") << QByteArray("Sun Nov 6 08:49:37 1994");
        QTest::newRow("NUL inside") << QByteArray("Sun, 06 Nov\0 1994 08:49:37 GMT", 30);
        QTest::newRow("signs") << QByteArray("Sun, -6 Nov 1994 08:49:37 GMT");
    }
    void rejectsGarbage()
    {
        QFETCH(QByteArray, header);
        const auto parsed = ClockOffset::parseHttpDate(header, 2026);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code(), ErrorCode::InvalidInput);
        QVERIFY(parsed.error().message().contains(u"Date header"_s));
    }

    void currentYearOverload()
    {
        const auto parsed = ClockOffset::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT");
        QVERIFY(parsed);
        QCOMPARE(*parsed, kRfcExample);
    }

    void offsetIsCorrectedForTheRoundTrip_data()
    {
        // Server says T (whole seconds, so its clock read T + 0–999 ms: taken as T + 500 ms).
        QTest::addColumn<qint64>("sentMs");
        QTest::addColumn<qint64>("receivedMs");
        QTest::addColumn<qint64>("offsetMs");
        QTest::addColumn<qint64>("offsetSeconds");
        QTest::addColumn<qint64>("uncertaintyMs");
        const qint64 t = 1'795'000'000'000; // the server's Date, in ms
        QTest::newRow("in step, instant") << t + 500 << t + 500 << qint64(0) << qint64(0) << qint64(500);
        QTest::newRow("in step, 400 ms round trip") << t + 300 << t + 700 << qint64(0) << qint64(0) << qint64(700);
        QTest::newRow("42 s behind") << t - 41'500 << t - 41'500 << qint64(42'000) << qint64(42) << qint64(500);
        QTest::newRow("42 s ahead, 2 s round trip")
            << t + 41'500 << t + 43'500 << qint64(-42'000) << qint64(-42) << qint64(1'500);
        QTest::newRow("rounds half up") << t << t << qint64(500) << qint64(1) << qint64(500);
        QTest::newRow("rounds half away from zero")
            << t + 1'000 << t + 1'000 << qint64(-500) << qint64(-1) << qint64(500);
        QTest::newRow("rounds down") << t + 101 << t + 101 << qint64(399) << qint64(0) << qint64(500);
        QTest::newRow("received before sent (clock stepped)") << t + 500 << t << qint64(0) << qint64(0) << qint64(500);
    }
    void offsetIsCorrectedForTheRoundTrip()
    {
        QFETCH(qint64, sentMs);
        QFETCH(qint64, receivedMs);
        QFETCH(qint64, offsetMs);
        QFETCH(qint64, offsetSeconds);
        QFETCH(qint64, uncertaintyMs);
        const ClockOffset offset = ClockOffset::measure(1'795'000'000, sentMs, receivedMs);
        QCOMPARE(offset.offsetMs(), offsetMs);
        QCOMPARE(offset.offsetSeconds(), offsetSeconds);
        QCOMPARE(offset.uncertaintyMs(), uncertaintyMs);
    }

    void warnsBeyondFifteenSeconds_data()
    {
        QTest::addColumn<qint64>("offsetMs"); // server − local
        QTest::addColumn<bool>("warn");
        QTest::newRow("0") << qint64(0) << false;
        QTest::newRow("+15.000 s") << qint64(15'000) << false;
        QTest::newRow("-15.000 s") << qint64(-15'000) << false;
        QTest::newRow("+15.001 s") << qint64(15'001) << true;
        QTest::newRow("-15.001 s") << qint64(-15'001) << true;
        QTest::newRow("one hour (time zone mix-up)") << qint64(3'600'000) << true;
    }
    void warnsBeyondFifteenSeconds()
    {
        QFETCH(qint64, offsetMs);
        QFETCH(bool, warn);
        const qint64 server = 1'795'000'000;
        // Local time at the instant the server wrote the header = server time (+500 ms) − offset.
        const qint64 local = server * 1000 + 500 - offsetMs;
        const ClockOffset offset = ClockOffset::measure(server, local, local);
        QCOMPARE(offset.offsetMs(), offsetMs);
        QCOMPARE(offset.verdict(), warn ? ClockOffset::Verdict::Warn : ClockOffset::Verdict::Fine);
        QCOMPARE(offset.sentence().contains(u"rejected"_s), warn);
    }

    void sentenceSaysHowFarAndWhichWay()
    {
        const qint64 server = 1'795'000'000;
        const qint64 at = server * 1000 + 500;
        QCOMPARE(ClockOffset::measure(server, at - 42'000, at - 42'000).sentence(),
                 u"Your computer's clock is 42 seconds behind; codes will be rejected. Turn on “Set time "
                 "automatically” in the system's date and time settings, or correct the time by hand."_s);
        QVERIFY(ClockOffset::measure(server, at + 180'000, at + 180'000)
                    .sentence()
                    .startsWith(u"Your computer's clock is 3 minutes ahead; codes will be rejected."_s));
        QCOMPARE(ClockOffset::measure(server, at - 3'000, at - 3'000).sentence(),
                 u"Your computer's clock is 3 seconds behind, close enough: codes will be accepted."_s);
        QCOMPARE(ClockOffset::measure(server, at, at).sentence(),
                 u"Your computer's clock is right; codes will be accepted."_s);
    }

    void describesSizes_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("words");
        QTest::newRow("1") << qint64(1) << u"1 second"_s;
        QTest::newRow("-1") << qint64(-1) << u"1 second"_s;
        QTest::newRow("119") << qint64(119) << u"119 seconds"_s;
        QTest::newRow("120") << qint64(120) << u"2 minutes"_s;
        QTest::newRow("7199") << qint64(7199) << u"120 minutes"_s;
        QTest::newRow("7200") << qint64(7200) << u"2 hours"_s;
        QTest::newRow("3600*47") << qint64(3600 * 47) << u"47 hours"_s;
        QTest::newRow("2 days") << qint64(2 * 86400) << u"2 days"_s;
        QTest::newRow("a year") << qint64(365 * 86400) << u"365 days"_s;
    }
    void describesSizes()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, words);
        QCOMPARE(ClockOffset::describeSeconds(seconds), words);
    }
};

QTEST_GUILESS_MAIN(TestClockOffset)
#include "tst_clockoffset.moc"
