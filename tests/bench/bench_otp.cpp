// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Code generation speed (SECURITY.md P1) against a reference measured in the same run: a raw
// OpenSSL one-shot HMAC per code — what a naive implementation does — followed by the same
// truncation. Goals: ≤ 1 µs per code, ≤ 2 ms for 1 000 accounts. Prints ratios; never fails.
#include "otp/OtpGenerator.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <vector>

using tessera::otp::HashAlgorithm;
using tessera::otp::OtpGenerator;
using tessera::otp::OtpParameters;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kCodesPerBatch = 10000;
constexpr int kBatches = 31;
volatile std::uint32_t g_sink = 0; // keeps the optimiser from dropping the work

double medianOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double percentileOf(std::vector<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<std::size_t>(fraction * double(values.size())))];
}

std::uint32_t oneShotCode(const EVP_MD* md, const std::uint8_t* key, int keyLength, std::uint64_t counter)
{
    std::array<std::uint8_t, 8> message{};
    for (int i = 7; i >= 0; --i) {
        message[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(counter & 0xFFu);
        counter >>= 8;
    }
    std::array<std::uint8_t, EVP_MAX_MD_SIZE> mac{};
    unsigned int length = 0;
    HMAC(md, key, keyLength, message.data(), message.size(), mac.data(), &length);
    const std::size_t offset = mac[length - 1] & 0x0Fu;
    const std::uint32_t value = (static_cast<std::uint32_t>(mac[offset] & 0x7Fu) << 24) | (mac[offset + 1] << 16)
                                | (mac[offset + 2] << 8) | mac[offset + 3];
    return value % 1000000u;
}

template <typename F>
double nanosecondsPerCall(F&& body)
{
    std::vector<double> batches;
    for (int b = 0; b < kBatches; ++b) {
        const auto start = Clock::now();
        for (int i = 0; i < kCodesPerBatch; ++i) {
            body(static_cast<std::uint64_t>(b) * kCodesPerBatch + static_cast<std::uint64_t>(i));
        }
        batches.push_back(std::chrono::duration<double, std::nano>(Clock::now() - start).count() / kCodesPerBatch);
    }
    return medianOf(batches);
}

} // namespace

int main()
{
    std::array<std::uint8_t, 20> key{};
    for (auto& byte : key) {
        byte = static_cast<std::uint8_t>(QRandomGenerator::global()->bounded(256));
    }
    std::printf("Code generation, median of %d batches of %d codes (SHA-1, 20-byte key, 6 digits)\n", kBatches,
                kCodesPerBatch);

    const double reference = nanosecondsPerCall([&](std::uint64_t counter) {
        g_sink = g_sink + oneShotCode(EVP_sha1(), key.data(), int(key.size()), counter);
    });
    auto generator = OtpGenerator::create(OtpParameters::totp().value(), key).value();
    const double ours = nanosecondsPerCall([&](std::uint64_t counter) {
        g_sink = g_sink + static_cast<std::uint32_t>(generator.codeForCounter(counter).size());
    });
    const double oursRaw =
        nanosecondsPerCall([&](std::uint64_t counter) { g_sink = g_sink + generator.truncatedValue(counter); });
    std::printf("  reference: OpenSSL HMAC() one-shot + truncation  %8.1f ns/code\n", reference);
    std::printf("  Tessera OtpGenerator::codeForCounter (QString)   %8.1f ns/code  ratio %.2fx of reference\n", ours,
                ours / reference);
    std::printf("  Tessera OtpGenerator::truncatedValue (no text)   %8.1f ns/code  ratio %.2fx of reference\n", oursRaw,
                oursRaw / reference);

    // Per-code latency distribution (single calls, includes clock overhead of ~20–30 ns).
    std::vector<double> single;
    single.reserve(100000);
    for (std::uint64_t counter = 0; counter < 100000; ++counter) {
        const auto start = Clock::now();
        g_sink = g_sink + static_cast<std::uint32_t>(generator.codeForCounter(counter).size());
        single.push_back(std::chrono::duration<double, std::nano>(Clock::now() - start).count());
    }
    std::printf("  single-call latency p50 %.0f ns, p99 %.0f ns (goals ≤ 1000 / ≤ 5000)\n", percentileOf(single, 0.5),
                percentileOf(single, 0.99));

    // 1 000 accounts with mixed algorithms, as a full refresh of the account list would do.
    std::vector<OtpGenerator> accounts;
    const HashAlgorithm algorithms[] = {HashAlgorithm::Sha1, HashAlgorithm::Sha256, HashAlgorithm::Sha512};
    for (int i = 0; i < 1000; ++i) {
        accounts.push_back(
            OtpGenerator::create(OtpParameters::totp(algorithms[i % 3], 6 + i % 3).value(), key).value());
    }
    std::vector<double> refreshes;
    std::vector<double> refreshesReference;
    const EVP_MD* digests[] = {EVP_sha1(), EVP_sha256(), EVP_sha512()};
    for (int round = 0; round < 51; ++round) {
        auto start = Clock::now();
        for (auto& account : accounts) {
            g_sink = g_sink + static_cast<std::uint32_t>(account.codeAt(1700000000 + round * 30).value().size());
        }
        refreshes.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        start = Clock::now();
        for (int i = 0; i < 1000; ++i) {
            g_sink =
                g_sink + oneShotCode(digests[i % 3], key.data(), int(key.size()), 56666666u + std::uint64_t(round));
        }
        refreshesReference.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    const double refresh = medianOf(refreshes);
    const double refreshReference = medianOf(refreshesReference);
    std::printf("  1000 accounts (SHA-1/256/512 mix): Tessera %.3f ms, reference one-shot %.3f ms, ratio %.2fx "
                "(goal ≤ 2 ms)\n",
                refresh, refreshReference, refresh / refreshReference);
    std::printf("  verdict: %s per code, %s per 1000 accounts\n", ours <= 1000.0 ? "PASS" : "MISS",
                refresh <= 2.0 ? "PASS" : "MISS");
    return 0;
}
