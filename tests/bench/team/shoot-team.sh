#!/bin/sh
# Two people's windows on one team library, side by side (shoot-team.c),
# on a throwaway PostgreSQL server; each window on an Xvfb display of its own.
#
#   tests/bench/team/shoot-team.sh [BUILDDIR] [OUTDIR]
set -eu

ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
BUILDDIR=${1:-$ROOT/build}
OUTDIR=${2:-$ROOT/build/shots}
case $BUILDDIR in /*) ;; *) BUILDDIR=$ROOT/$BUILDDIR ;; esac
case $OUTDIR in /*) ;; *) OUTDIR=$ROOT/$OUTDIR ;; esac

meson compile -C "$BUILDDIR" shoot-team > /dev/null
mkdir -p "$OUTDIR"
export GSETTINGS_SCHEMA_DIR=$BUILDDIR/resources GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1 PARALLAX_SOURCE_ROOT=$ROOT
"$ROOT/tests/pg-server.sh" run dbus-run-session -- "$BUILDDIR/tests/bench/team/shoot-team" "$OUTDIR"
convert "$OUTDIR/team-live-ana.png" "$OUTDIR/team-live-ben.png" +append "$OUTDIR/team-two-windows.png"
echo "$OUTDIR/team-two-windows.png $OUTDIR/team-offline-ana.png"
