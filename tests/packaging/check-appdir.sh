#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# ctest packaging.appdir: runs packaging/appimage/build-appimage.sh --appdir-only on this build
# directory and checks the AppDir it makes, as linuxdeploy will find it: both programs installed
# and runnable, tessera-cli telling the project's version, the desktop file and its icon where
# linuxdeploy looks for them, nothing installed outside the AppDir; then the checks every Tessera
# package gets (tests/packaging/check-installed-files.sh). linuxdeploy itself is not run: it is
# downloaded from GitHub, which the test machines cannot reach (packaging/appimage/README.md).
# Usage: check-appdir.sh CMAKE BUILD_DIR VERSION PNG_ICONS (ON when rsvg-convert made PNG icons)
set -euo pipefail

cmake="$1"
build_dir="$2"
version="$3"
png_icons="$4"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
script="$here/../../packaging/appimage/build-appimage.sh"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

failures=0
skipped=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# Wrong use is refused before anything is installed.
status=0
"$script" "$build_dir" >/dev/null 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "build-appimage.sh with one argument exited with $status, not 2 (usage)"
status=0
"$script" "$work/no-such-build" "$work/refused" --appdir-only >/dev/null 2>&1 || status=$?
[ "$status" -eq 1 ] || fail "build-appimage.sh on a missing build directory exited with $status, not 1"
[ ! -e "$work/refused/AppDir" ] || fail "build-appimage.sh made an AppDir for a missing build directory"

out="$work/out"
if ! CMAKE="$cmake" "$script" "$build_dir" "$out" --appdir-only >"$work/script.log" 2>&1; then
    cat "$work/script.log" >&2
    echo "FAIL: build-appimage.sh --appdir-only failed" >&2
    exit 1
fi
appdir="$out/AppDir"
grep -qx "AppDir of Tessera $version: $appdir" "$work/script.log" \
    || fail "build-appimage.sh did not report the AppDir of version $version: $(tail -n 1 "$work/script.log")"
# --appdir-only stops before linuxdeploy: nothing downloaded, no AppImage.
[ ! -e "$out/tools" ] || fail "--appdir-only still made $out/tools (tried to fetch linuxdeploy)"
! ls "$out"/*.AppImage >/dev/null 2>&1 || fail "--appdir-only still wrote an AppImage"

# Everything under AppDir/usr: an absolute install destination would escape the prefix, and
# would not be in the AppImage.
unexpected="$(find "$appdir" -mindepth 1 -maxdepth 1 ! -name usr)"
[ -z "$unexpected" ] || fail "the AppDir holds more than usr/: $unexpected"
if [ -f "$build_dir/install_manifest.txt" ]; then
    outside="$(grep -v "^$appdir/usr/" "$build_dir/install_manifest.txt" || true)"
    [ -z "$outside" ] || fail "cmake --install wrote outside the AppDir: $outside"
fi

# The programs, runnable from where they are.
for program in tessera tessera-cli; do
    [ -x "$appdir/usr/bin/$program" ] || fail "the AppDir lacks usr/bin/$program"
done
out_version="$("$appdir/usr/bin/tessera-cli" --version 2>&1)" || fail "usr/bin/tessera-cli --version failed"
[ "$out_version" = "tessera-cli $version" ] \
    || fail "usr/bin/tessera-cli --version printed '$out_version', not 'tessera-cli $version'"
# The desktop program opens a window, so it is not started here: it must be an ELF program all
# of whose libraries are found (the ones linuxdeploy will then copy in).
if [ -x "$appdir/usr/bin/tessera" ]; then
    [ "$(head -c 4 "$appdir/usr/bin/tessera" | od -An -c | tr -d ' ')" = '177ELF' ] \
        || fail "usr/bin/tessera is not an ELF program"
    if command -v ldd >/dev/null; then
        missing="$(ldd "$appdir/usr/bin/tessera" 2>&1 | grep 'not found' || true)"
        [ -z "$missing" ] || fail "usr/bin/tessera needs libraries that are not found: $missing"
    else
        echo "skipped: the library check of usr/bin/tessera (ldd not installed)"
    fi
fi

# linuxdeploy --desktop-file and --icon-file: the desktop file in usr/share/applications, the
# icon named by its Icon= key under usr/share/icons/hicolor, the program of its Exec= key in
# usr/bin.
desktop="$appdir/usr/share/applications/org.tessera.Tessera.desktop"
if [ -f "$desktop" ]; then
    icon="$(sed -n 's/^Icon=//p' "$desktop")"
    exec_program="$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")"
    [ -n "$icon" ] || fail "the desktop file has no Icon="
    [ -x "$appdir/usr/bin/$exec_program" ] || fail "the desktop file starts '$exec_program', which is not in usr/bin"
    icons=("usr/share/icons/hicolor/scalable/apps/$icon.svg")
    if [ "$png_icons" = ON ]; then
        for size in 16 24 32 48 64 128 256 512; do
            icons+=("usr/share/icons/hicolor/${size}x${size}/apps/$icon.png")
        done
    else
        echo "skipped: the PNG icons (rsvg-convert was not found when the build was configured; Debian: librsvg2-bin)"
    fi
    for path in "${icons[@]}"; do
        [ -s "$appdir/$path" ] || fail "the AppDir lacks $path (the desktop file's Icon=$icon)"
    done
else
    fail "the AppDir lacks usr/share/applications/org.tessera.Tessera.desktop"
fi

# The checks of every installed Tessera (smoke commands, desktop, AppStream, completion and
# manual files), run on the AppDir as their root; they need these tools.
missing_tools=()
for tool in desktop-file-validate appstreamcli man; do
    command -v "$tool" >/dev/null || missing_tools+=("$tool")
done
if [ ${#missing_tools[@]} -eq 0 ]; then
    "$here/check-installed-files.sh" "$appdir" "$version" "$work" || fail "the installed-files checks on the AppDir (above)"
else
    echo "skipped: the installed-files checks (${missing_tools[*]} not installed; Debian: desktop-file-utils, appstream, man-db)"
    skipped=1
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures AppDir check(s) failed" >&2
    exit 1
fi
if [ "$skipped" -eq 1 ]; then
    exit 77
fi
echo "the AppDir has both programs, runnable, the desktop file and icons linuxdeploy expects, and passes the installed-files checks"
