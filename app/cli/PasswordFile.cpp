// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordFile.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace tessera::cli {

Result<crypto::SecureBytes> PasswordFile::read(const QString& path, const QString& option)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        return Error(ErrorCode::InvalidInput, u"The file given with %1 (%2) is a folder."_s.arg(option, path));
    }
    QFile file(path);
    // Unbuffered: QIODevice's own read buffer would be a second, unwiped copy of the password.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return Error(ErrorCode::InvalidInput,
                     u"The file given with %1 (%2) cannot be read: %3."_s.arg(option, path, file.errorString()));
    }

    // Room for the longest allowed password plus "\r\n"; one byte more tells "too long" apart.
    crypto::SecureBytes buffer(kMaxPasswordBytes + 3);
    std::size_t filled = 0;
    const auto lineEnd = [&buffer, &filled] {
        const auto begin = buffer.data();
        return std::find(begin, begin + filled, std::uint8_t('\n')) - begin;
    };
    // Read until the first line is complete: a pipe (<(…), /dev/stdin) delivers it in pieces.
    while (filled < buffer.size() && static_cast<std::size_t>(lineEnd()) == filled) {
        const qint64 got =
            file.read(reinterpret_cast<char*>(buffer.data() + filled), static_cast<qint64>(buffer.size() - filled));
        if (got < 0) {
            return Error(ErrorCode::InvalidInput,
                         u"The file given with %1 (%2) cannot be read: %3."_s.arg(option, path, file.errorString()));
        }
        if (got == 0) {
            break;
        }
        filled += static_cast<std::size_t>(got);
    }

    std::size_t length = static_cast<std::size_t>(lineEnd());
    if (length > 0 && buffer.data()[length - 1] == '\r') {
        --length;
    }
    if (length > kMaxPasswordBytes) {
        return Error(ErrorCode::InvalidInput,
                     u"The password in the file given with %1 (%2) is longer than %3 bytes."_s.arg(
                         option, path, QString::number(kMaxPasswordBytes)));
    }
    if (length == 0) {
        return Error(ErrorCode::InvalidInput,
                     u"The file given with %1 (%2) holds no password: its first line is empty."_s.arg(option, path));
    }
    // `buffer` is wiped when it goes out of scope.
    return crypto::SecureBytes::copyOf(buffer.bytes().first(length));
}

} // namespace tessera::cli
