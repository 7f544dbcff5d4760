#!/bin/sh
# Runs every benchmark under tests/bench: each tests/bench/NAME/run.sh is
# given the build directory. Usage: tests/bench/run-all.sh [BUILDDIR]
builddir=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
status=0
for script in "$here"/*/run.sh; do
  [ -x "$script" ] || continue
  echo "=== $(basename "$(dirname "$script")")"
  "$script" "$builddir" || { echo "FAILED: $script"; status=1; }
done
exit $status
