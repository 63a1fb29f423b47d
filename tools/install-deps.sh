#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian/Ubuntu packages Tessera needs, and says which. Usage:
#   tools/install-deps.sh run    # build and start the desktop program
#   tools/install-deps.sh test   # build and run every test, sanitizer run and fuzzers included
# Packages already present are left alone; nothing is installed when nothing is missing.
set -euo pipefail

build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-l10n-tools qt6-declarative-dev-tools
    qtkeychain-qt6-dev libzxing-dev libssl-dev libsodium-dev libgl-dev
)
# Debian splits QML modules into runtime packages; a missing one only shows at start-up. The
# emergency-kit PDF embeds DejaVu (fonts-dejavu-core) for every script it may print.
run_packages=(
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
    qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml-workerscript
    qml6-module-qtqml-models libsecret-1-0 fonts-dejavu-core
    qml6-module-qtquick-dialogs
)
# Independent reference implementations the tests compare against (poppler-utils reads the
# emergency-kit PDF), the QR benchmark's zbar,
# clang + libFuzzer for the fuzz targets, and a real Secret Service for the keychain integration
# tests (tests/integration/with-keyring.sh): dbus-run-session comes with `dbus` (Debian 12 puts it
# in dbus-daemon, a dependency of dbus), gnome-keyring-daemon with gnome-keyring; QtKeychain
# dlopens libsecret-1-0 (listed with the run packages).
test_packages=(
    qml6-module-qttest oathtool qrencode zbar-tools libzbar-dev poppler-utils
    python3 python3-qrcode python3-pil python3-argon2 python3-cryptography
    clang clang-format libfuzzer-14-dev libclang-rt-14-dev
    dbus gnome-keyring
)
# Brand icons and the tray icon are SVG: Qt reads them through the svg image and icon plugins
# (libqt6svg6). The packaging tests validate the .desktop and AppStream files.
run_packages+=(libqt6svg6)
test_packages+=(desktop-file-utils appstream)
# On GNOME and other GTK desktops Qt follows the system's light or dark theme through its GTK
# platform theme (qt6-gtk-platformtheme); KDE's is built into Qt.
run_packages+=(qt6-gtk-platformtheme)
# backend.screencapture grabs a real X11 screen on a private X server (tests/backend/with-xvfb.sh).
test_packages+=(xvfb)
# Qt's own words (Ok, Cancel, Yes, No in dialogs) in the user's language: Qt's catalogues.
run_packages+=(qt6-translations-l10n)
# Account pictures imported from Aegis may be WebP: Qt reads them through its extra image plugins.
run_packages+=(qt6-image-formats-plugins)
# Without a platform file dialog (no GTK or KDE theme plugin) Qt Quick draws its own, which lists
# folders with Qt.labs.folderlistmodel; missing, the dialog fails to load (seen under Xvfb).
run_packages+=(qml6-module-qt-labs-folderlistmodel)
# The password meter (app/controllers/PasswordStrength) is zxcvbn's C version: headers and the
# library to build, the shared library to run.
build_packages+=(libzxcvbn-dev)
run_packages+=(libzxcvbn0)
# backend.clockcheck makes a self-signed certificate with the openssl program.
test_packages+=(openssl)
# The package checks (ctest -L packaging, tools/check-package.sh): dpkg-shlibdeps (dpkg-dev) finds
# the .deb's library dependencies, rsvg-convert (librsvg2-bin) renders the PNG icons from the SVG,
# man (man-db, absent from minimal images) renders the manual page with --warnings, and zsh and
# fish check the syntax of their completion files.
test_packages+=(dpkg-dev librsvg2-bin man-db zsh fish)
# packaging.flatpak reads the Flatpak manifest (YAML) with python3-yaml.
test_packages+=(python3-yaml)
# packaging.windowsinstaller builds the Windows installer with NSIS's makensis (nsis) and lists
# the files inside it with 7z (p7zip-full).
test_packages+=(nsis p7zip-full)

case "${1:-}" in
    run) wanted=("${build_packages[@]}" "${run_packages[@]}") ;;
    test) wanted=("${build_packages[@]}" "${run_packages[@]}" "${test_packages[@]}") ;;
    *) echo "usage: $0 run|test" >&2; exit 1 ;;
esac

if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
    echo "This script needs a Debian or Ubuntu system (apt). Install the equivalents of:" >&2
    echo "  ${wanted[*]}" >&2
    exit 1
fi

missing=()
for package in "${wanted[@]}"; do
    if [ "$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null)" != "installed" ]; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "tessera: all ${#wanted[@]} required packages are installed."
    exit 0
fi

echo "tessera: installing ${#missing[@]} missing package(s): ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null; then
    sudo=(sudo)
else
    echo "tessera: not root and no sudo; install them by hand: apt-get install ${missing[*]}" >&2
    exit 1
fi
"${sudo[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
