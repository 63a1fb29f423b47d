// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpectedAccount.h"

#include "otp/Base32.h"
#include "otp/OtpGenerator.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace tessera::test {

namespace {

using otp::HashAlgorithm;
using otp::OtpType;

const QList<ExpectedAccount>& vectors()
{
    static const QList<ExpectedAccount> list = {
        {u"Deno"_s, u"Mason"_s, OtpType::Totp, HashAlgorithm::Sha1, 6, 30, 0, u"4SJHB4GSD43FZBAI7C2HLRJGPQ"_s,
         u"591295"_s, u"790195"_s},
        {u"SPDX"_s, u"James"_s, OtpType::Totp, HashAlgorithm::Sha256, 7, 20, 0, u"5OM4WOOGPLQEF6UGN3CPEOOLWU"_s,
         u"3672433"_s, u"9993814"_s},
        {u"Airbnb"_s, u"Elijah"_s, OtpType::Totp, HashAlgorithm::Sha512, 8, 50, 0, u"7ELGJSGXNCCTV3O6LKJWYFV2RA"_s,
         u"48148234"_s, u"65516786"_s},
        {u"Issuu"_s,
         u"James"_s,
         OtpType::Hotp,
         HashAlgorithm::Sha1,
         6,
         30,
         1,
         u"YOOMIXWS5GN6RTBPUFFWKTW5M4"_s,
         u"253717"_s,
         {}},
        {u"Air Canada"_s,
         u"Benjamin"_s,
         OtpType::Hotp,
         HashAlgorithm::Sha256,
         7,
         30,
         50,
         u"KUVJJOM753IHTNDSZVCNKL7GII"_s,
         u"4444976"_s,
         {}},
        {u"WWE"_s,
         u"Mason"_s,
         OtpType::Hotp,
         HashAlgorithm::Sha512,
         8,
         30,
         10300,
         u"5VAML3X35THCEBVRLV24CGBKOY"_s,
         u"24622277"_s,
         {}},
        {u"Boeing"_s, u"Sophia"_s, OtpType::Steam, HashAlgorithm::Sha1, 5, 30, 0, u"JRZCL47CMXVOQMNPZR2F7J4RGI"_s,
         u"C2F47"_s, u"747JR"_s},
    };
    return list;
}

QString codeAt(const otp::OtpToken& token, qint64 time)
{
    auto generator = otp::OtpGenerator::create(token.parameters(), token.secret().bytes());
    if (!generator) {
        return u"<no generator>"_s;
    }
    auto code = generator->codeAt(time);
    return code ? *code : u"<no code>"_s;
}

} // namespace

ExpectedAccount aegisVector(int n)
{
    Q_ASSERT(n >= 1 && n <= vectors().size());
    return vectors().at(n - 1);
}

QList<ExpectedAccount> aegisVectors(std::initializer_list<int> numbers)
{
    QList<ExpectedAccount> list;
    for (int n : numbers) {
        list.append(aegisVector(n));
    }
    return list;
}

ExpectedAccount aegisVector(const QString& issuer, const QString& name)
{
    for (const ExpectedAccount& expected : vectors()) {
        if (expected.issuer == issuer && expected.name == name) {
            return expected;
        }
    }
    qFatal("no Aegis vector %s / %s", qPrintable(issuer), qPrintable(name));
}

ExpectedAccount defaultTotp(const QString& issuer, const QString& name, const QString& secret)
{
    return ExpectedAccount{issuer, name, OtpType::Totp, HashAlgorithm::Sha1, 6, 30, 0, secret, {}, {}};
}

otp::OtpToken makeToken(const ExpectedAccount& expected)
{
    Result<otp::OtpParameters> parameters = otp::OtpParameters::steam();
    switch (expected.type) {
    case OtpType::Totp:
        parameters = otp::OtpParameters::totp(expected.algorithm, expected.digits, expected.period);
        break;
    case OtpType::Hotp:
        parameters = otp::OtpParameters::hotp(expected.algorithm, expected.digits, expected.counter);
        break;
    case OtpType::Steam:
        break;
    }
    auto secret = otp::Base32::decode(expected.secret);
    if (!parameters || !secret) {
        qFatal("bad expected account %s / %s", qPrintable(expected.issuer), qPrintable(expected.name));
    }
    auto token = otp::OtpToken::create(expected.issuer, expected.name, *parameters, std::move(secret).value());
    if (!token) {
        qFatal("bad expected account %s: %s", qPrintable(expected.issuer), qPrintable(token.error().message()));
    }
    return std::move(token).value();
}

vault::VaultContent makeContent(const QList<ExpectedAccount>& accounts)
{
    vault::VaultContent content;
    for (const ExpectedAccount& expected : accounts) {
        content.accounts.emplace_back(vault::Account::newId(), makeToken(expected));
    }
    return content;
}

void compareAccount(const interop::ImportedAccount& account, const ExpectedAccount& expected)
{
    QVERIFY2(!account.problem, qPrintable(account.problem ? account.problem->message() : QString()));
    QVERIFY(account.token);
    const otp::OtpToken& token = *account.token;
    QCOMPARE(token.issuer(), expected.issuer);
    QCOMPARE(token.name(), expected.name);
    const otp::OtpParameters& parameters = token.parameters();
    QCOMPARE(parameters.type(), expected.type);
    QCOMPARE(parameters.algorithm(), expected.algorithm);
    QCOMPARE(parameters.digits(), expected.digits);
    if (parameters.isTimeBased()) {
        QCOMPARE(parameters.period(), expected.period);
    } else {
        QCOMPARE(parameters.counter(), expected.counter);
    }
    auto secret = otp::Base32::decode(expected.secret);
    QVERIFY2(secret, qPrintable(u"expected secret is not Base32: "_s + expected.secret));
    QCOMPARE(otp::Base32::encode(token.secret().bytes()), otp::Base32::encode(secret->bytes()));
    if (!expected.codeAt0.isEmpty()) {
        QCOMPARE(codeAt(token, 0), expected.codeAt0);
    }
    if (!expected.codeAt1700000000.isEmpty()) {
        QCOMPARE(codeAt(token, 1700000000), expected.codeAt1700000000);
    }
}

void compareAccounts(const interop::ImportResult& result, const QList<ExpectedAccount>& expected)
{
    QCOMPARE(result.accounts.size(), static_cast<std::size_t>(expected.size()));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        compareAccount(result.accounts[static_cast<std::size_t>(i)], expected[i]);
        if (QTest::currentTestFailed()) {
            qWarning("account %lld (%s / %s) differs", static_cast<long long>(i + 1), qPrintable(expected[i].issuer),
                     qPrintable(expected[i].name));
            return;
        }
    }
}

} // namespace tessera::test
