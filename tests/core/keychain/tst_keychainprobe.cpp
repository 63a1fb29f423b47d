// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychain/KeychainProbe.h"
#include "keychain/MemorySecretStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::keychain::KeychainProbe;
using tessera::keychain::MemorySecretStore;

class TestKeychainProbe : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void workingStoreIsAvailableAndLeftClean();
    void failures_data();
    void failures();
    void leftoverEntryIsReported();
};

void TestKeychainProbe::workingStoreIsAvailableAndLeftClean()
{
    MemorySecretStore store;
    const auto status = KeychainProbe::probe(store);
    QVERIFY(status.available);
    QCOMPARE(status.backend, u"memory"_s);
    QVERIFY2(status.diagnosis.contains(u"working keychain"_s), qPrintable(status.diagnosis));
    QCOMPARE(store.size(), 0);
    QCOMPARE(store.successfulWrites(), 1);
}

void TestKeychainProbe::failures_data()
{
    QTest::addColumn<bool>("failRead");
    QTest::addColumn<bool>("failWrite");
    QTest::newRow("no keychain") << true << true;
    QTest::newRow("write refused") << false << true;
    QTest::newRow("read refused") << true << false;
}

void TestKeychainProbe::failures()
{
    QFETCH(bool, failRead);
    QFETCH(bool, failWrite);
    MemorySecretStore store;
    store.setFailures({failRead, failWrite, false});
    const auto status = KeychainProbe::probe(store);
    QVERIFY(!status.available);
    QCOMPARE(status.backend, u"memory"_s);
    // The diagnosis passes on the store's plain-language reason and names the backend.
    QVERIFY2(status.diagnosis.contains(MemorySecretStore::simulatedFailureMessage()), qPrintable(status.diagnosis));
    QVERIFY2(status.diagnosis.contains(u"(memory)"_s), qPrintable(status.diagnosis));
    QCOMPARE(store.size(), 0); // nothing left behind
}

void TestKeychainProbe::leftoverEntryIsReported()
{
    MemorySecretStore store;
    store.setFailures({false, false, true});
    const auto status = KeychainProbe::probe(store);
    QVERIFY(status.available);
    QVERIFY2(status.diagnosis.contains(u"tessera-probe-"_s), qPrintable(status.diagnosis));
    QCOMPARE(store.size(), 1);
}

QTEST_APPLESS_MAIN(TestKeychainProbe)
#include "tst_keychainprobe.moc"
