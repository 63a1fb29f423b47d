// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychain/MemorySecretStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::SecureBytes;
using tessera::keychain::MemorySecretStore;

namespace {

SecureBytes bytesOf(const char* text)
{
    return SecureBytes::copyOf(text, std::strlen(text));
}

} // namespace

class TestMemorySecretStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void missingKeyIsNotFound();
    void overwriteReplaces();
    void keysAreIndependent();
    void readGivesACopy();
    void removeOfMissingKeySucceeds();
    void emptyKeyIsRefused();
    void simulatedFailures_data();
    void simulatedFailures();
    void unavailableIsNeverNotFound();
};

void TestMemorySecretStore::roundTrip()
{
    MemorySecretStore store;
    QCOMPARE(store.backendName(), u"memory"_s);
    QVERIFY(store.write(u"k"_s, bytesOf("secret")));
    QVERIFY(store.contains(u"k"_s));
    auto read = store.read(u"k"_s);
    QVERIFY(read);
    QVERIFY(read->equals(bytesOf("secret")));
    QVERIFY(store.remove(u"k"_s));
    QVERIFY(!store.contains(u"k"_s));
    QCOMPARE(store.size(), 0);
    QCOMPARE(store.successfulWrites(), 1);
    QCOMPARE(store.successfulRemoves(), 1);
}

void TestMemorySecretStore::missingKeyIsNotFound()
{
    MemorySecretStore store;
    auto read = store.read(u"absent"_s);
    QVERIFY(!read);
    QCOMPARE(read.error().code(), ErrorCode::NotFound);
}

void TestMemorySecretStore::overwriteReplaces()
{
    MemorySecretStore store;
    QVERIFY(store.write(u"k"_s, bytesOf("first")));
    QVERIFY(store.write(u"k"_s, bytesOf("second")));
    QCOMPARE(store.size(), 1);
    QVERIFY(store.read(u"k"_s)->equals(bytesOf("second")));
}

void TestMemorySecretStore::keysAreIndependent()
{
    MemorySecretStore store;
    QVERIFY(store.write(u"a"_s, bytesOf("alpha")));
    QVERIFY(store.write(u"b"_s, bytesOf("beta")));
    QVERIFY(store.remove(u"a"_s));
    QCOMPARE(store.read(u"a"_s).error().code(), ErrorCode::NotFound);
    QVERIFY(store.read(u"b"_s)->equals(bytesOf("beta")));
}

void TestMemorySecretStore::readGivesACopy()
{
    MemorySecretStore store;
    SecureBytes original = bytesOf("secret");
    QVERIFY(store.write(u"k"_s, original));
    original.clear(); // the store kept its own copy
    auto first = store.read(u"k"_s);
    QVERIFY(first);
    first->data()[0] = 'X'; // changing what was read does not change the store
    QVERIFY(store.read(u"k"_s)->equals(bytesOf("secret")));
}

void TestMemorySecretStore::removeOfMissingKeySucceeds()
{
    MemorySecretStore store;
    QVERIFY(store.remove(u"absent"_s));
}

void TestMemorySecretStore::emptyKeyIsRefused()
{
    MemorySecretStore store;
    auto written = store.write(QString(), bytesOf("secret"));
    QVERIFY(!written);
    QCOMPARE(written.error().code(), ErrorCode::InvalidInput);
}

void TestMemorySecretStore::simulatedFailures_data()
{
    QTest::addColumn<bool>("failRead");
    QTest::addColumn<bool>("failWrite");
    QTest::addColumn<bool>("failRemove");
    QTest::newRow("read") << true << false << false;
    QTest::newRow("write") << false << true << false;
    QTest::newRow("remove") << false << false << true;
    QTest::newRow("all") << true << true << true;
}

void TestMemorySecretStore::simulatedFailures()
{
    QFETCH(bool, failRead);
    QFETCH(bool, failWrite);
    QFETCH(bool, failRemove);
    MemorySecretStore store;
    QVERIFY(store.write(u"k"_s, bytesOf("kept")));
    store.setFailures({failRead, failWrite, failRemove});

    auto read = store.read(u"k"_s);
    QCOMPARE(!read, failRead);
    if (failRead) {
        QCOMPARE(read.error().code(), ErrorCode::KeychainUnavailable);
        QCOMPARE(read.error().message(), MemorySecretStore::simulatedFailureMessage());
    }
    auto written = store.write(u"k"_s, bytesOf("changed"));
    QCOMPARE(!written, failWrite);
    if (failWrite) {
        QCOMPARE(written.error().code(), ErrorCode::KeychainUnavailable);
        QCOMPARE(store.successfulWrites(), 1);
    }
    auto removed = store.remove(u"k"_s);
    QCOMPARE(!removed, failRemove);
    if (failRemove) {
        QCOMPARE(removed.error().code(), ErrorCode::KeychainUnavailable);
        QVERIFY(store.contains(u"k"_s)); // a failed remove removes nothing
    }

    store.setFailures({});
    QVERIFY(store.write(u"k"_s, bytesOf("again")));
    QVERIFY(store.read(u"k"_s)->equals(bytesOf("again")));
}

void TestMemorySecretStore::unavailableIsNeverNotFound()
{
    // The vault relies on this: an unavailable keychain must never look like "no key yet".
    MemorySecretStore store;
    store.setUnavailable(true);
    QCOMPARE(store.read(u"absent"_s).error().code(), ErrorCode::KeychainUnavailable);
    QCOMPARE(store.write(u"k"_s, bytesOf("x")).error().code(), ErrorCode::KeychainUnavailable);
    QCOMPARE(store.remove(u"k"_s).error().code(), ErrorCode::KeychainUnavailable);
    QCOMPARE(store.size(), 0);
}

QTEST_APPLESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
