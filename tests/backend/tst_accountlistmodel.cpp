// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountListModel.h"
#include "UnlockedVault.h"
#include "VaultController.h"
#include "keychain/MemorySecretStore.h"
#include "otp/Clock.h"
#include "otp/OtpGenerator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using tessera::AccountListModel;
using tessera::VaultController;
using tessera::test::UnlockedVault;

namespace {

constexpr int kTimeout = 60000;
// RFC 6238 / RFC 4226's SHA-1 secret "12345678901234567890".
const QString kSecret = u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s;
const QByteArray kSecretBytes = "12345678901234567890";

QString coreCode(const tessera::otp::OtpParameters& parameters, qint64 at)
{
    auto generator = tessera::otp::OtpGenerator::create(
        parameters, std::span(reinterpret_cast<const std::uint8_t*>(kSecretBytes.constData()), 20));
    return generator ? generator->codeAt(at).value() : QString();
}

} // namespace

class TestAccountListModel : public QObject {
    Q_OBJECT

private:
    bool add(const QString& uri) { return UnlockedVault::add(*m_vault, uri); }

    QVariant at(int row, int role) const { return m_model->data(m_model->index(row), role); }

    std::unique_ptr<QTemporaryDir> m_dir;
    tessera::keychain::MemorySecretStore m_store;
    tessera::otp::FixedClock m_clock{59};
    std::unique_ptr<VaultController> m_vault;
    std::unique_ptr<AccountListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock.set(59);
        m_vault = UnlockedVault::create(m_dir->filePath(u"vault.tessera"_s), m_store);
        QVERIFY(m_vault);
        m_model = std::make_unique<AccountListModel>(*m_vault, m_clock);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(add(u"otpauth://totp/ACME:alice?secret=%1&issuer=ACME"_s.arg(kSecret)));
        QVERIFY(add(u"otpauth://totp/Long:bob?secret=%1&digits=8"_s.arg(kSecret)));
        QVERIFY(add(u"otpauth://hotp/Proton%20Mail:carol?secret=%1&counter=0"_s.arg(kSecret)));
        QVERIFY(add(u"otpauth://totp/Steam:dave?secret=%1&encoder=steam"_s.arg(kSecret)));
        QCOMPARE(m_model->rowCount(), 4);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_vault.reset();
    }

    void rolesAndNames()
    {
        const auto names = m_model->roleNames();
        QCOMPARE(names.value(AccountListModel::IdRole), QByteArray("accountId"));
        QCOMPARE(names.value(AccountListModel::SecondsRemainingRole), QByteArray("secondsRemaining"));
        QCOMPARE(names.value(AccountListModel::AddedOrderRole), QByteArray("addedOrder"));
        QCOMPARE(names.value(AccountListModel::HasPictureRole), QByteArray("hasPicture"));
        QCOMPARE(names.value(AccountListModel::IconChoiceRole), QByteArray("iconChoice"));
        QCOMPARE(names.size(), 20);

        QCOMPARE(at(0, AccountListModel::IdRole).toString(), m_vault->snapshot().accounts.at(0).id());
        QCOMPARE(at(0, AccountListModel::LabelRole).toString(), u"ACME (alice)"_s);
        QCOMPARE(at(1, AccountListModel::LabelRole).toString(), u"Long (bob)"_s);
        QCOMPARE(at(2, AccountListModel::TypeRole).toString(), u"hotp"_s);
        QCOMPARE(at(3, AccountListModel::TypeRole).toString(), u"steam"_s);
        QCOMPARE(at(2, AccountListModel::InitialsRole).toString(), u"PM"_s);
        QCOMPARE(at(0, AccountListModel::InitialsRole).toString(), u"A"_s);
        QCOMPARE(at(3, AccountListModel::AddedOrderRole).toInt(), 3);
        QCOMPARE(at(0, AccountListModel::PeriodRole).toInt(), 30);
        QCOMPARE(at(0, AccountListModel::FavoriteRole).toBool(), false);
        QVERIFY(at(0, AccountListModel::AvatarColorRole).value<QColor>().isValid());
        QCOMPARE(at(0, AccountListModel::IconSourceRole).toString(), QString());
        QCOMPARE(m_model->rowOf(m_vault->snapshot().accounts.at(2).id()), 2);
        QCOMPARE(m_model->rowOf(u"nope"_s), -1);
    }

    void codesAreTheCoresCodes()
    {
        // RFC 6238 at t = 59: 94287082 for eight digits, so 287082 for six.
        QCOMPARE(at(0, AccountListModel::CodeRole).toString(), u"287 082"_s);
        QCOMPARE(at(0, AccountListModel::PlainCodeRole).toString(), u"287082"_s);
        QCOMPARE(at(1, AccountListModel::CodeRole).toString(), u"9428 7082"_s);
        QCOMPARE(at(1, AccountListModel::PlainCodeRole).toString(), u"94287082"_s);
        // RFC 4226 counter 0: 755224.
        QCOMPARE(at(2, AccountListModel::CodeRole).toString(), u"755 224"_s);
        QCOMPARE(at(2, AccountListModel::CounterRole).toULongLong(), 0ull);
        QCOMPARE(at(2, AccountListModel::SecondsRemainingRole).toInt(), 0);
        QCOMPARE(at(2, AccountListModel::NextCodeRole).toString(), QString());
        const QString steam = coreCode(tessera::otp::OtpParameters::steam(), 59);
        QCOMPARE(steam.size(), 5);
        QCOMPARE(at(3, AccountListModel::CodeRole).toString(), steam);

        m_clock.set(1111111109);
        m_model->refreshCodes();
        QCOMPARE(at(1, AccountListModel::PlainCodeRole).toString(), u"07081804"_s);
        QCOMPARE(at(0, AccountListModel::PlainCodeRole).toString(),
                 coreCode(tessera::otp::OtpParameters::totp().value(), 1111111109));
        QCOMPARE(at(3, AccountListModel::CodeRole).toString(),
                 coreCode(tessera::otp::OtpParameters::steam(), 1111111109));
    }

    void nextCodeOnlyInTheLastSeconds()
    {
        const QString atSixty = coreCode(tessera::otp::OtpParameters::totp().value(), 60);
        QCOMPARE(at(0, AccountListModel::SecondsRemainingRole).toInt(), 1);
        QCOMPARE(at(0, AccountListModel::NextCodeRole).toString().remove(u' '), atSixty);

        m_clock.set(50);
        m_model->refreshCodes();
        QCOMPARE(at(0, AccountListModel::SecondsRemainingRole).toInt(), 10);
        QCOMPARE(at(0, AccountListModel::NextCodeRole).toString(), QString());
        m_clock.set(54);
        m_model->refreshCodes();
        QCOMPARE(at(0, AccountListModel::NextCodeRole).toString(), QString());
        m_clock.set(55);
        m_model->refreshCodes();
        QCOMPARE(at(0, AccountListModel::SecondsRemainingRole).toInt(), 5);
        QCOMPARE(at(0, AccountListModel::NextCodeRole).toString().remove(u' '), atSixty);
        QCOMPARE(at(3, AccountListModel::NextCodeRole).toString(), coreCode(tessera::otp::OtpParameters::steam(), 60));
        QCOMPARE(m_model->nextCodeSeconds(), 5);
    }

    void onlyChangedRolesAreSignalled()
    {
        QSignalSpy changed(m_model.get(), &AccountListModel::dataChanged);
        m_model->refreshCodes(); // same second: nothing to say
        QCOMPARE(changed.size(), 0);

        m_clock.set(40);
        m_model->refreshCodes();
        QSignalSpy tick(m_model.get(), &AccountListModel::dataChanged);
        QSignalSpy second(m_model.get(), &AccountListModel::unixSecondsChanged);
        m_clock.set(41); // same period: only the countdown moves, told once for the whole model
        m_model->refreshCodes();
        QCOMPARE(tick.size(), 0);
        QCOMPARE(second.size(), 1);
        QCOMPARE(m_model->unixSeconds(), 41);
        QCOMPARE(at(0, AccountListModel::SecondsRemainingRole).toInt(), 19);
        QCOMPARE(at(2, AccountListModel::SecondsRemainingRole).toInt(), 0); // HOTP has none
        m_clock.set(55); // the next-code window opens: the next code, once (TOTP, 8 digits, Steam)
        m_model->refreshCodes();
        QCOMPARE(tick.size(), 3);
        for (const auto& arguments : std::as_const(tick)) {
            QCOMPARE(arguments.at(2).value<QList<int>>(), QList<int>{AccountListModel::NextCodeRole});
            QVERIFY(arguments.at(0).value<QModelIndex>().row() != 2);
        }
        tick.clear();
        m_clock.set(56);
        m_model->refreshCodes();
        QCOMPARE(tick.size(), 0);
        m_clock.set(60); // new period: code and next code (now empty)
        m_model->refreshCodes();
        QCOMPARE(tick.size(), 3);
        const QList<int> roles = tick.first().at(2).value<QList<int>>();
        QVERIFY(roles.contains(AccountListModel::CodeRole));
        QVERIFY(roles.contains(AccountListModel::PlainCodeRole));
        QVERIFY(roles.contains(AccountListModel::NextCodeRole));
        QCOMPARE(at(0, AccountListModel::SecondsRemainingRole).toInt(), 30);
    }

    void hotpCounterFollowsTheVault()
    {
        QSignalSpy reset(m_model.get(), &AccountListModel::modelReset);
        QSignalSpy changed(m_model.get(), &AccountListModel::dataChanged);
        m_vault->advanceCounter(m_vault->snapshot().accounts.at(2).id());
        QTRY_COMPARE_WITH_TIMEOUT(at(2, AccountListModel::CounterRole).toULongLong(), 1ull, kTimeout);
        QCOMPARE(at(2, AccountListModel::CodeRole).toString(), u"287 082"_s); // RFC 4226 counter 1
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 2);
    }

    void structuralChangesAreNotResets()
    {
        QSignalSpy reset(m_model.get(), &AccountListModel::modelReset);
        QSignalSpy removed(m_model.get(), &AccountListModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &AccountListModel::rowsInserted);
        QSignalSpy count(m_model.get(), &AccountListModel::countChanged);
        const QString id = m_vault->snapshot().accounts.at(1).id();

        m_vault->removeAccount(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 3, kTimeout);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(count.size(), 1);
        m_vault->undoRemove();
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 4, kTimeout);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(at(1, AccountListModel::IdRole).toString(), id);
        QCOMPARE(reset.size(), 0);

        m_vault->setFavorite(id, true);
        QTRY_VERIFY_WITH_TIMEOUT(at(1, AccountListModel::FavoriteRole).toBool(), kTimeout);
        QCOMPARE(reset.size(), 0);

        m_model->setActive(true);
        QVERIFY(m_model->isTicking());
        m_vault->lock(); // even if the view still says active, an empty list does not tick
        QVERIFY(!m_model->isTicking());
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(count.size(), 3);
    }

    void inactiveModelDoesNotRefresh()
    {
        QVERIFY(!m_model->active());
        QVERIFY(!m_model->isTicking());
        QSignalSpy changed(m_model.get(), &AccountListModel::dataChanged);
        m_clock.set(100);
        QTest::qWait(2500); // more than two ticks' worth: an asleep model wakes for nothing
        QCOMPARE(changed.size(), 0);
        QCOMPARE(at(0, AccountListModel::PlainCodeRole).toString(), u"287082"_s);

        QSignalSpy active(m_model.get(), &AccountListModel::activeChanged);
        m_model->setActive(true);
        QCOMPARE(active.size(), 1);
        QVERIFY(m_model->isTicking());
        // Becoming active refreshes at once: the shown code is never stale.
        QVERIFY(changed.size() >= 1);
        QCOMPARE(at(0, AccountListModel::PlainCodeRole).toString(),
                 coreCode(tessera::otp::OtpParameters::totp().value(), 100));
        changed.clear();
        QSignalSpy second(m_model.get(), &AccountListModel::unixSecondsChanged);
        m_clock.set(101);
        QVERIFY(second.wait(5000)); // the timer picks the new second up by itself
        QCOMPARE(at(0, AccountListModel::SecondsRemainingRole).toInt(), 19);

        m_model->setActive(false);
        QVERIFY(!m_model->isTicking());
        changed.clear();
        second.clear();
        m_clock.set(102);
        QTest::qWait(2500);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(second.size(), 0);
        QCOMPARE(at(0, AccountListModel::SecondsRemainingRole).toInt(), 19);
    }

    void copyCodeAsksTheClipboard()
    {
        QSignalSpy copy(m_model.get(), &AccountListModel::codeCopyRequested);
        m_clock.set(59);
        m_model->copyCode(m_vault->snapshot().accounts.at(0).id());
        QCOMPARE(copy.size(), 1);
        QCOMPARE(copy.first().at(0).toString(), u"287082"_s);
        QCOMPARE(copy.first().at(1).toString(), u"ACME (alice)"_s);
        QCOMPARE(copy.first().at(2).toInt(), 1);
        m_model->copyCode(m_vault->snapshot().accounts.at(2).id());
        QCOMPARE(copy.at(1).at(0).toString(), u"755224"_s);
        QCOMPARE(copy.at(1).at(2).toInt(), 0); // HOTP does not expire
        m_model->copyCode(u"nope"_s);
        QCOMPARE(copy.size(), 2);
    }

    void helpers()
    {
        QCOMPARE(AccountListModel::groupedCode(u"123456"_s, false), u"123 456"_s);
        QCOMPARE(AccountListModel::groupedCode(u"1234567"_s, false), u"123 4567"_s);
        QCOMPARE(AccountListModel::groupedCode(u"12345678"_s, false), u"1234 5678"_s);
        QCOMPARE(AccountListModel::groupedCode(u"123456789"_s, false), u"123 456 789"_s);
        QCOMPARE(AccountListModel::groupedCode(u"1234567890"_s, false), u"123 456 7890"_s);
        QCOMPARE(AccountListModel::groupedCode(u"KX7PM"_s, true), u"KX7PM"_s);

        QCOMPARE(AccountListModel::initialsOf(u"AliExpress"_s), u"AE"_s);
        QCOMPARE(AccountListModel::initialsOf(u"GitHub"_s), u"GH"_s);
        QCOMPARE(AccountListModel::initialsOf(u"google"_s), u"G"_s);
        QCOMPARE(AccountListModel::initialsOf(u"proton mail  plus"_s), u"PM"_s);
        QCOMPARE(AccountListModel::initialsOf(u"me@mail.com"_s), u"MM"_s);
        QCOMPARE(AccountListModel::initialsOf(u"été"_s), u"É"_s);
        QCOMPARE(AccountListModel::initialsOf(u"  "_s), QString());

        const QColor github = AccountListModel::avatarColorOf(u"GitHub"_s);
        QVERIFY(github.isValid());
        QCOMPARE(AccountListModel::avatarColorOf(u" github "_s), github);
        QCOMPARE(github.hslSaturation(), 140);
        QCOMPARE(github.lightness(), 100);
        QVERIFY(AccountListModel::avatarColorOf(u"GitLab"_s) != github
                || AccountListModel::avatarColorOf(u"Google"_s) != github);
    }
};

QTEST_GUILESS_MAIN(TestAccountListModel)
#include "tst_accountlistmodel.moc"
