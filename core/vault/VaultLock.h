// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace tessera::vault {

/* One writer at a time, across the GUI and the CLI: a QLockFile `<vault>.lock` held for the
 * duration of a read-modify-write. A lock left by a process that died is recovered (Qt checks
 * the recorded PID and host); a lock held by a live process is ErrorCode::InUse after `timeoutMs`.
 *
 * Stale-lock rule (measured on Qt 6.4.2, see tests/core/vault/tst_vaultlock.cpp): the lock's
 * stale time is 0, which turns off Qt's age rule only. With Qt's default (30 s) a lock older than
 * 30 s whose owner is alive is taken over wherever Qt's extra flock() is not effective (e.g. NFS):
 * a long edit in the GUI would then share the vault with the CLI. With 0, a lock is recovered
 * only when its PID is dead, belongs to another program, or was recorded before a reboot. */
class VaultLock {
public:
    explicit VaultLock(const QString& vaultPath);
    ~VaultLock();
    VaultLock(const VaultLock&) = delete;
    VaultLock& operator=(const VaultLock&) = delete;

    [[nodiscard]] Result<void> acquire(int timeoutMs = 2000);
    void release();
    [[nodiscard]] bool isHeld() const;

    /* `<vaultPath>.lock` */
    [[nodiscard]] static QString lockPathFor(const QString& vaultPath);

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace tessera::vault
