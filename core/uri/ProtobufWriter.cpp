// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtobufWriter.h"

namespace tessera::uri {

void ProtobufWriter::writeVarint(quint64 value)
{
    while (value >= 0x80u) {
        m_data.append(static_cast<char>((value & 0x7Fu) | 0x80u));
        value >>= 7;
    }
    m_data.append(static_cast<char>(value));
}

void ProtobufWriter::writeTag(quint32 field, int wireType)
{
    writeVarint((static_cast<quint64>(field) << 3) | static_cast<quint64>(wireType));
}

void ProtobufWriter::writeVarintField(quint32 field, quint64 value)
{
    writeTag(field, 0);
    writeVarint(value);
}

void ProtobufWriter::writeInt32Field(quint32 field, qint32 value)
{
    writeVarintField(field, static_cast<quint64>(static_cast<qint64>(value)));
}

void ProtobufWriter::writeBytesField(quint32 field, QByteArrayView bytes)
{
    writeTag(field, 2);
    writeVarint(static_cast<quint64>(bytes.size()));
    m_data.append(bytes.data(), bytes.size());
}

void ProtobufWriter::writeStringField(quint32 field, const QString& text)
{
    writeBytesField(field, text.toUtf8());
}

} // namespace tessera::uri
