#!/bin/sh
# Extraction benchmark: content F1 and metadata accuracy over the corpus
# (when present) and the test fixtures, and speed beside readability-lxml.
# Usage: tests/bench/extract/run.sh [BUILDDIR]
set -e
here=$(cd "$(dirname "$0")" && pwd)
builddir=${1:-build}
meson compile -C "$builddir" px-bench-extract >/dev/null
# Debian's python3, where python3-readability is installed
exec /usr/bin/python3 "$here/score.py" --bench "$builddir/tests/bench/extract/px-bench-extract" \
  --details "$builddir/bench-extract-details.jsonl"
