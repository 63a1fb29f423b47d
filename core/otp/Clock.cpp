// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

#include <QDateTime>

namespace tessera::otp {

qint64 SystemClock::unixSeconds() const
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace tessera::otp
