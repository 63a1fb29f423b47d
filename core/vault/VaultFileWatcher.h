// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QTimer>

namespace tessera::vault {

/* Notices when the vault file changes underneath us (a synced folder, the CLI) so the GUI can
 * reload it.
 *
 * It watches the file and its folder: every save replaces the file by a rename, which ends a
 * watch on the file itself (the old inode is gone), while the folder watch sees the new entry and
 * lets us watch the new file again. The folder watch alone would miss a program that rewrites the
 * file in place. Bursts of events (a sync tool writing in pieces, our temporary file, the lock
 * file) are debounced, then the file's SHA-256 is compared with the last known digest:
 * changedOnDisk() is emitted only when the content really differs. A deleted file emits nothing
 * (sync tools often delete and recreate; the loaded vault is still valid and the next save writes
 * it back); its reappearance with other content does.
 *
 * Own saves: call setKnownDigest(digestOf(bytes)) BEFORE writing the file, so the notification
 * of our own rename finds nothing new. If the save then fails, the old content's digest no
 * longer matches and the file is reported as changed, which makes the GUI re-read what is really
 * on disk. setKnownDigest() may be called from any thread (saves run off the GUI thread).
 *
 * Create it once the vault's folder exists (after opening or creating the vault): a folder that
 * does not exist yet cannot be watched, and nothing would be noticed until a new watcher is made. */
class VaultFileWatcher : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultDebounceMs = 300;

    explicit VaultFileWatcher(QString vaultPath, QObject* parent = nullptr);

    /* SHA-256 of `bytes`, as compared with the file's digest. */
    [[nodiscard]] static QByteArray digestOf(QByteArrayView bytes);

    void setKnownDigest(const QByteArray& digest);
    [[nodiscard]] QByteArray knownDigest() const;
    void setDebounceInterval(int milliseconds);
    [[nodiscard]] QString vaultPath() const { return m_vaultPath; }

Q_SIGNALS:
    void changedOnDisk();

private:
    void onFileSystemEvent();
    void checkForChange();
    void watchFileIfPresent();
    /* Digest of the file now, or empty when it is absent or unreadable. */
    [[nodiscard]] QByteArray currentDigest() const;

    QString m_vaultPath;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    mutable QMutex m_mutex; // guards m_knownDigest
    QByteArray m_knownDigest;
};

} // namespace tessera::vault
