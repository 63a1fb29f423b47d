// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VersionRotation.h"

#include "AtomicStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcVersionRotation, "tessera.core.vault", QtInfoMsg)

namespace tessera::vault {

namespace {

const QString kStampFormat = u"yyyyMMdd'T'HHmmss.zzz"_s;

QString baseNameOf(const QString& vaultPath)
{
    const QString base = QFileInfo(vaultPath).completeBaseName();
    return base.isEmpty() ? u"vault"_s : base;
}

QString suffixOf(const QString& vaultPath)
{
    const QString suffix = QFileInfo(vaultPath).suffix();
    return suffix.isEmpty() ? u"tessera"_s : suffix;
}

QString randomHex()
{
    return u"%1"_s.arg(QRandomGenerator::system()->bounded(0x1000000), 6, 16, QLatin1Char('0'));
}

} // namespace

VersionRotation::VersionRotation(QString vaultPath, int keep)
    : m_vaultPath(std::move(vaultPath))
    , m_keep(std::max(keep, 1)) // keeping none would make preserveCurrent() copy and then delete
{
}

QString VersionRotation::directory() const
{
    return QDir(QFileInfo(m_vaultPath).absolutePath()).filePath(u"versions"_s);
}

QList<VersionRotation::Version> VersionRotation::versions() const
{
    // Only this vault's copies: several vaults may share a folder (and so `versions/`).
    const QRegularExpression pattern(u"^"_s + QRegularExpression::escape(baseNameOf(m_vaultPath))
                                     + u"-(\\d{8}T\\d{6}\\.\\d{3})Z-[0-9a-f]{6}\\."_s
                                     + QRegularExpression::escape(suffixOf(m_vaultPath)) + u"$"_s);
    const QDir dir(directory());
    QList<Version> result;
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch()) {
            continue;
        }
        // Date and time parsed apart and joined in UTC: parsing the whole stamp would read it as
        // local time, where a stamp inside a daylight-saving gap does not exist.
        const QString text = match.captured(1);
        const QDate date = QDate::fromString(text.left(8), u"yyyyMMdd"_s);
        const QTime time = QTime::fromString(text.mid(9), u"HHmmss.zzz"_s);
        if (!date.isValid() || !time.isValid()) {
            continue;
        }
        const QDateTime savedAt(date, time, Qt::UTC); // the same spec as currentDateTimeUtc()
        result.append(Version{dir.filePath(name), savedAt});
    }
    std::sort(result.begin(), result.end(), [](const Version& a, const Version& b) {
        if (a.savedAt != b.savedAt) {
            return a.savedAt > b.savedAt;
        }
        return a.path > b.path;
    });
    return result;
}

Result<void> VersionRotation::preserveCurrent()
{
    Result<QByteArray> current = AtomicStore::read(m_vaultPath);
    if (!current) {
        if (current.error().code() == ErrorCode::NotFound) {
            return {}; // first save: nothing to keep
        }
        return Error(current.error().code(),
                     u"Could not keep a copy of the vault before saving. "_s + current.error().message());
    }

    QList<Version> existing = versions();
    QDateTime stamp = QDateTime::currentDateTimeUtc();
    if (!existing.isEmpty() && existing.first().savedAt >= stamp) {
        stamp = existing.first().savedAt.addMSecs(1);
    }
    const QString prefix = baseNameOf(m_vaultPath) + u'-' + stamp.toString(kStampFormat) + u"Z-"_s;
    const QDir dir(directory());
    QString target;
    do {
        target = dir.filePath(prefix + randomHex() + u'.' + suffixOf(m_vaultPath));
    } while (QFileInfo::exists(target));

    // AtomicStore creates versions/ owner-only when it is missing, and the copy is owner-only.
    if (Result<void> written = AtomicStore::write(target, current.value()); !written) {
        return Error(written.error().code(),
                     u"Could not keep a copy of the vault before saving. "_s + written.error().message());
    }

    existing = versions();
    for (qsizetype i = m_keep; i < existing.size(); ++i) {
        if (!QFile::remove(existing.at(i).path)) {
            // Not a reason to refuse the save: the current state is preserved; one copy too many
            // is kept, and the next save tries again.
            qCWarning(lcVersionRotation) << "Could not delete the old vault copy" << existing.at(i).path;
        }
    }
    return {};
}

} // namespace tessera::vault
