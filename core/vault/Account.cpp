// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Account.h"

#include <QUuid>

namespace tessera::vault {

Account::Account(QString id, otp::OtpToken token)
    : m_id(std::move(id))
    , m_token(std::move(token))
{
}

QString Account::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Account Account::clone() const
{
    Account copy(m_id, m_token.clone());
    copy.group = group;
    copy.note = note;
    copy.favorite = favorite;
    copy.extra = extra;
    copy.recovery = recovery.clone();
    return copy;
}

} // namespace tessera::vault
