// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "otp/OtpToken.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace tessera::uri {

/* Google Authenticator's "Transfer accounts" payload: `otpauth-migration://offline?data=…`
 * (FORMATS.md §3), decoded and encoded. The protobuf message is read and written by a small
 * hand-written codec (see MigrationPayload.cpp for why not libprotobuf). */
class MigrationPayload {
public:
    /* One OtpParameters message, with its enums kept as the raw wire values so nothing is lost
     * before the mapping of FORMATS.md §3.4 decides what they mean. */
    struct Entry {
        crypto::SecureBytes secret;
        QString name;
        QString issuer;
        int algorithm = 0; // 0 unspecified, 1 SHA1, 2 SHA256, 3 SHA512, 4 MD5
        int digits = 0;    // 0 unspecified, 1 six, 2 eight
        int type = 0;      // 0 unspecified, 1 HOTP, 2 TOTP
        qint64 counter = 0;
        QString uniqueId; // field 8, newer exports only
    };

    /* What an entry became: a token, or why it could not be one. */
    struct Conversion {
        std::vector<otp::OtpToken> tokens;
        QList<Error> rejected; // message names the entry ("Account 3 (…): …")
    };

    [[nodiscard]] static Result<MigrationPayload> fromUri(QStringView uri);
    [[nodiscard]] static Result<MigrationPayload> fromProtobuf(QByteArrayView bytes);

    /* Payloads for Google Authenticator: at most `maxPerBatch` tokens each, one batch id,
     * indices 0…n-1. Tokens Google cannot hold (Steam, periods other than 30 s, digits other
     * than 6 or 8) are left out and listed in `skipped` (indices into `tokens`). */
    [[nodiscard]] static std::vector<MigrationPayload> forExport(const std::vector<const otp::OtpToken*>& tokens,
                                                                 qint32 batchId, QList<int>* skipped,
                                                                 int maxPerBatch = 10);

    [[nodiscard]] QByteArray toProtobuf() const;
    [[nodiscard]] QString toUri() const;
    [[nodiscard]] Conversion toTokens() const;

    std::vector<Entry> entries;
    int version = 1;
    int batchSize = 1;
    int batchIndex = 0;
    bool hasBatchIndex = false;
    qint32 batchId = 0;
};

} // namespace tessera::uri
