// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/AutomaticBackup.h"

#include "vault/AtomicStore.h"
#include "vault/Vault.h"
#include "vault/VaultContent.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace tessera::vault {

namespace {

const QString kSettingsKey = u"automaticBackup"_s;
// UTC time to the second, then an optional "-N" when two backups fall in the same second.
const QRegularExpression kFileName(u"^tessera-backup-\\d{8}-\\d{6}(-\\d+)?\\.tessera$"_s);
constexpr qsizetype kStemLength = 30; // "tessera-backup-YYYYMMDD-HHMMSS"

/* 1 for the first backup of a second, N for its "-N" successors. */
int sequenceOf(const QString& name)
{
    const QString stem = name.chopped(8); // ".tessera"
    return stem.size() > kStemLength ? stem.mid(kStemLength + 1).toInt() : 1;
}

} // namespace

std::optional<AutomaticBackup::Settings> AutomaticBackup::settingsOf(const VaultContent& content)
{
    const QJsonObject object = content.settings.value(kSettingsKey).toObject();
    const QString folder = object.value(u"folder"_s).toString();
    const auto header = QByteArray::fromBase64Encoding(object.value(u"keyHeader"_s).toString().toLatin1(),
                                                       QByteArray::AbortOnBase64DecodingErrors);
    if (folder.isEmpty() || !header || header.decoded.isEmpty()) {
        return std::nullopt;
    }
    return Settings{folder, std::clamp(object.value(u"keep"_s).toInt(kDefaultKeep), 1, 1000), header.decoded};
}

Result<void> AutomaticBackup::enable(Vault& vault, const QString& folder, const crypto::SecureBytes& password, int keep)
{
    if (keep < 1) {
        return Error(ErrorCode::InvalidInput, u"Keep at least one automatic backup."_s);
    }
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    if (!QDir().mkpath(absolute) || !QFileInfo(absolute).isWritable()) {
        return Error(ErrorCode::Io, u"Tessera cannot write backups into the folder %1."_s.arg(absolute));
    }
    auto header = vault.makeBackupKeyHeader(password);
    if (!header) {
        return header.error();
    }
    vault.content().settings.insert(kSettingsKey, QJsonObject{
                                                      {u"folder"_s, absolute},
                                                      {u"keep"_s, keep},
                                                      {u"keyHeader"_s, QString::fromLatin1(header->toBase64())},
                                                  });
    return {};
}

void AutomaticBackup::disable(VaultContent& content)
{
    content.settings.remove(kSettingsKey);
}

AutomaticBackup::AutomaticBackup(const Vault& vault, std::chrono::milliseconds debounce, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounce);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        auto written = backUpNow();
        if (!written) {
            Q_EMIT failed(written.error().message());
        }
    });
}

void AutomaticBackup::noteChange()
{
    if (isEnabled()) {
        m_debounce.start();
        Q_EMIT statusChanged();
    }
}

bool AutomaticBackup::isEnabled() const
{
    return settingsOf(m_vault.content()).has_value();
}

Result<QString> AutomaticBackup::backUpNow()
{
    m_debounce.stop();
    const auto settings = settingsOf(m_vault.content());
    if (!settings) {
        return Error(ErrorCode::InvalidInput, u"Automatic backups are not set up."_s);
    }
    if (!QDir().mkpath(settings->folder)) {
        return Error(ErrorCode::Io, u"The backup folder %1 cannot be created."_s.arg(settings->folder));
    }
    auto bytes = m_vault.writeBackup(settings->keyHeader);
    if (!bytes) {
        return bytes.error();
    }
    const QString stem = u"tessera-backup-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    const QDir folder(settings->folder);
    // Within one second the suffix grows past every existing one (never reusing a pruned
    // name), so the newest backup always sorts last.
    int highest = 0;
    for (const QString& name : backupFiles(settings->folder)) {
        if (name.startsWith(stem)) {
            highest = std::max(highest, sequenceOf(name));
        }
    }
    const QString path =
        folder.filePath(highest == 0 ? stem + u".tessera"_s : u"%1-%2.tessera"_s.arg(stem).arg(highest + 1));
    if (auto written = AtomicStore::write(path, *bytes); !written) {
        return written.error();
    }
    prune(*settings);
    Q_EMIT backedUp(path);
    Q_EMIT statusChanged();
    return path;
}

QStringList AutomaticBackup::backupFiles(const QString& folder)
{
    QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
    names.removeIf([](const QString& name) { return !kFileName.match(name).hasMatch(); });
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        return std::pair(a.left(kStemLength), sequenceOf(a)) < std::pair(b.left(kStemLength), sequenceOf(b));
    });
    return names;
}

void AutomaticBackup::prune(const Settings& settings)
{
    const QStringList names = backupFiles(settings.folder);
    for (qsizetype i = 0; i + settings.keep < names.size(); ++i) {
        QFile::remove(QDir(settings.folder).filePath(names.at(i)));
    }
}

QDateTime AutomaticBackup::lastBackupTime() const
{
    const auto settings = settingsOf(m_vault.content());
    return settings ? newestBackupTime(settings->folder) : QDateTime();
}

QDateTime AutomaticBackup::newestBackupTime(const QString& folder)
{
    const QStringList names = backupFiles(folder);
    if (names.isEmpty()) {
        return {};
    }
    return QFileInfo(QDir(folder).filePath(names.last())).lastModified().toUTC();
}

bool AutomaticBackup::hasUnbackedChanges() const
{
    if (m_debounce.isActive()) {
        return true;
    }
    const QDateTime last = lastBackupTime();
    if (!last.isValid()) {
        return true;
    }
    return QFileInfo(m_vault.path()).lastModified().toUTC() > last;
}

} // namespace tessera::vault
