#!/bin/sh
# Screenshots of Parallax's main states, taken under Xvfb with ImageMagick.
#
#   tests/screenshots.sh [BUILDDIR] [OUTDIR]
#
# Each state runs on a throwaway profile; settings live in a key file so a
# state can start from a given window size or colour scheme.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILDDIR=${1:-$ROOT/build}
OUTDIR=${2:-$ROOT/resources/screenshots}
case $BUILDDIR in /*) ;; *) BUILDDIR=$ROOT/$BUILDDIR ;; esac
case $OUTDIR in /*) ;; *) OUTDIR=$ROOT/$OUTDIR ;; esac

if [ -z "${PX_SHOTS_INNER:-}" ]; then
  PX_SHOTS_INNER=1 exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$BUILDDIR" "$OUTDIR"
fi

PARALLAX=$BUILDDIR/app/gui/parallax
DRIVER=$ROOT/tests/screenshot-driver.py
work=$(mktemp -d)
mkdir -p "$OUTDIR"
/usr/libexec/at-spi-bus-launcher --launch-immediately > /dev/null 2>&1 &
bus=$!
trap 'kill $bus 2>/dev/null; rm -rf "$work"' EXIT

export GSETTINGS_SCHEMA_DIR=$BUILDDIR/resources GSETTINGS_BACKEND=keyfile GTK_A11Y=atspi
export PARALLAX_LOCALEDIR=$(cd "$BUILDDIR" && pwd)/po
unset NO_AT_BRIDGE

# profile NAME [KEY=VALUE...]: a fresh home with these settings
profile () {
  name=$1
  shift
  export HOME=$work/$name XDG_DATA_HOME=$work/$name/data XDG_CONFIG_HOME=$work/$name/config
  mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME/glib-2.0/settings"
  {
    echo "[io/github/parallaxnews/Parallax]"
    for kv in "$@"; do echo "$kv"; done
  } > "$XDG_CONFIG_HOME/glib-2.0/settings/keyfile"
}

# shot FILE SECONDS [BUTTON [TIMES]] -- ARGS...: start parallax, press a
# button, wait, take the screen
shot () {
  file=$1 wait=$2 button=$3 times=$4
  shift 4
  "$PARALLAX" "$@" > "$work/app.log" 2>&1 &
  pid=$!
  sleep "$wait"
  if [ -n "$button" ]; then
    /usr/bin/python3 "$DRIVER" "$button" "$times" || true
    sleep 1
  fi
  # the pointer out of the window, so no tooltip covers the shot
  /usr/bin/python3 -c "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi; Atspi.generate_mouse_event(0, 799, 'abs')" || true
  sleep 0.5
  import -window root "$OUTDIR/$file"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$OUTDIR/$file"
}

# The first start imports the demo; later starts reopen it from the library.
first_start () {
  PARALLAX_BENCH_EXIT_ON_DRAWN=1 "$PARALLAX" > /dev/null 2>&1 || true
}

profile welcome
first_start
profile welcome "last-story=-1"
shot welcome.png 3 "" 0

profile demo
first_start
shot demo-story.png 3 "" 0

profile demo-wide "sidebar-visible=false"
first_start
shot demo-columns.png 3 "" 0

profile claims "sidebar-visible=false"
first_start
shot claims-panel.png 3 "Next Difference" 2

# The claims table: a row per claim, a column per outlet.
profile table "sidebar-visible=false" "show-claims-panel=false" "view='table'"
first_start
shot table.png 3 "" 0

# A difference between two claims (the project's own three reports), shown
# from the second claim's button.
profile linked "sidebar-visible=false"
shot linked-differences.png 4 "Go to claim 4" 1 "$ROOT/tests/fixtures/linked/harbour-gazette.txt" \
  "$ROOT/tests/fixtures/linked/northern-post.txt" "$ROOT/tests/fixtures/linked/valley-times.txt"

profile errors "show-claims-panel=false"
shot error-column.png 4 "" 0 "$ROOT/resources/demo/rt.html" "http://127.0.0.1:9/reuters.html" "$ROOT/resources/demo/bbc.html"

profile dark "color-scheme='dark'"
first_start
shot dark-mode.png 3 "Next Difference" 1

profile narrow "window-width=700" "window-height=800"
first_start
shot narrow.png 3 "" 0

# A phone's width, with GNOME's close button alone: the Columns/Table
# switch and the Claims button are in the main menu.
profile phone "window-width=360" "window-height=800"
mkdir -p "$XDG_CONFIG_HOME/gtk-4.0"
printf '[Settings]\ngtk-decoration-layout=appmenu:close\n' > "$XDG_CONFIG_HOME/gtk-4.0/settings.ini"
first_start
shot phone.png 3 "Next Difference" 1
convert "$OUTDIR/phone.png" -crop 360x800+0+0 +repage "$OUTDIR/phone.png"

# A phone's width with every window button (minimize, maximize, close):
# minimize and maximize move to the main menu too. Light and dark.
for scheme in default dark; do
  name=phone-buttons
  [ "$scheme" = dark ] && name=phone-buttons-dark
  profile "$name" "window-width=360" "window-height=800" "color-scheme='$scheme'"
  mkdir -p "$XDG_CONFIG_HOME/gtk-4.0"
  printf '[Settings]\ngtk-decoration-layout=appmenu:minimize,maximize,close\n' > "$XDG_CONFIG_HOME/gtk-4.0/settings.ini"
  first_start
  shot "$name.png" 3 "Next Difference" 1
  convert "$OUTDIR/$name.png" -crop 360x800+0+0 +repage "$OUTDIR/$name.png"
done

# A source's history (a page its outlet edited, fetched again) and an
# archived page ("Open Original"), built in-process by shoot-pages.
profile history
G_TEST_SRCDIR=$ROOT/tests "$BUILDDIR/tests/shoot-pages" history "$OUTDIR/history.png"
echo "$OUTDIR/history.png"
profile archive
G_TEST_SRCDIR=$ROOT/tests "$BUILDDIR/tests/shoot-pages" archive "$OUTDIR/archive.png"
convert "$OUTDIR/archive.png" -crop 1000x720+0+0 +repage "$OUTDIR/archive.png"
echo "$OUTDIR/archive.png"

# The window in the translated languages, on the first difference so its
# summary shows.
for locale in "uk_UA.UTF-8 uk Наступна розбіжність" "de_DE.UTF-8 de Nächster Unterschied"; do
  set -- $locale
  lang=$1 code=$2
  shift 2
  profile "locale-$code"
  LANG=$lang LC_ALL=$lang first_start
  LANG=$lang LC_ALL=$lang shot "locale-$code.png" 3 "$*" 1
done
