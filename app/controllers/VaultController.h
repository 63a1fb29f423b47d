// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOwnedSingleton.h"

#include "util/Result.h"
#include "vault/VaultContent.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tessera {

namespace keychain {
class SecretStore;
}

class VaultWorker;
namespace vault {
class Vault;
}

/* The desktop program's one door to the vault (ARCHITECTURE.md §5, STYLE.md rule 3).
 *
 * The open vault::Vault lives on a worker thread (VaultWorker) and is touched only there: opening
 * (keychain + Argon2id), saving (encryption + fsync), password changes. The GUI thread keeps a
 * read-only copy of the content (snapshot()), refreshed after every change, which the models
 * read. A change is a function applied to the content on the worker, then saved once; if the
 * save fails the worker's content goes back to what is on disk and the snapshot does not change
 * (bad input changes nothing). Locking drops the vault and the snapshot, wiping their secrets. */
class VaultController : public QObject, public AppOwnedSingleton<VaultController> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QString vaultPath READ vaultPath CONSTANT)
    Q_PROPERTY(bool hasPasswordSlot READ hasPasswordSlot NOTIFY slotsChanged)
    Q_PROPERTY(bool hasKeychainSlot READ hasKeychainSlot NOTIFY slotsChanged)
    Q_PROPERTY(bool keychainAvailable READ keychainAvailable NOTIFY keychainChecked)
    Q_PROPERTY(QString keychainDiagnosis READ keychainDiagnosis NOTIFY keychainChecked)
    Q_PROPERTY(int accountCount READ accountCount NOTIFY contentChanged)
    Q_PROPERTY(bool canUndoRemove READ canUndoRemove NOTIFY undoChanged)

public:
    enum class State {
        Starting, // looking for the vault file and asking the keychain; nothing shown yet
        NoVault,  // first run: no vault file
        Locked,   // a vault exists; the keychain did not open it (or the user locked it)
        Unlocked,
    };
    Q_ENUM(State)

    /* `keychain` may be null (no keychain on this system); it must outlive the controller. */
    VaultController(QString vaultPath, keychain::SecretStore* keychain, QObject* parent = nullptr);
    ~VaultController() override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] const QString& lastError() const { return m_lastError; }
    [[nodiscard]] const QString& vaultPath() const { return m_vaultPath; }
    [[nodiscard]] bool hasPasswordSlot() const { return m_hasPasswordSlot; }
    [[nodiscard]] bool hasKeychainSlot() const { return m_hasKeychainSlot; }
    [[nodiscard]] bool keychainAvailable() const { return m_keychainAvailable; }
    [[nodiscard]] const QString& keychainDiagnosis() const { return m_keychainDiagnosis; }
    [[nodiscard]] int accountCount() const;
    [[nodiscard]] bool canUndoRemove() const;

    /* The GUI thread's read-only copy; empty unless Unlocked. */
    [[nodiscard]] const vault::VaultContent& snapshot() const { return m_snapshot; }

    /* Checks the file and the keychain, then opens the vault through the keychain if it can. */
    Q_INVOKABLE void start();
    /* First run. An empty password means no password slot; at least one of the two is needed. */
    Q_INVOKABLE void createVault(bool useKeychain, const QString& recoveryPassword);
    Q_INVOKABLE void unlockWithKeychain();
    Q_INVOKABLE void unlockWithPassword(const QString& password);
    Q_INVOKABLE void lock();
    Q_INVOKABLE void setRecoveryPassword(const QString& password);

    /* Adds the accounts of one otpauth:// or otpauth-migration:// link. Returns at once with an
     * error sentence for a link that cannot be read (nothing changes), or an empty string when
     * the link was accepted; the save finishes later (accountsAdded or errorOccurred). */
    Q_INVOKABLE QString addFromUri(const QString& uri);
    /* Manual entry. `type` is "totp", "hotp" or "steam"; `algorithm` "SHA1", "SHA256", "SHA512".
     * Same return convention as addFromUri. */
    Q_INVOKABLE QString addManual(const QString& issuer, const QString& name, const QString& secretBase32,
                                  const QString& type, const QString& algorithm, int digits, int period, int counter);
    /* Live validation for the manual-entry form: an error sentence or empty. */
    Q_INVOKABLE QString validateManual(const QString& issuer, const QString& name, const QString& secretBase32,
                                       const QString& type, const QString& algorithm, int digits, int period) const;
    Q_INVOKABLE void updateAccount(const QString& id, const QString& issuer, const QString& name, const QString& group,
                                   const QString& note);
    Q_INVOKABLE void setFavorite(const QString& id, bool favorite);
    /* HOTP: moves the counter on by one and saves; the model then shows the new code. */
    Q_INVOKABLE void advanceCounter(const QString& id);
    /* Removes the account; undoRemove() within the session puts it back (same id). */
    Q_INVOKABLE void removeAccount(const QString& id);
    Q_INVOKABLE void undoRemove();
    /* The account's icon choice: "" goes by the issuer, "letters" always shows the initials,
     * a catalog slug (IssuerIconCatalog::slugs()) that brand. An unknown slug changes nothing
     * and fails with a sentence. A picture of its own, if the account has one, still comes first. */
    Q_INVOKABLE void setIconBrand(const QString& id, const QString& slug);
    /* Gives the account the picture in a local file (a file:// URL or a path): at most 256 KiB,
     * PNG, JPEG, SVG or WebP by its content, and it must decode. Returns an error sentence (and
     * nothing changes) or an empty string; the save finishes later. */
    Q_INVOKABLE QString setIconPicture(const QString& id, const QString& fileUrl);
    Q_INVOKABLE void removeIconPicture(const QString& id);
    /* The otpauth:// link of one account (for the "show QR to move to a phone" view). */
    Q_INVOKABLE QString uriOf(const QString& id) const;

    /* For C++ controllers (import, backup): runs `change` on the worker with the vault's content,
     * saves once if it returns success, and reports. Empty `change` result ⇒ nothing to save. */
    using Change = std::function<Result<void>(vault::VaultContent&)>;
    void modify(Change change, std::function<void(Result<void>)> done = {});
    /* Runs `job` on the worker with the open vault (e.g. writing a backup) and reports on the GUI thread. */
    void withVault(std::function<Result<void>(vault::Vault&)> job, std::function<void(Result<void>)> done = {});

    /* "Issuer (name)", or whichever of the two is set: how accounts are named in lists and
     * messages (the model's label role uses it too). */
    [[nodiscard]] static QString labelOf(const otp::OtpToken& token);

Q_SIGNALS:
    void stateChanged();
    void busyChanged();
    void lastErrorChanged();
    void slotsChanged();
    void keychainChecked();
    void contentChanged(); // the snapshot was replaced
    void undoChanged();
    void accountsAdded(int count, const QString& firstLabel);
    void accountRemoved(const QString& label);
    void errorOccurred(const QString& message);

private:
    struct RemovedAccount;

    void setState(State state);
    void setBusy(bool busy);
    void setError(const QString& message);
    /* Sets lastError and emits errorOccurred. */
    void fail(const QString& message);
    void setSlots(bool hasPassword, bool hasKeychain);
    void setSnapshot(vault::VaultContent content);
    void clearUndo();
    /* Runs `work(VaultWorker&)` on the worker thread and `done(result)` back on this thread. */
    template <typename Work, typename Done>
    void post(Work work, Done done);
    /* After an open or create attempt: Unlocked with the snapshot, or the error. */
    template <typename Report>
    void applyOpenReport(Report& report);
    /* After modify() or withVault(): the new snapshot (unless locked since `generation`), the
     * error if any, then the caller's `done`. */
    template <typename Report>
    void applyChangeReport(Report& report, quint64 generation, const std::function<void(Result<void>)>& done,
                           bool clearErrorOnSuccess);
    /* Adds the tokens not in the vault yet; an error sentence when all of them are. */
    [[nodiscard]] QString addTokens(std::shared_ptr<std::vector<otp::OtpToken>> tokens);

    QString m_vaultPath;
    keychain::SecretStore* m_keychain;
    QThread m_thread;
    std::unique_ptr<VaultWorker> m_worker;
    std::unique_ptr<RemovedAccount> m_removed; // what undoRemove() puts back
    int m_jobs = 0;                            // jobs posted and not yet reported
    quint64 m_generation = 0;                  // bumped by lock(): older reports bring no content back
    vault::VaultContent m_snapshot;
    State m_state = State::Starting;
    bool m_busy = false;
    QString m_lastError;
    bool m_hasPasswordSlot = false;
    bool m_hasKeychainSlot = false;
    bool m_keychainAvailable = false;
    QString m_keychainDiagnosis;
};

} // namespace tessera
