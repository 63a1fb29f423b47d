// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace tessera::recovery {

/* What a service accepts as a new password, from a playbook's "passwordRules" object:
 *   {"minLength":6,"maxLength":20,"requireLetter":true,"requireDigit":true,
 *    "requirePunctuation":true,"allowedPunctuation":"!@#$%^&*()_+-=.,?"}
 * Every key is optional. Without the object (or with an empty one) the rules are Tessera's own
 * for a site that says nothing: 16–64 characters with letters, digits and punctuation.
 *
 * Letters are the ASCII letters and digits the ASCII digits: the rules of the shops we describe
 * are written for them, and a generated password must be typeable on any keyboard. A password
 * may contain only letters, digits and the allowed punctuation (by default every ASCII mark);
 * spaces and other characters break the rules. Lengths count characters (code points). */
class PasswordRules {
public:
    static constexpr int kDefaultMinLength = 16;
    static constexpr int kDefaultMaxLength = 64;
    static constexpr int kLongestAllowed = 256; // longer limits are a typo, not a rule

    PasswordRules() = default; // Tessera's defaults

    /* An absent (undefined or null) value gives the defaults; anything that is not a sensible
     * object (unknown keys included: they are typos in a playbook) is an error naming the problem.
     * When only one length is given, the other default moves to make room for it:
     * {"maxLength":12} means 12–12, {"minLength":80} means 80–80, not an impossible 80–64. */
    [[nodiscard]] static Result<PasswordRules> fromJson(const QJsonValue& value);

    [[nodiscard]] int minLength() const { return m_minLength; }
    [[nodiscard]] int maxLength() const { return m_maxLength; }
    [[nodiscard]] bool requireLetter() const { return m_requireLetter; }
    [[nodiscard]] bool requireDigit() const { return m_requireDigit; }
    [[nodiscard]] bool requirePunctuation() const { return m_requirePunctuation; }
    /* The punctuation marks a password may contain (no letters, digits or spaces). */
    [[nodiscard]] const QString& allowedPunctuation() const { return m_allowedPunctuation; }

    /* A broken rule, for callers that word it themselves (the desktop program translates). */
    enum class Problem { TooShort, TooLong, NoLetter, NoDigit, NoPunctuation, RefusedCharacters };
    struct Finding {
        Problem problem;
        QString refused; // RefusedCharacters: each refused character once, in order of appearance
    };

    /* Every rule the password breaks, in the order check() lists them. */
    [[nodiscard]] QList<Finding> findings(const QString& password) const;
    /* Every rule the password breaks, one plain sentence each; empty when it is acceptable. */
    [[nodiscard]] QStringList check(const QString& password) const;
    /* Characters (code points) in a password, as the length rules count them. */
    [[nodiscard]] static qsizetype lengthOf(const QString& password);

    /* Every printable ASCII character that is neither a letter, a digit nor a space. */
    [[nodiscard]] static QString allAsciiPunctuation();

private:
    int m_minLength = kDefaultMinLength;
    int m_maxLength = kDefaultMaxLength;
    bool m_requireLetter = true;
    bool m_requireDigit = true;
    bool m_requirePunctuation = true;
    QString m_allowedPunctuation = allAsciiPunctuation();
};

} // namespace tessera::recovery
