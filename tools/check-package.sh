#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Debian package from BUILD_DIR, installs it into THIS system with apt (which fetches
# its Depends from the mirror, as a user's `apt install ./tessera_*.deb` would), checks the
# installed files, and removes the package again. What the ctest packaging.deb cannot see: that
# the Depends are enough — every QML module the window loads is really pulled in.
# Needs root and a built BUILD_DIR (configured with the install rules, e.g. preset ci or release).
# Usage: tools/check-package.sh BUILD_DIR
set -euo pipefail

if [ $# -ne 1 ] || [ ! -f "$1/CPackConfig.cmake" ]; then
    echo "usage: $0 BUILD_DIR   (a configured and built build directory)" >&2
    exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "$0: installs a package into the system: run it as root" >&2
    exit 1
fi
build_dir="$(cd "$1" && pwd)"

work="$(mktemp -d)"
installed=0
cleanup() {
    if [ "$installed" -eq 1 ]; then
        echo "== removing the package =="
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -q tessera >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

echo "== building the package =="
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; exit 1; }
debs=("$work"/out/tessera_*.deb)
[ -f "${debs[0]}" ] || { echo "cpack wrote no tessera_*.deb" >&2; exit 1; }
deb="${debs[0]}"
echo "$(basename "$deb"): Depends: $(dpkg-deb -f "$deb" Depends)"

echo "== installing it with apt =="
# apt reads a local file only by path (./ or /); it must be readable by apt's sandbox user.
chmod 755 "$work" "$work/out" && chmod 644 "$deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log" >&2; exit 1; }
installed=1
grep -E '^(Setting up|Unpacking) ' "$work/apt.log" | sed 's/^/  /' || true

echo "== the installed files =="
mkdir -p "$work/files"
"$(dirname "$0")/../tests/packaging/check-installed-files.sh" "" "$(dpkg-deb -f "$deb" Version)" "$work/files" \
    || fail "the installed files (above)"
echo "  tessera-cli runs; .desktop, metainfo, completions and man page are valid"

echo "== the installed tessera, 8 seconds offscreen =="
# The window's QML modules are loaded at start; a Depends that misses one shows here as "module
# ... is not installed". Tessera opens the keychain first, so it runs the way
# tools/take-screenshots.sh does: a private D-Bus session with an unlocked gnome-keyring, in a
# throw-away home, so it reaches its first-run screen. Without those two tools it still starts
# and shows "no keychain": the QML loads all the same, so that is checked too.
cat >"$work/run-tessera.sh" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
export HOME="$1" XDG_CONFIG_HOME="$1/.config" XDG_DATA_HOME="$1/.local/share" XDG_RUNTIME_DIR="$1/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
if command -v gnome-keyring-daemon >/dev/null && [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    printf 'check-package-keyring' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
fi
status=0
QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software timeout 8 /usr/bin/tessera || status=$?
exit "$status"
INNER
chmod +x "$work/run-tessera.sh"
mkdir -p "$work/gui-home"
runner=()
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
    runner=(dbus-run-session --)
else
    echo "  (no dbus-run-session or gnome-keyring: started without a keychain)"
fi
status=0
"${runner[@]}" "$work/run-tessera.sh" "$work/gui-home" >"$work/tessera.out" 2>"$work/tessera.err" || status=$?
# 124: still running when timeout stopped it, which is what a program showing its window does.
if [ "$status" -ne 124 ]; then
    fail "tessera exited by itself with status $status within 8 seconds"
fi
if grep -Ei 'module .* is not installed|failed to load component|plugin cannot be loaded|Cannot load library' "$work/tessera.err"; then
    fail "tessera could not load its QML (above)"
fi
if [ "$failures" -gt 0 ]; then
    echo "--- tessera's stderr ---" >&2
    cat "$work/tessera.err" >&2
else
    echo "  ran until stopped; no QML module or component failed to load"
fi

if [ "$failures" -gt 0 ]; then
    echo "tools/check-package.sh: $failures check(s) failed" >&2
    exit 1
fi
echo "tools/check-package.sh: the installed package works"
