// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace tessera::otp {
class OtpToken;
}

namespace tessera::vault {
class Account;
}

namespace tessera::cli {

/* One JSON object written as compact text with its keys in the order they were added.
 *
 * QJsonObject sorts its keys, but docs/cli.md promises the documented order (id, type, issuer,
 * …), so the text is written here. Integers are written exactly as 64-bit values: QJsonValue
 * stores numbers as doubles and would round a counter or a time past 2^53. */
class JsonOutput {
public:
    JsonOutput& add(QStringView key, const QString& value);
    JsonOutput& add(QStringView key, qint64 value);
    JsonOutput& add(QStringView key, quint64 value);
    JsonOutput& add(QStringView key, int value) { return add(key, static_cast<qint64>(value)); }
    JsonOutput& addNull(QStringView key);
    /* Not an add() overload: a bool overload would silently take a pointer (a C string). */
    JsonOutput& addBool(QStringView key, bool value);

    [[nodiscard]] QString toString() const { return u'{' + m_members.join(u',') + u'}'; }

    /* A JSON string literal, quotes included (RFC 8259 §7). */
    [[nodiscard]] static QString quoted(QStringView text);
    /* A JSON array of already-written values. */
    [[nodiscard]] static QString array(const QStringList& values);

    /* The account shape of ARCHITECTURE.md §4: id (null when there is no vault id), type,
     * issuer, name, secret (Base32, upper case, unpadded), algorithm, digits, then period for
     * totp/steam or counter for hotp. It contains the secret: only for commands where the user
     * asked for it. */
    [[nodiscard]] static QString account(const otp::OtpToken& token, const QString& id = {});

    enum class Secret { Include, Omit };
    /* A vault account in the same shape, with its vault id, then "group" and "note" when not
     * empty and "favorite" when true. Secret::Omit leaves the "secret" key out altogether (not
     * null, not empty), so nothing that reads it can mistake a missing secret for a real one. */
    [[nodiscard]] static QString account(const vault::Account& account, Secret secret);

    /* A member whose value is JSON already (an object or array made by this class). */
    JsonOutput& addRaw(QStringView key, const QString& jsonValue);

private:
    static void addToken(JsonOutput& json, const otp::OtpToken& token, const QString& id, Secret secret);

    QStringList m_members;
};

} // namespace tessera::cli
