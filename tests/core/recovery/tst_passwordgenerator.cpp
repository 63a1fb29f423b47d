// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery/PasswordGenerator.h"
#include "recovery/PlaybookLibrary.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::Result;
using tessera::crypto::SecureBytes;
using tessera::recovery::PasswordGenerator;
using tessera::recovery::PasswordRules;

namespace {

/* A deterministic stand-in for the system's generator (splitmix64): the same seed gives the same
 * passwords on every run and machine, so a failure can be reproduced. */
class SeededSource {
public:
    explicit SeededSource(quint64 seed)
        : m_state(std::make_shared<quint64>(seed))
    {
    }
    Result<SecureBytes> operator()(std::size_t size) const
    {
        SecureBytes bytes(size);
        for (std::size_t i = 0; i < size; ++i) {
            quint64 z = (*m_state += 0x9e3779b97f4a7c15ULL);
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            bytes.data()[i] = std::uint8_t((z ^ (z >> 31)) >> 56);
        }
        return bytes;
    }

private:
    std::shared_ptr<quint64> m_state;
};

PasswordRules rulesFrom(const char* text)
{
    auto rules = PasswordRules::fromJson(QJsonDocument::fromJson(QByteArray(text)).object());
    if (!rules) {
        qFatal("test rules rejected: %s", qPrintable(rules.error().message()));
    }
    return *rules;
}

// Escaped strings, not raw ones: Qt 6.4's moc loses its way in this file's raw strings.
const char* const kAliExpress = "{\"minLength\":6,\"maxLength\":20,\"requireLetter\":true,\"requireDigit\":true, "
                                "\"requirePunctuation\":true,\"allowedPunctuation\":\"!@#$%^&*()_+-=.,?\"}";

} // namespace

class TestPasswordGenerator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tenThousandPasswordsPassTheirRules_data()
    {
        QTest::addColumn<QByteArray>("rules");
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("distinct"); // fewer distinct passwords than this is suspicious
        QTest::newRow("defaults") << QByteArray("{}") << 32 << 9999;
        QTest::newRow("AliExpress 6-20") << QByteArray(kAliExpress) << 20 << 9999;
        QTest::newRow("tight: 3 kinds in 3")
            << QByteArray("{\"minLength\":3,\"maxLength\":3,\"allowedPunctuation\":\"#\"}") << 3 << 2200;
        QTest::newRow("long minimum") << QByteArray("{\"minLength\":40,\"maxLength\":50}") << 40 << 9999;
        QTest::newRow("digits only (a PIN)") << QByteArray("{\"minLength\":4,\"maxLength\":6,\"requireLetter\":false,"
                                                           "\"requirePunctuation\":false,\"allowedPunctuation\":\"\"}")
                                             << 6 << 9900;
    }
    void tenThousandPasswordsPassTheirRules()
    {
        QFETCH(QByteArray, rules);
        QFETCH(int, length);
        QFETCH(int, distinct);
        const PasswordRules parsed = rulesFrom(rules.constData());
        const PasswordGenerator generator(SeededSource(42));
        QCOMPARE(PasswordGenerator::lengthFor(parsed), length);
        QSet<QString> seen;
        for (int i = 0; i < 10000; ++i) {
            const Result<QString> password = generator.generate(parsed);
            QVERIFY(password);
            QCOMPARE(password->size(), length);
            const QStringList broken = parsed.check(*password);
            QVERIFY2(broken.isEmpty(), qPrintable(*password + u": "_s + broken.join(u' ')));
            seen.insert(*password);
        }
        // Repeats only where the rules leave few passwords: a 6-digit PIN has a million, a
        // letter, a digit and a "#" in some order 6 × 48 × 8 = 2304 (10 000 draws see ~2274).
        QVERIFY2(seen.size() >= distinct, qPrintable(QString::number(seen.size())));
    }

    void noLookAlikesWhenThereIsChoice()
    {
        const PasswordGenerator generator(SeededSource(7));
        const PasswordRules rules;
        for (int i = 0; i < 2000; ++i) {
            const Result<QString> password = generator.generate(rules);
            QVERIFY(password);
            for (const QChar c : u"Il1|O0o`'\""_s) {
                QVERIFY2(!password->contains(c), qPrintable(*password));
            }
        }
        QVERIFY(!PasswordGenerator::alphabetFor(rules).contains(u'0'));
        QCOMPARE(PasswordGenerator::alphabetFor(rules).size(), 52 - 4 + 10 - 2 + 32 - 4);
    }

    void lookAlikesWhenTheRulesLeaveNothingElse()
    {
        // The only mark allowed is a look-alike: leaving it out would make the rules impossible.
        const PasswordRules rules = rulesFrom("{\"minLength\":8,\"maxLength\":8,\"allowedPunctuation\":\"|\"}");
        const PasswordGenerator generator(SeededSource(3));
        for (int i = 0; i < 200; ++i) {
            const Result<QString> password = generator.generate(rules);
            QVERIFY(password);
            QVERIFY(password->contains(u'|'));
            QVERIFY(rules.check(*password).isEmpty());
        }
    }

    void everyCharacterIsEquallyLikely()
    {
        // Chi-squared over the alphabet: a biased draw (e.g. a plain modulo of a byte) fails it.
        const PasswordRules rules = rulesFrom(kAliExpress);
        const QString alphabet = PasswordGenerator::alphabetFor(rules);
        const PasswordGenerator generator(SeededSource(1));
        QHash<QChar, int> counts;
        int total = 0;
        for (int i = 0; i < 20000; ++i) {
            const Result<QString> password = generator.generate(rules);
            QVERIFY(password);
            for (const QChar c : *password) {
                ++counts[c];
                ++total;
            }
        }
        QCOMPARE(counts.size(), alphabet.size()); // every character turns up, nothing else does
        // Requiring each kind shifts the odds towards the rarer kinds a little; compare within a kind.
        for (const QString& kind :
             {u"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"_s, u"23456789"_s, u"!@#$%^&*()_+-=.,?"_s}) {
            double sum = 0;
            for (const QChar c : kind) {
                sum += counts.value(c);
            }
            const double expected = sum / double(kind.size());
            double chi2 = 0;
            for (const QChar c : kind) {
                chi2 += std::pow(counts.value(c) - expected, 2) / expected;
            }
            // 99.9th percentile of chi-squared with (k − 1) degrees of freedom is below 2k + 25
            // for k up to 48; a modulo bias of this size gives several hundred.
            QVERIFY2(chi2 < 2.0 * kind.size() + 25, qPrintable(u"%1: chi2 %2"_s.arg(kind).arg(chi2)));
        }
        QVERIFY(total == 20000 * 20);
    }

    void everyRequiredKindEvenWhenRare()
    {
        // One mark among 57 characters: most draws of 6 miss it and are drawn again.
        const PasswordRules rules = rulesFrom("{\"minLength\":6,\"maxLength\":6,\"allowedPunctuation\":\"!\"}");
        const PasswordGenerator generator(SeededSource(11));
        for (int i = 0; i < 1000; ++i) {
            const Result<QString> password = generator.generate(rules);
            QVERIFY(password);
            QVERIFY(password->contains(u'!'));
            QVERIFY(password->contains(QRegularExpression(u"[0-9]"_s)));
            QVERIFY(password->contains(QRegularExpression(u"[A-Za-z]"_s)));
        }
    }

    void brokenRandomnessIsAnError()
    {
        const PasswordGenerator failing(
            [](std::size_t) -> Result<SecureBytes> { return tessera::Error(ErrorCode::Internal, u"no randomness"_s); });
        const Result<QString> failed = failing.generate(PasswordRules());
        QVERIFY(!failed);
        QCOMPARE(failed.error().code(), ErrorCode::Internal);

        // Always the same byte: never all three kinds, so it gives up instead of looping forever.
        const PasswordGenerator stuck([](std::size_t size) -> Result<SecureBytes> {
            SecureBytes bytes(size);
            std::fill(bytes.data(), bytes.data() + size, std::uint8_t(0));
            return bytes;
        });
        const Result<QString> gaveUp = stuck.generate(PasswordRules());
        QVERIFY(!gaveUp);
        QCOMPARE(gaveUp.error().code(), ErrorCode::Internal);
    }

    void everyBundledPlaybookGetsAnAcceptablePassword()
    {
        // The playbooks' "passwordRules" (resources/playbooks) are what the screens hand over.
        const auto library = tessera::recovery::PlaybookLibrary::load();
        QVERIFY2(library, library ? "" : qPrintable(library.error().message()));
        const PasswordGenerator generator(SeededSource(5));
        for (const tessera::recovery::Playbook& playbook : library->all()) {
            const auto rules = PasswordRules::fromJson(
                playbook.passwordRules().isEmpty() ? QJsonValue() : QJsonValue(playbook.passwordRules()));
            QVERIFY2(rules, qPrintable(playbook.id() + u": "_s + (rules ? QString() : rules.error().message())));
            for (int i = 0; i < 100; ++i) {
                const Result<QString> password = generator.generate(*rules);
                QVERIFY(password);
                QVERIFY2(rules->check(*password).isEmpty(), qPrintable(playbook.id()));
            }
        }
        const tessera::recovery::Playbook* aliExpress = library->find(u"aliexpress"_s);
        QVERIFY(aliExpress);
        const auto rules = PasswordRules::fromJson(QJsonValue(aliExpress->passwordRules()));
        QVERIFY(rules);
        QCOMPARE(PasswordGenerator::lengthFor(*rules), 20); // the seed articles: 6–20 characters
    }

    void systemRandomnessWorks()
    {
        const PasswordGenerator generator;
        const Result<QString> first = generator.generate(PasswordRules());
        const Result<QString> second = generator.generate(PasswordRules());
        QVERIFY(first && second);
        QVERIFY(*first != *second);
        QVERIFY(PasswordRules().check(*first).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPasswordGenerator)
#include "tst_passwordgenerator.moc"
