// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOwnedSingleton.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

class QDBusConnection;
class QNetworkAccessManager;

namespace tessera {

/* Is this computer's clock right enough for codes (SECURITY.md S12, issue 6 item 7)?
 *
 *  - ntpStatus: whether the system sets its clock from the network, from systemd-timedated's
 *    org.freedesktop.timedate1 NTPSynchronized property on the system bus. Asked on
 *    refreshNtpStatus() (the recovery screens call it when shown), never before the first frame;
 *    Unknown when there is no such service (not systemd, not Linux, a container).
 *  - checkAgainst(url): on request only, one HEAD request to a site the user picks; the offset
 *    is taken from its `Date` header (recovery::ClockOffset) and judged against 15 s. https only
 *    (http just for loopback addresses, which the tests use); redirects are not followed, as
 *    every answer, a redirect or an error page too, carries a Date. Nothing is sent but the
 *    request; nothing is stored.
 *
 * The clock and the bus are injectable so the test can be exact and play timedate1 on a
 * private bus. */
class ClockCheck : public QObject, public AppOwnedSingleton<ClockCheck> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(NtpStatus ntpStatus READ ntpStatus NOTIFY ntpStatusChanged)
    Q_PROPERTY(QString ntpMessage READ ntpMessage NOTIFY ntpStatusChanged)
    Q_PROPERTY(bool checking READ checking NOTIFY checkingChanged)
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY resultChanged)
    Q_PROPERTY(bool clockFine READ clockFine NOTIFY resultChanged)
    Q_PROPERTY(int offsetSeconds READ offsetSeconds NOTIFY resultChanged)
    Q_PROPERTY(QString message READ message NOTIFY resultChanged)

public:
    enum class NtpStatus { Unknown, Synchronized, NotSynchronized };
    Q_ENUM(NtpStatus)

    static constexpr int kDefaultTimeoutMs = 10'000;

    explicit ClockCheck(QObject* parent); // no default: see Application.cpp (Qt 6.4 singletons)
    ~ClockCheck() override;

    [[nodiscard]] NtpStatus ntpStatus() const { return m_ntpStatus; }
    /* One translated sentence about ntpStatus, for a banner. */
    [[nodiscard]] QString ntpMessage() const;
    [[nodiscard]] bool checking() const { return m_reply != nullptr; }
    /* The last check: hasResult is true once one succeeded (a failure clears it; message then
     * says what went wrong). offsetSeconds is server minus local: positive = clock behind. */
    [[nodiscard]] bool hasResult() const { return m_hasResult; }
    [[nodiscard]] bool clockFine() const { return m_clockFine; }
    [[nodiscard]] int offsetSeconds() const { return m_offsetSeconds; }
    [[nodiscard]] const QString& message() const { return m_message; }

    /* Asks timedate1 (asynchronously) and updates ntpStatus. */
    Q_INVOKABLE void refreshNtpStatus();
    /* Measures the offset against `url` (asynchronously): checkFinished or checkFailed follows,
     * exactly once. A check still running is abandoned (its signal never comes). */
    Q_INVOKABLE void checkAgainst(const QUrl& url);
    /* Abandons a running check without a signal. */
    Q_INVOKABLE void cancel();

    /* For tests: the bus timedate1 is asked on (default the system bus), the local clock in
     * milliseconds since the epoch, and the time allowed for an answer. */
    void setNtpBus(const QDBusConnection& bus);
    void setClock(std::function<qint64()> nowMs);
    void setTimeoutMs(int timeoutMs);

    /* Why `url` may not be asked, as a translated sentence; empty when it may. */
    [[nodiscard]] static QString refusalFor(const QUrl& url);

Q_SIGNALS:
    void ntpStatusChanged();
    void checkingChanged();
    void resultChanged();
    void checkFinished(int offsetSeconds, bool clockFine, const QString& message);
    void checkFailed(const QString& message);

private:
    /* "42 seconds", "3 minutes", "5 hours", "2 days" in the user's language. */
    [[nodiscard]] static QString describeOffset(qint64 seconds);
    void setNtpStatus(NtpStatus status);
    void handleReply(QNetworkReply* reply, qint64 sentMs);
    void handleTimeout();
    void fail(const QString& message);
    void succeed(int offsetSeconds, bool clockFine, const QString& message);
    void finishReply();

    NtpStatus m_ntpStatus = NtpStatus::Unknown;
    std::unique_ptr<QDBusConnection> m_ntpBus; // null: the system bus
    std::function<qint64()> m_nowMs;
    int m_timeoutMs = kDefaultTimeoutMs;
    QNetworkAccessManager* m_network = nullptr; // made on the first check
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QString m_host;
    bool m_hasResult = false;
    bool m_clockFine = false;
    int m_offsetSeconds = 0;
    QString m_message;
};

} // namespace tessera
