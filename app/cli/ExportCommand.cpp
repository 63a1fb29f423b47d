// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "EmergencyKit.h"
#include "JsonOutput.h"
#include "PasswordFile.h"
#include "QrImage.h"
#include "VaultSession.h"
#include "interop/AegisExporter.h"
#include "interop/GoogleAuthExport.h"
#include "interop/TesseraBackupExporter.h"
#include "interop/UriListExporter.h"
#include "vault/AtomicStore.h"
#include "vault/RecoveryTimes.h"

#include <QDateTime>
#include <QFileInfo>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace tessera::cli {

namespace {

const QStringList kFormats = {u"tessera"_s, u"aegis"_s, u"aegis-plain"_s, u"uris"_s, u"gauth-qr"_s, u"emergency-kit"_s};

std::unique_ptr<interop::Exporter> fileExporter(const QString& format)
{
    if (format == u"tessera"_s) {
        return std::make_unique<interop::TesseraBackupExporter>();
    }
    if (format == u"aegis"_s) {
        return std::make_unique<interop::AegisExporter>(interop::AegisExporter::Mode::Encrypted);
    }
    if (format == u"aegis-plain"_s) {
        return std::make_unique<interop::AegisExporter>(interop::AegisExporter::Mode::Plain);
    }
    if (format == u"uris"_s) {
        return std::make_unique<interop::UriListExporter>();
    }
    return nullptr;
}

Result<void> writeFile(const QString& path, QByteArrayView bytes)
{
    // A mistyped folder is an error, not a reason to create folders the user never asked for.
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir()) {
        return Error(ErrorCode::InvalidInput, u"The folder %1 does not exist."_s.arg(folder.filePath()));
    }
    if (QFileInfo(path).isDir()) {
        return Error(ErrorCode::InvalidInput, u"%1 is a folder; give a file name with --out."_s.arg(path));
    }
    return vault::AtomicStore::write(path, bytes);
}

/* PATH-1.png, PATH-2.png…: a ".png" the user typed is not doubled. */
QString numberedPng(const QString& out, int number)
{
    const QString stem = out.endsWith(u".png"_s, Qt::CaseInsensitive) ? out.chopped(4) : out;
    return u"%1-%2.png"_s.arg(stem).arg(number);
}

} // namespace

bool ExportCommand::needsFonts(const QStringList& arguments)
{
    return arguments.contains(u"export"_s)
           && (arguments.contains(u"emergency-kit"_s) || arguments.contains(u"--format=emergency-kit"_s));
}

ExitCode ExportCommand::run(const CommandLine& commandLine, Console& console)
{
    if (commandLine.words().size() > 1) {
        return console.usage(u"export takes no arguments; give --format and --out."_s);
    }
    if (!commandLine.has(u"format") || !commandLine.has(u"out")) {
        return console.usage(
            u"export needs --format FORMAT and --out PATH (formats: %1)."_s.arg(kFormats.join(u", "_s)));
    }
    const QString format = commandLine.value(u"format");
    const QString out = commandLine.value(u"out");
    if (!kFormats.contains(format)) {
        // A bad option value is invalid input (2), as for import --format and --at.
        return console.fail(
            Error(ErrorCode::InvalidInput, u"There is no export format “%1”; the formats are: %2."_s.arg(
                                               Console::printable(format), kFormats.join(u", "_s))));
    }
    std::unique_ptr<interop::Exporter> exporter = fileExporter(format);
    const bool plaintext = exporter ? exporter->writesPlaintext() : true;
    if (plaintext && !commandLine.has(u"plain")) {
        return console.usage(
            u"The %1 format writes your secrets unencrypted: anyone who reads the file can make your codes. "
            "Add --plain if that is what you want, or use --format tessera or aegis with a password."_s.arg(format));
    }
    if (!plaintext && commandLine.has(u"plain")) {
        return console.usage(u"The %1 format is encrypted; --plain does not apply to it."_s.arg(format));
    }
    std::optional<crypto::SecureBytes> password;
    if (!plaintext) {
        if (!commandLine.has(u"export-password-file")) {
            return console.usage(
                u"The %1 format is encrypted; give its password with --export-password-file FILE."_s.arg(format));
        }
        auto read = PasswordFile::read(commandLine.value(u"export-password-file"), u"--export-password-file"_s);
        if (!read) {
            return console.fail(read.error());
        }
        password = std::move(read).value();
    }

    VaultSession session(commandLine);
    auto vault = session.open();
    if (!vault) {
        return console.fail(vault.error());
    }
    const vault::VaultContent& content = vault->content();
    if (content.accounts.empty()) {
        return console.fail(Error(ErrorCode::NotFound, u"The vault has no accounts to export."_s));
    }

    QStringList written;
    QStringList skipped;
    if (exporter) {
        auto output = exporter->write(content, password);
        if (!output) {
            return console.fail(output.error());
        }
        const auto bytes = output->bytes.bytes();
        if (auto saved =
                writeFile(out, QByteArrayView(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())));
            !saved) {
            return console.fail(saved.error());
        }
        written.append(out);
        skipped = output->skipped;
    } else if (format == u"gauth-qr"_s) {
        auto batches = interop::GoogleAuthExport::build(content);
        if (!batches) {
            return console.fail(batches.error());
        }
        skipped = batches->skipped;
        for (qsizetype i = 0; i < batches->uris.size(); ++i) {
            auto png = documents::QrImage::png(batches->uris.at(i));
            if (!png) {
                return console.fail(png.error());
            }
            const QString path = numberedPng(out, int(i + 1));
            if (auto saved = writeFile(path, *png); !saved) {
                return console.fail(saved.error());
            }
            written.append(path);
        }
    } else {
        auto pdf = documents::EmergencyKit::pdf(content, QDateTime::currentDateTime());
        if (!pdf) {
            return console.fail(pdf.error());
        }
        if (auto saved = writeFile(out, *pdf); !saved) {
            return console.fail(saved.error());
        }
        written.append(out);
    }

    for (const QString& reason : std::as_const(skipped)) {
        console.warning(Console::printable(reason) + u" It was not exported."_s);
    }
    // The readiness audit (recovery audit) counts backups and kits made after each change.
    if (format == u"tessera"_s || format == u"emergency-kit"_s) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (format == u"tessera"_s) {
            vault::RecoveryTimes::recordBackup(vault->content(), now);
        } else {
            vault::RecoveryTimes::recordKit(vault->content(), now);
        }
        // vault->save(), not session.save(): noting the time is no change an automatic backup needs.
        if (auto noted = vault->save(); !noted) {
            console.warning(u"The file was written, but the vault could not note when: "_s
                            + session.explain(noted.error()).message());
        }
    }
    if (commandLine.json()) {
        QStringList files;
        for (const QString& path : std::as_const(written)) {
            files.append(JsonOutput::quoted(path));
        }
        QStringList reasons;
        for (const QString& reason : std::as_const(skipped)) {
            reasons.append(JsonOutput::quoted(reason));
        }
        console.out(JsonOutput()
                        .add(u"format", format)
                        .addRaw(u"files", u'[' + files.join(u',') + u']')
                        .add(u"exported", int(content.accounts.size() - std::size_t(skipped.size())))
                        .addRaw(u"skipped", u'[' + reasons.join(u',') + u']')
                        .toString());
    } else {
        for (const QString& path : std::as_const(written)) {
            console.out(path);
        }
    }
    return ExitCode::Ok;
}

} // namespace tessera::cli
