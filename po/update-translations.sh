#!/usr/bin/env bash
# Brings the translations up to date with the source, in one step:
#   1. checks that po/POTFILES.in lists every file with translatable strings,
#   2. regenerates po/parallax.pot with xgettext (through meson),
#   3. merges it into every po/LANG.po listed in po/LINGUAS (msgmerge),
#   4. lists, per language, the strings that are untranslated or fuzzy.
#
# Usage: po/update-translations.sh [--check] [BUILDDIR]
#   --check   exit with status 1 when any language has untranslated or fuzzy strings
# BUILDDIR defaults to build; it is configured with `meson setup` when missing.
set -euo pipefail

check=0
if [ "${1:-}" = "--check" ]; then
  check=1
  shift
fi
srcdir=$(cd "$(dirname "$0")/.." && pwd)
builddir=${1:-build}
cd "$srcdir"

for tool in meson xgettext msgmerge msgattrib msgfmt python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "update-translations: $tool is not installed (Debian: gettext, meson, python3)" >&2
    exit 2
  fi
done

echo "== POTFILES.in"
if report=$(python3 tests/test-data-files.py potfiles "$srcdir"); then
  echo "complete"
else
  grep -E '^(not ok|#)' <<<"$report" >&2
  echo "update-translations: fix po/POTFILES.in first" >&2
  exit 1
fi

if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" >/dev/null
fi

echo "== parallax.pot"
meson compile -C "$builddir" parallax-pot >/dev/null
echo "$(grep -c '^msgid ' po/parallax.pot) strings (the first is the header)"

echo "== merging"
# A merge that changes nothing but POT-Creation-Date is undone, so that
# running this leaves no churn in po/ when the strings have not moved.
saved=$(mktemp -d)
trap 'rm -rf "$saved"' EXIT
cp po/*.po "$saved/"
meson compile -C "$builddir" parallax-update-po >/dev/null
for po in po/*.po; do
  if diff -q <(grep -v '^"POT-Creation-Date:' "$po") \
             <(grep -v '^"POT-Creation-Date:' "$saved/${po#po/}") >/dev/null; then
    cp "$saved/${po#po/}" "$po"
  fi
done

status=0
while read -r lang; do
  po="po/$lang.po"
  stats=$(msgfmt --check --statistics -o /dev/null "$po" 2>&1)
  echo "== $lang: $stats"
  untranslated=$(msgattrib --untranslated --no-obsolete --no-wrap "$po" | grep -c '^msgid ' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete --no-wrap "$po" | grep -c '^msgid ' || true)
  # Each non-empty msgattrib output starts with the header entry.
  [ "$untranslated" -gt 0 ] && untranslated=$((untranslated - 1))
  [ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))
  if [ "$untranslated" -gt 0 ] || [ "$fuzzy" -gt 0 ]; then
    status=1
    msgattrib --untranslated --no-obsolete --no-wrap --no-location "$po" \
      | awk '/^msgid ""$/ && !seen { seen = 1; skip = 1; next } skip && /^$/ { skip = 0; next } !skip' \
      | sed -n 's/^msgid "\(.*\)"$/  untranslated: \1/p'
    msgattrib --only-fuzzy --no-obsolete --no-wrap --no-location "$po" \
      | awk '/^msgid ""$/ && !seen { seen = 1; skip = 1; next } skip && /^$/ { skip = 0; next } !skip' \
      | sed -n 's/^msgid "\(.*\)"$/  fuzzy: \1/p'
  fi
done < <(sed 's/#.*//' po/LINGUAS | tr -s ' \t' '\n' | sed '/^$/d')

if [ "$check" = 1 ]; then
  exit "$status"
fi
