// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/Base32.h"
#include "otp/OtpToken.h"
#include "vault/Account.h"
#include "vault/AccountIcon.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::otp::Base32;
using tessera::otp::OtpParameters;
using tessera::otp::OtpToken;
using tessera::vault::Account;
using tessera::vault::AccountIcon;

namespace {

Account makeAccount()
{
    auto token = OtpToken::create(u"PayPal"_s, u"mia"_s, OtpParameters::totp().value(),
                                  Base32::decode(u"JBSWY3DPEHPK3PXP"_s).value());
    return Account(Account::newId(), std::move(token).value());
}

const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

} // namespace

class TestAccountIcon : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noChoiceByDefault()
    {
        const Account account = makeAccount();
        QCOMPARE(AccountIcon::chosenBrand(account), QString());
        QVERIFY(!AccountIcon::of(account).has_value());
    }

    void brandChoiceIsKeptAndRemoved()
    {
        Account account = makeAccount();
        QVERIFY(AccountIcon::setChosenBrand(account, u"github"_s));
        QCOMPARE(AccountIcon::chosenBrand(account), u"github"_s);
        QCOMPARE(account.extra.value(u"iconBrand"_s).toString(), u"github"_s);

        QVERIFY(AccountIcon::setChosenBrand(account, AccountIcon::kLetters.toString()));
        QCOMPARE(AccountIcon::chosenBrand(account), u"letters"_s);

        QVERIFY(AccountIcon::setChosenBrand(account, QString()));
        QCOMPARE(AccountIcon::chosenBrand(account), QString());
        QVERIFY(!account.extra.contains(u"iconBrand"_s));
    }

    void malformedBrandIsRefused_data()
    {
        QTest::addColumn<QString>("brand");
        QTest::newRow("path") << u"../../etc/passwd"_s;
        QTest::newRow("dot") << u"battle.net"_s;
        QTest::newRow("upper case") << u"GitHub"_s;
        QTest::newRow("space") << u"git hub"_s;
        QTest::newRow("slash") << u"a/b"_s;
        QTest::newRow("too long") << QString(AccountIcon::kMaxBrandLength + 1, u'a');
    }

    void malformedBrandIsRefused()
    {
        QFETCH(QString, brand);
        Account account = makeAccount();
        QVERIFY(AccountIcon::setChosenBrand(account, u"github"_s));
        QVERIFY(!AccountIcon::setChosenBrand(account, brand));
        QCOMPARE(AccountIcon::chosenBrand(account), u"github"_s); // unchanged
    }

    void malformedStoredBrandReadsAsNoChoice()
    {
        // The vault is read from disk: a hand-edited or foreign value must not reach a path.
        Account account = makeAccount();
        account.extra.insert(u"iconBrand"_s, u"../secret"_s);
        QCOMPARE(AccountIcon::chosenBrand(account), QString());
        account.extra.insert(u"iconBrand"_s, 42);
        QCOMPARE(AccountIcon::chosenBrand(account), QString());
    }

    void pictureRemovedKeepsTheBrandChoice()
    {
        Account account = makeAccount();
        const auto icon = AccountIcon::make(u"image/png"_s, kPng);
        QVERIFY(icon.has_value());
        icon->storeIn(account);
        QVERIFY(AccountIcon::setChosenBrand(account, u"paypal"_s));
        QVERIFY(AccountIcon::of(account).has_value());
        QCOMPARE(AccountIcon::of(account)->data, kPng);

        AccountIcon::removeFrom(account);
        QVERIFY(!AccountIcon::of(account).has_value());
        QVERIFY(!account.extra.contains(u"icon"_s));
        QCOMPARE(AccountIcon::chosenBrand(account), u"paypal"_s);

        AccountIcon::removeFrom(account); // nothing to remove: no change, no crash
        QVERIFY(!AccountIcon::of(account).has_value());
    }

    void choiceSurvivesClone()
    {
        Account account = makeAccount();
        QVERIFY(AccountIcon::setChosenBrand(account, u"letters"_s));
        const Account copy = account.clone();
        QCOMPARE(AccountIcon::chosenBrand(copy), u"letters"_s);
    }
};

QTEST_GUILESS_MAIN(TestAccountIcon)
#include "tst_accounticon.moc"
