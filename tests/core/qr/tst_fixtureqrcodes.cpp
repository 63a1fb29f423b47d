// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Real Google Authenticator export screenshots (shared fixtures, SOURCES.md): QrDecoder finds
// the code and MigrationPayload reads what SOURCES.md says each one holds.
#include "GreyImageFile.h"
#include "TestEnvironment.h"
#include "otp/Base32.h"
#include "qr/QrDecoder.h"
#include "uri/MigrationPayload.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using tessera::qr::GreyImage;
using tessera::qr::QrDecoder;
using tessera::uri::MigrationPayload;

namespace {

constexpr int kSha256 = 2;
constexpr int kHotp = 1;
constexpr int kTotp = 2;

QString base32Of(const MigrationPayload::Entry& entry)
{
    return tessera::otp::Base32::encode(entry.secret.bytes());
}

} // namespace

class TestFixtureQrCodes : public QObject {
    Q_OBJECT

private:
    /* The one QR text in a fixture image, or an empty string after a failed QVERIFY. */
    QString decodeFixture(const QString& path)
    {
        const QString out = m_dir.filePath(u"fixture-%1.pgm"_s.arg(++m_counter));
        const auto converted =
            tessera::test::run(m_python, {QStringLiteral(TESSERA_QR_SCENE_SCRIPT), u"convert"_s, path, out});
        if (converted.exitCode != 0) {
            qWarning("conversion failed: %s", converted.err.constData());
            return {};
        }
        QString error;
        const auto image = tessera::test::GreyImageFile::read(out, &error);
        if (!image) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        const auto decoded = QrDecoder::decodeAll(GreyImage{image->pixels(), image->width(), image->height(), 0});
        if (!decoded || decoded->size() != 1) {
            qWarning("expected exactly one QR code in %s", qPrintable(path));
            return {};
        }
        return decoded->front().text;
    }

    std::optional<MigrationPayload> payloadOf(const QString& relative)
    {
        const QString path = tessera::test::fixturePath(relative);
        if (path.isEmpty()) {
            return std::nullopt;
        }
        const QString text = decodeFixture(path);
        auto payload = MigrationPayload::fromUri(text);
        if (!payload) {
            qWarning("%s: %s", qPrintable(relative), qPrintable(payload.error().message()));
            return std::nullopt;
        }
        return std::move(*payload);
    }

    QTemporaryDir m_dir;
    QString m_python;
    int m_counter = 0;

private Q_SLOTS:
    void init()
    {
        m_python = tessera::test::systemPython({u"PIL"_s});
        if (m_python.isEmpty()) {
            QSKIP("Debian's /usr/bin/python3 with python3-pil is needed to convert fixture images");
        }
        QVERIFY(m_dir.isValid());
    }

    void scitoExample()
    {
        TESSERA_REQUIRE_FIXTURE(path, u"google-migration/example_export.png"_s);
        const auto payload = payloadOf(u"google-migration/example_export.png"_s);
        QVERIFY(payload);
        QCOMPARE(payload->version, 1);
        QCOMPARE(payload->batchSize, 1);
        QCOMPARE(payload->batchIndex, 0);
        QCOMPARE(payload->entries.size(), std::size_t(3));
        const QStringList secrets{u"JBSWY3DPEHPK3PXP"_s, u"JBSWY3DPEHPK3PXQ"_s, u"JBSWY3DPEHPK3PXR"_s};
        for (int i = 0; i < 3; ++i) {
            const auto& entry = payload->entries[std::size_t(i)];
            QCOMPARE(entry.issuer, u"Test%1"_s.arg(i + 1));
            QCOMPARE(entry.name, u"Test%1:test%1@example%1.com"_s.arg(i + 1));
            QCOMPARE(base32Of(entry), secrets[i]);
            QCOMPARE(entry.type, kTotp);
        }
    }

    void googleExports1And2AreTheSameBatchPart()
    {
        TESSERA_REQUIRE_FIXTURE(path1, u"proton-pass-common/qr/GoogleAuthenticatorExport_1.png"_s);
        TESSERA_REQUIRE_FIXTURE(path2, u"proton-pass-common/qr/GoogleAuthenticatorExport_2.png"_s);
        const QString text1 = decodeFixture(path1);
        const QString text2 = decodeFixture(path2);
        QVERIFY(!text1.isEmpty());
        QCOMPARE(text2, text1); // two screenshots of the same payload
        const auto payload = MigrationPayload::fromUri(text1);
        QVERIFY(payload);
        QCOMPARE(payload->version, 2);
        QCOMPARE(payload->batchIndex, 1);
        QCOMPARE(payload->batchSize, 3);
        QCOMPARE(payload->batchId, 0); // absent in version-2 exports
        QCOMPARE(payload->entries.size(), std::size_t(10));
        for (const auto& entry : payload->entries) {
            QCOMPARE(entry.type, kTotp);
            QVERIFY2(!entry.uniqueId.isEmpty(), qPrintable(entry.name)); // field 8 in every entry
            QVERIFY(entry.secret.size() > 0);
        }
    }

    void googleExport3()
    {
        TESSERA_REQUIRE_FIXTURE(path, u"proton-pass-common/qr/GoogleAuthenticatorExport_3.png"_s);
        const auto payload = payloadOf(u"proton-pass-common/qr/GoogleAuthenticatorExport_3.png"_s);
        QVERIFY(payload);
        QCOMPARE(payload->version, 2);
        QCOMPARE(payload->batchIndex, 0);
        QCOMPARE(payload->batchSize, 4);
        QCOMPARE(payload->entries.size(), std::size_t(10));
        const auto hotp = std::count_if(payload->entries.begin(), payload->entries.end(),
                                        [](const auto& e) { return e.type == kHotp; });
        QCOMPARE(int(hotp), 1);
        for (const auto& entry : payload->entries) {
            if (entry.type == kHotp) {
                QCOMPARE(entry.counter, qint64(0));
            }
        }
        const auto sha256 = std::count_if(payload->entries.begin(), payload->entries.end(),
                                          [](const auto& e) { return e.algorithm == kSha256; });
        // SOURCES.md says 3, but the payload holds 4 SHA256 entries, all issuer TestApp
        // (checked independently: zbarimg's text, protobuf fields dumped by hand).
        QCOMPARE(int(sha256), 4);
        for (const auto& entry : payload->entries) {
            if (entry.algorithm == kSha256) {
                QCOMPARE(entry.issuer, u"TestApp"_s);
            }
        }
        const bool trailingSpace = std::any_of(payload->entries.begin(), payload->entries.end(),
                                               [](const auto& e) { return e.name == u"Google4 code "_s; });
        QVERIFY2(trailingSpace, "the name \"Google4 code \" must keep its trailing space");
    }

    void screenshotBigQr()
    {
        TESSERA_REQUIRE_FIXTURE(path, u"proton-pass-common/qr/GoogleAuthenticator_ScreenshotBigQR.jpeg"_s);
        const auto payload = payloadOf(u"proton-pass-common/qr/GoogleAuthenticator_ScreenshotBigQR.jpeg"_s);
        QVERIFY(payload);
        QCOMPARE(payload->version, 2);
        QCOMPARE(payload->batchIndex, 0);
        QCOMPARE(payload->batchSize, 1);
        QCOMPARE(payload->entries.size(), std::size_t(7));
        int totp = 0;
        int hotp = 0;
        bool sha256TestApp = false;
        for (const auto& entry : payload->entries) {
            QVERIFY(entry.uniqueId.isEmpty()); // no field 8 in this export
            if (entry.type == kTotp) {
                ++totp;
                sha256TestApp = sha256TestApp || (entry.algorithm == kSha256 && entry.issuer == u"TestApp"_s);
            } else if (entry.type == kHotp) {
                ++hotp;
                QCOMPARE(entry.counter, qint64(2));
            }
        }
        QCOMPARE(totp, 5);
        QCOMPARE(hotp, 2);
        QVERIFY(sha256TestApp);
    }

    void croppedScreenshot()
    {
        TESSERA_REQUIRE_FIXTURE(path, u"proton-pass-common/qr/GoogleAuthImportScreenshotCropped.jpg"_s);
        const auto payload = payloadOf(u"proton-pass-common/qr/GoogleAuthImportScreenshotCropped.jpg"_s);
        QVERIFY(payload);
        QCOMPARE(payload->version, 2);
        QCOMPARE(payload->batchId, 0);
        QCOMPARE(payload->entries.size(), std::size_t(1));
        const auto& entry = payload->entries.front();
        QCOMPARE(entry.name, u"ShouldDiffer"_s);
        QCOMPARE(base32Of(entry), u"KRUGS42TNBXXK3DEIJZGKYLLGEZDGNBV"_s);
        QVERIFY(!entry.uniqueId.isEmpty());
    }

    void nonMigrationCodesAreRejectedByThePayloadParser()
    {
        // The decoder reads them (tst_qrdecoder); the migration parser must refuse them.
        for (const QString& relative :
             {u"google-migration/qr_but_without_otp.png"_s, u"proton-pass-common/qr/example.png"_s}) {
            const QString path = tessera::test::fixturePath(relative);
            if (path.isEmpty()) {
                QSKIP(qPrintable(u"fixture %1 not found (set TESSERA_FIXTURES)"_s.arg(relative)));
            }
            const QString text = decodeFixture(path);
            QVERIFY(!text.isEmpty());
            QVERIFY(!MigrationPayload::fromUri(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestFixtureQrCodes)
#include "tst_fixtureqrcodes.moc"
