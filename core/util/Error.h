// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tessera {

/* What went wrong, in a form both code and people can use. The code decides what a caller
 * does (and the CLI's exit status); the message is one plain sentence a shopper understands,
 * naming what and where, and never containing a secret. */
enum class ErrorCode {
    InvalidInput, // malformed URI, bad Base32, out-of-range parameter, unreadable image
    NotFound,     // no QR code in an image, no such account
    WrongPassword,
    Damaged, // damaged or tampered file
    KeychainUnavailable,
    InUse,       // vault locked by another process
    Unsupported, // recognised but not supported (format version, algorithm)
    Io,          // the operating system refused a read or write
    Internal,    // a library failed where it should not (e.g. OpenSSL allocation)
};

class Error {
public:
    Error(ErrorCode code, QString message)
        : m_code(code)
        , m_message(std::move(message))
    {
    }

    [[nodiscard]] ErrorCode code() const { return m_code; }
    [[nodiscard]] const QString& message() const { return m_message; }

    /* Adds context in front of the message ("Line 3: …") without losing the code. */
    [[nodiscard]] Error withContext(const QString& context) const;

    [[nodiscard]] static QString codeName(ErrorCode code);

private:
    ErrorCode m_code;
    QString m_message;
};

} // namespace tessera
