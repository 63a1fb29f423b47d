// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/SecureBytes.h"

#include <QTest>

#include <type_traits>

using tessera::crypto::SecureBytes;

class TestSecureBytes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void isMoveOnly();
    void copiesAndComparesBytes();
    void moveLeavesSourceEmpty();
    void clearEmpties();
};

void TestSecureBytes::isMoveOnly()
{
    static_assert(!std::is_copy_constructible_v<SecureBytes>);
    static_assert(!std::is_copy_assignable_v<SecureBytes>);
    static_assert(std::is_nothrow_move_constructible_v<SecureBytes>);
    QVERIFY(SecureBytes().isEmpty());
}

void TestSecureBytes::copiesAndComparesBytes()
{
    const char raw[] = "secret";
    const SecureBytes a = SecureBytes::copyOf(raw, 6);
    QCOMPARE(a.size(), std::size_t(6));
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(a.data()), 6), QByteArray("secret"));
    const SecureBytes b = a.clone();
    QVERIFY(a.equals(b));
    QVERIFY(a.data() != b.data());
    QVERIFY(!a.equals(SecureBytes::copyOf("secreT", 6)));
    QVERIFY(!a.equals(SecureBytes::copyOf("secre", 5)));
    const SecureBytes zeros(4);
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(zeros.data()), 4), QByteArray(4, '\0'));
}

void TestSecureBytes::moveLeavesSourceEmpty()
{
    SecureBytes a = SecureBytes::copyOf("abc", 3);
    SecureBytes b = std::move(a);
    QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is the point
    QCOMPARE(b.size(), std::size_t(3));
    SecureBytes c;
    c = std::move(b);
    QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(c.size(), std::size_t(3));
}

void TestSecureBytes::clearEmpties()
{
    SecureBytes a = SecureBytes::copyOf("abc", 3);
    a.clear();
    QVERIFY(a.isEmpty());
    QCOMPARE(a.data(), nullptr);
}

QTEST_APPLESS_MAIN(TestSecureBytes)
#include "tst_securebytes.moc"
