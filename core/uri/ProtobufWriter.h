// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

namespace tessera::uri {

/* Writes the protobuf wire format: the counterpart of ProtobufReader for the few field kinds
 * the migration payload needs. */
class ProtobufWriter {
public:
    void writeVarintField(quint32 field, quint64 value);
    /* Negative values are sign-extended to 64 bits (10 bytes), as protobuf encodes int32 and
     * as Google Authenticator's negative batch ids appear on the wire. */
    void writeInt32Field(quint32 field, qint32 value);
    void writeBytesField(quint32 field, QByteArrayView bytes);
    void writeStringField(quint32 field, const QString& text);

    [[nodiscard]] const QByteArray& data() const { return m_data; }
    [[nodiscard]] QByteArray take() { return std::move(m_data); }

private:
    void writeVarint(quint64 value);
    void writeTag(quint32 field, int wireType);

    QByteArray m_data;
};

} // namespace tessera::uri
