#!/bin/sh
# Time and peak memory of a comparison of 4, 8, 16 and 32 sources of about
# 2,000 words. Targets: 4 sources under 20 ms, 32 under 1 s, under 300 MB.
# The largest input: bench-scale 32 1 80000 (docs/benchmarks.md, "Comparison"). A change
# meant to keep the output: tests/bench/scale/outputs.sh before and after.
# Usage: tests/bench/scale/run.sh [BUILDDIR]
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
build=${1:-$root/build}
case $build in /*) ;; *) build=$root/$build ;; esac
meson compile -C "$build" bench-scale >/dev/null
for n in 4 8 16 32; do
  "$build/tests/bench/scale/bench-scale" "$n" 15
done
