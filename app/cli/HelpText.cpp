// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpText.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::cli {

namespace {

const QString kCodeHelp = uR"(Usage: tessera-cli code --uri URI [--at UNIX_SECONDS] [--json]

Prints the current code for an otpauth:// URI, alone on one line.
  TOTP and Steam: the code at --at (seconds since 1970-01-01 UTC, 0 to
  9223372036854775807), or now when --at is not given.
  HOTP: the code at the URI's counter (--at has no effect).

With --json:
  TOTP/Steam: {"code":"…","period":30,"remaining":N,"validFrom":T,"validUntil":T}
  HOTP:       {"code":"…","counter":N}

Example:
  tessera-cli code --uri 'otpauth://totp/x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8' --at 59
)"_s;

const QString kUriHelp = uR"(Usage: tessera-cli uri parse URI

Checks an otpauth:// URI and prints the account it describes as one line of JSON:
  {"id":null,"type":"totp|hotp|steam","issuer":"…","name":"…","secret":"BASE32",
   "algorithm":"SHA1|SHA256|SHA512","digits":N,"period":N}   ("counter":N for hotp)
"id" is null because the account is not in a vault. The output contains the secret.
)"_s;

const QString kQrHelp = uR"(Usage: tessera-cli qr decode IMAGE...
       tessera-cli qr encode TEXT --out FILE.png

qr decode  Prints the text of every QR code in the images, one per line, image by
           image and, inside an image, top to bottom. With --json: a JSON array of
           {"file":"…","text":"…"}. Exit status 3 if no image holds a QR code.
qr encode  Writes TEXT as a QR code to FILE.png (a PNG image, whatever the name).
           Use `--` before a TEXT that starts with "-".
)"_s;

} // namespace

QString HelpText::general()
{
    return uR"(Usage: tessera-cli [OPTIONS] COMMAND [ARGUMENTS] [OPTIONS]

Tessera's command line: two-factor codes, otpauth:// URIs and QR codes.

Commands:
  code --uri URI [--at UNIX_SECONDS]   print the code for an otpauth:// URI
  uri parse URI                        print the account in a URI as JSON
  qr decode IMAGE...                   print the text of every QR code found
  qr encode TEXT --out FILE.png        write TEXT as a QR code image
  help [COMMAND]                       show this help, or a command's help

Coming in a later version (not available yet):
  init, add, list, code QUERY, remove, import, export, passwd, recovery

Options (before or after the command):
  --json                 machine-readable output for scripts
  --vault PATH           the vault to use (default: your vault; TESSERA_VAULT
                         overrides); for the vault commands to come
  --password-file FILE   unlock with the password in FILE instead of the
                         keychain; for the vault commands to come
  -h, --help             show help
  --version              show the version

Exit status: 0 ok, 1 usage, 2 invalid input, 3 nothing found, 4 wrong password,
5 damaged file, 6 keychain unavailable, 7 vault in use.
)"_s;
}

std::optional<QString> HelpText::forCommand(const QStringList& words)
{
    const QString command = words.value(0);
    const QString sub = words.value(1);
    if (command == u"code"_s && words.size() == 1) {
        return kCodeHelp;
    }
    if (command == u"uri"_s && (sub.isEmpty() || sub == u"parse"_s)) {
        return kUriHelp;
    }
    if (command == u"qr"_s && (sub.isEmpty() || sub == u"decode"_s || sub == u"encode"_s)) {
        return kQrHelp;
    }
    return std::nullopt;
}

bool HelpText::isLaterCommand(const QString& command)
{
    static const QStringList kLater = {u"init"_s,   u"add"_s,    u"list"_s,   u"remove"_s,
                                       u"import"_s, u"export"_s, u"passwd"_s, u"recovery"_s};
    return kLater.contains(command);
}

} // namespace tessera::cli
