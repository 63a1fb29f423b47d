// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Playbook files (docs/playbooks.md) from arbitrary bytes: must never crash, every refusal must
// say why, and whatever is accepted must keep the format's promises — all eight scenarios,
// official URLs on https and on the playbook's own domains, every open-url step pointing at a
// URL the playbook has, English text everywhere.
#include "recovery/Playbook.h"
#include "recovery/PlaybookLibrary.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;
using tessera::recovery::Playbook;
using tessera::recovery::PlaybookScenario;
using tessera::recovery::PlaybookStep;
using tessera::recovery::StepActionKind;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto playbook = Playbook::fromJson(bytes);
    if (!playbook) {
        if (playbook.error().message().isEmpty()) {
            std::abort(); // every refusal must say why
        }
        return 0;
    }
    if (playbook->id().isEmpty() || playbook->name().english().isEmpty()
        || playbook->scenarios().size() != PlaybookScenario::knownIds().size()) {
        std::abort();
    }
    for (auto it = playbook->urls().cbegin(); it != playbook->urls().cend(); ++it) {
        if (it.value().scheme() != u"https"_s || !playbook->domains().contains(it.value().host())) {
            std::abort();
        }
    }
    for (const PlaybookScenario& scenario : playbook->scenarios()) {
        if (scenario.steps().isEmpty() || scenario.title().english().isEmpty()) {
            std::abort();
        }
        for (const PlaybookStep& step : scenario.steps()) {
            if (step.detail().english().isEmpty() || scenario.step(step.id()) != &step) {
                std::abort(); // empty text, or a step id used twice
            }
            if (step.actionKind() == StepActionKind::OpenUrl && !playbook->url(step.actionUrlKey()).isValid()) {
                std::abort();
            }
            // Language fallback never loses the text.
            if (step.title().text(QString::fromLatin1(bytes.left(8))).isEmpty()) {
                std::abort();
            }
        }
    }
    // Issuer matching on untrusted names must not crash either.
    (void)tessera::recovery::PlaybookLibrary::matchKey(QString::fromUtf8(bytes.left(256)));
    return 0;
}
