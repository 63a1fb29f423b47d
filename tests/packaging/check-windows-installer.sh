#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# ctest packaging.windowsinstaller: builds the Windows installer for real on Linux — CPack's NSIS
# generator and makensis, with Tessera's installer settings (packaging/windows/Installer.cmake)
# and stand-in programs (tests/packaging/nsis/) — and checks the script CPack generated: the
# otpauth: and otpauth-migration: URL protocols registered with the right quoting and removed
# by the uninstaller, the Start-menu entry, the licence page and the installation folder.
# CMake-to-NSIS escaping mistakes show here, not on a user's machine. With 7z (p7zip-full) it
# also lists the files inside the installer.
# Usage: check-windows-installer.sh CMAKE CPACK SOURCE_DIR VERSION
set -euo pipefail

cmake="$1"
cpack="$2"
source_dir="$3"
version="$4"

if ! command -v makensis >/dev/null; then
    echo "skipped: makensis not installed (Debian: nsis)"
    exit 77
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

if ! "$cmake" -S "$source_dir/tests/packaging/nsis" -B "$work/build" \
        -DTESSERA_SOURCE_DIR="$source_dir" -DTESSERA_VERSION="$version" >"$work/cmake.log" 2>&1; then
    cat "$work/cmake.log" >&2
    echo "FAIL: the stand-in project did not configure" >&2
    exit 1
fi
if ! "$cpack" -G NSIS --config "$work/build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    find "$work/out" -name 'NSISOutput.log' -exec tail -n 30 {} \; >&2
    echo "FAIL: cpack/makensis could not build the installer" >&2
    exit 1
fi

installer="$work/out/tessera-$version-win64.exe"
if [ ! -f "$installer" ]; then
    echo "FAIL: no tessera-$version-win64.exe; cpack wrote:" >&2
    ls "$work/out" >&2
    exit 1
fi
if [ "$(head -c 2 "$installer")" != "MZ" ]; then
    fail "tessera-$version-win64.exe is not a Windows program"
fi

nsi="$(find "$work/out/_CPack_Packages" -name project.nsi | head -n 1)"
if [ -z "$nsi" ]; then
    echo "FAIL: CPack left no project.nsi" >&2
    exit 1
fi

# The line number of an exact line (leading blanks ignored), or empty. The text goes through the
# environment: awk -v would read its backslashes as escapes.
line_of() {
    want="$1" awk '{ line = $0; sub(/^[ \t]+/, "", line) } line == ENVIRON["want"] { print NR; exit }' "$nsi"
}
uninstall_section="$(line_of 'Section "Uninstall"')"
if [ -z "$uninstall_section" ]; then
    echo "FAIL: project.nsi has no uninstall section" >&2
    exit 1
fi
# expect_line TEXT before|after: the line exists, in the install part or the uninstall section.
expect_line() {
    local at
    at="$(line_of "$1")"
    if [ -z "$at" ]; then
        fail "project.nsi lacks the line: $1"
    elif [ "$2" = before ] && [ "$at" -gt "$uninstall_section" ]; then
        fail "this line is in the uninstaller, not the installer: $1"
    elif [ "$2" = after ] && [ "$at" -lt "$uninstall_section" ]; then
        fail "this line is in the installer, not the uninstaller: $1"
    fi
}

# The registry values a working URL protocol needs, byte for byte as NSIS reads them: single
# backslashes in key paths, and the command in NSIS single quotes so its double quotes stay.
command="'\"\$INSTDIR\\bin\\tessera.exe\" \"%1\"'"
for scheme in otpauth otpauth-migration; do
    key="Software\\Classes\\$scheme"
    expect_line "WriteRegStr SHCTX \"$key\" \"\" \"URL:$scheme\"" before
    expect_line "WriteRegStr SHCTX \"$key\" \"URL Protocol\" \"\"" before
    expect_line "WriteRegStr SHCTX \"$key\\DefaultIcon\" \"\" \"\$INSTDIR\\bin\\tessera.exe,0\"" before
    expect_line "WriteRegStr SHCTX \"$key\\shell\\open\\command\" \"\" $command" before
    expect_line "ReadRegStr \$0 SHCTX \"$key\\shell\\open\\command\" \"\"" after
    expect_line "StrCmp \$0 $command 0 +2" after
    expect_line "DeleteRegKey SHCTX \"$key\"" after
done
expect_line "InstallDir \"\$PROGRAMFILES64\\Tessera\"" before
expect_line "!insertmacro MUI_PAGE_LICENSE \"$source_dir/LICENSE\"" before
expect_line "CreateShortCut \"\$SMPROGRAMS\\\$STARTMENU_FOLDER\\Tessera.lnk\" \"\$INSTDIR\\bin\\tessera.exe\"" before
expect_line "Delete \"\$INSTDIR\\bin\\tessera.exe\"" after
# Nothing CMake failed to substitute, and no doubled backslash anywhere in the registry lines.
if grep -n '@CPACK_\|\${' "$nsi" | grep -v '^\s*;' | grep -q 'Classes'; then
    fail "an unsubstituted variable in the registry lines"
fi
if grep 'Classes' "$nsi" | grep -qF '\\'; then
    fail "a doubled backslash in the registry lines: $(grep 'Classes' "$nsi" | grep -F '\\' | head -n 1)"
fi

# The files inside the compiled installer.
if command -v 7z >/dev/null; then
    listing="$(7z l -ba "$installer" 2>/dev/null || true)"
    for file in bin/tessera.exe bin/tessera-cli.exe LICENSE.txt Uninstall.exe; do
        if ! grep -qE "[[:space:]]$file\$" <<<"$listing"; then
            fail "the installer does not hold $file"
        fi
    done
else
    echo "note: 7z not installed (Debian: p7zip-full), the installer's contents were not listed"
fi

if [ "$failures" -gt 0 ]; then
    echo "--- generated registry lines:" >&2
    grep -n 'Classes' "$nsi" >&2 || true
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "tessera-$version-win64.exe built with makensis; URL protocols, shortcut, licence and uninstaller checked in project.nsi"
