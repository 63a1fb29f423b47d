// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uri/MigrationBatchSet.h"
#include "uri/MigrationPayload.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::crypto::SecureBytes;
using tessera::uri::MigrationBatchSet;
using tessera::uri::MigrationPayload;

namespace {

MigrationPayload code(qint32 batchId, int index, int size, const QString& account = u"acct"_s, bool hasIndex = true)
{
    MigrationPayload payload;
    payload.batchId = batchId;
    payload.batchIndex = index;
    payload.hasBatchIndex = hasIndex;
    payload.batchSize = size;
    MigrationPayload::Entry entry;
    entry.secret = SecureBytes::copyOf("0123456789", 10);
    entry.name = account;
    entry.type = 2;
    payload.entries.push_back(std::move(entry));
    return payload;
}

} // namespace

class TestMigrationBatchSet : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void missing_data();
    void missing();
    void completesWhenTheLastCodeArrives();
    void duplicateCodeIsNotStored();
    void sameIndexOtherAccountsIsKept();
    void severalBatches();
    void missingIndexMeansIndexZero();
    void emptySetIsNotComplete();
    void hostileBatchSizeIsCapped();
    void roundTripThroughForExport();
};

void TestMigrationBatchSet::missing_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QList<int>>("present");
    QTest::addColumn<QList<int>>("missing");
    QTest::newRow("single code") << 1 << QList<int>{0} << QList<int>{};
    QTest::newRow("batch 2 of 3 missing") << 3 << QList<int>{0, 2} << QList<int>{1};
    QTest::newRow("only the last of 4") << 4 << QList<int>{3} << QList<int>{0, 1, 2};
    QTest::newRow("out of order, complete") << 3 << QList<int>{2, 0, 1} << QList<int>{};
    QTest::newRow("index beyond the size is ignored") << 2 << QList<int>{0, 5} << QList<int>{1};
    QTest::newRow("negative index is ignored") << 2 << QList<int>{-1, 1} << QList<int>{0};
}

void TestMigrationBatchSet::missing()
{
    QFETCH(int, size);
    QFETCH(QList<int>, present);
    QFETCH(QList<int>, missing);
    MigrationBatchSet set;
    for (const int index : present) {
        QVERIFY(set.add(code(77, index, size)));
    }
    QCOMPARE(set.batchIds(), QList<qint32>{77});
    QCOMPARE(set.missingIndices(77), missing);
    QCOMPARE(set.isComplete(), missing.isEmpty());
    QCOMPARE(set.missingMessages().size(), missing.size());
}

void TestMigrationBatchSet::completesWhenTheLastCodeArrives()
{
    MigrationBatchSet set;
    QVERIFY(set.add(code(-5, 0, 3)));
    QVERIFY(set.add(code(-5, 2, 3)));
    QVERIFY(!set.isComplete());
    QCOMPARE(set.missingIndices(-5), QList<int>{1});
    QCOMPARE(set.missingMessages(),
             QStringList{u"Code 2 of 3 of a Google Authenticator export is missing; scan it too."_s});
    QVERIFY(set.add(code(-5, 1, 3)));
    QVERIFY(set.isComplete());
    QVERIFY(set.missingMessages().isEmpty());
    QCOMPARE(set.payloads().size(), std::size_t(3));
}

void TestMigrationBatchSet::duplicateCodeIsNotStored()
{
    MigrationBatchSet set;
    QVERIFY(set.add(code(9, 0, 2)));
    QVERIFY(!set.add(code(9, 0, 2))); // the same QR code scanned twice
    QCOMPARE(set.payloads().size(), std::size_t(1));
    QCOMPARE(set.missingIndices(9), QList<int>{1});
    QVERIFY(set.add(code(9, 1, 2)));
    QVERIFY(!set.add(code(9, 1, 2)));
    QCOMPARE(set.payloads().size(), std::size_t(2));
    QVERIFY(set.isComplete());
}

void TestMigrationBatchSet::sameIndexOtherAccountsIsKept()
{
    // Version-2 exports carry no batch id (0): two separate one-code exports must both count.
    MigrationBatchSet set;
    QVERIFY(set.add(code(0, 0, 1, u"first export"_s)));
    QVERIFY(set.add(code(0, 0, 1, u"second export"_s)));
    QCOMPARE(set.payloads().size(), std::size_t(2));
    QVERIFY(set.isComplete());
}

void TestMigrationBatchSet::severalBatches()
{
    MigrationBatchSet set;
    QVERIFY(set.add(code(2, 0, 2)));
    QVERIFY(set.add(code(1, 1, 3)));
    QVERIFY(set.add(code(2, 1, 2)));
    QCOMPARE(set.batchIds(), (QList<qint32>{2, 1}));
    QVERIFY(set.missingIndices(2).isEmpty());
    QCOMPARE(set.missingIndices(1), (QList<int>{0, 2}));
    QVERIFY(!set.isComplete());
    QCOMPARE(set.missingMessages().size(), 2);
    QVERIFY(set.missingMessages().at(0).startsWith(u"Code 1 of 3"_s));
    QVERIFY(set.missingMessages().at(1).startsWith(u"Code 3 of 3"_s));
    QVERIFY(set.missingIndices(12345).isEmpty()); // unknown id: nothing known to be missing
}

void TestMigrationBatchSet::missingIndexMeansIndexZero()
{
    MigrationBatchSet set;
    QVERIFY(set.add(code(4, 7, 2, u"a"_s, false))); // index field absent: 0, whatever the struct says
    QCOMPARE(set.missingIndices(4), QList<int>{1});
    QVERIFY(!set.add(code(4, 0, 2, u"a"_s, false)));
}

void TestMigrationBatchSet::emptySetIsNotComplete()
{
    MigrationBatchSet set;
    QVERIFY(!set.isComplete());
    QVERIFY(set.batchIds().isEmpty());
    QVERIFY(set.missingMessages().isEmpty());
}

void TestMigrationBatchSet::hostileBatchSizeIsCapped()
{
    MigrationBatchSet set;
    QVERIFY(set.add(code(1, 0, std::numeric_limits<int>::max())));
    const QList<int> missing = set.missingIndices(1);
    QVERIFY(!missing.isEmpty());
    QVERIFY(missing.size() < 10000);
    QVERIFY(!set.isComplete());
}

void TestMigrationBatchSet::roundTripThroughForExport()
{
    std::vector<tessera::otp::OtpToken> tokens;
    for (int i = 0; i < 25; ++i) {
        auto token =
            tessera::otp::OtpToken::create(u"I"_s, QString::number(i), tessera::otp::OtpParameters::totp().value(),
                                           SecureBytes::copyOf("0123456789", 10));
        QVERIFY(token.hasValue());
        tokens.push_back(std::move(*token));
    }
    std::vector<const tessera::otp::OtpToken*> pointers;
    for (const auto& t : tokens) {
        pointers.push_back(&t);
    }
    std::vector<MigrationPayload> payloads = MigrationPayload::forExport(pointers, 31337, nullptr);
    QCOMPARE(payloads.size(), std::size_t(3));
    MigrationBatchSet set;
    // Scanned in the wrong order, one twice, through the URI text.
    for (const std::size_t i : {std::size_t(2), std::size_t(0), std::size_t(2)}) {
        auto decoded = MigrationPayload::fromUri(payloads[i].toUri());
        QVERIFY(decoded.hasValue());
        set.add(std::move(*decoded));
    }
    QCOMPARE(set.payloads().size(), std::size_t(2));
    QCOMPARE(set.missingIndices(31337), QList<int>{1});
    QCOMPARE(set.missingMessages(),
             QStringList{u"Code 2 of 3 of a Google Authenticator export is missing; scan it too."_s});
    auto last = MigrationPayload::fromUri(payloads[1].toUri());
    QVERIFY(last.hasValue());
    QVERIFY(set.add(std::move(*last)));
    QVERIFY(set.isComplete());
}

QTEST_APPLESS_MAIN(TestMigrationBatchSet)
#include "tst_migrationbatchset.moc"
