// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace tessera {

/* Search, group filter and sort order over AccountListModel, favorites always on top.
 * Search matches issuer, name, group and note, case- and accent-insensitively, every word
 * of the query somewhere ("ali mail" finds AliExpress / me@mail.com). */
class AccountFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(QString group READ group WRITE setGroup NOTIFY groupChanged) // empty: all groups
    Q_PROPERTY(SortOrder sortOrder READ sortOrder WRITE setSortOrder NOTIFY sortOrderChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum class SortOrder { Issuer, Name, DateAdded, DateAddedNewestFirst };
    Q_ENUM(SortOrder)

    explicit AccountFilterModel(QObject* parent = nullptr);

    [[nodiscard]] const QString& searchText() const { return m_searchText; }
    void setSearchText(const QString& text);
    [[nodiscard]] const QString& group() const { return m_group; }
    void setGroup(const QString& group);
    [[nodiscard]] SortOrder sortOrder() const { return m_sortOrder; }
    void setSortOrder(SortOrder order);
    [[nodiscard]] int count() const { return rowCount(); }

    /* The account id at a proxy row, or empty (for keyboard navigation from QML). */
    Q_INVOKABLE QString idAt(int row) const;

Q_SIGNALS:
    void searchTextChanged();
    void groupChanged();
    void sortOrderChanged();
    void countChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_searchText;
    QStringList m_searchWords; // folded once per keystroke, not per row
    QString m_group;
    SortOrder m_sortOrder = SortOrder::Issuer;
    QMetaObject::Connection m_sourceEdits;
    QCollator m_collator; // case-insensitive, numbers by value ("Bank 2" before "Bank 10")
};

} // namespace tessera
