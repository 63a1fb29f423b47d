// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Aead.h"
#include "crypto/Random.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::Aead;
using tessera::crypto::Random;
using tessera::crypto::SecureBytes;

namespace {

std::span<const std::uint8_t> bytesOf(const QByteArray& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size())};
}

SecureBytes keyFromHex(const char* hex)
{
    const QByteArray raw = QByteArray::fromHex(hex);
    return SecureBytes::copyOf(raw.constData(), std::size_t(raw.size()));
}

QByteArray toByteArray(const SecureBytes& bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

} // namespace

class TestAead : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void knownAnswer_data();
    void knownAnswer();
    void roundTripsEmptyAndLarge();
    void tamperingIsDamaged_data();
    void tamperingIsDamaged();
    void wrongSizesAreRefused();
    void randomBytesDiffer();
};

/* The GCM specification's AES-256 test cases (McGrew & Viega, "The Galois/Counter Mode of
 * Operation", test cases 13, 14 and 16; the same vectors as NIST's gcmEncryptExtIV256). */
void TestAead::knownAnswer_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("expected"); // ciphertext || tag

    const QByteArray zeroKey(32, '\0');
    const QByteArray zeroNonce(12, '\0');
    QTest::newRow("case 13: empty") << zeroKey << zeroNonce << QByteArray() << QByteArray()
                                    << QByteArray::fromHex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("case 14: one zero block")
        << zeroKey << zeroNonce << QByteArray(16, '\0') << QByteArray()
        << QByteArray::fromHex("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("case 16: 60 bytes with AAD")
        << QByteArray::fromHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")
        << QByteArray::fromHex("cafebabefacedbaddecaf888")
        << QByteArray::fromHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                               "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39")
        << QByteArray::fromHex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
        << QByteArray::fromHex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                               "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
                               "76fc6ece0f4e1768cddf8853bb2d551b");
}

void TestAead::knownAnswer()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, expected);
    const SecureBytes k = SecureBytes::copyOf(key.constData(), std::size_t(key.size()));

    auto sealed = Aead::encrypt(k, bytesOf(nonce), bytesOf(plaintext), bytesOf(aad));
    QVERIFY2(sealed, sealed ? "" : qPrintable(sealed.error().message()));
    QCOMPARE(sealed->toHex(), expected.toHex());

    auto opened = Aead::decrypt(k, bytesOf(nonce), bytesOf(expected), bytesOf(aad));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
    QCOMPARE(toByteArray(*opened).toHex(), plaintext.toHex());
}

void TestAead::roundTripsEmptyAndLarge()
{
    auto key = Random::secretBytes(32);
    QVERIFY(key);
    const QByteArray nonce(12, '\x07');
    for (const qsizetype size : {qsizetype(0), qsizetype(1), qsizetype(15), qsizetype(17), qsizetype(1 << 20)}) {
        QByteArray plaintext(size, '\0');
        for (qsizetype i = 0; i < size; ++i) {
            plaintext[i] = char(i * 31 + 7);
        }
        auto sealed = Aead::encrypt(*key, bytesOf(nonce), bytesOf(plaintext), {});
        QVERIFY(sealed);
        QCOMPARE(sealed->size(), size + qsizetype(Aead::kTagSize));
        if (size > 0) {
            QVERIFY(sealed->left(size) != plaintext); // really encrypted
        }
        auto opened = Aead::decrypt(*key, bytesOf(nonce), bytesOf(*sealed), {});
        QVERIFY(opened);
        QCOMPARE(toByteArray(*opened), plaintext);
    }
}

void TestAead::tamperingIsDamaged_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("index");
    for (const auto& what : {u"ciphertext"_s, u"tag"_s, u"aad"_s, u"nonce"_s, u"key"_s}) {
        for (const int index : {0, 5, 11}) {
            QTest::addRow("%s[%d]", qPrintable(what), index) << what << index;
        }
    }
}

void TestAead::tamperingIsDamaged()
{
    QFETCH(QString, what);
    QFETCH(int, index);
    const SecureBytes key = keyFromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    QByteArray nonce = QByteArray::fromHex("0123456789abcdef01234567");
    QByteArray aad = "tessera associated data";
    const QByteArray plaintext = "the quick brown fox jumps over the lazy dog";
    auto sealed = Aead::encrypt(key, bytesOf(nonce), bytesOf(plaintext), bytesOf(aad));
    QVERIFY(sealed);
    QByteArray data = *sealed;
    SecureBytes usedKey = key.clone();

    if (what == u"ciphertext"_s) {
        data[index] = char(data[index] ^ 0x01);
    } else if (what == u"tag"_s) {
        const qsizetype at = data.size() - qsizetype(Aead::kTagSize) + index;
        data[at] = char(data[at] ^ 0x80);
    } else if (what == u"aad"_s) {
        aad[index] = char(aad[index] ^ 0x10);
    } else if (what == u"nonce"_s) {
        nonce[index] = char(nonce[index] ^ 0x04);
    } else {
        usedKey.data()[index] ^= 0x02;
    }
    auto opened = Aead::decrypt(usedKey, bytesOf(nonce), bytesOf(data), bytesOf(aad));
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), ErrorCode::Damaged);
    QVERIFY(!opened.error().message().isEmpty());
}

void TestAead::wrongSizesAreRefused()
{
    const QByteArray nonce(12, '\0');
    const QByteArray text = "x";
    for (const std::size_t size : {std::size_t(0), std::size_t(16), std::size_t(31), std::size_t(33)}) {
        const SecureBytes key(size);
        auto sealed = Aead::encrypt(key, bytesOf(nonce), bytesOf(text), {});
        QVERIFY(!sealed);
        QCOMPARE(sealed.error().code(), ErrorCode::InvalidInput);
        auto opened = Aead::decrypt(key, bytesOf(nonce), bytesOf(QByteArray(32, 'a')), {});
        QVERIFY(!opened);
        QCOMPARE(opened.error().code(), ErrorCode::InvalidInput);
    }
    const SecureBytes key(32);
    for (const qsizetype size : {qsizetype(0), qsizetype(8), qsizetype(11), qsizetype(13), qsizetype(16)}) {
        const QByteArray badNonce(size, '\0');
        auto sealed = Aead::encrypt(key, bytesOf(badNonce), bytesOf(text), {});
        QVERIFY(!sealed);
        QCOMPARE(sealed.error().code(), ErrorCode::InvalidInput);
    }
    // Shorter than a tag: nothing to authenticate, so it cannot be the output of encrypt().
    for (const qsizetype size : {qsizetype(0), qsizetype(1), qsizetype(15)}) {
        auto opened = Aead::decrypt(key, bytesOf(nonce), bytesOf(QByteArray(size, 'a')), {});
        QVERIFY(!opened);
        QCOMPARE(opened.error().code(), ErrorCode::Damaged);
    }
}

void TestAead::randomBytesDiffer()
{
    auto a = Random::secretBytes(32);
    auto b = Random::secretBytes(32);
    QVERIFY(a && b);
    QCOMPARE(a->size(), std::size_t(32));
    QVERIFY(!a->equals(*b));
    QVERIFY(!a->equals(SecureBytes(32)));
    auto p = Random::publicBytes(12);
    auto q = Random::publicBytes(12);
    QVERIFY(p && q);
    QCOMPARE(p->size(), qsizetype(12));
    QVERIFY(*p != *q);
    QVERIFY(!Random::publicBytes(-1));
    auto none = Random::publicBytes(0);
    QVERIFY(none && none->isEmpty());
}

QTEST_APPLESS_MAIN(TestAead)
#include "tst_aead.moc"
