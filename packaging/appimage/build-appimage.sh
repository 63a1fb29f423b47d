#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds Tessera's AppImage from a configured and built CMake build directory:
#   1. installs the build into OUT_DIR/AppDir/usr (the same install rules as the Debian package);
#   2. unless --appdir-only, runs linuxdeploy with its Qt plugin on that AppDir, which copies in
#      the Qt libraries, plugins and QML modules the programs use, and packs
#      OUT_DIR/Tessera-<version>-<arch>.AppImage.
# Usage: packaging/appimage/build-appimage.sh BUILD_DIR OUT_DIR [--appdir-only]
# BUILD_DIR should be a Release build without tests:
#   cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
#   cmake --build build-release
# Environment (all optional):
#   CMAKE                  the cmake program (default: cmake from PATH)
#   LINUXDEPLOY            linuxdeploy (an AppImage or a program); LINUXDEPLOY_PLUGIN_QT its Qt
#                          plugin. Unset, both are downloaded from their GitHub "continuous"
#                          releases into OUT_DIR/tools.
#   QMAKE                  the qmake of the Qt to bundle (default: qmake6, else qmake, from PATH)
#   ARCH                   the AppImage's architecture (default: uname -m)
# packaging/appimage/README.md says what has been checked and what has not.
set -euo pipefail

usage() {
    echo "usage: $0 BUILD_DIR OUT_DIR [--appdir-only]" >&2
    exit 2
}

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
    usage
fi
build_dir="$1"
out_dir="$2"
appdir_only=false
if [ $# -eq 3 ]; then
    [ "$3" = --appdir-only ] || usage
    appdir_only=true
fi

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cmake="${CMAKE:-cmake}"
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    echo "$build_dir is not a CMake build directory (no CMakeCache.txt)" >&2
    exit 1
fi
mkdir -p "$out_dir"
build_dir="$(cd "$build_dir" && pwd)"
out_dir="$(cd "$out_dir" && pwd)"
appdir="$out_dir/AppDir"

cache_value() {
    sed -n "s/^$1:[A-Z]*=//p" "$build_dir/CMakeCache.txt" | head -n 1
}
build_type="$(cache_value CMAKE_BUILD_TYPE)"
if [ "$build_type" != Release ] && [ "$build_type" != RelWithDebInfo ] && [ "$build_type" != MinSizeRel ]; then
    # Allowed (the AppDir test uses the developer's Debug build), but not what to ship.
    echo "warning: $build_dir is a '${build_type:-no type}' build; ship a Release build" >&2
fi

# 1. The AppDir: a fresh one, so nothing of an earlier run (or an older version) is left in it.
rm -rf "$appdir"
"$cmake" --install "$build_dir" --prefix "$appdir/usr"

desktop_file="$appdir/usr/share/applications/org.tessera.Tessera.desktop"
if [ ! -x "$appdir/usr/bin/tessera" ] || [ ! -f "$desktop_file" ]; then
    echo "$build_dir did not install the desktop program (built with TESSERA_BUILD_APP=OFF?)" >&2
    exit 1
fi

# The version the AppImage is named after: what the installed program says it is (the same
# number as the project's), else the one CMake was configured with.
version="$("$appdir/usr/bin/tessera-cli" --version 2>/dev/null | sed -n 's/^tessera-cli //p')" || version=""
[ -n "$version" ] || version="$(cache_value CMAKE_PROJECT_VERSION)"
if [ -z "$version" ]; then
    echo "could not tell Tessera's version from tessera-cli --version or $build_dir/CMakeCache.txt" >&2
    exit 1
fi

if [ "$appdir_only" = true ]; then
    echo "AppDir of Tessera $version: $appdir"
    exit 0
fi

# 2. linuxdeploy. Both tools are AppImages themselves: without FUSE (containers, most CI
# runners) they can still run by extracting themselves first.
export APPIMAGE_EXTRACT_AND_RUN=1
arch="${ARCH:-$(uname -m)}"
export ARCH="$arch"
tools="$out_dir/tools"
mkdir -p "$tools"

fetch() {  # fetch NAME URL: downloads URL to $tools/NAME once, executable
    if [ -x "$tools/$1" ]; then
        return 0
    fi
    if ! command -v curl >/dev/null; then
        echo "curl is needed to download $2; or set LINUXDEPLOY and LINUXDEPLOY_PLUGIN_QT to local copies" >&2
        exit 1
    fi
    echo "downloading $2" >&2
    if ! curl --fail --location --silent --show-error --output "$tools/$1.part" "$2"; then
        rm -f "$tools/$1.part"
        echo "could not download $2; set LINUXDEPLOY and LINUXDEPLOY_PLUGIN_QT to local copies" >&2
        exit 1
    fi
    chmod +x "$tools/$1.part"
    mv "$tools/$1.part" "$tools/$1"
}
releases=https://github.com/linuxdeploy
if [ -n "${LINUXDEPLOY:-}" ]; then
    linuxdeploy="$LINUXDEPLOY"
else
    fetch "linuxdeploy-$arch.AppImage" \
        "$releases/linuxdeploy/releases/download/continuous/linuxdeploy-$arch.AppImage"
    linuxdeploy="$tools/linuxdeploy-$arch.AppImage"
fi
if [ -n "${LINUXDEPLOY_PLUGIN_QT:-}" ]; then
    plugin_qt="$LINUXDEPLOY_PLUGIN_QT"
else
    fetch "linuxdeploy-plugin-qt-$arch.AppImage" \
        "$releases/linuxdeploy-plugin-qt/releases/download/continuous/linuxdeploy-plugin-qt-$arch.AppImage"
    plugin_qt="$tools/linuxdeploy-plugin-qt-$arch.AppImage"
fi
for tool in "$linuxdeploy" "$plugin_qt"; do
    if [ ! -x "$tool" ]; then
        echo "$tool is not an executable file" >&2
        exit 1
    fi
done
# linuxdeploy finds "--plugin qt" as a program named linuxdeploy-plugin-qt on PATH (or next to
# itself), so a plugin given under another name is reached through a link of that name.
mkdir -p "$tools/plugins"
ln -sf "$(cd "$(dirname "$plugin_qt")" && pwd)/$(basename "$plugin_qt")" "$tools/plugins/linuxdeploy-plugin-qt"
export PATH="$tools/plugins:$PATH"

# The Qt plugin asks qmake where Qt's plugins and QML modules are; Debian calls Qt 6's qmake6.
if [ -z "${QMAKE:-}" ]; then
    QMAKE="$(command -v qmake6 || command -v qmake || true)"
fi
if [ -z "$QMAKE" ]; then
    echo "no qmake found (Debian: qt6-base-dev-tools); set QMAKE to Qt 6's qmake" >&2
    exit 1
fi
export QMAKE
# The QML files are compiled into the program (qt_add_qml_module), so the plugin cannot see
# their imports in the AppDir: it scans the sources for them instead.
export QML_SOURCES_PATHS="$repo/qml"
# What the plugin cannot tell from the libraries the programs link: Qt's SVG image and icon
# engine plugins (brand icons, tray icon) and the Wayland client, loaded at run time. The
# variable is EXTRA_QT_MODULES in current versions of the plugin, EXTRA_QT_PLUGINS in older ones
# (still read as a deprecated name); both are set so either version gets them.
export EXTRA_QT_MODULES="svg;waylandclient"
export EXTRA_QT_PLUGINS="$EXTRA_QT_MODULES"
# The X11 platform plugin (libqxcb.so) always goes in; Wayland's is added by name, and with it
# the plugin deploys the Wayland decoration and shell-integration plugins.
export EXTRA_PLATFORM_PLUGINS="libqwayland-egl.so;libqwayland-generic.so"
# The plugin for the portal file dialogs (platformthemes/libqxdgdesktopportal.so) is deployed
# when present; nothing to ask for.

# The icon linuxdeploy puts at the AppImage's root: the largest PNG when rsvg-convert made them
# at build time, else the SVG. Both are already in the AppDir, where linuxdeploy leaves them.
icon="$appdir/usr/share/icons/hicolor/256x256/apps/org.tessera.Tessera.png"
[ -f "$icon" ] || icon="$appdir/usr/share/icons/hicolor/scalable/apps/org.tessera.Tessera.svg"

# QtKeychain loads libsecret with dlopen (so no library lists it as needed) to reach the Secret
# Service; bundled, the keychain works where the system lacks it. Found through ldconfig.
extra_libraries=()
# (The cache is read whole first: awk stopping early would make ldconfig fail under pipefail.)
ldconfig_cache="$(/sbin/ldconfig -p 2>/dev/null)" || ldconfig_cache=""
libsecret="$(awk '/libsecret-1\.so\.0 / {print $NF; exit}' <<<"$ldconfig_cache")"
if [ -n "$libsecret" ]; then
    extra_libraries+=(--library "$libsecret")
else
    echo "warning: libsecret-1.so.0 not found; the AppImage will use the system's (Debian: libsecret-1-0)" >&2
fi

output="Tessera-$version-$arch.AppImage"
# linuxdeploy-plugin-appimage (bundled in linuxdeploy) names the file after OUTPUT, in the
# current directory.
export OUTPUT="$output"
export LINUXDEPLOY_OUTPUT_VERSION="$version"
rm -f "$out_dir/$output"
(
    cd "$out_dir"
    "$linuxdeploy" --appdir "$appdir" \
        --executable "$appdir/usr/bin/tessera" \
        --executable "$appdir/usr/bin/tessera-cli" \
        --desktop-file "$desktop_file" \
        --icon-file "$icon" \
        "${extra_libraries[@]}" \
        --plugin qt \
        --output appimage
)
if [ ! -f "$out_dir/$output" ]; then
    echo "linuxdeploy did not write $out_dir/$output" >&2
    exit 1
fi
echo "built $out_dir/$output"
