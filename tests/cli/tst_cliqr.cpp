// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// cli.qr: `qr encode` and `qr decode` on real files, cross-checked with qrencode and zbarimg.
// The test itself links QtCore only: images are made by the CLI, by qrencode, or by hand (PGM).
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::test::outText;
using tessera::test::runCli;

namespace {

const QString kUriA = u"otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example"_s;
const QString kUriB =
    u"otpauth://totp/ACME%20Co:john.doe@email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ&issuer=ACME%20Co"_s;

/* A binary PGM (P5) of one grey level: an image QImage reads without any plugin. */
void writeBlankPgm(const QString& path, int size, char grey)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("P5\n" + QByteArray::number(size) + ' ' + QByteArray::number(size) + "\n255\n");
    file.write(QByteArray(size * size, grey));
}

} // namespace

class TestCliQr : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        tessera::test::forgetDisplay();
        QVERIFY(m_dir.isValid());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("otpauth URI") << kUriA;
        QTest::newRow("quotes, backslash, non-ASCII") << u"He said \"grüß dich\" \\ 東京 ✓"_s;
        QTest::newRow("starts with a dash") << u"-not-an-option"_s;
    }
    void roundTrip()
    {
        QFETCH(QString, text);
        const QString png = path(u"roundtrip-%1.png"_s.arg(QTest::currentDataTag()[0] == 'o' ? 1 : 2));
        const auto encoded = runCli({u"qr"_s, u"encode"_s, u"--out"_s, png, u"--"_s, text});
        TESSERA_VERIFY_CLI_OK(encoded);
        QCOMPARE(encoded.out, QByteArray());
        QVERIFY(QFile::exists(png));

        const auto decoded = runCli({u"qr"_s, u"decode"_s, png});
        TESSERA_VERIFY_CLI_OK(decoded);
        QCOMPARE(outText(decoded), text);

        const auto json = runCli({u"qr"_s, u"decode"_s, png, u"--json"_s});
        TESSERA_VERIFY_CLI_OK(json);
        const QJsonArray array = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(array.size(), 1);
        QCOMPARE(array.at(0).toObject().value(u"file"_s).toString(), png);
        QCOMPARE(array.at(0).toObject().value(u"text"_s).toString(), text);
        QVERIFY(json.out.startsWith("[{\"file\":"));
    }

    void controlCharactersAreShownEscaped()
    {
        // A hostile QR code could carry terminal escape sequences (here: set the window title)
        // and line breaks; human output must keep them inert and on one line.
        const QString hostile = u"otpauth://totp/x?secret=JBSWY3DPEHPK3PXP\x1b]0;owned\x07\nsecond line\x7f"_s;
        const QString png = path(u"hostile.png"_s);
        TESSERA_VERIFY_CLI_OK(runCli({u"qr"_s, u"encode"_s, u"--out"_s, png, u"--"_s, hostile}));

        const auto human = runCli({u"qr"_s, u"decode"_s, png});
        TESSERA_VERIFY_CLI_OK(human);
        QCOMPARE(human.out,
                 QByteArray("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP\\x1b]0;owned\\x07\\x0asecond line\\x7f\n"));

        const auto json = runCli({u"qr"_s, u"decode"_s, u"--json"_s, png});
        TESSERA_VERIFY_CLI_OK(json);
        QCOMPARE(QJsonDocument::fromJson(json.out).array().at(0).toObject().value(u"text"_s).toString(), hostile);
    }

    void encodedIsReadByZbar()
    {
        TESSERA_REQUIRE_TOOL(zbarimg, u"zbarimg"_s);
        const QString png = path(u"zbar.png"_s);
        TESSERA_VERIFY_CLI_OK(runCli({u"qr"_s, u"encode"_s, kUriB, u"--out"_s, png}));
        const auto reference = tessera::test::run(zbarimg, {u"--raw"_s, u"-q"_s, png});
        QCOMPARE(reference.exitCode, 0);
        QCOMPARE(QString::fromUtf8(reference.out).trimmed(), kUriB);
    }

    void decodesQrencodeOutput()
    {
        TESSERA_REQUIRE_TOOL(qrencode, u"qrencode"_s);
        const QString png = path(u"qrencode.png"_s);
        QCOMPARE(tessera::test::run(qrencode, {u"-o"_s, png, kUriB}).exitCode, 0);
        const auto result = runCli({u"qr"_s, u"decode"_s, png});
        TESSERA_VERIFY_CLI_OK(result);
        QCOMPARE(result.out, kUriB.toUtf8() + '\n');
    }

    void transparentBackgroundCountsAsWhite()
    {
        // Black modules on fully transparent (0,0,0,0) pixels: a plain grey conversion would
        // see an all-black square.
        const QString python = tessera::test::systemPython({u"PIL"_s});
        if (python.isEmpty()) {
            QSKIP("Debian's python3 with PIL (python3-pil) is not installed");
        }
        const QString opaque = path(u"opaque.png"_s);
        const QString transparent = path(u"transparent.png"_s);
        TESSERA_VERIFY_CLI_OK(runCli({u"qr"_s, u"encode"_s, kUriA, u"--out"_s, opaque}));
        const auto made = tessera::test::run(python, {u"-c"_s,
                                                      u"import sys\n"
                                                      "from PIL import Image\n"
                                                      "grey = Image.open(sys.argv[1]).convert('L')\n"
                                                      "out = Image.new('RGBA', grey.size, (0, 0, 0, 0))\n"
                                                      "out.putdata([(0, 0, 0, 255) if p < 128 else (0, 0, 0, 0)"
                                                      " for p in grey.getdata()])\n"
                                                      "out.save(sys.argv[2])\n"_s,
                                                      opaque, transparent});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const auto result = runCli({u"qr"_s, u"decode"_s, transparent});
        TESSERA_VERIFY_CLI_OK(result);
        QCOMPARE(outText(result), kUriA);
    }

    void severalImagesInOrder()
    {
        const QString a = path(u"a.png"_s);
        const QString b = path(u"b.png"_s);
        TESSERA_VERIFY_CLI_OK(runCli({u"qr"_s, u"encode"_s, kUriA, u"--out"_s, a}));
        TESSERA_VERIFY_CLI_OK(runCli({u"--out="_s + b, u"qr"_s, u"encode"_s, kUriB}));

        const auto ab = runCli({u"qr"_s, u"decode"_s, a, b});
        TESSERA_VERIFY_CLI_OK(ab);
        QCOMPARE(ab.out, (kUriA + u'\n' + kUriB + u'\n').toUtf8());
        const auto ba = runCli({u"--json"_s, u"qr"_s, u"decode"_s, b, a});
        TESSERA_VERIFY_CLI_OK(ba);
        const QByteArray expected = "[{\"file\":\"" + b.toUtf8() + "\",\"text\":\"" + kUriB.toUtf8()
                                    + "\"},{\"file\":\"" + a.toUtf8() + "\",\"text\":\"" + kUriA.toUtf8() + "\"}]\n";
        QCOMPARE(ba.out, expected);
    }

    void noCode()
    {
        const QString blank = path(u"blank.pgm"_s);
        writeBlankPgm(blank, 120, '\xff');
        const auto result = runCli({u"qr"_s, u"decode"_s, blank});
        TESSERA_VERIFY_CLI_FAILURE(result, 3);
        QVERIFY(result.err.contains(blank.toUtf8()));
        const auto json = runCli({u"qr"_s, u"decode"_s, u"--json"_s, blank});
        TESSERA_VERIFY_CLI_FAILURE(json, 3);

        const QString black = path(u"black.pgm"_s);
        writeBlankPgm(black, 50, '\0');
        TESSERA_VERIFY_CLI_FAILURE(runCli({u"qr"_s, u"decode"_s, blank, black}), 3);
    }

    void noCodeInOneOfSeveral()
    {
        const QString blank = path(u"blank2.pgm"_s);
        writeBlankPgm(blank, 80, '\xf0');
        const QString a = path(u"a2.png"_s);
        TESSERA_VERIFY_CLI_OK(runCli({u"qr"_s, u"encode"_s, kUriA, u"--out"_s, a}));
        const auto result = runCli({u"qr"_s, u"decode"_s, blank, a});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(outText(result), kUriA);
        QCOMPARE(result.err, "tessera-cli: note: No QR code was found in " + blank.toUtf8() + ".\n");
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("missing") << u"missing.png"_s << QByteArray();
        QTest::newRow("text file") << u"not-an-image.png"_s << QByteArray("hello, I am not a picture\n");
        QTest::newRow("empty file") << u"empty.png"_s << QByteArray("");
        QTest::newRow("truncated PNG") << u"truncated.png"_s << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTest::newRow("folder") << u"folder"_s << QByteArray();
    }
    void badFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        const QString file = path(name);
        if (name == u"folder"_s) {
            QVERIFY(QDir().mkpath(file));
        } else if (name != u"missing.png"_s) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(content);
        }
        const auto result = runCli({u"qr"_s, u"decode"_s, file});
        TESSERA_VERIFY_CLI_FAILURE(result, 2);
        QVERIFY2(result.err.contains(file.toUtf8()), result.err.constData());

        // A bad file fails the whole call, and nothing of the good one reaches stdout.
        const QString good = path(u"good.png"_s);
        TESSERA_VERIFY_CLI_OK(runCli({u"qr"_s, u"encode"_s, kUriA, u"--out"_s, good}));
        TESSERA_VERIFY_CLI_FAILURE(runCli({u"qr"_s, u"decode"_s, good, file}), 2);
    }

    void encodeErrors()
    {
        TESSERA_VERIFY_CLI_FAILURE(runCli({u"qr"_s, u"encode"_s, kUriA}), 1);                        // no --out
        TESSERA_VERIFY_CLI_FAILURE(runCli({u"qr"_s, u"encode"_s, u"--out"_s, path(u"x.png"_s)}), 1); // no text
        TESSERA_VERIFY_CLI_FAILURE(runCli({u"qr"_s, u"encode"_s, u"a"_s, u"b"_s, u"--out"_s, path(u"x.png"_s)}), 1);
        TESSERA_VERIFY_CLI_FAILURE(runCli({u"qr"_s, u"decode"_s}), 1); // no image
        TESSERA_VERIFY_CLI_FAILURE(runCli({u"qr"_s, u"decode"_s, u"x.png"_s, u"--at"_s, u"5"_s}), 1);

        const auto unwritable = runCli({u"qr"_s, u"encode"_s, kUriA, u"--out"_s, path(u"no/such/folder/x.png"_s)});
        TESSERA_VERIFY_CLI_FAILURE(unwritable, 2);
        QVERIFY(unwritable.err.contains("no/such/folder/x.png"));
        QVERIFY(!unwritable.err.contains("JBSWY3DPEHPK3PXP"));

        const auto tooLong = runCli({u"qr"_s, u"encode"_s, QString(8000, u'7'), u"--out"_s, path(u"big.png"_s)});
        TESSERA_VERIFY_CLI_FAILURE(tooLong, 2);
        QVERIFY(!QFile::exists(path(u"big.png"_s)));
    }

    void encodeReplacesAtomically()
    {
        const QString png = path(u"replace.png"_s);
        TESSERA_VERIFY_CLI_OK(runCli({u"qr"_s, u"encode"_s, kUriA, u"--out"_s, png}));
        TESSERA_VERIFY_CLI_OK(runCli({u"qr"_s, u"encode"_s, kUriB, u"--out"_s, png}));
        QCOMPARE(outText(runCli({u"qr"_s, u"decode"_s, png})), kUriB);
        // No temporary files left beside it.
        QCOMPARE(QDir(QFileInfo(png).absolutePath()).entryList({u"replace*"_s}, QDir::Files),
                 QStringList{u"replace.png"_s});
    }

    void googleMigrationFixture()
    {
        TESSERA_REQUIRE_FIXTURE(png, u"google-migration/example_export.png"_s);
        const auto result = runCli({u"qr"_s, u"decode"_s, png});
        TESSERA_VERIFY_CLI_OK(result);
        QCOMPARE(result.out.count('\n'), 1);
        QVERIFY2(result.out.startsWith("otpauth-migration://offline?data="), result.out.constData());
    }

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliQr)
#include "tst_cliqr.moc"
