#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The checks of the files a Tessera package installs, wherever they are: under a directory the
# .deb was extracted into (tests/packaging/check-deb.sh) or under / once apt installed it
# (tools/check-package.sh). tessera-cli runs (version, a code from a URI, a password-only vault in
# a home of its own: no keychain involved), and the desktop, AppStream, completion and manual files
# are valid. Prints what failed and exits 1 if anything did.
# Usage: check-installed-files.sh ROOT VERSION WORKDIR   (ROOT "" for the installed system)
set -euo pipefail

root="$1"
version="$2"
work="$3"
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

cli="$root/usr/bin/tessera-cli"
out="$("$cli" --version)" || fail "tessera-cli --version failed"
[ "$out" = "tessera-cli $version" ] || fail "tessera-cli --version printed '$out'"
# Smoke commands (docs/cli.md): a code from a URI (the RFC 6238 secret at t=59), then a vault
# with a recovery password only.
uri='otpauth://totp/Example:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8'
out="$("$cli" code --uri "$uri" --at 59)" || fail "tessera-cli code --uri failed"
[ "$out" = 94287082 ] || fail "tessera-cli code --uri printed '$out', not 94287082"
mkdir -p "$work/home"
printf 'correct horse battery staple\n' >"$work/pw.txt"
vault=(env HOME="$work/home" XDG_DATA_HOME="$work/home/data" "$cli" --vault "$work/home/vault.tessera" --password-file "$work/pw.txt")
if "${vault[@]}" init --no-keychain >/dev/null \
    && "${vault[@]}" add 'otpauth://totp/GitHub:alice?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ&issuer=GitHub' >/dev/null; then
    out="$("${vault[@]}" code github --at 59)" || fail "tessera-cli code github failed"
    [ "$out" = 320382 ] || fail "tessera-cli code github --at 59 printed '$out', not 320382"
else
    fail "tessera-cli could not create a password-only vault and add an account"
fi

desktop-file-validate "$root/usr/share/applications/org.tessera.Tessera.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.tessera.Tessera.metainfo.xml" >"$work/as.log" 2>&1 \
    || { cat "$work/as.log" >&2; fail "appstreamcli validate"; }

bash -n "$root/usr/share/bash-completion/completions/tessera-cli" || fail "bash -n on the bash completion"
if command -v zsh >/dev/null; then
    zsh -n "$root/usr/share/zsh/site-functions/_tessera-cli" || fail "zsh -n on the zsh completion"
else
    echo "skipped: zsh -n (zsh not installed)"
fi
if command -v fish >/dev/null; then
    fish -n "$root/usr/share/fish/vendor_completions.d/tessera-cli.fish" || fail "fish -n on the fish completion"
else
    echo "skipped: fish -n (fish not installed)"
fi

# Both programs' manual pages (tessera's only where the package has the desktop program).
pages=("$root"/usr/share/man/man1/tessera-cli.1*)
if [ -x "$root/usr/bin/tessera" ]; then
    pages+=("$root"/usr/share/man/man1/tessera.1*)
fi
for page in "${pages[@]}"; do
    [ -f "$page" ] || { fail "no manual page $page"; continue; }
    warnings="$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)" || fail "man could not render $page"
    [ -z "$warnings" ] || fail "man --warnings on $page: $warnings"
done

exit $((failures > 0))
