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
 * the recorded PID and host); a lock held by a live process is ErrorCode::InUse after `timeoutMs`. */
class VaultLock {
public:
    explicit VaultLock(const QString& vaultPath);
    ~VaultLock();
    VaultLock(const VaultLock&) = delete;
    VaultLock& operator=(const VaultLock&) = delete;

    [[nodiscard]] Result<void> acquire(int timeoutMs = 2000);
    void release();
    [[nodiscard]] bool isHeld() const;

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace tessera::vault
