// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace tessera::vault {

class Account;

/* A picture the user gave an account in another app (Aegis custom icons), carried through
 * import, the vault and export so nothing they chose is lost. Kept in the account's JSON as
 * {"icon": {"mime": "image/png", "data": "<Base64>"}} (an `extra` member, so older Tessera
 * versions keep it too). Only small images of the kinds Aegis writes are accepted: an icon is
 * untrusted input that the desktop program will render. */
struct AccountIcon {
    static constexpr qsizetype kMaxBytes = 256 * 1024;

    QString mimeType; // image/png, image/jpeg, image/svg+xml or image/webp
    QByteArray data;

    /* The icon if `mimeType` is one of the accepted kinds and `data` is 1 … kMaxBytes bytes. */
    [[nodiscard]] static std::optional<AccountIcon> make(const QString& mimeType, QByteArray data);
    [[nodiscard]] static std::optional<AccountIcon> of(const Account& account);
    void storeIn(Account& account) const;
};

} // namespace tessera::vault
