// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOwnedSingleton.h"

#include <QObject>
#include <QSettings>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace tessera {

/* The user's settings, kept with QSettings (organisation and application "Tessera"). Nothing
 * secret is stored here. Every setter clamps its value to the allowed range, stores it at once,
 * and notifies only when the value really changed. Values read back from the file are clamped
 * the same way, and one that is not a number (a hand-edited or damaged file) falls back to the
 * default: the safe choice for the auto-lock and auto-clear. */
class Preferences : public QObject, public AppOwnedSingleton<Preferences> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int clipboardClearSeconds READ clipboardClearSeconds WRITE setClipboardClearSeconds NOTIFY
                   clipboardClearSecondsChanged)
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY autoLockMinutesChanged)
    Q_PROPERTY(bool lockOnScreenLock READ lockOnScreenLock WRITE setLockOnScreenLock NOTIFY lockOnScreenLockChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int sortOrder READ sortOrder WRITE setSortOrder NOTIFY sortOrderChanged)
    Q_PROPERTY(bool hideCodes READ hideCodes WRITE setHideCodes NOTIFY hideCodesChanged)
    Q_PROPERTY(bool closeToTray READ closeToTray WRITE setCloseToTray NOTIFY closeToTrayChanged)
    Q_PROPERTY(QString lastGroup READ lastGroup WRITE setLastGroup NOTIFY lastGroupChanged)

public:
    static constexpr int defaultClipboardClearSeconds = 20; // issue 5
    static constexpr int maxClipboardClearSeconds = 300;
    static constexpr int defaultAutoLockMinutes = 5; // SECURITY.md S6: idle lock on, <= 5 min
    static constexpr int maxAutoLockMinutes = 24 * 60;

    /* The user's settings in the platform's usual place. */
    explicit Preferences(QObject* parent); // no default: see Application.cpp (Qt 6.4 singletons)
    /* Settings in an INI file of their own (tests). */
    explicit Preferences(const QString& settingsFile, QObject* parent = nullptr);
    ~Preferences() override;

    /* Seconds before a copied code leaves the clipboard, 0..300; 0 = never. */
    [[nodiscard]] int clipboardClearSeconds() const { return m_clipboardClearSeconds; }
    void setClipboardClearSeconds(int seconds);
    /* Minutes without user input before the vault locks, 0..1440; 0 = never. */
    [[nodiscard]] int autoLockMinutes() const { return m_autoLockMinutes; }
    void setAutoLockMinutes(int minutes);
    [[nodiscard]] bool lockOnScreenLock() const { return m_lockOnScreenLock; }
    void setLockOnScreenLock(bool lock);
    /* A locale name such as "fr" or "pt_BR"; empty = follow the system. */
    [[nodiscard]] const QString& language() const { return m_language; }
    void setLanguage(const QString& language);
    /* Index of the account list's sort order (its meaning belongs to the list); never negative. */
    [[nodiscard]] int sortOrder() const { return m_sortOrder; }
    void setSortOrder(int order);
    [[nodiscard]] bool hideCodes() const { return m_hideCodes; }
    void setHideCodes(bool hide);
    [[nodiscard]] bool closeToTray() const { return m_closeToTray; }
    void setCloseToTray(bool toTray);
    /* The group shown last; empty = all accounts. */
    [[nodiscard]] const QString& lastGroup() const { return m_lastGroup; }
    void setLastGroup(const QString& group);

    /* Writes pending changes to disk now (QSettings otherwise writes a little later). */
    void sync();

Q_SIGNALS:
    void clipboardClearSecondsChanged();
    void autoLockMinutesChanged();
    void lockOnScreenLockChanged();
    void languageChanged();
    void sortOrderChanged();
    void hideCodesChanged();
    void closeToTrayChanged();
    void lastGroupChanged();

private:
    void load();
    [[nodiscard]] int readInt(const QString& key, int fallback, int minimum, int maximum) const;
    [[nodiscard]] bool readBool(const QString& key, bool fallback) const;

    QSettings m_settings;
    int m_clipboardClearSeconds = defaultClipboardClearSeconds;
    int m_autoLockMinutes = defaultAutoLockMinutes;
    bool m_lockOnScreenLock = true;
    QString m_language;
    int m_sortOrder = 0;
    bool m_hideCodes = false;
    bool m_closeToTray = true;
    QString m_lastGroup;
};

} // namespace tessera
