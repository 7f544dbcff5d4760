#!/bin/sh
# Runs every benchmark, tests/bench/*/run.sh BUILDDIR, one after the other
# (they time things, so never in parallel). Usage: tests/bench/run-all.sh [BUILDDIR]
set -u
builddir=${1:-build}
status=0
for script in "$(dirname "$0")"/*/run.sh; do
  echo "== $script"
  "$script" "$builddir" || status=1
done
exit $status
