// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssuerIconCatalog.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::IssuerIconCatalog;

class TestIssuerIconCatalog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void issuersMatchTheirBrand_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("slug");
        QTest::newRow("title") << u"PayPal"_s << u"paypal"_s;
        QTest::newRow("domain") << u"paypal.com"_s << u"paypal"_s;
        QTest::newRow("www") << u"www.paypal.com"_s << u"paypal"_s;
        QTest::newRow("url") << u"https://www.paypal.com/signin"_s << u"paypal"_s;
        QTest::newRow("other domain of the brand") << u"paypal.me"_s << u"paypal"_s;
        QTest::newRow("slug") << u"steam"_s << u"steam"_s;
        QTest::newRow("capitalised") << u"Steam"_s << u"steam"_s;
        QTest::newRow("steam domain") << u"steampowered.com"_s << u"steam"_s;
        QTest::newRow("generic word") << u"Steam Guard"_s << u"steam"_s;
        QTest::newRow("domain with capitals") << u"AliExpress.com"_s << u"aliexpress"_s;
        QTest::newRow("dotted title") << u"Battle.net"_s << u"battledotnet"_s;
        QTest::newRow("spaced dotted title") << u"Battle net"_s << u"battledotnet"_s;
        QTest::newRow("google") << u"Google"_s << u"google"_s;
        QTest::newRow("google.com") << u"google.com"_s << u"google"_s;
        QTest::newRow("subdomain") << u"accounts.google.com"_s << u"google"_s;
        QTest::newRow("google account") << u"Google Account"_s << u"google"_s;
        QTest::newRow("other country") << u"ebay.co.uk"_s << u"ebay"_s;
        QTest::newRow("unlisted country") << u"ebay.fr"_s << u"ebay"_s;
        QTest::newRow("two words") << u"Epic Games"_s << u"epicgames"_s;
        QTest::newRow("two words joined") << u"EpicGames"_s << u"epicgames"_s;
        QTest::newRow("aka") << u"Twitter"_s << u"x"_s;
        QTest::newRow("x domain") << u"twitter.com"_s << u"x"_s;
        QTest::newRow("spaces around") << u"  GitHub  "_s << u"github"_s;
        QTest::newRow("proton mail") << u"Proton Mail"_s << u"protonmail"_s;
        QTest::newRow("proton") << u"Proton"_s << u"proton"_s;
        QTest::newRow("digits") << u"1Password"_s << u"1password"_s;
    }

    void issuersMatchTheirBrand()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, slug);
        QCOMPARE(IssuerIconCatalog::slugFor(issuer), slug);
        QCOMPARE(IssuerIconCatalog::iconSourceFor(issuer), u"qrc:/brands/%1.svg"_s.arg(slug));
        QVERIFY(IssuerIconCatalog::brandColor(issuer).isValid());
    }

    void unknownIssuersGetNothing_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::newRow("unknown shop") << u"Unknown Shop"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_s;
        QTest::newRow("punctuation") << u"..."_s;
        QTest::newRow("only a generic word") << u"Account"_s;
        QTest::newRow("a brand inside another name") << u"Steamboat Tours"_s;
        QTest::newRow("unknown domain") << u"example.com"_s;
        QTest::newRow("brand as a path") << u"example.com/paypal"_s;
        QTest::newRow("missing from simple-icons") << u"Amazon"_s;
        QTest::newRow("single letter other than x") << u"Y"_s;
    }

    void unknownIssuersGetNothing()
    {
        QFETCH(QString, issuer);
        QCOMPARE(IssuerIconCatalog::iconSourceFor(issuer), QString());
        QCOMPARE(IssuerIconCatalog::slugFor(issuer), QString());
        QVERIFY(!IssuerIconCatalog::brandColor(issuer).isValid());
    }

    void colourAndTitleComeFromTheBrandList()
    {
        QCOMPARE(IssuerIconCatalog::brandColor(u"paypal.com"_s), QColor(u"#002991"_s));
        QCOMPARE(IssuerIconCatalog::brandColor(u"Steam"_s), QColor(u"#000000"_s));
        QCOMPARE(IssuerIconCatalog::titleFor(u"battle.net"_s), u"Battle.net"_s);
    }

    void everyBrandHasAnIconInTheResources()
    {
        const QStringList slugs = IssuerIconCatalog::slugs();
        QVERIFY2(slugs.size() >= 40, qPrintable(u"only %1 brands"_s.arg(slugs.size())));
        for (const QString& slug : slugs) {
            const QString path = u":/brands/%1.svg"_s.arg(slug);
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QCOMPARE(IssuerIconCatalog::slugFor(slug), slug);
        }
    }

    void iconsRender()
    {
        if (!QImageReader::supportedImageFormats().contains("svg")) {
            QSKIP("Qt's SVG image plugin is not installed (Debian: libqt6svg6)");
        }
        for (const QString& slug : IssuerIconCatalog::slugs()) {
            QImageReader reader(u":/brands/%1.svg"_s.arg(slug));
            reader.setScaledSize(QSize(32, 32));
            const QImage image = reader.read();
            QVERIFY2(!image.isNull(), qPrintable(slug + u": "_s + reader.errorString()));
            bool painted = false;
            for (int y = 0; y < image.height() && !painted; ++y) {
                for (int x = 0; x < image.width() && !painted; ++x) {
                    painted = qAlpha(image.pixel(x, y)) > 0;
                }
            }
            QVERIFY2(painted, qPrintable(slug));
        }
    }
};

QTEST_GUILESS_MAIN(TestIssuerIconCatalog)
#include "tst_issuericoncatalog.moc"
