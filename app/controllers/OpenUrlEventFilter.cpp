// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenUrlEventFilter.h"

#include "SingleInstance.h"

#include <QEvent>
#include <QFileOpenEvent>
#include <QUrl>

namespace tessera {

OpenUrlEventFilter::OpenUrlEventFilter(QObject* parent)
    : QObject(parent)
{
}

bool OpenUrlEventFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FileOpen) {
        // Fully encoded: the link as the browser gave it, as it would have come in argv, so the
        // secret and labels are decoded once, by the otpauth parser, not here.
        const QString url = static_cast<QFileOpenEvent*>(event)->url().toString(QUrl::FullyEncoded);
        const QStringList links = SingleInstance::linksIn({url});
        if (!links.isEmpty()) {
            Q_EMIT linkReceived(links.constFirst());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tessera
