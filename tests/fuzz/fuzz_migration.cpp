// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Google Authenticator transfer payloads. The first byte selects the input kind, so one corpus
// holds both: even → the rest is raw protobuf bytes (MigrationPayload::fromProtobuf), odd → the
// rest is URI text (MigrationPayload::fromUri). Must never crash or read out of bounds, and
// whatever decodes must survive encode → decode unchanged, with every entry either converted
// or rejected with a message.
#include "uri/MigrationPayload.h"
#include "uri/OtpAuthUri.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

using tessera::uri::MigrationPayload;

namespace {

void check(const MigrationPayload& payload)
{
    const QByteArray encoded = payload.toProtobuf();
    auto again = MigrationPayload::fromProtobuf(encoded);
    if (!again || again->toProtobuf() != encoded || again->entries.size() != payload.entries.size()
        || again->batchId != payload.batchId || again->hasBatchIndex != payload.hasBatchIndex) {
        std::abort();
    }
    const QString uri = payload.toUri();
    if (uri.size() <= 64 * 1024) { // fromUri's length cap
        auto viaUri = MigrationPayload::fromUri(uri);
        if (!viaUri || viaUri->toProtobuf() != encoded) {
            std::abort();
        }
    }
    const MigrationPayload::Conversion conversion = payload.toTokens();
    if (conversion.tokens.size() + static_cast<std::size_t>(conversion.rejected.size()) != payload.entries.size()) {
        std::abort();
    }
    for (const tessera::Error& error : conversion.rejected) {
        if (!error.message().startsWith(QStringLiteral("Account "))) {
            std::abort();
        }
    }
    // Every converted token is representable as an otpauth URI.
    for (const tessera::otp::OtpToken& token : conversion.tokens) {
        auto reparsed = tessera::uri::OtpAuthUri::parse(tessera::uri::OtpAuthUri::format(token));
        if (!reparsed) {
            // Names from a payload are not length-capped the way URI labels are; anything else
            // is a bug.
            if (token.name().size() <= tessera::uri::OtpAuthUri::kMaxTextLength
                && token.issuer().size() <= tessera::uri::OtpAuthUri::kMaxTextLength) {
                std::abort();
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const char* rest = reinterpret_cast<const char*>(data + 1);
    const auto restSize = static_cast<qsizetype>(size - 1);
    auto payload = (data[0] & 1u) == 0 ? MigrationPayload::fromProtobuf(QByteArrayView(rest, restSize))
                                       : MigrationPayload::fromUri(QString::fromUtf8(rest, restSize));
    if (payload) {
        check(*payload);
    }
    return 0;
}
