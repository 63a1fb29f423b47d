// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The container reader on arbitrary bytes: parse() must never crash. What parses is opened as
// far as the fixed keys allow (the seed corpus is made with them: tests/core/vault, test
// fuzzCorpusSeeds), and its header must survive a write/parse round trip: parse() accepts only
// what write() can produce again. Password slots are not derived (64 MiB per input is too slow
// to fuzz); their parameters are bounded by parse() itself.
//
// Each input is tried twice: as it is, and with its header digest recomputed, because a fuzzer
// cannot forge SHA-256 and would otherwise never get past it into the JSON schema checks.
#include "ContainerFuzzKeys.h"
#include "vault/ContainerFile.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <cstdlib>

using tessera::crypto::SecureBytes;
using tessera::vault::ContainerFile;
using tessera::vault::Slot;
using tessera::vault::SlotType;

namespace {

void tryContainer(QByteArrayView bytes)
{
    auto file = ContainerFile::parse(bytes);
    if (!file) {
        if (file.error().message().isEmpty()) {
            std::abort(); // every refusal says why
        }
        return;
    }
    const SecureBytes master = tessera::test::fuzzMasterKey();
    const SecureBytes wrapping = tessera::test::fuzzWrappingKey();
    for (const Slot& slot : file->header().slots) {
        if (slot.type == SlotType::Keychain) {
            auto unwrapped = slot.unwrap(wrapping, file->header().vaultId);
            if (unwrapped) {
                (void)file->decrypt(*unwrapped);
            }
        }
    }
    auto plaintext = file->decrypt(master);
    static constexpr std::uint8_t kSample[] = {'{', '}'};
    const std::span<const std::uint8_t> content =
        plaintext ? std::span<const std::uint8_t>(plaintext->bytes()) : std::span<const std::uint8_t>(kSample);
    auto rewritten = ContainerFile::write(file->header(), master, content);
    if (!rewritten) {
        std::abort();
    }
    auto again = ContainerFile::parse(*rewritten);
    if (!again || again->header().vaultId != file->header().vaultId
        || again->header().slots.size() != file->header().slots.size() || !again->decrypt(master)) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input(data, qsizetype(size));
    tryContainer(input);
    constexpr qsizetype kHeaderOffset = 14;
    constexpr qsizetype kDigestSize = 32;
    if (input.size() >= kHeaderOffset) {
        const qsizetype headerLength = qsizetype(qFromBigEndian<quint32>(data + 10));
        if (headerLength <= input.size() - kHeaderOffset - kDigestSize) {
            QByteArray fixed = input.toByteArray();
            const qsizetype digestOffset = kHeaderOffset + headerLength;
            fixed.replace(digestOffset, kDigestSize,
                          QCryptographicHash::hash(input.first(digestOffset), QCryptographicHash::Sha256));
            tryContainer(fixed);
        }
    }
    return 0;
}
