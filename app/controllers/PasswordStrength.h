// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace tessera {

/* How hard a password is to guess, for the meters next to every password Tessera asks for
 * (backups, the vault's recovery password, a service's new password). The estimate is zxcvbn's
 * (Debian libzxcvbn, the C port of Dropbox's estimator): it finds the dictionary words, names,
 * l33t spellings, keyboard patterns, repeats, sequences and dates an attacker tries first, and
 * says how many guesses — in bits — the cheapest combination of them needs.
 *
 * Scores follow zxcvbn's original scale: the expected time to guess (half the guesses) under
 * 10² s is 0, under 10⁴ s 1, under 10⁶ s 2, under 10⁸ s 3, more is 4; the attacker is assumed to
 * make 10⁶ guesses a second, someone with a stolen backup file and many graphics cards (or a site
 * that stored the same password with a fast hash). That puts the steps at about 27.6, 34.2,
 * 40.9 and 47.5 bits. zxcvbn knows only ASCII; every other character counts 5 bits (a letter of a
 * 32-letter alphabet), so a Russian or Greek word is not mistaken for random bytes. Nothing is
 * stored or logged; the copies made for zxcvbn are wiped. */
class PasswordStrength {
    Q_DECLARE_TR_FUNCTIONS(tessera::PasswordStrength)

public:
    static constexpr double kGuessesPerSecond = 1e6;

    /* zxcvbn's entropy: log2 of the guesses needed. */
    [[nodiscard]] static double estimatedBits(const QString& password);
    /* 0 (guessed at once) … 4 (out of reach), as above. */
    [[nodiscard]] static int score(const QString& password);
    /* One sentence on the biggest weakness, or why it is fine. */
    [[nodiscard]] static QString advice(const QString& password);
    /* Among the first couple of thousand guesses (under 11 bits): "password", "Summer1",
     * "qwertyuiop", "P@ssw0rd2024". */
    [[nodiscard]] static bool isCommon(const QString& password);
};

} // namespace tessera
