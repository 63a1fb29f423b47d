// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Random.h"

#include <openssl/rand.h>

#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace tessera::crypto {

Result<SecureBytes> Random::secretBytes(std::size_t size)
{
    if (size > std::size_t(INT_MAX)) {
        return Error(ErrorCode::InvalidInput, u"Too many random bytes requested."_s);
    }
    SecureBytes bytes(size);
    if (size > 0 && RAND_priv_bytes(bytes.data(), int(size)) != 1) {
        return Error(ErrorCode::Internal, u"The system could not provide random numbers for a new key."_s);
    }
    return bytes;
}

Result<QByteArray> Random::publicBytes(qsizetype size)
{
    if (size < 0 || size > qsizetype(INT_MAX)) {
        return Error(ErrorCode::InvalidInput, u"Invalid number of random bytes requested."_s);
    }
    QByteArray bytes(size, '\0');
    if (size > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), int(size)) != 1) {
        return Error(ErrorCode::Internal, u"The system could not provide random numbers."_s);
    }
    return bytes;
}

} // namespace tessera::crypto
