// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace tessera {

/* A small, honest estimate of how hard a password is to guess, for the backup screens' meter:
 * about how many bits an attacker who knows the usual tricks must try, from the length and the
 * kinds of characters, less for repeated characters, runs ("abc", "321", "qwer") and the
 * handful of passwords everybody tries first. It is not zxcvbn: it cannot know that a password
 * is a pet's name or used elsewhere, so the advice says so. Scores 0 (guessed at once) … 4. */
class PasswordStrength {
    Q_DECLARE_TR_FUNCTIONS(tessera::PasswordStrength)

public:
    [[nodiscard]] static double estimatedBits(const QString& password);
    [[nodiscard]] static int score(const QString& password);
    /* One sentence on the biggest weakness, or why it is fine. */
    [[nodiscard]] static QString advice(const QString& password);
    [[nodiscard]] static bool isCommon(const QString& password);
};

} // namespace tessera
