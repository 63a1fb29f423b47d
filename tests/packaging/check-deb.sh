#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# ctest packaging.deb: builds the Debian package from this build's install rules and checks it
# without installing anything: the control fields, the file list, and the extracted files —
# the programs run, the desktop, AppStream, completion and manual files are valid.
# tools/check-package.sh does the same with the package installed into the system.
# Usage: check-deb.sh CPACK BUILD_DIR VERSION PNG_ICONS (ON when rsvg-convert made PNG icons)
set -euo pipefail

cpack="$1"
build_dir="$2"
version="$3"
png_icons="$4"

for tool in dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli man; do
    if ! command -v "$tool" >/dev/null; then
        case "$tool" in
            dpkg-*) package=dpkg-dev ;;
            desktop-file-validate) package=desktop-file-utils ;;
            appstreamcli) package=appstream ;;
            man) package=man-db ;;
        esac
        echo "skipped: $tool not installed (Debian: $package)"
        exit 77
    fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# -B keeps the package and CPack's staging tree out of the build directory.
if ! "$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack could not build the package" >&2
    exit 1
fi
arch="$(dpkg --print-architecture)"
deb="$work/out/tessera_${version}_${arch}.deb"
if [ ! -f "$deb" ]; then
    echo "FAIL: cpack did not write tessera_${version}_${arch}.deb; it wrote:" >&2
    ls "$work/out" >&2
    exit 1
fi
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = tessera ] || fail "Package is '$(field Package)', not tessera"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
[ "$(field Section)" = utils ] || fail "Section is '$(field Section)', not utils"
[ "$(field Maintainer)" = "Tessera contributors" ] || fail "Maintainer is '$(field Maintainer)'"
[ -n "$(field Homepage)" ] || fail "no Homepage"
depends="$(field Depends)"
# What dpkg-shlibdeps must have found (the programs link them) and what we list by hand (loaded
# at run time: QML modules, plugins, libsecret through QtKeychain).
for package in libqt6core6 libqt6gui6 libqt6qml6 libqt6quick6 libqt6keychain1 libsodium23 libssl3 libzxing2 libzxcvbn0 \
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates \
    qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml-workerscript \
    qml6-module-qtqml-models qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel \
    libqt6svg6 qt6-image-formats-plugins qt6-translations-l10n fonts-dejavu-core libsecret-1-0; do
    grep -Eq "(^|, )${package}( \(|,|$)" <<<"$depends" || fail "Depends lacks $package"
done
recommends="$(field Recommends)"
grep -q 'gnome-keyring | kwalletmanager' <<<"$recommends" || fail "Recommends lacks gnome-keyring | kwalletmanager: '$recommends'"
grep -q 'qt6-gtk-platformtheme' <<<"$recommends" || fail "Recommends lacks qt6-gtk-platformtheme"

# File list.
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/files"
expected=(
    /usr/bin/tessera /usr/bin/tessera-cli
    /usr/share/applications/org.tessera.Tessera.desktop
    /usr/share/metainfo/org.tessera.Tessera.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/org.tessera.Tessera.svg
    /usr/share/man/man1/tessera-cli.1
    /usr/share/man/man1/tessera.1
    /usr/share/bash-completion/completions/tessera-cli
    /usr/share/zsh/site-functions/_tessera-cli
    /usr/share/fish/vendor_completions.d/tessera-cli.fish
    /usr/share/doc/tessera/copyright
)
if [ "$png_icons" = ON ]; then
    for size in 16 24 32 48 64 128 256 512; do
        expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/org.tessera.Tessera.png")
    done
else
    echo "skipped: PNG icons (rsvg-convert was not found when the build was configured; Debian: librsvg2-bin)"
fi
for path in "${expected[@]}"; do
    # The manual page may be installed compressed.
    grep -Eqx "${path}(\\.gz)?" "$work/files" || fail "the package lacks $path"
done

# The extracted files.
root="$work/root"
dpkg-deb -x "$deb" "$root"
"$(dirname "$0")/check-installed-files.sh" "$root" "$version" "$work" || fail "the extracted files (above)"
# The copyright file is machine-readable (DEP-5) and names the licences of everything shipped.
copyright="$root/usr/share/doc/tessera/copyright"
if [ -f "$copyright" ]; then
    head -1 "$copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
        || fail "copyright: the first line is not the DEP-5 Format field"
    for license in GPL-3.0-or-later CC0-1.0; do
        grep -q "^License: $license\$" "$copyright" || fail "copyright: no stand-alone License: $license paragraph"
    done
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures package check(s) failed" >&2
    exit 1
fi
echo "the package's control fields, files, programs, desktop, AppStream, completion and manual files are right"
