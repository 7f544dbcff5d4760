#!/bin/sh
# Alignment and difference scores over the stories in stories/ (and the
# demo story), against the truth written down next to each.
# Usage: tests/bench/alignment/run.sh [BUILDDIR]
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
build=${1:-$root/build}
case $build in /*) ;; *) build=$root/$build ;; esac
meson compile -C "$build" bench-alignment >/dev/null
exec "$build/tests/bench/alignment/bench-alignment" "$root" "$here"/stories/*/
