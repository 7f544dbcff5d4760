#!/bin/sh
# Writes the compare JSON of every input a speed change must leave as it
# was, on 1 and 2 threads, into OUTDIR: the demo, the project's stories
# (tests/bench/alignment/stories/*, those with pages), bench-scale 4, 8, 16
# and 32 sources of 2,000 words, and, when ../shared is present, the
# basil-dev and ECB+ development events (the team's dev splits only).
# Run it on the build before a change and after it, then compare:
#   tests/bench/scale/outputs.sh /tmp/before build-main
#   tests/bench/scale/outputs.sh /tmp/after
#   diff -r /tmp/before /tmp/after && echo identical
# CLI=... and BENCH=... name other binaries (a saved build) instead.
# Usage: tests/bench/scale/outputs.sh OUTDIR [BUILDDIR]
set -e
out=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
build=${2:-$root/build}
case $build in /*) ;; *) build=$root/$build ;; esac
cli=${CLI:-$build/app/cli/parallax-cli}
bench=${BENCH:-$build/tests/bench/scale/bench-scale}
shared=$(cd "$root/.." && pwd)/shared
[ -n "$out" ] || { echo "Usage: $0 OUTDIR [BUILDDIR]" >&2; exit 2; }
# an event's sources in its gold.json's order, as the shared scorers give them
compare_event () {
  event=$1
  set -- $(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))["files"]))' "$1"gold.json)
  files=""
  for f in "$@"; do files="$files $event$f"; done
  # shellcheck disable=SC2086
  "$cli" compare --format json $files
}
for threads in 1 2; do
  dir=$out/t$threads
  mkdir -p "$dir"
  export PARALLAX_THREADS=$threads
  "$cli" compare --format json "$root"/resources/demo/*.html >"$dir/demo.json"
  for story in "$root"/tests/bench/alignment/stories/*/; do
    set -- "$story"*.html
    [ -e "$1" ] || continue
    "$cli" compare --format json "$@" >"$dir/story-$(basename "$story").json"
  done
  for n in 4 8 16 32; do
    "$bench" "$n" 1 2000 "$dir/scale-$n.json" >/dev/null
  done
  if [ -d "$shared/corpus" ]; then
    for event in "$shared"/corpus/basil-dev/events/*/; do
      name=$(basename "$event")
      case $name in 97b1305c*|c21cb217*) continue ;; esac  # held out
      compare_event "$event" >"$dir/basil-$name.json"
    done
    for event in "$shared"/corpus/ecbplus-dev/events/*/; do
      name=$(basename "$event")
      topic=${name%%_*}
      [ $((topic % 3)) -ne 0 ] || continue  # held out
      compare_event "$event" >"$dir/ecb-$name.json"
    done
  fi
done
echo "$(find "$out" -name '*.json' | wc -l) outputs in $out"
