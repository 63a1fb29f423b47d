// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipboardService.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

/* ClipboardService on the offscreen platform, whose clipboard lives in this process (no
 * selection there, so only QClipboard::Clipboard is exercised; the selection tests skip). The same
 * binary also passes under X11 (xvfb-run with QT_QPA_PLATFORM=xcb), where they run. One "second"
 * of the service is shortened to a few milliseconds; waits are lower bounds only (QTRY_ polls
 * with generous timeouts). */
class TestClipboardService : public QObject {
    Q_OBJECT

private:
    static constexpr auto unit = 20ms;
    std::unique_ptr<tessera::ClipboardService> m_service;

    static QClipboard* clipboard() { return QGuiApplication::clipboard(); }

    /* The user copies from another program: on X11 that sets the clipboard and, since the text
     * was highlighted first, the selection. */
    static void userCopies(const QString& text)
    {
        clipboard()->setText(text);
        if (clipboard()->supportsSelection()) {
            clipboard()->setText(text, QClipboard::Selection);
        }
    }

    /* Waits well past the point where a clear scheduled for `seconds` would have happened. */
    static void waitPast(int seconds) { QTest::qWait(static_cast<int>((unit * seconds * 4).count()) + 200); }

private Q_SLOTS:
    void init()
    {
        clipboard()->clear();
        if (clipboard()->supportsSelection()) {
            clipboard()->clear(QClipboard::Selection);
        }
        m_service = std::make_unique<tessera::ClipboardService>(nullptr);
        m_service->setSecondUnit(unit);
    }

    void cleanup() { m_service.reset(); }

    void defaults()
    {
        QCOMPARE(m_service->clearSeconds(), 20);
        QVERIFY(!m_service->holdsSecret());
    }

    void copyPutsTextWithSecretHint()
    {
        QSignalSpy copied(m_service.get(), &tessera::ClipboardService::copied);
        QSignalSpy holds(m_service.get(), &tessera::ClipboardService::holdsSecretChanged);
        m_service->copySecret(u"492039"_s, u"GitHub"_s, 0);

        QCOMPARE(clipboard()->text(), u"492039"_s);
        const QMimeData* data = clipboard()->mimeData();
        QVERIFY(data != nullptr);
        QVERIFY2(data->hasFormat(tessera::ClipboardService::secretHintFormat()),
                 qPrintable(data->formats().join(u", "_s)));
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
        QCOMPARE(tessera::ClipboardService::secretHintFormat(), u"x-kde-passwordManagerHint"_s);
        QCOMPARE(data->data(u"x-kde-passwordManagerHint"_s), "secret"_ba);
#endif
        // The label is for the toast, never for the clipboard.
        for (const QString& format : data->formats()) {
            QVERIFY2(!data->data(format).contains("GitHub"), qPrintable(format));
        }
        QCOMPARE(copied.count(), 1);
        QCOMPARE(copied.at(0).at(0).toString(), u"GitHub"_s);
        QCOMPARE(copied.at(0).at(1).toInt(), 20);
        QVERIFY(m_service->holdsSecret());
        QCOMPARE(holds.count(), 1);
    }

    void clearedAfterTheDelay()
    {
        m_service->setClearSeconds(3);
        QSignalSpy cleared(m_service.get(), &tessera::ClipboardService::cleared);
        m_service->copySecret(u"111222"_s, u"Mail"_s, 0);
        // Nothing runs the event loop between the copy and here: still there.
        QCOMPARE(clipboard()->text(), u"111222"_s);
        QCOMPARE(cleared.count(), 0);

        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 10000);
        QVERIFY(clipboard()->text().isEmpty());
        QVERIFY(!m_service->holdsSecret());
    }

    void notClearedWhenTheUserCopiedSomethingElse()
    {
        m_service->setClearSeconds(2);
        QSignalSpy cleared(m_service.get(), &tessera::ClipboardService::cleared);
        m_service->copySecret(u"333444"_s, u"Bank"_s, 0);
        userCopies(u"a shopping list"_s);
        QVERIFY(!m_service->holdsSecret());

        waitPast(2);
        QCOMPARE(clipboard()->text(), u"a shopping list"_s);
        QCOMPARE(cleared.count(), 0);
    }

    void notClearedWhenTheSameDigitsCameFromElsewhere()
    {
        // The same text without our hint: the user copied it from somewhere else; it is theirs.
        m_service->setClearSeconds(2);
        QSignalSpy cleared(m_service.get(), &tessera::ClipboardService::cleared);
        m_service->copySecret(u"555666"_s, u"Shop"_s, 0);
        userCopies(u"555666"_s);

        waitPast(2);
        QCOMPARE(clipboard()->text(), u"555666"_s);
        QCOMPARE(cleared.count(), 0);
        m_service->clearNow();
        QCOMPARE(clipboard()->text(), u"555666"_s);
    }

    void expiryShorterThanTheDelayWins()
    {
        // 300 "seconds" would be 6 s here; the code expires after 2, so the clear comes first
        // and well inside the 5 s QTRY timeout.
        m_service->setClearSeconds(300);
        QSignalSpy copied(m_service.get(), &tessera::ClipboardService::copied);
        QSignalSpy cleared(m_service.get(), &tessera::ClipboardService::cleared);
        m_service->copySecret(u"777888"_s, u"Cloud"_s, 2);
        QCOMPARE(copied.count(), 1);
        QCOMPARE(copied.at(0).at(1).toInt(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 5000);
        QVERIFY(clipboard()->text().isEmpty());
    }

    void delayShorterThanExpiryWins()
    {
        m_service->setClearSeconds(5);
        QSignalSpy copied(m_service.get(), &tessera::ClipboardService::copied);
        m_service->copySecret(u"123123"_s, u"Cloud"_s, 25);
        QCOMPARE(copied.at(0).at(1).toInt(), 5);
    }

    void clearNowRemovesOnlyOurCopy()
    {
        QSignalSpy cleared(m_service.get(), &tessera::ClipboardService::cleared);
        m_service->copySecret(u"246810"_s, u"Forge"_s, 0);
        m_service->clearNow();
        QVERIFY(clipboard()->text().isEmpty());
        QCOMPARE(cleared.count(), 1);
        QVERIFY(!m_service->holdsSecret());

        m_service->copySecret(u"135790"_s, u"Forge"_s, 0);
        userCopies(u"notes for later"_s);
        m_service->clearNow();
        QCOMPARE(clipboard()->text(), u"notes for later"_s);
        QCOMPARE(cleared.count(), 1);

        // Nothing copied at all: clearNow (on lock or quit) touches nothing.
        m_service->clearNow();
        QCOMPARE(clipboard()->text(), u"notes for later"_s);
        QCOMPARE(cleared.count(), 1);
    }

    void zeroMeansNeverClearedAutomatically()
    {
        QSignalSpy changed(m_service.get(), &tessera::ClipboardService::clearSecondsChanged);
        m_service->setClearSeconds(0);
        QCOMPARE(changed.count(), 1);
        QSignalSpy copied(m_service.get(), &tessera::ClipboardService::copied);
        QSignalSpy cleared(m_service.get(), &tessera::ClipboardService::cleared);
        m_service->copySecret(u"999000"_s, u"Chat"_s, 1);
        QCOMPARE(copied.at(0).at(1).toInt(), 0);

        waitPast(2);
        QCOMPARE(clipboard()->text(), u"999000"_s);
        QCOMPARE(cleared.count(), 0);
        QVERIFY(m_service->holdsSecret());
        // Lock and quit still clear it.
        m_service->clearNow();
        QVERIFY(clipboard()->text().isEmpty());
    }

    void selectionGetsItsOwnMarkedCopy()
    {
        if (!clipboard()->supportsSelection()) {
            QSKIP("This platform has no selection (X11 and Wayland have).");
        }
        m_service->copySecret(u"864200"_s, u"Mail"_s, 0);
        QCOMPARE(clipboard()->text(QClipboard::Selection), u"864200"_s);
        const QMimeData* selection = clipboard()->mimeData(QClipboard::Selection);
        QVERIFY(selection != nullptr);
        QVERIFY(selection->hasFormat(tessera::ClipboardService::secretHintFormat()));
        QVERIFY(selection != clipboard()->mimeData(QClipboard::Clipboard));
        m_service->clearNow();
        QVERIFY(clipboard()->text(QClipboard::Selection).isEmpty());
        QVERIFY(clipboard()->text().isEmpty());
    }

    void selectionStillOursIsClearedWhenTheClipboardIsNot()
    {
        if (!clipboard()->supportsSelection()) {
            QSKIP("This platform has no selection (X11 and Wayland have).");
        }
        // The user copied with a button (no highlighting): the clipboard is theirs, the
        // selection still holds the code and must still go.
        m_service->setClearSeconds(2);
        QSignalSpy cleared(m_service.get(), &tessera::ClipboardService::cleared);
        m_service->copySecret(u"975310"_s, u"Bank"_s, 0);
        clipboard()->setText(u"an address"_s);
        QVERIFY(m_service->holdsSecret());
        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 10000);
        QVERIFY(clipboard()->text(QClipboard::Selection).isEmpty());
        QCOMPARE(clipboard()->text(), u"an address"_s);
        QVERIFY(!m_service->holdsSecret());
    }

    void destroyingTheServiceClearsOurCopyOnly()
    {
        m_service->copySecret(u"112358"_s, u"Quit"_s, 0);
        m_service.reset();
        QVERIFY(clipboard()->text().isEmpty());

        m_service = std::make_unique<tessera::ClipboardService>(nullptr);
        m_service->copySecret(u"132134"_s, u"Quit"_s, 0);
        userCopies(u"keep me"_s);
        m_service.reset();
        QCOMPARE(clipboard()->text(), u"keep me"_s);
    }

    void negativeDelayCountsAsNever()
    {
        m_service->setClearSeconds(-5);
        QCOMPARE(m_service->clearSeconds(), 0);
    }

    void aNewCopyRestartsTheDelay()
    {
        m_service->setClearSeconds(3);
        QSignalSpy cleared(m_service.get(), &tessera::ClipboardService::cleared);
        m_service->copySecret(u"100001"_s, u"A"_s, 0);
        m_service->copySecret(u"200002"_s, u"B"_s, 0);
        QCOMPARE(clipboard()->text(), u"200002"_s);
        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 10000);
        QVERIFY(clipboard()->text().isEmpty());
        waitPast(3);
        QCOMPARE(cleared.count(), 1);
    }
};

QTEST_MAIN(TestClipboardService)
#include "tst_clipboardservice.moc"
