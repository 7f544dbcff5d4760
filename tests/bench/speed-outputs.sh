#!/bin/sh
# Writes every output a speed change must leave as it was, into OUTDIR:
#  - compare: tests/bench/scale/outputs.sh (the demo, the project's stories,
#    bench-scale 4 to 32, the basil-dev and ECB+ development events, on 1
#    and 2 threads), and `compare --format json` on the development key
#    sets' stories (tests/bench/claims/keys: K14, K16-K19, K21, K22, K24...;
#    the blind K15, K20 and K23 are left out), their texts rebuilt by
#    keyed-events.py;
#  - extract: `extract --format json` on every L3S-GN1 page, every
#    readability-pages page and every fixture page of tests/fixtures/extract.
# Run it on the build before a change and after it, then compare:
#   tests/bench/speed-outputs.sh /tmp/before /tmp/main-build
#   tests/bench/speed-outputs.sh /tmp/after build
#   diff -r /tmp/before /tmp/after && echo identical
# Pages and events come from ../shared when it is there.
# Usage: tests/bench/speed-outputs.sh OUTDIR [BUILDDIR]
set -e
out=$1
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${2:-$root/build}
case $build in /*) ;; *) build=$root/$build ;; esac
cli=$build/app/cli/parallax-cli
shared=$(cd "$root/.." && pwd)/shared
[ -n "$out" ] || { echo "Usage: $0 OUTDIR [BUILDDIR]" >&2; exit 2; }
mkdir -p "$out"

"$here/scale/outputs.sh" "$out/compare" "$build" >/dev/null

# the key sets' stories, development sets only
if [ -d "$shared/corpus" ]; then
  keyed=$(mktemp -d)
  trap 'rm -rf "$keyed"' EXIT
  python3 "$here/claims/keyed-events.py" "$keyed" "$shared" >/dev/null
  mkdir -p "$out/keys"
  for set in "$keyed"/*/; do
    name=$(basename "$set")
    case $name in k15|k20|k23) continue ;; esac  # blind checks: never read
    for event in "$set"events/*/; do
      # from the event's folder: the output names its files, not the
      # temporary folder they were rebuilt in
      # shellcheck disable=SC2046
      (cd "$event" && "$cli" compare --format json $(python3 -c 'import json; print(" ".join(json.load(open("gold.json"))["files"]))')) \
        >"$out/keys/$name-$(basename "$event").json"
    done
  done
fi

# extraction: every page of the corpora and every fixture
mkdir -p "$out/extract"
extract_each () {
  prefix=$1
  shift
  for page in "$@"; do
    [ -e "$page" ] || continue
    id=$(basename "$(dirname "$page")")
    "$cli" extract --format json "$page" >"$out/extract/$prefix-$id.json" 2>&1 || true
  done
}
if [ -d "$shared/corpus" ]; then
  extract_each l3s "$shared"/corpus/l3s-gn1/pages/*/source.html
  extract_each readability "$shared"/corpus/readability-pages/pages/*/source.html
fi
for page in "$root"/tests/fixtures/extract/*.html; do
  "$cli" extract --format json "$page" >"$out/extract/fixture-$(basename "$page" .html).json" 2>&1 || true
done
echo "$(find "$out" -name '*.json' | wc -l) outputs in $out"
