#!/bin/sh
# 2,000 random actions through the accessibility tree (half on the demo,
# half on a 12-source story), the window's invariants checked as it goes.
#
#   tests/bench/ui/random-a11y.sh [BUILDDIR] [ACTIONS] [SEED]
set -eu

ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
BUILDDIR=${1:-build}
ACTIONS=${2:-2000}
SEED=${3:-1}
case $BUILDDIR in /*) ;; *) BUILDDIR=$ROOT/$BUILDDIR ;; esac

runtime=$(mktemp -d)
chmod 700 "$runtime"
trap 'rm -rf "$runtime"' EXIT
XDG_RUNTIME_DIR=$runtime GSETTINGS_SCHEMA_DIR=$BUILDDIR/resources \
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
  /usr/bin/python3 "$ROOT/tests/test-random-a11y.py" "$BUILDDIR/app/gui/parallax" "$ACTIONS" "$SEED"
