#!/bin/sh
# Time and peak memory of the diff between two versions of an article of
# 2,000, 10,000 and 80,000 words (the last near the 512 KiB a version may
# have). Targets: 2,000 words under 50 ms, the largest under 2 s, under 300 MB.
# Usage: tests/bench/history/run.sh [BUILDDIR]
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
build=${1:-$root/build}
case $build in /*) ;; *) build=$root/$build ;; esac
meson compile -C "$build" bench-history >/dev/null
for words in 2000 10000; do
  "$build/tests/bench/history/bench-history" "$words" 9
done
"$build/tests/bench/history/bench-history" 80000 3
