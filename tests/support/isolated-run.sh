#!/usr/bin/env bash
# Runs one test in a private world: a fresh HOME and XDG folders that are deleted afterwards, the offscreen
# Qt platform, and none of the user's Billhook settings in the environment. With --keyring the test also
# gets its own D-Bus session with an unlocked gnome-keyring, so keychain tests never see the real keychain.
set -uo pipefail

keyring=0
if [ "${1:-}" = "--keyring" ]; then
    keyring=1
    shift
fi

root=$(mktemp -d "${TMPDIR:-/tmp}/billhook-test.XXXXXX")
cleanup() { rm -rf "$root"; }
trap cleanup EXIT

export HOME="$root/home"
export XDG_CONFIG_HOME="$root/config"
export XDG_DATA_HOME="$root/data"
export XDG_CACHE_HOME="$root/cache"
export XDG_STATE_HOME="$root/state"
export XDG_RUNTIME_DIR="$root/runtime"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
unset BILLHOOK_DB BILLHOOK_XERO_ENDPOINT BILLHOOK_XERO_CLIENT_ID DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

if [ "$keyring" = 1 ]; then
    dbus-run-session -- bash -c '
        eval "$(printf "\n" | gnome-keyring-daemon --unlock --components=secrets)" || exit 99
        export GNOME_KEYRING_CONTROL
        "$@"
        status=$?
        # Without a PID (this gnome-keyring prints none), "kill 0" would end the whole process group: ctest too.
        if [ -n "${GNOME_KEYRING_PID:-}" ]; then kill "$GNOME_KEYRING_PID" 2>/dev/null; fi
        exit $status' billhook-keyring "$@"
else
    "$@"
fi
