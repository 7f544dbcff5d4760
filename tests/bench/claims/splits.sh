#!/bin/sh
# Builds the team's fixed development and held-out splits as folders of
# symlinks under $1 (basil-dev keys, ecbplus-dev events):
#   $1/basil-dev $1/basil-held  $1/ecb-dev $1/ecb-held
# Usage: tests/bench/claims/splits.sh OUTDIR [SHARED]
set -e
out=$1
here=$(cd "$(dirname "$0")" && pwd)
shared=${2:-$(cd "$here/../../../.." && pwd)/shared}
corpus=$shared/corpus
mkdir -p "$out/basil-dev" "$out/basil-held" "$out/ecb-dev" "$out/ecb-held"
for key in "$corpus"/basil-dev/keys/*.json; do
  case $(basename "$key") in
    97b1305c.*|c21cb217.*) ln -sf "$key" "$out/basil-held/" ;;
    *) ln -sf "$key" "$out/basil-dev/" ;;
  esac
done
for event in "$corpus"/ecbplus-dev/events/*/; do
  name=$(basename "$event")
  topic=${name%%_*}
  if [ $((topic % 3)) -eq 0 ]; then
    ln -sfn "${event%/}" "$out/ecb-held/$name"
  else
    ln -sfn "${event%/}" "$out/ecb-dev/$name"
  fi
done
