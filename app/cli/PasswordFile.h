// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QString>

namespace tessera::cli {

/* A password given in a file (--password-file, --new-password-file): the first line, without its
 * line break (\n or \r\n). Scripts write passwords with `echo`, which adds the \n, and a
 * password with a trailing newline typed by nobody would lock the user out.
 *
 * The bytes go from the file straight into a SecureBytes buffer: the file is read unbuffered
 * (QIODevice keeps no copy) and never through a QByteArray or QString, whose copies cannot be
 * wiped. Errors name the file and the option, never the content. */
class PasswordFile {
public:
    /* Longer first lines are refused rather than cut: a silently shortened password would
     * create a vault the user cannot open with what they think the password is. */
    static constexpr std::size_t kMaxPasswordBytes = 1024;

    /* `option` names the option in messages ("--password-file"). ErrorCode::InvalidInput for an
     * empty password, one too long, or a file that cannot be read. */
    [[nodiscard]] static Result<crypto::SecureBytes> read(const QString& path, const QString& option);
};

} // namespace tessera::cli
