// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace tessera {

/* One Tessera per user (issue 5 item 7). The first instance listens on a local socket; a second
 * launch connects to it, hands over its otpauth:// links and exits, and the first one raises its
 * window and offers to add the links.
 *
 * Only links travel, never other arguments: a link is checked on both ends (scheme, length, no
 * control characters) because any process of the same user can write to the socket. Links are
 * never logged. On Unix the socket lives in the user's runtime folder with user-only access; a
 * socket left behind by a crash is removed when nobody answers on it. */
class SingleInstance : public QObject {
    Q_OBJECT

public:
    /* Longest link handed over: a Google Authenticator transfer QR holds at most ~2 950 bytes,
     * which is ~4 000 characters once Base64- and percent-encoded; leave room. */
    static constexpr qsizetype MaxLinkLength = 16 * 1024;
    static constexpr qsizetype MaxLinks = 8;

    /* `serverName`: a socket path (Unix) or pipe name; the default is per user. */
    explicit SingleInstance(QString serverName = defaultServerName(), QObject* parent = nullptr);
    ~SingleInstance() override;

    /* "tessera-<hash of the user's data folder and name>", inside the runtime folder on Unix.
     * Needs the application name set (QStandardPaths). */
    [[nodiscard]] static QString defaultServerName();

    /* The arguments that would be handed over: otpauth:// and otpauth-migration:// links only. */
    [[nodiscard]] static QStringList linksIn(const QStringList& arguments);

    /* If another instance is listening, sends it our links (or just "raise your window") and
     * returns true: the caller should exit. Otherwise starts listening and returns false. */
    [[nodiscard]] bool tryHandOver(const QStringList& arguments);

    /* True once this object is the instance others hand over to. */
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] const QString& serverName() const { return m_serverName; }

Q_SIGNALS:
    /* Another launch happened: show and raise the window. */
    void activated();
    /* One link from another launch, after activated(). */
    void linkReceived(const QString& link);

private:
    [[nodiscard]] bool listen();
    void acceptConnections();
    void serve(QLocalSocket* socket);

    QString m_serverName;
    QLocalServer* m_server = nullptr;
};

} // namespace tessera
