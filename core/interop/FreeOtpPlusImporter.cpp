// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/FreeOtpPlusImporter.h"

#include "interop/FreeOtpToken.h"
#include "interop/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

namespace tessera::interop {

namespace {

Error damaged(const QString& what)
{
    return Error(ErrorCode::Damaged, u"The FreeOTP+ backup is damaged: %1."_s.arg(what));
}

/* Indexes of `tokens` in the app's order: those `tokenOrder` names first, the rest after. Two
 * tokens can share an id (same issuer and label); each name in the order takes the next unused. */
QList<qsizetype> displayOrder(const QJsonArray& tokens, const QJsonArray& order)
{
    QList<qsizetype> indexes;
    QList<bool> used(tokens.size(), false);
    QList<QString> ids;
    ids.reserve(tokens.size());
    for (const QJsonValue& token : tokens) {
        ids.append(FreeOtpToken::orderId(token.toObject()));
    }
    for (const QJsonValue& wanted : order) {
        const QString id = wanted.toString();
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            if (!used[i] && tokens.at(i).isObject() && ids[i] == id) {
                used[i] = true;
                indexes.append(i);
                break;
            }
        }
    }
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!used[i]) {
            indexes.append(i);
        }
    }
    return indexes;
}

} // namespace

QString FreeOtpPlusImporter::id() const
{
    return u"freeotp-plus"_s;
}

QString FreeOtpPlusImporter::name() const
{
    return u"FreeOTP+ backup"_s;
}

bool FreeOtpPlusImporter::recognises(QByteArrayView bytes) const
{
    const auto root = JsonFields::parseObject(bytes);
    return root && root->value(u"tokens"_s).isArray() && root->contains(u"tokenOrder"_s);
}

bool FreeOtpPlusImporter::needsPassword(QByteArrayView) const
{
    return false; // FreeOTP+ exports are plain JSON
}

Result<ImportResult> FreeOtpPlusImporter::read(QByteArrayView bytes, const std::optional<crypto::SecureBytes>&) const
{
    const auto root = JsonFields::parseObject(bytes);
    if (!root) {
        return damaged(u"it is not a JSON object"_s);
    }
    const QJsonValue tokensValue = root->value(u"tokens"_s);
    if (!tokensValue.isArray()) {
        return damaged(u"the list of tokens is missing"_s);
    }
    const QJsonValue orderValue = root->value(u"tokenOrder"_s);
    if (!orderValue.isUndefined() && !orderValue.isArray()) {
        return damaged(u"the token order is not a list"_s);
    }
    const QJsonArray tokens = tokensValue.toArray();
    ImportResult result;
    result.formatName = name();
    for (const qsizetype i : displayOrder(tokens, orderValue.toArray())) {
        const QJsonValue token = tokens.at(i);
        const QString fallback = u"entry %1"_s.arg(i + 1);
        if (!token.isObject()) {
            ImportedAccount account;
            account.label = fallback;
            account.problem = Error(ErrorCode::InvalidInput, u"The entry is not a JSON object."_s);
            result.accounts.push_back(std::move(account));
            continue;
        }
        result.accounts.push_back(
            FreeOtpToken::read(token.toObject(), std::nullopt, FreeOtpToken::Counter::StoredIsLast, fallback));
    }
    return result;
}

} // namespace tessera::interop
