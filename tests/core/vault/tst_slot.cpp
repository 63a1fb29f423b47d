// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Random.h"
#include "vault/Slot.h"

#include <QTest>
#include <QUuid>

#include <cstring>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::Argon2id;
using tessera::crypto::Random;
using tessera::crypto::SecureBytes;
using tessera::vault::Slot;
using tessera::vault::SlotType;

namespace {

SecureBytes randomKey()
{
    auto key = Random::secretBytes(32);
    return key ? std::move(*key) : SecureBytes();
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

SecureBytes text(const char* value)
{
    return SecureBytes::copyOf(value, std::strlen(value));
}

} // namespace

class TestSlot : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keychainRoundTrip();
    void wrongKeyIsWrongPassword();
    void slotIsBoundToVaultIdAndType();
    void everySlotIsFresh();
    void passwordRoundTrip();
    void invalidInputsAreRefused();
};

void TestSlot::keychainRoundTrip()
{
    const SecureBytes master = randomKey();
    const SecureBytes wrapping = randomKey();
    const QString vaultId = newUuid();
    auto slot = Slot::makeKeychainSlot(master, wrapping, u"tessera-vault-"_s + vaultId, vaultId);
    QVERIFY2(slot, slot ? "" : qPrintable(slot.error().message()));
    QCOMPARE(slot->type, SlotType::Keychain);
    QCOMPARE(slot->keychainKey, u"tessera-vault-"_s + vaultId);
    QVERIFY(!QUuid::fromString(slot->id).isNull());
    QCOMPARE(QUuid::fromString(slot->id).toString(QUuid::WithoutBraces), slot->id);
    QCOMPARE(slot->nonce.size(), 12);
    QCOMPARE(slot->wrappedKey.size(), 48);
    // The wrapped bytes are not the key in clear.
    QVERIFY(!slot->wrappedKey.contains(QByteArrayView(master.data(), 32)));

    auto unwrapped = slot->unwrap(wrapping, vaultId);
    QVERIFY2(unwrapped, unwrapped ? "" : qPrintable(unwrapped.error().message()));
    QVERIFY(unwrapped->equals(master));
}

void TestSlot::wrongKeyIsWrongPassword()
{
    const SecureBytes master = randomKey();
    const SecureBytes wrapping = randomKey();
    const QString vaultId = newUuid();
    auto slot = Slot::makeKeychainSlot(master, wrapping, u"k"_s, vaultId);
    QVERIFY(slot);
    SecureBytes other = wrapping.clone();
    other.data()[31] ^= 1;
    auto unwrapped = slot->unwrap(other, vaultId);
    QVERIFY(!unwrapped);
    QCOMPARE(unwrapped.error().code(), ErrorCode::WrongPassword);
    auto unrelated = slot->unwrap(randomKey(), vaultId);
    QVERIFY(!unrelated);
    QCOMPARE(unrelated.error().code(), ErrorCode::WrongPassword);
}

void TestSlot::slotIsBoundToVaultIdAndType()
{
    const SecureBytes master = randomKey();
    const SecureBytes wrapping = randomKey();
    const QString vaultId = newUuid();
    auto made = Slot::makeKeychainSlot(master, wrapping, u"k"_s, vaultId);
    QVERIFY(made);
    const Slot& slot = *made;
    QVERIFY(slot.unwrap(wrapping, vaultId));

    // The same slot copied into another vault's header.
    auto elsewhere = slot.unwrap(wrapping, newUuid());
    QVERIFY(!elsewhere);
    QCOMPARE(elsewhere.error().code(), ErrorCode::WrongPassword);

    Slot renamed = slot;
    renamed.id = newUuid();
    QVERIFY(!renamed.unwrap(wrapping, vaultId));

    Slot retyped = slot;
    retyped.type = SlotType::Password;
    QVERIFY(!retyped.unwrap(wrapping, vaultId));

    Slot renonced = slot;
    renonced.nonce[0] = char(renonced.nonce[0] ^ 1);
    QVERIFY(!renonced.unwrap(wrapping, vaultId));
}

void TestSlot::everySlotIsFresh()
{
    const SecureBytes master = randomKey();
    const SecureBytes wrapping = randomKey();
    const QString vaultId = newUuid();
    auto a = Slot::makeKeychainSlot(master, wrapping, u"k"_s, vaultId);
    auto b = Slot::makeKeychainSlot(master, wrapping, u"k"_s, vaultId);
    QVERIFY(a && b);
    QVERIFY(a->id != b->id);
    QVERIFY(a->nonce != b->nonce);
    QVERIFY(a->wrappedKey != b->wrappedKey);
}

/* Real Argon2id at the vault setting (64 MiB, t = 3): three derivations. */
void TestSlot::passwordRoundTrip()
{
    const SecureBytes master = randomKey();
    const QString vaultId = newUuid();
    auto slot = Slot::makePasswordSlot(master, text("correct horse"), Argon2id::kVault, vaultId);
    QVERIFY2(slot, slot ? "" : qPrintable(slot.error().message()));
    QCOMPARE(slot->type, SlotType::Password);
    QCOMPARE(slot->kdf, Argon2id::kVault);
    QCOMPARE(slot->salt.size(), 16);
    QVERIFY(slot->salt != QByteArray(16, '\0'));
    QCOMPARE(slot->wrappedKey.size(), 48);

    auto right = slot->unwrapWithPassword(text("correct horse"), vaultId);
    QVERIFY2(right, right ? "" : qPrintable(right.error().message()));
    QVERIFY(right->equals(master));

    auto wrong = slot->unwrapWithPassword(text("correct horsf"), vaultId);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code(), ErrorCode::WrongPassword);
    QCOMPARE(wrong.error().message(), u"The password is wrong."_s);
}

void TestSlot::invalidInputsAreRefused()
{
    const SecureBytes master = randomKey();
    const SecureBytes wrapping = randomKey();
    const QString vaultId = newUuid();
    auto shortMaster = Slot::makeKeychainSlot(SecureBytes(16), wrapping, u"k"_s, vaultId);
    QVERIFY(!shortMaster);
    QCOMPARE(shortMaster.error().code(), ErrorCode::InvalidInput);
    auto shortWrapping = Slot::makeKeychainSlot(master, SecureBytes(31), u"k"_s, vaultId);
    QVERIFY(!shortWrapping);
    QCOMPARE(shortWrapping.error().code(), ErrorCode::InvalidInput);
    QVERIFY(!Slot::makeKeychainSlot(master, wrapping, QString(), vaultId));
    QVERIFY(!Slot::makeKeychainSlot(master, wrapping, u"k"_s, QString()));

    auto emptyPassword = Slot::makePasswordSlot(master, SecureBytes(), Argon2id::kVault, vaultId);
    QVERIFY(!emptyPassword);
    QCOMPARE(emptyPassword.error().code(), ErrorCode::InvalidInput);
    auto weak = Slot::makePasswordSlot(master, text("pw"), {Argon2id::kMiB, 1}, vaultId);
    QVERIFY(!weak);
    QCOMPARE(weak.error().code(), ErrorCode::InvalidInput);

    auto keychain = Slot::makeKeychainSlot(master, wrapping, u"k"_s, vaultId);
    QVERIFY(keychain);
    auto notPassword = keychain->unwrapWithPassword(text("pw"), vaultId);
    QVERIFY(!notPassword);
    QCOMPARE(notPassword.error().code(), ErrorCode::InvalidInput);
    auto badKey = keychain->unwrap(SecureBytes(8), vaultId);
    QVERIFY(!badKey);
    QCOMPARE(badKey.error().code(), ErrorCode::InvalidInput);

    // A slot whose parameters were forged past the caps is refused before any derivation.
    Slot forged = *keychain;
    forged.type = SlotType::Password;
    forged.salt = QByteArray(16, 's');
    forged.kdf = {64ULL * 1024 * Argon2id::kMiB, 3};
    auto bomb = forged.unwrapWithPassword(text("pw"), vaultId);
    QVERIFY(!bomb);
    QCOMPARE(bomb.error().code(), ErrorCode::Damaged);
}

QTEST_APPLESS_MAIN(TestSlot)
#include "tst_slot.moc"
