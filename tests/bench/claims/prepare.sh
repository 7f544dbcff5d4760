# Sourced by the claims benchmarks (run.sh, pooled.sh), which set $here
# (their folder) and $name (for the message) first; BUILDDIR is their $1.
# Sets $root, $build, $shared and $cli (parallax-cli, built) and makes $tmp,
# removed at exit, holding the team's fixed splits (splits.sh). Without
# ../shared it says so and ends the benchmark: skipped, not failed.
root=$(cd "$here/../../.." && pwd)
build=${1:-$root/build}
case $build in /*) ;; *) build=$root/$build ;; esac
shared=$(cd "$root/.." && pwd)/shared
if [ ! -x "$shared/bench/score-claims.py" ] || [ ! -d "$shared/corpus" ]; then
  echo "$name: $shared is absent; skipped"
  exit 0
fi
meson compile -C "$build" parallax-cli >/dev/null
cli=$build/app/cli/parallax-cli
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$here/splits.sh" "$tmp" "$shared"
