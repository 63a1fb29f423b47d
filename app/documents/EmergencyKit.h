// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"
#include "vault/VaultContent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace tessera::documents {

/* The printable emergency kit (PDF, A4): for every account its issuer, name, QR code and setup
 * key, so it can be re-added to any authenticator from paper; the date it was made; and how to
 * restore. Needs a QGuiApplication (fonts). It is a plaintext copy of every secret: callers ask
 * the user first (--plain in the CLI) and write it owner-only. Its words follow the installed
 * translator: the window's language in the desktop program, English in tessera-cli. */
class EmergencyKit {
    Q_DECLARE_TR_FUNCTIONS(tessera::documents::EmergencyKit)

public:
    [[nodiscard]] static Result<QByteArray> pdf(const vault::VaultContent& content, const QDateTime& created);
};

} // namespace tessera::documents
