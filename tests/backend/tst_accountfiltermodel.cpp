// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountFilterModel.h"
#include "AccountListModel.h"
#include "SearchText.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using tessera::AccountFilterModel;
using tessera::AccountListModel;

/* The proxy reads only the list model's roles, so a QStandardItemModel with those roles stands
 * in for AccountListModel: no vault, no codes, every row exactly as the test says. */
class TestAccountFilterModel : public QObject {
    Q_OBJECT

private:
    void addRow(const QString& id, const QString& issuer, const QString& name, const QString& group = {},
                const QString& note = {}, bool favorite = false)
    {
        auto* item = new QStandardItem;
        item->setData(id, AccountListModel::IdRole);
        item->setData(issuer, AccountListModel::IssuerRole);
        item->setData(name, AccountListModel::NameRole);
        item->setData(group, AccountListModel::GroupRole);
        item->setData(note, AccountListModel::NoteRole);
        item->setData(tessera::SearchText::keyOf(issuer, name, group, note), AccountListModel::SearchKeyRole);
        item->setData(favorite, AccountListModel::FavoriteRole);
        item->setData(m_source->rowCount(), AccountListModel::AddedOrderRole);
        m_source->appendRow(item);
    }

    QStringList ids() const
    {
        QStringList result;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            result << m_proxy->idAt(row);
        }
        return result;
    }

    std::unique_ptr<QStandardItemModel> m_source;
    std::unique_ptr<AccountFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private Q_SLOTS:
    void init()
    {
        m_source = std::make_unique<QStandardItemModel>();
        addRow(u"ali1"_s, u"AliExpress"_s, u"me@mail.com"_s, u"Shopping"_s);
        addRow(u"ali2"_s, u"AliExpress"_s, u"other@example.com"_s, u"Shopping"_s);
        addRow(u"credit"_s, u"Crédit Agricole"_s, u"compte"_s, u"Bank"_s, u"carte bleue, café"_s);
        addRow(u"bank10"_s, u"bank 10"_s, u"zed"_s, u"Bank"_s);
        addRow(u"bank2"_s, u"Bank 2"_s, u"amy"_s, u"Bank"_s);
        addRow(u"noissuer"_s, QString(), u"cloud"_s);
        m_proxy = std::make_unique<AccountFilterModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(m_proxy.get(), &AccountFilterModel::countChanged);
        m_proxy->setSourceModel(m_source.get());
        QVERIFY(count.size() >= 1);
        QCOMPARE(m_proxy->count(), 6);
    }

    void cleanup()
    {
        m_tester.reset();
        m_proxy.reset();
        m_source.reset();
    }

    void sortsByIssuerByDefault()
    {
        QCOMPARE(m_proxy->sortOrder(), AccountFilterModel::SortOrder::Issuer);
        // Case-insensitive, numbers by value; an account without issuer sorts by its name.
        QCOMPARE(ids(), (QStringList{u"ali1"_s, u"ali2"_s, u"bank2"_s, u"bank10"_s, u"noissuer"_s, u"credit"_s}));
        QCOMPARE(m_proxy->idAt(99), QString());
        QCOMPARE(m_proxy->idAt(-1), QString());
    }

    void otherSortOrders()
    {
        QSignalSpy changed(m_proxy.get(), &AccountFilterModel::sortOrderChanged);
        m_proxy->setSortOrder(AccountFilterModel::SortOrder::Name);
        QCOMPARE(ids(), (QStringList{u"bank2"_s, u"noissuer"_s, u"credit"_s, u"ali1"_s, u"ali2"_s, u"bank10"_s}));
        m_proxy->setSortOrder(AccountFilterModel::SortOrder::DateAdded);
        QCOMPARE(ids(), (QStringList{u"ali1"_s, u"ali2"_s, u"credit"_s, u"bank10"_s, u"bank2"_s, u"noissuer"_s}));
        m_proxy->setSortOrder(AccountFilterModel::SortOrder::DateAddedNewestFirst);
        QCOMPARE(ids(), (QStringList{u"noissuer"_s, u"bank2"_s, u"bank10"_s, u"credit"_s, u"ali2"_s, u"ali1"_s}));
        m_proxy->setSortOrder(AccountFilterModel::SortOrder::DateAddedNewestFirst);
        QCOMPARE(changed.size(), 3);
    }

    void favoritesOnTop()
    {
        m_source->item(4)->setData(true, AccountListModel::FavoriteRole); // bank2
        m_source->item(2)->setData(true, AccountListModel::FavoriteRole); // credit
        QCOMPARE(ids(), (QStringList{u"bank2"_s, u"credit"_s, u"ali1"_s, u"ali2"_s, u"bank10"_s, u"noissuer"_s}));
        m_proxy->setSortOrder(AccountFilterModel::SortOrder::DateAddedNewestFirst);
        QCOMPARE(ids(), (QStringList{u"bank2"_s, u"credit"_s, u"noissuer"_s, u"bank10"_s, u"ali2"_s, u"ali1"_s}));
        m_proxy->setSortOrder(AccountFilterModel::SortOrder::Name);
        QCOMPARE(ids().mid(0, 2), (QStringList{u"bank2"_s, u"credit"_s}));

        // An edit of the issuer re-sorts too.
        m_proxy->setSortOrder(AccountFilterModel::SortOrder::Issuer);
        m_source->item(0)->setData(u"Zeta"_s, AccountListModel::IssuerRole);
        QCOMPARE(ids().last(), u"ali1"_s);
    }

    void searchFoldsCaseAndAccents()
    {
        QSignalSpy count(m_proxy.get(), &AccountFilterModel::countChanged);
        QSignalSpy text(m_proxy.get(), &AccountFilterModel::searchTextChanged);
        m_proxy->setSearchText(u"credit"_s);
        QCOMPARE(ids(), QStringList{u"credit"_s});
        QCOMPARE(m_proxy->count(), 1);
        QVERIFY(count.size() >= 1);
        QCOMPARE(text.size(), 1);

        m_proxy->setSearchText(u"CRÉDIT"_s);
        QCOMPARE(ids(), QStringList{u"credit"_s});
        m_proxy->setSearchText(u"cafe"_s); // in the note
        QCOMPARE(ids(), QStringList{u"credit"_s});
        m_proxy->setSearchText(u"cre\u0301dit"_s); // decomposed é typed
        QCOMPARE(ids(), QStringList{u"credit"_s});
        m_proxy->setSearchText(u"é"_s); // "e" with an accent finds the plain "e" too
        QVERIFY(ids().contains(u"ali1"_s));
        QVERIFY(ids().contains(u"credit"_s));

        m_proxy->setSearchText(u"e"_s);
        QVERIFY(ids().contains(u"credit"_s));

        m_proxy->setSearchText(u"   "_s);
        QCOMPARE(m_proxy->count(), 6);
    }

    void everyWordMustMatch()
    {
        m_proxy->setSearchText(u"ali mail"_s);
        QCOMPARE(ids(), QStringList{u"ali1"_s});
        m_proxy->setSearchText(u"  mail   ALI "_s);
        QCOMPARE(ids(), QStringList{u"ali1"_s});
        m_proxy->setSearchText(u"ali bank"_s);
        QCOMPARE(m_proxy->count(), 0);
        m_proxy->setSearchText(u"shopping"_s); // the group is searched too
        QCOMPARE(m_proxy->count(), 2);
        m_proxy->setSearchText(QString());
        QCOMPARE(m_proxy->count(), 6);
    }

    void groupFilter()
    {
        QSignalSpy group(m_proxy.get(), &AccountFilterModel::groupChanged);
        QSignalSpy count(m_proxy.get(), &AccountFilterModel::countChanged);
        m_proxy->setGroup(u"Bank"_s);
        QCOMPARE(ids(), (QStringList{u"bank2"_s, u"bank10"_s, u"credit"_s}));
        QCOMPARE(group.size(), 1);
        QVERIFY(count.size() >= 1);
        m_proxy->setSearchText(u"agricole"_s);
        QCOMPARE(ids(), QStringList{u"credit"_s});
        m_proxy->setSearchText(u"ali"_s);
        QCOMPARE(m_proxy->count(), 0);
        m_proxy->setGroup(QString());
        QCOMPARE(m_proxy->count(), 2);
    }

    void countFollowsTheSource()
    {
        QSignalSpy count(m_proxy.get(), &AccountFilterModel::countChanged);
        addRow(u"new"_s, u"New"_s, u"x"_s);
        QCOMPARE(m_proxy->count(), 7);
        QCOMPARE(count.size(), 1);
        m_source->removeRow(0);
        QCOMPARE(m_proxy->count(), 6);
        QCOMPARE(count.size(), 2);
        m_source->clear();
        QCOMPARE(m_proxy->count(), 0);
        QVERIFY(count.size() >= 3);
    }

    void foldHelper() { QCOMPARE(tessera::SearchText::fold(u"Équipe ﬁn"_s), u"equipe fin"_s); }
};

QTEST_GUILESS_MAIN(TestAccountFilterModel)
#include "tst_accountfiltermodel.moc"
