// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Argon2id.h"

#include <sodium.h>

#include <cerrno>

using namespace Qt::Literals::StringLiterals;

namespace tessera::crypto {

namespace {

/* sodium_init() must run before any other libsodium call; a function-local static makes the
 * first caller do it exactly once even when two threads derive keys at the same time. */
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QString mebibytes(quint64 bytes)
{
    // Whole MiB where exact (every Tessera setting), otherwise one decimal so 63.9 is not shown as 64.
    if (bytes % Argon2id::kMiB == 0) {
        return QString::number(bytes / Argon2id::kMiB);
    }
    return QString::number(double(bytes) / double(Argon2id::kMiB), 'f', 1);
}

/* The caps hold for every Argon2id input, ours or foreign: they are what keeps a hostile file
 * from making us allocate gigabytes or spin for minutes. */
Result<void> checkCaps(const Argon2Parameters& parameters)
{
    if (parameters.memoryBytes > Argon2id::kCap.memoryBytes) {
        return Error(
            ErrorCode::Damaged,
            u"The file asks for %1 MiB of memory to check its password, more than the %2 MiB Tessera allows; it is damaged or tampered."_s
                .arg(mebibytes(parameters.memoryBytes), mebibytes(Argon2id::kCap.memoryBytes)));
    }
    if (parameters.iterations > Argon2id::kCap.iterations) {
        return Error(
            ErrorCode::Damaged,
            u"The file asks for %1 passes to check its password, more than the %2 Tessera allows; it is damaged or tampered."_s
                .arg(parameters.iterations)
                .arg(Argon2id::kCap.iterations));
    }
    return {};
}

Result<SecureBytes> derive(std::span<const std::uint8_t> password, std::span<const std::uint8_t> salt,
                           const Argon2Parameters& parameters)
{
    if (salt.size() != Argon2id::kSaltSize) {
        return Error(ErrorCode::InvalidInput, u"An Argon2id salt must be 16 bytes long."_s);
    }
    // libsodium's own lower limits (8 KiB, one pass); only foreign formats can get this low.
    if (parameters.memoryBytes < crypto_pwhash_argon2id_MEMLIMIT_MIN
        || parameters.iterations < crypto_pwhash_argon2id_OPSLIMIT_MIN) {
        return Error(ErrorCode::Unsupported, u"The file's password settings are too weak to be computed."_s);
    }
    if (!sodiumReady()) {
        return Error(ErrorCode::Internal, u"libsodium could not be initialised."_s);
    }
    SecureBytes key(Argon2id::kKeySize);
    // libsodium accepts a null pointer for an empty password only with length 0; give it a valid one.
    static const char kEmpty = 0;
    const char* passwordData = password.empty() ? &kEmpty : reinterpret_cast<const char*>(password.data());
    errno = 0;
    if (crypto_pwhash(key.data(), key.size(), passwordData, password.size(), salt.data(), parameters.iterations,
                      std::size_t(parameters.memoryBytes), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        if (errno == ENOMEM) {
            return Error(ErrorCode::Internal,
                         u"There is not enough free memory to check the password (%1 MiB needed)."_s.arg(
                             mebibytes(parameters.memoryBytes)));
        }
        /* The parameters were checked, so the one failure left is memory; posix_memalign reports
         * it without setting errno, hence the same sentence either way. */
        return Error(
            ErrorCode::Internal,
            u"Could not check the password: the key derivation failed, most likely for lack of free memory (%1 MiB needed)."_s
                .arg(mebibytes(parameters.memoryBytes)));
    }
    return key;
}

} // namespace

Result<void> Argon2id::checkBounds(const Argon2Parameters& parameters)
{
    if (auto caps = checkCaps(parameters); !caps) {
        return caps;
    }
    if (parameters.memoryBytes < kFloor.memoryBytes) {
        return Error(
            ErrorCode::Damaged,
            u"The file asks for only %1 MiB of memory to check its password, less than the %2 MiB Tessera always uses; it is damaged or tampered."_s
                .arg(mebibytes(parameters.memoryBytes), mebibytes(kFloor.memoryBytes)));
    }
    if (parameters.iterations < kFloor.iterations) {
        return Error(
            ErrorCode::Damaged,
            u"The file asks for only %1 passes to check its password, fewer than the %2 Tessera always uses; it is damaged or tampered."_s
                .arg(parameters.iterations)
                .arg(kFloor.iterations));
    }
    return {};
}

Result<SecureBytes> Argon2id::deriveKey(std::span<const std::uint8_t> password, std::span<const std::uint8_t> salt,
                                        const Argon2Parameters& parameters)
{
    if (auto bounds = checkBounds(parameters); !bounds) {
        return bounds.error();
    }
    return derive(password, salt, parameters);
}

Result<SecureBytes> Argon2id::deriveKeyForeign(std::span<const std::uint8_t> password,
                                               std::span<const std::uint8_t> salt, const Argon2Parameters& parameters)
{
    if (auto caps = checkCaps(parameters); !caps) {
        return caps.error();
    }
    return derive(password, salt, parameters);
}

} // namespace tessera::crypto
