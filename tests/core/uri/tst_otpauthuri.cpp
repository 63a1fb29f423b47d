// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEnvironment.h"
#include "otp/Base32.h"
#include "otp/OtpParameters.h"
#include "otp/OtpToken.h"
#include "uri/OtpAuthUri.h"
#include "uri/PercentEncoding.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::SecureBytes;
using tessera::otp::HashAlgorithm;
using tessera::otp::OtpParameters;
using tessera::otp::OtpToken;
using tessera::otp::OtpType;
using tessera::otp::TokenWarning;
using tessera::uri::OtpAuthUri;
using tessera::uri::PercentEncoding;

namespace {

QByteArray secretHex(const OtpToken& token)
{
    return QByteArray(reinterpret_cast<const char*>(token.secret().data()),
                      static_cast<qsizetype>(token.secret().size()))
        .toHex();
}

QString describe(const OtpParameters& p)
{
    QString s = OtpParameters::typeName(p.type()) + u' ' + OtpParameters::algorithmName(p.algorithm()) + u' '
                + QString::number(p.digits());
    if (p.type() == OtpType::Hotp) {
        s += u" counter "_s + QString::number(p.counter());
    } else {
        s += u" period "_s + QString::number(p.period());
    }
    return s;
}

OtpToken makeToken(const QString& issuer, const QString& name, const OtpParameters& parameters, const QByteArray& hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    auto token = OtpToken::create(issuer, name, parameters,
                                  SecureBytes::copyOf(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    Q_ASSERT(token.hasValue());
    return std::move(token).value();
}

/* The `secret` value of a URI, to prove error messages do not repeat it. */
QString secretOf(const QString& uri)
{
    const qsizetype at = uri.indexOf(u"secret="_s);
    if (at < 0) {
        return {};
    }
    const qsizetype end = uri.indexOf(u'&', at);
    return uri.mid(at + 7, end < 0 ? -1 : end - at - 7);
}

} // namespace

class TestOtpAuthUri : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void canonicalExamples();
    void parse_data();
    void parse();
    void malformed_data();
    void malformed();
    void percentEncoding_data();
    void percentEncoding();
    void formatCanonical_data();
    void formatCanonical();
    void roundTrip_data();
    void roundTrip();
    void longInputIsRefusedQuickly();
    void warningsPassThrough();
    void aegisPlainFixture();
};

void TestOtpAuthUri::canonicalExamples()
{
    auto first = OtpAuthUri::parse(u"otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example");
    QVERIFY2(first.hasValue(), first ? "" : qPrintable(first.error().message()));
    QCOMPARE(first->token().issuer(), u"Example"_s);
    QCOMPARE(first->token().name(), u"alice@google.com"_s);
    QCOMPARE(secretHex(first->token()), QByteArray("48656c6c6f21deadbeef"));
    QCOMPARE(first->token().parameters(), OtpParameters::totp().value());
    QVERIFY(first->labelIssuer().isEmpty());

    auto second =
        OtpAuthUri::parse(u"otpauth://totp/ACME%20Co:john.doe@email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"
                          u"&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30");
    QVERIFY(second.hasValue());
    QCOMPARE(second->token().issuer(), u"ACME Co"_s);
    QCOMPARE(second->token().name(), u"john.doe@email.com"_s);
    QCOMPARE(second->token().secret().size(), std::size_t(20));
    QCOMPARE(describe(second->token().parameters()), u"totp SHA1 6 period 30"_s);
}

void TestOtpAuthUri::parse_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("labelIssuer");
    QTest::addColumn<QString>("parameters"); // describe()
    QTest::addColumn<QByteArray>("secret");  // hex

    const QByteArray hello = "48656c6c6f21deadbeef";
    const QString S = u"JBSWY3DPEHPK3PXP"_s;
    const QString totp = u"totp SHA1 6 period 30"_s;

    QTest::newRow("issuer parameter wins over a different prefix")
        << u"otpauth://totp/Old:bob?secret=%1&issuer=New"_s.arg(S) << u"New"_s << u"bob"_s << u"Old"_s << totp << hello;
    QTest::newRow("same prefix and parameter: no label issuer")
        << u"otpauth://totp/Same:bob?secret=%1&issuer=Same"_s.arg(S) << u"Same"_s << u"bob"_s << QString() << totp
        << hello;
    QTest::newRow("prefix only") << u"otpauth://totp/Example:alice?secret=%1"_s.arg(S) << u"Example"_s << u"alice"_s
                                 << QString() << totp << hello;
    QTest::newRow("parameter only") << u"otpauth://totp/alice?secret=%1&issuer=Example"_s.arg(S) << u"Example"_s
                                    << u"alice"_s << QString() << totp << hello;
    QTest::newRow("no issuer at all") << u"otpauth://totp/alice?secret=%1"_s.arg(S) << QString() << u"alice"_s
                                      << QString() << totp << hello;
    QTest::newRow("empty issuer parameter counts as absent")
        << u"otpauth://totp/P:alice?secret=%1&issuer="_s.arg(S) << u"P"_s << u"alice"_s << QString() << totp << hello;
    QTest::newRow("%3A separator and %20 before the name (FORMATS example)")
        << u"otpauth://totp/Big%20Corporation%3A%20alice%40bigco.com?secret=%1&issuer=Big%20Corporation"_s.arg(S)
        << u"Big Corporation"_s << u"alice@bigco.com"_s << QString() << totp << hello;
    QTest::newRow("lower-case %3a separator")
        << u"otpauth://totp/Acme%3abob?secret=%1"_s.arg(S) << u"Acme"_s << u"bob"_s << QString() << totp << hello;
    QTest::newRow("leading spaces before the name trimmed, trailing kept")
        << u"otpauth://totp/Provider1:%20%20Alice%20Smith%20?secret=%1"_s.arg(S) << u"Provider1"_s << u"Alice Smith "_s
        << QString() << totp << hello;
    QTest::newRow("leading spaces trimmed without a prefix too")
        << u"otpauth://totp/%20%20bob?secret=%1&issuer=X"_s.arg(S) << u"X"_s << u"bob"_s << QString() << totp << hello;
    QTest::newRow("split at the first colon only")
        << u"otpauth://totp/Acme:c:d?secret=%1"_s.arg(S) << u"Acme"_s << u"c:d"_s << QString() << totp << hello;
    QTest::newRow("name with colon after the issuer parameter's prefix")
        << u"otpauth://totp/Acme:c:d?secret=%1&issuer=Acme"_s.arg(S) << u"Acme"_s << u"c:d"_s << QString() << totp
        << hello;
    QTest::newRow("Ente rule: issuer containing a colon")
        << u"otpauth://totp/A%3AB:carol?secret=%1&issuer=A%3AB"_s.arg(S) << u"A:B"_s << u"carol"_s << QString() << totp
        << hello;
    QTest::newRow("Ente rule with a literal colon in the label")
        << u"otpauth://totp/Corp:EU:carol?secret=%1&issuer=Corp:EU"_s.arg(S) << u"Corp:EU"_s << u"carol"_s << QString()
        << totp << hello;
    QTest::newRow("empty prefix: name keeps its colon")
        << u"otpauth://totp/:a:b?secret=%1"_s.arg(S) << QString() << u"a:b"_s << QString() << totp << hello;
    QTest::newRow("plus is a space in the issuer parameter")
        << u"otpauth://totp/Air%20Canada:Ben?secret=%1&issuer=Air+Canada"_s.arg(S) << u"Air Canada"_s << u"Ben"_s
        << QString() << totp << hello;
    QTest::newRow("plus is a space in the label") << u"otpauth://totp/Air+Canada:Ben+Smith?secret=%1"_s.arg(S)
                                                  << u"Air Canada"_s << u"Ben Smith"_s << QString() << totp << hello;
    QTest::newRow("%2B is a real plus") << u"otpauth://totp/A%2BB:c%2Bd?secret=%1&issuer=A%2BB"_s.arg(S) << u"A+B"_s
                                        << u"c+d"_s << QString() << totp << hello;
    QTest::newRow("unencoded # is literal, not a fragment")
        << u"otpauth://totp/Foo%20#1:bob?secret=%1&issuer=Foo%20#1&digits=8"_s.arg(S) << u"Foo #1"_s << u"bob"_s
        << QString() << u"totp SHA1 8 period 30"_s << hello;
    QTest::newRow("%25 fully decoded") << u"otpauth://totp/100%25:bob?secret=%1&issuer=100%25"_s.arg(S) << u"100%"_s
                                       << u"bob"_s << QString() << totp << hello;
    QTest::newRow("stray percent kept") << u"otpauth://totp/50%:bob?secret=%1"_s.arg(S) << u"50%"_s << u"bob"_s
                                        << QString() << totp << hello;
    QTest::newRow("UTF-8 percent-encoded") << u"otpauth://totp/Caf%C3%A9:b%C3%B8b?secret=%1"_s.arg(S) << u"Café"_s
                                           << u"bøb"_s << QString() << totp << hello;
    QTest::newRow("raw non-ASCII text") << u"otpauth://totp/銀行:ユーザー?secret=%1&issuer=銀行"_s.arg(S) << u"銀行"_s
                                        << u"ユーザー"_s << QString() << totp << hello;
    QTest::newRow("encoder=steam") << u"otpauth://totp/Valve:gabe?secret=%1&issuer=Valve&encoder=steam"_s.arg(S)
                                   << u"Valve"_s << u"gabe"_s << QString() << u"steam SHA1 5 period 30"_s << hello;
    QTest::newRow("encoder=Steam case-insensitive, digits=5 ignored")
        << u"otpauth://totp/Valve:gabe?secret=%1&digits=5&encoder=Steam"_s.arg(S) << u"Valve"_s << u"gabe"_s
        << QString() << u"steam SHA1 5 period 30"_s << hello;
    QTest::newRow("otpauth://steam/ with Aegis's digits=5")
        << u"otpauth://steam/Boeing:Sophia?secret=%1&issuer=Boeing&algorithm=SHA1&digits=5&period=30"_s.arg(S)
        << u"Boeing"_s << u"Sophia"_s << QString() << u"steam SHA1 5 period 30"_s << hello;
    QTest::newRow("type compared case-insensitively")
        << u"otpauth://TOTP/a?secret=%1"_s.arg(S) << QString() << u"a"_s << QString() << totp << hello;
    QTest::newRow("scheme compared case-insensitively") << u"OTPAUTH://Hotp/a?secret=%1&counter=3"_s.arg(S) << QString()
                                                        << u"a"_s << QString() << u"hotp SHA1 6 counter 3"_s << hello;
    QTest::newRow("lower-case algorithm") << u"otpauth://totp/a?secret=%1&algorithm=sha256"_s.arg(S) << QString()
                                          << u"a"_s << QString() << u"totp SHA256 6 period 30"_s << hello;
    QTest::newRow("SHA512, 8 digits, 60 s")
        << u"otpauth://totp/a?secret=%1&algorithm=SHA512&digits=8&period=60"_s.arg(S) << QString() << u"a"_s
        << QString() << u"totp SHA512 8 period 60"_s << hello;
    QTest::newRow("bounds: 10 digits, one day")
        << u"otpauth://totp/a?secret=%1&digits=10&period=86400"_s.arg(S) << QString() << u"a"_s << QString()
        << u"totp SHA1 10 period 86400"_s << hello;
    QTest::newRow("bounds: period 1") << u"otpauth://totp/a?secret=%1&period=1"_s.arg(S) << QString() << u"a"_s
                                      << QString() << u"totp SHA1 6 period 1"_s << hello;
    QTest::newRow("defaults") << u"otpauth://totp/a?secret=%1"_s.arg(S) << QString() << u"a"_s << QString() << totp
                              << hello;
    QTest::newRow("hotp counter") << u"otpauth://hotp/a?secret=%1&counter=4"_s.arg(S) << QString() << u"a"_s
                                  << QString() << u"hotp SHA1 6 counter 4"_s << hello;
    QTest::newRow("hotp counter 0") << u"otpauth://hotp/a?secret=%1&counter=0"_s.arg(S) << QString() << u"a"_s
                                    << QString() << u"hotp SHA1 6 counter 0"_s << hello;
    QTest::newRow("hotp counter at uint64 max")
        << u"otpauth://hotp/a?secret=%1&counter=18446744073709551615"_s.arg(S) << QString() << u"a"_s << QString()
        << u"hotp SHA1 6 counter 18446744073709551615"_s << hello;
    QTest::newRow("period on hotp ignored, even invalid")
        << u"otpauth://hotp/a?secret=%1&counter=1&period=0"_s.arg(S) << QString() << u"a"_s << QString()
        << u"hotp SHA1 6 counter 1"_s << hello;
    QTest::newRow("counter on totp ignored")
        << u"otpauth://totp/a?secret=%1&counter=9"_s.arg(S) << QString() << u"a"_s << QString() << totp << hello;
    QTest::newRow("lower-case secret with padding") << u"otpauth://totp/a?secret=jbswy3dpehpk3pxp%3D%3D%3D%3D%3D%3D"_s
                                                    << QString() << u"a"_s << QString() << totp << hello;
    QTest::newRow("secret with encoded spaces")
        << u"otpauth://totp/a?secret=JBSW%20Y3DP%20EHPK%203PXP"_s << QString() << u"a"_s << QString() << totp << hello;
    QTest::newRow("unknown parameters ignored, even twice")
        << u"otpauth://totp/a?image=x&secret=%1&color=ff0000&image=y&lock=true"_s.arg(S) << QString() << u"a"_s
        << QString() << totp << hello;
    QTest::newRow("parameter names case-insensitive")
        << u"otpauth://totp/a?SECRET=%1&Issuer=I"_s.arg(S) << u"I"_s << u"a"_s << QString() << totp << hello;
    QTest::newRow("surrounding whitespace")
        << u"  otpauth://totp/a?secret=%1\n"_s.arg(S) << QString() << u"a"_s << QString() << totp << hello;
    QTest::newRow("no label") << u"otpauth://totp?secret=%1&issuer=I"_s.arg(S) << u"I"_s << QString() << QString()
                              << totp << hello;
    QTest::newRow("empty pieces in the query")
        << u"otpauth://totp/a?&&secret=%1&&"_s.arg(S) << QString() << u"a"_s << QString() << totp << hello;
}

void TestOtpAuthUri::parse()
{
    QFETCH(QString, uri);
    QFETCH(QString, issuer);
    QFETCH(QString, name);
    QFETCH(QString, labelIssuer);
    QFETCH(QString, parameters);
    QFETCH(QByteArray, secret);

    auto parsed = OtpAuthUri::parse(uri);
    QVERIFY2(parsed.hasValue(), parsed ? "" : qPrintable(parsed.error().message()));
    QCOMPARE(parsed->token().issuer(), issuer);
    QCOMPARE(parsed->token().name(), name);
    QCOMPARE(parsed->labelIssuer(), labelIssuer);
    QCOMPARE(describe(parsed->token().parameters()), parameters);
    QCOMPARE(secretHex(parsed->token()), secret);
}

void TestOtpAuthUri::malformed_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions"); // the message must contain this (case-insensitive)

    const int invalid = static_cast<int>(ErrorCode::InvalidInput);
    const int unsupported = static_cast<int>(ErrorCode::Unsupported);
    const QString base = u"otpauth://totp/Acme:bob?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s;

    QTest::newRow("wrong scheme") << u"https://example.com/?secret=JBSWY3DPEHPK3PXP"_s << invalid << u"otpauth://"_s;
    QTest::newRow("migration link") << u"otpauth-migration://offline?data=CgA%3D"_s << invalid
                                    << u"Google Authenticator export"_s;
    QTest::newRow("junk") << u"hello world"_s << invalid << u"otpauth://"_s;
    QTest::newRow("empty") << QString() << invalid << u"otpauth://"_s;
    QTest::newRow("scheme without slashes")
        << u"otpauth:totp/a?secret=JBSWY3DPEHPK3PXP"_s << invalid << u"otpauth://"_s;
    QTest::newRow("no type") << u"otpauth:///a?secret=JBSWY3DPEHPK3PXP"_s << invalid << u"totp"_s;
    QTest::newRow("unknown type") << u"otpauth://motp/a?secret=JBSWY3DPEHPK3PXP"_s << unsupported << u"type"_s;
    QTest::newRow("missing secret") << u"otpauth://totp/Acme:bob?issuer=Acme"_s << invalid << u"secret"_s;
    QTest::newRow("no query at all") << u"otpauth://totp/Acme:bob"_s << invalid << u"secret"_s;
    QTest::newRow("empty secret") << u"otpauth://totp/a?secret=&issuer=x"_s << invalid << u"secret"_s;
    QTest::newRow("invalid secret") << u"otpauth://totp/a?secret=GEZDGNBVGY3TQOJQ01"_s << invalid << u"secret"_s;
    QTest::newRow("plus in secret is not a space")
        << u"otpauth://totp/a?secret=GEZDGNBV+GY3TQOJQ"_s << invalid << u"secret"_s;
    QTest::newRow("digits 5") << base + u"&digits=5"_s << invalid << u"digits"_s;
    QTest::newRow("digits 11") << base + u"&digits=11"_s << invalid << u"digits"_s;
    QTest::newRow("digits not a number") << base + u"&digits=six"_s << invalid << u"digits"_s;
    QTest::newRow("digits negative") << base + u"&digits=-6"_s << invalid << u"digits"_s;
    QTest::newRow("digits empty") << base + u"&digits="_s << invalid << u"digits"_s;
    QTest::newRow("digits huge") << base + u"&digits=99999999999999999999999"_s << invalid << u"digits"_s;
    QTest::newRow("period 0") << base + u"&period=0"_s << invalid << u"period"_s;
    QTest::newRow("period above a day") << base + u"&period=86401"_s << invalid << u"period"_s;
    QTest::newRow("period with unit") << base + u"&period=30s"_s << invalid << u"period"_s;
    QTest::newRow("period overflowing 64 bits") << base + u"&period=184467440737095516160"_s << invalid << u"period"_s;
    QTest::newRow("hotp without counter") << u"otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP"_s << invalid << u"counter"_s;
    QTest::newRow("counter negative") << u"otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP&counter=-1"_s << invalid
                                      << u"counter"_s;
    QTest::newRow("counter above uint64")
        << u"otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP&counter=18446744073709551616"_s << invalid << u"counter"_s;
    QTest::newRow("counter not a number")
        << u"otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP&counter=0x10"_s << invalid << u"counter"_s;
    QTest::newRow("unknown algorithm") << base + u"&algorithm=MD5"_s << unsupported << u"algorithm"_s;
    QTest::newRow("empty algorithm") << base + u"&algorithm="_s << invalid << u"algorithm"_s;
    QTest::newRow("duplicate secret") << base + u"&secret=JBSWY3DPEHPK3PXP"_s << invalid << u"secret"_s;
    QTest::newRow("duplicate digits") << base + u"&digits=6&digits=8"_s << invalid << u"digits"_s;
    QTest::newRow("duplicate issuer, other spelling") << base + u"&issuer=A&Issuer=B"_s << invalid << u"issuer"_s;
    QTest::newRow("unknown encoder") << base + u"&encoder=yandex"_s << unsupported << u"encoder"_s;
    QTest::newRow("steam encoder on hotp")
        << u"otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP&counter=1&encoder=steam"_s << invalid << u"steam"_s;
    QTest::newRow("too long") << base + u"&x="_s + QString(OtpAuthUri::kMaxUriLength, u'a') << invalid << u"too long"_s;
    QTest::newRow("account name too long")
        << u"otpauth://totp/"_s + QString(OtpAuthUri::kMaxTextLength + 1, u'n') + u"?secret=JBSWY3DPEHPK3PXP"_s
        << invalid << u"account name"_s;
    QTest::newRow("issuer too long") << base + u"&issuer="_s + QString(OtpAuthUri::kMaxTextLength + 1, u'i') << invalid
                                     << u"issuer"_s;
    QTest::newRow("secret too long (OtpToken cap)")
        << u"otpauth://totp/a?secret="_s + QString(1700, u'A') << invalid << u"secret"_s;
}

void TestOtpAuthUri::malformed()
{
    QFETCH(QString, uri);
    QFETCH(int, code);
    QFETCH(QString, mentions);

    auto parsed = OtpAuthUri::parse(uri);
    QVERIFY2(!parsed.hasValue(), "a malformed URI was accepted");
    const QString message = parsed.error().message();
    QCOMPARE(static_cast<int>(parsed.error().code()), code);
    QVERIFY2(message.contains(mentions, Qt::CaseInsensitive), qPrintable(message));
    // One sentence: ends with a full stop, no line breaks, readable length.
    QVERIFY2(message.endsWith(u'.') && !message.contains(u'\n') && message.size() < 200, qPrintable(message));
    const QString secret = secretOf(uri);
    if (secret.size() >= 6) {
        QVERIFY2(!message.contains(secret, Qt::CaseInsensitive), "the error message repeats the secret");
        QVERIFY2(!message.contains(secret.left(8), Qt::CaseInsensitive),
                 "the error message repeats part of the secret");
    }
}

void TestOtpAuthUri::percentEncoding_data()
{
    QTest::addColumn<QString>("encoded");
    QTest::addColumn<bool>("plusIsSpace");
    QTest::addColumn<QString>("decoded");
    QTest::newRow("plain") << u"abc"_s << true << u"abc"_s;
    QTest::newRow("plus as space") << u"a+b"_s << true << u"a b"_s;
    QTest::newRow("plus kept") << u"a+b"_s << false << u"a+b"_s;
    QTest::newRow("%2B never a space") << u"a%2Bb"_s << true << u"a+b"_s;
    QTest::newRow("%25 decoded once") << u"%2541"_s << true << u"%41"_s;
    QTest::newRow("lower-case hex") << u"%c3%a9"_s << true << u"é"_s;
    QTest::newRow("stray % at end") << u"100%"_s << true << u"100%"_s;
    QTest::newRow("% with one hex digit") << u"%4"_s << true << u"%4"_s;
    QTest::newRow("% with non-hex") << u"%zz"_s << true << u"%zz"_s;
    QTest::newRow("invalid UTF-8 becomes U+FFFD") << u"%FF"_s << true << QString(QChar(0xFFFD));
}

void TestOtpAuthUri::percentEncoding()
{
    QFETCH(QString, encoded);
    QFETCH(bool, plusIsSpace);
    QFETCH(QString, decoded);
    QCOMPARE(
        PercentEncoding::decode(encoded, plusIsSpace ? PercentEncoding::Plus::IsSpace : PercentEncoding::Plus::Keep),
        decoded);
    if (!decoded.contains(QChar(0xFFFD))) {
        QCOMPARE(PercentEncoding::decode(PercentEncoding::encode(decoded), PercentEncoding::Plus::IsSpace), decoded);
    }
}

void TestOtpAuthUri::formatCanonical_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind"); // totp | hotp | steam
    QTest::addColumn<QString>("expected");

    QTest::newRow("totp with issuer")
        << u"Example"_s << u"alice@google.com"_s << u"totp"_s
        << u"otpauth://totp/Example:alice%40google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example&algorithm=SHA1&digits=6&period=30"_s;
    QTest::newRow("no issuer: no prefix, no issuer parameter")
        << QString() << u"hotp demo"_s << u"hotp"_s
        << u"otpauth://hotp/hotp%20demo?secret=JBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&counter=4"_s;
    QTest::newRow("no issuer, colon in the name: empty prefix")
        << QString() << u"a:b"_s << u"totp"_s
        << u"otpauth://totp/:a%3Ab?secret=JBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&period=30"_s;
    QTest::newRow("reserved characters encoded")
        << u"A&B #1"_s << u"x+y%z"_s << u"totp"_s
        << u"otpauth://totp/A%26B%20%231:x%2By%25z?secret=JBSWY3DPEHPK3PXP&issuer=A%26B%20%231&algorithm=SHA1&digits=6&period=30"_s;
    QTest::newRow("steam as totp with encoder=steam")
        << u"Valve"_s << u"gabe"_s << u"steam"_s
        << u"otpauth://totp/Valve:gabe?secret=JBSWY3DPEHPK3PXP&issuer=Valve&algorithm=SHA1&digits=5&period=30&encoder=steam"_s;
}

void TestOtpAuthUri::formatCanonical()
{
    QFETCH(QString, issuer);
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const OtpParameters parameters = kind == u"hotp"_s    ? OtpParameters::hotp(HashAlgorithm::Sha1, 6, 4).value()
                                     : kind == u"steam"_s ? OtpParameters::steam()
                                                          : OtpParameters::totp().value();
    const OtpToken token = makeToken(issuer, name, parameters, "48656c6c6f21deadbeef");
    const QString formatted = OtpAuthUri::format(token);
    QCOMPARE(formatted, expected);
    auto back = OtpAuthUri::parse(formatted);
    QVERIFY(back.hasValue());
    QCOMPARE(back->token().issuer(), issuer);
    QCOMPARE(back->token().name(), name);
    QCOMPARE(back->token().parameters(), parameters);
}

void TestOtpAuthUri::roundTrip_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<int>("digits");
    QTest::addColumn<qulonglong>("periodOrCounter");
    QTest::addColumn<QByteArray>("secret");

    const QByteArray s20 = "3132333435363738393031323334353637383930";
    QTest::newRow("plain") << u"GitHub"_s << u"octocat"_s << u"totp"_s << u"SHA1"_s << 6 << 30ULL << s20;
    QTest::newRow("unicode issuer and name")
        << u"Ünïcødé Bänk"_s << u"jürgen@example.de"_s << u"totp"_s << u"SHA256"_s << 8 << 60ULL << s20;
    QTest::newRow("CJK and emoji") << u"銀行 🔐"_s << u"ユーザー 👤"_s << u"totp"_s << u"SHA512"_s << 7 << 15ULL << s20;
    QTest::newRow("colon in the name") << u"Acme"_s << u"team:ops"_s << u"totp"_s << u"SHA1"_s << 6 << 30ULL << s20;
    QTest::newRow("colon in the issuer") << u"Corp:EU"_s << u"carol"_s << u"totp"_s << u"SHA1"_s << 6 << 30ULL << s20;
    QTest::newRow("colon in both") << u"a:b"_s << u"c:d"_s << u"hotp"_s << u"SHA1"_s << 6 << 5ULL << s20;
    QTest::newRow("no issuer, colon in the name")
        << QString() << u"x:y"_s << u"totp"_s << u"SHA1"_s << 6 << 30ULL << s20;
    QTest::newRow("ampersand, hash, plus, percent")
        << u"A&B #1 + 100%"_s << u"me+tag@x.org & #2 %41"_s << u"totp"_s << u"SHA1"_s << 6 << 30ULL << s20;
    QTest::newRow("question mark, slash, equals")
        << u"a/b?c=d"_s << u"e=f/g?h"_s << u"totp"_s << u"SHA1"_s << 6 << 30ULL << s20;
    QTest::newRow("spaces inside and trailing")
        << u"Big Corp"_s << u"Alice Smith "_s << u"totp"_s << u"SHA1"_s << 6 << 30ULL << s20;
    QTest::newRow("empty name") << u"Only Issuer"_s << QString() << u"totp"_s << u"SHA1"_s << 6 << 30ULL << s20;
    QTest::newRow("both empty") << QString() << QString() << u"totp"_s << u"SHA1"_s << 6 << 30ULL << s20;
    QTest::newRow("hotp max counter") << u"H"_s << u"n"_s << u"hotp"_s << u"SHA256"_s << 10 << 18446744073709551615ULL
                                      << s20;
    QTest::newRow("hotp counter 0") << u"H"_s << u"n"_s << u"hotp"_s << u"SHA1"_s << 6 << 0ULL << s20;
    QTest::newRow("steam") << u"Steam"_s << u"gabe"_s << u"steam"_s << u"SHA1"_s << 5 << 30ULL << s20;
    QTest::newRow("one-day period, 10 digits") << u"P"_s << u"q"_s << u"totp"_s << u"SHA512"_s << 10 << 86400ULL << s20;
    QTest::newRow("one-byte secret") << u"T"_s << u"t"_s << u"totp"_s << u"SHA1"_s << 6 << 30ULL << QByteArray("ff");
    QTest::newRow("64-byte secret") << u"T"_s << u"t"_s << u"totp"_s << u"SHA512"_s << 6 << 30ULL
                                    << QByteArray(128, 'a');
}

void TestOtpAuthUri::roundTrip()
{
    QFETCH(QString, issuer);
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QFETCH(QString, algorithm);
    QFETCH(int, digits);
    QFETCH(qulonglong, periodOrCounter);
    QFETCH(QByteArray, secret);

    const HashAlgorithm hash = OtpParameters::algorithmFromName(algorithm).value();
    const OtpParameters parameters = kind == u"steam"_s ? OtpParameters::steam()
                                     : kind == u"hotp"_s
                                         ? OtpParameters::hotp(hash, digits, periodOrCounter).value()
                                         : OtpParameters::totp(hash, digits, static_cast<int>(periodOrCounter)).value();
    const OtpToken token = makeToken(issuer, name, parameters, secret);
    const QString uri = OtpAuthUri::format(token);
    // Only unreserved characters and the URI's own delimiters appear raw.
    for (const QChar c : uri) {
        QVERIFY2(c.unicode() < 0x80 && c != u' ' && c != u'#' && c != u'+', qPrintable(uri));
    }
    auto back = OtpAuthUri::parse(uri);
    QVERIFY2(back.hasValue(), back ? "" : qPrintable(back.error().message()));
    QCOMPARE(back->token().issuer(), issuer);
    QCOMPARE(back->token().name(), name);
    QCOMPARE(back->token().parameters(), parameters);
    QVERIFY(back->token().secret().equals(token.secret()));
    QVERIFY(back->labelIssuer().isEmpty());
    QCOMPARE(OtpAuthUri::format(back->token()), uri); // canonical: formatting is a fixed point
}

void TestOtpAuthUri::longInputIsRefusedQuickly()
{
    QElapsedTimer timer;
    timer.start();
    // Far over the cap: refused by length, not by work.
    const QString huge = u"otpauth://totp/"_s + QString(8 * 1024 * 1024, u':') + u"?secret=JBSWY3DPEHPK3PXP"_s;
    QVERIFY(!OtpAuthUri::parse(huge).hasValue());
    // Just under the cap, in shapes that would be quadratic for a naive splitter.
    const qsizetype room = OtpAuthUri::kMaxUriLength - 200;
    const QString colons = u"otpauth://totp/"_s + QString(room, u':') + u"?secret=JBSWY3DPEHPK3PXP"_s;
    QVERIFY(!OtpAuthUri::parse(colons).hasValue()); // name too long
    QString ampersands = u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP"_s;
    ampersands += QString(room, u'&');
    QVERIFY(OtpAuthUri::parse(ampersands).hasValue());
    QString percents = u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&"_s;
    percents += QString(room, u'%') + u"=v"_s; // every key is percent-decoded
    QVERIFY(OtpAuthUri::parse(percents).hasValue());
    QString pairs = u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP"_s;
    while (pairs.size() < room) {
        pairs += u"&k=v"_s;
    }
    QVERIFY(OtpAuthUri::parse(pairs).hasValue());
    // Generous bound (sanitizer builds are slow); a quadratic parser would take minutes.
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
}

void TestOtpAuthUri::warningsPassThrough()
{
    auto shortSecret = OtpAuthUri::parse(u"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP"_s);
    QVERIFY(shortSecret.hasValue());
    QVERIFY(shortSecret->warnings() == QList<TokenWarning>{TokenWarning::ShortSecret});
    auto fine = OtpAuthUri::parse(u"otpauth://totp/a?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s);
    QVERIFY(fine.hasValue());
    QVERIFY(fine->warnings().isEmpty());
    auto takenOut = fine->takeToken();
    QCOMPARE(takenOut.name(), u"a"_s);
}

void TestOtpAuthUri::aegisPlainFixture()
{
    TESSERA_REQUIRE_FIXTURE(path, u"otpauth-uri/plain.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList lines;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty()) {
            lines.append(QString::fromUtf8(line.trimmed()));
        }
    }
    QCOMPARE(lines.size(), 7);
    const QStringList expected = {
        u"Deno|Mason|totp SHA1 6 period 30"_s,
        u"SPDX|James|totp SHA256 7 period 20"_s,
        u"Airbnb|Elijah|totp SHA512 8 period 50"_s,
        u"Issuu|James|hotp SHA1 6 counter 1"_s,
        u"Air Canada|Benjamin|hotp SHA256 7 counter 50"_s,
        u"WWE|Mason|hotp SHA512 8 counter 10300"_s,
        u"Boeing|Sophia|steam SHA1 5 period 30"_s,
    };
    for (int i = 0; i < lines.size(); ++i) {
        auto parsed = OtpAuthUri::parse(lines[i]);
        QVERIFY2(parsed.hasValue(), parsed ? "" : qPrintable(parsed.error().message()));
        const OtpToken& t = parsed->token();
        QCOMPARE(t.issuer() + u'|' + t.name() + u'|' + describe(t.parameters()), expected[i]);
        QVERIFY(parsed->labelIssuer().isEmpty());
        auto again = OtpAuthUri::parse(OtpAuthUri::format(t));
        QVERIFY(again.hasValue());
        QCOMPARE(again->token().parameters(), t.parameters());
        QVERIFY(again->token().secret().equals(t.secret()));
    }
}

QTEST_APPLESS_MAIN(TestOtpAuthUri)
#include "tst_otpauthuri.moc"
