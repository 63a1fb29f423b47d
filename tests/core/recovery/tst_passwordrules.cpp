// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery/PasswordRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::recovery::PasswordRules;

namespace {

QJsonValue json(const char* text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad test JSON: %s", text);
    }
    return document.object();
}

PasswordRules aliExpress()
{
    auto rules = PasswordRules::fromJson(json(R"({"minLength":6,"maxLength":20,"requireLetter":true,
        "requireDigit":true,"requirePunctuation":true,"allowedPunctuation":"!@#$%^&*()_+-=.,?"})"));
    if (!rules) {
        qFatal("AliExpress rules rejected: %s", qPrintable(rules.error().message()));
    }
    return *rules;
}

} // namespace

class TestPasswordRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsWhenAbsent_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("empty object") << QJsonValue(QJsonObject());
    }
    void defaultsWhenAbsent()
    {
        QFETCH(QJsonValue, value);
        const auto rules = PasswordRules::fromJson(value);
        QVERIFY(rules);
        QCOMPARE(rules->minLength(), 16);
        QCOMPARE(rules->maxLength(), 64);
        QVERIFY(rules->requireLetter());
        QVERIFY(rules->requireDigit());
        QVERIFY(rules->requirePunctuation());
        QCOMPARE(rules->allowedPunctuation(), PasswordRules::allAsciiPunctuation());
        QCOMPARE(PasswordRules::allAsciiPunctuation().size(), 32); // 94 printable − 52 letters − 10 digits
        QVERIFY(!PasswordRules::allAsciiPunctuation().contains(u' '));
    }

    void readsEveryKey()
    {
        const PasswordRules rules = aliExpress();
        QCOMPARE(rules.minLength(), 6);
        QCOMPARE(rules.maxLength(), 20);
        QCOMPARE(rules.allowedPunctuation(), u"!@#$%^&*()_+-=.,?"_s);

        const auto relaxed = PasswordRules::fromJson(json(
            R"({"requireLetter":false,"requireDigit":false,"requirePunctuation":false,"allowedPunctuation":"!!"})"));
        QVERIFY(relaxed);
        QVERIFY(!relaxed->requireLetter());
        QVERIFY(!relaxed->requireDigit());
        QVERIFY(!relaxed->requirePunctuation());
        QCOMPARE(relaxed->allowedPunctuation(), u"!"_s); // duplicates collapse
        QVERIFY(relaxed->check(u"onlylettershere!"_s).isEmpty());

        const auto whole = PasswordRules::fromJson(json(R"({"minLength":8.0,"maxLength":8})"));
        QVERIFY(whole);
        QCOMPARE(whole->minLength(), 8);
    }

    void oneLengthMovesTheOther()
    {
        const auto onlyMax = PasswordRules::fromJson(json(R"({"maxLength":12})"));
        QVERIFY(onlyMax);
        QCOMPARE(onlyMax->minLength(), 12);
        QCOMPARE(onlyMax->maxLength(), 12);
        const auto onlyMin = PasswordRules::fromJson(json(R"({"minLength":80})"));
        QVERIFY(onlyMin);
        QCOMPARE(onlyMin->minLength(), 80);
        QCOMPARE(onlyMin->maxLength(), 80);
        const auto shortMin = PasswordRules::fromJson(json(R"({"minLength":4})"));
        QVERIFY(shortMin);
        QCOMPARE(shortMin->maxLength(), 64);
    }

    void rejectsNonsense_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("array") << QJsonValue(QJsonArray()) << u"JSON object"_s;
        QTest::newRow("string") << QJsonValue(u"6-20"_s) << u"JSON object"_s;
        QTest::newRow("min > max") << json(R"({"minLength":21,"maxLength":20})") << u"longer than the longest"_s;
        QTest::newRow("min 0") << json(R"({"minLength":0,"maxLength":20})") << u"at least 1 character"_s;
        QTest::newRow("min negative") << json(R"({"minLength":-3})") << u"at least 1 character"_s;
        QTest::newRow("max > 256") << json(R"({"maxLength":257})") << u"more than 256"_s;
        QTest::newRow("fractional") << json(R"({"minLength":6.5})") << u"whole number"_s;
        QTest::newRow("length as text") << json(R"({"minLength":"6"})") << u"whole number"_s;
        QTest::newRow("huge") << json(R"({"maxLength":1e300})") << u"whole number"_s;
        QTest::newRow("flag as text") << json(R"({"requireDigit":"yes"})") << u"true or false"_s;
        QTest::newRow("flag as number") << json(R"({"requireLetter":1})") << u"true or false"_s;
        QTest::newRow("marks not text") << json(R"({"allowedPunctuation":["!"]})") << u"string"_s;
        QTest::newRow("letter as mark") << json(R"({"allowedPunctuation":"!a"})") << u"only ASCII punctuation"_s;
        QTest::newRow("digit as mark") << json(R"({"allowedPunctuation":"!1"})") << u"only ASCII punctuation"_s;
        QTest::newRow("space as mark") << json(R"({"allowedPunctuation":"! "})") << u"only ASCII punctuation"_s;
        QTest::newRow("non-ASCII mark") << json(R"({"allowedPunctuation":"!§"})") << u"only ASCII punctuation"_s;
        QTest::newRow("required but none allowed")
            << json(R"({"requirePunctuation":true,"allowedPunctuation":""})") << u"allow none"_s;
        QTest::newRow("too short for the kinds") << json(R"({"minLength":1,"maxLength":2})") << u"3 kinds"_s;
        QTest::newRow("unknown key") << json(R"({"minLenght":6})") << u"“minLenght”"_s;
    }
    void rejectsNonsense()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, mentions);
        const auto rules = PasswordRules::fromJson(value);
        QVERIFY(!rules);
        QCOMPARE(rules.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(rules.error().message().contains(mentions), qPrintable(rules.error().message()));
        QVERIFY(rules.error().message().endsWith(u'.')); // a sentence
    }

    void checksEachRule_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QStringList>("mentions"); // one entry per broken rule, in order
        QTest::newRow("fine") << u"Shop2026!"_s << QStringList();
        QTest::newRow("shortest") << u"ab1!cd"_s << QStringList();
        QTest::newRow("longest") << u"abcdefghij123456789!"_s << QStringList();
        QTest::newRow("too short") << u"a1!"_s << QStringList{u"at least 6"_s};
        QTest::newRow("too long") << u"abcdefghij123456789!x"_s << QStringList{u"at most 20"_s};
        QTest::newRow("no letter") << u"123456!"_s << QStringList{u"letter"_s};
        QTest::newRow("no digit") << u"abcdef!"_s << QStringList{u"digit"_s};
        QTest::newRow("no mark") << u"abcdef1"_s << QStringList{u"!@#$%^&*()_+-=.,?"_s};
        QTest::newRow("refused mark") << u"abcdef1!~"_s << QStringList{u"“~”"_s};
        QTest::newRow("space") << u"abc def1!"_s << QStringList{u"space"_s};
        QTest::newRow("non-ASCII letter") << u"pässwort1!"_s << QStringList{u"“ä”"_s};
        QTest::newRow("emoji counts once") << u"ab1!c\U0001F600"_s << QStringList{u"“\U0001F600”"_s};
        QTest::newRow("empty") << QString() << QStringList{u"at least 6"_s, u"letter"_s, u"digit"_s, u"marks"_s};
    }
    void checksEachRule()
    {
        QFETCH(QString, password);
        QFETCH(QStringList, mentions);
        const QStringList broken = aliExpress().check(password);
        QCOMPARE(broken.size(), mentions.size());
        for (qsizetype i = 0; i < broken.size(); ++i) {
            QVERIFY2(broken.at(i).contains(mentions.at(i)), qPrintable(broken.at(i)));
        }
    }

    void findingsForCallersThatWordThemThemselves()
    {
        using Problem = PasswordRules::Problem;
        const auto findings = aliExpress().findings(u"ä ä~"_s);
        QCOMPARE(findings.size(), 5);
        QCOMPARE(findings.at(0).problem, Problem::TooShort);
        QCOMPARE(findings.at(1).problem, Problem::NoLetter); // "ä" is not an ASCII letter
        QCOMPARE(findings.at(2).problem, Problem::NoDigit);
        QCOMPARE(findings.at(3).problem, Problem::NoPunctuation); // "~" is not one of AliExpress's marks
        QCOMPARE(findings.at(4).problem, Problem::RefusedCharacters);
        QCOMPARE(findings.at(4).refused, u"ä ~"_s); // each once, in order
        QVERIFY(aliExpress().findings(u"Shop2026!"_s).isEmpty());
        QCOMPARE(PasswordRules::lengthOf(u"ab\U0001F600"_s), 3);
    }

    void defaultRulesAllowEveryAsciiMark()
    {
        const PasswordRules rules;
        QVERIFY(rules.check(u"correct~horse|battery`staple 1"_s).size() == 1); // only the space
        QVERIFY(rules.check(u"correct~horse|battery`staple1"_s).isEmpty());
        QVERIFY(rules.check(u"Short1!"_s).first().contains(u"at least 16"_s));
    }
};

QTEST_GUILESS_MAIN(TestPasswordRules)
#include "tst_passwordrules.moc"
