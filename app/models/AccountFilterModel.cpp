// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountFilterModel.h"

#include "AccountListModel.h"
#include "SearchText.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace tessera {

AccountFilterModel::AccountFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    // The C locale (LANG=C, minimal containers) collates by code point and ignores numeric
    // mode; English's collation is the neutral one that does both.
    if (QLocale().language() == QLocale::C) {
        m_collator = QCollator(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setDynamicSortFilter(true);

    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(this, signal, this, &AccountFilterModel::countChanged);
    }
    connect(this, &QAbstractItemModel::modelReset, this, &AccountFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &AccountFilterModel::countChanged);

    connect(this, &QAbstractProxyModel::sourceModelChanged, this, [this] {
        disconnect(m_sourceEdits);
        if (QAbstractItemModel* source = sourceModel()) {
            // The code ticks change no sort or filter key; only edits of these roles re-sort.
            m_sourceEdits = connect(
                source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex&, const QModelIndex&, const QList<int>& roles) {
                    static const QList<int> keys = {AccountListModel::IssuerRole,   AccountListModel::NameRole,
                                                    AccountListModel::GroupRole,    AccountListModel::NoteRole,
                                                    AccountListModel::FavoriteRole, AccountListModel::AddedOrderRole,
                                                    AccountListModel::SearchKeyRole};
                    const bool affected = roles.isEmpty() || std::any_of(roles.cbegin(), roles.cend(), [](int role) {
                                              return keys.contains(role);
                                          });
                    if (affected) {
                        invalidate();
                    }
                });
        }
    });
    // Sorted from the start: setSourceModel() sorts the new rows by this column (the order itself
    // is lessThan's), and a sort() in sourceModelChanged would land inside the model reset.
    sort(0);
}

void AccountFilterModel::setSearchText(const QString& text)
{
    if (m_searchText == text) {
        return;
    }
    m_searchText = text;
    static const QRegularExpression kSpaces(u"\\s+"_s);
    m_searchWords = SearchText::fold(text).split(kSpaces, Qt::SkipEmptyParts);
    invalidateFilter();
    Q_EMIT searchTextChanged();
}

void AccountFilterModel::setGroup(const QString& group)
{
    if (m_group == group) {
        return;
    }
    m_group = group;
    invalidateFilter();
    Q_EMIT groupChanged();
}

void AccountFilterModel::setSortOrder(SortOrder order)
{
    if (m_sortOrder == order) {
        return;
    }
    m_sortOrder = order;
    invalidate();
    Q_EMIT sortOrderChanged();
}

QString AccountFilterModel::idAt(int row) const
{
    const QModelIndex at = index(row, 0);
    return at.isValid() ? at.data(AccountListModel::IdRole).toString() : QString();
}

bool AccountFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex at = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString group = at.data(AccountListModel::GroupRole).toString();
    if (!m_group.isEmpty() && group != m_group) {
        return false;
    }
    if (m_searchWords.isEmpty()) {
        return true;
    }
    const QString haystack = at.data(AccountListModel::SearchKeyRole).toString();
    return std::all_of(m_searchWords.cbegin(), m_searchWords.cend(),
                       [&haystack](const QString& word) { return haystack.contains(word); });
}

bool AccountFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const bool leftFavorite = left.data(AccountListModel::FavoriteRole).toBool();
    const bool rightFavorite = right.data(AccountListModel::FavoriteRole).toBool();
    if (leftFavorite != rightFavorite) {
        return leftFavorite;
    }
    const int leftOrder = left.data(AccountListModel::AddedOrderRole).toInt();
    const int rightOrder = right.data(AccountListModel::AddedOrderRole).toInt();
    // An account with no issuer sorts by its name under "Issuer", and the other way round.
    const auto key = [](const QModelIndex& at, int first, int second) {
        const QString value = at.data(first).toString();
        return value.isEmpty() ? at.data(second).toString() : value;
    };
    int compared = 0;
    switch (m_sortOrder) {
    case SortOrder::Issuer:
        compared = m_collator.compare(key(left, AccountListModel::IssuerRole, AccountListModel::NameRole),
                                      key(right, AccountListModel::IssuerRole, AccountListModel::NameRole));
        if (compared == 0) {
            compared = m_collator.compare(left.data(AccountListModel::NameRole).toString(),
                                          right.data(AccountListModel::NameRole).toString());
        }
        break;
    case SortOrder::Name:
        compared = m_collator.compare(key(left, AccountListModel::NameRole, AccountListModel::IssuerRole),
                                      key(right, AccountListModel::NameRole, AccountListModel::IssuerRole));
        if (compared == 0) {
            compared = m_collator.compare(left.data(AccountListModel::IssuerRole).toString(),
                                          right.data(AccountListModel::IssuerRole).toString());
        }
        break;
    case SortOrder::DateAdded:
        break;
    case SortOrder::DateAddedNewestFirst:
        return leftOrder > rightOrder;
    }
    return compared != 0 ? compared < 0 : leftOrder < rightOrder;
}

} // namespace tessera
