// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrCodeItem.h"
#include "QrImageReader.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::QrCodeItem;

namespace {

const QString kLink = u"otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example"_s;

/* What the item draws, at its size, on a fresh picture filled the way the scene graph fills it. */
QImage rendered(QrCodeItem& item)
{
    QImage image(int(item.width()), int(item.height()), QImage::Format_RGB32);
    image.fill(item.fillColor());
    QPainter painter(&image);
    item.paint(&painter);
    painter.end();
    return image;
}

} // namespace

class TestQrCodeItem : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void drawsAReadableCode()
    {
        QrCodeItem item;
        QSignalSpy changed(&item, &QrCodeItem::textChanged);
        item.setText(kLink);
        QCOMPARE(changed.count(), 1);
        QVERIFY(item.modules() > 21 + 8); // at least version 1 plus the quiet zone
        QVERIFY(item.errorString().isEmpty());
        item.setSize(QSizeF(300, 260)); // not square, not a multiple of the module count
        const QImage image = rendered(item);
        QCOMPARE(tessera::documents::QrImageReader::decodeAll(image), QStringList{kLink});
    }

    void onlyBlackAndWhiteWithAQuietZone()
    {
        QrCodeItem item;
        item.setText(kLink);
        item.setSize(QSizeF(400, 400));
        const QImage image = rendered(item);
        const int moduleSize = 400 / item.modules();
        // Crisp: no grey pixels at all (no smoothing of module edges).
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                QVERIFY2(pixel == qRgb(0, 0, 0) || pixel == qRgb(255, 255, 255),
                         qPrintable(u"pixel %1,%2 is grey"_s.arg(x).arg(y)));
            }
        }
        // The quiet zone: four modules of white around the symbol, from the centred offset.
        const int offset = (400 - moduleSize * item.modules()) / 2;
        for (int i = 0; i < offset + 4 * moduleSize; ++i) {
            QCOMPARE(image.pixel(i, i), qRgb(255, 255, 255));
        }
        // The top-left finder pattern starts right after it: dark.
        const int finder = offset + 4 * moduleSize;
        QCOMPARE(image.pixel(finder + 1, finder + 1), qRgb(0, 0, 0));
    }

    void emptyTextClearsTheCode()
    {
        QrCodeItem item;
        item.setText(kLink);
        item.setSize(QSizeF(200, 200));
        item.setText(QString());
        QCOMPARE(item.modules(), 0);
        QVERIFY(item.text().isEmpty());
        const QImage image = rendered(item);
        QVERIFY(tessera::documents::QrImageReader::decodeAll(image).isEmpty());
        QCOMPARE(image.pixel(100, 100), qRgb(255, 255, 255));
    }

    void tooLongTextIsAnError()
    {
        QrCodeItem item;
        item.setText(QString(5000, u'x'));
        QCOMPARE(item.modules(), 0);
        QVERIFY(!item.errorString().isEmpty());
    }
};

QTEST_MAIN(TestQrCodeItem)
#include "tst_qrcodeitem.moc"
