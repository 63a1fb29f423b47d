// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/AccountRecovery.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::SecureBytes;
using tessera::vault::AccountRecovery;

namespace {

SecureBytes bytesOf(const QByteArray& text)
{
    return SecureBytes::copyOf(text.constData(), std::size_t(text.size()));
}

QString textOf(const SecureBytes& bytes)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

QStringList split(const QByteArray& pasted)
{
    auto codes = AccountRecovery::splitBackupCodes(bytesOf(pasted));
    if (!codes) {
        return {u"<error>"_s};
    }
    QStringList result;
    for (const SecureBytes& code : *codes) {
        result.append(textOf(code));
    }
    return result;
}

} // namespace

class TestAccountRecovery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void splitsPastedLists_data();
    void splitsPastedLists();
    void refusesWhatIsNotACode();
    void addDropsDuplicates();
    void addRefusesPastTheLimit();
    void usedCodesAndWarning();
    void loginUrl_data();
    void loginUrl();
    void cloneIsDeepAndEmptyIsEmpty();
};

void TestAccountRecovery::splitsPastedLists_data()
{
    QTest::addColumn<QByteArray>("pasted");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("one per line") << QByteArray("12345678\n87654321\r\n11112222\r")
                                  << QStringList{u"12345678"_s, u"87654321"_s, u"11112222"_s};
    QTest::newRow("grouped, one per line (Google)")
        << QByteArray("1234 5678\n2345 6789\n") << QStringList{u"1234 5678"_s, u"2345 6789"_s};
    QTest::newRow("a whole line in groups is one code")
        << QByteArray("abcd efgh ijkl") << QStringList{u"abcd efgh ijkl"_s};
    QTest::newRow("long parts on one line are several codes")
        << QByteArray("12345678 87654321 11112222") << QStringList{u"12345678"_s, u"87654321"_s, u"11112222"_s};
    QTest::newRow("mixed lengths stay one code") << QByteArray("1234 567890") << QStringList{u"1234 567890"_s};
    QTest::newRow("commas and semicolons")
        << QByteArray("aaaa-1111, bbbb-2222;cccc-3333") << QStringList{u"aaaa-1111"_s, u"bbbb-2222"_s, u"cccc-3333"_s};
    QTest::newRow("two columns of grouped codes")
        << QByteArray("1234 5678    2345 6789\n3456 7890\t4567 8901")
        << QStringList{u"1234 5678"_s, u"2345 6789"_s, u"3456 7890"_s, u"4567 8901"_s};
    QTest::newRow("numbered list and label") << QByteArray("Backup codes:\n1. 1234 5678\n2) 2345 6789\n10. x9y8z7w6\n")
                                             << QStringList{u"1234 5678"_s, u"2345 6789"_s, u"x9y8z7w6"_s};
    QTest::newRow("bullets and a lone number") << QByteArray("- abcdefgh\n* bcdefghi\n\xe2\x80\xa2 cdefghij\n4.\n")
                                               << QStringList{u"abcdefgh"_s, u"bcdefghi"_s, u"cdefghij"_s};
    QTest::newRow("a number that is a code keeps its dot-free digits")
        << QByteArray("12345678\n1.5") << QStringList{u"12345678"_s, u"1.5"_s};
    QTest::newRow("no-break spaces from a web page") << QByteArray("1234\xc2\xa0"
                                                                   "5678")
                                                     << QStringList{u"1234 5678"_s};
    QTest::newRow("surrounding spaces and blank lines")
        << QByteArray("\n   1234 5678   \n\n , ,\n") << QStringList{u"1234 5678"_s};
    QTest::newRow("non-ASCII kept as is") << QByteArray("cödé-1234") << QStringList{u"cödé-1234"_s};
    QTest::newRow("empty") << QByteArray() << QStringList{};
}

void TestAccountRecovery::splitsPastedLists()
{
    QFETCH(QByteArray, pasted);
    QFETCH(QStringList, codes);
    QCOMPARE(split(pasted), codes);
}

void TestAccountRecovery::refusesWhatIsNotACode()
{
    auto codes = AccountRecovery::splitBackupCodes(bytesOf(QByteArray(65, 'a')));
    QVERIFY(!codes);
    QCOMPARE(codes.error().code(), ErrorCode::InvalidInput);
    QVERIFY(codes.error().message().contains(u"too long"_s));
    QVERIFY(AccountRecovery::splitBackupCodes(bytesOf(QByteArray(64, 'a'))).hasValue());

    AccountRecovery recovery;
    QVERIFY(!recovery.addBackupCodes(bytesOf("12345678\n" + QByteArray(80, 'b'))));
    QCOMPARE(recovery.codeCount(), 0); // nothing added from a refused paste
}

void TestAccountRecovery::addDropsDuplicates()
{
    AccountRecovery recovery;
    auto added = recovery.addBackupCodes(bytesOf("ABCD-1234\nabcd 1234\nefgh-5678\n"));
    QVERIFY(added);
    QCOMPARE(*added, 2);
    QCOMPARE(textOf(recovery.backupCodes()[0].code), u"ABCD-1234"_s);
    QCOMPARE(textOf(recovery.backupCodes()[1].code), u"efgh-5678"_s);
    QVERIFY(recovery.setUsed(0, true));
    added = recovery.addBackupCodes(bytesOf("abcd1234, EFGH5678, ijkl-9012"));
    QVERIFY(added);
    QCOMPARE(*added, 1);
    QCOMPARE(recovery.codeCount(), 3);
    QVERIFY(recovery.backupCodes()[0].used); // the known code kept its mark
    QCOMPARE(*recovery.addBackupCodes(bytesOf("- - -")), 0);
}

void TestAccountRecovery::addRefusesPastTheLimit()
{
    AccountRecovery recovery;
    QByteArray list;
    for (std::size_t i = 0; i < AccountRecovery::kMaxCodes; ++i) {
        list += QByteArray::number(qulonglong(10000000 + i)) + '\n';
    }
    QCOMPARE(*recovery.addBackupCodes(bytesOf(list)), int(AccountRecovery::kMaxCodes));
    auto more = recovery.addBackupCodes(bytesOf("99999999"));
    QVERIFY(!more);
    QCOMPARE(recovery.codeCount(), int(AccountRecovery::kMaxCodes));
    QCOMPARE(*recovery.addBackupCodes(bytesOf("10000000")), 0); // a duplicate is not "more"
}

void TestAccountRecovery::usedCodesAndWarning()
{
    AccountRecovery recovery;
    QVERIFY(!recovery.needsWarning()); // no codes saved: nothing to warn about
    QCOMPARE(*recovery.addBackupCodes(bytesOf("11111111\n22222222\n33333333\n44444444")), 4);
    QCOMPARE(recovery.remainingCodes(), 4);
    QVERIFY(!recovery.needsWarning());
    QVERIFY(recovery.setUsed(0, true));
    QVERIFY(!recovery.needsWarning()); // 3 left
    QVERIFY(recovery.setUsed(1, true));
    QCOMPARE(recovery.remainingCodes(), 2);
    QVERIFY(recovery.needsWarning()); // 2 left
    QVERIFY(recovery.setUsed(2, true));
    QVERIFY(recovery.setUsed(3, true));
    QCOMPARE(recovery.remainingCodes(), 0);
    QVERIFY(recovery.needsWarning()); // none left
    QVERIFY(recovery.setUsed(3, false));
    QCOMPARE(recovery.remainingCodes(), 1);
    QCOMPARE(recovery.setUsed(4, true).error().code(), ErrorCode::NotFound);
    QVERIFY(recovery.removeBackupCode(0));
    QCOMPARE(recovery.codeCount(), 3);
    QCOMPARE(textOf(recovery.backupCodes()[0].code), u"22222222"_s);
    QVERIFY(!recovery.removeBackupCode(3));
    recovery.clearBackupCodes();
    QVERIFY(!recovery.needsWarning());
}

void TestAccountRecovery::loginUrl_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored"); // empty: refused
    QTest::newRow("https") << u"https://login.aliexpress.com/"_s << u"https://login.aliexpress.com/"_s;
    QTest::newRow("trimmed") << u"  https://www.ebay.com/signin  "_s << u"https://www.ebay.com/signin"_s;
    QTest::newRow("upper-case scheme") << u"HTTPS://example.com/a?b=c"_s << u"https://example.com/a?b=c"_s;
    QTest::newRow("look-alike letters kept as xn--")
        << u"https://аliexpress.com/"_s << u"https://xn--liexpress-zyh.com/"_s;
    QTest::newRow("http") << u"http://login.aliexpress.com/"_s << QString();
    QTest::newRow("no scheme") << u"login.aliexpress.com"_s << QString();
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << QString();
    QTest::newRow("user@ trick") << u"https://aliexpress.com@evil.example/"_s << QString();
    QTest::newRow("user:password@") << u"https://a:b@example.com/"_s << QString();
    QTest::newRow("no dot") << u"https://localhost/"_s << QString();
    QTest::newRow("space inside") << u"https://example.com/a b"_s << QString();
}

void TestAccountRecovery::loginUrl()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    AccountRecovery recovery;
    QVERIFY(recovery.setLoginUrl(u"https://before.example/"_s));
    const auto set = recovery.setLoginUrl(typed);
    if (stored.isEmpty()) {
        QVERIFY(!set);
        QCOMPARE(set.error().code(), ErrorCode::InvalidInput);
        QCOMPARE(recovery.loginUrl(), u"https://before.example/"_s); // a refused address changes nothing
    } else {
        QVERIFY2(set, qPrintable(set ? QString() : set.error().message()));
        QCOMPARE(recovery.loginUrl(), stored);
    }
    QVERIFY(recovery.setLoginUrl(QString()));
    QVERIFY(recovery.loginUrl().isEmpty());
}

void TestAccountRecovery::cloneIsDeepAndEmptyIsEmpty()
{
    AccountRecovery recovery;
    QVERIFY(recovery.isEmpty());
    recovery.email = u"me@example.com"_s;
    QVERIFY(!recovery.isEmpty());
    QCOMPARE(*recovery.addBackupCodes(bytesOf("11111111\n22222222")), 2);
    QVERIFY(recovery.progress.setDone(u"aliexpress"_s, u"hacked"_s, u"change-password"_s, true,
                                      QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC)));
    AccountRecovery copy = recovery.clone();
    QVERIFY(recovery.setUsed(0, true));
    recovery.email.clear();
    QVERIFY(!copy.backupCodes()[0].used);
    QVERIFY(copy.backupCodes()[1].code.equals(recovery.backupCodes()[1].code));
    QCOMPARE(copy.email, u"me@example.com"_s);
    QVERIFY(copy.progress == recovery.progress);
}

QTEST_APPLESS_MAIN(TestAccountRecovery)
#include "tst_accountrecovery.moc"
