// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uri/MigrationPayload.h"

#include <QList>

#include <vector>

namespace tessera::uri {

/* Collects transfer payloads from many codes (and files) and tells which of each batch are
 * still missing — Google shows "2 of 3"; a missing code must be reported, not ignored. */
class MigrationBatchSet {
public:
    /* false if this batch index was already added (same id); the duplicate is not stored. */
    bool add(MigrationPayload payload);

    [[nodiscard]] QList<qint32> batchIds() const;
    [[nodiscard]] QList<int> missingIndices(qint32 batchId) const; // 0-based
    [[nodiscard]] bool isComplete() const;
    [[nodiscard]] const std::vector<MigrationPayload>& payloads() const { return m_payloads; }

private:
    std::vector<MigrationPayload> m_payloads;
};

} // namespace tessera::uri
