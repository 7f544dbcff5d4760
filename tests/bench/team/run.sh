#!/bin/sh
# Team library benchmarks on a throwaway PostgreSQL server on 127.0.0.1:
# save latency beside the local SQLite library, how soon 20 listening
# clients hear of a colleague's annotation (LISTEN/NOTIFY), and how soon it
# shows in 20 windows (bench-team-window, under Xvfb).
# Usage: tests/bench/team/run.sh [BUILDDIR]
set -eu
builddir=${1:-build}
root=$(cd "$(dirname "$0")/../../.." && pwd)
meson compile -C "$builddir" bench-team bench-team-window >/dev/null
dir=$(mktemp -d "${TMPDIR:-/tmp}/px-bench-team-XXXXXX")
trap 'rm -rf "$dir"' EXIT
"$root/tests/pg-server.sh" run sh -c "\"$builddir/tests/bench/team/bench-team\" \"$dir\""
mkdir -p "$dir/windows"
GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$builddir/resources" NO_AT_BRIDGE=1 \
  "$root/tests/pg-server.sh" run dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
  "$builddir/tests/bench/team/bench-team-window" "$dir/windows"
