// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrImageReader.h"
#include "TestEnvironment.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

using namespace Qt::Literals::StringLiterals;
using tessera::documents::QrImageReader;

namespace {

const QString kLinkA = u"otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example"_s;
const QString kLinkB = u"otpauth://totp/Other:bob@example.com?secret=KRUGS42TNBXXK3DE&issuer=Other"_s;

} // namespace

/* Pictures come from the independent encoder `qrencode` (Debian's package of libqrencode), so a
 * bug in our own encoder cannot hide one in the reader. */
class TestQrImageReader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_qrencode;

    QImage encoded(const QString& text, int moduleSize = 6)
    {
        const QString path = m_dir.filePath(u"code%1.png"_s.arg(QRandomGenerator::global()->generate()));
        const auto result = tessera::test::run(m_qrencode, {u"-s"_s, QString::number(moduleSize), u"-o"_s, path, text});
        if (result.exitCode != 0) {
            qWarning("qrencode failed: %s", result.err.constData());
            return {};
        }
        return QImage(path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_qrencode = tessera::test::findTool(u"qrencode"_s);
    }

    void init()
    {
        if (m_qrencode.isEmpty()) {
            QSKIP("reference tool qrencode not installed (tools/install-deps.sh test installs it)");
        }
    }

    void oneCode()
    {
        const QImage image = encoded(kLinkA);
        QVERIFY(!image.isNull());
        QCOMPARE(QrImageReader::decodeAll(image), QStringList{kLinkA});
    }

    void twoCodesInOnePicture()
    {
        const QImage a = encoded(kLinkA);
        const QImage b = encoded(kLinkB);
        QImage both(a.width() + b.width() + 40, std::max(a.height(), b.height()) + 20, QImage::Format_RGB32);
        both.fill(Qt::white);
        QPainter painter(&both);
        painter.drawImage(10, 10, a);
        painter.drawImage(a.width() + 30, 10, b);
        painter.end();
        // Left to right: the reading order the decoder promises.
        QCOMPARE(QrImageReader::decodeAll(both), (QStringList{kLinkA, kLinkB}));
    }

    void sameCodeTwiceIsOneText()
    {
        const QImage a = encoded(kLinkA);
        QImage twice(a.width() * 2 + 40, a.height() + 20, QImage::Format_RGB32);
        twice.fill(Qt::white);
        QPainter painter(&twice);
        painter.drawImage(10, 10, a);
        painter.drawImage(a.width() + 30, 10, a);
        painter.end();
        QCOMPARE(QrImageReader::decodeAll(twice), QStringList{kLinkA});
    }

    void invertedCode()
    {
        QImage image = encoded(kLinkA).convertToFormat(QImage::Format_RGB32);
        image.invertPixels(); // light on dark, as in a dark-mode screenshot
        QCOMPARE(QrImageReader::decodeAll(image), QStringList{kLinkA});
    }

    void rotatedCode()
    {
        const QImage image = encoded(kLinkA);
        QImage rotated = image.convertToFormat(QImage::Format_RGB32).transformed(QTransform().rotate(33));
        // transformed() fills the new corners with black; a real photo has paper there.
        QImage onWhite(rotated.size(), QImage::Format_RGB32);
        onWhite.fill(Qt::white);
        QPainter painter(&onWhite);
        painter.drawImage(0, 0, image.convertToFormat(QImage::Format_ARGB32).transformed(QTransform().rotate(33)));
        painter.end();
        QCOMPARE(QrImageReader::decodeAll(onWhite), QStringList{kLinkA});
    }

    void jpegCompressedCode()
    {
        const QImage image = encoded(kLinkA, 4);
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(image.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPG", 25));
        QImage blurred;
        QVERIFY(blurred.loadFromData(jpeg, "JPG"));
        QCOMPARE(QrImageReader::decodeAll(blurred), QStringList{kLinkA});
    }

    void strideWiderThanWidth()
    {
        // A width that is not a multiple of 4: a grey QImage pads each row to 4 bytes, and a
        // reader ignoring bytesPerLine would see a sheared picture.
        const QImage image = encoded(kLinkA, 5);
        const int width = image.width() + (image.width() % 4 == 3 ? 2 : 1);
        QImage padded(width, image.height() + 3, QImage::Format_RGB32);
        padded.fill(Qt::white);
        QPainter painter(&padded);
        painter.drawImage(0, 0, image);
        painter.end();
        QVERIFY(QrImageReader::toGrey(padded).bytesPerLine() != padded.width());
        QCOMPARE(QrImageReader::decodeAll(padded), QStringList{kLinkA});
    }

    void transparentBackground()
    {
        // Black modules on a transparent background: transparent pixels are stored as black.
        const QImage image = encoded(kLinkA).convertToFormat(QImage::Format_ARGB32);
        QImage cut = image;
        for (int y = 0; y < cut.height(); ++y) {
            auto* line = reinterpret_cast<QRgb*>(cut.scanLine(y));
            for (int x = 0; x < cut.width(); ++x) {
                line[x] = qGray(line[x]) > 128 ? qRgba(0, 0, 0, 0) : qRgba(0, 0, 0, 255);
            }
        }
        QCOMPARE(QrImageReader::decodeAll(cut), QStringList{kLinkA});
    }

    void noCode()
    {
        QImage noise(400, 300, QImage::Format_Grayscale8);
        for (int y = 0; y < noise.height(); ++y) {
            uchar* line = noise.scanLine(y);
            for (int x = 0; x < noise.width(); ++x) {
                line[x] = static_cast<uchar>(QRandomGenerator::global()->bounded(256));
            }
        }
        QVERIFY(QrImageReader::decodeAll(noise).isEmpty());
        QImage white(300, 300, QImage::Format_RGB32);
        white.fill(Qt::white);
        const auto codes = QrImageReader::scan(white);
        QVERIFY(codes.hasValue());
        QVERIFY(codes->empty());
    }

    void nullImageIsAnError()
    {
        QVERIFY(!QrImageReader::scan(QImage()).hasValue());
        QVERIFY(QrImageReader::decodeAll(QImage()).isEmpty());
    }
};

QTEST_MAIN(TestQrImageReader)
#include "tst_qrimagereader.moc"
