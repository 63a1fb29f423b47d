// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "recovery/PlaybookProgress.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace tessera::vault {

/* What the user keeps about getting back into one account (the recovery center, issue 6): the
 * official login URL, which recovery email and phone the service has on file, when the user last
 * confirmed those, the backup (recovery) codes with their used/unused state, and the checklist
 * progress. A member of Account, so clones, remove + undo and backups carry it.
 *
 * Backup codes are secrets: they are kept in SecureBytes (UTF-8) and never put into JSON. In
 * the vault they live in the plaintext's recovery-secrets table; the account's JSON `recovery`
 * member refers to them by index (docs/vault-format.md §5.1; VaultContent does the framing). */
class AccountRecovery {
public:
    static constexpr std::size_t kMaxCodeLength = 64; // bytes; backup codes are short
    static constexpr std::size_t kMaxCodes = 100;

    struct BackupCode {
        crypto::SecureBytes code; // UTF-8, as pasted (groups separated by one space)
        bool used = false;
    };

    /* The login URL is only ever one the user typed or chose, and Tessera opens it itself — a
     * link from an email is how phishing starts. So: https only, a host name with a dot, no
     * "user@" part (https://aliexpress.com@evil.example goes to evil.example), no spaces.
     * Returns the URL as it will be stored; an empty string clears it. */
    [[nodiscard]] static Result<QString> validateLoginUrl(const QString& url);
    [[nodiscard]] Result<void> setLoginUrl(const QString& url);
    [[nodiscard]] const QString& loginUrl() const { return m_loginUrl; }

    QString email; // the recovery email the service has on file, as the user noted it
    QString phone; // the recovery phone number, as the user noted it
    /* When the user last confirmed these details are current (UTC); invalid if never. */
    QDateTime confirmedAt;
    /* When the account's codes or recovery details last changed (UTC), stamped by
     * vault::ChangeTracker on save; invalid for an account unchanged since before Tessera
     * recorded it. The readiness audit compares it with the last backup. */
    QDateTime changedAt;

    /* Splits a pasted list into codes (see the .cpp for the exact rules): lines, commas,
     * semicolons, tabs and runs of two or more spaces separate codes; list markers ("1.", "-")
     * are dropped; within a line, single spaces separate codes only when every part is at least
     * 6 characters long — "1234 5678" is one code in two groups. A part longer than
     * kMaxCodeLength is refused (it is not a code; nothing is returned). */
    [[nodiscard]] static Result<std::vector<crypto::SecureBytes>> splitBackupCodes(const crypto::SecureBytes& pasted);
    /* Adds the codes in `pasted` (splitBackupCodes), unused, dropping those already saved or
     * repeated (compared without spaces and hyphens, ignoring ASCII case). Returns how many were
     * added; refuses (adding nothing) past kMaxCodes. */
    [[nodiscard]] Result<int> addBackupCodes(const crypto::SecureBytes& pasted);
    /* Adds one code as it is (already split), e.g. read from the vault. */
    void appendBackupCode(crypto::SecureBytes code, bool used);
    [[nodiscard]] Result<void> setUsed(std::size_t index, bool used);
    [[nodiscard]] Result<void> removeBackupCode(std::size_t index);
    void clearBackupCodes() { m_codes.clear(); }

    [[nodiscard]] const std::vector<BackupCode>& backupCodes() const { return m_codes; }
    [[nodiscard]] int codeCount() const { return int(m_codes.size()); }
    [[nodiscard]] int remainingCodes() const;
    /* Codes are saved and two or fewer are left unused (zero left included): time to make
     * new ones on the service's security page. */
    [[nodiscard]] bool needsWarning() const;

    recovery::PlaybookProgress progress;
    QJsonObject extra; // members of the JSON `recovery` object this version does not know

    /* Nothing noted: the account's JSON then has no `recovery` member at all. */
    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] AccountRecovery clone() const;

    /* The JSON `recovery` member, the codes referred to as secret indexes firstSecret,
     * firstSecret + 1, … in order (their bytes are written by VaultContent). */
    [[nodiscard]] QJsonObject toJson(std::size_t firstSecret) const;
    /* Reads a `recovery` member; takes the codes it refers to out of `secrets` (an index used
     * twice or out of range is an error). ErrorCode::Damaged with a plain sentence. */
    [[nodiscard]] static Result<AccountRecovery>
    fromJson(const QJsonObject& object, std::vector<crypto::SecureBytes>& secrets, std::vector<bool>& taken);

private:
    QString m_loginUrl;
    std::vector<BackupCode> m_codes;
};

} // namespace tessera::vault
