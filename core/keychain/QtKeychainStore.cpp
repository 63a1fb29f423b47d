// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtKeychainStore.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QThread>
#include <QUuid>
#include <qt6keychain/keychain.h>

#include <openssl/crypto.h>

#include <condition_variable>
#include <memory>
#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace tessera::keychain {

namespace {

enum class Operation { Read, Write, Remove };

/* What a finished job reports back to the waiting caller. */
struct Outcome {
    QKeychain::Error error = QKeychain::NoError;
    QString detail; // QtKeychain's errorString(): a library message, never the secret
    crypto::SecureBytes data;
};

/* Shared by the waiting caller and the job on the keychain thread, so whichever gives up or
 * finishes first, nothing dangles. `input` holds the bytes a write job points at: it must live as
 * long as the job, which the shared ownership guarantees even when the caller timed out. */
struct PendingJob {
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    Outcome outcome;
    crypto::SecureBytes input;
};

// ---- the keychain thread -------------------------------------------------------------------

std::mutex s_threadMutex;
QThread* s_thread = nullptr;
QObject* s_threadContext = nullptr; // lives in s_thread; jobs are posted to it
bool s_threadStopped = false;

/* Runs while the QCoreApplication is destroyed. After this no new jobs start (QtKeychain's queue
 * lives in this thread and cannot move), so calls made later fail with KeychainUnavailable. */
void stopKeychainThread()
{
    QThread* thread = nullptr;
    {
        const std::lock_guard lock(s_threadMutex);
        thread = s_thread;
        s_thread = nullptr;
        s_threadContext = nullptr;
        s_threadStopped = true;
    }
    if (thread == nullptr) {
        return;
    }
    thread->quit();
    // A backend stuck in a D-Bus call must not hang the program's exit: after a grace period the
    // thread is left running and its object deliberately leaked (deleting a running QThread aborts).
    if (thread->wait(QDeadlineTimer(5000))) {
        delete thread;
    } else {
        qCWarning(lcKeychain) << "The keychain thread did not stop within 5 s; leaving it";
    }
}

/* Posts `work` to the keychain thread, starting the thread on first use. False when the thread is
 * gone (the application is shutting down). Posting under the lock keeps it from racing the stop. */
template <typename Work>
bool postToKeychainThread(Work&& work)
{
    const std::lock_guard lock(s_threadMutex);
    if (s_threadStopped) {
        return false;
    }
    if (s_thread == nullptr) {
        auto* thread = new QThread;
        thread->setObjectName(u"tessera-keychain"_s);
        auto* context = new QObject;
        context->moveToThread(thread);
        QObject::connect(thread, &QThread::finished, context, &QObject::deleteLater);
        thread->start();
        qAddPostRoutine(stopKeychainThread);
        s_thread = thread;
        s_threadContext = context;
    }
    return QMetaObject::invokeMethod(s_threadContext, std::forward<Work>(work), Qt::QueuedConnection);
}

// ---- jobs (these functions run on the keychain thread) ---------------------------------------

/* Wipes the bytes of a QByteArray in place. It must not call data(), which would detach and wipe
 * a fresh copy instead: the buffer is shared with the (finished) job, and wiping it for both is
 * the point. Raw or static data (not mutable) is left alone. */
void wipeShared(QByteArray& bytes)
{
    if (bytes.data_ptr().isMutable() && !bytes.isEmpty()) {
        OPENSSL_cleanse(const_cast<char*>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
    }
}

void collectOutcome(QKeychain::Job* job, Operation operation, const std::shared_ptr<PendingJob>& pending)
{
    Outcome outcome;
    outcome.error = job->error();
    if (outcome.error != QKeychain::NoError) {
        outcome.detail = job->errorString();
    } else if (operation == Operation::Read) {
        QByteArray bytes = static_cast<QKeychain::ReadPasswordJob*>(job)->binaryData();
        outcome.data = crypto::SecureBytes::copyOf(bytes.constData(), static_cast<std::size_t>(bytes.size()));
        wipeShared(bytes);
    }
    const std::lock_guard lock(pending->mutex);
    pending->outcome = std::move(outcome);
    pending->done = true;
    pending->finished.notify_one();
}

void startJob(Operation operation, const QString& key, const std::shared_ptr<PendingJob>& pending)
{
    const QString service = QtKeychainStore::serviceName();
    QKeychain::Job* job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Operation::Write: {
        auto* writeJob = new QKeychain::WritePasswordJob(service);
        // No copy of ours: the job reads the SecureBytes in `pending`, which outlives the job
        // because the finished connection below (owned by the job) holds `pending`.
        writeJob->setBinaryData(QByteArray::fromRawData(reinterpret_cast<const char*>(pending->input.data()),
                                                        static_cast<qsizetype>(pending->input.size())));
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    // We delete the job ourselves, and only once it has finished: libsecret's callbacks hold a raw
    // pointer to it until then.
    job->setAutoDelete(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [operation, pending](QKeychain::Job* finishedJob) {
        collectOutcome(finishedJob, operation, pending);
        finishedJob->deleteLater();
    });
    job->start();
}

// ---- errors --------------------------------------------------------------------------------

const QString kOrPassword = u" Or protect the vault with a recovery password instead."_s;

QString withDetail(const QString& sentence, const QString& detail)
{
    if (detail.isEmpty()) {
        return sentence;
    }
    return sentence + u" (The keychain said: "_s + detail.trimmed() + u")"_s;
}

/* libsecret reports a missing Secret Service or session bus only as OtherError with a GLib
 * message; these are the messages seen without D-Bus, without a Secret Service, and without a
 * display to autolaunch a bus (FORMATS.md §7.2). */
bool looksLikeNoService(const QString& detail)
{
    static const QStringList markers = {
        u"org.freedesktop.secrets"_s,   u"autolaunch"_s,
        u"Could not connect"_s,         u"DBUS_SESSION_BUS_ADDRESS"_s,
        u"No such file or directory"_s, u"Connection refused"_s,
        u"not provided by any"_s,
    };
    for (const QString& marker : markers) {
        if (detail.contains(marker, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

/* A locked keyring, or none created yet, where the keychain could not ask for a password (no
 * display, prompt dismissed): gnome-keyring then reports the missing "login" collection. */
bool looksLocked(const QString& detail)
{
    static const QStringList markers = {u"locked"_s, u"prompt"_s, u"collection"_s, u"dismissed"_s};
    for (const QString& marker : markers) {
        if (detail.contains(marker, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

QString noServiceMessage()
{
    return u"No keychain service is running (the Secret Service, such as GNOME Keyring or KeePassXC, or KWallet)."
           " Start or install one and try again."_s
           + kOrPassword;
}

Error unavailable(QKeychain::Error error, const QString& detail)
{
    QString message;
    switch (error) {
    case QKeychain::NoBackendAvailable:
        message = noServiceMessage();
        break;
    case QKeychain::AccessDenied:
        message = u"The keychain is locked or did not let Tessera in; unlock it and try again."_s + kOrPassword;
        break;
    case QKeychain::AccessDeniedByUser:
        message =
            u"Access to the keychain was refused. Allow Tessera when the keychain asks, and try again."_s + kOrPassword;
        break;
    case QKeychain::NotImplemented:
        message = u"This system's keychain cannot store Tessera's key."_s + kOrPassword;
        break;
    case QKeychain::CouldNotDeleteEntry:
        message = u"The keychain could not delete Tessera's entry; try again, or delete it in the keychain's own "
                  "program."_s;
        break;
    case QKeychain::EntryNotFound: // only for write, where it makes no sense
    case QKeychain::OtherError:
    case QKeychain::NoError:
        if (looksLikeNoService(detail)) {
            message = noServiceMessage();
        } else if (looksLocked(detail)) {
            message = u"The keychain is locked, or has no keyring yet, and could not ask for its password here; "
                      "unlock it (logging in to the desktop usually does) and try again."_s
                      + kOrPassword;
        } else {
            message = u"The keychain failed."_s + kOrPassword;
        }
        break;
    }
    return Error(ErrorCode::KeychainUnavailable, withDetail(message, detail));
}

/* Runs one job and waits for it. An error here is about running it (no application object, shutting
 * down, no answer in time); what the keychain itself answered is in the Outcome. */
Result<Outcome> run(Operation operation, const QString& key, crypto::SecureBytes input,
                    std::chrono::milliseconds timeout)
{
    if (key.isEmpty()) {
        return Error(ErrorCode::InvalidInput, u"A keychain entry needs a name."_s);
    }
    if (QCoreApplication::instance() == nullptr) {
        // A programming error, but still reported as a value: QtKeychain's KWallet backend talks
        // D-Bus through Qt, which needs the application object.
        return Error(ErrorCode::KeychainUnavailable,
                     u"The keychain cannot be used before the program has started up completely."_s);
    }
    auto pending = std::make_shared<PendingJob>();
    pending->input = std::move(input);
    const bool posted = postToKeychainThread([operation, key, pending] { startJob(operation, key, pending); });
    if (!posted) {
        return Error(ErrorCode::KeychainUnavailable, u"The keychain is no longer available: Tessera is closing."_s);
    }
    std::unique_lock lock(pending->mutex);
    if (!pending->finished.wait_for(lock, timeout, [&pending] { return pending->done; })) {
        qCWarning(lcKeychain) << "A keychain job did not finish within" << timeout.count() << "ms";
        return Error(ErrorCode::KeychainUnavailable,
                     u"The keychain did not answer within %1 seconds; it may be waiting for a password you have not "
                     "typed, or be stuck. Try again."_s.arg((timeout.count() + 999) / 1000)
                         + kOrPassword);
    }
    return std::move(pending->outcome);
}

} // namespace

QtKeychainStore::QtKeychainStore(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{
}

QString QtKeychainStore::serviceName()
{
    return u"Tessera"_s;
}

Result<crypto::SecureBytes> QtKeychainStore::read(const QString& key)
{
    auto outcome = run(Operation::Read, key, {}, m_timeout);
    if (!outcome) {
        return outcome.error();
    }
    switch (outcome->error) {
    case QKeychain::NoError:
        return std::move(outcome->data);
    case QKeychain::EntryNotFound:
        return confirmNotFound(key);
    default:
        qCInfo(lcKeychain) << "Reading" << key << "failed with QtKeychain error" << int(outcome->error);
        return unavailable(outcome->error, outcome->detail);
    }
}

/* libsecret answers "no such entry" to a lookup, and "done" to a delete, also when the keyring is
 * locked and could not be unlocked (no display for the password prompt, or the prompt dismissed):
 * seen with gnome-keyring, for an entry that was there. Only a keychain that accepts a write is
 * known to be unlocked, so a throw-away entry is written and deleted; if that fails, the keychain
 * is unavailable, not empty. (The write may also be what makes the keychain ask the user to
 * unlock it.) Other platforms report a locked keychain as an error and need no check. */
Result<void> QtKeychainStore::ensureUnlocked()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    const QString checkKey = u"tessera-unlock-check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto checked = run(Operation::Write, checkKey, crypto::SecureBytes(1), m_timeout);
    if (!checked) {
        return checked.error();
    }
    if (checked->error != QKeychain::NoError) {
        qCInfo(lcKeychain) << "The keychain refused a throw-away write:" << int(checked->error);
        return unavailable(checked->error, checked->detail);
    }
    auto removed = run(Operation::Remove, checkKey, {}, m_timeout);
    if (!removed || removed->error != QKeychain::NoError) {
        qCInfo(lcKeychain) << "Could not delete" << checkKey; // harmless: 1 zero byte under a unique name
    }
#endif
    return {};
}

Result<crypto::SecureBytes> QtKeychainStore::confirmNotFound(const QString& key)
{
    const Error notFound(ErrorCode::NotFound, u"The keychain has no entry named %1."_s.arg(key));
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (auto unlocked = ensureUnlocked(); !unlocked) {
        return unlocked.error();
    }
    // Looked up once more: the user may have unlocked the keyring at the check's prompt.
    auto again = run(Operation::Read, key, {}, m_timeout);
    if (!again) {
        return again.error();
    }
    if (again->error == QKeychain::NoError) {
        return std::move(again->data);
    }
    if (again->error != QKeychain::EntryNotFound) {
        return unavailable(again->error, again->detail);
    }
#endif
    return notFound;
}

Result<void> QtKeychainStore::write(const QString& key, const crypto::SecureBytes& secret)
{
    auto outcome = run(Operation::Write, key, secret.clone(), m_timeout);
    if (!outcome) {
        return outcome.error();
    }
    if (outcome->error != QKeychain::NoError) {
        qCInfo(lcKeychain) << "Writing" << key << "failed with QtKeychain error" << int(outcome->error);
        return unavailable(outcome->error, outcome->detail);
    }
    return {};
}

Result<void> QtKeychainStore::remove(const QString& key)
{
    // A delete in a locked keyring "succeeds" without deleting anything (see ensureUnlocked).
    if (auto unlocked = ensureUnlocked(); !unlocked) {
        return unlocked.error();
    }
    auto outcome = run(Operation::Remove, key, {}, m_timeout);
    if (!outcome) {
        return outcome.error();
    }
    // libsecret reports an absent entry as success; other backends say EntryNotFound. Either way
    // the entry is gone, which is what the caller asked for.
    if (outcome->error != QKeychain::NoError && outcome->error != QKeychain::EntryNotFound) {
        qCInfo(lcKeychain) << "Removing" << key << "failed with QtKeychain error" << int(outcome->error);
        return unavailable(outcome->error, outcome->detail);
    }
    return {};
}

QString QtKeychainStore::backendName() const
{
#if defined(Q_OS_WIN)
    return u"Windows Credential Manager"_s;
#elif defined(Q_OS_MACOS)
    return u"macOS Keychain"_s;
#elif defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    // The same desktop detection QtKeychain 0.13 uses (keychain_unix.cpp): KDE sessions prefer
    // KWallet; every other desktop, and none, uses the Secret Service through libsecret.
    const QByteArray desktop = qgetenv("XDG_CURRENT_DESKTOP");
    const QByteArray session = qgetenv("DESKTOP_SESSION");
    const bool kde = desktop == "KDE" || session == "kde" || session == "kde4"
                     || (desktop.isEmpty() && session.isEmpty() && !qgetenv("KDE_FULL_SESSION").isEmpty());
    if (kde) {
        return u"KWallet"_s;
    }
    return u"Secret Service"_s;
#else
    return u"system keychain"_s;
#endif
}

} // namespace tessera::keychain
