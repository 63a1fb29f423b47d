// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultFileWatcher.h"

#include "AtomicStore.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QMutexLocker>

namespace tessera::vault {

VaultFileWatcher::VaultFileWatcher(QString vaultPath, QObject* parent)
    : QObject(parent)
    , m_vaultPath(QFileInfo(vaultPath).absoluteFilePath())
    , m_watcher(this)
    , m_debounce(this)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &VaultFileWatcher::checkForChange);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &VaultFileWatcher::onFileSystemEvent);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &VaultFileWatcher::onFileSystemEvent);

    m_knownDigest = currentDigest();
    const QString folder = QFileInfo(m_vaultPath).absolutePath();
    if (QFileInfo(folder).isDir()) {
        m_watcher.addPath(folder);
    }
    watchFileIfPresent();
}

QByteArray VaultFileWatcher::digestOf(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

void VaultFileWatcher::setKnownDigest(const QByteArray& digest)
{
    const QMutexLocker locker(&m_mutex);
    m_knownDigest = digest;
}

QByteArray VaultFileWatcher::knownDigest() const
{
    const QMutexLocker locker(&m_mutex);
    return m_knownDigest;
}

void VaultFileWatcher::setDebounceInterval(int milliseconds)
{
    m_debounce.setInterval(milliseconds);
}

void VaultFileWatcher::onFileSystemEvent()
{
    // Re-watch at once, not after the debounce: a file replaced again within the interval and
    // then edited in place would otherwise go unnoticed.
    watchFileIfPresent();
    m_debounce.start(); // restarts: one check after the burst ends
}

void VaultFileWatcher::watchFileIfPresent()
{
    if (!m_watcher.files().contains(m_vaultPath) && QFileInfo::exists(m_vaultPath)) {
        m_watcher.addPath(m_vaultPath);
    }
}

void VaultFileWatcher::checkForChange()
{
    watchFileIfPresent();
    const QByteArray digest = currentDigest();
    if (digest.isEmpty()) {
        return; // absent (or unreadable for now): nothing to reload; see the header
    }
    {
        const QMutexLocker locker(&m_mutex);
        if (digest == m_knownDigest) {
            return;
        }
        m_knownDigest = digest;
    }
    Q_EMIT changedOnDisk();
}

QByteArray VaultFileWatcher::currentDigest() const
{
    Result<QByteArray> bytes = AtomicStore::read(m_vaultPath);
    if (!bytes) {
        return {};
    }
    return digestOf(bytes.value());
}

} // namespace tessera::vault
