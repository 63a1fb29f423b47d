// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Preferences.h"

#include <QPointer>
#include <QQmlEngine>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace tessera {

namespace {

const QString kClipboardClearSeconds = u"clipboard/clearSeconds"_s;
const QString kAutoLockMinutes = u"lock/autoLockMinutes"_s;
const QString kLockOnScreenLock = u"lock/onScreenLock"_s;
const QString kLanguage = u"interface/language"_s;
const QString kSortOrder = u"accounts/sortOrder"_s;
const QString kHideCodes = u"accounts/hideCodes"_s;
const QString kCloseToTray = u"interface/closeToTray"_s;
const QString kLastGroup = u"accounts/lastGroup"_s;

constexpr int maxSortOrder = 1000; // only to keep a damaged file's number sane

} // namespace

Preferences::Preferences(QObject* parent)
    : QObject(parent)
    , m_settings(QSettings::NativeFormat, QSettings::UserScope, u"Tessera"_s, u"Tessera"_s)
{
    load();
}

Preferences::Preferences(const QString& settingsFile, QObject* parent)
    : QObject(parent)
    , m_settings(settingsFile, QSettings::IniFormat)
{
    load();
}

Preferences::~Preferences() = default;

int Preferences::readInt(const QString& key, int fallback, int minimum, int maximum) const
{
    bool ok = false;
    const int value = m_settings.value(key, fallback).toInt(&ok);
    return ok ? std::clamp(value, minimum, maximum) : fallback;
}

bool Preferences::readBool(const QString& key, bool fallback) const
{
    const QVariant value = m_settings.value(key, fallback);
    // INI files give strings back; only the two words QSettings writes count.
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().trimmed().toLower();
        if (text == u"true"_s) {
            return true;
        }
        if (text == u"false"_s) {
            return false;
        }
        return fallback;
    }
    return value.canConvert<bool>() ? value.toBool() : fallback;
}

void Preferences::load()
{
    m_clipboardClearSeconds =
        readInt(kClipboardClearSeconds, defaultClipboardClearSeconds, 0, maxClipboardClearSeconds);
    m_autoLockMinutes = readInt(kAutoLockMinutes, defaultAutoLockMinutes, 0, maxAutoLockMinutes);
    m_lockOnScreenLock = readBool(kLockOnScreenLock, true);
    m_language = m_settings.value(kLanguage).toString();
    m_sortOrder = readInt(kSortOrder, 0, 0, maxSortOrder);
    m_hideCodes = readBool(kHideCodes, false);
    m_closeToTray = readBool(kCloseToTray, true);
    m_lastGroup = m_settings.value(kLastGroup).toString();
}

void Preferences::sync()
{
    m_settings.sync();
}

void Preferences::setClipboardClearSeconds(int seconds)
{
    seconds = std::clamp(seconds, 0, maxClipboardClearSeconds);
    if (m_clipboardClearSeconds == seconds) {
        return;
    }
    m_clipboardClearSeconds = seconds;
    m_settings.setValue(kClipboardClearSeconds, seconds);
    Q_EMIT clipboardClearSecondsChanged();
}

void Preferences::setAutoLockMinutes(int minutes)
{
    minutes = std::clamp(minutes, 0, maxAutoLockMinutes);
    if (m_autoLockMinutes == minutes) {
        return;
    }
    m_autoLockMinutes = minutes;
    m_settings.setValue(kAutoLockMinutes, minutes);
    Q_EMIT autoLockMinutesChanged();
}

void Preferences::setLockOnScreenLock(bool lock)
{
    if (m_lockOnScreenLock == lock) {
        return;
    }
    m_lockOnScreenLock = lock;
    m_settings.setValue(kLockOnScreenLock, lock);
    Q_EMIT lockOnScreenLockChanged();
}

void Preferences::setLanguage(const QString& language)
{
    const QString trimmed = language.trimmed();
    if (m_language == trimmed) {
        return;
    }
    m_language = trimmed;
    m_settings.setValue(kLanguage, trimmed);
    Q_EMIT languageChanged();
}

void Preferences::setSortOrder(int order)
{
    order = std::clamp(order, 0, maxSortOrder);
    if (m_sortOrder == order) {
        return;
    }
    m_sortOrder = order;
    m_settings.setValue(kSortOrder, order);
    Q_EMIT sortOrderChanged();
}

void Preferences::setHideCodes(bool hide)
{
    if (m_hideCodes == hide) {
        return;
    }
    m_hideCodes = hide;
    m_settings.setValue(kHideCodes, hide);
    Q_EMIT hideCodesChanged();
}

void Preferences::setCloseToTray(bool toTray)
{
    if (m_closeToTray == toTray) {
        return;
    }
    m_closeToTray = toTray;
    m_settings.setValue(kCloseToTray, toTray);
    Q_EMIT closeToTrayChanged();
}

void Preferences::setLastGroup(const QString& group)
{
    if (m_lastGroup == group) {
        return;
    }
    m_lastGroup = group;
    m_settings.setValue(kLastGroup, group);
    Q_EMIT lastGroupChanged();
}

} // namespace tessera
