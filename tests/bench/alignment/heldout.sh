#!/bin/sh
# Alignment and difference scores over the held-out stories in heldout/,
# against the truth written down next to each. Nobody develops on these:
# report the figure, never choose a rule, threshold or word from their
# sentences or from the engine's output on them.
# Usage: tests/bench/alignment/heldout.sh [BUILDDIR]
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
build=${1:-$root/build}
case $build in /*) ;; *) build=$root/$build ;; esac
meson compile -C "$build" bench-alignment >/dev/null
exec "$build/tests/bench/alignment/bench-alignment" "$root" "$here"/heldout/*/
