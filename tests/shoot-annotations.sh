#!/bin/sh
# Screenshots of annotating, light and dark, under Xvfb with a compositing
# manager (without one, popovers get black corners).
#
#   tests/shoot-annotations.sh [BUILDDIR] [OUTDIR]
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILDDIR=${1:-$ROOT/build}
OUTDIR=${2:-$ROOT/resources/screenshots}

if [ -z "${PX_SHOTS_INNER:-}" ]; then
  PX_SHOTS_INNER=1 exec dbus-run-session -- xvfb-run -a -s "-screen 0 1400x860x24" "$0" "$BUILDDIR" "$OUTDIR"
fi

export GSETTINGS_SCHEMA_DIR=$BUILDDIR/resources GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1
xcompmgr > /dev/null 2>&1 &
compositor=$!
trap 'kill $compositor 2>/dev/null' EXIT
sleep 1
mkdir -p "$OUTDIR"
"$BUILDDIR/tests/shoot-annotations" "$OUTDIR/annotations.png"
"$BUILDDIR/tests/shoot-annotations" "$OUTDIR/annotations-dark.png" dark
echo "$OUTDIR/annotations.png $OUTDIR/annotations-dark.png"
