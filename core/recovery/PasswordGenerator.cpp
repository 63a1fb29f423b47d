// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordGenerator.h"

#include "crypto/Random.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::recovery {

namespace {

const QString kLetters = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"_s;
const QString kDigits = u"0123456789"_s;
// Characters people misread when they copy a password by hand from one screen to another.
const QString kLookAlikes = u"Il1|O0o`'\""_s;

// A rejected draw is rare (the worst sensible rules reject about 99 in 100); this many in a row
// means the random source is broken, not unlucky.
constexpr int kMaxDraws = 100000;

QString withoutLookAlikes(const QString& characters)
{
    QString kept;
    for (const QChar c : characters) {
        if (!kLookAlikes.contains(c)) {
            kept.append(c);
        }
    }
    return kept.isEmpty() ? characters : kept;
}

} // namespace

PasswordGenerator::PasswordGenerator()
    : m_source(&crypto::Random::secretBytes)
{
}

PasswordGenerator::PasswordGenerator(RandomSource source)
    : m_source(std::move(source))
{
}

int PasswordGenerator::lengthFor(const PasswordRules& rules)
{
    return std::max(rules.minLength(), std::min(rules.maxLength(), kLengthCap));
}

QString PasswordGenerator::alphabetFor(const PasswordRules& rules)
{
    return withoutLookAlikes(kLetters) + withoutLookAlikes(kDigits) + withoutLookAlikes(rules.allowedPunctuation());
}

Result<QString> PasswordGenerator::generate(const PasswordRules& rules) const
{
    const QString letters = withoutLookAlikes(kLetters);
    const QString digits = withoutLookAlikes(kDigits);
    const QString marks = withoutLookAlikes(rules.allowedPunctuation());
    const QString alphabet = letters + digits + marks;
    const auto size = std::size_t(alphabet.size());
    // Bytes at or above the largest multiple of the alphabet size are dropped, so `byte % size`
    // is uniform (a plain modulo would favour the first characters).
    const std::size_t limit = 256 - 256 % size;
    const int length = lengthFor(rules);

    QString password(length, QChar());
    int filled = 0;
    bool letter = false;
    bool digit = false;
    bool mark = false;
    for (int draws = 0; draws < kMaxDraws; ++draws) {
        Result<crypto::SecureBytes> bytes = m_source(std::size_t(length) * 2);
        if (!bytes) {
            password.fill(QChar(u'\0'));
            return bytes.error();
        }
        for (const std::uint8_t byte : bytes->bytes()) {
            if (byte >= limit) {
                continue;
            }
            const QChar c = alphabet.at(qsizetype(byte % size));
            password[filled++] = c;
            letter = letter || letters.contains(c);
            digit = digit || digits.contains(c);
            mark = mark || marks.contains(c);
            if (filled < length) {
                continue;
            }
            if ((!rules.requireLetter() || letter) && (!rules.requireDigit() || digit)
                && (!rules.requirePunctuation() || mark)) {
                return password;
            }
            // A required kind is missing: the whole draw goes, not just a character, or the
            // result would no longer be uniform.
            filled = 0;
            letter = digit = mark = false;
        }
    }
    password.fill(QChar(u'\0'));
    return Error(ErrorCode::Internal, u"The system's random numbers look broken; no password was made."_s);
}

} // namespace tessera::recovery
