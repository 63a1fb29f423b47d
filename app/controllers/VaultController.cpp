// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultController.h"

#include "AccountIconProvider.h"
#include "IssuerIconCatalog.h"
#include "VaultWorker.h"
#include "interop/ImportPreview.h"
#include "otp/Base32.h"
#include "uri/MigrationPayload.h"
#include "uri/OtpAuthUri.h"
#include "vault/AccountIcon.h"
#include "vault/Vault.h"

#include <QFile>
#include <QJSEngine>
#include <QMimeDatabase>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace tessera {

struct VaultController::RemovedAccount {
    std::size_t position;
    vault::Account account;
};

namespace {

/* The CLI reads at most this many bytes from a password file; a longer password set here could
 * never be given to `tessera-cli --password-file`. */
constexpr qsizetype kMaxPasswordBytes = 1024;

/* The password as the CLI's password file would hold it: UTF-8, as typed. The UTF-8 copy is
 * wiped; QML's own QString copies are out of our reach. */
crypto::SecureBytes passwordBytes(const QString& password)
{
    QByteArray utf8 = password.toUtf8();
    crypto::SecureBytes bytes = crypto::SecureBytes::copyOf(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    utf8.fill('\0');
    return bytes;
}

QString checkPassword(const QString& password)
{
    if (password.isEmpty()) {
        return VaultController::tr("Enter the recovery password.");
    }
    if (password.toUtf8().size() > kMaxPasswordBytes) {
        return VaultController::tr("The recovery password is too long (at most %1 bytes).").arg(kMaxPasswordBytes);
    }
    return {};
}

/* "The secret is empty." → "the secret is empty.", to follow "…: ". */
QString lowerFirst(QString message)
{
    if (message.size() > 1 && message.at(0).isUpper() && message.at(1).isLower()) {
        message[0] = message.at(0).toLower();
    }
    return message;
}

bool isInContent(const vault::VaultContent& content, const otp::OtpToken& token)
{
    return std::any_of(content.accounts.begin(), content.accounts.end(), [&token](const vault::Account& account) {
        return interop::ImportPreview::isSameAccount(account.token(), token);
    });
}

/* The token the manual-entry form describes, or the first thing wrong with it (in the form's
 * order, so live validation points at the field the user is filling in). */
Result<otp::OtpToken> manualToken(const QString& issuer, const QString& name, const QString& secretBase32,
                                  const QString& type, const QString& algorithm, int digits, int period, int counter)
{
    const QString trimmedIssuer = issuer.trimmed();
    const QString trimmedName = name.trimmed();
    if (trimmedIssuer.isEmpty() && trimmedName.isEmpty()) {
        return Error(ErrorCode::InvalidInput, VaultController::tr("Enter the service or the account name."));
    }
    if (secretBase32.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput, VaultController::tr("Enter the secret key."));
    }
    auto secret = otp::Base32::decode(secretBase32);
    if (!secret) {
        return Error(ErrorCode::InvalidInput,
                     VaultController::tr("The secret key is not valid: %1").arg(lowerFirst(secret.error().message())));
    }
    const QString kind = type.trimmed().toLower();
    std::optional<otp::OtpParameters> parameters;
    if (kind == u"steam"_s) {
        parameters = otp::OtpParameters::steam();
    } else if (kind == u"totp"_s || kind == u"hotp"_s) {
        auto hash = otp::OtpParameters::algorithmFromName(algorithm);
        if (!hash) {
            return hash.error();
        }
        if (kind == u"hotp"_s && counter < 0) {
            return Error(ErrorCode::InvalidInput, VaultController::tr("The counter cannot be negative."));
        }
        auto checked = kind == u"totp"_s ? otp::OtpParameters::totp(*hash, digits, period)
                                         : otp::OtpParameters::hotp(*hash, digits, static_cast<quint64>(counter));
        if (!checked) {
            return checked.error();
        }
        parameters = *checked;
    } else {
        return Error(ErrorCode::InvalidInput, VaultController::tr("Choose time-based, counter-based or Steam."));
    }
    return otp::OtpToken::create(trimmedIssuer, trimmedName, *parameters, std::move(secret).value());
}

} // namespace

VaultController::VaultController(QString vaultPath, keychain::SecretStore* keychain, QObject* parent)
    : QObject(parent)
    , m_vaultPath(std::move(vaultPath))
    , m_keychain(keychain)
    , m_worker(std::make_unique<VaultWorker>(m_vaultPath, keychain))
{
    m_thread.setObjectName(u"VaultWorker"_s);
    m_worker->moveToThread(&m_thread);
    connect(
        m_worker.get(), &VaultWorker::automaticBackupFailed, this,
        [this](const QString& message) {
            fail(tr("The change was saved, but the automatic backup could not be written: %1").arg(message));
        },
        Qt::QueuedConnection);
    m_thread.start();
}

VaultController::~VaultController()
{
    if (m_thread.isRunning()) {
        // The vault (and its backup timer) belong to the worker thread: drop them there, after
        // any job still running, then stop the thread.
        VaultWorker* worker = m_worker.get();
        QMetaObject::invokeMethod(
            worker, [worker] { worker->lock(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    m_worker.reset();
}

int VaultController::accountCount() const
{
    return static_cast<int>(m_snapshot.accounts.size());
}

bool VaultController::canUndoRemove() const
{
    return m_removed != nullptr;
}

QString VaultController::labelOf(const otp::OtpToken& token)
{
    if (!token.issuer().isEmpty() && !token.name().isEmpty()) {
        return tr("%1 (%2)").arg(token.issuer(), token.name());
    }
    if (!token.issuer().isEmpty()) {
        return token.issuer();
    }
    if (!token.name().isEmpty()) {
        return token.name();
    }
    return tr("Unnamed account");
}

template <typename Work, typename Done>
void VaultController::post(Work work, Done done)
{
    ++m_jobs;
    setBusy(true);
    VaultWorker* worker = m_worker.get();
    QMetaObject::invokeMethod(
        worker,
        [this, worker, work = std::move(work), done = std::move(done)]() mutable {
            auto report = std::make_shared<decltype(work(*worker))>(work(*worker));
            // Posting to an object of another thread is thread-safe; if the controller is gone,
            // Qt drops the call with it.
            QMetaObject::invokeMethod(
                this,
                [this, report, done = std::move(done)]() mutable {
                    --m_jobs;
                    done(*report);
                    setBusy(m_jobs > 0);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

template <typename Report>
void VaultController::applyOpenReport(Report& report)
{
    setSlots(report.hasPasswordSlot, report.hasKeychainSlot);
    if (report.result && report.snapshot) {
        setError({});
        setSnapshot(std::move(*report.snapshot));
        setState(State::Unlocked);
    } else {
        setState(State::Locked);
        setError(report.result ? tr("The vault could not be opened.") : report.result.error().message());
    }
}

void VaultController::start()
{
    setState(State::Starting);
    const quint64 generation = m_generation;
    post([](VaultWorker& worker) { return worker.start(); },
         [this, generation](VaultWorker::StartReport& report) {
             m_keychainAvailable = report.keychain.available;
             m_keychainDiagnosis = report.keychain.diagnosis;
             Q_EMIT keychainChecked();
             if (generation != m_generation) {
                 return; // locked while starting: stay locked
             }
             if (!report.vaultExists) {
                 setSlots(false, false);
                 setState(State::NoVault);
                 return;
             }
             // No errorOccurred here: the lock screen shows why (lastError) without a pop-up.
             applyOpenReport(report.open);
         });
}

void VaultController::createVault(bool useKeychain, const QString& recoveryPassword)
{
    if (!useKeychain && recoveryPassword.isEmpty()) {
        fail(tr("Without the keychain, the vault needs a recovery password to open: choose one."));
        return;
    }
    auto password = std::make_shared<std::optional<crypto::SecureBytes>>();
    if (!recoveryPassword.isEmpty()) {
        if (const QString problem = checkPassword(recoveryPassword); !problem.isEmpty()) {
            fail(problem);
            return;
        }
        *password = passwordBytes(recoveryPassword);
    }
    const quint64 generation = m_generation;
    post([useKeychain, password](VaultWorker& worker) { return worker.create(useKeychain, std::move(*password)); },
         [this, generation](VaultWorker::Report& report) {
             if (!report.result) {
                 fail(report.result.error().message()); // still no vault: the first-run screen stays
                 return;
             }
             if (generation == m_generation) {
                 applyOpenReport(report);
             }
         });
}

void VaultController::unlockWithKeychain()
{
    if (m_state == State::Unlocked || m_state == State::NoVault) {
        return;
    }
    const quint64 generation = m_generation;
    post([](VaultWorker& worker) { return worker.open(std::nullopt); },
         [this, generation](VaultWorker::Report& report) {
             if (generation != m_generation) {
                 return;
             }
             applyOpenReport(report);
             if (!report.result) {
                 Q_EMIT errorOccurred(m_lastError);
             }
         });
}

void VaultController::unlockWithPassword(const QString& password)
{
    if (m_state == State::Unlocked || m_state == State::NoVault) {
        return;
    }
    if (const QString problem = checkPassword(password); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    auto bytes = std::make_shared<std::optional<crypto::SecureBytes>>(passwordBytes(password));
    const quint64 generation = m_generation;
    post([bytes](VaultWorker& worker) { return worker.open(*bytes); },
         [this, generation](VaultWorker::Report& report) {
             if (generation != m_generation) {
                 return;
             }
             applyOpenReport(report);
             if (!report.result) {
                 Q_EMIT errorOccurred(m_lastError);
             }
         });
}

void VaultController::lock()
{
    // Reports of jobs posted before this point bring no content back.
    ++m_generation;
    post(
        [](VaultWorker& worker) {
            worker.lock();
            return true;
        },
        [](bool) {});
    clearUndo();
    setSnapshot(vault::VaultContent());
    if (m_state == State::Unlocked) {
        setState(State::Locked);
    }
}

void VaultController::setRecoveryPassword(const QString& password)
{
    if (const QString problem = checkPassword(password); !problem.isEmpty()) {
        fail(problem);
        return;
    }
    auto bytes = std::make_shared<crypto::SecureBytes>(passwordBytes(password));
    post([bytes](VaultWorker& worker) { return worker.setPassword(*bytes); },
         [this](VaultWorker::Report& report) {
             if (report.open) {
                 setSlots(report.hasPasswordSlot, report.hasKeychainSlot);
             }
             if (!report.result) {
                 fail(report.result.error().message());
             } else {
                 setError({});
             }
         });
}

QString VaultController::addFromUri(const QString& uri)
{
    if (m_state != State::Unlocked) {
        return tr("Unlock the vault first.");
    }
    const QString text = uri.trimmed();
    auto tokens = std::make_shared<std::vector<otp::OtpToken>>();
    if (text.startsWith(u"otpauth-migration:"_s, Qt::CaseInsensitive)) {
        auto payload = uri::MigrationPayload::fromUri(text);
        if (!payload) {
            return tr("This transfer link cannot be read: %1").arg(lowerFirst(payload.error().message()));
        }
        auto conversion = payload->toTokens();
        if (conversion.tokens.empty()) {
            return tr("This transfer link holds no account that Tessera can add.");
        }
        *tokens = std::move(conversion.tokens);
    } else if (text.startsWith(u"otpauth:"_s, Qt::CaseInsensitive)) {
        auto parsed = uri::OtpAuthUri::parse(text);
        if (!parsed) {
            return tr("This link cannot be read: %1").arg(lowerFirst(parsed.error().message()));
        }
        tokens->push_back(parsed->takeToken());
    } else {
        return tr("This is not an account link: it starts with otpauth:// or otpauth-migration://.");
    }
    return addTokens(std::move(tokens));
}

QString VaultController::addTokens(std::shared_ptr<std::vector<otp::OtpToken>> tokens)
{
    // Checked here for the immediate sentence, and again on the worker against its own content.
    std::vector<otp::OtpToken> fresh;
    for (otp::OtpToken& token : *tokens) {
        const bool seen = std::any_of(fresh.begin(), fresh.end(), [&token](const otp::OtpToken& other) {
            return interop::ImportPreview::isSameAccount(other, token);
        });
        if (!seen && !isInContent(m_snapshot, token)) {
            fresh.push_back(std::move(token));
        }
    }
    if (fresh.empty()) {
        return tokens->size() == 1 ? tr("%1 is already in Tessera.").arg(labelOf(tokens->front()))
                                   : tr("Every account in this link is already in Tessera.");
    }
    *tokens = std::move(fresh);

    auto added = std::make_shared<int>(0);
    auto firstLabel = std::make_shared<QString>();
    modify(
        [tokens, added, firstLabel](vault::VaultContent& content) -> Result<void> {
            for (otp::OtpToken& token : *tokens) {
                if (isInContent(content, token)) {
                    continue;
                }
                if (*added == 0) {
                    *firstLabel = labelOf(token);
                }
                content.accounts.emplace_back(vault::Account::newId(), std::move(token));
                ++*added;
            }
            if (*added == 0) {
                return Error(ErrorCode::InvalidInput, tr("Every account in this link is already in Tessera."));
            }
            return {};
        },
        [this, added, firstLabel](const Result<void>& result) {
            if (result) {
                Q_EMIT accountsAdded(*added, *firstLabel);
            }
        });
    return {};
}

QString VaultController::addManual(const QString& issuer, const QString& name, const QString& secretBase32,
                                   const QString& type, const QString& algorithm, int digits, int period, int counter)
{
    if (m_state != State::Unlocked) {
        return tr("Unlock the vault first.");
    }
    auto token = manualToken(issuer, name, secretBase32, type, algorithm, digits, period, counter);
    if (!token) {
        return token.error().message();
    }
    auto tokens = std::make_shared<std::vector<otp::OtpToken>>();
    tokens->push_back(std::move(token).value());
    return addTokens(std::move(tokens));
}

QString VaultController::validateManual(const QString& issuer, const QString& name, const QString& secretBase32,
                                        const QString& type, const QString& algorithm, int digits, int period) const
{
    auto token = manualToken(issuer, name, secretBase32, type, algorithm, digits, period, 0);
    return token ? QString() : token.error().message();
}

void VaultController::updateAccount(const QString& id, const QString& issuer, const QString& name, const QString& group,
                                    const QString& note)
{
    const QString newIssuer = issuer.trimmed();
    const QString newName = name.trimmed();
    if (newIssuer.isEmpty() && newName.isEmpty()) {
        fail(tr("Enter the service or the account name."));
        return;
    }
    const QString newGroup = group.trimmed();
    modify([id, newIssuer, newName, newGroup, note](vault::VaultContent& content) -> Result<void> {
        vault::Account* account = content.find(id);
        if (account == nullptr) {
            return Error(ErrorCode::NotFound, tr("This account is no longer in the vault."));
        }
        auto token =
            otp::OtpToken::create(newIssuer, newName, account->token().parameters(), account->token().secret().clone());
        if (!token) {
            return token.error();
        }
        account->token() = std::move(token).value();
        account->group = newGroup;
        account->note = note;
        if (!newGroup.isEmpty() && !content.groups.contains(newGroup)) {
            content.groups.append(newGroup);
        }
        return {};
    });
}

void VaultController::setFavorite(const QString& id, bool favorite)
{
    modify([id, favorite](vault::VaultContent& content) -> Result<void> {
        vault::Account* account = content.find(id);
        if (account == nullptr) {
            return Error(ErrorCode::NotFound, tr("This account is no longer in the vault."));
        }
        account->favorite = favorite;
        return {};
    });
}

void VaultController::advanceCounter(const QString& id)
{
    modify([id](vault::VaultContent& content) -> Result<void> {
        vault::Account* account = content.find(id);
        if (account == nullptr) {
            return Error(ErrorCode::NotFound, tr("This account is no longer in the vault."));
        }
        const otp::OtpParameters& parameters = account->token().parameters();
        if (parameters.isTimeBased()) {
            return Error(ErrorCode::InvalidInput, tr("Only counter-based accounts have a counter to move on."));
        }
        account->token().setParameters(parameters.withCounter(parameters.counter() + 1));
        return {};
    });
}

void VaultController::removeAccount(const QString& id)
{
    auto removed = std::make_shared<std::unique_ptr<RemovedAccount>>();
    modify(
        [id, removed](vault::VaultContent& content) -> Result<void> {
            const auto found = std::find_if(content.accounts.begin(), content.accounts.end(),
                                            [&id](const vault::Account& account) { return account.id() == id; });
            if (found == content.accounts.end()) {
                return Error(ErrorCode::NotFound, tr("This account is no longer in the vault."));
            }
            const auto position = static_cast<std::size_t>(found - content.accounts.begin());
            *removed = std::make_unique<RemovedAccount>(RemovedAccount{position, found->clone()});
            content.accounts.erase(found);
            return {};
        },
        [this, removed, generation = m_generation](const Result<void>& result) {
            if (!result || generation != m_generation || !*removed) {
                return; // locked meanwhile: the undo went with the vault
            }
            m_removed = std::move(*removed);
            Q_EMIT undoChanged();
            Q_EMIT accountRemoved(labelOf(m_removed->account.token()));
        });
}

void VaultController::undoRemove()
{
    if (!m_removed) {
        return;
    }
    // A copy travels to the worker: if the save fails, the undo is still there to try again.
    auto account = std::make_shared<vault::Account>(m_removed->account.clone());
    const std::size_t position = m_removed->position;
    modify(
        [account, position](vault::VaultContent& content) -> Result<void> {
            if (content.find(account->id()) != nullptr) {
                return Error(ErrorCode::InvalidInput, tr("This account is already back in the vault."));
            }
            const std::size_t at = std::min(position, content.accounts.size());
            content.accounts.insert(content.accounts.begin() + static_cast<std::ptrdiff_t>(at), std::move(*account));
            return {};
        },
        [this, generation = m_generation](const Result<void>& result) {
            if (result && generation == m_generation) {
                clearUndo();
            }
        });
}

void VaultController::setIconBrand(const QString& id, const QString& slug)
{
    if (!slug.isEmpty() && slug != vault::AccountIcon::kLetters && !IssuerIconCatalog::slugs().contains(slug)) {
        fail(tr("Tessera has no icon called “%1”.").arg(slug));
        return;
    }
    modify([id, slug](vault::VaultContent& content) -> Result<void> {
        vault::Account* account = content.find(id);
        if (account == nullptr) {
            return Error(ErrorCode::NotFound, tr("This account is no longer in the vault."));
        }
        if (!vault::AccountIcon::setChosenBrand(*account, slug)) {
            return Error(ErrorCode::InvalidInput, tr("Tessera has no icon called “%1”.").arg(slug));
        }
        return {};
    });
}

QString VaultController::setIconPicture(const QString& id, const QString& fileUrl)
{
    if (m_snapshot.find(id) == nullptr) {
        return tr("This account is no longer in the vault.");
    }
    const QUrl url(fileUrl);
    QString path;
    if (url.isLocalFile()) {
        path = url.toLocalFile();
    } else if (url.scheme().isEmpty()) {
        path = fileUrl;
    } else {
        return tr("Choose a picture saved on this computer.");
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return tr("Tessera could not open this file. Check that it still exists and that you may read it.");
    }
    // Read one byte more than allowed, so a file that grew since size() is still caught.
    const QByteArray data = file.read(vault::AccountIcon::kMaxBytes + 1);
    if (data.size() > vault::AccountIcon::kMaxBytes) {
        return tr("This picture is larger than 256 KB. Choose a smaller one (an icon does not need more).");
    }
    // By content, not by name: a renamed text file is not a picture.
    const QString mimeType = QMimeDatabase().mimeTypeForData(data).name();
    auto icon = vault::AccountIcon::make(mimeType, data);
    if (!icon) {
        return tr("This file is not a PNG, JPEG, SVG or WebP picture.");
    }
    if (AccountIconProvider::decode(icon->data, QSize(64, 64)).isNull()) {
        return tr("Tessera could not read this picture. It may be damaged, or of a kind this computer cannot show.");
    }
    modify([id, picture = std::move(*icon)](vault::VaultContent& content) -> Result<void> {
        vault::Account* account = content.find(id);
        if (account == nullptr) {
            return Error(ErrorCode::NotFound, tr("This account is no longer in the vault."));
        }
        picture.storeIn(*account);
        return {};
    });
    return {};
}

void VaultController::removeIconPicture(const QString& id)
{
    modify([id](vault::VaultContent& content) -> Result<void> {
        vault::Account* account = content.find(id);
        if (account == nullptr) {
            return Error(ErrorCode::NotFound, tr("This account is no longer in the vault."));
        }
        vault::AccountIcon::removeFrom(*account);
        return {};
    });
}

QString VaultController::uriOf(const QString& id) const
{
    const vault::Account* account = m_snapshot.find(id);
    return account == nullptr ? QString() : uri::OtpAuthUri::format(account->token());
}

void VaultController::modify(Change change, std::function<void(Result<void>)> done)
{
    post([change = std::move(change)](VaultWorker& worker) { return worker.modify(change); },
         [this, generation = m_generation, done = std::move(done)](VaultWorker::Report& report) {
             // A change that saved clears the error of an earlier one.
             applyChangeReport(report, generation, done, /*clearErrorOnSuccess=*/true);
         });
}

void VaultController::withVault(std::function<Result<void>(vault::Vault&)> job, std::function<void(Result<void>)> done)
{
    post([job = std::move(job)](VaultWorker& worker) { return worker.withVault(job); },
         [this, generation = m_generation, done = std::move(done)](VaultWorker::Report& report) {
             applyChangeReport(report, generation, done, /*clearErrorOnSuccess=*/false);
         });
}

template <typename Report>
void VaultController::applyChangeReport(Report& report, quint64 generation,
                                        const std::function<void(Result<void>)>& done, bool clearErrorOnSuccess)
{
    // A report from before a lock must not bring the content back.
    if (generation == m_generation) {
        if (report.open) {
            setSlots(report.hasPasswordSlot, report.hasKeychainSlot);
        }
        if (report.snapshot) {
            setSnapshot(std::move(*report.snapshot));
        }
    }
    if (!report.result) {
        fail(report.result.error().message());
    } else if (clearErrorOnSuccess) {
        setError({});
    }
    if (done) {
        done(report.result);
    }
}

void VaultController::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged();
    }
}

void VaultController::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void VaultController::setError(const QString& message)
{
    if (m_lastError != message) {
        m_lastError = message;
        Q_EMIT lastErrorChanged();
    }
}

void VaultController::fail(const QString& message)
{
    setError(message);
    Q_EMIT errorOccurred(message);
}

void VaultController::setSlots(bool hasPassword, bool hasKeychain)
{
    if (m_hasPasswordSlot != hasPassword || m_hasKeychainSlot != hasKeychain) {
        m_hasPasswordSlot = hasPassword;
        m_hasKeychainSlot = hasKeychain;
        Q_EMIT slotsChanged();
    }
}

void VaultController::setSnapshot(vault::VaultContent content)
{
    m_snapshot = std::move(content);
    Q_EMIT contentChanged();
}

void VaultController::clearUndo()
{
    if (m_removed) {
        m_removed.reset();
        Q_EMIT undoChanged();
    }
}

} // namespace tessera
