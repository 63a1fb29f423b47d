// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/AccountIcon.h"

#include "vault/Account.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace tessera::vault {

namespace {

const QString kMember = u"icon"_s;
const QString kBrandMember = u"iconBrand"_s;

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

void AccountIcon::removeFrom(Account& account)
{
    account.extra.remove(kMember);
}

bool AccountIcon::isWellFormedBrand(const QString& brand)
{
    if (brand.isEmpty() || brand.size() > kMaxBrandLength) {
        return false;
    }
    // The slug becomes part of a resource path in the desktop program: no dots, slashes or
    // anything else that could leave the brand folder.
    return std::all_of(brand.cbegin(), brand.cend(),
                       [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); });
}

QString AccountIcon::chosenBrand(const Account& account)
{
    const QString brand = account.extra.value(kBrandMember).toString();
    return isWellFormedBrand(brand) ? brand : QString();
}

bool AccountIcon::setChosenBrand(Account& account, const QString& brand)
{
    if (brand.isEmpty()) {
        account.extra.remove(kBrandMember);
        return true;
    }
    if (!isWellFormedBrand(brand)) {
        return false;
    }
    account.extra.insert(kBrandMember, brand);
    return true;
}

} // namespace tessera::vault
