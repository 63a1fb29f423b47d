// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEnvironment.h"
#include "VaultController.h"
#include "keychain/MemorySecretStore.h"
#include "uri/MigrationPayload.h"
#include "uri/OtpAuthUri.h"
#include "vault/AutomaticBackup.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using tessera::VaultController;
using State = tessera::VaultController::State;

namespace {

// RFC 6238's SHA-1 test secret, "12345678901234567890", in Base32.
const QString kRfcSecret = u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s;
const QString kAcmeUri = u"otpauth://totp/ACME:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=ACME"_s;
const QString kOtherUri = u"otpauth://totp/Mail:bob?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Mail"_s;
constexpr int kTimeout = 60000; // Argon2id on a loaded machine

QString migrationLink(const QList<std::pair<QByteArray, QString>>& accounts)
{
    tessera::uri::MigrationPayload payload;
    for (const auto& [secret, issuer] : accounts) {
        tessera::uri::MigrationPayload::Entry entry;
        entry.secret =
            tessera::crypto::SecureBytes::copyOf(secret.constData(), static_cast<std::size_t>(secret.size()));
        entry.issuer = issuer;
        entry.name = u"me@example.com"_s;
        entry.algorithm = 1;
        entry.digits = 1;
        entry.type = 2;
        payload.entries.push_back(std::move(entry));
    }
    return payload.toUri();
}

} // namespace

class TestVaultController : public QObject {
    Q_OBJECT

private:
    QString vaultPath() const { return m_dir->filePath(u"vault.tessera"_s); }

    std::unique_ptr<VaultController> started(tessera::keychain::SecretStore* store, State expected)
    {
        auto controller = std::make_unique<VaultController>(vaultPath(), store);
        controller->start();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(controller->state(), expected, kTimeout); }();
        return controller;
    }

    /* A new vault (keychain slot, optional password) with the controller unlocked on it. */
    std::unique_ptr<VaultController> created(const QString& password = {})
    {
        auto controller = started(&m_store, State::NoVault);
        if (!controller) {
            return {};
        }
        controller->createVault(true, password);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(controller->state(), State::Unlocked, kTimeout); }();
        return controller;
    }

    static bool addAndWait(VaultController& controller, const QString& uri)
    {
        QSignalSpy added(&controller, &VaultController::accountsAdded);
        if (!controller.addFromUri(uri).isEmpty()) {
            return false;
        }
        return added.wait(kTimeout);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    tessera::keychain::MemorySecretStore m_store;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void firstRunCreatesAVault()
    {
        auto controller = started(&m_store, State::NoVault);
        QVERIFY(controller->keychainAvailable());
        QVERIFY(!controller->keychainDiagnosis().isEmpty());
        QVERIFY(!QFile::exists(vaultPath()));

        // Neither keychain nor password: refused at once, nothing created.
        QSignalSpy errors(controller.get(), &VaultController::errorOccurred);
        controller->createVault(false, QString());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(controller->state(), State::NoVault);
        QVERIFY(!QFile::exists(vaultPath()));

        QSignalSpy busy(controller.get(), &VaultController::busyChanged);
        controller->createVault(true, QString());
        QVERIFY(controller->busy());
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), State::Unlocked, kTimeout);
        QTRY_VERIFY(!controller->busy());
        QVERIFY(busy.size() >= 2);
        QVERIFY(QFile::exists(vaultPath()));
        QVERIFY(controller->hasKeychainSlot());
        QVERIFY(!controller->hasPasswordSlot());
        QCOMPARE(controller->accountCount(), 0);
        QVERIFY(controller->lastError().isEmpty());
    }

    void startOpensThroughTheKeychain()
    {
        {
            auto first = created();
            QVERIFY(first);
            QVERIFY(addAndWait(*first, kAcmeUri));
        }
        auto second = started(&m_store, State::Unlocked);
        QCOMPARE(second->accountCount(), 1);
        QCOMPARE(second->snapshot().accounts.front().token().issuer(), u"ACME"_s);
    }

    void noKeychainMeansLockedWithAReason()
    {
        {
            auto first = created();
            QVERIFY(first);
        }
        tessera::keychain::MemorySecretStore broken;
        broken.setUnavailable(true);
        auto controller = started(&broken, State::Locked);
        QVERIFY(!controller->keychainAvailable());
        QVERIFY(!controller->lastError().isEmpty());
        QVERIFY(controller->hasKeychainSlot());
        QCOMPARE(controller->accountCount(), 0);
    }

    void addFromUri()
    {
        auto controller = created();
        QVERIFY(controller);
        QSignalSpy added(controller.get(), &VaultController::accountsAdded);
        QSignalSpy changed(controller.get(), &VaultController::contentChanged);

        QCOMPARE(controller->addFromUri(u"  "_s + kAcmeUri + u"\n"_s), QString());
        QVERIFY(added.wait(kTimeout));
        QCOMPARE(added.first().at(0).toInt(), 1);
        QCOMPARE(added.first().at(1).toString(), u"ACME (alice)"_s);
        QCOMPARE(controller->accountCount(), 1);
        QVERIFY(changed.size() >= 1);

        // Invalid links are refused at once with a sentence, and change nothing.
        const QString invalid = controller->addFromUri(u"otpauth://totp/ACME:alice?secret=1!1"_s);
        QVERIFY(invalid.startsWith(u"This link cannot be read: "_s));
        QVERIFY(!invalid.contains(u"1!1"_s));
        QVERIFY(!controller->addFromUri(u"https://example.com"_s).isEmpty());
        QVERIFY(!controller->addFromUri(u"otpauth-migration://offline?data=%%%"_s).isEmpty());

        // The same secret and settings under another label is the same account.
        QCOMPARE(controller->addFromUri(kAcmeUri), u"ACME (alice) is already in Tessera."_s);
        QCOMPARE(controller->addFromUri(u"otpauth://totp/Renamed:x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s),
                 u"Renamed (x) is already in Tessera."_s);
        // … but the same secret with other digits makes other codes: a new account.
        QVERIFY(addAndWait(*controller, kAcmeUri + u"&digits=8"_s));
        QCOMPARE(controller->accountCount(), 2);
        QVERIFY(!controller->busy());
        QCOMPARE(added.size(), 2);
    }

    void addMigrationBatch()
    {
        auto controller = created();
        QVERIFY(controller);
        QVERIFY(addAndWait(*controller, kAcmeUri));
        QSignalSpy added(controller.get(), &VaultController::accountsAdded);

        // ACME's secret is already there: only the two others are added.
        const QString link = migrationLink({{"12345678901234567890", u"ACME"_s},
                                            {"abcdefghijabcdefghij", u"Bank"_s},
                                            {"zyxwvutsrqzyxwvutsrq", u"Shop"_s}});
        QCOMPARE(controller->addFromUri(link), QString());
        QVERIFY(added.wait(kTimeout));
        QCOMPARE(added.first().at(0).toInt(), 2);
        QCOMPARE(added.first().at(1).toString(), u"Bank (me@example.com)"_s);
        QCOMPARE(controller->accountCount(), 3);
        QCOMPARE(controller->snapshot().accounts.at(2).token().issuer(), u"Shop"_s);

        QCOMPARE(controller->addFromUri(link), u"Every account in this link is already in Tessera."_s);
    }

    void manualEntry()
    {
        auto controller = created();
        QVERIFY(controller);
        const auto validate = [&](const QString& issuer, const QString& name, const QString& secret,
                                  const QString& type, const QString& algorithm, int digits, int period) {
            return controller->validateManual(issuer, name, secret, type, algorithm, digits, period);
        };
        QCOMPARE(validate(u"ACME"_s, u"alice"_s, kRfcSecret, u"totp"_s, u"SHA1"_s, 6, 30), QString());
        QCOMPARE(validate(u" "_s, QString(), kRfcSecret, u"totp"_s, u"SHA1"_s, 6, 30),
                 u"Enter the service or the account name."_s);
        QCOMPARE(validate(u"ACME"_s, QString(), u"  "_s, u"totp"_s, u"SHA1"_s, 6, 30), u"Enter the secret key."_s);
        QVERIFY(validate(u"ACME"_s, QString(), u"GEZ1"_s, u"totp"_s, u"SHA1"_s, 6, 30)
                    .startsWith(u"The secret key is not valid: the secret contains a character"_s));
        QCOMPARE(validate(u"ACME"_s, QString(), kRfcSecret, u"totp"_s, u"SHA1"_s, 12, 30),
                 u"The number of digits must be between 6 and 10, not 12."_s);
        QCOMPARE(validate(u"ACME"_s, QString(), kRfcSecret, u"totp"_s, u"SHA1"_s, 6, 0),
                 u"The period must be between 1 and 86400 seconds, not 0."_s);
        QVERIFY(validate(u"ACME"_s, QString(), kRfcSecret, u"totp"_s, u"MD5"_s, 6, 30).contains(u"MD5"_s));
        QVERIFY(!validate(u"ACME"_s, QString(), kRfcSecret, u"push"_s, u"SHA1"_s, 6, 30).isEmpty());
        // Steam fixes its own digits and period.
        QCOMPARE(validate(u"Steam"_s, QString(), kRfcSecret, u"steam"_s, QString(), 0, 0), QString());
        QCOMPARE(controller->addManual(u"Bank"_s, u"me"_s, kRfcSecret, u"hotp"_s, u"SHA1"_s, 6, 30, -1),
                 u"The counter cannot be negative."_s);

        QSignalSpy added(controller.get(), &VaultController::accountsAdded);
        QCOMPARE(controller->addManual(u"Bank"_s, u"me"_s, u"gezd gnbv gy3t qojq gezd gnbv gy3t qojq"_s, u"hotp"_s,
                                       u"sha256"_s, 8, 30, 5),
                 QString());
        QVERIFY(added.wait(kTimeout));
        QCOMPARE(controller->accountCount(), 1);
        const auto& token = controller->snapshot().accounts.front().token();
        QCOMPARE(token.parameters().type(), tessera::otp::OtpType::Hotp);
        QCOMPARE(token.parameters().algorithm(), tessera::otp::HashAlgorithm::Sha256);
        QCOMPARE(token.parameters().digits(), 8);
        QCOMPARE(token.parameters().counter(), quint64(5));
        QCOMPARE(controller->addManual(u"Bank"_s, u"me"_s, kRfcSecret, u"hotp"_s, u"SHA256"_s, 8, 30, 0),
                 u"Bank (me) is already in Tessera."_s);
    }

    void editFavoriteCounterRemoveUndo()
    {
        auto controller = created();
        QVERIFY(controller);
        QVERIFY(addAndWait(*controller, kAcmeUri));
        QVERIFY(addAndWait(*controller, u"otpauth://hotp/Bank:me?secret=JBSWY3DPEHPK3PXP&counter=7"_s));
        QVERIFY(addAndWait(*controller, kOtherUri));
        const QString acme = controller->snapshot().accounts.at(0).id();
        const QString bank = controller->snapshot().accounts.at(1).id();

        controller->updateAccount(acme, u" ACME Corp "_s, u"alice@acme"_s, u"Work"_s, u"desk phone"_s);
        QTRY_COMPARE_WITH_TIMEOUT(controller->snapshot().accounts.at(0).token().issuer(), u"ACME Corp"_s, kTimeout);
        const auto& edited = controller->snapshot().accounts.at(0);
        QCOMPARE(edited.id(), acme);
        QCOMPARE(edited.token().name(), u"alice@acme"_s);
        QCOMPARE(edited.group, u"Work"_s);
        QCOMPARE(edited.note, u"desk phone"_s);
        QVERIFY(controller->snapshot().groups.contains(u"Work"_s));
        QCOMPARE(controller->snapshot().accounts.at(0).token().secret().size(), std::size_t(20));

        QSignalSpy errors(controller.get(), &VaultController::errorOccurred);
        controller->updateAccount(acme, QString(), QString(), QString(), QString());
        QCOMPARE(errors.size(), 1);

        controller->setFavorite(bank, true);
        QTRY_VERIFY_WITH_TIMEOUT(controller->snapshot().accounts.at(1).favorite, kTimeout);
        controller->advanceCounter(bank);
        QTRY_COMPARE_WITH_TIMEOUT(controller->snapshot().accounts.at(1).token().parameters().counter(), quint64(8),
                                  kTimeout);
        controller->advanceCounter(acme); // TOTP: refused
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 2, kTimeout);

        QSignalSpy removed(controller.get(), &VaultController::accountRemoved);
        QVERIFY(!controller->canUndoRemove());
        controller->removeAccount(bank);
        QVERIFY(removed.wait(kTimeout));
        QCOMPARE(removed.first().at(0).toString(), u"Bank (me)"_s);
        QVERIFY(controller->canUndoRemove());
        QCOMPARE(controller->accountCount(), 2);
        QVERIFY(controller->snapshot().find(bank) == nullptr);

        QSignalSpy undo(controller.get(), &VaultController::undoChanged);
        controller->undoRemove();
        QVERIFY(undo.wait(kTimeout));
        QVERIFY(!controller->canUndoRemove());
        QCOMPARE(controller->accountCount(), 3);
        QCOMPARE(controller->snapshot().accounts.at(1).id(), bank); // same place, same id
        QVERIFY(controller->snapshot().accounts.at(1).favorite);
        QCOMPARE(controller->snapshot().accounts.at(1).token().parameters().counter(), quint64(8));

        // What was saved is what the snapshot shows.
        tessera::keychain::MemorySecretStore* store = &m_store;
        controller.reset();
        auto reopened = tessera::vault::Vault::open(vaultPath(), store, std::nullopt);
        QVERIFY(reopened);
        QCOMPARE(reopened->content().accounts.size(), std::size_t(3));
        QCOMPARE(reopened->content().accounts.at(1).id(), bank);
        QCOMPARE(reopened->content().accounts.at(0).token().issuer(), u"ACME Corp"_s);
    }

    void lockClearsEverything()
    {
        auto controller = created();
        QVERIFY(controller);
        QVERIFY(addAndWait(*controller, kAcmeUri));
        QVERIFY(addAndWait(*controller, kOtherUri));
        controller->removeAccount(controller->snapshot().accounts.at(0).id());
        QTRY_VERIFY_WITH_TIMEOUT(controller->canUndoRemove(), kTimeout);

        QSignalSpy changed(controller.get(), &VaultController::contentChanged);
        controller->lock();
        QCOMPARE(controller->state(), State::Locked);
        QCOMPARE(controller->accountCount(), 0);
        QVERIFY(controller->snapshot().accounts.empty());
        QVERIFY(!controller->canUndoRemove());
        QCOMPARE(changed.size(), 1);
        QVERIFY(controller->addFromUri(kAcmeUri).contains(u"Unlock"_s));
        QCOMPARE(controller->uriOf(u"anything"_s), QString());

        controller->unlockWithKeychain();
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), State::Unlocked, kTimeout);
        QCOMPARE(controller->accountCount(), 1);
    }

    void aChangeRacingALockBringsNothingBack()
    {
        auto controller = created();
        QVERIFY(controller);
        QSignalSpy added(controller.get(), &VaultController::accountsAdded);
        QCOMPARE(controller->addFromUri(kAcmeUri), QString());
        controller->lock(); // before the worker has reported the change
        QVERIFY(added.wait(kTimeout));
        QTRY_VERIFY(!controller->busy());
        QCOMPARE(controller->state(), State::Locked);
        QVERIFY(controller->snapshot().accounts.empty());
    }

    void passwordWhenTheKeychainLostItsKey()
    {
        {
            auto first = created(u"correct horse"_s);
            QVERIFY(first);
            QVERIFY(first->hasPasswordSlot());
            QVERIFY(addAndWait(*first, kAcmeUri));
        }
        tessera::keychain::MemorySecretStore empty; // a new computer, or a reset keychain
        auto controller = started(&empty, State::Locked);
        QVERIFY(controller->keychainAvailable());
        QVERIFY(controller->lastError().contains(u"recovery password"_s));
        QVERIFY(controller->hasPasswordSlot());

        QSignalSpy errors(controller.get(), &VaultController::errorOccurred);
        controller->unlockWithPassword(u"wrong horse"_s);
        QVERIFY(errors.wait(kTimeout));
        QCOMPARE(controller->state(), State::Locked);
        QVERIFY(!controller->lastError().isEmpty());

        controller->unlockWithPassword(QString());
        QCOMPARE(errors.size(), 2);

        controller->unlockWithPassword(u"correct horse"_s);
        QTRY_COMPARE_WITH_TIMEOUT(controller->state(), State::Unlocked, kTimeout);
        QCOMPARE(controller->accountCount(), 1);
        QVERIFY(controller->lastError().isEmpty());
    }

    void recoveryPasswordAddedLater()
    {
        auto controller = created();
        QVERIFY(controller);
        QVERIFY(!controller->hasPasswordSlot());
        QSignalSpy slotSpy(controller.get(), &VaultController::slotsChanged);
        controller->setRecoveryPassword(u"battery staple"_s);
        QVERIFY(slotSpy.wait(kTimeout));
        QVERIFY(controller->hasPasswordSlot());
        QVERIFY(controller->hasKeychainSlot());
        controller.reset();

        tessera::keychain::MemorySecretStore empty;
        auto other = started(&empty, State::Locked);
        other->unlockWithPassword(u"battery staple"_s);
        QTRY_COMPARE_WITH_TIMEOUT(other->state(), State::Unlocked, kTimeout);
    }

    void aFailedSaveChangesNothing()
    {
        auto controller = created();
        QVERIFY(controller);
        QVERIFY(addAndWait(*controller, kAcmeUri));
        const QString id = controller->snapshot().accounts.front().id();

        // Another program changed the file since it was opened: the save is refused.
        const QByteArray original = tessera::test::readFile(vaultPath());
        QVERIFY(!original.isEmpty());
        QVERIFY(tessera::test::writeFile(vaultPath(), original + "x"));
        QSignalSpy errors(controller.get(), &VaultController::errorOccurred);
        QSignalSpy changed(controller.get(), &VaultController::contentChanged);
        controller->setFavorite(id, true);
        QVERIFY(errors.wait(kTimeout));
        QVERIFY(!controller->lastError().isEmpty());
        QCOMPARE(changed.size(), 0);
        QVERIFY(!controller->snapshot().accounts.front().favorite);
        QCOMPARE(tessera::test::readFile(vaultPath()), original + "x");

        // The worker's content went back too: the next change does not carry the failed one.
        QVERIFY(tessera::test::writeFile(vaultPath(), original));
        controller->updateAccount(id, u"ACME"_s, u"alice"_s, QString(), u"noted"_s);
        QTRY_COMPARE_WITH_TIMEOUT(controller->snapshot().accounts.front().note, u"noted"_s, kTimeout);
        QVERIFY(!controller->snapshot().accounts.front().favorite);
        QVERIFY(controller->lastError().isEmpty());
    }

    void modifyAndWithVault()
    {
        auto controller = created();
        QVERIFY(controller);
        QVERIFY(addAndWait(*controller, kAcmeUri));

        // A change that fails is not saved and leaves the content as it was.
        QSignalSpy changed(controller.get(), &VaultController::contentChanged);
        bool reported = false;
        controller->modify(
            [](tessera::vault::VaultContent& content) -> tessera::Result<void> {
                content.accounts.clear();
                return tessera::Error(tessera::ErrorCode::InvalidInput, u"Not today."_s);
            },
            [&reported](tessera::Result<void> result) {
                QVERIFY(!result);
                reported = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(reported, kTimeout);
        QCOMPARE(controller->lastError(), u"Not today."_s);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(controller->accountCount(), 1);

        // withVault: a job that saves is a change the snapshot follows.
        reported = false;
        controller->withVault(
            [](tessera::vault::Vault& vault) -> tessera::Result<void> {
                vault.content().groups.append(u"Saved"_s);
                return vault.save();
            },
            [&reported](tessera::Result<void> result) { reported = result.hasValue(); });
        QTRY_VERIFY_WITH_TIMEOUT(reported, kTimeout);
        QVERIFY(controller->snapshot().groups.contains(u"Saved"_s));

        // The link of an account round-trips.
        const QString uri = controller->uriOf(controller->snapshot().accounts.front().id());
        QVERIFY(uri.startsWith(u"otpauth://totp/"_s));
        auto parsed = tessera::uri::OtpAuthUri::parse(uri);
        QVERIFY(parsed);
        QVERIFY(parsed->token().secret().equals(controller->snapshot().accounts.front().token().secret()));
        QCOMPARE(controller->uriOf(u"no-such-id"_s), QString());
    }

    void automaticBackupsFollowSaves()
    {
        auto controller = created();
        QVERIFY(controller);
        const QString folder = m_dir->filePath(u"backups"_s);
        const auto backups = [&folder] {
            return QDir(folder).entryList({u"tessera-backup-*.tessera"_s}, QDir::Files).size();
        };

        // Switched on the way a settings page would: through withVault, which saves.
        bool enabled = false;
        controller->withVault(
            [&folder](tessera::vault::Vault& vault) -> tessera::Result<void> {
                const QByteArray password = "backup password";
                auto on = tessera::vault::AutomaticBackup::enable(
                    vault, folder,
                    tessera::crypto::SecureBytes::copyOf(password.constData(), std::size_t(password.size())), 3);
                if (!on) {
                    return on;
                }
                return vault.save();
            },
            [&enabled](tessera::Result<void> result) { enabled = result.hasValue(); });
        QTRY_VERIFY_WITH_TIMEOUT(enabled, kTimeout);
        QVERIFY(tessera::vault::AutomaticBackup::settingsOf(controller->snapshot()).has_value());
        // The save that switched them on is a change: one backup after the debounce delay.
        QTRY_COMPARE_WITH_TIMEOUT(backups(), 1, kTimeout);

        // A change right before locking is backed up by the lock, not lost with the timer.
        QVERIFY(addAndWait(*controller, kAcmeUri));
        controller->lock();
        QTRY_VERIFY_WITH_TIMEOUT(!controller->busy(), kTimeout);
        QCOMPARE(backups(), 2);
    }
};

QTEST_GUILESS_MAIN(TestVaultController)
#include "tst_vaultcontroller.moc"
