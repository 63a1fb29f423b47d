// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportController.h"
#include "QrImage.h"
#include "UnlockedVault.h"
#include "VaultController.h"
#include "keychain/MemorySecretStore.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using tessera::ImportController;
using tessera::VaultController;
using tessera::test::UnlockedVault;
using State = tessera::VaultController::State;

namespace {

constexpr int kTimeout = 120000; // Argon2id and scrypt on a loaded machine

// Two accounts as otpauth:// links (no fixture needed).
const QByteArray kTwoLinks = "otpauth://totp/ACME:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=ACME\n"
                             "otpauth://totp/Mail:bob?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Mail\n";

QString fixtures()
{
    const QString fromEnvironment = qEnvironmentVariable("TESSERA_FIXTURES");
    return fromEnvironment.isEmpty() ? u"/work/shared/fixtures"_s : fromEnvironment;
}

QByteArray digestOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestImportController : public QObject {
    Q_OBJECT

private:
    QString vaultPath() const { return m_dir->filePath(u"vault.tessera"_s); }

    QUrl writeFile(const QString& name, const QByteArray& bytes) const
    {
        QFile file(m_dir->filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            qFatal("cannot write a test file");
        }
        return QUrl::fromLocalFile(file.fileName());
    }

    /* A new vault in a temporary folder (keychain slot in memory), unlocked. */
    void createVault()
    {
        m_vault = UnlockedVault::create(vaultPath(), m_store);
        QVERIFY(m_vault);
    }

    static void waitIdle(ImportController& import) { QTRY_VERIFY_WITH_TIMEOUT(!import.busy(), kTimeout); }

    std::unique_ptr<QTemporaryDir> m_dir;
    tessera::keychain::MemorySecretStore m_store;
    std::unique_ptr<VaultController> m_vault;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        createVault();
    }

    void cleanup()
    {
        m_vault.reset();
        m_dir.reset();
    }

    void previewThenApplyInOneSave()
    {
        ImportController import(m_vault.get());
        QAbstractItemModelTester tester(import.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QUrl links = writeFile(u"links.txt"_s, kTwoLinks);

        import.readFiles({links});
        QVERIFY(import.busy());
        waitIdle(import);
        QVERIFY2(import.hasPreview(), qPrintable(import.lastError()));
        QVERIFY(!import.needsPassword());
        QCOMPARE(import.newCount(), 2);
        QCOMPARE(import.duplicateCount(), 0);
        QCOMPARE(import.previewModel()->rowCount(), 2);
        QCOMPARE(import.formats().size(), 1);
        QCOMPARE(import.previewModel()->data(import.previewModel()->index(0), tessera::ImportPreviewModel::SourceRole),
                 u"links.txt"_s);
        // Nothing changes before apply().
        QCOMPARE(m_vault->snapshot().accounts.size(), std::size_t(0));

        const QByteArray before = digestOf(vaultPath());
        QSignalSpy applied(&import, &ImportController::applied);
        import.apply();
        QVERIFY(applied.wait(kTimeout));
        QCOMPARE(applied.first().first().toInt(), 2);
        QCOMPARE(m_vault->snapshot().accounts.size(), std::size_t(2));
        QVERIFY(digestOf(vaultPath()) != before);
        QVERIFY(!import.hasPreview());
        QCOMPARE(import.previewModel()->rowCount(), 0);

        // The same file again: both are duplicates, and importing them does not touch the vault.
        import.readFiles({links});
        waitIdle(import);
        QCOMPARE(import.duplicateCount(), 2);
        QCOMPARE(import.newCount(), 0);
        QCOMPARE(import.toImportCount(), 0);
        const QByteArray after = digestOf(vaultPath());
        import.apply();
        QCOMPARE(applied.count(), 2);
        QCOMPARE(applied.last().first().toInt(), 0);
        QCOMPARE(digestOf(vaultPath()), after);
    }

    void previewFollowsTheVault()
    {
        ImportController import(m_vault.get());
        import.readFiles({writeFile(u"links.txt"_s, kTwoLinks)});
        waitIdle(import);
        QCOMPARE(import.newCount(), 2);

        // Another part of the program adds one of them meanwhile: the preview says so.
        QSignalSpy previewChanged(&import, &ImportController::previewChanged);
        QSignalSpy added(m_vault.get(), &VaultController::accountsAdded);
        QCOMPARE(m_vault->addFromUri(QString::fromUtf8(kTwoLinks.split('\n').first())), QString());
        QVERIFY(added.wait(kTimeout));
        QTRY_COMPARE_WITH_TIMEOUT(import.newCount(), 1, kTimeout);
        QCOMPARE(import.duplicateCount(), 1);

        QSignalSpy applied(&import, &ImportController::applied);
        import.apply();
        QVERIFY(applied.wait(kTimeout));
        QCOMPARE(applied.first().first().toInt(), 1);
        QCOMPARE(m_vault->snapshot().accounts.size(), std::size_t(2));
    }

    void conflictResolutions()
    {
        QSignalSpy added(m_vault.get(), &VaultController::accountsAdded);
        QCOMPARE(m_vault->addFromUri(u"otpauth://totp/ACME:alice?secret=MFRGGZDFMZTWQ2LKNNWG23TPOA&issuer=ACME"_s),
                 QString());
        QVERIFY(added.wait(kTimeout));
        const QString existingId = m_vault->snapshot().accounts.front().id();

        ImportController import(m_vault.get());
        import.readFiles({writeFile(u"links.txt"_s, kTwoLinks)});
        waitIdle(import);
        QCOMPARE(import.conflictCount(), 1);
        QCOMPARE(import.newCount(), 1);
        QVERIFY(!import.setResolution(1, u"replace"_s)); // the new one
        QVERIFY(import.setResolution(0, u"replace"_s));

        QSignalSpy applied(&import, &ImportController::applied);
        import.apply();
        QVERIFY(applied.wait(kTimeout));
        QCOMPARE(applied.first().first().toInt(), 2);
        QCOMPARE(m_vault->snapshot().accounts.size(), std::size_t(2));
        // Replaced: same account (id), the imported secret.
        const auto* replaced = m_vault->snapshot().find(existingId);
        QVERIFY(replaced != nullptr);
        QCOMPARE(replaced->token().secret().size(), std::size_t(20));
    }

    void encryptedFixtureNeedsItsPassword()
    {
        const QString file = fixtures() + u"/aegis/aegis_encrypted.json"_s;
        if (!QFile::exists(file)) {
            QSKIP(qPrintable(u"The interop fixtures are not here (%1); set TESSERA_FIXTURES."_s.arg(file)));
        }
        ImportController import(m_vault.get());
        QSignalSpy failed(&import, &ImportController::failed);

        import.readFiles({QUrl::fromLocalFile(file)});
        waitIdle(import);
        QVERIFY(import.needsPassword());
        QVERIFY(import.passwordError().isEmpty());
        QCOMPARE(import.passwordFile(), u"aegis_encrypted.json"_s);
        QVERIFY(!import.hasPreview());

        import.readFiles({QUrl::fromLocalFile(file)}, u"not the password"_s);
        waitIdle(import);
        QVERIFY(import.needsPassword());
        QVERIFY(!import.passwordError().isEmpty());
        QVERIFY(!import.hasPreview());
        QCOMPARE(failed.count(), 0);

        import.readFiles({QUrl::fromLocalFile(file)}, u"test"_s); // SOURCES.md
        waitIdle(import);
        QVERIFY2(import.hasPreview(), qPrintable(import.lastError()));
        QVERIFY(!import.needsPassword());
        QVERIFY(import.passwordError().isEmpty());
        QCOMPARE(import.newCount(), 7); // the Aegis vector accounts #1–#7
        QCOMPARE(import.invalidCount(), 0);
        QVERIFY(import.formats().first().contains(u"Aegis"_s));
        QCOMPARE(m_vault->snapshot().accounts.size(), std::size_t(0));

        QSignalSpy applied(&import, &ImportController::applied);
        import.apply();
        QVERIFY(applied.wait(kTimeout));
        QCOMPARE(applied.first().first().toInt(), 7);
        QCOMPARE(m_vault->snapshot().accounts.size(), std::size_t(7));

        import.readFiles({QUrl::fromLocalFile(file)}, u"test"_s);
        waitIdle(import);
        QCOMPARE(import.duplicateCount(), 7);
        QCOMPARE(import.newCount(), 0);
    }

    void unreadableFileImportsNothing()
    {
        ImportController import(m_vault.get());
        QSignalSpy failed(&import, &ImportController::failed);
        const QUrl good = writeFile(u"links.txt"_s, kTwoLinks);
        const QUrl pdf = writeFile(u"document.pdf"_s, "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
        import.readFiles({good, pdf});
        waitIdle(import);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(u"document.pdf"_s));
        QCOMPARE(import.lastError(), failed.first().first().toString());
        QVERIFY(!import.hasPreview());

        import.readFiles({QUrl::fromLocalFile(m_dir->filePath(u"missing.txt"_s))});
        waitIdle(import);
        QCOMPARE(failed.count(), 2);
        import.readFiles({QUrl(u"https://example.com/backup.json"_s)});
        QCOMPARE(failed.count(), 2);
        QVERIFY(!import.lastError().isEmpty()); // said at once, nothing read
        QVERIFY(!import.busy());
    }

    void screenshotsOfCodes()
    {
        auto png = tessera::documents::QrImage::png(QString::fromUtf8(kTwoLinks.split('\n').at(1)));
        QVERIFY(png);
        QImage blank(200, 200, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QVERIFY(blank.save(m_dir->filePath(u"blank.png"_s)));

        ImportController import(m_vault.get());
        QSignalSpy failed(&import, &ImportController::failed);
        import.readFiles({writeFile(u"code.png"_s, *png), QUrl::fromLocalFile(m_dir->filePath(u"blank.png"_s))});
        waitIdle(import);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(u"blank.png"_s));
        QVERIFY(!import.hasPreview());

        import.readFiles({writeFile(u"code.png"_s, *png)});
        waitIdle(import);
        QVERIFY2(import.hasPreview(), qPrintable(import.lastError()));
        QCOMPARE(import.newCount(), 1);
        QCOMPARE(import.previewModel()->data(import.previewModel()->index(0), tessera::ImportPreviewModel::LabelRole),
                 u"Mail / bob"_s);
        QCOMPARE(import.previewModel()->data(import.previewModel()->index(0), tessera::ImportPreviewModel::SourceRole),
                 u"code.png"_s);
    }

    void resetAndLockForgetThePreview()
    {
        ImportController import(m_vault.get());
        import.readFiles({writeFile(u"links.txt"_s, kTwoLinks)});
        waitIdle(import);
        QVERIFY(import.hasPreview());
        import.reset();
        QVERIFY(!import.hasPreview());
        QCOMPARE(import.previewModel()->rowCount(), 0);
        QCOMPARE(import.newCount(), 0);

        import.readFiles({writeFile(u"links.txt"_s, kTwoLinks)});
        waitIdle(import);
        QVERIFY(import.hasPreview());
        m_vault->lock();
        QTRY_COMPARE_WITH_TIMEOUT(m_vault->state(), State::Locked, kTimeout);
        QVERIFY(!import.hasPreview());
        QCOMPARE(import.previewModel()->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportController)
#include "tst_importcontroller.moc"
