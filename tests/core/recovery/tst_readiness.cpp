// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/Base32.h"
#include "recovery/Readiness.h"
#include "vault/RecoveryTimes.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::crypto::SecureBytes;
using tessera::otp::Base32;
using tessera::otp::OtpParameters;
using tessera::otp::OtpToken;
using tessera::recovery::Readiness;
using tessera::vault::Account;
using tessera::vault::RecoveryTimes;
using tessera::vault::VaultContent;
using Severity = Readiness::Severity;
using Outcome = Readiness::Outcome;

namespace {

const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

Account makeAccount(const QString& issuer)
{
    auto token =
        OtpToken::create(issuer, u"me"_s, OtpParameters::totp().value(), Base32::decode(u"JBSWY3DPEHPK3PXP"_s).value());
    return Account(Account::newId(), std::move(token).value());
}

// An account with nothing to complain about, changed at `changed`.
Account completeAccount(const QString& issuer, const QDateTime& changed)
{
    Account account = makeAccount(issuer);
    const QByteArray codes = "11111111\n22222222\n33333333";
    (void)account.recovery.addBackupCodes(SecureBytes::copyOf(codes.constData(), codes.size()));
    account.recovery.email = u"me@example.com"_s;
    account.recovery.confirmedAt = kNow.addDays(-10);
    (void)account.recovery.setLoginUrl(u"https://login.example.com/"_s);
    account.recovery.changedAt = changed;
    return account;
}

QStringList idsOf(const std::vector<Readiness::Finding>& findings)
{
    QStringList ids;
    for (const Readiness::Finding& finding : findings) {
        ids.append(finding.id);
    }
    return ids;
}

Readiness::Report audit(const VaultContent& content, bool passwordSlot = true, const QDateTime& automatic = {})
{
    return Readiness::audit(content, Readiness::Inputs{kNow, passwordSlot, automatic});
}

} // namespace

class TestReadiness : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyVault();
    void nothingNoted();
    void completeAccountHasNoFindings();
    void backupMustFollowTheChange();
    void accountsFromBeforeChangeTimesCountAsBackedUp();
    void kitsAndAutomaticBackupsCount();
    void backupCodeCounts_data();
    void backupCodeCounts();
    void recoveryContactAndConfirmation();
    void summaryCountsOutcomes();
    void names();
};

void TestReadiness::emptyVault()
{
    const auto report = audit(VaultContent(), false);
    QVERIFY(report.accounts.empty());
    QCOMPARE(report.summary, u"The vault has no accounts yet."_s);
    QCOMPARE(idsOf(report.vaultFindings), QStringList{u"no-recovery-password"_s});
    QCOMPARE(report.vaultFindings[0].severity, Severity::Warning);
    QVERIFY(audit(VaultContent(), true).vaultFindings.empty());
}

void TestReadiness::nothingNoted()
{
    VaultContent content;
    content.accounts.push_back(makeAccount(u"AliExpress"_s));
    const auto report = audit(content);
    QCOMPARE(report.accounts.size(), std::size_t(1));
    const auto& account = report.accounts[0];
    QCOMPARE(account.accountId, content.accounts[0].id());
    QCOMPARE(account.issuer, u"AliExpress"_s);
    QCOMPARE(account.name, u"me"_s);
    QCOMPARE(idsOf(account.findings), (QStringList{u"no-backup-since-change"_s, u"no-backup-codes"_s,
                                                   u"no-recovery-contact"_s, u"no-login-url"_s}));
    QCOMPARE(account.findings[0].severity, Severity::Critical);
    QCOMPARE(account.findings[0].message,
             u"No backup or emergency kit has been made; make one so this account can be restored."_s);
    QCOMPARE(account.findings[1].severity, Severity::Warning);
    QCOMPARE(account.findings[2].severity, Severity::Warning);
    QCOMPARE(account.findings[3].severity, Severity::Info);
    QCOMPARE(account.outcome, Outcome::Lost);
    QCOMPARE(report.lost, 1);
    QVERIFY(!report.lastBackup.isValid());
    QCOMPARE(report.summary,
             u"If this computer died today, 0 of 1 account would come back from your backup, 1 would be lost."_s);
}

void TestReadiness::completeAccountHasNoFindings()
{
    VaultContent content;
    content.accounts.push_back(completeAccount(u"AliExpress"_s, kNow.addDays(-5)));
    RecoveryTimes::recordBackup(content, kNow.addDays(-1));
    const auto report = audit(content);
    QVERIFY(report.accounts[0].findings.empty());
    QCOMPARE(report.accounts[0].outcome, Outcome::FromBackup);
    QCOMPARE(report.lastBackup, kNow.addDays(-1));
    QCOMPARE(report.summary, u"If this computer died today, your account would come back from your backup."_s);
}

void TestReadiness::backupMustFollowTheChange()
{
    VaultContent content;
    content.accounts.push_back(completeAccount(u"Older"_s, kNow.addDays(-5)));
    content.accounts.push_back(completeAccount(u"Same time"_s, kNow.addDays(-3)));
    content.accounts.push_back(completeAccount(u"Newer"_s, kNow.addDays(-2)));
    RecoveryTimes::recordBackup(content, kNow.addDays(-3));
    const auto report = audit(content);
    QVERIFY(report.accounts[0].findings.empty());
    QVERIFY(report.accounts[1].findings.empty()); // a backup at the same second holds the change
    QCOMPARE(idsOf(report.accounts[2].findings), QStringList{u"no-backup-since-change"_s});
    QCOMPARE(report.accounts[2].findings[0].message,
             u"This account changed after your last backup; make a new backup or emergency kit."_s);
    // It has a recovery email, so the service could still help.
    QCOMPARE(report.accounts[2].outcome, Outcome::ThroughService);
    QCOMPARE(report.fromBackup, 2);
    QCOMPARE(report.throughService, 1);
    QCOMPARE(report.lost, 0);
}

void TestReadiness::accountsFromBeforeChangeTimesCountAsBackedUp()
{
    VaultContent content;
    content.accounts.push_back(completeAccount(u"Old"_s, QDateTime()));
    QCOMPARE(idsOf(audit(content).accounts[0].findings), QStringList{u"no-backup-since-change"_s});
    RecoveryTimes::recordBackup(content, kNow.addYears(-1));
    QVERIFY(audit(content).accounts[0].findings.empty());
}

void TestReadiness::kitsAndAutomaticBackupsCount()
{
    VaultContent content;
    content.accounts.push_back(completeAccount(u"A"_s, kNow.addDays(-2)));
    RecoveryTimes::recordBackup(content, kNow.addDays(-4));
    QCOMPARE(audit(content).accounts[0].outcome, Outcome::ThroughService);
    RecoveryTimes::recordKit(content, kNow.addDays(-1));
    auto report = audit(content);
    QCOMPARE(report.accounts[0].outcome, Outcome::FromBackup);
    QCOMPARE(report.lastBackup, kNow.addDays(-1));

    VaultContent automatic;
    automatic.accounts.push_back(completeAccount(u"A"_s, kNow.addDays(-2)));
    report = audit(automatic, true, kNow.addSecs(-60));
    QCOMPARE(report.accounts[0].outcome, Outcome::FromBackup);
    QCOMPARE(report.lastBackup, kNow.addSecs(-60));
    QCOMPARE(audit(automatic, true, kNow.addDays(-3)).accounts[0].outcome, Outcome::ThroughService);
}

void TestReadiness::backupCodeCounts_data()
{
    QTest::addColumn<int>("saved");
    QTest::addColumn<int>("used");
    QTest::addColumn<QString>("finding"); // empty: none about codes
    QTest::addColumn<QString>("message");
    QTest::newRow("none saved") << 0 << 0 << u"no-backup-codes"_s
                                << u"No backup codes are saved; if the service offers them, save them here."_s;
    QTest::newRow("all used")
        << 3 << 3 << u"all-backup-codes-used"_s
        << u"All saved backup codes are used; get new ones from the service's security settings."_s;
    QTest::newRow("1 left") << 3 << 2 << u"few-backup-codes"_s
                            << u"Only 1 backup code is left; get new ones from the service's security settings."_s;
    QTest::newRow("2 left") << 10 << 8 << u"few-backup-codes"_s
                            << u"Only 2 backup codes are left; get new ones from the service's security settings."_s;
    QTest::newRow("3 left") << 10 << 7 << QString() << QString();
    QTest::newRow("1 saved, unused")
        << 1 << 0 << u"few-backup-codes"_s
        << u"Only 1 backup code is left; get new ones from the service's security settings."_s;
}

void TestReadiness::backupCodeCounts()
{
    QFETCH(int, saved);
    QFETCH(int, used);
    QFETCH(QString, finding);
    QFETCH(QString, message);
    VaultContent content;
    Account account = completeAccount(u"A"_s, kNow.addDays(-2));
    account.recovery.clearBackupCodes();
    for (int i = 0; i < saved; ++i) {
        account.recovery.appendBackupCode(SecureBytes::copyOf(QByteArray::number(10000000 + i).constData(), 8),
                                          i < used);
    }
    content.accounts.push_back(std::move(account));
    RecoveryTimes::recordBackup(content, kNow);
    const auto report = audit(content);
    if (finding.isEmpty()) {
        QVERIFY(report.accounts[0].findings.empty());
    } else {
        QCOMPARE(idsOf(report.accounts[0].findings), QStringList{finding});
        QCOMPARE(report.accounts[0].findings[0].message, message);
        QCOMPARE(report.accounts[0].findings[0].severity,
                 finding == u"all-backup-codes-used"_s ? Severity::Critical : Severity::Warning);
    }
    // Codes saved in Tessera do not change the outcome: they would be lost with the computer.
    QCOMPARE(report.accounts[0].outcome, Outcome::FromBackup);
}

void TestReadiness::recoveryContactAndConfirmation()
{
    VaultContent content;
    Account phoneOnly = completeAccount(u"Phone"_s, kNow.addDays(-2));
    phoneOnly.recovery.email.clear();
    phoneOnly.recovery.phone = u"+1 555 0100"_s;
    Account neverConfirmed = completeAccount(u"Never"_s, kNow.addDays(-2));
    neverConfirmed.recovery.confirmedAt = QDateTime();
    Account yearAgo = completeAccount(u"Year"_s, kNow.addDays(-2));
    yearAgo.recovery.confirmedAt = kNow.addDays(-Readiness::kConfirmAfterDays);
    Account overAYear = completeAccount(u"Over"_s, kNow.addDays(-2));
    overAYear.recovery.confirmedAt = kNow.addDays(-Readiness::kConfirmAfterDays - 1);
    for (Account* account : {&phoneOnly, &neverConfirmed, &yearAgo, &overAYear}) {
        content.accounts.push_back(std::move(*account));
    }
    RecoveryTimes::recordBackup(content, kNow);
    const auto report = audit(content);
    QVERIFY(report.accounts[0].findings.empty());
    QCOMPARE(idsOf(report.accounts[1].findings), QStringList{u"recovery-details-unconfirmed"_s});
    QCOMPARE(report.accounts[1].findings[0].severity, Severity::Info);
    QVERIFY(report.accounts[2].findings.empty());
    QCOMPARE(idsOf(report.accounts[3].findings), QStringList{u"recovery-details-unconfirmed"_s});
}

void TestReadiness::summaryCountsOutcomes()
{
    VaultContent content;
    content.accounts.push_back(completeAccount(u"Backed up"_s, kNow.addDays(-9)));
    content.accounts.push_back(completeAccount(u"Service"_s, kNow.addDays(-1)));
    content.accounts.push_back(makeAccount(u"Lost"_s));
    content.accounts.back().recovery.changedAt = kNow.addDays(-1);
    content.accounts.push_back(completeAccount(u"Backed up too"_s, kNow.addDays(-8)));
    RecoveryTimes::recordBackup(content, kNow.addDays(-7));
    const auto report = audit(content);
    QCOMPARE(report.fromBackup, 2);
    QCOMPARE(report.throughService, 1);
    QCOMPARE(report.lost, 1);
    QCOMPARE(report.summary, u"If this computer died today, 2 of 4 accounts would come back from your backup, 1 only "
                             "through the service's recovery email or phone, 1 would be lost."_s);
    content.accounts.erase(content.accounts.begin() + 1, content.accounts.begin() + 3);
    QCOMPARE(audit(content).summary,
             u"If this computer died today, all 2 accounts would come back from your backup."_s);
}

void TestReadiness::names()
{
    QCOMPARE(Readiness::severityName(Severity::Info), u"info"_s);
    QCOMPARE(Readiness::severityName(Severity::Warning), u"warning"_s);
    QCOMPARE(Readiness::severityName(Severity::Critical), u"critical"_s);
    QCOMPARE(Readiness::outcomeName(Outcome::FromBackup), u"backup"_s);
    QCOMPARE(Readiness::outcomeName(Outcome::ThroughService), u"service"_s);
    QCOMPARE(Readiness::outcomeName(Outcome::Lost), u"lost"_s);
}

QTEST_APPLESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
