// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Vault latency (SECURITY.md P7 unlock, P8 save) for 500 accounts, each against a reference
// measured in the same run:
//  - save: Vault::save (lock, digest check, kept version, AES-256-GCM, QSaveFile, fsync of file
//    and folder) vs the bare minimum — AES-256-GCM of the same plaintext written with one
//    write() + fsync();
//  - keychain unlock: Vault::open with an in-memory keychain vs the bare AES-256-GCM decryption;
//  - password unlock: Vault::open with the password vs libsodium crypto_pwhash alone.
// Goals: save ≤ 50 ms p95, keychain unlock ≤ 150 ms, password unlock ≤ 1 s. Never fails.
#include "crypto/Aead.h"
#include "crypto/Argon2id.h"
#include "crypto/Random.h"
#include "keychain/MemorySecretStore.h"
#include "otp/OtpParameters.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace tessera;
using Clock = std::chrono::steady_clock;

namespace {

struct Stats {
    double median = 0;
    double p95 = 0;
};

Stats measure(int runs, const std::function<void()>& body)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        body();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)]};
}

void report(const char* what, Stats ours, Stats reference, const char* referenceName, double goalMs)
{
    std::printf("  %-22s Tessera median %7.2f ms, p95 %7.2f ms | %s median %7.2f ms | ratio %5.2fx | goal "
                "<= %.0f ms: %s\n",
                what, ours.median, ours.p95, referenceName, reference.median, ours.median / reference.median, goalMs,
                ours.p95 <= goalMs ? "PASS" : "MISS");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"vault.tessera"_s);
    keychain::MemorySecretStore keychain;
    const char passwordText[] = "correct horse battery staple";
    auto vault = vault::Vault::create(
        path, {.keychain = &keychain, .password = crypto::SecureBytes::copyOf(passwordText, sizeof passwordText - 1)});
    if (!vault) {
        std::fprintf(stderr, "%s\n", qPrintable(vault.error().message()));
        return 1;
    }
    for (int i = 0; i < 500; ++i) {
        auto token = otp::OtpToken::create(u"Shop %1"_s.arg(i), u"user%1@example.com"_s.arg(i),
                                           otp::OtpParameters::totp().value(), crypto::Random::secretBytes(20).value());
        vault::Account account(vault::Account::newId(), std::move(token).value());
        account.note = u"recovery codes are in the drawer"_s;
        vault->content().accounts.push_back(std::move(account));
    }
    std::printf("Vault with 500 accounts (%s)\n", qPrintable(path));

    const Stats save = measure(30, [&] { (void)vault->save(); });
    const crypto::SecureBytes plaintext = vault->content().serialize();
    const crypto::SecureBytes key = crypto::Random::secretBytes(32).value();
    const QString rawPath = dir.filePath(u"raw.bin"_s);
    const Stats rawSave = measure(30, [&] {
        const QByteArray nonce = crypto::Random::publicBytes(12).value();
        const auto sealed = crypto::Aead::encrypt(key, {reinterpret_cast<const std::uint8_t*>(nonce.constData()), 12},
                                                  plaintext.bytes(), {});
        const int fd = ::open(qPrintable(rawPath), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        (void)!::write(fd, sealed->constData(), std::size_t(sealed->size()));
        ::fsync(fd);
        ::close(fd);
    });
    report("save", save, rawSave, "GCM + write + fsync", 50);

    const Stats keychainOpen = measure(30, [&] { (void)vault::Vault::open(path, &keychain, std::nullopt); });
    const QByteArray nonce = crypto::Random::publicBytes(12).value();
    const std::span<const std::uint8_t> nonceSpan{reinterpret_cast<const std::uint8_t*>(nonce.constData()), 12};
    const QByteArray sealed = crypto::Aead::encrypt(key, nonceSpan, plaintext.bytes(), {}).value();
    const Stats rawOpen = measure(30, [&] {
        (void)crypto::Aead::decrypt(
            key, nonceSpan, {reinterpret_cast<const std::uint8_t*>(sealed.constData()), std::size_t(sealed.size())},
            {});
    });
    report("keychain unlock", keychainOpen, rawOpen, "GCM decrypt", 150);

    const auto password = crypto::SecureBytes::copyOf(passwordText, sizeof passwordText - 1);
    const Stats passwordOpen = measure(7, [&] { (void)vault::Vault::open(path, nullptr, password.clone()); });
    const QByteArray salt = crypto::Random::publicBytes(16).value();
    const Stats rawKdf = measure(7, [&] {
        (void)crypto::Argon2id::deriveKey(
            password.bytes(), {reinterpret_cast<const std::uint8_t*>(salt.constData()), 16}, crypto::Argon2id::kVault);
    });
    report("password unlock", passwordOpen, rawKdf, "Argon2id 64 MiB t=3", 1000);
    return 0;
}
