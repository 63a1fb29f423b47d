// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountListModel.h"

#include "IssuerIconCatalog.h"
#include "SearchText.h"

#include "VaultController.h"
#include "otp/Clock.h"
#include "otp/OtpGenerator.h"
#include "vault/AccountIcon.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJSEngine>
#include <QMutexLocker>

#include <algorithm>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace tessera {

struct AccountListModel::Row {
    QString id;
    QString issuer;
    QString name;
    QString label;
    QString group;
    QString note;
    bool favorite = false;
    otp::OtpType type = otp::OtpType::Totp;
    int period = otp::OtpParameters::kDefaultPeriod;
    quint64 counter = 0;
    QString initials;
    QColor avatarColor;
    QString iconSource;
    bool hasPicture = false;
    QString iconChoice;
    int addedOrder = 0;
    QString searchKey;
    // One prepared generator per account (its HMAC key set up once, SECURITY.md P1); rebuilt when
    // the snapshot changes. Empty if the secret could not key one (then no code is shown).
    std::optional<otp::OtpGenerator> generator;
    QString code;
    QString plainCode;
    QString nextCode;
    qint64 step = -1; // the time step `code` belongs to (TOTP, Steam); -1 before the first
};

namespace {

/* FNV-1a over the folded issuer: unlike qHash it is the same in every Qt version and process,
 * so an account keeps its colour for good. */
quint32 stableHash(const QString& text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

} // namespace

AccountListModel::AccountListModel(VaultController& vault, const otp::Clock& clock, QObject* parent)
    : QAbstractListModel(parent)
    , m_vault(vault)
    , m_clock(clock)
{
    m_tick.setSingleShot(true);
    // Each tick lands just after a second boundary, where the countdown changes: a coarse
    // timer's slack could show the old second for most of a second.
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        refreshCodes();
        scheduleTick();
    });
    connect(&m_vault, &VaultController::contentChanged, this, &AccountListModel::reload);
    reload();
}

AccountListModel::~AccountListModel() = default;

int AccountListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(static_cast<std::size_t>(index.row()));
    if (role == SecondsRemainingRole) {
        return secondsRemainingOf(row, m_now);
    }
    return value(row, role);
}

int AccountListModel::secondsRemainingOf(const Row& row, qint64 now)
{
    return row.type == otp::OtpType::Hotp || !row.generator ? 0 : otp::OtpGenerator::secondsRemaining(now, row.period);
}

QVariant AccountListModel::value(const Row& row, int role)
{
    switch (role) {
    case IdRole:
        return row.id;
    case IssuerRole:
        return row.issuer;
    case NameRole:
        return row.name;
    case Qt::DisplayRole:
    case LabelRole:
        return row.label;
    case GroupRole:
        return row.group;
    case NoteRole:
        return row.note;
    case FavoriteRole:
        return row.favorite;
    case TypeRole:
        return otp::OtpParameters::typeName(row.type);
    case CodeRole:
        return row.code;
    case PlainCodeRole:
        return row.plainCode;
    case NextCodeRole:
        return row.nextCode;
    case PeriodRole:
        return row.period;
    case CounterRole:
        return row.counter;
    case InitialsRole:
        return row.initials;
    case AvatarColorRole:
        return row.avatarColor;
    case IconSourceRole:
        return row.iconSource;
    case SearchKeyRole:
        return row.searchKey;
    case AddedOrderRole:
        return row.addedOrder;
    case HasPictureRole:
        return row.hasPicture;
    case IconChoiceRole:
        return row.iconChoice;
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    return {
        {IdRole, "accountId"},
        {IssuerRole, "issuer"},
        {NameRole, "name"},
        {LabelRole, "label"},
        {GroupRole, "group"},
        {NoteRole, "note"},
        {FavoriteRole, "favorite"},
        {TypeRole, "type"},
        {CodeRole, "code"},
        {PlainCodeRole, "plainCode"},
        {NextCodeRole, "nextCode"},
        {PeriodRole, "period"},
        {SecondsRemainingRole, "secondsRemaining"},
        {CounterRole, "counter"},
        {InitialsRole, "initials"},
        {AvatarColorRole, "avatarColor"},
        {IconSourceRole, "iconSource"},
        {AddedOrderRole, "addedOrder"},
        {HasPictureRole, "hasPicture"},
        {IconChoiceRole, "iconChoice"},
    };
}

void AccountListModel::setActive(bool active)
{
    if (m_active == active) {
        return;
    }
    m_active = active;
    if (m_active) {
        refreshCodes(); // the codes shown may be minutes old
        scheduleTick();
    } else {
        m_tick.stop();
    }
    Q_EMIT activeChanged();
}

int AccountListModel::rowOf(const QString& id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void AccountListModel::copyCode(const QString& id)
{
    const int index = rowOf(id);
    if (index < 0) {
        return;
    }
    // Computed now, not taken from the row: the timer may be asleep (tray menu, hidden window).
    Row& row = m_rows[static_cast<std::size_t>(index)];
    if (!row.generator) {
        return;
    }
    const qint64 now = m_clock.unixSeconds();
    auto code = row.generator->codeAt(now);
    if (!code) {
        return;
    }
    const int secondsUntilExpiry =
        row.type == otp::OtpType::Hotp ? 0 : otp::OtpGenerator::secondsRemaining(now, row.period);
    Q_EMIT codeCopyRequested(*code, row.label, secondsUntilExpiry);
}

void AccountListModel::refreshCodes()
{
    const qint64 now = m_clock.unixSeconds();
    setNow(now);
    // Most seconds nothing but the countdown changes, and views follow `unixSeconds` for that:
    // a row is computed again only when its time step ends or its next-code window opens, so a
    // second costs two comparisons per row instead of an HMAC and a dataChanged per row.
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        if (row.type == otp::OtpType::Hotp || !row.generator) {
            continue; // HOTP changes only when the counter does (a new snapshot)
        }
        const bool newStep = now / row.period != row.step;
        const bool inNextWindow = otp::OtpGenerator::secondsRemaining(now, row.period) <= kNextCodeSeconds;
        if (!newStep && inNextWindow == !row.nextCode.isEmpty()) {
            continue;
        }
        const QString code = row.code;
        const QString nextCode = row.nextCode;
        computeCodes(row, now);
        QList<int> roles;
        if (row.code != code) {
            roles << CodeRole << PlainCodeRole;
        }
        if (row.nextCode != nextCode) {
            roles << NextCodeRole;
        }
        if (!roles.isEmpty()) {
            const QModelIndex at = index(static_cast<int>(i));
            Q_EMIT dataChanged(at, at, roles);
        }
    }
}

void AccountListModel::setNow(qint64 now)
{
    if (now != m_now) {
        m_now = now;
        Q_EMIT unixSecondsChanged();
    }
}

void AccountListModel::computeCodes(Row& row, qint64 now)
{
    row.code.clear();
    row.plainCode.clear();
    row.nextCode.clear();
    row.step = -1;
    if (!row.generator) {
        return;
    }
    const bool steam = row.type == otp::OtpType::Steam;
    auto code = row.generator->codeAt(now);
    if (!code) {
        return;
    }
    row.plainCode = *code;
    row.code = groupedCode(*code, steam);
    if (row.type == otp::OtpType::Hotp) {
        return;
    }
    row.step = now / row.period;
    const int secondsRemaining = otp::OtpGenerator::secondsRemaining(now, row.period);
    if (secondsRemaining <= kNextCodeSeconds) {
        if (auto next = row.generator->codeAt(now + secondsRemaining)) {
            row.nextCode = groupedCode(*next, steam);
        }
    }
}

QString AccountListModel::groupedCode(const QString& code, bool steam)
{
    if (steam) {
        return code;
    }
    QList<int> groups;
    switch (code.size()) {
    case 6:
        groups = {3, 3};
        break;
    case 7:
        groups = {3, 4};
        break;
    case 8:
        groups = {4, 4};
        break;
    case 9:
        groups = {3, 3, 3};
        break;
    case 10:
        groups = {3, 3, 4};
        break;
    default:
        return code;
    }
    QStringList parts;
    qsizetype at = 0;
    for (const int length : std::as_const(groups)) {
        parts << code.mid(at, length);
        at += length;
    }
    return parts.join(u' ');
}

QString AccountListModel::initialsOf(const QString& text)
{
    QStringList words;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty()) {
        words << word;
    }
    if (words.isEmpty()) {
        return {};
    }
    if (words.size() >= 2) {
        return (words.at(0).left(1) + words.at(1).left(1)).toUpper();
    }
    // One word: its first letter, and the first capital after a lower-case letter (a camel hump).
    const QString& only = words.front();
    for (qsizetype i = 1; i < only.size(); ++i) {
        if (only.at(i).isUpper() && only.at(i - 1).isLower()) {
            return (only.left(1) + only.at(i)).toUpper();
        }
    }
    return only.left(1).toUpper();
}

QColor AccountListModel::avatarColorOf(const QString& issuer)
{
    const int hue = static_cast<int>(stableHash(issuer.trimmed().toCaseFolded()) % 360u);
    return QColor::fromHsl(hue, 140, 100);
}

QString AccountListModel::iconSourceFor(const QString& issuer)
{
    return IssuerIconCatalog::iconSourceFor(issuer);
}

QString AccountListModel::iconSourceOf(const vault::Account& account, const vault::AccountIcon* picture)
{
    if (picture) {
        // The hash makes the URL change with the picture: Qt caches images by URL.
        const QByteArray hash = QCryptographicHash::hash(picture->data, QCryptographicHash::Sha1).toHex().left(12);
        return u"image://accounticon/"_s + account.id() + u'/' + QString::fromLatin1(hash);
    }
    const QString brand = vault::AccountIcon::chosenBrand(account);
    if (brand == vault::AccountIcon::kLetters) {
        return {};
    }
    if (!brand.isEmpty() && IssuerIconCatalog::slugs().contains(brand)) {
        return u"qrc:/brands/"_s + brand + u".svg"_s;
    }
    // No choice, or a brand this version does not have: go by the issuer.
    return iconSourceFor(account.token().issuer());
}

QVariantList AccountListModel::brandChoices() const
{
    struct Choice {
        QString slug;
        QString title;
    };
    std::vector<Choice> choices;
    for (const QString& slug : IssuerIconCatalog::slugs()) {
        const QString title = IssuerIconCatalog::titleFor(slug);
        choices.push_back({slug, title.isEmpty() ? slug : title});
    }
    std::sort(choices.begin(), choices.end(),
              [](const Choice& a, const Choice& b) { return a.title.compare(b.title, Qt::CaseInsensitive) < 0; });
    QVariantList out;
    out.reserve(static_cast<qsizetype>(choices.size()));
    for (const Choice& choice : choices) {
        out.append(QVariantMap{{u"slug"_s, choice.slug},
                               {u"title"_s, choice.title},
                               {u"source"_s, u"qrc:/brands/"_s + choice.slug + u".svg"_s}});
    }
    return out;
}

std::optional<vault::AccountIcon> AccountListModel::pictureOf(const QString& id) const
{
    const QMutexLocker lock(&m_picturesMutex);
    const auto found = m_pictures.constFind(id);
    if (found == m_pictures.cend()) {
        return std::nullopt;
    }
    return *found;
}

AccountListModel::Row AccountListModel::makeRow(const vault::Account& account, int position,
                                                const QHash<QString, vault::AccountIcon>& pictures) const
{
    const otp::OtpToken& token = account.token();
    const otp::OtpParameters& parameters = token.parameters();
    Row row;
    row.id = account.id();
    row.issuer = token.issuer();
    row.name = token.name();
    row.label = VaultController::labelOf(token);
    row.group = account.group;
    row.note = account.note;
    row.searchKey = SearchText::keyOf(row.issuer, row.name, row.group, row.note);
    row.favorite = account.favorite;
    row.type = parameters.type();
    row.period = parameters.period();
    row.counter = parameters.counter();
    const QString& avatarText = token.issuer().isEmpty() ? token.name() : token.issuer();
    row.initials = initialsOf(avatarText);
    row.avatarColor = avatarColorOf(avatarText);
    const auto picture = pictures.constFind(account.id());
    row.hasPicture = picture != pictures.cend();
    row.iconSource = iconSourceOf(account, row.hasPicture ? &*picture : nullptr);
    row.iconChoice = vault::AccountIcon::chosenBrand(account);
    row.addedOrder = position;
    auto generator = otp::OtpGenerator::create(parameters, token.secret().bytes());
    if (generator) {
        row.generator.emplace(std::move(generator).value());
    }
    computeCodes(row, m_clock.unixSeconds());
    return row;
}

void AccountListModel::replaceRow(int index, Row updated)
{
    Row& row = m_rows[static_cast<std::size_t>(index)];
    QList<int> roles;
    for (int role = IdRole; role <= IconChoiceRole; ++role) {
        if (value(row, role) != value(updated, role)) {
            roles << role;
        }
    }
    row = std::move(updated);
    if (!roles.isEmpty()) {
        if (roles.contains(LabelRole)) {
            roles << Qt::DisplayRole;
        }
        const QModelIndex at = this->index(index);
        Q_EMIT dataChanged(at, at, roles);
    }
}

/* Follows the snapshot with the smallest model change a view can animate: rows removed and
 * inserted where the ids say, edited rows updated in place (a favorite toggled does not reset
 * the list and its scroll position). Only a reordering or a lock/unlock resets. */
void AccountListModel::reload()
{
    const std::vector<vault::Account>& accounts = m_vault.snapshot().accounts;
    const int before = rowCount();
    setNow(m_clock.unixSeconds()); // the second the new rows' codes are computed for

    // The pictures first: a view asks the provider for one as soon as its row's URL appears.
    QHash<QString, vault::AccountIcon> pictures;
    for (const vault::Account& account : accounts) {
        if (auto picture = vault::AccountIcon::of(account)) {
            pictures.insert(account.id(), std::move(*picture));
        }
    }
    {
        const QMutexLocker lock(&m_picturesMutex);
        m_pictures = pictures; // implicitly shared: the rows below read the local copy
    }

    QHash<QString, int> newPosition;
    for (std::size_t i = 0; i < accounts.size(); ++i) {
        newPosition.insert(accounts[i].id(), static_cast<int>(i));
    }
    bool sameOrder = true;
    int last = -1;
    for (const Row& row : m_rows) {
        const auto found = newPosition.constFind(row.id);
        if (found != newPosition.cend()) {
            if (*found < last) {
                sameOrder = false;
                break;
            }
            last = *found;
        }
    }

    if (!sameOrder || m_rows.empty() || accounts.empty()) {
        beginResetModel();
        m_rows.clear();
        m_rows.reserve(accounts.size());
        for (std::size_t i = 0; i < accounts.size(); ++i) {
            m_rows.push_back(makeRow(accounts[i], static_cast<int>(i), pictures));
        }
        endResetModel();
    } else {
        for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
            if (!newPosition.contains(m_rows[static_cast<std::size_t>(i)].id)) {
                beginRemoveRows({}, i, i);
                m_rows.erase(m_rows.begin() + i);
                endRemoveRows();
            }
        }
        // What is left is in the snapshot's order, so every mismatch is an account to insert.
        for (std::size_t i = 0; i < accounts.size(); ++i) {
            const int at = static_cast<int>(i);
            Row row = makeRow(accounts[i], at, pictures);
            if (i < m_rows.size() && m_rows[i].id == accounts[i].id()) {
                replaceRow(at, std::move(row));
            } else {
                beginInsertRows({}, at, at);
                m_rows.insert(m_rows.begin() + at, std::move(row));
                endInsertRows();
            }
        }
    }
    if (rowCount() != before) {
        Q_EMIT countChanged();
    }
    // No rows (locked, or an empty vault): nothing to tick for, whatever the view says.
    if (m_rows.empty()) {
        m_tick.stop();
    } else if (!m_tick.isActive()) {
        scheduleTick();
    }
}

void AccountListModel::scheduleTick()
{
    if (!m_active || m_rows.empty()) {
        return;
    }
    // The injected clock counts whole seconds; the boundary itself comes from the system clock.
    const auto intoSecond = static_cast<int>(QDateTime::currentMSecsSinceEpoch() % 1000);
    m_tick.start(1000 - intoSecond + 5);
}

} // namespace tessera
