#!/bin/sh
# Extraction benchmark: content F1 and metadata accuracy over L3S-GN1
# (dev and held-out parts, when the corpus is present) and the test
# fixtures, beside readability-lxml and Readability.js, and speed.
# Usage: tests/bench/extract/run.sh [BUILDDIR [score.py options]]
# Readability.js: run `npm install` in tests/bench/extract once.
set -e
here=$(cd "$(dirname "$0")" && pwd)
builddir=${1:-build}
[ $# -gt 0 ] && shift
meson compile -C "$builddir" px-bench-extract >/dev/null
# Debian's python3, where python3-readability is installed
exec /usr/bin/python3 "$here/score.py" --bench "$builddir/tests/bench/extract/px-bench-extract" \
  --details "$builddir/bench-extract-details.jsonl" "$@"
