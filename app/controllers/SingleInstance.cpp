// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace tessera {

namespace {

// The message: a header line, one line per link, then an empty line. Nothing is acted on before
// the empty line arrives, so a message cut short does nothing.
constexpr auto Header = "tessera-handover 1"_L1;
constexpr int ConnectTimeoutMs = 2000;
constexpr int WriteTimeoutMs = 2000;
// A connection that does not finish its message in this time is dropped.
constexpr int ServeTimeoutMs = 5000;

bool isLink(const QString& argument)
{
    if (argument.size() > SingleInstance::MaxLinkLength) {
        return false;
    }
    if (!argument.startsWith("otpauth://"_L1, Qt::CaseInsensitive)
        && !argument.startsWith("otpauth-migration://"_L1, Qt::CaseInsensitive)) {
        return false;
    }
    // Lines carry the links: no line breaks or other control characters inside one.
    return std::none_of(argument.cbegin(), argument.cend(),
                        [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

QString userKey()
{
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

} // namespace

SingleInstance::SingleInstance(QString serverName, QObject* parent)
    : QObject(parent)
    , m_serverName(std::move(serverName))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    // The data folder tells apart two Tessera set-ups of one user (e.g. a test profile); the
    // user tells apart users sharing a pipe namespace (Windows).
    const QString key = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'\n' + userKey();
    const QString name =
        u"tessera-"_s
        + QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
#ifdef Q_OS_UNIX
    // Inside the user's own runtime folder (mode 0700), not in /tmp where others could squat it.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty()) {
        return runtime + u'/' + name;
    }
#endif
    return name;
}

QStringList SingleInstance::linksIn(const QStringList& arguments)
{
    QStringList links;
    for (const QString& argument : arguments) {
        if (isLink(argument) && links.size() < MaxLinks) {
            links.append(argument);
        }
    }
    return links;
}

bool SingleInstance::isListening() const
{
    return m_server != nullptr && m_server->isListening();
}

bool SingleInstance::tryHandOver(const QStringList& arguments)
{
    if (isListening()) {
        return false;
    }
    // Two attempts: a second launch may win the race to listen between our connect and listen.
    for (int attempt = 0; attempt < 2; ++attempt) {
        QLocalSocket socket;
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(ConnectTimeoutMs)) {
            QByteArray message = QByteArray(Header.data(), Header.size()) + '\n';
            for (const QString& link : linksIn(arguments)) {
                message += link.toUtf8() + '\n';
            }
            message += '\n';
            socket.write(message);
            const bool written = socket.waitForBytesWritten(WriteTimeoutMs) || socket.bytesToWrite() == 0;
            if (!written) {
                qWarning("tessera: Tessera is already running but did not take the request: %s",
                         qUtf8Printable(socket.errorString()));
            }
            socket.disconnectFromServer();
            if (socket.state() != QLocalSocket::UnconnectedState) {
                socket.waitForDisconnected(WriteTimeoutMs);
            }
            // Someone is listening, so this launch is the second one, whether or not it was heard.
            return true;
        }
        const auto error = socket.error();
        if (error != QLocalSocket::ServerNotFoundError && error != QLocalSocket::ConnectionRefusedError) {
            // Busy rather than gone (e.g. a full backlog): the other instance exists.
            qWarning("tessera: Tessera seems to be running but does not answer: %s",
                     qUtf8Printable(socket.errorString()));
            return true;
        }
        // Nobody answers: any socket file is left over from a crash.
        QLocalServer::removeServer(m_serverName);
        if (listen()) {
            return false;
        }
    }
    qWarning("tessera: cannot make sure Tessera runs only once: %s",
             m_server != nullptr ? qUtf8Printable(m_server->errorString()) : "no server");
    return false;
}

bool SingleInstance::listen()
{
    if (m_server == nullptr) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    }
    return m_server->listen(m_serverName);
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        serve(socket);
    }
}

void SingleInstance::serve(QLocalSocket* socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    auto* timeout = new QTimer(socket);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, socket, &QLocalSocket::abort);
    timeout->start(ServeTimeoutMs);

    struct Pending {
        bool headerSeen = false;
        bool done = false;
        QStringList links;
    };
    auto pending = std::make_shared<Pending>();
    const auto read = [this, socket, pending]() {
        while (!pending->done && socket->canReadLine()) {
            // One more than the longest link plus its '\n', so an overlong line is seen as such.
            const QByteArray line = socket->readLine(MaxLinkLength * 4 + 2);
            if (!line.endsWith('\n')) {
                socket->abort();
                return;
            }
            const QString text = QString::fromUtf8(line.chopped(1));
            if (!pending->headerSeen) {
                if (text != Header) {
                    socket->abort();
                    return;
                }
                pending->headerSeen = true;
            } else if (text.isEmpty()) {
                pending->done = true;
                socket->disconnectFromServer();
                Q_EMIT activated();
                for (const QString& link : std::as_const(pending->links)) {
                    Q_EMIT linkReceived(link);
                }
                return;
            } else if (isLink(text) && pending->links.size() < MaxLinks) {
                pending->links.append(text);
            }
        }
        // A line longer than any link without its '\n' yet: not ours.
        if (!pending->done && socket->bytesAvailable() > MaxLinkLength * 4 + 2) {
            socket->abort();
        }
    };
    connect(socket, &QLocalSocket::readyRead, this, read);
    read();
}

} // namespace tessera
