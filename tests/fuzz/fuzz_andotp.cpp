// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// andOTP backups. The first byte selects whether a password ("test") is given, so one corpus
// reaches the plain reader and both decryption layouts. Must never crash or read out of bounds;
// every result is an error or accounts that each carry a token or a problem, never both.
#include "ImporterFuzzing.h"
#include "crypto/SecureBytes.h"
#include "interop/AndOtpImporter.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArrayView rest(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const tessera::interop::AndOtpImporter importer;
    (void)importer.recognises(rest);
    (void)importer.needsPassword(rest);
    (void)tessera::interop::AndOtpImporter::mightBeEncrypted(rest);
    std::optional<tessera::crypto::SecureBytes> password;
    if ((data[0] & 1u) != 0) {
        // A legal iteration count can be up to 10 million: the fuzzer would spend its time in
        // PBKDF2 instead of the parser, so a password is given only for small counts. Counts above
        // the cap still get one, to check they are refused.
        quint32 iterations = 0;
        for (qsizetype i = 0; i < 4 && i < rest.size(); ++i) {
            iterations = (iterations << 8) | static_cast<quint8>(rest[i]);
        }
        if (iterations <= 2000 || iterations > tessera::interop::AndOtpImporter::kMaxIterations) {
            password = tessera::crypto::SecureBytes::copyOf("test", 4);
        }
    }
    auto result = importer.read(rest, password);
    if (result) {
        tessera::fuzz::checkEntries(*result);
    }
    return 0;
}
