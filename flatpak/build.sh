#!/usr/bin/env bash
# Builds the Flatpak (running the test suite inside the SDK), installs it for
# the current user and writes a single-file bundle, parallax.flatpak.
# Needs flatpak, flatpak-builder and the GNOME runtime and SDK named in the
# manifest; when something is missing it says what and how to get it.
set -euo pipefail

cd "$(dirname "$0")/.."
manifest=flatpak/io.github.parallaxnews.Parallax.json
app_id=io.github.parallaxnews.Parallax
read -r runtime sdk version < <(python3 -c '
import json, sys
m = json.load(open(sys.argv[1]))
print(m["runtime"], m["sdk"], m["runtime-version"])' "$manifest")

missing=()
for tool in flatpak flatpak-builder; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "make flatpak: not installed: ${missing[*]}" >&2
  echo "  On Debian: sudo apt-get install flatpak flatpak-builder" >&2
  exit 1
fi

missing=()
for ref in "$runtime//$version" "$sdk//$version"; do
  flatpak info "$ref" >/dev/null 2>&1 || missing+=("$ref")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "make flatpak: the GNOME $version runtime is not installed: ${missing[*]}" >&2
  echo "  flatpak remote-add --user --if-not-exists flathub https://dl.flathub.org/repo/flathub.flatpakrepo" >&2
  echo "  flatpak install --user flathub ${missing[*]}" >&2
  exit 1
fi

flatpak-builder --user --install --force-clean --repo=flatpak-repo flatpak-build "$manifest"
flatpak build-bundle --runtime-repo=https://dl.flathub.org/repo/flathub.flatpakrepo \
  flatpak-repo parallax.flatpak "$app_id"
echo "Installed $app_id for this user; bundle written to parallax.flatpak"
echo "Run it with: flatpak run $app_id"
