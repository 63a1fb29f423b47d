// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Text lists of otpauth and otpauth-migration links (UriListImporter). Must never crash, and its
// answers must agree with each other: read() succeeds exactly when recognises() says yes, every
// entry is either a token or a problem, and every problem names its line.
#include "interop/UriListImporter.h"

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <cstdlib>

using tessera::interop::ImportedAccount;
using tessera::interop::UriListImporter;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const UriListImporter importer;
    const bool recognised = importer.recognises(bytes);
    if (importer.needsPassword(bytes)) {
        std::abort();
    }
    const auto result = importer.read(bytes, std::nullopt);
    // Whatever read() accepts must have been recognised; the reverse need not hold, because the
    // link-count cap refuses some recognised files.
    if (result.hasValue() && !recognised) {
        std::abort();
    }
    if (!result) {
        if (result.error().code() != tessera::ErrorCode::Unsupported) {
            std::abort();
        }
        return 0;
    }
    for (const ImportedAccount& account : result->accounts) {
        if (account.token.has_value() == account.problem.has_value()) {
            std::abort();
        }
        if (account.problem && !account.problem->message().startsWith(QStringLiteral("Line "))) {
            std::abort();
        }
    }
    return 0;
}
