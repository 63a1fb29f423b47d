// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace tessera::interop {

/* Reads exactly one kind of Java serialization stream: a java.util.HashMap<String, String>, as
 * FreeOTP 2.x writes its backups (FORMATS.md §5.3). Anything else in the stream — another class,
 * another serialVersionUID, object fields, values that are not strings, bytes after the map — is
 * refused, so a hostile file never reaches a general object-graph reader. Every length is checked
 * against what is left before it is used.
 *
 * The layout: magic AC ED 00 05, TC_OBJECT, TC_CLASSDESC "java.util.HashMap" (its primitive
 * fields loadFactor and, except on old Android, threshold; no annotation; no superclass), the
 * field values, a block of capacity and size, `size` key/value pairs of TC_STRING, TC_LONGSTRING
 * or TC_REFERENCE to an earlier string, and TC_ENDBLOCKDATA. */
class JavaSerializedStringMap {
public:
    /* A cap on the number of pairs; FreeOTP writes two per token plus the master key. */
    static constexpr qint32 kMaxEntries = 100'000;

    [[nodiscard]] static bool hasMagic(QByteArrayView bytes);
    /* Errors are ErrorCode::Damaged with a plain reason. */
    [[nodiscard]] static Result<JavaSerializedStringMap> parse(QByteArrayView bytes);

    /* The pairs in stream order (HashMap bucket order: stable, but not meaningful). */
    [[nodiscard]] const QList<std::pair<QString, QString>>& entries() const { return m_entries; }
    [[nodiscard]] std::optional<QString> value(const QString& key) const;

private:
    QList<std::pair<QString, QString>> m_entries;
    QHash<QString, qsizetype> m_index;
};

} // namespace tessera::interop
