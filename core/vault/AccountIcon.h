// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

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
    /* Drops the account's picture (nothing happens if it has none). */
    static void removeFrom(Account& account);

    /* The user's choice of brand icon, kept beside the picture as {"iconBrand": "<slug>"}: a
     * brand slug ("paypal"), kLetters for the lettered avatar always, or an empty string when
     * nothing was chosen (the desktop program then goes by the issuer). A picture, when there is
     * one, is shown before either. The core only checks the form of a slug (lower-case letters and
     * digits, as simple-icons writes them): which brands exist is the desktop program's catalog. */
    static constexpr QStringView kLetters = u"letters";
    static constexpr qsizetype kMaxBrandLength = 64;

    /* The stored choice, or an empty string if there is none or it is not a well-formed slug. */
    [[nodiscard]] static QString chosenBrand(const Account& account);
    /* Stores `brand` (a slug or kLetters); an empty string removes the choice. False, and nothing
     * changed, for a brand that is not a well-formed slug. */
    [[nodiscard]] static bool setChosenBrand(Account& account, const QString& brand);
    /* Whether `brand` has the form of a slug: 1 … kMaxBrandLength of [a-z0-9]. */
    [[nodiscard]] static bool isWellFormedBrand(const QString& brand);
};

} // namespace tessera::vault
