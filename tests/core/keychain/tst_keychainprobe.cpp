// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychain/KeychainProbe.h"
#include "keychain/MemorySecretStore.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::keychain::KeychainProbe;
using tessera::keychain::KeychainStatus;
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
    QCOMPARE(status.outcome, KeychainStatus::Outcome::Works);
    QCOMPARE(status.backend, u"memory"_s);
    QVERIFY(status.leftoverKey.isEmpty());
    QVERIFY2(status.diagnosis.contains(u"working keychain"_s), qPrintable(status.diagnosis));
    QCOMPARE(store.size(), 0);
    QCOMPARE(store.successfulWrites(), 1);
}

void TestKeychainProbe::failures_data()
{
    QTest::addColumn<bool>("failRead");
    QTest::addColumn<bool>("failWrite");
    QTest::addColumn<KeychainStatus::Outcome>("outcome");
    QTest::newRow("no keychain") << true << true << KeychainStatus::Outcome::WriteFailed;
    QTest::newRow("write refused") << false << true << KeychainStatus::Outcome::WriteFailed;
    QTest::newRow("read refused") << true << false << KeychainStatus::Outcome::ReadFailed;
}

void TestKeychainProbe::failures()
{
    QFETCH(bool, failRead);
    QFETCH(bool, failWrite);
    QFETCH(KeychainStatus::Outcome, outcome);
    MemorySecretStore store;
    store.setFailures({failRead, failWrite, false});
    const auto status = KeychainProbe::probe(store);
    QVERIFY(!status.available);
    QCOMPARE(status.outcome, outcome);
    // The desktop program words the outcome itself, with the store's own message.
    QCOMPARE(status.storeMessage, MemorySecretStore::simulatedFailureMessage());
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
    QVERIFY(status.leftoverKey.startsWith(u"tessera-probe-"_s));
    QVERIFY2(status.diagnosis.contains(status.leftoverKey), qPrintable(status.diagnosis));
    QCOMPARE(store.size(), 1);
}

QTEST_APPLESS_MAIN(TestKeychainProbe)
#include "tst_keychainprobe.moc"
