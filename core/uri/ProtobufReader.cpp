// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtobufReader.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::uri {

namespace {

Error damaged(const QString& what)
{
    return Error(ErrorCode::InvalidInput, u"The transfer data is damaged or incomplete (%1)."_s.arg(what));
}

} // namespace

Result<quint64> ProtobufReader::readVarint()
{
    constexpr int kMaxVarintBytes = 10; // ceil(64 / 7)
    quint64 value = 0;
    for (int i = 0; i < kMaxVarintBytes; ++i) {
        if (m_position >= m_bytes.size()) {
            return damaged(u"it ends in the middle of a number"_s);
        }
        const auto byte = static_cast<quint8>(m_bytes[m_position++]);
        value |= static_cast<quint64>(byte & 0x7Fu) << (7 * i); // i = 9: only bit 63 survives
        if ((byte & 0x80u) == 0) {
            return value;
        }
    }
    return damaged(u"a number is longer than 10 bytes"_s);
}

Result<ProtobufReader::Tag> ProtobufReader::readTag()
{
    auto key = readVarint();
    if (!key) {
        return key.error();
    }
    const quint64 field = *key >> 3;
    const auto wire = static_cast<int>(*key & 0x7u);
    if (field == 0 || field > 0x1FFFFFFFu) { // 2^29 - 1 is the largest field number
        return damaged(u"a field number is out of range"_s);
    }
    if (wire != 0 && wire != 1 && wire != 2 && wire != 5) {
        return damaged(u"a field has an unknown wire type %1"_s.arg(wire));
    }
    return Tag{static_cast<quint32>(field), static_cast<WireType>(wire)};
}

Result<QByteArrayView> ProtobufReader::readLengthDelimited()
{
    auto length = readVarint();
    if (!length) {
        return length.error();
    }
    const auto remaining = static_cast<quint64>(m_bytes.size() - m_position);
    if (*length > remaining) { // compared unsigned: a "negative" length is just very long
        return damaged(u"a field is longer than the data that is left"_s);
    }
    const auto size = static_cast<qsizetype>(*length);
    const QByteArrayView view = m_bytes.sliced(m_position, size);
    m_position += size;
    return view;
}

Result<void> ProtobufReader::skipBytes(qsizetype count)
{
    if (count > m_bytes.size() - m_position) {
        return damaged(u"a field is longer than the data that is left"_s);
    }
    m_position += count;
    return {};
}

Result<void> ProtobufReader::skip(WireType wireType)
{
    switch (wireType) {
    case WireType::Varint:
        if (auto v = readVarint(); !v) {
            return v.error();
        }
        return {};
    case WireType::Fixed64:
        return skipBytes(8);
    case WireType::LengthDelimited:
        if (auto v = readLengthDelimited(); !v) {
            return v.error();
        }
        return {};
    case WireType::Fixed32:
        return skipBytes(4);
    }
    return damaged(u"a field has an unknown wire type"_s);
}

} // namespace tessera::uri
