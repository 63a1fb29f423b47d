// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// QrEncoder: the bitmap's geometry, a round trip through our decoder, and a round trip through
// an independent decoder (zbarimg) reading the bitmap written as PGM.
#include "GreyImageFile.h"
#include "TestEnvironment.h"
#include "qr/QrDecoder.h"
#include "qr/QrEncoder.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::qr::ErrorCorrection;
using tessera::qr::GreyImage;
using tessera::qr::QrBitmap;
using tessera::qr::QrDecoder;
using tessera::qr::QrEncoder;

Q_DECLARE_METATYPE(tessera::qr::ErrorCorrection)

namespace {

const QString kTotp = u"otpauth://totp/ACME%20Co:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME%20Co"_s;
const QString kMigration =
    u"otpauth-migration://offline?data=Ci4KCob35Df6paf84V0SEWFsaWNlQGV4YW1wbGUuY29tGgdBQ01FIENvIAEoATACEAEYASAAKJWa7zo%3D"_s;

void addTexts()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ErrorCorrection>("level");
    QTest::addColumn<int>("moduleSize");
    QTest::addColumn<int>("margin");

    QTest::newRow("otpauth, M, 8 px") << kTotp << ErrorCorrection::Medium << 8 << 4;
    QTest::newRow("migration, L, 4 px") << kMigration << ErrorCorrection::Low << 4 << 4;
    QTest::newRow("one letter, H, 3 px") << u"A"_s << ErrorCorrection::High << 3 << 4;
    QTest::newRow("non-ASCII (UTF-8 ECI), Q")
        << u"otpauth://totp/Zürich:Jürgen?secret=JBSWY3DPEHPK3PXP&issuer=Zürich ✓ 東京"_s << ErrorCorrection::Quartile
        << 4 << 4;
    QTest::newRow("1000 bytes, L, 2 px, margin 2") << QString(1000, u'x') << ErrorCorrection::Low << 2 << 2;
}

} // namespace

class TestQrEncoder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void geometryAndQuietZone_data() { addTexts(); }
    void geometryAndQuietZone()
    {
        QFETCH(QString, text);
        QFETCH(ErrorCorrection, level);
        QFETCH(int, moduleSize);
        QFETCH(int, margin);
        const auto bitmap = QrEncoder::encode(text, level, moduleSize, margin);
        QVERIFY2(bitmap, bitmap ? "" : qPrintable(bitmap.error().message()));
        QCOMPARE(bitmap->width, bitmap->height);
        QCOMPARE(bitmap->pixels.size(), std::size_t(bitmap->width) * bitmap->height);
        QCOMPARE(bitmap->width % moduleSize, 0);
        // Symbol sides are 17 + 4·version modules, version 1…40.
        const int modules = bitmap->width / moduleSize - 2 * margin;
        QVERIFY(modules >= 21 && modules <= 177);
        QCOMPARE((modules - 17) % 4, 0);
        QVERIFY(std::all_of(bitmap->pixels.begin(), bitmap->pixels.end(),
                            [](std::uint8_t p) { return p == 0 || p == 255; }));
        // Quiet zone: the first `margin` module rows are white; the finder's corner is black.
        const int quiet = margin * moduleSize;
        QVERIFY(std::all_of(bitmap->pixels.begin(), bitmap->pixels.begin() + std::ptrdiff_t(quiet) * bitmap->width,
                            [](std::uint8_t p) { return p == 255; }));
        for (int y = 0; y < bitmap->height; ++y) {
            for (int x = 0; x < quiet; ++x) {
                QCOMPARE(bitmap->pixels[std::size_t(y) * bitmap->width + x], std::uint8_t(255));
            }
        }
        QCOMPARE(bitmap->pixels[std::size_t(quiet) * bitmap->width + quiet], std::uint8_t(0));
        QCOMPARE(bitmap->pixels[std::size_t(quiet + moduleSize * 7 - 1) * bitmap->width + quiet], std::uint8_t(0));
        // Module 7 of the top row is the white separator next to the finder pattern.
        QCOMPARE(bitmap->pixels[std::size_t(quiet) * bitmap->width + quiet + moduleSize * 7], std::uint8_t(255));
    }

    void roundTripOwnDecoder_data() { addTexts(); }
    void roundTripOwnDecoder()
    {
        QFETCH(QString, text);
        QFETCH(ErrorCorrection, level);
        QFETCH(int, moduleSize);
        QFETCH(int, margin);
        const auto bitmap = QrEncoder::encode(text, level, moduleSize, margin);
        QVERIFY(bitmap);
        const auto decoded = QrDecoder::decodeAll(GreyImage{bitmap->pixels.data(), bitmap->width, bitmap->height, 0});
        QVERIFY(decoded);
        QCOMPARE(decoded->size(), std::size_t(1));
        QCOMPARE(decoded->front().text, text);
        QCOMPARE(decoded->front().inverted, false);
    }

    void roundTripZbar_data() { addTexts(); }
    void roundTripZbar()
    {
        QFETCH(QString, text);
        QFETCH(ErrorCorrection, level);
        QFETCH(int, moduleSize);
        QFETCH(int, margin);
        TESSERA_REQUIRE_TOOL(zbarimg, u"zbarimg"_s);
        const auto bitmap = QrEncoder::encode(text, level, moduleSize, margin);
        QVERIFY(bitmap);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"code.pgm"_s);
        QVERIFY(tessera::test::GreyImageFile::write(file, bitmap->width, bitmap->height, bitmap->pixels.data()));
        const auto result = tessera::test::run(zbarimg, {u"--raw"_s, u"-q"_s, file});
        QCOMPARE(result.exitCode, 0);
        QByteArray out = result.out;
        if (out.endsWith('\n')) {
            out.chop(1);
        }
        QCOMPARE(QString::fromUtf8(out), text);
    }

    void eccLevelsChangeTheSymbol()
    {
        // More error correction needs more modules for the same data: if the levels were mapped
        // wrongly (e.g. all to L), the sizes would not grow.
        const QString text = QString(200, u'q');
        QList<int> sides;
        for (ErrorCorrection level :
             {ErrorCorrection::Low, ErrorCorrection::Medium, ErrorCorrection::Quartile, ErrorCorrection::High}) {
            const auto bitmap = QrEncoder::encode(text, level, 1, 0);
            QVERIFY(bitmap);
            sides << bitmap->width;
        }
        // 200 bytes: versions 9, 10, 12 and 15 — the sizes `qrencode -l L|M|Q|H -8` produces.
        QCOMPARE(sides, (QList<int>{53, 57, 65, 77}));
    }

    void capacityLimits()
    {
        // 2953 bytes is the largest QR (version 40-L); lower-case letters force byte mode.
        const QString largest(2953, u'z');
        const auto fits = QrEncoder::encode(largest, ErrorCorrection::Low, 1, 4);
        QVERIFY2(fits, fits ? "" : qPrintable(fits.error().message()));
        QCOMPARE(fits->width, 177 + 8);

        const auto tooLong = QrEncoder::encode(largest + u"z"_s, ErrorCorrection::Low, 1, 4);
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().code(), ErrorCode::InvalidInput);
        QVERIFY(tooLong.error().message().contains(u"2953"_s));

        // Fits at L but not at H: the writer's exception becomes an error value.
        const auto tooLongForHigh = QrEncoder::encode(largest, ErrorCorrection::High, 1, 4);
        QVERIFY(!tooLongForHigh);
        QCOMPARE(tooLongForHigh.error().code(), ErrorCode::InvalidInput);

        // Multi-byte characters count as their UTF-8 bytes (1000 × 3 > 2953).
        const auto wide = QrEncoder::encode(QString(1000, QChar(0x6771)), ErrorCorrection::Low, 1, 4);
        QVERIFY(!wide);
        QCOMPARE(wide.error().code(), ErrorCode::InvalidInput);
    }

    void rejectsBadArguments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("moduleSize");
        QTest::addColumn<int>("margin");
        QTest::newRow("empty text") << QString() << 8 << 4;
        QTest::newRow("zero module") << kTotp << 0 << 4;
        QTest::newRow("negative module") << kTotp << -3 << 4;
        QTest::newRow("negative margin") << kTotp << 8 << -1;
        QTest::newRow("bitmap too large") << kTotp << 1000 << 4;
        QTest::newRow("margin too large") << kTotp << 1 << 100000;
    }
    void rejectsBadArguments()
    {
        QFETCH(QString, text);
        QFETCH(int, moduleSize);
        QFETCH(int, margin);
        const auto bitmap = QrEncoder::encode(text, ErrorCorrection::Medium, moduleSize, margin);
        QVERIFY(!bitmap);
        QCOMPARE(bitmap.error().code(), ErrorCode::InvalidInput);
        QVERIFY(!bitmap.error().message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQrEncoder)
#include "tst_qrencoder.moc"
