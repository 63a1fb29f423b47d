// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// QrDecoder against images made by independent tools (python3-qrcode + python3-pil through
// make_qr_scene.py), against zbarimg's count on the same images, and against real app
// screenshots from the shared fixtures.
#include "GreyImageFile.h"
#include "TestEnvironment.h"
#include "qr/QrDecoder.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::qr::DecodedQr;
using tessera::qr::GreyImage;
using tessera::qr::QrDecoder;
using tessera::test::GreyImageFile;

namespace {

const QString kTotp = u"otpauth://totp/ACME%20Co:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME%20Co"_s;
const QString kHotp =
    u"otpauth://hotp/Example%20Bank:bob?secret=KRUGS42TNBXXK3DEIJZGKYLLGEZDGNBV&issuer=Example%20Bank&counter=7"_s;
const QString kSha256 =
    u"otpauth://totp/Fastmail:carol@fastmail.example?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Fastmail&algorithm=SHA256&digits=8&period=60"_s;
// Our own made-up accounts (protobuf per FORMATS.md §3), not fixture data.
const QString kMigrationOne =
    u"otpauth-migration://offline?data=Ci4KCob35Df6paf84V0SEWFsaWNlQGV4YW1wbGUuY29tGgdBQ01FIENvIAEoATACEAEYASAAKJWa7zo%3D"_s;
const QString kMigrationSix =
    u"otpauth-migration://offline?data=Ci0KCrZYn8arDcgs8SASEXVzZXIwQGV4YW1wbGUub3JnGgZHaXRIdWIgASgBMAIKLwoKNWoZK3kTsExUVxIRdXNlcjFAZXhhbXBsZS5vcmcaCE1hc3RvZG9uIAEoATACCi8KCtpLkje6zM3xnAcSEXVzZXIyQGV4YW1wbGUub3JnGghGYXN0bWFpbCABKAEwAgotCgp33mja7Ngjuru1EhF1c2VyM0BleGFtcGxlLm9yZxoGUHJvdG9uIAEoATACCi8KChtkU4kkc6Rn0HMSEXVzZXI0QGV4YW1wbGUub3JnGghDb2RlYmVyZyABKAEwAgozCgqsNHjWmjyB%2BmLmEhF1c2VyNUBleGFtcGxlLm9yZxoMRXhhbXBsZSBCYW5rIAEoATACEAEYAiABKJWa7zo%3D"_s;

GreyImage viewOf(const GreyImageFile& file)
{
    return GreyImage{file.pixels(), file.width(), file.height(), file.width()};
}

QStringList textsOf(const std::vector<DecodedQr>& codes)
{
    QStringList texts;
    for (const DecodedQr& code : codes) {
        texts << code.text;
    }
    return texts;
}

} // namespace

class TestQrDecoder : public QObject {
    Q_OBJECT

private:
    /* Runs make_qr_scene.py and reads its PGM; nullopt with m_error set on failure. */
    std::optional<GreyImageFile> makeScene(const QString& scenario, const QStringList& payloads,
                                           const QStringList& options = {})
    {
        const QString out = m_dir.filePath(u"scene-%1.pgm"_s.arg(++m_counter));
        const auto result = tessera::test::run(m_python, QStringList{QStringLiteral(TESSERA_QR_SCENE_SCRIPT)} + options
                                                             + QStringList{scenario} + payloads + QStringList{out});
        if (result.exitCode != 0) {
            m_error = u"make_qr_scene.py %1 failed: %2"_s.arg(scenario, QString::fromUtf8(result.err));
            return std::nullopt;
        }
        return GreyImageFile::read(out, &m_error);
    }

    std::optional<GreyImageFile> convertFixture(const QString& path)
    {
        const QString out = m_dir.filePath(u"fixture-%1.pgm"_s.arg(++m_counter));
        const auto result =
            tessera::test::run(m_python, {QStringLiteral(TESSERA_QR_SCENE_SCRIPT), u"convert"_s, path, out});
        if (result.exitCode != 0) {
            m_error = u"converting %1 failed: %2"_s.arg(path, QString::fromUtf8(result.err));
            return std::nullopt;
        }
        return GreyImageFile::read(out, &m_error);
    }

    /* QR codes zbarimg finds in the last scene, or -1 without zbarimg. */
    int zbarQrCount(const QString& pgm)
    {
        if (m_zbarimg.isEmpty()) {
            return -1;
        }
        const auto result = tessera::test::run(m_zbarimg, {u"-q"_s, pgm});
        return static_cast<int>(QString::fromUtf8(result.out).split(u'\n').filter(u"QR-Code:"_s).size());
    }

    QTemporaryDir m_dir;
    QString m_python;
    QString m_zbarimg;
    QString m_error;
    int m_counter = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_python = tessera::test::systemPython({u"qrcode"_s, u"PIL"_s});
        m_zbarimg = tessera::test::findTool(u"zbarimg"_s);
    }

    void decodesScenes_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("payloads");
        QTest::addColumn<QStringList>("expected"); // in reading order
        QTest::addColumn<bool>("ordered");         // false: compare as a set (random layout)
        QTest::addColumn<int>("invertedCount");

        QTest::newRow("dark-on-light totp")
            << u"plain"_s << QStringList{} << QStringList{kTotp} << QStringList{kTotp} << true << 0;
        QTest::newRow("dark-on-light migration")
            << u"plain"_s << QStringList{} << QStringList{kMigrationSix} << QStringList{kMigrationSix} << true << 0;
        QTest::newRow("light-on-dark (dark mode)")
            << u"inverted"_s << QStringList{} << QStringList{kHotp} << QStringList{kHotp} << true << 1;
        for (const int angle : {15, 45, 90, 180}) {
            QTest::addRow("rotated %d", angle) << u"rotated"_s << QStringList{u"--angle"_s, QString::number(angle)}
                                               << QStringList{kMigrationOne} << QStringList{kMigrationOne} << true << 0;
        }
        // Smallest modules: 2 px always; 1 px decodes when pixel-aligned (a 100 % screenshot);
        // 1.25–1.5 px after bilinear scaling mostly does not (1 of 8 samples; zbar 0), 1.75 px does.
        QTest::newRow("2 px modules") << u"small"_s << QStringList{u"--module"_s, u"2"_s} << QStringList{kMigrationSix}
                                      << QStringList{kMigrationSix} << true << 0;
        QTest::newRow("1 px modules, pixel-aligned") << u"small"_s << QStringList{u"--module"_s, u"1"_s}
                                                     << QStringList{kSha256} << QStringList{kSha256} << true << 0;
        QTest::newRow("1.75 px modules, scaled")
            << u"small"_s << QStringList{u"--module"_s, u"1"_s, u"--scale"_s, u"1.75"_s} << QStringList{kTotp}
            << QStringList{kTotp} << true << 0;
        QTest::newRow("blurred JPEG q40")
            << u"blurred"_s << QStringList{} << QStringList{kMigrationSix} << QStringList{kMigrationSix} << true << 0;
        const QStringList six{kTotp, kMigrationOne, kHotp, kSha256, kMigrationSix, kTotp + u"&digits=8"_s};
        QTest::newRow("4K screenshot, 6 codes, 3 inverted")
            << u"screen4k"_s << QStringList{} << six << six << false << 3;
        QTest::newRow("1080p screenshot") << u"screen1080"_s << QStringList{} << QStringList{kMigrationSix}
                                          << QStringList{kMigrationSix} << true << 0;
        const QStringList five{kTotp, kHotp, kSha256, kMigrationOne, kTotp};
        // The same URI twice at different places is two codes, not a duplicate.
        QTest::newRow("grid, reading order") << u"grid"_s << QStringList{} << five << five << true << 0;
        QTest::newRow("no code: desktop noise and text")
            << u"nocode"_s << QStringList{} << QStringList{} << QStringList{} << true << 0;
        QTest::newRow("EAN-13 is not a QR code")
            << u"barcode"_s << QStringList{} << QStringList{u"400638133393"_s} << QStringList{} << true << 0;
    }

    void decodesScenes()
    {
        QFETCH(QString, scenario);
        QFETCH(QStringList, options);
        QFETCH(QStringList, payloads);
        QFETCH(QStringList, expected);
        QFETCH(bool, ordered);
        QFETCH(int, invertedCount);
        if (m_python.isEmpty()) {
            QSKIP("Debian's /usr/bin/python3 with python3-qrcode and python3-pil is needed to make test images");
        }
        const auto image = makeScene(scenario, payloads, options);
        QVERIFY2(image, qPrintable(m_error));

        const auto decoded = QrDecoder::decodeAll(viewOf(*image));
        QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message()));
        QStringList texts = textsOf(*decoded);
        if (!ordered) {
            texts.sort();
            expected.sort();
        }
        QCOMPARE(texts, expected);
        for (const DecodedQr& code : *decoded) {
            QCOMPARE(code.bytes, code.text.toUtf8()); // all payloads here are ASCII
            QVERIFY(code.centerX >= 0 && code.centerX < image->width());
            QVERIFY(code.centerY >= 0 && code.centerY < image->height());
        }
        const auto inverted =
            std::count_if(decoded->begin(), decoded->end(), [](const DecodedQr& c) { return c.inverted; });
        QCOMPARE(int(inverted), invertedCount);

        // An independent decoder on the very same file: we must find at least as many QR codes.
        const int zbar = zbarQrCount(m_dir.filePath(u"scene-%1.pgm"_s.arg(m_counter)));
        if (zbar >= 0) {
            QVERIFY2(int(decoded->size()) >= zbar,
                     qPrintable(u"zbarimg found %1 QR codes, we found %2"_s.arg(zbar).arg(decoded->size())));
        }
        if (scenario == u"barcode"_s && !m_zbarimg.isEmpty()) {
            // Keeps the negative test honest: the barcode is real, we just do not report it.
            const auto zbarOut =
                tessera::test::run(m_zbarimg, {u"-q"_s, m_dir.filePath(u"scene-%1.pgm"_s.arg(m_counter))});
            QVERIFY2(zbarOut.out.contains("EAN-13:4006381333931"), zbarOut.out.constData());
        }
    }

    void honoursStride()
    {
        if (m_python.isEmpty()) {
            QSKIP("Debian's /usr/bin/python3 with python3-qrcode and python3-pil is needed to make test images");
        }
        const auto image = makeScene(u"plain"_s, {kTotp});
        QVERIFY2(image, qPrintable(m_error));
        // Rows padded like QImage's 32-bit alignment, padding full of a pattern that would break
        // the code if it were read as pixels.
        const int stride = image->width() + 13;
        std::vector<std::uint8_t> padded(std::size_t(stride) * image->height(), 0);
        for (int y = 0; y < image->height(); ++y) {
            std::copy_n(image->pixels() + std::size_t(y) * image->width(), image->width(),
                        padded.data() + std::size_t(y) * stride);
        }
        const auto decoded = QrDecoder::decodeAll(GreyImage{padded.data(), image->width(), image->height(), stride});
        QVERIFY(decoded);
        QCOMPARE(textsOf(*decoded), QStringList{kTotp});
        // stride 0 means "width".
        const auto dense = QrDecoder::decodeAll(GreyImage{image->pixels(), image->width(), image->height(), 0});
        QVERIFY(dense);
        QCOMPARE(textsOf(*dense), QStringList{kTotp});
    }

    void rejectsInvalidImages_data()
    {
        QTest::addColumn<bool>("nullPixels");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("stride");

        QTest::newRow("null pixels") << true << 10 << 10 << 10;
        QTest::newRow("zero width") << false << 0 << 10 << 0;
        QTest::newRow("zero height") << false << 10 << 0 << 10;
        QTest::newRow("negative width") << false << -5 << 10 << 0;
        QTest::newRow("negative height") << false << 10 << -1 << 10;
        QTest::newRow("stride below width") << false << 10 << 10 << 9;
        QTest::newRow("negative stride") << false << 10 << 10 << -10;
        QTest::newRow("huge width") << false << 100000 << 1 << 0;
        QTest::newRow("huge height") << false << 1 << 100000 << 1;
        QTest::newRow("too many pixels") << false << 16000 << 16000 << 16000;
        QTest::newRow("stride*height overflows int") << false << 100 << 10000 << 300000;
        QTest::newRow("max int sizes") << false << std::numeric_limits<int>::max() << std::numeric_limits<int>::max()
                                       << std::numeric_limits<int>::max();
    }

    void rejectsInvalidImages()
    {
        QFETCH(bool, nullPixels);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, stride);
        // A small real buffer: validation must reject before reading it.
        static const std::uint8_t buffer[100] = {};
        const auto decoded = QrDecoder::decodeAll(GreyImage{nullPixels ? nullptr : buffer, width, height, stride});
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code(), ErrorCode::InvalidInput);
        QVERIFY(!decoded.error().message().isEmpty());
    }

    void tinyImagesAreEmptyNotErrors()
    {
        const std::uint8_t one = 0;
        const auto single = QrDecoder::decodeAll(GreyImage{&one, 1, 1, 1});
        QVERIFY(single);
        QVERIFY(single->empty());
        const std::vector<std::uint8_t> grey(64 * 48, 128);
        const auto flat = QrDecoder::decodeAll(GreyImage{grey.data(), 64, 48, 0});
        QVERIFY(flat);
        QVERIFY(flat->empty());
    }

    void decodesFixtures_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("expectedPrefix");
        QTest::addColumn<bool>("exact");

        const QString migration = u"otpauth-migration://offline?data="_s;
        QTest::newRow("scito example_export.png") << u"google-migration/example_export.png"_s << migration << false;
        QTest::newRow("scito qr_but_without_otp.png")
            << u"google-migration/qr_but_without_otp.png"_s << u"NOT A otpauth-migration:// URL"_s << true;
        QTest::newRow("proton example.png")
            << u"proton-pass-common/qr/example.png"_s << u"This is an example"_s << true;
        for (const char* name :
             {"GoogleAuthenticatorExport_1.png", "GoogleAuthenticatorExport_2.png", "GoogleAuthenticatorExport_3.png",
              "GoogleAuthenticator_ScreenshotBigQR.jpeg", "GoogleAuthImportScreenshotCropped.jpg"}) {
            QTest::newRow(name) << u"proton-pass-common/qr/"_s + QLatin1String(name) << migration << false;
        }
    }

    void decodesFixtures()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, expectedPrefix);
        QFETCH(bool, exact);
        TESSERA_REQUIRE_FIXTURE(path, fixture);
        if (m_python.isEmpty()) {
            QSKIP("Debian's /usr/bin/python3 with python3-pil is needed to convert fixture images");
        }
        const auto image = convertFixture(path);
        QVERIFY2(image, qPrintable(m_error));
        const auto decoded = QrDecoder::decodeAll(viewOf(*image));
        QVERIFY(decoded);
        QCOMPARE(decoded->size(), std::size_t(1));
        const QString text = decoded->front().text;
        if (exact) {
            QCOMPARE(text, expectedPrefix);
        } else {
            QVERIFY2(text.startsWith(expectedPrefix), qPrintable(text.left(40)));
            QVERIFY(text.size() > expectedPrefix.size() + 20);
        }
    }
};

QTEST_GUILESS_MAIN(TestQrDecoder)
#include "tst_qrdecoder.moc"
