// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "AccountQuery.h"
#include "CommandLine.h"
#include "Console.h"
#include "JsonOutput.h"
#include "PasswordFile.h"
#include "QrCommand.h"
#include "QrImageReader.h"
#include "VaultSession.h"
#include "interop/AndOtpImporter.h"
#include "interop/FormatDetector.h"
#include "interop/ImportPreview.h"
#include "interop/UriListImporter.h"
#include "qr/QrDecoder.h"
#include "vault/AtomicStore.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace tessera::cli {

namespace {

using interop::ImportPreview;

constexpr qint64 kMaxFileSize = 64 * 1024 * 1024; // far above any real backup; keeps memory bounded

/* Reads the QR codes of every image into one text of links (one per line), so that the URI
 * list importer sees all transfer batches together. */
Result<QString> linksInImages(const QStringList& images)
{
    QStringList lines;
    for (const QString& image : images) {
        auto grey = QrCommand::loadGrey(image);
        if (!grey) {
            return grey.error();
        }
        auto codes = documents::QrImageReader::scan(*grey);
        if (!codes) {
            return codes.error().withContext(image);
        }
        if (codes->empty()) {
            return Error(ErrorCode::NotFound, u"No QR code was found in %1."_s.arg(image));
        }
        qsizetype links = 0;
        for (const qr::DecodedQr& code : *codes) {
            const QString text = code.text.trimmed();
            if (text.startsWith(u"otpauth:"_s, Qt::CaseInsensitive)
                || text.startsWith(u"otpauth-migration:"_s, Qt::CaseInsensitive)) {
                lines.append(text);
                ++links;
            }
        }
        if (links == 0) {
            return Error(ErrorCode::InvalidInput,
                         u"The QR code in %1 is not an authenticator code (no otpauth:// link)."_s.arg(image));
        }
    }
    return lines.join(u'\n');
}

QString entryLabel(const ImportPreview::Entry& entry)
{
    if (entry.account.token) {
        return Console::printable(AccountQuery::label(*entry.account.token));
    }
    return Console::printable(entry.account.label.isEmpty() ? u"an entry"_s : entry.account.label);
}

QString entryJson(const ImportPreview::Entry& entry, JsonOutput::Secret secret, const QString& newId)
{
    JsonOutput json;
    json.add(u"status", ImportPreview::statusId(entry.status)).add(u"file", entry.source);
    if (!entry.reason.isEmpty()) {
        json.add(u"reason", entry.reason);
    }
    if (!entry.existingId.isEmpty()) {
        json.add(u"existing", entry.existingId); // the vault account it duplicates or conflicts with
    }
    if (entry.account.token) {
        vault::Account account(newId, entry.account.token->clone());
        account.group = entry.account.group;
        account.note = entry.account.note;
        account.favorite = entry.account.favorite;
        json.addRaw(u"account", JsonOutput::account(account, secret));
    } else {
        json.add(u"label", entry.account.label);
    }
    return json.toString();
}

} // namespace

ExitCode ImportCommand::run(const CommandLine& commandLine, Console& console)
{
    const QStringList files = commandLine.words().mid(1);
    if (files.isEmpty()) {
        return console.usage(u"import needs at least one file (a backup, an export, a text list or an image)."_s);
    }
    const bool dryRun = commandLine.has(u"dry-run");

    std::optional<crypto::SecureBytes> password;
    if (commandLine.has(u"import-password-file")) {
        auto read = PasswordFile::read(commandLine.value(u"import-password-file"), u"--import-password-file"_s);
        if (!read) {
            return console.fail(read.error());
        }
        password = std::move(read).value();
    }

    const interop::FormatDetector detector;
    const interop::Importer* forced = nullptr;
    if (commandLine.has(u"format")) {
        auto byId = detector.byId(commandLine.value(u"format"));
        if (!byId) {
            return console.fail(byId.error());
        }
        forced = *byId;
    }

    // Every file is read before anything changes: one unreadable file imports nothing.
    std::vector<ImportPreview::Source> sources;
    QStringList images;
    for (const QString& file : files) {
        // A file named on the command line that is not there is a mistake in the input (2), the
        // same answer `qr decode` gives, not "nothing found".
        const QFileInfo info(file);
        if (!info.exists() || info.isDir()) {
            return console.fail(Error(ErrorCode::InvalidInput, info.isDir() ? u"%1 is a folder, not a file."_s.arg(file)
                                                                            : u"%1 does not exist."_s.arg(file)));
        }
        auto bytes = vault::AtomicStore::read(file, kMaxFileSize);
        if (!bytes) {
            return console.fail(bytes.error());
        }
        if ((forced == nullptr || forced->id() == u"uris"_s) && interop::FormatDetector::looksLikeImage(*bytes)) {
            images.append(file);
            continue;
        }
        const interop::Importer* importer = forced;
        if (forced != nullptr && !forced->recognises(*bytes)
            && !(forced->id() == u"andotp"_s && interop::AndOtpImporter::mightBeEncrypted(*bytes))) {
            // The user named a format the file is not in: say what it looks like, rather than
            // calling a perfectly good file of another kind "damaged".
            auto detected = detector.detect(*bytes);
            return console.fail(Error(
                ErrorCode::Unsupported,
                detected ? u"%1 is not in the %2 format (it looks like: %3); leave out "
                           "--format to have it recognised."_s.arg(file, forced->name(), (*detected)->name())
                         : u"%1 is not in the %2 format. %3"_s.arg(file, forced->name(), detected.error().message())));
        }
        if (importer == nullptr) {
            auto detected = detector.detect(*bytes);
            if (!detected) {
                return console.fail(detected.error().withContext(file));
            }
            importer = *detected;
        }
        if (importer->needsPassword(*bytes) && !password) {
            return console.fail(
                Error(ErrorCode::WrongPassword,
                      u"%1 is an encrypted %2; give its password with --import-password-file FILE."_s.arg(
                          file, importer->name())));
        }
        auto result = importer->read(*bytes, password);
        if (!result) {
            return console.fail(result.error().withContext(file));
        }
        sources.push_back({file, std::move(result).value()});
    }
    if (!images.isEmpty()) {
        auto links = linksInImages(images);
        if (!links) {
            return console.fail(links.error());
        }
        auto result = interop::UriListImporter().read(links->toUtf8(), std::nullopt);
        if (!result) {
            return console.fail(result.error().withContext(images.join(u", "_s)));
        }
        result->formatName = u"QR codes in images"_s;
        sources.push_back({images.join(u", "_s), std::move(result).value()});
    }

    // A dry run compares with the vault when there is one, and is a plain conversion otherwise.
    VaultSession session(commandLine);
    std::optional<vault::Vault> vault;
    if (!dryRun || QFileInfo::exists(session.path())) {
        auto opened = session.open();
        if (!opened) {
            return console.fail(opened.error());
        }
        vault.emplace(std::move(opened).value());
    }
    const vault::VaultContent empty;
    ImportPreview preview = ImportPreview::build(std::move(sources), vault ? vault->content() : empty);
    for (const QString& warning : preview.warnings()) {
        console.warning(Console::printable(warning));
    }
    // What `add` says about a weak account, said here too before it lands in the vault.
    for (const ImportPreview::Entry& entry : preview.entries()) {
        if (entry.status == ImportPreview::Status::New || entry.status == ImportPreview::Status::Conflict) {
            for (const otp::TokenWarning warning : entry.account.token->warnings()) {
                console.warning(u"%1: %2"_s.arg(entryLabel(entry), otp::OtpToken::warningMessage(warning)));
            }
        }
    }

    QStringList changedIds;
    if (!dryRun) {
        changedIds = preview.apply(vault->content());
        if (!changedIds.isEmpty()) {
            if (auto saved = session.save(*vault, console); !saved) {
                return console.fail(saved.error());
            }
        }
    }

    const int added = int(changedIds.size());
    if (commandLine.json()) {
        QStringList entries;
        for (const ImportPreview::Entry& entry : preview.entries()) {
            entries.append(
                entryJson(entry, dryRun ? JsonOutput::Secret::Include : JsonOutput::Secret::Omit, entry.appliedId));
        }
        JsonOutput json;
        json.addRaw(u"entries", JsonOutput::array(entries))
            .add(u"new", preview.count(ImportPreview::Status::New))
            .add(u"duplicate", preview.count(ImportPreview::Status::Duplicate))
            .add(u"conflict", preview.count(ImportPreview::Status::Conflict))
            .add(u"invalid", preview.count(ImportPreview::Status::Invalid))
            .add(u"imported", added);
        QStringList formats;
        for (const QString& format : preview.formats()) {
            formats.append(JsonOutput::quoted(format));
        }
        json.addRaw(u"formats", u'[' + formats.join(u',') + u']');
        console.out(json.toString());
        return ExitCode::Ok;
    }

    for (const ImportPreview::Entry& entry : preview.entries()) {
        QString line = ImportPreview::statusId(entry.status).leftJustified(11, u' ');
        const QString label = entryLabel(entry);
        // Problems of an entry often name it already ("Line 5: …"); do not say it twice.
        if (entry.reason.startsWith(label, Qt::CaseInsensitive)) {
            line += Console::printable(entry.reason);
        } else {
            line += label;
            if (!entry.reason.isEmpty()) {
                line += u" — "_s + Console::printable(entry.reason);
            }
        }
        console.out(line);
    }
    const QString summary = u"%1 new, %2 duplicate (skipped), %3 conflict (same name, both kept), %4 "
                            "invalid."_s.arg(preview.count(ImportPreview::Status::New))
                                .arg(preview.count(ImportPreview::Status::Duplicate))
                                .arg(preview.count(ImportPreview::Status::Conflict))
                                .arg(preview.count(ImportPreview::Status::Invalid));
    console.out(summary);
    if (dryRun) {
        console.out(u"Dry run: nothing was changed."_s);
    } else if (added == 0) {
        console.out(u"Nothing new to import; the vault was not changed."_s);
    } else {
        console.out(u"Imported %1 account%2."_s.arg(added).arg(added == 1 ? QString() : u"s"_s));
    }
    return ExitCode::Ok;
}

} // namespace tessera::cli
