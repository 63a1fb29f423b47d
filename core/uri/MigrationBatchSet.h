// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uri/MigrationPayload.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace tessera::uri {

/* Collects transfer payloads from many codes (and files) and tells which of each batch are
 * still missing — Google shows "2 of 3"; a missing code must be reported, not ignored.
 *
 * A payload without a batch index counts as index 0. The size of a batch is the largest
 * batch_size any of its payloads states. */
class MigrationBatchSet {
public:
    /* false if this batch index was already added (same id) with the same content — the same
     * code scanned twice; the duplicate is not stored. The same id and index with different
     * accounts is stored: version-2 exports all carry batch id 0, so two separate one-code
     * exports look alike except for their accounts and must not swallow each other. */
    bool add(MigrationPayload payload);

    [[nodiscard]] QList<qint32> batchIds() const;                  // in the order first seen
    [[nodiscard]] QList<int> missingIndices(qint32 batchId) const; // 0-based, ascending
    /* True when at least one payload was added and no batch has a missing index. */
    [[nodiscard]] bool isComplete() const;
    /* One sentence per missing code, numbered as Google shows them (1-based):
     * "Code 2 of 3 of a Google Authenticator export is missing; scan it too." */
    [[nodiscard]] QStringList missingMessages() const;
    [[nodiscard]] const std::vector<MigrationPayload>& payloads() const { return m_payloads; }

private:
    std::vector<MigrationPayload> m_payloads;
};

} // namespace tessera::uri
