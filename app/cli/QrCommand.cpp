// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "JsonOutput.h"
#include "QrImage.h"
#include "QrImageReader.h"

#include <QFileInfo>
#include <QImageReader>
#include <QSaveFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace tessera::cli {

namespace {

/* libpng reports a damaged file by writing "libpng error: …" straight to file descriptor 2,
 * past Qt's message handler. Our stderr promise is one "tessera-cli: " sentence per problem (we
 * print a better one, naming the file), so stderr points at /dev/null while an image is read. */
class SilencedStderr {
public:
    SilencedStderr()
    {
#ifdef Q_OS_UNIX
        std::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        const int devNull = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (m_saved >= 0 && devNull >= 0) {
            ::dup2(devNull, STDERR_FILENO);
        }
        if (devNull >= 0) {
            ::close(devNull);
        }
#endif
    }
    ~SilencedStderr()
    {
#ifdef Q_OS_UNIX
        if (m_saved >= 0) {
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
        }
#endif
    }
    SilencedStderr(const SilencedStderr&) = delete;
    SilencedStderr& operator=(const SilencedStderr&) = delete;

private:
    int m_saved = -1;
};

QString noCodeMessage(const QStringList& files)
{
    if (files.size() == 1) {
        return u"No QR code was found in %1."_s.arg(files.first());
    }
    return u"No QR code was found in any of the %1 images."_s.arg(files.size());
}

} // namespace

ExitCode QrCommand::run(const CommandLine& commandLine, Console& console)
{
    const QString sub = commandLine.words().value(1);
    if (sub == u"decode"_s) {
        return decode(commandLine, console);
    }
    if (sub == u"encode"_s) {
        return encode(commandLine, console);
    }
    if (sub.isEmpty()) {
        return console.usage(u"qr needs a subcommand: qr decode IMAGE... or qr encode TEXT --out FILE.png."_s);
    }
    return console.usage(u"Unknown subcommand after qr; use decode or encode (see tessera-cli qr --help)."_s);
}

Result<QImage> QrCommand::loadGrey(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error(ErrorCode::InvalidInput, u"%1 does not exist."_s.arg(path));
    }
    if (info.isDir()) {
        return Error(ErrorCode::InvalidInput, u"%1 is a folder, not an image."_s.arg(path));
    }
    if (!info.isReadable()) {
        return Error(ErrorCode::Io, u"%1 cannot be read (permission denied)."_s.arg(path));
    }
    QImageReader reader(path);
    QImage image;
    {
        const SilencedStderr silenced;
        image = reader.read();
    }
    if (image.isNull()) {
        return Error(ErrorCode::InvalidInput,
                     u"%1 is not an image that can be read (%2)."_s.arg(path, reader.errorString()));
    }
    return documents::QrImageReader::toGrey(image);
}

ExitCode QrCommand::decode(const CommandLine& commandLine, Console& console)
{
    const QStringList files = commandLine.words().mid(2);
    if (files.isEmpty()) {
        return console.usage(u"qr decode needs at least one image file."_s);
    }

    QStringList jsonItems;
    QStringList filesWithoutCode;
    for (const QString& file : files) {
        auto image = loadGrey(file);
        if (!image) {
            return console.fail(image.error());
        }
        auto codes = documents::QrImageReader::scan(*image);
        if (!codes) {
            return console.fail(codes.error().withContext(file));
        }
        if (codes->empty()) {
            filesWithoutCode.append(file);
        }
        // The decoder already orders the codes of one image top to bottom.
        for (const qr::DecodedQr& code : *codes) {
            if (commandLine.json()) {
                jsonItems.append(JsonOutput().add(u"file", file).add(u"text", code.text).toString());
            } else {
                console.out(Console::printable(code.text));
            }
        }
    }

    if (filesWithoutCode.size() == files.size()) {
        return console.fail(Error(ErrorCode::NotFound, noCodeMessage(files)));
    }
    for (const QString& file : filesWithoutCode) {
        console.note(u"No QR code was found in %1."_s.arg(file));
    }
    if (commandLine.json()) {
        console.out(JsonOutput::array(jsonItems));
    }
    return ExitCode::Ok;
}

ExitCode QrCommand::encode(const CommandLine& commandLine, Console& console)
{
    const QStringList& words = commandLine.words();
    if (words.size() != 3) {
        return console.usage(words.size() < 3 ? u"qr encode needs the text to encode."_s
                                              : u"qr encode takes exactly one text; quote it if it has spaces."_s);
    }
    if (!commandLine.has(u"out")) {
        return console.usage(u"qr encode needs --out FILE.png."_s);
    }
    const QString& text = words.at(2);
    const QString out = commandLine.value(u"out");
    console.addSensitive(text); // often an otpauth:// URI with its secret

    auto image = documents::QrImage::render(text);
    if (!image) {
        return console.fail(image.error());
    }

    // QSaveFile: a reader of FILE.png never sees half an image, and a failure keeps the old file.
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly)) {
        return console.fail(Error(ErrorCode::Io, u"Could not write %1: %2."_s.arg(out, file.errorString())));
    }
    if (!image->save(&file, "PNG")) {
        file.cancelWriting();
        return console.fail(Error(ErrorCode::Io, u"Could not write %1 as a PNG image."_s.arg(out)));
    }
    if (!file.commit()) {
        return console.fail(Error(ErrorCode::Io, u"Could not write %1: %2."_s.arg(out, file.errorString())));
    }
    return ExitCode::Ok;
}

} // namespace tessera::cli
