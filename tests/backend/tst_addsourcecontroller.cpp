// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddSourceController.h"
#include "TestEnvironment.h"
#include "crypto/SecureBytes.h"
#include "uri/MigrationPayload.h"

#include <QClipboard>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using tessera::AddSourceController;

namespace {

const QString kLinkA = u"otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example"_s;
const QString kLinkB = u"otpauth://totp/Other:bob@example.com?secret=KRUGS42TNBXXK3DE&issuer=Other"_s;
constexpr int kTimeout = 20000; // generous: the machine is shared

QString transferLink(int index, int size, const QByteArray& secret)
{
    tessera::uri::MigrationPayload payload;
    tessera::uri::MigrationPayload::Entry entry;
    entry.secret = tessera::crypto::SecureBytes::copyOf(secret.constData(), static_cast<std::size_t>(secret.size()));
    entry.name = u"account%1"_s.arg(index);
    entry.issuer = u"Test"_s;
    entry.algorithm = 1;
    entry.digits = 1;
    entry.type = 2;
    payload.entries.push_back(std::move(entry));
    payload.batchSize = size;
    payload.batchIndex = index;
    payload.hasBatchIndex = true;
    payload.batchId = 4242;
    return payload.toUri();
}

} // namespace

/* Plays the desktop's org.freedesktop.portal.Screenshot on a second connection to the private
 * session bus the test runs in (dbus-run-session): answers a Screenshot call with the request
 * path, then sends Response(code, {uri}) on it as xdg-desktop-portal does. */
class FakePortal : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Screenshot")

public:
    explicit FakePortal(QDBusConnection connection)
        : m_connection(std::move(connection))
    {
    }

    uint response = 0;
    QString file;
    QVariantMap lastOptions;

public Q_SLOTS:
    QDBusObjectPath Screenshot(const QString& parentWindow, const QVariantMap& options, const QDBusMessage& message)
    {
        Q_UNUSED(parentWindow)
        lastOptions = options;
        QString sender = message.service().mid(1);
        sender.replace(u'.', u'_');
        const QString path =
            u"/org/freedesktop/portal/desktop/request/%1/%2"_s.arg(sender, options.value(u"handle_token"_s).toString());
        QTimer::singleShot(0, this, [this, path] {
            QDBusMessage signal = QDBusMessage::createSignal(path, u"org.freedesktop.portal.Request"_s, u"Response"_s);
            QVariantMap results;
            if (response == 0) {
                results.insert(u"uri"_s, QUrl::fromLocalFile(file).toString());
            }
            signal << response << results;
            m_connection.send(signal);
        });
        return QDBusObjectPath(path);
    }

private:
    QDBusConnection m_connection;
};

class TestAddSourceController : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_qrencode;

    /* A PNG of `text` drawn by the independent encoder qrencode, at dir/name. */
    QString qrPng(const QString& name, const QString& text)
    {
        const QString path = m_dir.filePath(name);
        const auto result = tessera::test::run(m_qrencode, {u"-s"_s, u"6"_s, u"-o"_s, path, text});
        if (result.exitCode != 0) {
            qWarning("qrencode failed: %s", result.err.constData());
            return {};
        }
        return path;
    }

    static QString message(const QSignalSpy& spy) { return spy.isEmpty() ? QString() : spy.last().at(0).toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Trashed files go into the temporary folder, not the real user's trash.
        QVERIFY(QDir().mkpath(m_dir.filePath(u"data"_s)));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(u"data"_s)));
        m_qrencode = tessera::test::findTool(u"qrencode"_s);
    }

    void linksInText()
    {
        const QString text =
            u"junk first\n%1\r\n  not a link otpauth:/broken  %2\thttps://example.com %1"_s.arg(kLinkA, kLinkB);
        QCOMPARE(AddSourceController::linksInText(text), (QStringList{kLinkA, kLinkB}));
        QVERIFY(AddSourceController::linksInText(u"nothing here"_s).isEmpty());
        QCOMPARE(AddSourceController::linksInText(u"OTPAUTH-MIGRATION://offline?data=AA"_s),
                 QStringList{u"OTPAUTH-MIGRATION://offline?data=AA"_s});
    }

    void screenshotNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("screenshot");
        QTest::newRow("gnome") << u"Screenshot from 2026-11-23 10-00-00.png"_s << true;
        QTest::newRow("mac") << u"Screen Shot 2026-11-23 at 10.00.00.png"_s << true;
        QTest::newRow("android") << u"Screenshot_20261123-100000.png"_s << true;
        QTest::newRow("german") << u"Bildschirmfoto vom 2026-11-23 10-00-00.png"_s << true;
        QTest::newRow("french typographic") << u"Capture d’écran du 2026-11-23 10-00-00.png"_s << true;
        QTest::newRow("french ascii") << u"Capture d'écran 2026-11-23.png"_s << true;
        QTest::newRow("russian") << u"Снимок экрана от 2026-11-23 10-00-00.png"_s << true;
        QTest::newRow("spanish") << u"Captura de pantalla de 2026-11-23.png"_s << true;
        QTest::newRow("portuguese") << u"Captura de tela de 2026-11-23.png"_s << true;
        QTest::newRow("photo") << u"IMG_2041.jpg"_s << false;
        QTest::newRow("code") << u"github-2fa.png"_s << false;
    }

    void screenshotNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, screenshot);
        QCOMPARE(AddSourceController::looksLikeScreenshot(name), screenshot);
    }

    void openImageFileWithLink()
    {
        TESSERA_REQUIRE_TOOL(qrencode, u"qrencode"_s);
        const QString png = qrPng(u"github-2fa.png"_s, kLinkA);
        QVERIFY(!png.isEmpty());
        AddSourceController controller(nullptr);
        QSignalSpy found(&controller, &AddSourceController::linksFound);
        QSignalSpy nothing(&controller, &AddSourceController::nothingFound);
        QSignalSpy busy(&controller, &AddSourceController::busyChanged);
        controller.openImageFiles({QUrl::fromLocalFile(png)});
        QVERIFY(controller.busy()); // decoding runs on a worker
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, kTimeout);
        QCOMPARE(nothing.count(), 0);
        QCOMPARE(found.at(0).at(0).toStringList(), QStringList{kLinkA});
        QCOMPARE(found.at(0).at(1).toString(), u"github-2fa.png"_s);
        QVERIFY(found.at(0).at(2).toStringList().isEmpty()); // not named like a screenshot
        QVERIFY(!controller.busy());
        QCOMPARE(busy.count(), 2);
    }

    void openImageFileWithOtherCode()
    {
        TESSERA_REQUIRE_TOOL(qrencode, u"qrencode"_s);
        const QString png = qrPng(u"website.png"_s, u"https://example.com"_s);
        AddSourceController controller(nullptr);
        QSignalSpy found(&controller, &AddSourceController::linksFound);
        QSignalSpy nothing(&controller, &AddSourceController::nothingFound);
        controller.openImageFiles({QUrl::fromLocalFile(png)});
        QTRY_COMPARE_WITH_TIMEOUT(nothing.count(), 1, kTimeout);
        QCOMPARE(found.count(), 0);
        QCOMPARE(message(nothing), u"The QR code in website.png is not a 2FA code: it holds a web address."_s);
    }

    void openFileThatIsNotAnImage()
    {
        const QString path = m_dir.filePath(u"aegis-backup.json"_s);
        QVERIFY(tessera::test::writeFile(path, R"({"version": 1, "db": {}})"));
        AddSourceController controller(nullptr);
        QSignalSpy nothing(&controller, &AddSourceController::nothingFound);
        controller.openImageFiles({QUrl::fromLocalFile(path)});
        QTRY_COMPARE_WITH_TIMEOUT(nothing.count(), 1, kTimeout);
        QCOMPARE(message(nothing), u"aegis-backup.json is not an image. To bring in a backup file, use Import."_s);
    }

    void openImageWithoutCode()
    {
        const QString path = m_dir.filePath(u"blank.png"_s);
        QImage blank(200, 200, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QVERIFY(blank.save(path));
        AddSourceController controller(nullptr);
        QSignalSpy nothing(&controller, &AddSourceController::nothingFound);
        controller.openImageFiles({QUrl::fromLocalFile(path)});
        QTRY_COMPARE_WITH_TIMEOUT(nothing.count(), 1, kTimeout);
        QCOMPARE(message(nothing),
                 u"No QR code was found in blank.png. Try a sharper or bigger picture of the code."_s);
    }

    void oneGoodFileAndOneBadReportsBoth()
    {
        TESSERA_REQUIRE_TOOL(qrencode, u"qrencode"_s);
        const QString png = qrPng(u"good.png"_s, kLinkB);
        const QString text = m_dir.filePath(u"notes.txt"_s);
        QVERIFY(tessera::test::writeFile(text, "hello"));
        AddSourceController controller(nullptr);
        QSignalSpy found(&controller, &AddSourceController::linksFound);
        QSignalSpy notice(&controller, &AddSourceController::notice);
        controller.openImageFiles({QUrl::fromLocalFile(png), QUrl::fromLocalFile(text)});
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, kTimeout);
        QCOMPARE(found.at(0).at(0).toStringList(), QStringList{kLinkB});
        QCOMPARE(found.at(0).at(1).toString(), u"2 picture(s)"_s);
        QCOMPARE(notice.count(), 1);
        QCOMPARE(notice.at(0).at(0).toString(), u"notes.txt is not an image. To bring in a backup file, use Import."_s);
    }

    void pasteTextWithTwoLinks()
    {
        QGuiApplication::clipboard()->setText(u"Here are my codes:\n%1\nand %2 — thanks!"_s.arg(kLinkA, kLinkB));
        AddSourceController controller(nullptr);
        QSignalSpy found(&controller, &AddSourceController::linksFound);
        controller.pasteFromClipboard();
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, kTimeout);
        QCOMPARE(found.at(0).at(0).toStringList(), (QStringList{kLinkA, kLinkB}));
        QCOMPARE(found.at(0).at(1).toString(), u"the clipboard"_s);
    }

    void pasteImage()
    {
        TESSERA_REQUIRE_TOOL(qrencode, u"qrencode"_s);
        const QImage image(qrPng(u"clip.png"_s, kLinkA));
        QVERIFY(!image.isNull());
        QGuiApplication::clipboard()->setImage(image);
        AddSourceController controller(nullptr);
        QSignalSpy found(&controller, &AddSourceController::linksFound);
        controller.pasteFromClipboard();
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, kTimeout);
        QCOMPARE(found.at(0).at(0).toStringList(), QStringList{kLinkA});
    }

    void pasteNothingUseful()
    {
        QGuiApplication::clipboard()->setText(u"just some words"_s);
        AddSourceController controller(nullptr);
        QSignalSpy nothing(&controller, &AddSourceController::nothingFound);
        controller.pasteFromClipboard();
        QTRY_COMPARE_WITH_TIMEOUT(nothing.count(), 1, kTimeout);
        QVERIFY2(message(nothing).startsWith(u"The clipboard holds no picture and no 2FA link."_s),
                 qPrintable(message(nothing)));
    }

    void pasteCopiedFile()
    {
        TESSERA_REQUIRE_TOOL(qrencode, u"qrencode"_s);
        const QString png = qrPng(u"copied.png"_s, kLinkB);
        auto* mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(png)});
        QGuiApplication::clipboard()->setMimeData(mime);
        AddSourceController controller(nullptr);
        QSignalSpy found(&controller, &AddSourceController::linksFound);
        controller.pasteFromClipboard();
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, kTimeout);
        QCOMPARE(found.at(0).at(0).toStringList(), QStringList{kLinkB});
    }

    void dropFilesAndDeleteScreenshot()
    {
        TESSERA_REQUIRE_TOOL(qrencode, u"qrencode"_s);
        const QString shot = qrPng(u"Screenshot from 2026-11-23 10-00-00.png"_s, kLinkA);
        const QString other = qrPng(u"code.png"_s, kLinkB);
        AddSourceController controller(nullptr);
        QSignalSpy found(&controller, &AddSourceController::linksFound);
        controller.handleDrop({QUrl::fromLocalFile(shot), QUrl::fromLocalFile(other)}, QString());
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, kTimeout);
        QCOMPARE(found.at(0).at(0).toStringList(), (QStringList{kLinkA, kLinkB}));
        QCOMPARE(found.at(0).at(2).toStringList(), QStringList{shot});

        // Only files offered as screenshots may be deleted through the controller.
        QVERIFY(!controller.deleteFile(other));
        QVERIFY(QFile::exists(other));
        QVERIFY(controller.deleteFile(QUrl::fromLocalFile(shot).toString()));
        QVERIFY(!QFile::exists(shot));
        QVERIFY(!controller.deleteFile(shot)); // already gone, and no longer on offer
    }

    void dropLinkAndText()
    {
        AddSourceController controller(nullptr);
        QSignalSpy found(&controller, &AddSourceController::linksFound);
        // A dragged link arrives twice: as a URL and as text. It is one link.
        controller.handleDrop({QUrl(kLinkA)}, kLinkA);
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, kTimeout);
        QCOMPARE(found.at(0).at(0).toStringList(), QStringList{kLinkA});

        QSignalSpy nothing(&controller, &AddSourceController::nothingFound);
        controller.handleDrop({QUrl(u"https://example.com/code.png"_s)}, QString());
        QTRY_COMPARE_WITH_TIMEOUT(nothing.count(), 1, kTimeout);
        QVERIFY2(message(nothing).contains(u"is not a file on this computer"_s), qPrintable(message(nothing)));
    }

    void handleLink()
    {
        AddSourceController controller(nullptr);
        QSignalSpy found(&controller, &AddSourceController::linksFound);
        QSignalSpy nothing(&controller, &AddSourceController::nothingFound);
        controller.handleLink(u"  %1\n"_s.arg(kLinkA));
        QCOMPARE(found.count(), 1);
        QCOMPARE(found.at(0).at(0).toStringList(), QStringList{kLinkA});
        controller.handleLink(u"https://example.com"_s);
        QCOMPARE(nothing.count(), 1);
        QVERIFY(message(nothing).startsWith(u"This is not a 2FA link"_s));
    }

    void batchProgressAcrossLinks()
    {
        const QString first = transferLink(0, 2, "0123456789");
        const QString second = transferLink(1, 2, "abcdefghij");
        AddSourceController controller(nullptr);
        QSignalSpy changed(&controller, &AddSourceController::batchChanged);
        QVERIFY(controller.batchProgress().isEmpty());
        QVERIFY(!controller.batchComplete());

        controller.handleLink(second);
        QCOMPARE(controller.batchProgress(), u"1 of 2 transfer codes scanned"_s);
        QVERIFY(!controller.batchComplete());
        QCOMPARE(controller.batchMissing().size(), 1);

        controller.handleLink(second); // the same code again changes nothing
        QCOMPARE(controller.batchProgress(), u"1 of 2 transfer codes scanned"_s);

        controller.handleLink(first);
        QCOMPARE(controller.batchProgress(), u"2 of 2 transfer codes scanned"_s);
        QVERIFY(controller.batchComplete());
        QVERIFY(controller.batchMissing().isEmpty());
        QCOMPARE(changed.count(), 2);

        controller.resetBatch();
        QVERIFY(controller.batchProgress().isEmpty());
        QVERIFY(!controller.batchComplete());
    }

    void batchProgressFromScreenshotFixture()
    {
        TESSERA_REQUIRE_FIXTURE(path, u"proton-pass-common/qr/GoogleAuthenticatorExport_1.png"_s);
        AddSourceController controller(nullptr);
        QSignalSpy found(&controller, &AddSourceController::linksFound);
        controller.openImageFiles({QUrl::fromLocalFile(path)});
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, kTimeout);
        QCOMPARE(found.at(0).at(0).toStringList().size(), 1);
        QVERIFY(found.at(0).at(0).toStringList().first().startsWith(u"otpauth-migration://"_s));
        // FIXTURES: batch_index 1 of batch_size 3.
        QCOMPARE(controller.batchProgress(), u"1 of 3 transfer codes scanned"_s);
        QVERIFY(!controller.batchComplete());
        QCOMPARE(controller.batchMissing().size(), 2);
    }

    void portalScreenshot()
    {
        TESSERA_REQUIRE_TOOL(qrencode, u"qrencode"_s);
        if (qEnvironmentVariableIsEmpty("TESSERA_PRIVATE_SESSION_BUS")
            || !QDBusConnection::sessionBus().isConnected()) {
            QSKIP("needs a private D-Bus session (ctest runs this test under dbus-run-session)");
        }
        QDBusConnection connection = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fakeportal"_s);
        QVERIFY(connection.isConnected());
        FakePortal portal(connection);
        QVERIFY(connection.registerService(u"org.freedesktop.portal.Desktop"_s));
        QVERIFY(
            connection.registerObject(u"/org/freedesktop/portal/desktop"_s, &portal, QDBusConnection::ExportAllSlots));
        // The portal names its files itself; this one does not look like a screenshot by name.
        portal.file = qrPng(u"portal-capture.png"_s, kLinkA);

        AddSourceController controller(nullptr);
        controller.setCaptureMethod(AddSourceController::CaptureMethod::Portal);
        QSignalSpy found(&controller, &AddSourceController::linksFound);
        QSignalSpy nothing(&controller, &AddSourceController::nothingFound);
        controller.captureScreen();
        QVERIFY(controller.busy());
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, kTimeout);
        QCOMPARE(nothing.count(), 0);
        QCOMPARE(portal.lastOptions.value(u"interactive"_s).toBool(), false);
        QCOMPARE(found.at(0).at(0).toStringList(), QStringList{kLinkA});
        QCOMPARE(found.at(0).at(1).toString(), u"the screen"_s);
        // The portal's file stays in the user's Pictures folder: offered for deletion.
        QCOMPARE(found.at(0).at(2).toStringList(), QStringList{portal.file});
        QTRY_VERIFY_WITH_TIMEOUT(!controller.busy(), kTimeout);
        QVERIFY(controller.deleteFile(portal.file));
        QVERIFY(!QFile::exists(portal.file));

        portal.response = 1; // the user said no
        controller.captureScreen();
        QTRY_COMPARE_WITH_TIMEOUT(nothing.count(), 1, kTimeout);
        QCOMPARE(message(nothing), u"Screen capture was cancelled."_s);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.busy(), kTimeout);

        connection.unregisterObject(u"/org/freedesktop/portal/desktop"_s);
        connection.unregisterService(u"org.freedesktop.portal.Desktop"_s);
        QDBusConnection::disconnectFromBus(u"fakeportal"_s);
    }

    void portalMissing()
    {
        if (qEnvironmentVariableIsEmpty("TESSERA_PRIVATE_SESSION_BUS")
            || !QDBusConnection::sessionBus().isConnected()) {
            QSKIP("needs a private D-Bus session (ctest runs this test under dbus-run-session)");
        }
        QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(u"org.freedesktop.portal.Desktop"_s));
        AddSourceController controller(nullptr);
        controller.setCaptureMethod(AddSourceController::CaptureMethod::Portal);
        QSignalSpy nothing(&controller, &AddSourceController::nothingFound);
        controller.captureScreen();
        QTRY_COMPARE_WITH_TIMEOUT(nothing.count(), 1, kTimeout);
        QVERIFY2(message(nothing).startsWith(u"The screen could not be captured ("_s), qPrintable(message(nothing)));
        QVERIFY(!controller.busy());
    }

    void captureScreenOffscreen()
    {
        if (QGuiApplication::platformName() != u"offscreen"_s) {
            QSKIP("documents the offscreen platform only");
        }
        // The offscreen platform has no real screen: its grab is a blank picture of the screen's
        // size, so this documents the "nothing on the screen" path. Real capture (X11 grabs, the
        // Wayland/Flatpak portal) is not exercised here.
        AddSourceController controller(nullptr);
        controller.setCaptureMethod(AddSourceController::CaptureMethod::ScreenGrab);
        QSignalSpy nothing(&controller, &AddSourceController::nothingFound);
        controller.captureScreen();
        QTRY_COMPARE_WITH_TIMEOUT(nothing.count(), 1, kTimeout);
        QCOMPARE(message(nothing),
                 u"No QR code was found on the screen. Make the code bigger or clearer and try again."_s);
    }
};

QTEST_MAIN(TestAddSourceController)
#include "tst_addsourcecontroller.moc"
