// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/* One category per core module, default level Info. Never log a secret or a whole URI:
 * log the issuer, a length, an error code. */
Q_DECLARE_LOGGING_CATEGORY(lcOtp)
Q_DECLARE_LOGGING_CATEGORY(lcUri)
Q_DECLARE_LOGGING_CATEGORY(lcQr)
Q_DECLARE_LOGGING_CATEGORY(lcCrypto)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
