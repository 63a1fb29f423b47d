# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# bash completion for tessera-cli; the commands and options are those of docs/cli.md (keep the
# two in step). Installed as share/bash-completion/completions/tessera-cli, which bash-completion
# loads on demand the first time tessera-cli is completed.

# Options may stand anywhere on the line (docs/cli.md, Synopsis), so the command words are found
# by skipping every option and the value of those that take one.
_tessera_cli() {
    local cur prev words cword
    if declare -F _init_completion >/dev/null; then
        _init_completion -s || return
    else
        # Without bash-completion's helpers: no --opt=value splitting, but still useful.
        cur="${COMP_WORDS[COMP_CWORD]}"
        prev="${COMP_WORDS[COMP_CWORD - 1]}"
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi

    local global_opts="--json --vault --password-file -h --help --version"
    local value_opts="--vault --password-file --uri --at --new-password-file --out --format --import-password-file --export-password-file --lang"

    # The value of an option that takes one.
    case "$prev" in
        --vault | --password-file | --new-password-file | --import-password-file | --export-password-file | --out)
            _tessera_cli_files
            return
            ;;
        --at | --uri)
            return
            ;;
        --lang)
            mapfile -t COMPREPLY < <(compgen -W "en es fr pt_BR ru" -- "$cur")
            return
            ;;
    esac

    # The command words typed so far (before the current word), options and their values skipped.
    local -a cmd=()
    local i word after_dashdash=0
    for ((i = 1; i < cword; i++)); do
        word="${words[i]}"
        if [ "$after_dashdash" -eq 0 ]; then
            if [ "$word" = "--" ]; then
                after_dashdash=1
                continue
            fi
            case "$word" in
                --*=*) continue ;;
                -*)
                    case " $value_opts " in
                        *" $word "*) ((i++)) ;;
                    esac
                    continue
                    ;;
            esac
        fi
        cmd+=("$word")
    done

    if [ "$prev" = "--format" ]; then
        case "${cmd[0]:-}" in
            export) mapfile -t COMPREPLY < <(compgen -W "tessera aegis aegis-plain uris gauth-qr emergency-kit" -- "$cur") ;;
            *) mapfile -t COMPREPLY < <(compgen -W "tessera aegis 2fas andotp ente proton bitwarden freeotp freeotp-plus steam uris" -- "$cur") ;;
        esac
        return
    fi

    local opts="" words_here=""
    case "${cmd[0]:-}" in
        "") words_here="init add list code remove passwd uri qr import export recovery help" ;;
        init) opts="--no-keychain" ;;
        add) ;;
        list) opts="--with-secrets" ;;
        code) opts="--uri --at" ;;
        remove) ;;
        passwd) opts="--new-password-file --remove" ;;
        uri) [ ${#cmd[@]} -eq 1 ] && words_here="parse" ;;
        qr)
            case "${cmd[1]:-}" in
                "") words_here="decode encode" ;;
                decode) _tessera_cli_files; [ "${cur#-}" = "$cur" ] && return ;;
                encode) opts="--out" ;;
            esac
            ;;
        import)
            opts="--format --dry-run --import-password-file"
            [ "${cur#-}" = "$cur" ] && { _tessera_cli_files; return; }
            ;;
        export) opts="--format --out --export-password-file --plain" ;;
        recovery)
            case "${cmd[1]:-}" in
                "") words_here="list show audit" ;;
                list) opts="--lang" ;;
                show)
                    opts="--lang"
                    case ${#cmd[@]} in
                        2) words_here="$(_tessera_cli_services)" ;;
                        3) words_here="forgot-password hacked lost-2fa-device changed-email-or-phone not-receiving-codes locked-out-wrong-codes new-device re-enroll" ;;
                    esac
                    ;;
                audit) ;;
            esac
            ;;
        help)
            case ${#cmd[@]} in
                1) words_here="init add list code remove passwd uri qr import export recovery" ;;
                2)
                    case "${cmd[1]}" in
                        uri) words_here="parse" ;;
                        qr) words_here="decode encode" ;;
                        recovery) words_here="list show audit" ;;
                    esac
                    ;;
            esac
            ;;
    esac

    if [ "${cur#-}" != "$cur" ]; then
        mapfile -t COMPREPLY < <(compgen -W "$global_opts $opts --" -- "$cur")
    else
        mapfile -t COMPREPLY < <(compgen -W "$words_here" -- "$cur")
    fi
}

_tessera_cli_files() {
    if declare -F _filedir >/dev/null; then
        _filedir
    else
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
}

# The playbooks known to the installed tessera-cli (its first column, services only), so a new
# playbook needs no change here; the two of 0.1.0 if that fails.
_tessera_cli_services() {
    local services
    services="$("${words[0]}" recovery list --lang en 2>/dev/null | sed -n 's/^\([a-z0-9][a-z0-9-]*\)  .*/\1/p')"
    printf '%s\n' "${services:-aliexpress generic}"
}

complete -F _tessera_cli tessera-cli
