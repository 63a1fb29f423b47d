// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

Q_LOGGING_CATEGORY(lcOtp, "tessera.core.otp", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUri, "tessera.core.uri", QtInfoMsg)
Q_LOGGING_CATEGORY(lcQr, "tessera.core.qr", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCrypto, "tessera.core.crypto", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "tessera.core.keychain", QtInfoMsg)
