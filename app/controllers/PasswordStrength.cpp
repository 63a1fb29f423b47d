// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordStrength.h"

#include <zxcvbn.h>

#include <QByteArray>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tessera {

namespace {

constexpr double kCommonBits = 11;

// Words that mean nothing to zxcvbn's dictionaries but are the first an attacker of a Tessera
// file would try.
const char* const kOurWords[] = {"tessera", "authenticator", "backup", "recovery", "vault", nullptr};

/* zxcvbn knows ASCII only: it reads other characters byte by byte as random noise, so "пароль"
 * (Russian for "password") would get 80 bits. Characters outside ASCII are therefore counted
 * here at 5 bits each, about one letter of a 32-letter alphabet guessed blindly (it cannot
 * know the words of other languages either), and zxcvbn judges each ASCII stretch between them. */
constexpr double kBitsPerOtherCharacter = 5;

/* What zxcvbn made of a password: its entropy and how much of it is each kind of pattern. */
struct Analysis {
    double bits = 0;
    qsizetype length = 0; // characters (code points)
    qsizetype words = 0;  // dictionary words, l33t or not
    qsizetype runs = 0;   // repeats, sequences ("abc", "321") and keyboard patterns ("qwer")
    qsizetype dates = 0;  // dates and years
};

void addAscii(Analysis& result, QByteArray& ascii)
{
    if (ascii.isEmpty()) {
        return;
    }
    ZxcMatch_t* parts = nullptr;
    result.bits += ZxcvbnMatch(ascii.constData(), const_cast<const char**>(kOurWords), &parts);
    for (const ZxcMatch_t* part = parts; part; part = part->Next) {
        switch (part->Type & ~MULTIPLE_MATCH) {
        case DICTIONARY_MATCH:
        case DICT_LEET_MATCH:
        case USER_MATCH:
        case USER_LEET_MATCH:
            result.words += part->Length;
            break;
        case REPEATS_MATCH:
        case SEQUENCE_MATCH:
        case SPATIAL_MATCH:
            result.runs += part->Length;
            break;
        case DATE_MATCH:
        case YEAR_MATCH:
            result.dates += part->Length;
            break;
        default:
            break;
        }
    }
    ZxcvbnFreeInfo(parts);
    // The bytes are part of the password: do not leave them in freed memory.
    ascii.fill('\0');
    ascii.resize(0); // keeps the reserved buffer: no reallocation leaves an unwiped copy
}

Analysis analyse(const QString& password)
{
    Analysis result;
    QByteArray ascii;
    ascii.reserve(password.size());
    for (const char32_t c : password.toUcs4()) {
        ++result.length;
        if (c < 0x80) {
            ascii.append(char(c));
        } else {
            addAscii(result, ascii);
            result.bits += kBitsPerOtherCharacter;
        }
    }
    addAscii(result, ascii);
    return result;
}

int scoreFor(double bits)
{
    // Expected seconds to guess: half the guesses at kGuessesPerSecond.
    const double seconds = std::exp2(bits - 1) / PasswordStrength::kGuessesPerSecond;
    return seconds < 1e2 ? 0 : seconds < 1e4 ? 1 : seconds < 1e6 ? 2 : seconds < 1e8 ? 3 : 4;
}

} // namespace

double PasswordStrength::estimatedBits(const QString& password)
{
    return analyse(password).bits;
}

int PasswordStrength::score(const QString& password)
{
    return password.isEmpty() ? 0 : scoreFor(analyse(password).bits);
}

bool PasswordStrength::isCommon(const QString& password)
{
    return !password.isEmpty() && analyse(password).bits < kCommonBits;
}

QString PasswordStrength::advice(const QString& password)
{
    if (password.isEmpty()) {
        return tr("Choose a password for this backup.");
    }
    const Analysis found = analyse(password);
    if (found.bits < kCommonBits) {
        return tr("This is one of the most common passwords; it is tried first.");
    }
    const int score = scoreFor(found.bits);
    if (score == 4) {
        return tr("Strong. Do not use this password anywhere else, and keep it somewhere safe.");
    }
    // The biggest guessable part first: that is what the attacker's first guesses cover.
    if (found.runs * 3 >= found.length) {
        return tr("Avoid repeated characters and runs such as “aaa”, “123” or “qwerty”.");
    }
    if (found.dates * 3 >= found.length) {
        return tr("Dates and years are among the first things tried; leave them out.");
    }
    if (found.words * 2 >= found.length && score < 3) {
        return tr("Common words and names are tried first, also with letters swapped for look-alikes "
                  "(“p@ssw0rd”); add a few unrelated words.");
    }
    if (password.size() < 12) {
        return tr("Use at least 12 characters; a few unrelated words are long and easy to remember.");
    }
    if (score == 3) {
        return tr("Good. Longer is even better; do not use this password anywhere else.");
    }
    return tr("Add more words or characters to make it harder to guess.");
}

} // namespace tessera
