// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace tessera::vault {

/* The last N versions of the vault, kept beside it in `versions/` (still encrypted: they are
 * byte copies of earlier vault files). Before each save the current file is copied in; the
 * oldest beyond N are deleted. A damaged vault is never overwritten: the store offers the newest
 * version that opens instead. */
class VersionRotation {
public:
    static constexpr int kDefaultKeep = 10;

    struct Version {
        QString path;
        QDateTime savedAt; // UTC, from the file name
    };

    explicit VersionRotation(QString vaultPath, int keep = kDefaultKeep);

    /* Copies the current vault file (if any) into versions/ and prunes to `keep`. */
    [[nodiscard]] Result<void> preserveCurrent();
    /* Newest first. */
    [[nodiscard]] QList<Version> versions() const;
    [[nodiscard]] QString directory() const;

private:
    QString m_vaultPath;
    int m_keep;
};

} // namespace tessera::vault
