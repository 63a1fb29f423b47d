#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds Tessera (Release) and starts it. Installs missing system packages first (apt).
set -euo pipefail
cd "$(dirname "$0")/.."

tools/install-deps.sh run
cmake --preset release
cmake --build --preset release
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "tessera: built build-release/bin/tessera, but there is no display to show it on (DISPLAY is unset)." >&2
    exit 1
fi
exec build-release/bin/tessera "$@"
