// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationBatchSet.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace tessera::uri {

namespace {

int effectiveIndex(const MigrationPayload& payload)
{
    return payload.hasBatchIndex ? payload.batchIndex : 0;
}

} // namespace

bool MigrationBatchSet::add(MigrationPayload payload)
{
    const int index = effectiveIndex(payload);
    QByteArray serialized; // only computed when an id/index collision needs it
    for (const MigrationPayload& existing : m_payloads) {
        if (existing.batchId != payload.batchId || effectiveIndex(existing) != index) {
            continue;
        }
        if (serialized.isEmpty()) {
            serialized = payload.toProtobuf();
        }
        if (existing.toProtobuf() == serialized) {
            return false;
        }
    }
    m_payloads.push_back(std::move(payload));
    return true;
}

QList<qint32> MigrationBatchSet::batchIds() const
{
    QList<qint32> ids;
    for (const MigrationPayload& payload : m_payloads) {
        if (!ids.contains(payload.batchId)) {
            ids.append(payload.batchId);
        }
    }
    return ids;
}

QList<int> MigrationBatchSet::missingIndices(qint32 batchId) const
{
    int size = 0;
    QList<int> present;
    for (const MigrationPayload& payload : m_payloads) {
        if (payload.batchId != batchId) {
            continue;
        }
        size = std::max(size, payload.batchSize);
        present.append(effectiveIndex(payload));
    }
    /* A hostile payload may claim two billion codes; listing them all would exhaust memory.
     * Google's limit is far below this (10 accounts per code). */
    constexpr int kMaxBatchSize = 1000;
    size = std::min(size, kMaxBatchSize);
    QList<int> missing;
    for (int i = 0; i < size; ++i) {
        if (!present.contains(i)) {
            missing.append(i);
        }
    }
    return missing;
}

bool MigrationBatchSet::isComplete() const
{
    if (m_payloads.empty()) {
        return false;
    }
    const QList<qint32> ids = batchIds();
    return std::all_of(ids.begin(), ids.end(), [this](qint32 id) { return missingIndices(id).isEmpty(); });
}

QStringList MigrationBatchSet::missingMessages() const
{
    QStringList messages;
    for (const qint32 id : batchIds()) {
        int size = 0;
        for (const MigrationPayload& payload : m_payloads) {
            if (payload.batchId == id) {
                size = std::max(size, payload.batchSize);
            }
        }
        for (const int index : missingIndices(id)) {
            messages.append(
                u"Code %1 of %2 of a Google Authenticator export is missing; scan it too."_s.arg(index + 1).arg(size));
        }
    }
    return messages;
}

} // namespace tessera::uri
