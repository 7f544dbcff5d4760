#!/bin/sh
# A text of one 500 KiB paragraph beside a short one: time from process
# start to both columns drawn and compared, and the process's CPU, for each
# build given (alternated, RUNS rounds). The window lays a paragraph out
# whole; this is what a giant one costs it.
#
#   tests/bench/ui/giant-paragraph.sh RUNS BUILDDIR...
#
# Runs under its own Xvfb and D-Bus session; profiles are throwaway.
set -eu

RUNS=$1
shift
if [ -z "${PX_BENCH_INNER:-}" ]; then
  PX_BENCH_INNER=1 exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$RUNS" "$@"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# 500 KiB of sentences of 8 to 30 words, one paragraph, made the same each run
awk 'BEGIN {
  srand(3); split("the minister said on Tuesday that officials would review the figures after drones struck a refinery near the border and several reports disagreed about casualties", w, " ");
  n = 0; s = "";
  while (n < 500 * 1024) {
    k = 8 + int(rand() * 23); t = "";
    for (i = 0; i < k; i++) t = t (i ? " " : "") w[1 + int(rand() * 26)];
    t = toupper(substr(t, 1, 1)) substr(t, 2) ". ";
    s = s t; n += length(t);
  }
  print s;
}' > "$work/giant.txt"
printf 'Short note\n\nThe minister said on Tuesday that officials would review the figures.\n' > "$work/small.txt"

export NO_AT_BRIDGE=1 GTK_A11Y=none GSETTINGS_BACKEND=memory PARALLAX_BENCH_EXIT_ON_DRAWN=1
for round in $(seq 1 "$RUNS"); do
  for build in "$@"; do
    export GSETTINGS_SCHEMA_DIR=$build/resources HOME=$work/home XDG_DATA_HOME=$work/home/data
    export XDG_CONFIG_HOME=$work/home/config XDG_CACHE_HOME=$work/home/cache
    rm -rf "$work/home"
    mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
    drawn=$( { /usr/bin/time -f 'cpu %U+%S s' timeout 300 "$build/app/gui/parallax" "$work/giant.txt" "$work/small.txt" 2>&1 >&3 | grep '^cpu'; } 3>&1 | grep -E '^drawn|^cpu' | tr '\n' ' ')
    echo "round $round $build: $drawn"
  done
done
