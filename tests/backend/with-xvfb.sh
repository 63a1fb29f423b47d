#!/bin/sh
# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs one test program on a private X server (Xvfb) with Qt's xcb platform, so real screen
# capture (QScreen::grabWindow on X11) can be checked headless. Without Xvfb the program runs
# offscreen and is expected to skip what needs X11.
#
#   with-xvfb.sh PROGRAM [ARG...]
set -eu

if ! command -v Xvfb >/dev/null 2>&1; then
    echo "with-xvfb.sh: Xvfb is not installed; running offscreen" >&2
    QT_QPA_PLATFORM=offscreen exec "$@"
fi

# A display number nobody uses: -displayfd lets Xvfb pick one and tell us.
fifo_dir=$(mktemp -d)
trap 'kill "$xvfb_pid" 2>/dev/null || true; rm -rf "$fifo_dir"' EXIT
Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp 3>"$fifo_dir/display" 2>/dev/null &
xvfb_pid=$!
tries=0
while [ ! -s "$fifo_dir/display" ]; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ] || ! kill -0 "$xvfb_pid" 2>/dev/null; then
        echo "with-xvfb.sh: Xvfb did not start; running offscreen" >&2
        QT_QPA_PLATFORM=offscreen "$@"
        exit $?
    fi
    sleep 0.1
done
DISPLAY=":$(head -n 1 "$fifo_dir/display")"
export DISPLAY
unset WAYLAND_DISPLAY
QT_QPA_PLATFORM=xcb "$@"
