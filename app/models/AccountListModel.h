// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOwnedSingleton.h"

#include "vault/AccountIcon.h"

#include <QAbstractListModel>
#include <QColor>
#include <QHash>
#include <QMutex>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace tessera {

namespace otp {
class Clock;
}
class VaultController;
namespace vault {
class Account;
} // namespace vault

/* The accounts of the unlocked vault with their current codes, for the accounts screen, the tray
 * and the search. Rows follow VaultController::snapshot() (reset when it is replaced).
 *
 * One shared 1 Hz timer, aligned to the clock's second boundary, runs only while `active` (window
 * visible and vault unlocked) and there are rows: a hidden or locked window wakes nothing
 * (SECURITY.md P4). Each tick moves `unixSeconds`, which the countdowns of the rows on screen
 * follow (SecondsRemainingRole is computed from it on request and sends no dataChanged); a row's
 * code is computed again only when its time step ends or its next code is due, and only then
 * emits dataChanged, with just those roles. With 1 000 accounts an ordinary second is a loop of
 * comparisons (docs/performance.md). The code is never stored in the vault or logged. */
class AccountListModel : public QAbstractListModel, public AppOwnedSingleton<AccountListModel> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int nextCodeSeconds READ nextCodeSeconds CONSTANT)
    /* The second the codes are for; countdowns compute period - unixSeconds % period. */
    Q_PROPERTY(qint64 unixSeconds READ unixSeconds NOTIFY unixSecondsChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        IssuerRole,
        NameRole,
        LabelRole, // "Issuer (name)" or whichever is set, for lists and accessibility
        GroupRole,
        NoteRole,
        FavoriteRole,
        TypeRole,      // "totp", "hotp", "steam"
        CodeRole,      // grouped for reading: "123 456", "123 4567", "1234 5678"; Steam "KX7PM"
        PlainCodeRole, // what is copied: "123456"
        NextCodeRole,  // grouped; empty unless the period ends within nextCodeSeconds
        PeriodRole,
        SecondsRemainingRole,
        CounterRole,     // HOTP
        InitialsRole,    // lettered avatar: "AE" for AliExpress
        AvatarColorRole, // a stable colour per issuer
        IconSourceRole,  // the account's picture, its chosen or matching brand icon URL, or empty
        AddedOrderRole,  // position in the vault (for "date added")
        SearchKeyRole,   // SearchText::keyOf(issuer, name, group, note), for the filter
        HasPictureRole,  // the account has its own picture (vault::AccountIcon)
        IconChoiceRole,  // the chosen brand slug, "letters", or empty (automatic by issuer)
    };
    Q_ENUM(Role)

    static constexpr int kNextCodeSeconds = 5;

    /* `vault` and `clock` must outlive the model (tests pass a FixedClock). */
    AccountListModel(VaultController& vault, const otp::Clock& clock, QObject* parent = nullptr);
    ~AccountListModel() override;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);
    [[nodiscard]] int nextCodeSeconds() const { return kNextCodeSeconds; }
    [[nodiscard]] qint64 unixSeconds() const { return m_now; }

    Q_INVOKABLE int rowOf(const QString& id) const;
    /* Copies the current code of the account through ClipboardService (hints, auto-clear). */
    Q_INVOKABLE void copyCode(const QString& id);
    /* Recomputes codes now (the timer calls this; tests call it after moving their clock). */
    Q_INVOKABLE void refreshCodes();

    /* The brand icons an account can be given, for the icon picker: [{slug, title, source}]
     * sorted by title. */
    Q_INVOKABLE QVariantList brandChoices() const;

    /* The picture of account `id`, if it has one. Thread-safe: AccountIconProvider calls it from
     * Qt's image loading threads. */
    [[nodiscard]] std::optional<vault::AccountIcon> pictureOf(const QString& id) const;

    /* Whether the 1 Hz timer is running (only while active), for tests. */
    [[nodiscard]] bool isTicking() const { return m_tick.isActive(); }

    /* "123456" → "123 456" (3-3; 3-4 for 7, 4-4 for 8, 3-3-3 for 9, 3-3-4 for 10); Steam's
     * five characters stay as they are. */
    [[nodiscard]] static QString groupedCode(const QString& code, bool steam);
    /* Lettered avatar: the first letters of the first two words ("Proton Mail" → "PM"), or of a
     * camel-case word's humps ("AliExpress" → "AE"), upper case. */
    [[nodiscard]] static QString initialsOf(const QString& text);
    /* A colour that depends only on the issuer (case-insensitive): fixed saturation and
     * lightness, so white initials stay readable on every hue. */
    [[nodiscard]] static QColor avatarColorOf(const QString& issuer);

Q_SIGNALS:
    void activeChanged();
    void countChanged();
    void unixSecondsChanged();
    /* copyCode() asks for the clipboard: the Application connects this to
     * ClipboardService::copySecret (hints and auto-clear live there). */
    void codeCopyRequested(const QString& code, const QString& label, int secondsUntilExpiry);

private:
    struct Row;

    void reload();
    [[nodiscard]] Row makeRow(const vault::Account& account, int position,
                              const QHash<QString, vault::AccountIcon>& pictures) const;
    /* Fills the row's code, next code and countdown for `now`. */
    static void computeCodes(Row& row, qint64 now);
    [[nodiscard]] static QVariant value(const Row& row, int role);
    [[nodiscard]] static int secondsRemainingOf(const Row& row, qint64 now);
    void setNow(qint64 now);
    /* Emits dataChanged for the roles in which `updated` differs from row `index`, and stores it. */
    void replaceRow(int index, Row updated);
    void scheduleTick();
    /* The brand icon of the issuer (IssuerIconCatalog), or empty for a lettered avatar. */
    [[nodiscard]] static QString iconSourceFor(const QString& issuer);
    /* The row's icon: its picture, else the chosen brand, else nothing for "letters", else the
     * issuer's brand. */
    [[nodiscard]] static QString iconSourceOf(const vault::Account& account, const vault::AccountIcon* picture);

    VaultController& m_vault;
    const otp::Clock& m_clock;
    std::vector<Row> m_rows;
    QTimer m_tick;
    bool m_active = false;
    qint64 m_now = 0;
    // Account id → picture, read by AccountIconProvider from other threads; written only by
    // reload() on the GUI thread.
    mutable QMutex m_picturesMutex;
    QHash<QString, vault::AccountIcon> m_pictures;
};

} // namespace tessera
