// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordRules.h"

#include <QJsonObject>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tessera::recovery {

namespace {

const QString kMinLength = u"minLength"_s;
const QString kMaxLength = u"maxLength"_s;
const QString kRequireLetter = u"requireLetter"_s;
const QString kRequireDigit = u"requireDigit"_s;
const QString kRequirePunctuation = u"requirePunctuation"_s;
const QString kAllowedPunctuation = u"allowedPunctuation"_s;

bool isAsciiLetter(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

bool isAsciiDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

bool isAsciiPunctuation(char32_t c)
{
    return c > U' ' && c < 0x7f && !isAsciiLetter(c) && !isAsciiDigit(c);
}

Error invalid(const QString& message)
{
    return Error(ErrorCode::InvalidInput, message);
}

/* A whole number in a JSON value (JSON has only doubles: 6.0 is fine, 6.5 is not). */
Result<int> wholeNumber(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::isnan(number) || number != std::floor(number) || std::abs(number) > 1e6) {
        return invalid(u"The password rule “%1” must be a whole number."_s.arg(key));
    }
    return int(number);
}

Result<bool> flag(const QJsonObject& object, const QString& key, bool fallback)
{
    if (!object.contains(key)) {
        return fallback;
    }
    if (!object.value(key).isBool()) {
        return invalid(u"The password rule “%1” must be true or false."_s.arg(key));
    }
    return object.value(key).toBool();
}

} // namespace

QString PasswordRules::allAsciiPunctuation()
{
    QString marks;
    for (char32_t c = U'!'; c < 0x7f; ++c) {
        if (isAsciiPunctuation(c)) {
            marks.append(QChar(char16_t(c)));
        }
    }
    return marks;
}

Result<PasswordRules> PasswordRules::fromJson(const QJsonValue& value)
{
    PasswordRules rules;
    if (value.isUndefined() || value.isNull()) {
        return rules;
    }
    if (!value.isObject()) {
        return invalid(u"The password rules must be a JSON object."_s);
    }
    const QJsonObject object = value.toObject();
    static const QSet<QString> known = {kMinLength,    kMaxLength,          kRequireLetter,
                                        kRequireDigit, kRequirePunctuation, kAllowedPunctuation};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            return invalid(u"The password rules contain an unknown rule “%1”."_s.arg(it.key()));
        }
    }

    const bool hasMin = object.contains(kMinLength);
    const bool hasMax = object.contains(kMaxLength);
    if (hasMin) {
        const Result<int> min = wholeNumber(object, kMinLength);
        if (!min) {
            return min.error();
        }
        rules.m_minLength = *min;
    }
    if (hasMax) {
        const Result<int> max = wholeNumber(object, kMaxLength);
        if (!max) {
            return max.error();
        }
        rules.m_maxLength = *max;
    }
    if (hasMin && !hasMax) {
        rules.m_maxLength = std::max(kDefaultMaxLength, rules.m_minLength);
    } else if (hasMax && !hasMin) {
        rules.m_minLength = std::min(kDefaultMinLength, rules.m_maxLength);
    }
    if (rules.m_minLength < 1) {
        return invalid(u"The shortest allowed password must be at least 1 character long."_s);
    }
    if (rules.m_maxLength > kLongestAllowed) {
        return invalid(u"The longest allowed password cannot be more than %1 characters."_s.arg(kLongestAllowed));
    }
    if (rules.m_minLength > rules.m_maxLength) {
        return invalid(u"The shortest allowed password (%1 characters) is longer than the longest (%2 characters)."_s
                           .arg(rules.m_minLength)
                           .arg(rules.m_maxLength));
    }

    for (const auto& [key, member] : {std::pair{kRequireLetter, &PasswordRules::m_requireLetter},
                                      std::pair{kRequireDigit, &PasswordRules::m_requireDigit},
                                      std::pair{kRequirePunctuation, &PasswordRules::m_requirePunctuation}}) {
        const Result<bool> required = flag(object, key, rules.*member);
        if (!required) {
            return required.error();
        }
        rules.*member = *required;
    }

    if (object.contains(kAllowedPunctuation)) {
        if (!object.value(kAllowedPunctuation).isString()) {
            return invalid(u"The password rule “allowedPunctuation” must be a string of punctuation marks."_s);
        }
        QString marks;
        for (const char32_t c : object.value(kAllowedPunctuation).toString().toUcs4()) {
            if (!isAsciiPunctuation(c)) {
                return invalid(u"The password rule “allowedPunctuation” may contain only ASCII punctuation "
                               "marks, not letters, digits, spaces or other characters."_s);
            }
            if (!marks.contains(QChar(char16_t(c)))) {
                marks.append(QChar(char16_t(c)));
            }
        }
        rules.m_allowedPunctuation = marks;
    }
    if (rules.m_requirePunctuation && rules.m_allowedPunctuation.isEmpty()) {
        return invalid(u"The password rules require a punctuation mark but allow none."_s);
    }
    const int requiredKinds = int(rules.m_requireLetter) + int(rules.m_requireDigit) + int(rules.m_requirePunctuation);
    if (requiredKinds > rules.m_maxLength) {
        return invalid(
            u"The password rules require %1 kinds of characters in at most %2 characters."_s.arg(requiredKinds)
                .arg(rules.m_maxLength));
    }
    return rules;
}

qsizetype PasswordRules::lengthOf(const QString& password)
{
    return password.toUcs4().size();
}

QList<PasswordRules::Finding> PasswordRules::findings(const QString& password) const
{
    QList<Finding> found;
    const QList<uint> characters = password.toUcs4();
    if (characters.size() < m_minLength) {
        found.append({Problem::TooShort, {}});
    }
    if (characters.size() > m_maxLength) {
        found.append({Problem::TooLong, {}});
    }
    bool letter = false;
    bool digit = false;
    bool punctuation = false;
    QList<uint> refused;
    for (const uint c : characters) {
        if (isAsciiLetter(c)) {
            letter = true;
        } else if (isAsciiDigit(c)) {
            digit = true;
        } else if (c <= 0xffff && m_allowedPunctuation.contains(QChar(char16_t(c)))) {
            punctuation = true;
        } else if (!refused.contains(c)) {
            refused.append(c);
        }
    }
    if (m_requireLetter && !letter) {
        found.append({Problem::NoLetter, {}});
    }
    if (m_requireDigit && !digit) {
        found.append({Problem::NoDigit, {}});
    }
    if (m_requirePunctuation && !punctuation) {
        found.append({Problem::NoPunctuation, {}});
    }
    if (!refused.isEmpty()) {
        found.append({Problem::RefusedCharacters,
                      QString::fromUcs4(reinterpret_cast<const char32_t*>(refused.constData()), refused.size())});
    }
    return found;
}

QStringList PasswordRules::check(const QString& password) const
{
    QStringList sentences;
    const qsizetype length = lengthOf(password);
    for (const Finding& finding : findings(password)) {
        switch (finding.problem) {
        case Problem::TooShort:
            sentences.append(u"Use at least %1 characters (this one has %2)."_s.arg(m_minLength).arg(length));
            break;
        case Problem::TooLong:
            sentences.append(u"Use at most %1 characters (this one has %2)."_s.arg(m_maxLength).arg(length));
            break;
        case Problem::NoLetter:
            sentences.append(u"Include at least one letter (a–z or A–Z)."_s);
            break;
        case Problem::NoDigit:
            sentences.append(u"Include at least one digit (0–9)."_s);
            break;
        case Problem::NoPunctuation:
            sentences.append(u"Include at least one of these marks: %1"_s.arg(m_allowedPunctuation));
            break;
        case Problem::RefusedCharacters: {
            QStringList shown;
            for (const char32_t c : finding.refused.toUcs4()) {
                shown.append(c == U' ' ? u"space"_s : u"“%1”"_s.arg(QString::fromUcs4(&c, 1)));
            }
            sentences.append(
                m_allowedPunctuation.isEmpty()
                    ? u"Use only letters a–z, A–Z and digits; not allowed here: %1."_s.arg(shown.join(u", "_s))
                    : u"Use only letters a–z, A–Z, digits and the marks %1; not allowed here: %2."_s.arg(
                        m_allowedPunctuation, shown.join(u", "_s)));
            break;
        }
        }
    }
    return sentences;
}

} // namespace tessera::recovery
