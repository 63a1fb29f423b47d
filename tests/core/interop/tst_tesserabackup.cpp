// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Tessera's own encrypted backup: export → import gives back every account with its group,
// note and favourite; a wrong password, any truncation, any flipped byte and foreign bytes are
// errors of the right kind; the default setting is the backup Argon2id (≥ 256 MiB).
#include "interop/ImportPreview.h"
#include "interop/TesseraBackupExporter.h"
#include "interop/TesseraBackupImporter.h"

#include "ExpectedAccount.h"
#include "vault/ContainerFile.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::crypto::Argon2id;
using tessera::crypto::SecureBytes;
using tessera::interop::TesseraBackupExporter;
using tessera::interop::TesseraBackupImporter;

namespace {

SecureBytes password(const char* text)
{
    return SecureBytes::copyOf(text, qstrlen(text));
}

QByteArray asByteArray(const SecureBytes& bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.bytes().data()), qsizetype(bytes.size()));
}

tessera::vault::VaultContent sampleContent()
{
    auto content = tessera::test::makeContent(tessera::test::aegisVectors({1, 2, 3, 4, 5, 6, 7}));
    content.accounts[0].group = u"Shopping"_s;
    content.accounts[1].note = u"Backup codes are in the drawer"_s;
    content.accounts[2].favorite = true;
    content.groups = {u"Shopping"_s};
    return content;
}

/* A backup at the Argon2id floor: fast enough to make several per test. */
QByteArray exportAtFloor(const tessera::vault::VaultContent& content, const char* secret)
{
    auto output = TesseraBackupExporter(Argon2id::kFloor).write(content, password(secret));
    if (!output) {
        qFatal("export failed: %s", qPrintable(output.error().message()));
    }
    return asByteArray(output->bytes);
}

} // namespace

class TestTesseraBackup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void defaultIsBackupStrength();
    void freshSaltAndNonceEachTime();
    void wrongAndMissingPassword();
    void truncationFlipsAndGarbage();
    void needsPasswordToWrite();
    void recoveryDataComesBack();
};

void TestTesseraBackup::roundTrip()
{
    const QByteArray file = exportAtFloor(sampleContent(), "correct horse");
    const TesseraBackupImporter importer;
    QVERIFY(importer.recognises(file));
    QVERIFY(importer.needsPassword(file));
    auto result = importer.read(file, password("correct horse"));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    tessera::test::compareAccounts(*result, tessera::test::aegisVectors({1, 2, 3, 4, 5, 6, 7}));
    QCOMPARE(result->accounts[0].group, u"Shopping"_s);
    QCOMPARE(result->accounts[1].note, u"Backup codes are in the drawer"_s);
    QVERIFY(result->accounts[2].favorite);
    QVERIFY(!result->accounts[3].favorite);
    QCOMPARE(result->groups, QStringList{u"Shopping"_s});
    QCOMPARE(result->formatName, u"Tessera backup"_s);
}

void TestTesseraBackup::defaultIsBackupStrength()
{
    auto output = TesseraBackupExporter().write(sampleContent(), password("pw"));
    QVERIFY(output);
    auto container = tessera::vault::ContainerFile::parse(asByteArray(output->bytes));
    QVERIFY(container);
    QCOMPARE(container->header().kind, tessera::vault::ContainerFile::Kind::Backup);
    QCOMPARE(container->header().slots.size(), std::size_t(1));
    const auto& kdf = container->header().slots.front().kdf;
    QVERIFY(kdf.memoryBytes >= 256 * Argon2id::kMiB);
    QVERIFY(kdf.iterations >= 3);
}

void TestTesseraBackup::freshSaltAndNonceEachTime()
{
    const auto content = sampleContent();
    const QByteArray first = exportAtFloor(content, "pw");
    const QByteArray second = exportAtFloor(content, "pw");
    QVERIFY(first != second);
    auto a = tessera::vault::ContainerFile::parse(first);
    auto b = tessera::vault::ContainerFile::parse(second);
    QVERIFY(a && b);
    QVERIFY(a->header().vaultId != b->header().vaultId);
    QVERIFY(a->header().slots.front().salt != b->header().slots.front().salt);
}

void TestTesseraBackup::wrongAndMissingPassword()
{
    const QByteArray file = exportAtFloor(sampleContent(), "right");
    const TesseraBackupImporter importer;
    auto wrong = importer.read(file, password("wrong"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code(), ErrorCode::WrongPassword);
    auto missing = importer.read(file, std::nullopt);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), ErrorCode::WrongPassword);
    QVERIFY(missing.error().message().contains(u"password"_s));
}

void TestTesseraBackup::truncationFlipsAndGarbage()
{
    const QByteArray file = exportAtFloor(sampleContent(), "pw");
    const TesseraBackupImporter importer;
    // Every prefix is refused. Without a password nothing is derived, so all of them are cheap:
    // a cut header is damage; a cut ciphertext is only found by the tag, after the password.
    for (qsizetype length = 0; length < file.size(); length += 7) {
        auto result = importer.read(file.left(length), std::nullopt);
        QVERIFY2(!result, qPrintable(u"prefix of %1 bytes was accepted"_s.arg(length)));
    }
    for (qsizetype cut : {1, 17, 200}) {
        auto result = importer.read(file.chopped(cut), password("pw"));
        QVERIFY(!result);
        QCOMPARE(result.error().code(), ErrorCode::Damaged);
    }
    for (qsizetype length : {0, 8, 12, 40, 100}) {
        auto result = importer.read(file.left(length), password("pw"));
        QVERIFY(!result);
        QCOMPARE(result.error().code(), ErrorCode::Damaged);
    }
    // A flipped byte in the ciphertext: the password is right, so it is damage, not a wrong password.
    QByteArray flipped = file;
    flipped[flipped.size() - 40] = char(flipped[flipped.size() - 40] ^ 0x01);
    auto damaged = importer.read(flipped, password("pw"));
    QVERIFY(!damaged);
    QCOMPARE(damaged.error().code(), ErrorCode::Damaged);
    QVERIFY(!importer.recognises("TESSERA"));
    QVERIFY(!importer.recognises(R"({"version": 1})"));
    auto garbage = importer.read(QByteArray("TESSERA\0garbage garbage", 23), password("pw"));
    QVERIFY(!garbage);
    QCOMPARE(garbage.error().code(), ErrorCode::Damaged);
}

void TestTesseraBackup::needsPasswordToWrite()
{
    auto output = TesseraBackupExporter().write(sampleContent(), std::nullopt);
    QVERIFY(!output);
    QCOMPARE(output.error().code(), ErrorCode::InvalidInput);
    QVERIFY(!TesseraBackupExporter().writesPlaintext());
}

/* Backup codes and recovery details travel in the backup and come back when it is imported. */
void TestTesseraBackup::recoveryDataComesBack()
{
    tessera::vault::VaultContent content = sampleContent();
    const QByteArray codes = "1234 5678\n2345 6789";
    QCOMPARE(*content.accounts[1].recovery.addBackupCodes(SecureBytes::copyOf(codes.constData(), codes.size())), 2);
    QVERIFY(content.accounts[1].recovery.setUsed(1, true));
    content.accounts[1].recovery.email = u"me@example.com"_s;
    const QByteArray file = exportAtFloor(content, "pw");
    QVERIFY(!file.contains("1234 5678"));
    auto result = TesseraBackupImporter().read(file, password("pw"));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QVERIFY(!result->accounts[0].recovery);
    QVERIFY(result->accounts[1].recovery);
    QCOMPARE(result->accounts[1].recovery->email, u"me@example.com"_s);
    QCOMPARE(result->accounts[1].recovery->codeCount(), 2);
    QVERIFY(result->accounts[1].recovery->backupCodes()[1].used);

    // Into a vault through the import preview, as `import` and the import wizard do.
    std::vector<tessera::interop::ImportPreview::Source> sources;
    sources.push_back({u"backup.tessera"_s, std::move(result).value()});
    tessera::vault::VaultContent vault;
    auto preview = tessera::interop::ImportPreview::build(tessera::interop::ImportPreview::copySources(sources), vault);
    QCOMPARE(preview.apply(vault).size(), qsizetype(content.accounts.size()));
    QCOMPARE(vault.accounts[1].recovery.codeCount(), 2);
    QVERIFY(
        vault.accounts[1].recovery.backupCodes()[0].code.equals(content.accounts[1].recovery.backupCodes()[0].code));
}

QTEST_GUILESS_MAIN(TestTesseraBackup)
#include "tst_tesserabackup.moc"
