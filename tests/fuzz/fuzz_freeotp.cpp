// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// FreeOTP backups: the 1.x XML and the 2.x Java-serialized map, whose strict stream reader
// (JavaSerializedStringMap) is also called on its own. The first byte selects whether a password
// ("test") is given. Must never crash or read out of bounds; every result is an error or accounts
// that each carry a token or a problem, never both.
#include "ImporterFuzzing.h"
#include "crypto/SecureBytes.h"
#include "interop/FreeOtpImporter.h"
#include "interop/JavaSerializedStringMap.h"

#include <QByteArrayView>

#include <cstdint>
#include <cstdlib>

namespace {

/* The number after "mIterations": in the input, or -1. */
qint64 iterationsIn(QByteArrayView bytes)
{
    static constexpr QByteArrayView kKey("\"mIterations\":");
    const qsizetype at = bytes.indexOf(kKey);
    if (at < 0) {
        return -1;
    }
    qint64 value = 0;
    for (qsizetype i = at + kKey.size(); i < bytes.size() && bytes[i] >= '0' && bytes[i] <= '9'; ++i) {
        value = value * 10 + (bytes[i] - '0');
        if (value > tessera::interop::FreeOtpImporter::kMaxIterations) {
            break;
        }
    }
    return value;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArrayView rest(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    if (auto map = tessera::interop::JavaSerializedStringMap::parse(rest)) {
        for (const auto& entry : map->entries()) {
            if (map->value(entry.first) != entry.second) {
                std::abort();
            }
        }
    }
    const tessera::interop::FreeOtpImporter importer;
    (void)importer.recognises(rest);
    (void)importer.needsPassword(rest);
    std::optional<tessera::crypto::SecureBytes> password;
    // A legal iteration count can be ten million: the fuzzer would spend its time in PBKDF2, so a
    // password is given only for small counts (and for counts above the cap, to check the refusal).
    const qint64 iterations = iterationsIn(rest);
    if ((data[0] & 1u) != 0 && (iterations <= 1000 || iterations > tessera::interop::FreeOtpImporter::kMaxIterations)) {
        password = tessera::crypto::SecureBytes::copyOf("test", 4);
    }
    auto result = importer.read(rest, password);
    if (result) {
        tessera::fuzz::checkEntries(*result);
    }
    return 0;
}
