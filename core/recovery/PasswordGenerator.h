// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PasswordRules.h"
#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QString>

#include <functional>

namespace tessera::recovery {

/* Makes a new password that a service's rules accept, for the "set a new password" steps.
 *
 * Length: the longest the rules allow, capped at 32 (long enough that guessing is hopeless,
 * short enough to type from a phone), never below the rules' minimum. Characters: letters,
 * digits and the allowed punctuation, without the look-alikes (I l 1 | O 0 o ` ' ") — unless
 * leaving them out would empty a kind of character the rules allow. Every character is drawn
 * uniformly, and a draw that misses a required kind is thrown away and drawn again, so every
 * password the rules accept (from that alphabet and length) is equally likely.
 *
 * Randomness is injected (tests use a deterministic source); the default is crypto::Random's
 * generator for secrets. Nothing is stored or logged. */
class PasswordGenerator {
public:
    using RandomSource = std::function<Result<crypto::SecureBytes>(std::size_t size)>;

    static constexpr int kLengthCap = 32;

    PasswordGenerator(); // crypto::Random::secretBytes
    explicit PasswordGenerator(RandomSource source);

    [[nodiscard]] Result<QString> generate(const PasswordRules& rules) const;

    /* The length generate() uses for these rules. */
    [[nodiscard]] static int lengthFor(const PasswordRules& rules);
    /* The characters generate() draws from for these rules. */
    [[nodiscard]] static QString alphabetFor(const PasswordRules& rules);

private:
    RandomSource m_source;
};

} // namespace tessera::recovery
