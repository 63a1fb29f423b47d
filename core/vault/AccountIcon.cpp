// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/AccountIcon.h"

#include "vault/Account.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace tessera::vault {

namespace {

const QString kMember = u"icon"_s;

} // namespace

std::optional<AccountIcon> AccountIcon::make(const QString& mimeType, QByteArray data)
{
    static const QStringList kAccepted = {u"image/png"_s, u"image/jpeg"_s, u"image/svg+xml"_s, u"image/webp"_s};
    if (!kAccepted.contains(mimeType) || data.isEmpty() || data.size() > kMaxBytes) {
        return std::nullopt;
    }
    return AccountIcon{mimeType, std::move(data)};
}

std::optional<AccountIcon> AccountIcon::of(const Account& account)
{
    const QJsonObject icon = account.extra.value(kMember).toObject();
    const auto decoded = QByteArray::fromBase64Encoding(icon.value(u"data"_s).toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    return make(icon.value(u"mime"_s).toString(), decoded.decoded);
}

void AccountIcon::storeIn(Account& account) const
{
    account.extra.insert(kMember,
                         QJsonObject{{u"mime"_s, mimeType}, {u"data"_s, QString::fromLatin1(data.toBase64())}});
}

} // namespace tessera::vault
