// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/ImportedAccount.h"
#include "vault/VaultContent.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tessera::interop {

/* What an import would do, before it does anything (ARCHITECTURE.md §5, issue "preview, then one
 * atomic change"). Every entry read from the files gets a status against the vault — and
 * against the entries before it, so the same account in two files is added once:
 *  - New: not in the vault;
 *  - Duplicate: the same type and secret — and the same algorithm, digits and period, so the
 *    same codes — is already there (whatever its label): skipped. The same secret with other
 *    parameters makes other codes, so it is not a duplicate;
 *  - Conflict: an account with the same issuer and name but another secret (or other code
 *    settings) is there. Which one
 *    is current only the user knows (a re-enrolled site issues a new secret), so the default is
 *    to add the imported one beside the old one — nothing is lost — and the user may choose
 *    Skip or Replace instead;
 *  - Invalid: the file's entry could not be read; `reason` says why.
 * apply() changes the content in memory only; the caller saves once. */
class ImportPreview {
public:
    enum class Status { New, Duplicate, Conflict, Invalid };
    enum class Resolution { Add, Skip, Replace };

    struct Entry {
        ImportedAccount account;
        Status status = Status::New;
        QString reason;                          // Duplicate / Conflict / Invalid: one plain sentence
        QString existingId;                      // Duplicate / Conflict: the vault account it matches
        QString source;                          // the file it came from, for messages
        Resolution resolution = Resolution::Add; // what apply() does with a Conflict
        QString appliedId;                       // set by apply(): the vault account it became
    };

    struct Source {
        QString file;
        ImportResult result;
    };

    [[nodiscard]] static ImportPreview build(std::vector<Source> sources, const vault::VaultContent& vault);
    /* A deep copy (tokens cloned), so the same files can be compared with the vault again when it
     * changed between the preview and the import (the desktop program's wizard). */
    [[nodiscard]] static std::vector<Source> copySources(const std::vector<Source>& sources);

    /* "new", "duplicate", "conflict", "invalid": the words the CLI prints and its JSON and the
     * desktop program's preview model use. */
    [[nodiscard]] static QString statusId(Status status);

    /* Same type, secret (constant-time) and code parameters (not the HOTP counter): the same
     * account whatever its label. */
    [[nodiscard]] static bool isSameAccount(const otp::OtpToken& a, const otp::OtpToken& b);

    [[nodiscard]] const std::vector<Entry>& entries() const { return m_entries; }
    [[nodiscard]] std::vector<Entry>& entries() { return m_entries; }
    /* Per file: the format it was read as, and its warnings. */
    [[nodiscard]] const QStringList& formats() const { return m_formats; }
    [[nodiscard]] const QStringList& warnings() const { return m_warnings; }
    [[nodiscard]] int count(Status status) const;

    /* Adds the New entries and the Conflicts resolved Add, replaces the secret of those resolved
     * Replace, and adds the groups they use. Each entry applied gets its account's id in
     * `appliedId`. Returns the ids of the added or replaced accounts. */
    QStringList apply(vault::VaultContent& vault);

private:
    std::vector<Entry> m_entries;
    QStringList m_formats;
    QStringList m_warnings;
};

} // namespace tessera::interop
