// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/Base32.h"
#include "vault/ChangeTracker.h"
#include "vault/RecoveryTimes.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::crypto::SecureBytes;
using tessera::otp::Base32;
using tessera::otp::HashAlgorithm;
using tessera::otp::OtpParameters;
using tessera::otp::OtpToken;
using tessera::vault::Account;
using tessera::vault::ChangeTracker;
using tessera::vault::RecoveryTimes;
using tessera::vault::VaultContent;

namespace {

const QDateTime kT1(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
const QDateTime kT2(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
const QDateTime kT3(QDate(2026, 3, 3), QTime(10, 0), Qt::UTC);

Account makeAccount(const QString& issuer, const OtpParameters& parameters)
{
    auto token = OtpToken::create(issuer, u"me"_s, parameters, Base32::decode(u"JBSWY3DPEHPK3PXP"_s).value());
    return Account(Account::newId(), std::move(token).value());
}

VaultContent sample()
{
    VaultContent content;
    content.accounts.push_back(makeAccount(u"AliExpress"_s, OtpParameters::totp().value()));
    content.accounts.push_back(makeAccount(u"Bank"_s, OtpParameters::hotp(HashAlgorithm::Sha1, 6, 5).value()));
    return content;
}

} // namespace

class TestChangeTracker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nothingChangedStampsNothing();
    void newAndChangedAccountsAreStamped();
    void whatDoesNotCount();
    void removalIsAVaultChange();
};

void TestChangeTracker::nothingChangedStampsNothing()
{
    VaultContent content = sample();
    ChangeTracker tracker;
    tracker.reset(content);
    QVERIFY(!tracker.stamp(content, kT1));
    QVERIFY(!content.accounts[0].recovery.changedAt.isValid());
    QVERIFY(!RecoveryTimes::lastChanged(content).isValid());
}

void TestChangeTracker::newAndChangedAccountsAreStamped()
{
    VaultContent content = sample();
    ChangeTracker tracker; // as for a new vault: everything is new
    QVERIFY(tracker.stamp(content, kT1));
    QCOMPARE(content.accounts[0].recovery.changedAt, kT1);
    QCOMPARE(content.accounts[1].recovery.changedAt, kT1);
    QCOMPARE(RecoveryTimes::lastChanged(content), kT1);

    content.accounts[0].note = u"new note"_s;
    QVERIFY(tracker.stamp(content, kT2));
    QCOMPARE(content.accounts[0].recovery.changedAt, kT2);
    QCOMPARE(content.accounts[1].recovery.changedAt, kT1);
    QCOMPARE(RecoveryTimes::lastChanged(content), kT2);

    const QByteArray pasted = "12345678\n87654321";
    QVERIFY(content.accounts[1].recovery.addBackupCodes(SecureBytes::copyOf(pasted.constData(), pasted.size())));
    QVERIFY(tracker.stamp(content, kT3));
    QCOMPARE(content.accounts[1].recovery.changedAt, kT3);
    QCOMPARE(content.accounts[0].recovery.changedAt, kT2);

    QVERIFY(content.accounts[1].recovery.setUsed(0, true)); // a used mark is a change a backup misses
    QVERIFY(tracker.stamp(content, kT1.addYears(1)));
    QCOMPARE(content.accounts[1].recovery.changedAt, kT1.addYears(1));

    content.accounts[0].recovery.email = u"me@example.com"_s;
    QVERIFY(tracker.stamp(content, kT1.addYears(2)));
    QCOMPARE(content.accounts[0].recovery.changedAt, kT1.addYears(2));
}

void TestChangeTracker::whatDoesNotCount()
{
    VaultContent content = sample();
    ChangeTracker tracker;
    tracker.reset(content);
    content.accounts[0].group = u"Shopping"_s;
    content.accounts[0].favorite = true;
    content.accounts[0].recovery.confirmedAt = kT1;
    QVERIFY(content.accounts[0].recovery.progress.setDone(u"aliexpress"_s, u"hacked"_s, u"step-1"_s, true, kT1));
    content.accounts[1].token().setParameters(OtpParameters::hotp(HashAlgorithm::Sha1, 6, 6).value()); // HOTP use
    content.settings.insert(u"clipboardSeconds"_s, 30);
    RecoveryTimes::recordBackup(content, kT2);
    QVERIFY(!tracker.stamp(content, kT3));
    QVERIFY(!content.accounts[0].recovery.changedAt.isValid());
    QVERIFY(!content.accounts[1].recovery.changedAt.isValid());
    QVERIFY(!RecoveryTimes::lastChanged(content).isValid());
}

void TestChangeTracker::removalIsAVaultChange()
{
    VaultContent content = sample();
    ChangeTracker tracker;
    tracker.reset(content);
    content.accounts.pop_back();
    QVERIFY(tracker.stamp(content, kT2));
    QVERIFY(!content.accounts[0].recovery.changedAt.isValid());
    QCOMPARE(RecoveryTimes::lastChanged(content), kT2);
    QVERIFY(!tracker.stamp(content, kT3)); // and only once
}

QTEST_APPLESS_MAIN(TestChangeTracker)
#include "tst_changetracker.moc"
