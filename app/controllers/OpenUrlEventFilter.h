// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QEvent;

namespace tessera {

/* How macOS hands otpauth:// links to Tessera. A clicked link does not start a second process
 * with the link in argv (SingleInstance's way on Linux and Windows): the system delivers it to
 * the running Tessera — starting it first if needed — as a QFileOpenEvent on the application.
 *
 * Installed as an event filter on the application, this picks out the links SingleInstance::linksIn
 * accepts (the one rule for which links Tessera takes, wherever they come from), emits each one
 * and consumes its event. Every other event, other URLs and files included, passes on untouched.
 * Links are never logged. */
class OpenUrlEventFilter : public QObject {
    Q_OBJECT

public:
    explicit OpenUrlEventFilter(QObject* parent = nullptr);

    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    /* An otpauth:// or otpauth-migration:// link the system asked Tessera to open. */
    void linkReceived(const QString& link);
};

} // namespace tessera
