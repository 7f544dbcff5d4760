#!/bin/sh
# Store benchmarks: annotation save latency and search over 10,000 articles.
# Usage: tests/bench/store/run.sh [BUILDDIR]
# The database is made in a temporary folder under $TMPDIR (default /tmp), so
# the figures are for the disk that holds it.
set -eu
builddir=${1:-build}
bench="$builddir/tests/bench/store/bench-store"
meson compile -C "$builddir" bench-store >/dev/null
dir=$(mktemp -d "${TMPDIR:-/tmp}/px-bench-store-XXXXXX")
trap 'rm -rf "$dir"' EXIT
"$bench" "$dir"
