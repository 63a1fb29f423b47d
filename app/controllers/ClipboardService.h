// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOwnedSingleton.h"

#include <QByteArray>
#include <QClipboard>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <chrono>
#include <memory>

class QMimeData;

namespace tessera {

/* Copies codes to the clipboard as secrets and takes them back off (SECURITY.md S4).
 *
 * Every copy carries the running OS's "secret, keep out of history" hint. After a delay
 * (clearSeconds, or sooner when the code expires) and on lock and quit (clearNow), the clipboard
 * and the X11/Wayland selection are emptied — but only while they still hold exactly what we put
 * there: a text the user copied since then is theirs and stays.
 *
 * We keep a SHA-256 of the copied text, not the text itself, so the code does not linger in our
 * memory after the copy; the comparison needs nothing more. */
class ClipboardService : public QObject, public AppOwnedSingleton<ClipboardService> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int clearSeconds READ clearSeconds WRITE setClearSeconds NOTIFY clearSecondsChanged)
    Q_PROPERTY(bool holdsSecret READ holdsSecret NOTIFY holdsSecretChanged)

public:
    /* Default delay before a copied code is cleared (issue 5: "default 20 s"). */
    static constexpr int defaultClearSeconds = 20;

    explicit ClipboardService(QObject* parent); // no default: see Application.cpp (Qt 6.4 singletons)
    /* Clears our copy if it is still there (like clearNow()). */
    ~ClipboardService() override;

    /* Puts `text` on the clipboard (and the selection where there is one) marked as secret, and
     * schedules its removal after min(clearSeconds, secondsUntilExpiry when > 0); clearSeconds 0
     * means never. `label` only travels to the copied() signal (e.g. for a toast); it is not put
     * on the clipboard. */
    Q_INVOKABLE void copySecret(const QString& text, const QString& label, int secondsUntilExpiry);
    /* Empties the clipboard and selection now if they still hold our copy (lock, quit). */
    Q_INVOKABLE void clearNow();

    [[nodiscard]] int clearSeconds() const { return m_clearSeconds; }
    /* Negative values count as 0 (never). */
    void setClearSeconds(int seconds);
    [[nodiscard]] bool holdsSecret() const { return m_holdsSecret; }

    /* Length of one "second" of the delays; tests shorten it so they need not wait 20 s. */
    void setSecondUnit(std::chrono::milliseconds unit);

    /* The MIME format of this OS's "secret" hint (e.g. x-kde-passwordManagerHint on Linux). */
    [[nodiscard]] static QString secretHintFormat();

Q_SIGNALS:
    /* A copy was made; clearInSeconds 0 means it will not be cleared automatically. */
    void copied(const QString& label, int clearInSeconds);
    /* We removed our copy from the clipboard. */
    void cleared();
    void clearSecondsChanged();
    void holdsSecretChanged();

private:
    [[nodiscard]] std::unique_ptr<QMimeData> makeMimeData(const QString& text) const;
    [[nodiscard]] bool holdsOurs(QClipboard::Mode mode) const;
    void onClipboardChanged();
    void setHoldsSecret(bool holds);
    void forget();
    void clearWaylandFromOutside() const;

    QTimer m_timer;
    QByteArray m_copiedHash; // SHA-256 of the text we copied; empty when we hold nothing
    int m_clearSeconds = defaultClearSeconds;
    std::chrono::milliseconds m_secondUnit{1000};
    bool m_holdsSecret = false;
    bool m_usedSelection = false;
};

} // namespace tessera
