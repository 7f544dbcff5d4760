#!/bin/sh
# Time from process start to the demo story drawn (four columns filled and
# compared), side by side with GNOME Text Editor opening a file, and the
# memory of the parallax process with the demo open.
#
#   tests/bench/ui/run.sh [BUILDDIR] [RUNS]
#
# Runs under its own Xvfb and D-Bus session; profiles are throwaway.
set -eu

BUILDDIR=${1:-build}
RUNS=${2:-5}
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
case $BUILDDIR in /*) ;; *) BUILDDIR=$ROOT/$BUILDDIR ;; esac
PARALLAX=$BUILDDIR/app/gui/parallax

if [ -z "${PX_BENCH_INNER:-}" ]; then
  PX_BENCH_INNER=1 exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$BUILDDIR" "$RUNS"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Settings in a key file, so the second run finds the story opened by the first.
export GSETTINGS_SCHEMA_DIR=$BUILDDIR/resources GSETTINGS_BACKEND=keyfile NO_AT_BRIDGE=1 GTK_A11Y=none

now () { date +%s.%N; }
ms () { echo "($2 - $1) * 1000" | bc -l | xargs printf '%.0f'; }

# Waits until a top-level window whose name contains $1 is mapped.
wait_window () {
  for _ in $(seq 1 2000); do
    if xwininfo -root -tree 2>/dev/null | grep -q "$1"; then return 0; fi
    sleep 0.005
  done
  return 1
}

profile () {
  export HOME=$work/$1 XDG_DATA_HOME=$work/$1/data XDG_CONFIG_HOME=$work/$1/config XDG_CACHE_HOME=$work/$1/cache
  mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
}

# GTK draws with OpenGL; on a machine without a GPU that is Mesa's software
# rasteriser, which costs time and memory. Each figure is taken with GL
# (GDK_DEBUG set but empty, which also keeps parallax from choosing for
# itself) and without (GDK_DEBUG=gl-disable, what parallax picks when there
# is no /dev/dri render node), for both programs alike.
for VARIANT in "GDK_DEBUG=" "GDK_DEBUG=gl-disable"; do
TAG=${VARIANT#GDK_DEBUG=}
echo "## renderer: ${TAG:-GL}"
echo "# parallax: process start to demo drawn (4 columns, compared), ms"
for i in $(seq 1 "$RUNS"); do
  profile "fresh$i$TAG"
  t0=$(now)
  out=$(PARALLAX_BENCH_EXIT_ON_DRAWN=1 env $VARIANT "$PARALLAX" --demo 2>/dev/null)
  t1=$(now)
  echo "first run (demo imported into a new library): $(ms "$t0" "$t1") ms  $(echo "$out" | tr '\n' ' ')"
  t0=$(now)
  out=$(PARALLAX_BENCH_EXIT_ON_DRAWN=1 env $VARIANT "$PARALLAX" 2>/dev/null)
  t1=$(now)
  echo "second run (demo reopened from the library): $(ms "$t0" "$t1") ms  $(echo "$out" | tr '\n' ' ')"
done

if command -v gnome-text-editor > /dev/null; then
  echo "# gnome-text-editor: process start to its window mapped, ms"
  for i in $(seq 1 "$RUNS"); do
    profile "gte$i$TAG"
    cp "$ROOT/README.md" "$work/notes-$i.md"
    t0=$(now)
    env $VARIANT gnome-text-editor --standalone "$work/notes-$i.md" > /dev/null 2>&1 &
    pid=$!
    wait_window "notes-$i.md" || echo "gnome-text-editor window not seen"
    t1=$(now)
    kill "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
    echo "gnome-text-editor: $(ms "$t0" "$t1") ms"
  done
fi

echo "# parallax: process start to its window mapped (same method as above), ms"
for i in $(seq 1 "$RUNS"); do
  profile "map$i$TAG"
  t0=$(now)
  env $VARIANT "$PARALLAX" --demo > /dev/null 2>&1 &
  pid=$!
  wait_window "Demo" || echo "parallax window not seen"
  t1=$(now)
  kill "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  echo "parallax: $(ms "$t0" "$t1") ms"
done

done

echo "# parallax: start to demo drawn on a ${LARGE_MB:-135} MB library whose daily backup is due, ms"
echo "# (the library is opened and checked on a worker thread, the backup taken after the story is shown)"
for VARIANT in "GDK_DEBUG=gl-disable"; do
for i in $(seq 1 "$RUNS"); do
  profile "large$i"
  PARALLAX_BENCH_EXIT_ON_DRAWN=1 env $VARIANT "$PARALLAX" > /dev/null 2>&1
  if [ "$i" = 1 ]; then
    "$BUILDDIR/tests/bench/ui/bench-window" fill "$XDG_DATA_HOME/parallax/parallax.db" "${LARGE_MB:-135}"
    cp "$XDG_DATA_HOME/parallax/parallax.db" "$work/large.db"
  else
    cp "$work/large.db" "$XDG_DATA_HOME/parallax/parallax.db"
    rm -f "$XDG_DATA_HOME/parallax/parallax.db-wal" "$XDG_DATA_HOME/parallax/parallax.db.backup"
  fi
  t0=$(now)
  out=$(PARALLAX_BENCH_EXIT_ON_DRAWN=1 env $VARIANT "$PARALLAX" 2>/dev/null)
  t1=$(now)
  echo "large library, backup due: $(ms "$t0" "$t1") ms  $(echo "$out" | tr '\n' ' ')"
  ls "$XDG_DATA_HOME/parallax/parallax.db.backup" > /dev/null 2>&1 && echo "  (backup taken before exit)" || true
done
done

echo "# WebKit in the parallax process or its children while the demo is open (must be 0 and 0):"
profile "engine-check"
"$PARALLAX" --demo > /dev/null 2>&1 &
pid=$!
wait_window "Demo" || true
sleep 2
grep -c "libwebkit\|libjavascriptcore" "/proc/$pid/maps" || true
pgrep -P "$pid" | wc -l
kill "$pid" 2> /dev/null || true
wait "$pid" 2> /dev/null || true
