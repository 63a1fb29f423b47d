// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Argon2id.h"
#include "crypto/Random.h"

#include "TestEnvironment.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::Argon2id;
using tessera::crypto::Argon2Parameters;
using tessera::crypto::SecureBytes;

namespace {

constexpr quint64 kKiB = 1024;
constexpr quint64 kMiB = Argon2id::kMiB;
constexpr quint64 kGiB = 1024 * kMiB;

std::span<const std::uint8_t> bytesOf(const QByteArray& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size())};
}

QByteArray hexOf(const SecureBytes& bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())).toHex();
}

} // namespace

class TestArgon2id : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void knownAnswer_data();
    void knownAnswer();
    void matchesReferenceImplementation();
    void boundsAreChecked_data();
    void boundsAreChecked();
    void hugeMemoryIsRefusedBeforeAllocating();
    void foreignSkipsTheFloorButKeepsTheCaps();
    void saltMustBe16Bytes();
    void outOfMemoryIsAnError();
};

/* Expected keys computed with the Argon2 reference implementation (libargon2 through Debian's
 * python3-argon2, argon2.low_level.hash_secret_raw, type ID, version 0x13, parallelism 1), which
 * shares no code with libsodium's crypto_pwhash. */
void TestArgon2id::knownAnswer_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint64>("memoryBytes");
    QTest::addColumn<quint32>("iterations");
    QTest::addColumn<bool>("foreign");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("vault setting 64 MiB t=3")
        << QByteArray("correct horse battery staple") << QByteArray::fromHex("000102030405060708090a0b0c0d0e0f")
        << 64 * kMiB << quint32(3) << false
        << QByteArray("0d1a3c6523c8f06e4e0af9c515aa5b5448cfebd6838f2d52c3d8b6ef8ddc3c2e");
    QTest::newRow("foreign 64 KiB t=2") << QByteArray("password")
                                        << QByteArray("somesalt\x00\x01\x02\x03\x04\x05\x06\x07", 16) << 64 * kKiB
                                        << quint32(2) << true
                                        << QByteArray(
                                               "95594a06b82711cd72c8c106d39281d31ff49b84c8716d84d03bdd30c401b703");
    QTest::newRow("foreign empty password, 8 KiB t=1")
        << QByteArray() << QByteArray(16, '\0') << 8 * kKiB << quint32(1) << true
        << QByteArray("cfa0d2d242da6703d311d7eefc922e39cc60c9f4ec93a67d20995be541a06be4");
}

void TestArgon2id::knownAnswer()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(quint64, memoryBytes);
    QFETCH(quint32, iterations);
    QFETCH(bool, foreign);
    QFETCH(QByteArray, expected);
    const Argon2Parameters parameters{memoryBytes, iterations};
    auto key = foreign ? Argon2id::deriveKeyForeign(bytesOf(password), bytesOf(salt), parameters)
                       : Argon2id::deriveKey(bytesOf(password), bytesOf(salt), parameters);
    QVERIFY2(key, key ? "" : qPrintable(key.error().message()));
    QCOMPARE(key->size(), Argon2id::kKeySize);
    QCOMPARE(hexOf(*key), expected);
}

/* A differential check on fresh random inputs against the reference implementation, run at test
 * time so it covers passwords and salts nobody chose by hand. */
void TestArgon2id::matchesReferenceImplementation()
{
    const QString python = tessera::test::systemPython({u"argon2"_s});
    if (python.isEmpty()) {
        QSKIP("reference python3-argon2 (libargon2) not installed: apt-get install python3-argon2");
    }
    const char* script = "import sys\n"
                         "from argon2.low_level import hash_secret_raw, Type\n"
                         "for line in sys.stdin:\n"
                         "    pw, salt, m, t = line.split()\n"
                         "    print(hash_secret_raw(bytes.fromhex(pw), bytes.fromhex(salt), time_cost=int(t),\n"
                         "          memory_cost=int(m), parallelism=1, hash_len=32, type=Type.ID, version=19).hex())\n";
    struct Case {
        QByteArray password;
        QByteArray salt;
        Argon2Parameters parameters;
    };
    std::vector<Case> cases;
    QByteArray input;
    for (int i = 0; i < 6; ++i) {
        auto password = tessera::crypto::Random::publicBytes(1 + i * 7);
        auto salt = tessera::crypto::Random::publicBytes(16);
        QVERIFY(password && salt);
        const Argon2Parameters parameters{quint64(8 + 40 * i) * kKiB, quint32(1 + i % 4)};
        input += password->toHex() + ' ' + salt->toHex() + ' ' + QByteArray::number(parameters.memoryBytes / kKiB) + ' '
                 + QByteArray::number(parameters.iterations) + '\n';
        cases.push_back({*password, *salt, parameters});
    }
    const auto reference = tessera::test::run(python, {u"-c"_s, QString::fromLatin1(script)}, input);
    QVERIFY2(reference.exitCode == 0, reference.err.constData());
    const QList<QByteArray> lines = reference.out.trimmed().split('\n');
    QCOMPARE(lines.size(), qsizetype(cases.size()));
    for (std::size_t i = 0; i < cases.size(); ++i) {
        auto key = Argon2id::deriveKeyForeign(bytesOf(cases[i].password), bytesOf(cases[i].salt), cases[i].parameters);
        QVERIFY(key);
        QCOMPARE(hexOf(*key), lines[qsizetype(i)].trimmed());
    }
}

void TestArgon2id::boundsAreChecked_data()
{
    QTest::addColumn<quint64>("memoryBytes");
    QTest::addColumn<quint32>("iterations");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("floor") << 64 * kMiB << quint32(3) << true;
    QTest::newRow("backup") << 256 * kMiB << quint32(3) << true;
    QTest::newRow("caps") << 4 * kGiB << quint32(20) << true;
    QTest::newRow("memory 1 KiB below floor") << 64 * kMiB - kKiB << quint32(3) << false;
    QTest::newRow("iterations below floor") << 64 * kMiB << quint32(2) << false;
    QTest::newRow("zero") << quint64(0) << quint32(0) << false;
    QTest::newRow("memory 1 KiB above cap") << 4 * kGiB + kKiB << quint32(3) << false;
    QTest::newRow("iterations above cap") << 64 * kMiB << quint32(21) << false;
    QTest::newRow("64 GiB") << 64 * kGiB << quint32(3) << false;
    QTest::newRow("all ones") << ~quint64(0) << ~quint32(0) << false;
}

void TestArgon2id::boundsAreChecked()
{
    QFETCH(quint64, memoryBytes);
    QFETCH(quint32, iterations);
    QFETCH(bool, accepted);
    const auto result = Argon2id::checkBounds({memoryBytes, iterations});
    QCOMPARE(bool(result), accepted);
    if (!accepted) {
        QCOMPARE(result.error().code(), ErrorCode::Damaged);
        QVERIFY(result.error().message().endsWith(u"damaged or tampered."_s));
    }
}

void TestArgon2id::hugeMemoryIsRefusedBeforeAllocating()
{
    const QByteArray salt(16, 's');
    for (const Argon2Parameters& parameters :
         {Argon2Parameters{64 * kGiB, 3}, Argon2Parameters{64 * kMiB, 1000000}, Argon2Parameters{~quint64(0), 3}}) {
        auto key = Argon2id::deriveKey(bytesOf("pw"), bytesOf(salt), parameters);
        QVERIFY(!key);
        QCOMPARE(key.error().code(), ErrorCode::Damaged);
        auto foreign = Argon2id::deriveKeyForeign(bytesOf("pw"), bytesOf(salt), parameters);
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().code(), ErrorCode::Damaged);
    }
    // Had any of these been attempted, the test would run for hours (or fail to allocate) and hit
    // ctest's timeout: no clock is needed here, and none is read (timing belongs in benchmarks).
    auto message = Argon2id::deriveKey(bytesOf("pw"), bytesOf(salt), {64 * kGiB, 3});
    QVERIFY(message.error().message().contains(u"65536 MiB"_s));
}

void TestArgon2id::foreignSkipsTheFloorButKeepsTheCaps()
{
    const QByteArray salt(16, 's');
    const Argon2Parameters low{1 * kMiB, 1};
    auto ours = Argon2id::deriveKey(bytesOf("pw"), bytesOf(salt), low);
    QVERIFY(!ours);
    QCOMPARE(ours.error().code(), ErrorCode::Damaged);
    auto foreign = Argon2id::deriveKeyForeign(bytesOf("pw"), bytesOf(salt), low);
    QVERIFY2(foreign, foreign ? "" : qPrintable(foreign.error().message()));
    QCOMPARE(foreign->size(), Argon2id::kKeySize);
    // Below libsodium's own minimum (8 KiB, one pass) is an error, not a crash.
    auto tooLow = Argon2id::deriveKeyForeign(bytesOf("pw"), bytesOf(salt), {4 * kKiB, 1});
    QVERIFY(!tooLow);
    QCOMPARE(tooLow.error().code(), ErrorCode::Unsupported);
    auto noPasses = Argon2id::deriveKeyForeign(bytesOf("pw"), bytesOf(salt), {64 * kKiB, 0});
    QVERIFY(!noPasses);
}

void TestArgon2id::saltMustBe16Bytes()
{
    for (const qsizetype size : {qsizetype(0), qsizetype(8), qsizetype(15), qsizetype(17), qsizetype(32)}) {
        auto key = Argon2id::deriveKeyForeign(bytesOf("pw"), bytesOf(QByteArray(size, 's')), {64 * kKiB, 1});
        QVERIFY(!key);
        QCOMPARE(key.error().code(), ErrorCode::InvalidInput);
    }
}

/* A derivation the machine cannot afford is an error, not a crash: the test runs itself in a child
 * limited to 512 MiB of address space and asks for 1 GiB (within the caps). */
void TestArgon2id::outOfMemoryIsAnError()
{
    if (qEnvironmentVariableIsSet("TESSERA_ARGON2_OOM_CHILD")) {
        auto key = Argon2id::deriveKey(bytesOf("pw"), bytesOf(QByteArray(16, 's')), {1024 * kMiB, 3});
        QVERIFY2(!key, "a 1 GiB derivation succeeded under a 512 MiB limit");
        QCOMPARE(key.error().code(), ErrorCode::Internal);
        QVERIFY2(key.error().message().contains(u"1024 MiB"_s), qPrintable(key.error().message()));
        return;
    }
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer reserves terabytes of address space; an address-space limit cannot be used");
#else
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TESSERA_ARGON2_OOM_CHILD"_s, u"1"_s);
    child.setProcessEnvironment(environment);
    child.start(u"/bin/sh"_s, {u"-c"_s, u"ulimit -v 524288 && exec \"$0\" outOfMemoryIsAnError"_s,
                               QCoreApplication::applicationFilePath()});
    QVERIFY(child.waitForFinished(60000));
    const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QVERIFY2(child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : TestArgon2id::outOfMemoryIsAnError()"), output.constData());
#endif
}

QTEST_GUILESS_MAIN(TestArgon2id)
#include "tst_argon2id.moc"
