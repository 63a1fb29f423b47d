# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# fish completion for tessera-cli; the commands and options are those of docs/cli.md (keep the
# two in step). Installed as share/fish/vendor_completions.d/tessera-cli.fish.

set -l commands init add list code remove passwd uri qr import export recovery help
set -l scenarios forgot-password hacked lost-2fa-device changed-email-or-phone not-receiving-codes locked-out-wrong-codes new-device re-enroll

# The playbooks the installed program knows (first column of `recovery list`), so a new playbook
# needs no change here; the two of 0.1.0 if that fails.
function __tessera_cli_services
    set -l services (tessera-cli recovery list --lang en 2>/dev/null | string match -r -g '^([a-z0-9][a-z0-9-]*)  ')
    or set services aliexpress generic
    printf '%s\n' $services
end

complete -c tessera-cli -f

# Global options: accepted before, between or after the command words.
complete -c tessera-cli -l json -d 'Machine-readable output for scripts'
complete -c tessera-cli -l vault -r -F -d 'The vault file to use'
complete -c tessera-cli -l password-file -r -F -d 'Unlock with the recovery password in the first line of FILE'
complete -c tessera-cli -s h -l help -d 'Show help'
complete -c tessera-cli -l version -d 'Show the version'

# Commands.
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a init -d 'Create a vault'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a add -d "Add an account (or a transfer link's accounts)"
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a list -d 'List the accounts'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a code -d "Print an account's code, or the code for a URI"
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a remove -d 'Remove an account'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a passwd -d 'Add, change or remove the recovery password'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a uri -d 'Parse an otpauth:// URI'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a qr -d 'Decode or encode QR codes'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a import -d "Import other apps' backups, lists, QR images"
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a export -d 'Export a backup, an Aegis vault, QR codes, a kit'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a recovery -d 'Recovery playbooks and the readiness audit'
complete -c tessera-cli -n "not __fish_seen_subcommand_from $commands" -a help -d "Show help, or a command's help"

# Command options.
complete -c tessera-cli -n '__fish_seen_subcommand_from init' -l no-keychain -d 'No keychain slot: the recovery password only'
complete -c tessera-cli -n '__fish_seen_subcommand_from list; and not __fish_seen_subcommand_from recovery' -l with-secrets -d "With --json: each account's secret too"
complete -c tessera-cli -n '__fish_seen_subcommand_from code' -l uri -x -d 'The code for this otpauth:// URI'
complete -c tessera-cli -n '__fish_seen_subcommand_from code' -l at -x -d 'The time (Unix seconds) to make the code for'
complete -c tessera-cli -n '__fish_seen_subcommand_from passwd' -l new-password-file -r -F -d 'The new recovery password'
complete -c tessera-cli -n '__fish_seen_subcommand_from passwd' -l remove -d 'Remove the recovery password'

complete -c tessera-cli -n "__fish_seen_subcommand_from uri; and not __fish_seen_subcommand_from parse" -a parse -d 'Print the account in a URI as JSON'

complete -c tessera-cli -n "__fish_seen_subcommand_from qr; and not __fish_seen_subcommand_from decode encode" -a decode -d 'Print the text of every QR code found'
complete -c tessera-cli -n "__fish_seen_subcommand_from qr; and not __fish_seen_subcommand_from decode encode" -a encode -d 'Write TEXT as a QR code image'
complete -c tessera-cli -n '__fish_seen_subcommand_from qr; and __fish_seen_subcommand_from decode' -F
complete -c tessera-cli -n '__fish_seen_subcommand_from qr; and __fish_seen_subcommand_from encode' -l out -r -F -d 'The PNG file to write'

complete -c tessera-cli -n '__fish_seen_subcommand_from import' -F
complete -c tessera-cli -n '__fish_seen_subcommand_from import' -l format -x -a 'tessera aegis 2fas andotp ente proton bitwarden freeotp freeotp-plus steam uris' -d 'Read the files as this format'
complete -c tessera-cli -n '__fish_seen_subcommand_from import' -l dry-run -d 'Show what would be imported, change nothing'
complete -c tessera-cli -n '__fish_seen_subcommand_from import' -l import-password-file -r -F -d 'The password of encrypted files being imported'

complete -c tessera-cli -n '__fish_seen_subcommand_from export' -l format -x -a 'tessera aegis aegis-plain uris gauth-qr emergency-kit' -d 'The format to write'
complete -c tessera-cli -n '__fish_seen_subcommand_from export' -l out -r -F -d 'The file to write'
complete -c tessera-cli -n '__fish_seen_subcommand_from export' -l export-password-file -r -F -d 'The password the export is encrypted with'
complete -c tessera-cli -n '__fish_seen_subcommand_from export' -l plain -d 'Agree to a format that writes the secrets unencrypted'

complete -c tessera-cli -n "__fish_seen_subcommand_from recovery; and not __fish_seen_subcommand_from list show audit" -a list -d 'List the playbooks and their scenarios'
complete -c tessera-cli -n "__fish_seen_subcommand_from recovery; and not __fish_seen_subcommand_from list show audit" -a show -d 'The steps back into an account'
complete -c tessera-cli -n "__fish_seen_subcommand_from recovery; and not __fish_seen_subcommand_from list show audit" -a audit -d 'What would be lost if this computer died today'
complete -c tessera-cli -n '__fish_seen_subcommand_from recovery; and __fish_seen_subcommand_from list show' -l lang -x -a 'en es fr pt_BR ru' -d 'Language of the playbook text'
complete -c tessera-cli -n "__fish_seen_subcommand_from recovery; and __fish_seen_subcommand_from show; and not __fish_seen_subcommand_from (__tessera_cli_services)" -a '(__tessera_cli_services)' -d 'Playbook'
complete -c tessera-cli -n "__fish_seen_subcommand_from recovery; and __fish_seen_subcommand_from show; and __fish_seen_subcommand_from (__tessera_cli_services); and not __fish_seen_subcommand_from $scenarios" -a "$scenarios" -d 'Scenario'

complete -c tessera-cli -n "__fish_seen_subcommand_from help; and not __fish_seen_subcommand_from init add list code remove passwd uri qr import export recovery" -a 'init add list code remove passwd uri qr import export recovery'
