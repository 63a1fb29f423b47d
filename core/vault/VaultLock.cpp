// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultLock.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

using namespace Qt::Literals::StringLiterals;

namespace tessera::vault {

VaultLock::VaultLock(const QString& vaultPath)
    : m_lock(std::make_unique<QLockFile>(lockPathFor(vaultPath)))
{
    // 0 = never stale because of age, only because the owner is gone (see the header).
    m_lock->setStaleLockTime(0);
}

VaultLock::~VaultLock()
{
    release();
}

QString VaultLock::lockPathFor(const QString& vaultPath)
{
    return vaultPath + u".lock"_s;
}

Result<void> VaultLock::acquire(int timeoutMs)
{
    if (m_lock->isLocked()) {
        return {};
    }
    const QString lockPath = m_lock->fileName();
    const QString shownLock = QDir::toNativeSeparators(lockPath);
    // The lock may come before the vault's first save (`tessera-cli init`), so the folder may not
    // exist yet. It is created owner-only, like AtomicStore does for the vault's folder.
    const QFileInfo folder(QFileInfo(lockPath).absolutePath());
    if (!folder.exists()) {
        const QString parent = QFileInfo(folder.absolutePath()).absoluteFilePath();
        const QFileDevice::Permissions ownerOnly =
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
        if (!QDir().mkpath(parent) || (!QDir().mkdir(folder.absoluteFilePath(), ownerOnly) && !folder.isDir())) {
            return Error(ErrorCode::Io, u"Could not create the folder %1 for the vault."_s.arg(
                                            QDir::toNativeSeparators(folder.absoluteFilePath())));
        }
    }

    if (m_lock->tryLock(qMax(timeoutMs, 0))) {
        return {};
    }
    switch (m_lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        if (m_lock->getLockInfo(&pid, &host, &application) && pid > 0) {
            return Error(ErrorCode::InUse,
                         u"The vault is in use by another Tessera (process %1). Close it and try again."_s.arg(pid));
        }
        return Error(ErrorCode::InUse, u"The vault is in use by another Tessera. Close it and try again."_s);
    }
    case QLockFile::PermissionError:
        return Error(ErrorCode::Io, u"Could not create the lock file %1: permission denied."_s.arg(shownLock));
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return Error(ErrorCode::Io, u"Could not create the lock file %1."_s.arg(shownLock));
}

void VaultLock::release()
{
    if (m_lock && m_lock->isLocked()) {
        m_lock->unlock();
    }
}

bool VaultLock::isHeld() const
{
    return m_lock && m_lock->isLocked();
}

} // namespace tessera::vault
