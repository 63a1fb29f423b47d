// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryTimes.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::vault {

namespace {

const QString kChanged = u"lastChangedAt"_s;
const QString kBackup = u"lastBackupAt"_s;
const QString kKit = u"lastKitAt"_s;

QDateTime timeOf(const VaultContent& content, const QString& name)
{
    return QDateTime::fromString(content.recovery.value(name).toString(), Qt::ISODate).toUTC();
}

void record(VaultContent& content, const QString& name, const QDateTime& when)
{
    content.recovery.insert(name, when.toUTC().toString(Qt::ISODateWithMs));
}

} // namespace

QDateTime RecoveryTimes::lastChanged(const VaultContent& content)
{
    return timeOf(content, kChanged);
}

QDateTime RecoveryTimes::lastBackup(const VaultContent& content)
{
    return timeOf(content, kBackup);
}

QDateTime RecoveryTimes::lastKit(const VaultContent& content)
{
    return timeOf(content, kKit);
}

void RecoveryTimes::recordChange(VaultContent& content, const QDateTime& when)
{
    record(content, kChanged, when);
}

void RecoveryTimes::recordBackup(VaultContent& content, const QDateTime& when)
{
    record(content, kBackup, when);
}

void RecoveryTimes::recordKit(VaultContent& content, const QDateTime& when)
{
    record(content, kKit, when);
}

Result<void> RecoveryTimes::validate(const QJsonObject& recovery)
{
    for (const QString& name : {kChanged, kBackup, kKit}) {
        if (recovery.contains(name) && !QDateTime::fromString(recovery.value(name).toString(), Qt::ISODate).isValid()) {
            return Error(ErrorCode::Damaged, u"its “%1” is not a time"_s.arg(name));
        }
    }
    return {};
}

} // namespace tessera::vault
