// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportController.h"

#include "QrImageReader.h"
#include "VaultController.h"
#include "interop/FormatDetector.h"
#include "interop/UriListImporter.h"
#include "vault/AtomicStore.h"

#include <QFileInfo>
#include <QImage>
#include <QJSEngine>
#include <QPointer>
#include <QQmlEngine>

using namespace Qt::Literals::StringLiterals;

namespace tessera {

namespace {

using interop::ImportPreview;

constexpr qint64 kMaxFileSize = 64 * 1024 * 1024; // as the CLI: far above any real backup

crypto::SecureBytes passwordBytes(const QString& password)
{
    QByteArray utf8 = password.toUtf8();
    crypto::SecureBytes bytes = crypto::SecureBytes::copyOf(utf8.constData(), std::size_t(utf8.size()));
    utf8.fill('\0');
    return bytes;
}

} // namespace

struct ImportController::ReadOutcome {
    enum class Kind { Read, NeedsPassword, WrongPassword, Failed };
    Kind kind = Kind::Read;
    QString message;
    QString file;
    std::vector<ImportPreview::Source> sources;
};

ImportController::ImportController(VaultController* vault, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_model, &ImportPreviewModel::countsChanged, this, &ImportController::previewChanged);
    // The preview says what would happen to the vault as it is now: compare again when it changes.
    connect(m_vault, &VaultController::contentChanged, this, [this] {
        if (hasPreview() && !m_applying) {
            rebuild();
        }
    });
    // Locking drops every secret, the files read for an import included.
    connect(m_vault, &VaultController::stateChanged, this, [this] {
        if (m_vault->state() != VaultController::State::Unlocked) {
            reset();
        }
    });
}

ImportController::~ImportController()
{
    m_pool.waitForDone();
}

void ImportController::readFiles(const QList<QUrl>& files, const QString& password)
{
    if (m_busy) {
        return;
    }
    if (files.isEmpty()) {
        setError(tr("Choose at least one file to import."));
        return;
    }
    QStringList paths;
    for (const QUrl& url : files) {
        if (!url.isLocalFile()) {
            setError(tr("%1 is not a file on this computer.").arg(url.toDisplayString()));
            return;
        }
        paths.append(url.toLocalFile());
    }
    setError({});
    setBusy(true);
    const quint64 generation = ++m_generation;
    std::optional<crypto::SecureBytes> secret;
    if (!password.isEmpty()) {
        secret = passwordBytes(password);
    }
    auto key = std::make_shared<std::optional<crypto::SecureBytes>>(std::move(secret));
    const QString noCode = tr("No QR code was found in %1.");
    const QString notAuthenticator = tr("The QR code in %1 is not an authenticator code (no otpauth:// link).");
    const QString imagesFormat = tr("QR codes in images");
    m_pool.start([this, paths, key, generation, noCode, notAuthenticator, imagesFormat] {
        auto outcome = std::make_shared<ReadOutcome>();
        const interop::FormatDetector detector;
        // Screenshots of transfer codes: their links are read together (as the CLI does), so a
        // Google batch split over several pictures imports as one.
        QStringList links;
        QStringList images;
        for (const QString& path : paths) {
            const QString name = QFileInfo(path).fileName();
            outcome->file = name;
            auto bytes = vault::AtomicStore::read(path, kMaxFileSize);
            if (!bytes) {
                outcome->kind = ReadOutcome::Kind::Failed;
                outcome->message = bytes.error().withContext(name).message();
                break;
            }
            if (interop::FormatDetector::looksLikeImage(*bytes)) {
                const QStringList texts = documents::QrImageReader::decodeAll(QImage::fromData(*bytes));
                QStringList found;
                for (const QString& text : texts) {
                    if (text.startsWith(u"otpauth:"_s, Qt::CaseInsensitive)
                        || text.startsWith(u"otpauth-migration:"_s, Qt::CaseInsensitive)) {
                        found.append(text.trimmed());
                    }
                }
                if (found.isEmpty()) {
                    outcome->kind = ReadOutcome::Kind::Failed;
                    outcome->message = (texts.isEmpty() ? noCode : notAuthenticator).arg(name);
                    break;
                }
                links.append(found);
                images.append(name);
                continue;
            }
            auto importer = detector.detect(*bytes);
            if (!importer) {
                outcome->kind = ReadOutcome::Kind::Failed;
                outcome->message = importer.error().withContext(name).message();
                break;
            }
            if ((*importer)->needsPassword(*bytes) && !key->has_value()) {
                outcome->kind = ReadOutcome::Kind::NeedsPassword;
                outcome->message = (*importer)->name();
                break;
            }
            auto result = (*importer)->read(*bytes, *key);
            if (!result) {
                const bool wrong = result.error().code() == ErrorCode::WrongPassword;
                outcome->kind = wrong ? ReadOutcome::Kind::WrongPassword : ReadOutcome::Kind::Failed;
                outcome->message = result.error().withContext(name).message();
                break;
            }
            outcome->sources.push_back({name, std::move(result).value()});
        }
        if (outcome->kind == ReadOutcome::Kind::Read && !links.isEmpty()) {
            auto result = interop::UriListImporter().read(links.join(u'\n').toUtf8(), std::nullopt);
            if (!result) {
                outcome->kind = ReadOutcome::Kind::Failed;
                outcome->message = result.error().withContext(images.join(u", "_s)).message();
            } else {
                result->formatName = imagesFormat;
                outcome->sources.push_back({images.join(u", "_s), std::move(result).value()});
            }
        }
        key->reset();
        QMetaObject::invokeMethod(
            this,
            [this, outcome, generation] {
                if (generation == m_generation) {
                    finishRead(*outcome);
                }
            },
            Qt::QueuedConnection);
    });
}

void ImportController::finishRead(ReadOutcome& outcome)
{
    setBusy(false);
    switch (outcome.kind) {
    case ReadOutcome::Kind::NeedsPassword:
        setPasswordState(true, {}, outcome.file);
        return;
    case ReadOutcome::Kind::WrongPassword:
        setPasswordState(true, outcome.message, outcome.file);
        return;
    case ReadOutcome::Kind::Failed:
        setPasswordState(false, {}, {});
        setError(outcome.message);
        Q_EMIT failed(outcome.message);
        return;
    case ReadOutcome::Kind::Read:
        break;
    }
    setPasswordState(false, {}, {});
    m_sources = std::make_shared<const std::vector<ImportPreview::Source>>(std::move(outcome.sources));
    m_model.clear(); // new files: no resolutions carried over from an earlier preview
    rebuild();
}

void ImportController::rebuild()
{
    ImportPreview preview = ImportPreview::build(ImportPreview::copySources(*m_sources), m_vault->snapshot());
    m_formats = preview.formats();
    m_warnings = preview.warnings();
    // What `add` says about a weak account, said before it lands in the vault (as the CLI does).
    for (const ImportPreview::Entry& entry : preview.entries()) {
        if (entry.status == ImportPreview::Status::New || entry.status == ImportPreview::Status::Conflict) {
            const otp::OtpToken& token = *entry.account.token;
            const QString label = token.issuer().isEmpty() ? token.name() : token.issuer() + u" / "_s + token.name();
            for (const otp::TokenWarning warning : token.warnings()) {
                m_warnings.append(u"%1: %2"_s.arg(label, otp::OtpToken::warningMessage(warning)));
            }
        }
    }
    m_model.setPreview(std::move(preview));
    Q_EMIT previewChanged();
}

bool ImportController::setResolution(int row, const QString& resolution)
{
    return !m_applying && m_model.setResolution(row, resolution);
}

void ImportController::apply()
{
    const ImportPreview* shown = m_model.preview();
    if (m_busy || shown == nullptr || !m_sources) {
        return;
    }
    if (m_model.toImportCount() == 0) {
        reset(); // nothing new: the vault is not saved at all
        Q_EMIT applied(0);
        return;
    }
    // What the user saw and chose, to check against the vault thread's content.
    std::vector<ImportPreview::Status> statuses;
    std::vector<ImportPreview::Resolution> resolutions;
    for (const ImportPreview::Entry& entry : shown->entries()) {
        statuses.push_back(entry.status);
        resolutions.push_back(entry.resolution);
    }
    auto sources = std::make_shared<std::vector<ImportPreview::Source>>(ImportPreview::copySources(*m_sources));
    auto added = std::make_shared<int>(0);
    const QString changedMessage =
        tr("The vault changed while the preview was shown. Check the refreshed preview and import again.");
    setError({});
    setBusy(true);
    m_applying = true;
    const quint64 generation = m_generation;
    QPointer<ImportController> self(this);
    m_vault->modify(
        [sources, statuses, resolutions, added, changedMessage](vault::VaultContent& content) -> Result<void> {
            ImportPreview preview = ImportPreview::build(std::move(*sources), content);
            if (preview.entries().size() != statuses.size()) {
                return Error(ErrorCode::InUse, changedMessage);
            }
            for (std::size_t i = 0; i < statuses.size(); ++i) {
                ImportPreview::Entry& entry = preview.entries().at(i);
                if (entry.status != statuses.at(i)) {
                    return Error(ErrorCode::InUse, changedMessage);
                }
                entry.resolution = resolutions.at(i);
            }
            *added = int(preview.apply(content).size());
            return {};
        },
        [self, added, generation](Result<void> result) {
            if (!self) {
                return;
            }
            self->m_applying = false;
            self->setBusy(false);
            if (generation != self->m_generation) {
                return; // reset (locked) meanwhile
            }
            if (!result) {
                self->setError(result.error().message());
                if (self->hasPreview()) {
                    self->rebuild();
                }
                Q_EMIT self->failed(result.error().message());
                return;
            }
            self->reset();
            Q_EMIT self->applied(*added);
        });
}

void ImportController::reset()
{
    ++m_generation;
    m_sources.reset();
    m_model.clear();
    m_formats.clear();
    m_warnings.clear();
    setPasswordState(false, {}, {});
    setError({});
    if (!m_applying) {
        setBusy(false);
    }
    Q_EMIT previewChanged();
}

void ImportController::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void ImportController::setError(const QString& message)
{
    if (m_lastError != message) {
        m_lastError = message;
        Q_EMIT lastErrorChanged();
    }
}

void ImportController::setPasswordState(bool needed, const QString& error, const QString& file)
{
    if (m_needsPassword != needed || m_passwordError != error || m_passwordFile != file) {
        m_needsPassword = needed;
        m_passwordError = error;
        m_passwordFile = file;
        Q_EMIT passwordChanged();
    }
}

} // namespace tessera
