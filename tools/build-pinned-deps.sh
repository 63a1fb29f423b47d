#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds and installs, into PREFIX, two libraries at the versions Debian 12 ships and the test
# suite runs against, where the platform's package manager has other releases:
#   QtKeychain 0.13.2  (against the Qt that CMake finds: put it in CMAKE_PREFIX_PATH or PATH;
#                       core/keychain's handling of libsecret's answers was tested with it);
#   ZXing-C++ 1.4.0    (releases since 2.0 renamed and reworked the reader and writer API that
#                       core/qr uses: DecodeHints, Result, MultiFormatWriter).
# For the platforms without Debian's packages (the Windows and macOS jobs of
# .github/workflows/ci.yml; packaging/windows and packaging/macos READMEs). Needs git, cmake,
# ninja and a C++ compiler; downloads from GitHub.
# Usage: tools/build-pinned-deps.sh PREFIX [WORK_DIR]
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 PREFIX [WORK_DIR]" >&2
    exit 2
fi
prefix="$1"
work="${2:-$(mktemp -d)}"
mkdir -p "$prefix" "$work"

# build NAME GIT_URL TAG [CMAKE_OPTION...]: a shallow clone of the tag, a Release build, installed.
build() {
    local name="$1" url="$2" tag="$3"
    shift 3
    echo "== $name $tag =="
    rm -rf "${work:?}/$name" "${work:?}/$name-build"
    git clone --quiet --depth 1 --branch "$tag" "$url" "$work/$name"
    cmake -S "$work/$name" -B "$work/$name-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
          -DCMAKE_INSTALL_PREFIX="$prefix" "$@"
    cmake --build "$work/$name-build"
    cmake --install "$work/$name-build"
}

build qtkeychain https://github.com/frankosterfeld/qtkeychain.git v0.13.2 \
      -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF
build zxing-cpp https://github.com/zxing-cpp/zxing-cpp.git v1.4.0 \
      -DBUILD_EXAMPLES=OFF -DBUILD_BLACKBOX_TESTS=OFF -DBUILD_UNIT_TESTS=OFF
echo "installed QtKeychain 0.13.2 and ZXing-C++ 1.4.0 into $prefix"
