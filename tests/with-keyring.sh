#!/bin/sh
# with-keyring.sh CMD...: runs CMD with a GNOME Keyring of its own, on the
# session bus it is started on (run it under dbus-run-session): an empty
# login keyring, unlocked, in a temporary HOME, so that libsecret stores
# and finds passwords as on a desktop, and nobody's real keyring is used.
set -eu
if ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
  echo "with-keyring.sh: gnome-keyring-daemon is not installed (Debian package gnome-keyring, which 'make deps' installs)" >&2
  exit 1
fi
home=$(mktemp -d "${TMPDIR:-/tmp}/px-keyring-XXXXXX")
# The daemon ends with the session bus of dbus-run-session.
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
# --unlock reads the new login keyring's password from stdin (an empty one
# would leave it locked, and a prompt would be asked for); the daemon
# prints GNOME_KEYRING_CONTROL for us to keep.
eval "$(printf 'px-test-keyring' | gnome-keyring-daemon --daemonize --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
