// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Error.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera {

Error Error::withContext(const QString& context) const
{
    return Error(m_code, context + u": "_s + m_message);
}

QString Error::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return u"invalid-input"_s;
    case ErrorCode::NotFound:
        return u"not-found"_s;
    case ErrorCode::WrongPassword:
        return u"wrong-password"_s;
    case ErrorCode::Damaged:
        return u"damaged"_s;
    case ErrorCode::KeychainUnavailable:
        return u"keychain-unavailable"_s;
    case ErrorCode::InUse:
        return u"in-use"_s;
    case ErrorCode::Unsupported:
        return u"unsupported"_s;
    case ErrorCode::Io:
        return u"io"_s;
    case ErrorCode::Internal:
        return u"internal"_s;
    }
    return u"unknown"_s;
}

} // namespace tessera
