// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/OtpToken.h"
#include "vault/AccountRecovery.h"

#include <QJsonObject>
#include <QString>

namespace tessera::vault {

/* One account in the vault: the token plus what the user keeps about it. The id is a random
 * UUID given when the account is added and never reused; the CLI's `remove ID` and JSON use it.
 * Move-only, like the token's secret. `extra` keeps JSON members this version does not know
 * (written by a newer Tessera, or by the recovery center of a later release) so that saving
 * never drops them. `recovery` is what the recovery center keeps about the account (backup codes,
 * login URL, recovery contacts, checklist progress). */
class Account {
public:
    Account(QString id, otp::OtpToken token);

    [[nodiscard]] static QString newId();

    [[nodiscard]] const QString& id() const { return m_id; }
    [[nodiscard]] const otp::OtpToken& token() const { return m_token; }
    [[nodiscard]] otp::OtpToken& token() { return m_token; }

    QString group;
    QString note;
    bool favorite = false;
    QJsonObject extra;
    AccountRecovery recovery;

    [[nodiscard]] Account clone() const;

private:
    QString m_id;
    otp::OtpToken m_token;
};

} // namespace tessera::vault
