// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArrayView>
#include <QtGlobal>

namespace tessera::uri {

/* Reads the protobuf wire format (protobuf.dev/programming-guides/encoding) from a byte view,
 * one field at a time. Every read is bounds-checked and reports a damaged payload as an
 * ErrorCode::InvalidInput value; nothing here can read past the end of the view. */
class ProtobufReader {
public:
    enum class WireType { Varint = 0, Fixed64 = 1, LengthDelimited = 2, Fixed32 = 5 };

    struct Tag {
        quint32 field = 0;
        WireType wireType = WireType::Varint;
    };

    explicit ProtobufReader(QByteArrayView bytes)
        : m_bytes(bytes)
    {
    }

    [[nodiscard]] bool atEnd() const { return m_position >= m_bytes.size(); }
    [[nodiscard]] qsizetype position() const { return m_position; }

    /* Field number and wire type. Groups (wire types 3 and 4, deprecated since proto2) and
     * wire types 6 and 7 (undefined) are errors, as is field number 0. */
    [[nodiscard]] Result<Tag> readTag();
    /* At most 10 bytes; bits beyond 64 in the tenth byte are dropped, as the protobuf
     * specification asks of parsers. */
    [[nodiscard]] Result<quint64> readVarint();
    /* A view into the input (no copy): bytes, strings and nested messages. */
    [[nodiscard]] Result<QByteArrayView> readLengthDelimited();
    /* Skips the value of a field we do not know. */
    [[nodiscard]] Result<void> skip(WireType wireType);

    /* int32 fields: encoders sign-extend negative values to 64 bits (a 10-byte varint); the
     * value is the low 32 bits, as protobuf's own parsers truncate. */
    [[nodiscard]] static qint32 toInt32(quint64 value) { return static_cast<qint32>(static_cast<quint32>(value)); }

private:
    [[nodiscard]] Result<void> skipBytes(qsizetype count);

    QByteArrayView m_bytes;
    qsizetype m_position = 0;
};

} // namespace tessera::uri
