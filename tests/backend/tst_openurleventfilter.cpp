// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenUrlEventFilter.h"
#include "SingleInstance.h"

#include <QCoreApplication>
#include <QFileOpenEvent>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using tessera::OpenUrlEventFilter;

namespace {

const QString TotpLink = u"otpauth://totp/Example:alice%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example"_s;
const QString MigrationLink =
    u"otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGEV4YW1wbGUlM0FhbGljZSU0MGdvb2dsZS5jb20aB0V4YW1wbGUgASgBMAIQARgBIAA%3D"_s;

// Counts the FileOpen events that reach the application past the filters, as Qt's own handling
// would see them.
class FileOpenCounter : public QObject {
public:
    int seen = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::FileOpen) {
            ++seen;
        }
        return QObject::eventFilter(watched, event);
    }
};

// Sends `url` as macOS would and says whether the event was consumed by a filter.
bool sendOpen(const QUrl& url)
{
    QFileOpenEvent event(url);
    return QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
}

} // namespace

class TestOpenUrlEventFilter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void otpauthLinksAreEmittedAndConsumed_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("expected");
        QTest::newRow("otpauth") << TotpLink << TotpLink;
        QTest::newRow("otpauth-migration") << MigrationLink << MigrationLink;
        // QUrl writes schemes in lower case; SingleInstance takes either.
        QTest::newRow("upper-case scheme") << u"OTPAUTH://totp/X?secret=AAAA"_s << u"otpauth://totp/X?secret=AAAA"_s;
    }

    void otpauthLinksAreEmittedAndConsumed()
    {
        QFETCH(QString, link);
        QFETCH(QString, expected);
        // Installed first, so it runs after the filter under test (filters run newest first):
        // it sees only what the filter let through.
        FileOpenCounter counter;
        qApp->installEventFilter(&counter);
        OpenUrlEventFilter filter;
        qApp->installEventFilter(&filter);
        QSignalSpy received(&filter, &OpenUrlEventFilter::linkReceived);

        QVERIFY(sendOpen(QUrl(link)));
        QCOMPARE(received.size(), 1);
        // The link as it came, with its percent-encoding, as argv would have carried it.
        QCOMPARE(received.at(0).at(0).toString(), expected);
        QCOMPARE(counter.seen, 0);
        qApp->removeEventFilter(&counter);
    }

    void otherUrlsPassThrough_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::newRow("https") << QUrl(u"https://example.com/otpauth://totp/X?secret=AAAA"_s);
        QTest::newRow("file") << QUrl::fromLocalFile(u"/tmp/otpauth.png"_s);
        QTest::newRow("otpauth without slashes") << QUrl(u"otpauth:totp/X?secret=AAAA"_s);
        QTest::newRow("too long") << QUrl(u"otpauth://totp/A?secret="_s
                                          + QString(tessera::SingleInstance::MaxLinkLength, u'A'));
    }

    void otherUrlsPassThrough()
    {
        QFETCH(QUrl, url);
        FileOpenCounter counter;
        qApp->installEventFilter(&counter);
        OpenUrlEventFilter filter;
        qApp->installEventFilter(&filter);
        QSignalSpy received(&filter, &OpenUrlEventFilter::linkReceived);

        QVERIFY(!sendOpen(url));
        QCOMPARE(received.size(), 0);
        QCOMPARE(counter.seen, 1);
        qApp->removeEventFilter(&counter);
    }

    void otherEventsPassThrough()
    {
        OpenUrlEventFilter filter;
        qApp->installEventFilter(&filter);
        QSignalSpy received(&filter, &OpenUrlEventFilter::linkReceived);

        QEvent event(QEvent::ApplicationStateChange);
        QCoreApplication::sendEvent(qApp, &event);
        QVERIFY(!filter.eventFilter(qApp, &event));
        QCOMPARE(received.size(), 0);
    }

    void aFilterNotInstalledSeesNothing()
    {
        OpenUrlEventFilter filter;
        QSignalSpy received(&filter, &OpenUrlEventFilter::linkReceived);
        QVERIFY(!sendOpen(QUrl(TotpLink)));
        QCOMPARE(received.size(), 0);

        // Removed again (as when the window's owner goes away), it stops taking links.
        qApp->installEventFilter(&filter);
        QVERIFY(sendOpen(QUrl(TotpLink)));
        qApp->removeEventFilter(&filter);
        QVERIFY(!sendOpen(QUrl(TotpLink)));
        QCOMPARE(received.size(), 1);
    }
};

QTEST_MAIN(TestOpenUrlEventFilter)
#include "tst_openurleventfilter.moc"
