// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// QtKeychainStore against a real Secret Service (gnome-keyring in a private D-Bus session) and
// against none. Run through tests/integration/with-keyring.sh, which sets TESSERA_TEST_KEYCHAIN
// to "available" or "unavailable" and gives this process a fresh HOME of its own.
#include "keychain/KeychainProbe.h"
#include "keychain/QtKeychainStore.h"
#include "otp/Base32.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <vector>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::SecureBytes;
using tessera::keychain::KeychainProbe;
using tessera::keychain::QtKeychainStore;

namespace {

SecureBytes randomBytes(std::size_t size)
{
    SecureBytes bytes(size);
    QRandomGenerator::system()->generate(bytes.data(), bytes.data() + size);
    return bytes;
}

SecureBytes allByteValues()
{
    SecureBytes bytes(256);
    for (std::size_t i = 0; i < 256; ++i) {
        bytes.data()[i] = static_cast<std::uint8_t>(i);
    }
    return bytes;
}

QByteArray asByteArray(const SecureBytes& bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

/* Every form a secret could be written in: raw, hex (both cases), Base64 (QtKeychain stores
 * binary data Base64-encoded), Base64url, Base32 (how OTP secrets are shown). */
QList<QByteArray> formsOf(const SecureBytes& secret)
{
    const QByteArray raw = asByteArray(secret);
    return {raw,
            raw.toHex(),
            raw.toHex().toUpper(),
            raw.toBase64(),
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            tessera::otp::Base32::encode(secret.bytes()).toLatin1()};
}

/* The regular files under HOME (recursively, hidden ones included) that contain any form of
 * any of `secrets`. */
QStringList filesContaining(const std::vector<SecureBytes>& secrets, int* filesSearched)
{
    QList<QByteArray> needles;
    for (const SecureBytes& secret : secrets) {
        needles << formsOf(secret);
    }
    QStringList found;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!it.fileInfo().isFile() || !file.open(QIODevice::ReadOnly)) {
            continue; // sockets and the like
        }
        const QByteArray content = file.readAll();
        ++*filesSearched;
        for (const QByteArray& needle : std::as_const(needles)) {
            if (content.contains(needle)) {
                found << path;
                break;
            }
        }
    }
    return found;
}

/* A failed call must fail quickly and plainly: well under the store's 30 s timeout. */
constexpr qint64 kFastFailureMs = 10'000;

} // namespace

class TestKeychain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // With a running Secret Service.
    void roundTripAllByteValues();
    void roundTripKey();
    void missingKeyIsNotFound();
    void overwriteReplaces();
    void keysAreIndependent();
    void removeOfMissingKeySucceeds();
    void worksFromAWorkerThreadThatEnds();
    void timeoutIsUnavailableAndHarmless();
    void probeReportsAvailable();

    // With no Secret Service reachable.
    void everyCallIsUnavailable();
    void probeReportsUnavailable();

    // Both (SECURITY.md S3): runs last, after every secret above was handed to the keychain.
    void noSecretInAnyFileUnderHome();

private:
    bool requireKeychain(bool wanted) const { return (m_mode == Mode::Available) == wanted; }
    /* What a failure message must say in this run's setup. */
    QString expectedDiagnosis() const
    {
        return m_mode == Mode::Locked ? u"The keychain is locked"_s : u"No keychain service is running"_s;
    }
    QString key(const QString& name) const { return m_prefix + name; }
    void remember(const SecureBytes& secret) { m_canaries.push_back(secret.clone()); }

    enum class Mode { Available, NoService, Locked };
    Mode m_mode = Mode::NoService;
    QString m_prefix;
    std::vector<SecureBytes> m_canaries;
};

void TestKeychain::initTestCase()
{
    const QString mode = qEnvironmentVariable("TESSERA_TEST_KEYCHAIN");
    if (mode != u"available"_s && mode != u"unavailable"_s && mode != u"locked"_s) {
        QSKIP("Run this test through tests/integration/with-keyring.sh (ctest does): it needs a private D-Bus "
              "session and a throw-away HOME.");
    }
    m_mode = mode == u"available"_s ? Mode::Available : mode == u"locked"_s ? Mode::Locked : Mode::NoService;
    // The wrapper's HOME is fresh, but unique names keep runs apart even if it were not.
    m_prefix = u"tessera-test-%1-"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    // A fixed prefix lets a developer read in one session what an earlier one wrote.
    if (qEnvironmentVariableIsSet("TESSERA_TEST_KEY_PREFIX")) {
        m_prefix = qEnvironmentVariable("TESSERA_TEST_KEY_PREFIX");
    }
    QVERIFY2(QDir::homePath().contains(u"tessera-keychain-test"_s),
             "HOME is not the wrapper's temporary folder; refusing to touch a real keychain or home");
}

#define REQUIRE_KEYCHAIN(wanted)                                                                                       \
    if (!requireKeychain(wanted))                                                                                      \
        QSKIP(wanted ? "needs a running Secret Service (this run has none)"                                            \
                     : "needs a run without any Secret Service (this run has one)");

void TestKeychain::roundTripAllByteValues()
{
    REQUIRE_KEYCHAIN(true);
    QtKeychainStore store;
    const SecureBytes secret = allByteValues();
    remember(secret);
    QVERIFY2(store.write(key(u"bytes"_s), secret), "write failed");
    auto read = store.read(key(u"bytes"_s));
    QVERIFY2(read, read ? "" : qPrintable(read.error().message()));
    QCOMPARE(asByteArray(*read), asByteArray(secret));
    QVERIFY(store.remove(key(u"bytes"_s)));
    QCOMPARE(store.read(key(u"bytes"_s)).error().code(), ErrorCode::NotFound);
}

void TestKeychain::roundTripKey()
{
    REQUIRE_KEYCHAIN(true);
    QtKeychainStore store;
    const SecureBytes wrappingKey = randomBytes(32);
    remember(wrappingKey);
    // Kept in the keychain (not removed), so the file search at the end has a live secret to look for.
    QVERIFY(store.write(key(u"vault"_s), wrappingKey));
    auto read = store.read(key(u"vault"_s));
    QVERIFY(read);
    QCOMPARE(read->size(), std::size_t(32));
    QVERIFY(read->equals(wrappingKey));
}

void TestKeychain::missingKeyIsNotFound()
{
    REQUIRE_KEYCHAIN(true);
    QtKeychainStore store;
    auto read = store.read(key(u"never-written"_s));
    QVERIFY(!read);
    QCOMPARE(read.error().code(), ErrorCode::NotFound);
}

void TestKeychain::overwriteReplaces()
{
    REQUIRE_KEYCHAIN(true);
    QtKeychainStore store;
    const SecureBytes first = randomBytes(32);
    const SecureBytes second = randomBytes(32);
    remember(first);
    remember(second);
    QVERIFY(store.write(key(u"overwrite"_s), first));
    QVERIFY(store.write(key(u"overwrite"_s), second));
    auto read = store.read(key(u"overwrite"_s));
    QVERIFY(read);
    QVERIFY(read->equals(second));
    // One entry, not two: after one remove nothing is left.
    QVERIFY(store.remove(key(u"overwrite"_s)));
    QCOMPARE(store.read(key(u"overwrite"_s)).error().code(), ErrorCode::NotFound);
}

void TestKeychain::keysAreIndependent()
{
    REQUIRE_KEYCHAIN(true);
    QtKeychainStore store;
    const SecureBytes a = randomBytes(32);
    const SecureBytes b = randomBytes(32);
    remember(a);
    remember(b);
    QVERIFY(store.write(key(u"a"_s), a));
    QVERIFY(store.write(key(u"b"_s), b));
    QVERIFY(store.read(key(u"a"_s))->equals(a));
    QVERIFY(store.read(key(u"b"_s))->equals(b));
    QVERIFY(store.remove(key(u"a"_s)));
    QCOMPARE(store.read(key(u"a"_s)).error().code(), ErrorCode::NotFound);
    QVERIFY(store.read(key(u"b"_s))->equals(b));
    QVERIFY(store.remove(key(u"b"_s)));
}

void TestKeychain::removeOfMissingKeySucceeds()
{
    REQUIRE_KEYCHAIN(true);
    QtKeychainStore store;
    QVERIFY(store.remove(key(u"never-written"_s)));
}

void TestKeychain::worksFromAWorkerThreadThatEnds()
{
    REQUIRE_KEYCHAIN(true);
    // The GUI calls the store from worker threads that come and go; QtKeychain's queue must not
    // end up stranded in one of them.
    const SecureBytes secret = randomBytes(32);
    remember(secret);
    bool workerOk = false;
    QThread* worker = QThread::create([&] {
        QtKeychainStore store;
        auto written = store.write(key(u"thread"_s), secret);
        auto read = store.read(key(u"thread"_s));
        workerOk = written && read && read->equals(secret);
    });
    worker->start();
    QVERIFY(worker->wait(60'000));
    delete worker;
    QVERIFY(workerOk);

    QtKeychainStore store; // back on the main thread, after the worker is gone
    auto read = store.read(key(u"thread"_s));
    QVERIFY(read);
    QVERIFY(read->equals(secret));
    QVERIFY(store.remove(key(u"thread"_s)));
}

void TestKeychain::timeoutIsUnavailableAndHarmless()
{
    REQUIRE_KEYCHAIN(true);
    const SecureBytes secret = randomBytes(32);
    remember(secret);
    {
        QtKeychainStore impatient(std::chrono::milliseconds(0));
        auto read = impatient.read(key(u"timeout"_s));
        QVERIFY(!read);
        QCOMPARE(read.error().code(), ErrorCode::KeychainUnavailable); // never NotFound
        QVERIFY2(read.error().message().contains(u"did not answer"_s), qPrintable(read.error().message()));
    }
    // The abandoned job finishes on its own; the next ones are not disturbed.
    QtKeychainStore store;
    QVERIFY(store.write(key(u"timeout"_s), secret));
    QVERIFY(store.read(key(u"timeout"_s))->equals(secret));
    QVERIFY(store.remove(key(u"timeout"_s)));
}

void TestKeychain::probeReportsAvailable()
{
    REQUIRE_KEYCHAIN(true);
    QtKeychainStore store;
    const auto status = KeychainProbe::probe(store);
    QVERIFY2(status.available, qPrintable(status.diagnosis));
    QCOMPARE(status.backend, u"Secret Service"_s);
    qInfo("%s", qUtf8Printable(status.diagnosis));
}

void TestKeychain::everyCallIsUnavailable()
{
    REQUIRE_KEYCHAIN(false);
    QtKeychainStore store;
    const SecureBytes secret = randomBytes(32);
    remember(secret);
    remember(allByteValues());

    QElapsedTimer timer;
    timer.start();
    auto written = store.write(key(u"vault"_s), secret);
    QVERIFY2(!written, "a write without any keychain reported success");
    QCOMPARE(written.error().code(), ErrorCode::KeychainUnavailable);
    QVERIFY2(written.error().message().contains(expectedDiagnosis()), qPrintable(written.error().message()));
    QVERIFY(!store.write(key(u"bytes"_s), allByteValues()));

    // Never NotFound: that would let a caller create a new key and lose the vault.
    for (const QString& name : {u"vault"_s, u"never-written"_s}) {
        auto read = store.read(key(name));
        QVERIFY(!read);
        QCOMPARE(read.error().code(), ErrorCode::KeychainUnavailable);
        QVERIFY(!read.error().message().isEmpty());
    }
    auto removed = store.remove(key(u"vault"_s));
    QVERIFY(!removed);
    QCOMPARE(removed.error().code(), ErrorCode::KeychainUnavailable);
    QVERIFY2(timer.elapsed() < 5 * kFastFailureMs, "failing calls took too long");
    qInfo("%s", qUtf8Printable(written.error().message()));
}

void TestKeychain::probeReportsUnavailable()
{
    REQUIRE_KEYCHAIN(false);
    QtKeychainStore store;
    QElapsedTimer timer;
    timer.start();
    const auto status = KeychainProbe::probe(store);
    QVERIFY(timer.elapsed() < kFastFailureMs);
    QVERIFY(!status.available);
    QCOMPARE(status.backend, u"Secret Service"_s);
    QVERIFY2(status.diagnosis.contains(expectedDiagnosis()), qPrintable(status.diagnosis));
    QVERIFY2(status.diagnosis.contains(u"recovery password"_s), qPrintable(status.diagnosis));
    qInfo("%s", qUtf8Printable(status.diagnosis));
}

void TestKeychain::noSecretInAnyFileUnderHome()
{
    QVERIFY(!m_canaries.empty());
    // The search itself must work: a secret planted in a file is found, in every form.
    std::vector<SecureBytes> decoys;
    decoys.push_back(randomBytes(32));
    const QList<QByteArray> decoyForms = formsOf(decoys.front());
    for (const QByteArray& form : decoyForms) {
        const QString planted = QDir(QDir::homePath()).filePath(u".cache/planted"_s);
        QFile file(planted);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("prefix " + form + " suffix");
        file.close();
        int searched = 0;
        QCOMPARE(filesContaining(decoys, &searched), QStringList{planted});
        QVERIFY(QFile::remove(planted));
    }

    int filesSearched = 0;
    const QStringList leaks = filesContaining(m_canaries, &filesSearched);
    qInfo("searched %d files under %s for %d secrets in %d forms each", filesSearched, qUtf8Printable(QDir::homePath()),
          int(m_canaries.size()), int(decoyForms.size()));
    QVERIFY2(leaks.isEmpty(), qPrintable(u"a secret was found in: "_s + leaks.join(u", "_s)));
    if (m_mode == Mode::Available) {
        // The keyring's own files exist and were searched: the check looked at something real.
        QVERIFY2(filesSearched > 0, "gnome-keyring wrote no file under HOME; the search proves nothing");
    }
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
