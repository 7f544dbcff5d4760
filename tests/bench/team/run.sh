#!/bin/sh
# Team library benchmarks on a throwaway PostgreSQL server on 127.0.0.1:
# save latency beside the local SQLite library, and how soon 20 listening
# clients hear of a colleague's annotation (LISTEN/NOTIFY).
# Usage: tests/bench/team/run.sh [BUILDDIR]
set -eu
builddir=${1:-build}
root=$(cd "$(dirname "$0")/../../.." && pwd)
meson compile -C "$builddir" bench-team >/dev/null
dir=$(mktemp -d "${TMPDIR:-/tmp}/px-bench-team-XXXXXX")
trap 'rm -rf "$dir"' EXIT
"$root/tests/pg-server.sh" run sh -c "\"$builddir/tests/bench/team/bench-team\" \"$dir\""
