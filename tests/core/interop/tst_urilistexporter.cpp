// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The otpauth:// list exporter: one canonical link per line that UriListImporter (and Aegis and
// Ente, which take the type from the host) read back as the same accounts, odd names included.
#include "interop/UriListExporter.h"

#include "ExpectedAccount.h"
#include "interop/UriListImporter.h"
#include "otp/Base32.h"
#include "uri/OtpAuthUri.h"
#include "vault/VaultContent.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::crypto::SecureBytes;
using tessera::interop::ExportOutput;
using tessera::interop::UriListExporter;
using tessera::interop::UriListImporter;
using tessera::otp::HashAlgorithm;
using tessera::otp::OtpParameters;
using tessera::otp::OtpToken;
using tessera::otp::OtpType;
using tessera::vault::Account;
using tessera::vault::VaultContent;

namespace {

using Expected = tessera::test::ExpectedAccount;

OtpToken token(const Expected& e)
{
    auto secret = tessera::otp::Base32::decode(e.secret);
    Q_ASSERT(secret);
    auto parameters = e.type == OtpType::Steam  ? tessera::Result<OtpParameters>(OtpParameters::steam())
                      : e.type == OtpType::Hotp ? OtpParameters::hotp(e.algorithm, e.digits, e.counter)
                                                : OtpParameters::totp(e.algorithm, e.digits, e.period);
    Q_ASSERT(parameters);
    auto made = OtpToken::create(e.issuer, e.name, *parameters, std::move(secret).value());
    Q_ASSERT(made);
    return std::move(made).value();
}

VaultContent content(const QList<Expected>& accounts)
{
    VaultContent c;
    for (const Expected& e : accounts) {
        Account account(Account::newId(), token(e));
        account.group = u"ignored"_s; // a Key URI has no place for it
        account.note = u"ignored"_s;
        c.accounts.push_back(std::move(account));
    }
    return c;
}

QByteArray bytesOf(const ExportOutput& output)
{
    return QByteArray(reinterpret_cast<const char*>(output.bytes.data()), static_cast<qsizetype>(output.bytes.size()));
}

void roundTrip(const QList<Expected>& expected)
{
    auto output = UriListExporter().write(content(expected), std::nullopt);
    QVERIFY(output);
    QVERIFY(output->skipped.isEmpty());
    const QByteArray bytes = bytesOf(*output);
    QVERIFY(bytes.endsWith('\n'));
    QVERIFY(!bytes.contains('\r'));
    QCOMPARE(bytes.count('\n'), expected.size());
    const UriListImporter importer;
    QVERIFY(importer.recognises(bytes));
    auto result = importer.read(bytes, std::nullopt);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QVERIFY(result->warnings.isEmpty());
    tessera::test::compareAccounts(*result, expected);
}

} // namespace

class TestUriListExporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void identity();
    void exactLines();
    void vectorsRoundTrip();
    void oddNamesRoundTrip_data();
    void oddNamesRoundTrip();
    void emptyVault();
};

void TestUriListExporter::identity()
{
    const UriListExporter exporter;
    QCOMPARE(exporter.id(), u"uris"_s);
    QCOMPARE(exporter.name(), u"otpauth:// list"_s);
    QVERIFY(exporter.writesPlaintext());
    QVERIFY(!exporter.needsPassword());
}

void TestUriListExporter::exactLines()
{
    auto output = UriListExporter().write(content(tessera::test::aegisVectors({1, 4, 7})), std::nullopt);
    QVERIFY(output);
    const QList<QByteArray> lines = bytesOf(*output).split('\n');
    QCOMPARE(lines.size(), 4); // three links and the empty rest after the trailing newline
    QCOMPARE(lines.at(0), "otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno&algorithm=SHA1"
                          "&digits=6&period=30");
    QCOMPARE(lines.at(1), "otpauth://hotp/Issuu:James?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4&issuer=Issuu&algorithm=SHA1"
                          "&digits=6&counter=1");
    // Steam: Aegis's and Ente's host, KeePassXC's parameter (see UriListExporter.cpp).
    QCOMPARE(lines.at(2), "otpauth://steam/Boeing:Sophia?secret=JRZCL47CMXVOQMNPZR2F7J4RGI&issuer=Boeing"
                          "&algorithm=SHA1&digits=5&period=30&encoder=steam");
    QVERIFY(lines.at(3).isEmpty());
}

void TestUriListExporter::vectorsRoundTrip()
{
    roundTrip(tessera::test::aegisVectors({1, 2, 3, 4, 5, 6, 7}));
}

void TestUriListExporter::oddNamesRoundTrip_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("name");
    QTest::newRow("colon in name") << u"Example"_s << u"user:with:colons"_s;
    QTest::newRow("colon, no issuer") << QString() << u"alice:bob"_s;
    QTest::newRow("percent") << u"100% Corp"_s << u"50%off %41 %zz"_s;
    QTest::newRow("non-ASCII") << u"Bücherei Zürich ✓"_s << u"Zoë 山田 😀"_s;
    QTest::newRow("spaces") << u"Air Canada"_s << u"two  spaces inside"_s;
    QTest::newRow("URI characters") << u"A&B=C"_s << u"x+y#z?w/v&secret=AAAA"_s;
    QTest::newRow("no issuer") << QString() << u"lonely@example.com"_s;
    QTest::newRow("no name") << u"Issuer only"_s << QString();
    QTest::newRow("colon in issuer") << u"Acme: Cloud"_s << u"ops"_s;
}

void TestUriListExporter::oddNamesRoundTrip()
{
    QFETCH(QString, issuer);
    QFETCH(QString, name);
    QList<Expected> expected = {tessera::test::defaultTotp(issuer, name, u"JBSWY3DPEHPK3PXP"_s)};
    // The same names on the other types too, Steam in particular (a different host).
    Expected steam = tessera::test::aegisVector(7);
    steam.issuer = issuer;
    steam.name = name;
    expected.append(steam);
    Expected hotp = tessera::test::aegisVector(6);
    hotp.issuer = issuer;
    hotp.name = name;
    expected.append(hotp);
    roundTrip(expected);
}

void TestUriListExporter::emptyVault()
{
    auto output = UriListExporter().write(VaultContent(), SecureBytes::copyOf("ignored", 7));
    QVERIFY(output);
    QVERIFY(output->bytes.isEmpty());
    QVERIFY(output->skipped.isEmpty());
}

QTEST_GUILESS_MAIN(TestUriListExporter)
#include "tst_urilistexporter.moc"
