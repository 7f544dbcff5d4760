#!/bin/sh
# Times `parallax-cli compare` on the pathological inputs of hostile.py (a
# thousand figures, dates, times, quotations or names in a sentence, one
# sentence of 500 KiB, 10,000 quotation marks, cue words again and again,
# every sentence the same in every source, right-to-left and control
# characters), each at the sizes given (KiB a source; 32 sources), so that a
# path growing faster than the input shows in the ratio of the times.
# Prints: case, KiB a source, seconds of wall clock, CPU seconds (user and
# system: what a shared machine skews least), peak memory (MB), exit status
# (124: over the time limit, LIMIT seconds, 600 by default).
# Bounds seen (2 cores, load 10): one-sentence, SOURCES=2, 500 KiB: 1.4 s CPU (0.65 s at 250 KiB);
# weights, SOURCES=2, 8 KiB: 0.04 s. The window on one-sentence adds Pango's layout of the one
# paragraph (docs/benchmarks.md, hostile27).
# Usage: tests/bench/scale/hostile.sh [BUILDDIR [SIZES [CASES]]]
#   tests/bench/scale/hostile.sh build "8 32 128 500" "figures one-sentence"
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
build=${1:-$root/build}
case $build in /*) ;; *) build=$root/$build ;; esac
cli=${CLI:-$build/app/cli/parallax-cli}
sizes=${2:-8 32 128 500}
cases=${3:-}
limit=${LIMIT:-600}
sources=${SOURCES:-32}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%-14s %6s %9s %9s %8s %s\n' case KiB seconds CPU MB status
for kib in $sizes; do
  # shellcheck disable=SC2086
  python3 "$here/hostile.py" "$tmp/$kib" "$kib" "$sources" $cases
  for dir in "$tmp/$kib"/*/; do
    name=$(basename "$dir")
    set +e
    /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" timeout "$limit" "$cli" compare --format json "$dir"*.txt >/dev/null 2>"$tmp/err"
    status=$?
    set -e
    # the last line: "Command exited with non-zero status" may come first
    set -- $(tail -n 1 "$tmp/time")
    printf '%-14s %6s %9s %9s %8s %s\n' "$name" "$kib" "$1" "$(echo "$2 + $3" | bc)" "$(($4 / 1024))" "$status"
  done
  rm -rf "${tmp:?}/$kib"
done
