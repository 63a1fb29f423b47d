// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddSourceController.h"
#include "QrImage.h"

#include <QGuiApplication>
#include <QPainter>
#include <QRasterWindow>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::AddSourceController;

namespace {

const QString kLink = u"otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example"_s;

/* A window showing a QR code, as a web page showing a 2FA setup code would. */
class CodeWindow : public QRasterWindow {
public:
    explicit CodeWindow(QImage code)
        : m_code(std::move(code))
    {
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        painter.fillRect(QRect(QPoint(), size()), QColor(u"#d0d8e0"_s));
        painter.drawImage(60, 40, m_code);
    }

private:
    QImage m_code;
};

} // namespace

/* Real screen capture on X11: runs under with-xvfb.sh (a private Xvfb, QT_QPA_PLATFORM=xcb). */
class TestScreenCapture : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void capturesTheCodeOnTheScreen()
    {
        if (QGuiApplication::platformName() != u"xcb"_s) {
            QSKIP("needs an X server (Xvfb not installed or did not start)");
        }
        auto code = tessera::documents::QrImage::render(kLink, 5);
        QVERIFY(code.hasValue());
        CodeWindow window(*code);
        window.setGeometry(100, 100, code->width() + 120, code->height() + 80);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        AddSourceController controller(nullptr);
        controller.setCaptureMethod(AddSourceController::CaptureMethod::Automatic); // X11 ⇒ QScreen
        QSignalSpy found(&controller, &AddSourceController::linksFound);
        QSignalSpy nothing(&controller, &AddSourceController::nothingFound);
        // The X server may show the window a little after it reports it exposed.
        for (int attempt = 0; attempt < 10 && found.isEmpty(); ++attempt) {
            window.update();
            QTest::qWait(100);
            controller.captureScreen();
            QTRY_VERIFY_WITH_TIMEOUT(!controller.busy(), 20000);
        }
        QCOMPARE(found.count(), 1);
        QCOMPARE(found.at(0).at(0).toStringList(), QStringList{kLink});
        QCOMPARE(found.at(0).at(1).toString(), u"the screen"_s);
        QVERIFY(found.at(0).at(2).toStringList().isEmpty()); // nothing on disk to delete

        window.hide();
        QTest::qWait(200);
        controller.captureScreen();
        QTRY_COMPARE_WITH_TIMEOUT(nothing.count(), 1, 20000);
        QCOMPARE(nothing.last().at(0).toString(),
                 u"No QR code was found on the screen. Make the code bigger or clearer and try again."_s);
    }
};

QTEST_MAIN(TestScreenCapture)
#include "tst_screencapture.moc"
