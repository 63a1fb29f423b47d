// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordMeter.h"
#include "PasswordStrength.h"
#include "recovery/PasswordRules.h"

#include <QJSEngine>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::PasswordMeter;
using tessera::PasswordStrength;

namespace {

QVariantMap aliExpressRules()
{
    return {{u"minLength"_s, 6},
            {u"maxLength"_s, 20},
            {u"requireLetter"_s, true},
            {u"requireDigit"_s, true},
            {u"requirePunctuation"_s, true},
            {u"allowedPunctuation"_s, u"!@#$%^&*()_+-=.,?"_s}};
}

} // namespace

/* The zxcvbn-based meter (PasswordStrength) and its QML face (PasswordMeter): scores on zxcvbn's
 * scale, advice that names the weakness, and the generator/checker for a playbook's rules. */
class TestPasswordMeter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scoresFollowZxcvbn_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("score");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("password") << u"password"_s << 0;
        QTest::newRow("dressed-up word") << u"P@ssw0rd2024"_s << 0;
        QTest::newRow("keyboard row") << u"qwertyuiop"_s << 0;
        QTest::newRow("repeat") << u"aaaaaaaaaaaaaaaaaaaa"_s << 0;
        QTest::newRow("alphabet") << u"abcdefghijklmnop"_s << 0;
        QTest::newRow("our own name") << u"Tessera2026"_s << 0;
        QTest::newRow("short random") << u"Xk9#"_s << 0;
        QTest::newRow("Tr0ub4dor&3") << u"Tr0ub4dor&3"_s << 3;
        QTest::newRow("four random words") << u"correct horse battery staple"_s << 4;
        QTest::newRow("16 random characters") << u"Kx8#mQ2$vL9!pR4&"_s << 4;
    }
    void scoresFollowZxcvbn()
    {
        QFETCH(QString, password);
        QFETCH(int, score);
        const PasswordMeter meter(nullptr);
        QCOMPARE(meter.score(password), score);
        QCOMPARE(PasswordStrength::score(password), score);
    }

    void stepsSitAtZxcvbnsCrackTimes()
    {
        // 10^2, 10^4, 10^6, 10^8 seconds at 10^6 guesses a second, half the space on average.
        QCOMPARE(PasswordStrength::kGuessesPerSecond, 1e6);
        const double bits = PasswordStrength::estimatedBits(u"correct horse battery staple"_s);
        QVERIFY2(bits > 60 && bits < 80, qPrintable(QString::number(bits)));
        QCOMPARE(PasswordStrength::estimatedBits(QString()), 0.0);
        QVERIFY(PasswordStrength::estimatedBits(u"password"_s) < 1);
    }

    void otherScriptsAreNotRandomBytes()
    {
        // zxcvbn alone reads "пароль" (Russian for "password") as 12 random bytes: about 80 bits.
        QCOMPARE(PasswordStrength::estimatedBits(u"пароль"_s), 30.0); // 6 letters × 5 bits
        QVERIFY(PasswordStrength::score(u"пароль"_s) <= 1);
        QVERIFY(PasswordStrength::score(u"пароль123"_s) <= 1);
        // ASCII stretches between them are still zxcvbn's: "password" adds nearly nothing.
        QVERIFY(PasswordStrength::estimatedBits(u"мойpassword"_s) < 3 * 5 + 2);
        // A long passphrase in another script still reaches the top.
        QCOMPARE(PasswordStrength::score(u"жёлтый слон пьёт холодный чай"_s), 4);
    }

    void commonPasswords()
    {
        for (const QString& common :
             {u"password"_s, u"Password1!"_s, u"123456789"_s, u"qwertyuiop"_s, u"P@ssw0rd2024"_s}) {
            QVERIFY2(PasswordStrength::isCommon(common), qPrintable(common));
        }
        for (const QString& uncommon :
             {QString(), u"kitten42x"_s, u"Tr0ub4dor&3"_s, u"correct horse battery staple"_s}) {
            QVERIFY2(!PasswordStrength::isCommon(uncommon), qPrintable(uncommon));
        }
    }

    void adviceNamesTheWeakness_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << u"Choose a password"_s;
        QTest::newRow("common") << u"password"_s << u"most common passwords"_s;
        QTest::newRow("keyboard") << u"zxcvbnm,./asdfgh"_s << u"runs such as"_s;
        QTest::newRow("date") << u"19.04.1987 25.12.2003"_s << u"Dates and years"_s;
        QTest::newRow("words") << u"purple elephant"_s << u"Common words and names"_s;
        QTest::newRow("short") << u"Xk9#mQ2"_s << u"at least 12 characters"_s;
        QTest::newRow("good") << u"kitten42x blue"_s << u"Good."_s;
        QTest::newRow("strong") << u"correct horse battery staple"_s << u"Strong."_s;
    }
    void adviceNamesTheWeakness()
    {
        QFETCH(QString, password);
        QFETCH(QString, mentions);
        const PasswordMeter meter(nullptr);
        const QString advice = meter.advice(password);
        QVERIFY2(advice.contains(mentions),
                 qPrintable(advice + u" / score "_s + QString::number(meter.score(password))));
    }

    void generatesWhatTheRulesAccept()
    {
        const PasswordMeter meter(nullptr);
        const tessera::recovery::PasswordRules rules =
            *tessera::recovery::PasswordRules::fromJson(QJsonObject::fromVariantMap(aliExpressRules()));
        for (int i = 0; i < 200; ++i) {
            const QString password = meter.generate(aliExpressRules());
            QCOMPARE(password.size(), 20);
            QVERIFY2(rules.check(password).isEmpty(), qPrintable(password));
            QVERIFY(meter.brokenRules(password, aliExpressRules()).isEmpty());
        }
        // No rules: Tessera's own (32 characters of letters, digits and marks).
        QCOMPARE(meter.generate(QVariant()).size(), 32);
        QCOMPARE(meter.score(meter.generate(QVariant())), 4);
        // Rules as QML hands them over: a JS object.
        QJSEngine engine;
        const QJSValue fromQml = engine.toScriptValue(aliExpressRules());
        QCOMPARE(meter.generate(QVariant::fromValue(fromQml)).size(), 20);
        // Nonsense rules: nothing rather than a password the site refuses.
        QVERIFY(meter.generate(QVariantMap{{u"minLength"_s, 30}, {u"maxLength"_s, 20}}).isEmpty());
    }

    void brokenRulesInWords()
    {
        const PasswordMeter meter(nullptr);
        const QStringList broken = meter.brokenRules(u"ä~"_s, aliExpressRules());
        QCOMPARE(broken.size(), 5);
        QVERIFY(broken.at(0).contains(u"at least 6"_s));
        QVERIFY(broken.at(1).contains(u"letter"_s));
        QVERIFY(broken.at(2).contains(u"digit"_s));
        QVERIFY(broken.at(3).contains(u"!@#$%^&*()_+-=.,?"_s));
        QVERIFY2(broken.at(4).contains(u"“ä”, “~”"_s), qPrintable(broken.at(4)));
        QVERIFY(meter.brokenRules(u"a b1!cd"_s, aliExpressRules()).first().contains(u"space"_s));
        QVERIFY(meter.brokenRules(u"abcdefghij123456789!x"_s, aliExpressRules()).first().contains(u"at most 20"_s));
        const QStringList unusable = meter.brokenRules(u"x"_s, QVariantMap{{u"minLength"_s, u"six"_s}});
        QCOMPARE(unusable.size(), 1);
        QVERIFY(unusable.first().contains(u"could not be read"_s));
    }
};

QTEST_GUILESS_MAIN(TestPasswordMeter)
#include "tst_passwordmeter.moc"
