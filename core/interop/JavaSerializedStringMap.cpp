// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/JavaSerializedStringMap.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace tessera::interop {

namespace {

// java.io.ObjectStreamConstants
constexpr quint8 kTcNull = 0x70;
constexpr quint8 kTcReference = 0x71;
constexpr quint8 kTcClassDesc = 0x72;
constexpr quint8 kTcObject = 0x73;
constexpr quint8 kTcString = 0x74;
constexpr quint8 kTcBlockData = 0x77;
constexpr quint8 kTcEndBlockData = 0x78;
constexpr quint8 kTcLongString = 0x7c;
constexpr quint32 kBaseWireHandle = 0x7e0000;
constexpr quint8 kScWriteMethod = 0x01;
constexpr quint8 kScSerializable = 0x02;
constexpr quint64 kHashMapSerialVersionUid = 362498820763181265ULL;
// A map element is at least a 3-byte TC_STRING, so `size` pairs need at least this many bytes each.
constexpr qsizetype kMinPairSize = 6;

Error damaged(const QString& what)
{
    return Error(ErrorCode::Damaged, u"The FreeOTP backup is damaged: %1."_s.arg(what));
}

/* A cursor over the stream that never reads past its end. */
class Reader {
public:
    explicit Reader(QByteArrayView bytes)
        : m_bytes(bytes)
    {
    }

    [[nodiscard]] qsizetype remaining() const { return m_bytes.size() - m_position; }
    [[nodiscard]] bool atEnd() const { return remaining() == 0; }

    std::optional<quint8> u8()
    {
        if (remaining() < 1) {
            return std::nullopt;
        }
        return static_cast<quint8>(m_bytes[m_position++]);
    }

    std::optional<quint64> bigEndian(int size)
    {
        if (remaining() < size) {
            return std::nullopt;
        }
        quint64 value = 0;
        for (int i = 0; i < size; ++i) {
            value = (value << 8) | static_cast<quint8>(m_bytes[m_position++]);
        }
        return value;
    }

    std::optional<QByteArrayView> take(quint64 size)
    {
        if (size > static_cast<quint64>(remaining())) {
            return std::nullopt;
        }
        const QByteArrayView part = m_bytes.sliced(m_position, static_cast<qsizetype>(size));
        m_position += static_cast<qsizetype>(size);
        return part;
    }

private:
    QByteArrayView m_bytes;
    qsizetype m_position = 0;
};

/* Java's "modified UTF-8": UTF-16 code units in one to three bytes each, NUL as C0 80, no
 * four-byte forms (supplementary characters come as two encoded surrogates). */
std::optional<QString> modifiedUtf8(QByteArrayView bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const auto b0 = static_cast<quint8>(bytes[i]);
        if (b0 >= 0x01 && b0 <= 0x7f) {
            text.append(QChar(char16_t(b0)));
            i += 1;
        } else if ((b0 & 0xe0) == 0xc0) {
            if (i + 1 >= bytes.size() || (static_cast<quint8>(bytes[i + 1]) & 0xc0) != 0x80) {
                return std::nullopt;
            }
            text.append(QChar(char16_t(((b0 & 0x1f) << 6) | (static_cast<quint8>(bytes[i + 1]) & 0x3f))));
            i += 2;
        } else if ((b0 & 0xf0) == 0xe0) {
            if (i + 2 >= bytes.size() || (static_cast<quint8>(bytes[i + 1]) & 0xc0) != 0x80
                || (static_cast<quint8>(bytes[i + 2]) & 0xc0) != 0x80) {
                return std::nullopt;
            }
            text.append(QChar(char16_t(((b0 & 0x0f) << 12) | ((static_cast<quint8>(bytes[i + 1]) & 0x3f) << 6)
                                       | (static_cast<quint8>(bytes[i + 2]) & 0x3f))));
            i += 3;
        } else {
            return std::nullopt;
        }
    }
    return text;
}

/* A u16-length modified-UTF-8 string (class and field names). */
std::optional<QString> shortUtf(Reader& reader)
{
    const auto size = reader.bigEndian(2);
    if (!size) {
        return std::nullopt;
    }
    const auto bytes = reader.take(*size);
    if (!bytes) {
        return std::nullopt;
    }
    return modifiedUtf8(*bytes);
}

/* Reads the class descriptor and returns its primitive field type codes in stream order. */
Result<QList<char>> readClassDesc(Reader& reader)
{
    if (reader.u8() != kTcClassDesc) {
        return damaged(u"the serialized object has no class description"_s);
    }
    const auto className = shortUtf(reader);
    if (!className) {
        return damaged(u"the serialized class name is cut off"_s);
    }
    if (*className != u"java.util.HashMap"_s) {
        return damaged(u"the serialized object is not a HashMap"_s);
    }
    if (reader.bigEndian(8) != kHashMapSerialVersionUid) {
        return damaged(u"the serialized HashMap has an unknown version"_s);
    }
    if (reader.u8() != (kScWriteMethod | kScSerializable)) {
        return damaged(u"the serialized HashMap has unexpected flags"_s);
    }
    const auto fieldCount = reader.bigEndian(2);
    if (!fieldCount || *fieldCount > 2) {
        return damaged(u"the serialized HashMap has unexpected fields"_s);
    }
    QList<char> types;
    QSet<QString> seen;
    for (quint64 i = 0; i < *fieldCount; ++i) {
        const auto type = reader.u8();
        const auto name = shortUtf(reader);
        if (!type || !name) {
            return damaged(u"a serialized field is cut off"_s);
        }
        // Only the two primitive fields HashMap has ever had; object fields would pull in more classes.
        const bool known = (*type == 'F' && *name == u"loadFactor"_s) || (*type == 'I' && *name == u"threshold"_s);
        if (!known || seen.contains(*name)) {
            return damaged(u"the serialized HashMap has unexpected fields"_s);
        }
        seen.insert(*name);
        types.append(static_cast<char>(*type));
    }
    if (reader.u8() != kTcEndBlockData || reader.u8() != kTcNull) {
        return damaged(u"the serialized HashMap has unexpected class data"_s);
    }
    return types;
}

} // namespace

bool JavaSerializedStringMap::hasMagic(QByteArrayView bytes)
{
    return bytes.size() >= 4 && bytes.first(4) == QByteArrayView("\xac\xed\x00\x05", 4);
}

std::optional<QString> JavaSerializedStringMap::value(const QString& key) const
{
    const auto found = m_index.constFind(key);
    if (found == m_index.constEnd()) {
        return std::nullopt;
    }
    return m_entries.at(*found).second;
}

Result<JavaSerializedStringMap> JavaSerializedStringMap::parse(QByteArrayView bytes)
{
    if (!hasMagic(bytes)) {
        return damaged(u"it is not a Java serialization stream"_s);
    }
    Reader reader(bytes.sliced(4));
    if (reader.u8() != kTcObject) {
        return damaged(u"the stream does not hold an object"_s);
    }
    const auto fieldTypes = readClassDesc(reader);
    if (!fieldTypes) {
        return fieldTypes.error();
    }
    // Handle 0 is the class description, 1 the map; strings follow. Only strings may be referred
    // to, so the others are kept as empty slots.
    QList<std::optional<QString>> handles{std::nullopt, std::nullopt};
    for (qsizetype i = 0; i < fieldTypes->size(); ++i) {
        if (!reader.bigEndian(4)) { // 'F' and 'I' are both four bytes; their values do not matter here
            return damaged(u"the serialized HashMap's fields are cut off"_s);
        }
    }
    if (reader.u8() != kTcBlockData || reader.u8() != 8) {
        return damaged(u"the serialized HashMap has no size"_s);
    }
    const auto capacity = reader.bigEndian(4);
    const auto size = reader.bigEndian(4);
    if (!capacity || !size) {
        return damaged(u"the serialized HashMap's size is cut off"_s);
    }
    if (*size > static_cast<quint64>(kMaxEntries) || *size > static_cast<quint64>(reader.remaining() / kMinPairSize)) {
        return damaged(u"the serialized HashMap claims more entries than the file holds"_s);
    }

    const auto readString = [&reader, &handles]() -> std::optional<QString> {
        const auto tag = reader.u8();
        if (tag == kTcString || tag == kTcLongString) {
            const auto length = reader.bigEndian(tag == kTcString ? 2 : 8);
            if (!length) {
                return std::nullopt;
            }
            const auto raw = reader.take(*length);
            if (!raw) {
                return std::nullopt;
            }
            auto text = modifiedUtf8(*raw);
            if (text) {
                handles.append(*text);
            }
            return text;
        }
        if (tag == kTcReference) {
            const auto handle = reader.bigEndian(4);
            if (!handle || *handle < kBaseWireHandle || *handle - kBaseWireHandle >= quint64(handles.size())) {
                return std::nullopt;
            }
            return handles.at(static_cast<qsizetype>(*handle - kBaseWireHandle));
        }
        return std::nullopt; // null, other objects: not a Map<String, String>
    };

    JavaSerializedStringMap map;
    map.m_entries.reserve(static_cast<qsizetype>(*size));
    for (quint64 i = 0; i < *size; ++i) {
        auto key = readString();
        if (!key) {
            return damaged(u"a key of the serialized HashMap is not a readable string"_s);
        }
        auto value = readString();
        if (!value) {
            return damaged(u"a value of the serialized HashMap is not a readable string"_s);
        }
        if (map.m_index.contains(*key)) {
            return damaged(u"the serialized HashMap has a key twice"_s);
        }
        map.m_index.insert(*key, map.m_entries.size());
        map.m_entries.append({std::move(*key), std::move(*value)});
    }
    if (reader.u8() != kTcEndBlockData || !reader.atEnd()) {
        return damaged(u"the serialized HashMap does not end where it should"_s);
    }
    return map;
}

} // namespace tessera::interop
