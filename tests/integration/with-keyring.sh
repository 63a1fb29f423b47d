#!/bin/sh
# SPDX-FileCopyrightText: 2026 Tessera contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs one program against a real, private Secret Service, or against none at all, with a fresh
# HOME that is deleted afterwards. Used by the integration tests (STYLE.md rule 14).
#
#   with-keyring.sh PROGRAM [ARG...]                     private D-Bus session + unlocked gnome-keyring
#   with-keyring.sh --no-keychain PROGRAM [ARG...]       no session bus at all (nothing to reach)
#   with-keyring.sh --no-secret-service PROGRAM [ARG...] a private session bus on which nothing
#                                                        provides or can start a Secret Service
#                                                        (a typical headless server)
#   with-keyring.sh --locked-keychain PROGRAM [ARG...]   gnome-keyring running with a login keyring
#                                                        that is locked, and no display for its
#                                                        password prompt (e.g. an SSH session)
#
# The program sees TESSERA_TEST_KEYCHAIN=available, =unavailable or =locked, and a HOME (with XDG_DATA_HOME,
# XDG_CONFIG_HOME, XDG_CACHE_HOME and XDG_RUNTIME_DIR inside it, mode 0700) that no other test
# shares; it may search that HOME for leaked secrets before it exits.
#
# Desktop variables are unset on purpose: QtKeychain picks its backend from XDG_CURRENT_DESKTOP,
# DESKTOP_SESSION, KDE_FULL_SESSION and friends, and on a KDE desktop it would try KWallet on the
# developer's real session instead of libsecret on the private one. DISPLAY and WAYLAND_DISPLAY
# go too, so nothing can autolaunch a bus or pop up an unlock prompt.
#
# Exit status: the program's, or 77 (registered as ctest's SKIP_RETURN_CODE) when a tool this
# needs is not installed, with the reason on stderr.
set -eu

skip=77
setup=keyring
case "${1:-}" in
    --no-keychain) setup=nobus; shift ;;
    --no-secret-service) setup=emptybus; shift ;;
    --locked-keychain) setup=locked; shift ;;
esac
if [ $# -eq 0 ]; then
    echo "usage: $0 [--no-keychain | --no-secret-service | --locked-keychain] PROGRAM [ARG...]" >&2
    exit 2
fi
mode=unavailable
[ "$setup" = keyring ] && mode=available
[ "$setup" = locked ] && mode=locked

needed=""
[ "$setup" = keyring ] || [ "$setup" = locked ] && needed="dbus-run-session gnome-keyring-daemon"
[ "$setup" = emptybus ] && needed="dbus-run-session"
for tool in $needed; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (Debian packages: dbus, gnome-keyring); tools/install-deps.sh test installs them." >&2
        exit "$skip"
    fi
done

home="$(mktemp -d "${TMPDIR:-/tmp}/tessera-keychain-test.XXXXXX")"
# gnome-keyring-daemon leaves when its bus goes away with dbus-run-session; only the HOME remains.
cleanup() {
    rm -rf "$home"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
chmod 0700 "$home"
mkdir -m 0700 "$home/.local" "$home/.local/share" "$home/.config" "$home/.cache" "$home/runtime"

export HOME="$home"
export XDG_DATA_HOME="$home/.local/share"
export XDG_CONFIG_HOME="$home/.config"
export XDG_CACHE_HOME="$home/.cache"
export XDG_RUNTIME_DIR="$home/runtime"
export TESSERA_TEST_KEYCHAIN="$mode"
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION GNOME_DESKTOP_SESSION_ID KDE_FULL_SESSION KDE_SESSION_VERSION \
    XDG_SESSION_DESKTOP DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL SSH_AUTH_SOCK || true

status=0
if [ "$setup" = keyring ]; then
    # A non-empty password creates and unlocks the login keyring without a prompt (an empty one
    # would ask through a GUI prompt and fail). The daemon prints environment lines; not needed,
    # since it registers org.freedesktop.secrets on the private bus.
    dbus-run-session -- sh -c '
        printf "%s" "tessera-test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || {
            echo "with-keyring.sh: gnome-keyring-daemon did not start" >&2
            exit 1
        }
        exec "$@"
    ' with-keyring "$@" || status=$?
elif [ "$setup" = locked ]; then
    # A first session creates the login keyring (and ends, taking its daemon with it); the second
    # starts the daemon without --unlock, so the keyring stays locked and the unlock prompt cannot
    # appear (no display). libsecret then reports lookups as "not found": the store must not.
    # Its own XDG_RUNTIME_DIR: the first daemon may linger a moment after its bus is gone, and
    # the second would otherwise find its control socket there and defer to it.
    mkdir -m 0700 "$home/runtime-setup"
    # Run in the foreground so it can be stopped once the keyring file exists: a daemon that
    # forks away this early does not notice its bus leaving and would outlive the test.
    XDG_RUNTIME_DIR="$home/runtime-setup" dbus-run-session -- sh -c '
        printf "%s" "tessera-test-password" |
            gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
        daemon=$!
        tries=0
        while [ ! -f "$XDG_DATA_HOME/keyrings/login.keyring" ] && [ "$tries" -lt 100 ]; do
            sleep 0.1
            tries=$((tries + 1))
        done
        kill "$daemon" 2>/dev/null
        wait "$daemon" 2>/dev/null
        true
    ' || {
        echo "with-keyring.sh: could not start a D-Bus session to create the keyring" >&2
        exit 1
    }
    if [ ! -f "$XDG_DATA_HOME/keyrings/login.keyring" ]; then
        echo "with-keyring.sh: gnome-keyring created no login keyring" >&2
        exit 1
    fi
    dbus-run-session -- sh -c '
        gnome-keyring-daemon --start --components=secrets >/dev/null </dev/null || {
            echo "with-keyring.sh: gnome-keyring-daemon did not start" >&2
            exit 1
        }
        exec "$@"
    ' with-keyring "$@" || status=$?
elif [ "$setup" = emptybus ]; then
    # The standard session configuration minus its service directories: the bus works, but
    # org.freedesktop.secrets cannot be D-Bus-activated (gnome-keyring ships an activation file
    # that the standard configuration would use).
    cat >"$home/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$home/runtime</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
    dbus-run-session --config-file="$home/session.conf" -- "$@" || status=$?
else
    # A bus address that leads nowhere: libsecret must fail to connect, and nothing may
    # autolaunch another bus (no DISPLAY) or fall back to a file.
    DBUS_SESSION_BUS_ADDRESS="unix:path=$home/runtime/no-such-bus" "$@" || status=$?
fi
exit "$status"
