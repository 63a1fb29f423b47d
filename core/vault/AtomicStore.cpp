// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomicStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <mutex>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace tessera::vault {

namespace {

constexpr QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyDirectory =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

/* Qt's messages end without a full stop; ours are sentences. */
QString sentence(const QString& text)
{
    QString result = text.trimmed();
    if (result.isEmpty()) {
        result = u"unknown error"_s;
    }
    if (!result.endsWith(u'.')) {
        result += u'.';
    }
    return result;
}

QString osReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

Error saveError(const QString& path, const QString& reason)
{
    return Error(ErrorCode::Io, u"Could not save %1: %2"_s.arg(QDir::toNativeSeparators(path), sentence(reason)));
}

#ifdef Q_OS_UNIX
/* QSaveFile creates its temporary file with mode 0666 (less the umask) when the target does not
 * exist yet, and only our setPermissions() afterwards narrows it. On Linux the temporary file is
 * unnamed (O_TMPFILE) so nobody can open it in between, but on file systems without O_TMPFILE it
 * has a name, and a reader who opens it in that instant keeps a descriptor that would later see
 * the new bytes. A umask of 077 around open() closes the window. The umask is process-wide, so the
 * change is serialised here and lasts only for the open() call; another thread creating a file in
 * that instant merely gets owner-only permissions. */
class OwnerOnlyUmask {
public:
    OwnerOnlyUmask()
        : m_guard(mutex())
        , m_previous(::umask(077))
    {
    }
    ~OwnerOnlyUmask() { ::umask(m_previous); }
    OwnerOnlyUmask(const OwnerOnlyUmask&) = delete;
    OwnerOnlyUmask& operator=(const OwnerOnlyUmask&) = delete;

private:
    static std::mutex& mutex()
    {
        static std::mutex s_mutex;
        return s_mutex;
    }
    std::lock_guard<std::mutex> m_guard;
    mode_t m_previous;
};
#endif

/* Creates `directory` (and missing parents) when absent; the last level is owner-only because it
 * will hold the vault. An existing directory is left as it is: it may be the user's own folder. */
Result<void> ensureDirectory(const QString& directory, const QString& forPath)
{
    const QFileInfo info(directory);
    if (info.isDir()) {
        return {};
    }
    if (info.exists()) {
        return saveError(forPath, u"%1 is not a folder"_s.arg(QDir::toNativeSeparators(directory)));
    }
    const QString parent = QFileInfo(info.absolutePath()).absoluteFilePath();
    if (!QDir().mkpath(parent)) {
        return saveError(forPath, u"the folder %1 could not be created"_s.arg(QDir::toNativeSeparators(parent)));
    }
    // QDir::mkdir(…, permissions) creates the folder with these bits from the start (less the
    // umask, which only removes bits), so it is never readable by others, not even briefly.
    if (!QDir().mkdir(info.absoluteFilePath(), kOwnerOnlyDirectory) && !QFileInfo(directory).isDir()) {
        return saveError(forPath, u"the folder %1 could not be created"_s.arg(QDir::toNativeSeparators(directory)));
    }
    return {};
}

} // namespace

Result<void> AtomicStore::write(const QString& path, QByteArrayView bytes)
{
    const QFileInfo target(path);
    const QString directory = target.absolutePath();
    if (Result<void> made = ensureDirectory(directory, path); !made) {
        return made;
    }

    QSaveFile file(target.absoluteFilePath());
    // Without this, QSaveFile writes straight into the target when it cannot create a temporary
    // file beside it, and a crash then leaves a torn vault.
    file.setDirectWriteFallback(false);
    bool opened = false;
    {
#ifdef Q_OS_UNIX
        const OwnerOnlyUmask umaskGuard;
#endif
        // Unbuffered: measured on Qt 6.4, QSaveFile::commit() ignores an error that happens while
        // QFileDevice flushes its write buffer (ENOSPC on the last 16 KiB, say) and renames the
        // truncated file over the vault. Without the buffer every write reaches the system at
        // once, and its failure is seen below (tst_atomicstore fullDiskKeepsOldFile).
        opened = file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    if (!opened) {
        return saveError(path, file.errorString());
    }
    // Before any byte is written: an existing target's permissions are copied by QSaveFile, and
    // the vault must be owner-only whatever they were.
    if (!file.setPermissions(kOwnerOnlyFile)) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return saveError(path, reason);
    }

    // A write can be short without an error (RLIMIT_FSIZE, a quota reached mid-way): keep writing
    // until every byte is in or the system says why it refuses.
    const char* data = bytes.data();
    qint64 remaining = bytes.size();
    while (remaining > 0) {
        const qint64 written = file.write(data, remaining);
        if (written <= 0) {
            const QString reason = file.error() != QFileDevice::NoError ? file.errorString() : u"the write failed"_s;
            file.cancelWriting();
            return saveError(path, reason);
        }
        data += written;
        remaining -= written;
    }
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return saveError(path, reason);
    }
#ifdef Q_OS_UNIX
    // commit() syncs too, but ignores a failure of the sync (an EIO would go unnoticed and the
    // file be renamed into place anyway); syncing here first makes the failure ours to report.
    if (const int fd = file.handle(); fd >= 0) {
        int rc = 0;
        do {
            rc = ::fsync(fd);
        } while (rc < 0 && errno == EINTR);
        if (rc < 0 && errno != EINVAL) {
            const QString reason = osReason(errno);
            file.cancelWriting();
            return saveError(path, reason);
        }
    }
#endif
    // commit() renames the temporary file over the target; on failure it removes the temporary
    // file and the target is untouched.
    if (!file.commit()) {
        return saveError(path, file.errorString());
    }

    // The rename lives in the directory: until the directory is synced, a power cut can bring back
    // the old entry (or none) although commit() returned.
    if (Result<void> synced = syncDirectory(directory); !synced) {
        return Error(ErrorCode::Io, u"%1 was written, but it may not survive a power cut: %2"_s.arg(
                                        QDir::toNativeSeparators(path), synced.error().message()));
    }
    return {};
}

Result<QByteArray> AtomicStore::read(const QString& path, qint64 maxSize)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!QFileInfo::exists(path)) {
            return Error(ErrorCode::NotFound, u"There is no file at %1."_s.arg(shown));
        }
        return Error(ErrorCode::Io, u"Could not read %1: %2"_s.arg(shown, sentence(file.errorString())));
    }
    const auto tooLarge = [&] {
        return Error(ErrorCode::Damaged,
                     u"%1 is larger than %2 bytes, too large to be a Tessera file."_s.arg(shown).arg(maxSize));
    };
    if (file.size() > maxSize) {
        return tooLarge();
    }
    // Read in bounded steps rather than trusting size(): a file that grows while we read, or a
    // device that reports size 0 and never ends, must not make us allocate without limit.
    QByteArray result;
    result.reserve(file.size());
    constexpr qint64 kChunk = 1024 * 1024;
    while (true) {
        const QByteArray chunk = file.read(qMin(kChunk, maxSize + 1 - result.size()));
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError) {
                return Error(ErrorCode::Io, u"Could not read %1: %2"_s.arg(shown, sentence(file.errorString())));
            }
            break;
        }
        result += chunk;
        if (result.size() > maxSize) {
            return tooLarge();
        }
    }
    return result;
}

Result<void> AtomicStore::syncDirectory(const QString& directory)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(directory);
    int fd = -1;
    do {
        fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        const int error = errno;
        return Error(ErrorCode::Io, u"Could not open the folder %1: %2"_s.arg(QDir::toNativeSeparators(directory),
                                                                              sentence(osReason(error))));
    }
    int rc = 0;
    do {
        rc = ::fsync(fd);
    } while (rc < 0 && errno == EINTR);
    const int error = errno;
    ::close(fd);
    // EINVAL: this file system cannot sync a directory (some network and FUSE file systems). The
    // file itself is synced; there is nothing more we can do, and refusing to save would not help.
    if (rc < 0 && error != EINVAL && error != ENOTSUP) {
        return Error(ErrorCode::Io, u"Could not sync the folder %1: %2"_s.arg(QDir::toNativeSeparators(directory),
                                                                              sentence(osReason(error))));
    }
    return {};
#else
    // Not done on Windows yet: a directory can only be flushed through a handle opened with
    // FILE_FLAG_BACKUP_SEMANTICS, and NTFS journals the rename's metadata; a Windows port should
    // revisit this with a power-cut test of its own.
    Q_UNUSED(directory);
    return {};
#endif
}

} // namespace tessera::vault
