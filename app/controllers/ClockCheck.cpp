// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClockCheck.h"

#include "recovery/ClockOffset.h"

#include <QDateTime>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QQmlEngine>

#include <algorithm>
#include <climits>

#ifdef Q_OS_LINUX
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcClockCheck, "tessera.app.clockcheck", QtInfoMsg)

namespace tessera {

/* The size of an offset in words, with the plural forms of the user's language (the English
 * singular comes from tessera_en.ts, like every other %n string). */
QString ClockCheck::describeOffset(qint64 seconds)
{
    seconds = std::abs(seconds);
    if (seconds < 120) {
        return tr("%n seconds", "", int(seconds));
    }
    if (seconds < 2 * 3600) {
        return tr("%n minutes", "", int((seconds + 30) / 60));
    }
    if (seconds < 2 * 86400) {
        return tr("%n hours", "", int((seconds + 1800) / 3600));
    }
    return tr("%n days", "", int(std::min<qint64>((seconds + 43200) / 86400, 1'000'000)));
}

ClockCheck::ClockCheck(QObject* parent)
    : QObject(parent)
    , m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ClockCheck::handleTimeout);
}

ClockCheck::~ClockCheck()
{
    // Quietly: nobody is left to tell. The reply itself goes with m_network, our child.
    m_timeout.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ClockCheck::setNtpBus(const QDBusConnection& bus)
{
#ifdef Q_OS_LINUX
    m_ntpBus = std::make_unique<QDBusConnection>(bus);
#else
    Q_UNUSED(bus)
#endif
}

void ClockCheck::setClock(std::function<qint64()> nowMs)
{
    m_nowMs = std::move(nowMs);
}

void ClockCheck::setTimeoutMs(int timeoutMs)
{
    m_timeoutMs = timeoutMs;
}

QString ClockCheck::ntpMessage() const
{
    switch (m_ntpStatus) {
    case NtpStatus::Synchronized:
        return tr("This computer sets its clock automatically from the internet.");
    case NtpStatus::NotSynchronized:
        return tr("This computer's clock is not being set automatically, so it may drift and codes may be "
                  "rejected. Turn on “Set time automatically” in the system's date and time settings.");
    case NtpStatus::Unknown:
        break;
    }
    return tr("Tessera cannot tell whether this computer sets its clock automatically. Check the time "
              "against a website instead.");
}

void ClockCheck::setNtpStatus(NtpStatus status)
{
    if (m_ntpStatus != status) {
        m_ntpStatus = status;
        Q_EMIT ntpStatusChanged();
    }
}

void ClockCheck::refreshNtpStatus()
{
#ifdef Q_OS_LINUX
    const QDBusConnection bus = m_ntpBus ? *m_ntpBus : QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        qCInfo(lcClockCheck, "Not connected to D-Bus; clock synchronisation unknown");
        setNtpStatus(NtpStatus::Unknown);
        return;
    }
    QDBusMessage get = QDBusMessage::createMethodCall(u"org.freedesktop.timedate1"_s, u"/org/freedesktop/timedate1"_s,
                                                      u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    get << u"org.freedesktop.timedate1"_s << u"NTPSynchronized"_s;
    // Asking must not start timedated just for us: it would quit again in 30 s anyway, but a
    // system without it should simply answer "unknown".
    get.setAutoStartService(false);
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(get), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* call) {
        call->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *call;
        if (reply.isError()) {
            qCInfo(lcClockCheck, "timedate1 did not answer (%s); clock synchronisation unknown",
                   qUtf8Printable(reply.error().name()));
            setNtpStatus(NtpStatus::Unknown);
            return;
        }
        const QVariant value = reply.value().variant();
        if (value.metaType() != QMetaType::fromType<bool>()) {
            setNtpStatus(NtpStatus::Unknown);
            return;
        }
        setNtpStatus(value.toBool() ? NtpStatus::Synchronized : NtpStatus::NotSynchronized);
    });
#else
    setNtpStatus(NtpStatus::Unknown);
#endif
}

QString ClockCheck::refusalFor(const QUrl& url)
{
    const QString example = u"https://www.aliexpress.com"_s;
    if (!url.isValid() || url.host().isEmpty()) {
        return tr("Enter a web address such as %1.").arg(example);
    }
    if (url.scheme() == u"https"_s) {
        return {};
    }
    // Plain http only where nobody can tamper with the answer: this computer (the tests' server).
    const QHostAddress address(url.host());
    if (url.scheme() == u"http"_s && (url.host() == u"localhost"_s || address.isLoopback())) {
        return {};
    }
    return tr("Use an address that starts with https://, such as %1: only then can Tessera be sure the "
              "time really comes from that site.")
        .arg(example);
}

void ClockCheck::checkAgainst(const QUrl& url)
{
    cancel();
    if (const QString refusal = refusalFor(url); !refusal.isEmpty()) {
        fail(refusal);
        return;
    }
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"Tessera clock check"_s);
    m_host = url.host();
    const qint64 sentMs = m_nowMs();
    m_reply = m_network->head(request);
    connect(m_reply, &QNetworkReply::finished, this,
            [this, reply = m_reply.data(), sentMs] { handleReply(reply, sentMs); });
    m_timeout.start(m_timeoutMs);
    Q_EMIT checkingChanged();
}

void ClockCheck::cancel()
{
    m_timeout.stop();
    if (!m_reply) {
        return;
    }
    QNetworkReply* reply = m_reply.data();
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    Q_EMIT checkingChanged();
}

void ClockCheck::finishReply()
{
    m_timeout.stop();
    if (m_reply) {
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT checkingChanged();
}

void ClockCheck::handleTimeout()
{
    if (!m_reply) {
        return;
    }
    const QString host = m_host;
    cancel();
    fail(tr("%1 did not answer within %n seconds. Check the internet connection, or try another site.", "",
            (m_timeoutMs + 999) / 1000)
             .arg(host));
}

void ClockCheck::handleReply(QNetworkReply* reply, qint64 sentMs)
{
    if (reply != m_reply) {
        return; // an abandoned check
    }
    const qint64 receivedMs = m_nowMs();
    const QNetworkReply::NetworkError error = reply->error();
    const QByteArray date = reply->rawHeader("Date");
    const bool answered = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
    finishReply();

    // An HTTP error status (404, 503 …) still carries the server's time; only a missing answer
    // is a failure.
    if (!answered) {
        qCInfo(lcClockCheck, "Clock check: no answer (network error %d)", int(error));
        if (error == QNetworkReply::SslHandshakeFailedError) {
            // A clock far off makes every certificate look expired or not yet valid.
            fail(tr("%1's security certificate was not accepted. If this computer's date is wrong, that is "
                    "the reason: correct the date, then check again.")
                     .arg(m_host));
        } else {
            fail(tr("Could not reach %1. Check the internet connection and the address.").arg(m_host));
        }
        return;
    }
    if (date.isEmpty()) {
        fail(tr("%1 did not say what time it is. Try another site.").arg(m_host));
        return;
    }
    const Result<qint64> serverSeconds = recovery::ClockOffset::parseHttpDate(date);
    if (!serverSeconds) {
        fail(tr("%1 sent a time Tessera cannot read. Try another site.").arg(m_host));
        return;
    }
    const recovery::ClockOffset offset = recovery::ClockOffset::measure(*serverSeconds, sentMs, receivedMs);
    const qint64 seconds = offset.offsetSeconds();
    const bool fine = offset.verdict() == recovery::ClockOffset::Verdict::Fine;
    qCInfo(lcClockCheck, "Clock check: offset %lld ms (± %lld ms)", offset.offsetMs(), offset.uncertaintyMs());
    QString sentence;
    if (fine) {
        sentence = seconds == 0  ? tr("Your computer's clock is right; codes will be accepted.")
                   : seconds > 0 ? tr("Your computer's clock is %1 behind, close enough: codes will be accepted.")
                                       .arg(describeOffset(seconds))
                                 : tr("Your computer's clock is %1 ahead, close enough: codes will be accepted.")
                                       .arg(describeOffset(seconds));
    } else {
        sentence = seconds > 0
                       ? tr("Your computer's clock is %1 behind; codes will be rejected. Turn on “Set time "
                            "automatically” in the system's date and time settings, or correct the time by hand.")
                             .arg(describeOffset(seconds))
                       : tr("Your computer's clock is %1 ahead; codes will be rejected. Turn on “Set time "
                            "automatically” in the system's date and time settings, or correct the time by hand.")
                             .arg(describeOffset(seconds));
    }
    succeed(int(std::clamp<qint64>(seconds, INT_MIN, INT_MAX)), fine, sentence);
}

void ClockCheck::fail(const QString& message)
{
    m_hasResult = false;
    m_clockFine = false;
    m_offsetSeconds = 0;
    m_message = message;
    Q_EMIT resultChanged();
    Q_EMIT checkFailed(message);
}

void ClockCheck::succeed(int offsetSeconds, bool clockFine, const QString& message)
{
    m_hasResult = true;
    m_clockFine = clockFine;
    m_offsetSeconds = offsetSeconds;
    m_message = message;
    Q_EMIT resultChanged();
    Q_EMIT checkFinished(offsetSeconds, clockFine, message);
}

} // namespace tessera
