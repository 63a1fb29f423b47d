// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>

#include <cstring>
#include <optional>
#include <random>

/* The self-validating files of the crash-safety harness (crash_writer writes them,
 * tst_crashsafety checks them). Version N is
 *
 *     "TESSERA-CRASH v=<N> len=<body length> sha256=<hex of body>\n" + body
 *
 * with a body of 1 KiB–200 KiB drawn from a generator seeded with N, so a reader can both check
 * the file on its own (length, hash) and regenerate exactly what version N must contain. */
namespace tessera::test::crash {

inline QByteArray payload(quint64 version)
{
    std::mt19937_64 generator(version);
    const qsizetype length = 1024 + qsizetype(generator() % (200 * 1024 - 1024 + 1));
    // Eight bytes per draw: the harness regenerates a payload after every kill, in Debug builds.
    QByteArray body(length, Qt::Uninitialized);
    char* out = body.data();
    for (qsizetype i = 0; i < length; i += 8) {
        const quint64 word = generator();
        std::memcpy(out + i, &word, size_t(qMin<qsizetype>(8, length - i)));
    }
    const QByteArray hash = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    return "TESSERA-CRASH v=" + QByteArray::number(version) + " len=" + QByteArray::number(length) + " sha256=" + hash
           + '\n' + body;
}

/* The version a file holds, or nothing if it is torn, truncated or otherwise not exactly one of
 * the versions payload() produces. */
inline std::optional<quint64> versionOf(const QByteArray& bytes)
{
    const qsizetype newline = bytes.indexOf('\n');
    if (newline < 0 || !bytes.startsWith("TESSERA-CRASH v=")) {
        return std::nullopt;
    }
    const QList<QByteArray> fields = bytes.left(newline).split(' ');
    if (fields.size() != 4 || !fields[2].startsWith("len=") || !fields[3].startsWith("sha256=")) {
        return std::nullopt;
    }
    bool ok = false;
    const quint64 version = fields[1].mid(2).toULongLong(&ok);
    if (!ok) {
        return std::nullopt;
    }
    const qsizetype length = fields[2].mid(4).toLongLong(&ok);
    const QByteArray body = bytes.mid(newline + 1);
    if (!ok || body.size() != length) {
        return std::nullopt;
    }
    if (QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex() != fields[3].mid(7)) {
        return std::nullopt;
    }
    // Self-consistent; and exactly version N, not some other well-formed content.
    if (bytes != payload(version)) {
        return std::nullopt;
    }
    return version;
}

} // namespace tessera::test::crash
