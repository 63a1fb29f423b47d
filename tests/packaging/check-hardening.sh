#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# ctest packaging.hardening: the programs we ship carry the protections cmake/Hardening.cmake
# asks for, as the ELF files show them (a flag the toolchain silently dropped would pass every
# other test). Usage: check-hardening.sh BUILD_TYPE UNHARDENED_REASON BINARY...
# (UNHARDENED_REASON is empty in a build that should be hardened.)
set -euo pipefail

build_type="$1"
unhardened="$2"
shift 2

if [ -n "$unhardened" ]; then
    # Sanitizer builds leave hardening out on purpose (cmake/Hardening.cmake says why).
    echo "skipped: built without the hardening flags: $unhardened"
    exit 77
fi
if ! command -v readelf >/dev/null; then
    echo "skipped: readelf not installed (Debian: binutils)"
    exit 77
fi

failures=0
fortified=()
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

for binary in "$@"; do
    name="$(basename "$binary")"
    before=$failures
    [ -f "$binary" ] || { fail "$binary was not built"; continue; }
    header="$(readelf -h -W "$binary")"
    segments="$(readelf -l -W "$binary")"
    dynamic="$(readelf -d -W "$binary")"
    symbols="$(readelf --dyn-syms -W "$binary")"

    # PIE: a position-independent executable is of type DYN (an ordinary one is EXEC).
    grep -Eq 'Type:[[:space:]]+DYN' <<<"$header" || fail "$name is not a position-independent executable"
    # RELRO: a GNU_RELRO segment; full RELRO also binds every symbol at load (BIND_NOW or NOW).
    grep -q 'GNU_RELRO' <<<"$segments" || fail "$name has no GNU_RELRO segment"
    grep -Eq '\(BIND_NOW\)|\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*NOW' <<<"$dynamic" || fail "$name is not linked with -z now"
    # Non-executable stack: the GNU_STACK segment's flags are RW, not RWE.
    stack="$(grep 'GNU_STACK' <<<"$segments" || true)"
    if [ -z "$stack" ]; then
        fail "$name has no GNU_STACK segment (the stack would be executable)"
    elif grep -q 'RWE' <<<"$stack"; then
        fail "$name has an executable stack: $stack"
    fi
    # The stack protector calls __stack_chk_fail; every program this size has a protected function.
    grep -q '__stack_chk_fail' <<<"$symbols" || fail "$name does not use the stack protector"
    # FORTIFY replaces the calls it can check (memcpy into an object of known size, snprintf,
    # ...) by their __*_chk variants. Whether a given program has such a call depends on its
    # code (tessera-cli, mostly Qt containers, may have none), so one of the programs must.
    if grep -v __stack_chk_fail <<<"$symbols" | grep -Eq '__[a-z0-9_]+_chk@'; then
        fortified+=("$name")
    fi
    [ "$failures" -eq "$before" ] && echo "$name: PIE, full RELRO, non-executable stack, stack protector"
done

# FORTIFY is on only in optimised builds (cmake/Hardening.cmake).
case "$build_type" in
    Release | RelWithDebInfo | MinSizeRel)
        if [ ${#fortified[@]} -eq 0 ]; then
            fail "no program calls a fortified (__*_chk) function: _FORTIFY_SOURCE is off"
        else
            echo "fortified calls (_FORTIFY_SOURCE) in: ${fortified[*]}"
        fi
        ;;
    *) echo "FORTIFY not checked: a ${build_type:-untyped} build is not optimised" ;;
esac

if [ "$failures" -gt 0 ]; then
    echo "$failures hardening check(s) failed" >&2
    exit 1
fi
