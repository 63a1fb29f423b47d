// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/GoogleAuthExport.h"

#include "crypto/Random.h"
#include "uri/MigrationPayload.h"

#include <QtEndian>

#include <limits>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace tessera::interop {

namespace {

QString accountLabel(const otp::OtpToken& token)
{
    if (token.issuer().isEmpty()) {
        return token.name();
    }
    if (token.name().isEmpty()) {
        return token.issuer();
    }
    return token.issuer() + u" / "_s + token.name();
}

/* Why MigrationPayload::forExport left a token out (the same rules, FORMATS.md §3.7), in words. */
QString skipReason(const otp::OtpToken& token)
{
    const otp::OtpParameters& p = token.parameters();
    if (p.type() == otp::OtpType::Steam) {
        return u"Google Authenticator cannot hold Steam accounts."_s;
    }
    if (p.type() == otp::OtpType::Totp && p.period() != otp::OtpParameters::kDefaultPeriod) {
        return u"Google Authenticator only makes codes every 30 seconds, and this account changes every %1 seconds."_s
            .arg(p.period());
    }
    if (p.digits() != 6 && p.digits() != 8) {
        return u"Google Authenticator only shows codes of 6 or 8 digits, and this account has %1."_s.arg(p.digits());
    }
    if (p.type() == otp::OtpType::Hotp && p.counter() > static_cast<quint64>(std::numeric_limits<qint64>::max())) {
        return u"The counter is too large for Google Authenticator."_s;
    }
    return u"Google Authenticator cannot hold this account."_s;
}

/* A random batch id. Zero is avoided: GA's version-2 exports leave it out, and some importers
 * (Ente before PR #13017) mistook a zero id for a missing one. */
Result<qint32> randomBatchId()
{
    auto bytes = crypto::Random::publicBytes(4);
    if (!bytes) {
        return bytes.error();
    }
    const auto id = qFromBigEndian<qint32>(bytes->constData());
    return id == 0 ? 1 : id;
}

QStringList urisOf(const std::vector<uri::MigrationPayload>& payloads)
{
    QStringList uris;
    for (const uri::MigrationPayload& payload : payloads) {
        uris.append(payload.toUri());
    }
    return uris;
}

bool allFit(const QStringList& uris)
{
    for (const QString& uri : uris) {
        if (uri.size() > GoogleAuthExport::kMaxUriLength) {
            return false;
        }
    }
    return true;
}

} // namespace

Result<GoogleAuthExport::Batches> GoogleAuthExport::build(const vault::VaultContent& content)
{
    if (content.accounts.empty()) {
        return Error(ErrorCode::NotFound, u"There are no accounts to show to Google Authenticator."_s);
    }
    auto batchId = randomBatchId();
    if (!batchId) {
        return batchId.error();
    }

    Batches result;
    std::vector<const otp::OtpToken*> tokens;
    // Each account is tried alone first, so the skipped ones are named in vault order.
    for (const vault::Account& account : content.accounts) {
        const otp::OtpToken& token = account.token();
        QList<int> rejected;
        const auto alone = uri::MigrationPayload::forExport({&token}, *batchId, &rejected, 1);
        if (!rejected.isEmpty() || alone.empty()) {
            result.skipped.append(accountLabel(token) + u": "_s + skipReason(token));
            continue;
        }
        // Names that alone overflow a QR code can never be shown, however the codes are cut.
        if (alone.front().toUri().size() > kMaxUriLength) {
            result.skipped.append(
                accountLabel(token)
                + u": its name and issuer are too long to fit in a QR code for Google Authenticator."_s);
            continue;
        }
        tokens.push_back(&token);
    }

    // Ten per code like GA; fewer only when long names would make a code too dense to hold.
    for (int perCode = kAccountsPerCode; perCode >= 1; perCode /= 2) {
        QList<int> skipped; // empty: every token passed forExport's rules above
        result.uris = urisOf(uri::MigrationPayload::forExport(tokens, *batchId, &skipped, perCode));
        if (allFit(result.uris)) {
            break;
        }
    }
    if (result.uris.isEmpty()) {
        return Error(ErrorCode::NotFound,
                     u"None of the accounts can be moved to Google Authenticator: it holds no Steam accounts, only "
                     u"codes every 30 seconds and only 6 or 8 digits."_s);
    }
    return result;
}

} // namespace tessera::interop
