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
 * version that opens instead.
 *
 * Names: `<vault base name>-<UTC yyyyMMddTHHmmss.zzz>Z-<6 random hex>.<suffix>`, e.g.
 * `vault-20261122T220501.123Z-a41f0c.tessera`. The time stamp never goes backwards: a copy made
 * in the same millisecond as (or, after a clock change, earlier than) the newest one is stamped
 * one millisecond after it, so name order is save order and names are unique within a second.
 *
 * Policy for callers (the Vault follows it): if preserveCurrent() fails, do not save — report the
 * error instead. Overwriting a vault whose previous state could not be kept would break the
 * promise that the last N states survive. When there is no current file (first save),
 * preserveCurrent() succeeds without copying anything, so a first save is never blocked. A
 * failure to delete an old copy is not a failure to preserve: it is logged and the save goes on. */
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
