#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Takes the README's screenshots of the main window, light and dark, the way a user's desktop
# shows it: the real program under Xvfb, a vault with sample accounts made by tessera-cli, the real
# keychain (gnome-keyring in a private D-Bus session), and the system's theme through Qt's GTK
# platform theme (Adwaita / Adwaita:dark). The sample secrets are made up.
#   tools/take-screenshots.sh [BUILD_DIR]     (default build-release; writes docs/screenshots/)
# Needs: xvfb, imagemagick, dbus, gnome-keyring, qt6-gtk-platformtheme, xdotool.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build-release}"
out="docs/screenshots"
mkdir -p "$out"

if [ -z "${TESSERA_SCREENSHOT_SESSION:-}" ]; then
    exec dbus-run-session -- env TESSERA_SCREENSHOT_SESSION=1 "$0" "$@"
fi

home="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION WAYLAND_DISPLAY
printf 'screenshot-keyring' | gnome-keyring-daemon --unlock --components=secrets >/dev/null

cli="$build/bin/tessera-cli"
"$cli" init >/dev/null
for uri in \
    'otpauth://totp/AliExpress:shopper%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=AliExpress' \
    'otpauth://totp/Amazon:shopper%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Amazon' \
    'otpauth://totp/eBay:shopper_2024?secret=MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U&issuer=eBay' \
    'otpauth://totp/PayPal:shopper%40example.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ&issuer=PayPal' \
    'otpauth://totp/Steam:shopper?secret=KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF&issuer=Steam&encoder=steam' \
    'otpauth://totp/GitHub:shopper?secret=ONSWG4TFORZWK3DTMVZGKY3SMV2A&issuer=GitHub' \
    'otpauth://totp/My%20Local%20Shop:shopper?secret=NBSWY3DPO5XXE3DEEBXGC3LFMRSWG3TU&issuer=My%20Local%20Shop'; do
    "$cli" add "$uri" >/dev/null
done

display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1024x768x24 >/dev/null 2>&1 &
sleep 1
shoot() {
    local theme="$1" file="$2"
    DISPLAY="$display" QT_QPA_PLATFORM=xcb QT_QPA_PLATFORMTHEME=gtk3 GTK_THEME="$theme" QT_QUICK_BACKEND=software \
        "$build/bin/tessera" >/dev/null 2>&1 &
    local pid=$!
    sleep 5
    DISPLAY="$display" import -window root -crop 440x660+0+0 +repage "$out/$file"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    echo "wrote $out/$file"
}
# The recovery checklist as a user reaches it: AliExpress's ⋯ → "Locked out?" → "I forgot my
# password", first step ticked. The clicks are where the 440×660 window draws these controls.
shoot_recovery() {
    DISPLAY="$display" QT_QPA_PLATFORM=xcb QT_QPA_PLATFORMTHEME=gtk3 GTK_THEME=Adwaita QT_QUICK_BACKEND=software \
        "$build/bin/tessera" >/dev/null 2>&1 &
    local pid=$!
    sleep 5
    for point in "411 117" "293 548" "150 530" "51 173"; do
        # shellcheck disable=SC2086 # two numbers
        DISPLAY="$display" xdotool mousemove $point click 1
        sleep 1
    done
    DISPLAY="$display" import -window root -crop 440x660+0+0 +repage "$out/recovery-checklist.png"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    echo "wrote $out/recovery-checklist.png"
}

shoot Adwaita main-window.png
shoot Adwaita:dark main-window-dark.png
shoot_recovery
