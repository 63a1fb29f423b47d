// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountQuery.h"

#include "Console.h"
#include "interop/ImportPreview.h"
#include "vault/VaultContent.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::cli {

namespace {

QStringList searchableTexts(const otp::OtpToken& token)
{
    QStringList texts{token.issuer(), token.name()};
    if (!token.issuer().isEmpty()) {
        texts.prepend(token.issuer() + u' ' + token.name());
    }
    return texts;
}

} // namespace

std::vector<std::size_t> AccountQuery::match(const vault::VaultContent& content, const QString& query)
{
    const auto& accounts = content.accounts;
    for (std::size_t i = 0; i < accounts.size(); ++i) {
        if (accounts[i].id() == query) {
            return {i};
        }
    }
    const QString needle = query.trimmed();
    if (needle.isEmpty()) {
        return {};
    }
    std::vector<std::size_t> equal;
    std::vector<std::size_t> containing;
    for (std::size_t i = 0; i < accounts.size(); ++i) {
        bool isEqual = false;
        bool contains = false;
        for (const QString& text : searchableTexts(accounts[i].token())) {
            isEqual = isEqual || text.compare(needle, Qt::CaseInsensitive) == 0;
            contains = contains || text.contains(needle, Qt::CaseInsensitive);
        }
        if (isEqual) {
            equal.push_back(i);
        }
        if (contains) {
            containing.push_back(i);
        }
    }
    return equal.empty() ? containing : equal;
}

QString AccountQuery::label(const otp::OtpToken& token)
{
    const QString name = Console::printable(token.name());
    if (token.issuer().isEmpty()) {
        return name;
    }
    return u"%1 (%2)"_s.arg(Console::printable(token.issuer()), name);
}

QString AccountQuery::labelWithId(const vault::Account& account)
{
    return u"%1, id %2"_s.arg(label(account.token()), account.id());
}

bool AccountQuery::sameSecret(const otp::OtpToken& a, const otp::OtpToken& b)
{
    return interop::ImportPreview::isSameAccount(a, b);
}

} // namespace tessera::cli
