#!/bin/sh
# Export benchmark: a large story written in each format.
# Usage: tests/bench/export/run.sh [BUILDDIR]
set -eu
builddir=${1:-build}
bench="$builddir/tests/bench/export/bench-export"
meson compile -C "$builddir" bench-export >/dev/null
dir=$(mktemp -d "${TMPDIR:-/tmp}/px-bench-export-XXXXXX")
trap 'rm -rf "$dir"' EXIT
"$bench" "$dir"
