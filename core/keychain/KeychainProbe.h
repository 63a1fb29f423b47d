// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tessera::keychain {

class SecretStore;

/* What the probe found, for the first-run screen and `tessera-cli init`. */
struct KeychainStatus {
    /* What happened to the test entry; the desktop program words each outcome in the user's
     * language, the CLI prints `diagnosis`. */
    enum class Outcome { Works, WriteFailed, ReadBackDiffers, ReadFailed };

    bool available = false;
    Outcome outcome = Outcome::WriteFailed;
    QString backend;      // e.g. "Secret Service"
    QString storeMessage; // the keychain's own error, when one failed
    QString leftoverKey;  // a test entry that could not be deleted (Works only), else empty
    QString diagnosis;    // plain words: what was found, what it means, what the user can do
};

/* Tells whether a keychain really works here. QtKeychain 0.13 has no isAvailable(), and even
 * newer versions only check that a library loads, not that a service answers; so the probe does
 * what the vault will do: write a throw-away entry, read it back, delete it. The entry's name is
 * unique per call ("tessera-probe-<uuid>"), so probes never disturb each other or a vault. */
class KeychainProbe {
public:
    [[nodiscard]] static KeychainStatus probe(SecretStore& store);
};

} // namespace tessera::keychain
