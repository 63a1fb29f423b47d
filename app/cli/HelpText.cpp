// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpText.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::cli {

namespace {

const QString kCodeHelp = uR"(Usage: tessera-cli code QUERY [--at UNIX_SECONDS] [--json]
       tessera-cli code --uri URI [--at UNIX_SECONDS] [--json]

Prints the current code, alone on one line, for a vault account (QUERY) or for an
otpauth:// URI (--uri).
  TOTP and Steam: the code at --at (seconds since 1970-01-01 UTC, 0 to
  9223372036854775807), or now when --at is not given.
  HOTP: the code at the counter (--at has no effect). For a vault account the
  counter then goes up by one and is saved; if it cannot be saved, no code is
  printed. For a URI, the URI's counter (nothing is saved).

QUERY: an account's id, or text found in "ISSUER NAME", the issuer or the name
(ignoring case; a whole issuer, name or "ISSUER NAME" wins over a part of one).
Several words are joined with spaces. No match: exit status 3; several: 2,
with the matches listed.

With --json:
  TOTP/Steam: {"code":"…","period":30,"remaining":N,"validFrom":T,"validUntil":T}
  HOTP:       {"code":"…","counter":N}
  (for a vault account, "id":"…" comes first)

Examples:
  tessera-cli code github
  tessera-cli code --uri 'otpauth://totp/x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8' --at 59
)"_s;

const QString kInitHelp = uR"(Usage: tessera-cli init [--no-keychain] [--password-file FILE] [--vault PATH]

Creates an empty vault (never over an existing one).
  default          the key is kept in this computer's keychain
  --password-file  also a recovery password (the first line of FILE), to open
                   the vault where the keychain cannot (a new computer)
  --no-keychain    the recovery password only; needs --password-file
)"_s;

const QString kAddHelp = uR"(Usage: tessera-cli add URI

Adds the account of an otpauth:// URI and prints its new id. A Google
Authenticator transfer link (otpauth-migration://…) adds all its accounts at
once and prints one id per line. An account whose secret is already in the
vault is not added again (exit status 2 for a single URI).
)"_s;

const QString kListHelp = uR"(Usage: tessera-cli list [--json [--with-secrets]]

Lists the vault's accounts: issuer, name, type and id (never a secret).
With --json: an array of
  {"id","type","issuer","name","algorithm","digits","period"|"counter"}
plus "group", "note", "favorite" when set. --with-secrets adds each
account's "secret" (Base32) after "name"; it works only with --json.
)"_s;

const QString kRemoveHelp = uR"(Usage: tessera-cli remove ID

Removes the account with that exact id (see tessera-cli list). The previous
vault file is kept among the versions beside the vault.
)"_s;

const QString kPasswdHelp = uR"(Usage: tessera-cli passwd --new-password-file FILE
       tessera-cli passwd --remove

Adds or changes the vault's recovery password (the first line of FILE), or
removes it (only while this computer's keychain can still open the vault).
The vault is opened as usual: with the keychain, or with the current password
given by --password-file.
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

const QString kImportHelp = uR"(Usage: tessera-cli import FILE... [--format F] [--dry-run] [--json]
                          [--import-password-file P]

Adds the accounts of other apps' backups and exports, text lists of
otpauth:// and otpauth-migration:// links, and images with QR codes (Google
Authenticator transfer codes are collected across all the files given).
The format is recognised from the content; --format F forces one of:
  tessera aegis 2fas andotp ente proton bitwarden freeotp freeotp-plus
  steam uris
Every file is read first; if one cannot be read nothing is imported:
exit status 4 for a wrong or missing password (--import-password-file: the
first line of P), 5 for a damaged or tampered file, 2 for a format Tessera
cannot read, 3 for an image without a QR code.
Each account is listed as new, duplicate (already in the vault: skipped),
conflict (same issuer and name, another secret: added beside the old one) or
invalid (with the reason). The new accounts are added in one save.
  --dry-run   change nothing; without a vault, a plain conversion
  --json      {"entries":[{"status","file","reason"?,"account"|"label"}],
               "new","duplicate","conflict","invalid","imported","formats"}
              with --dry-run each account includes its "secret".
)"_s;

const QString kExportHelp = uR"(Usage: tessera-cli export --format F --out PATH [--export-password-file P] [--plain]

Writes every account of the vault to PATH (owner-readable only):
  tessera        Tessera encrypted backup          needs --export-password-file
  aegis          Aegis vault, encrypted            needs --export-password-file
  aegis-plain    Aegis vault, NOT encrypted        needs --plain
  uris           otpauth:// list, NOT encrypted    needs --plain
  gauth-qr       Google Authenticator transfer QR codes PATH-1.png, PATH-2.png…
                 (10 accounts per code); NOT encrypted; needs --plain
  emergency-kit  printable PDF with every QR code; NOT encrypted; needs --plain
Accounts a format cannot hold (e.g. Steam for Google Authenticator) are skipped
and named on stderr. Prints the files written; --json:
  {"format","files":[…],"exported":N,"skipped":[…]}
)"_s;

const QString kRecoveryHelp = uR"(Usage: tessera-cli recovery list [--json] [--lang LANG]
       tessera-cli recovery show SERVICE SCENARIO [--json] [--lang LANG]
       tessera-cli recovery audit [--json]

The recovery center: step-by-step ways back into an account that is locked,
forgotten or hacked.
recovery list  Lists the services with a playbook (aliexpress, and generic for
               any other site) and their scenarios.
recovery show  Prints the numbered steps of one scenario, with tips and the
               service's official pages. Exit status 3 if there is no such
               service or scenario.
recovery audit For each account of the vault, what would make getting back in
               hard (no backup since it changed, few backup codes, no recovery
               email or phone…), and how many accounts would be lost if this
               computer died today. Exit status 0 whatever it finds.
Scenarios: forgot-password, hacked, lost-2fa-device, changed-email-or-phone,
not-receiving-codes, locked-out-wrong-codes, new-device, re-enroll.
  --lang LANG  en, es, fr, pt_BR or ru (default: the system's language,
               English when there is no translation)
  --json       list: [{"id","name","domains","scenarios":[{"id","title","summary"}]}]
               show: {"service","name","scenario","language","title","summary",
                      "urls":{…},"steps":[{"number","id","title","detail","tips",
                      "action":null|{"kind","url"?,"href"?}}]}
               audit: {"accounts":[{"id","issuer","name","outcome","findings":
                      [{"id","severity","message"}]}],"vault":[…],"summary":{…}}

Example:
  tessera-cli recovery show aliexpress forgot-password
)"_s;

} // namespace

QString HelpText::general()
{
    return uR"(Usage: tessera-cli [OPTIONS] COMMAND [ARGUMENTS] [OPTIONS]

Tessera's command line: two-factor codes, your vault, otpauth:// URIs and QR codes.

Commands:
  init [--no-keychain]                 create a vault
  add URI                              add an account (or a transfer link's accounts)
  list [--json [--with-secrets]]       list the accounts
  code QUERY [--at UNIX_SECONDS]       print an account's code (HOTP: advances it)
  remove ID                            remove an account
  passwd --new-password-file FILE      add or change the recovery password
  passwd --remove                      remove the recovery password
  code --uri URI [--at UNIX_SECONDS]   print the code for an otpauth:// URI
  uri parse URI                        print the account in a URI as JSON
  qr decode IMAGE...                   print the text of every QR code found
  qr encode TEXT --out FILE.png        write TEXT as a QR code image
  import FILE... [--dry-run]           import other apps' backups, lists, QR images
  export --format F --out PATH         export a backup, an Aegis vault, QR codes, a kit
  recovery list                        list the recovery playbooks and their scenarios
  recovery show SERVICE SCENARIO       the steps back into a locked or hacked account
  recovery audit                       what would be lost if this computer died today
  help [COMMAND]                       show this help, or a command's help

Options (before or after the command):
  --json                 machine-readable output for scripts
  --vault PATH           the vault to use (default: your vault; TESSERA_VAULT
                         overrides)
  --password-file FILE   unlock (with init: create) the vault with the recovery
                         password in the first line of FILE instead of the
                         keychain
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
    // Extra words are the command's operands (`code github --help`, `add URI --help`).
    if (command == u"code"_s) {
        return kCodeHelp;
    }
    if (command == u"init"_s) {
        return kInitHelp;
    }
    if (command == u"add"_s) {
        return kAddHelp;
    }
    if (command == u"list"_s) {
        return kListHelp;
    }
    if (command == u"remove"_s) {
        return kRemoveHelp;
    }
    if (command == u"passwd"_s) {
        return kPasswdHelp;
    }
    if (command == u"uri"_s && (sub.isEmpty() || sub == u"parse"_s)) {
        return kUriHelp;
    }
    if (command == u"import"_s) {
        return kImportHelp;
    }
    if (command == u"export"_s) {
        return kExportHelp;
    }
    if (command == u"qr"_s && (sub.isEmpty() || sub == u"decode"_s || sub == u"encode"_s)) {
        return kQrHelp;
    }
    if (command == u"recovery"_s && (sub.isEmpty() || sub == u"list"_s || sub == u"show"_s || sub == u"audit"_s)) {
        return kRecoveryHelp;
    }
    return std::nullopt;
}

bool HelpText::isLaterCommand(const QString& command)
{
    // None at the moment; kept so the next command announced before it ships answers truthfully.
    static const QStringList kLater;
    return kLater.contains(command);
}

} // namespace tessera::cli
