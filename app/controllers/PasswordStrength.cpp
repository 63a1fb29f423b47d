// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordStrength.h"

#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace tessera {

namespace {

// The passwords that lead every leaked-password list: an attacker tries these before anything else.
const QSet<QString> kCommon = {
    u"password"_s,   u"123456"_s,   u"12345678"_s, u"123456789"_s, u"1234567890"_s, u"qwerty"_s,
    u"qwertyuiop"_s, u"abc123"_s,   u"111111"_s,   u"letmein"_s,   u"welcome"_s,    u"admin"_s,
    u"iloveyou"_s,   u"monkey"_s,   u"dragon"_s,   u"football"_s,  u"baseball"_s,   u"sunshine"_s,
    u"princess"_s,   u"trustno1"_s, u"passw0rd"_s, u"password1"_s, u"master"_s,     u"shadow"_s,
    u"superman"_s,   u"starwars"_s, u"whatever"_s, u"qazwsx"_s,    u"asdfghjkl"_s,  u"changeme"_s,
    u"secret"_s,     u"tessera"_s,  u"000000"_s,   u"654321"_s,    u"1q2w3e4r"_s,   u"zaq12wsx"_s,
};
const QString kKeyboardRows[] = {u"qwertyuiop"_s, u"asdfghjkl"_s, u"zxcvbnm"_s, u"1234567890"_s};

constexpr int kWeakRun = 3; // a third character continuing a repeat or a run adds almost nothing

/* Positions that continue a repetition, an alphabetical/numerical run or a keyboard row. */
QList<bool> predictable(const QString& lower)
{
    QList<bool> flags(lower.size(), false);
    for (qsizetype i = 1; i < lower.size(); ++i) {
        const int step = lower.at(i).unicode() - lower.at(i - 1).unicode();
        if (step == 0) {
            flags[i] = true;
        } else if (i >= 2 && (step == 1 || step == -1)
                   && lower.at(i - 1).unicode() - lower.at(i - 2).unicode() == step) {
            flags[i] = true;
        }
    }
    for (const QString& row : kKeyboardRows) {
        for (qsizetype start = 0; start + kWeakRun <= row.size(); ++start) {
            const QString piece = row.mid(start, kWeakRun);
            for (qsizetype at = lower.indexOf(piece); at >= 0; at = lower.indexOf(piece, at + 1)) {
                flags[at + 1] = true;
                flags[at + 2] = true;
            }
        }
    }
    return flags;
}

} // namespace

bool PasswordStrength::isCommon(const QString& password)
{
    QString lower = password.toLower();
    // "Password1!", "password2024": a common word with digits or a mark after it is still common.
    while (!lower.isEmpty() && !lower.back().isLetter()) {
        lower.chop(1);
    }
    return kCommon.contains(password.toLower()) || (lower.size() >= 4 && kCommon.contains(lower));
}

double PasswordStrength::estimatedBits(const QString& password)
{
    if (password.isEmpty() || isCommon(password)) {
        return 0;
    }
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool symbol = false;
    bool other = false;
    for (const QChar c : password) {
        if (c.unicode() > 127) {
            other = true;
        } else if (c.isLower()) {
            lower = true;
        } else if (c.isUpper()) {
            upper = true;
        } else if (c.isDigit()) {
            digit = true;
        } else {
            symbol = true;
        }
    }
    const int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 100 : 0);
    const QList<bool> weak = predictable(password.toLower());
    double length = 0;
    for (const bool isWeak : weak) {
        length += isWeak ? 0.25 : 1.0;
    }
    return length * std::log2(double(std::max(alphabet, 2)));
}

int PasswordStrength::score(const QString& password)
{
    const double bits = estimatedBits(password);
    int score = bits < 28 ? 0 : bits < 40 ? 1 : bits < 60 ? 2 : bits < 80 ? 3 : 4;
    // However varied, a short password falls to an offline search of an encrypted backup.
    if (password.size() < 8) {
        score = std::min(score, 1);
    } else if (password.size() < 12) {
        score = std::min(score, 3);
    }
    return score;
}

QString PasswordStrength::advice(const QString& password)
{
    if (password.isEmpty()) {
        return tr("Choose a password for this backup.");
    }
    if (isCommon(password)) {
        return tr("This is one of the most common passwords; it is tried first.");
    }
    const QList<bool> weak = predictable(password.toLower());
    const auto predictableCount = std::count(weak.begin(), weak.end(), true);
    if (password.size() < 12) {
        return tr("Use at least 12 characters; a few unrelated words are long and easy to remember.");
    }
    if (predictableCount * 3 >= password.size()) {
        return tr("Avoid repeated characters and runs such as “aaa”, “123” or “qwerty”.");
    }
    switch (score(password)) {
    case 0:
    case 1:
    case 2:
        return tr("Add more words or characters to make it harder to guess.");
    case 3:
        return tr("Good. Longer is even better; do not use this password anywhere else.");
    default:
        return tr("Strong. Do not use this password anywhere else, and keep it somewhere safe.");
    }
}

} // namespace tessera
