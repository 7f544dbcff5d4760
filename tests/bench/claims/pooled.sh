#!/bin/sh
# The development figures of the three-outlet keys, pooled, in seconds:
# basil-dev's development events and every development key set of keys/
# (never the blind checks k15, k20 and k23). Alignment F1 from the pairs
# (tp, fp, fn) summed over every event before it is taken; flags right
# and false, high-salience differences found and look-alikes flagged,
# summed. One line a set, then the pool. The README's rows "claim
# alignment, real coverage keyed blind" and "differences on the keys"
# quote these figures. SETS="k14 k16" scores those sets only.
# Skipped when ../shared is absent.
# Usage: tests/bench/claims/pooled.sh [BUILDDIR]
set -e
here=$(cd "$(dirname "$0")" && pwd)
name=pooled
. "$here/prepare.sh"
"$here/keyed-events.py" "$tmp/ke" "$shared" >/dev/null
if [ -z "$SETS" ]; then
  for dir in "$here"/keys/k*/; do
    set=$(basename "$dir")
    case $set in k15|k20|k23) ;; *) SETS="$SETS $set" ;; esac
  done
fi

score () { "$shared/bench/score-claims.py" --cli "$cli" --verbose "$@"; }

score --keys "$tmp/basil-dev" > "$tmp/basil-dev.txt" 2>&1 &
for set in $SETS; do
  case $set in k15|k20|k23) echo "pooled: $set is a blind check; never pooled" >&2; exit 1 ;; esac
  score --keys "$tmp/ke/$set/keys" --events "$tmp/ke/$set/events" > "$tmp/$set.txt" 2>&1
done
wait

python3 - "$tmp" basil-dev $SETS <<'EOF'
import os, re, sys

line = re.compile(r"align tp (\d+) fp (\d+) fn (\d+); engine diffs \d+ \(right (\d+), neutral \d+, "
                  r"false (\d+), traps hit (\d+)/(\d+)\); key diffs found (\d+)/(\d+) high")


def show(name, t):
    tp, fp, fn, right, false, traps, trap_all, high, high_all = t
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    f = 2 * p * r / max(1e-9, p + r)
    print(f"{name:10s} F1 {f:.4f} (P {p:.3f} R {r:.3f})  flags right {right} false {false}  "
          f"high found {high}/{high_all}  look-alikes flagged {traps}/{trap_all}")


pool = [0] * 9
for name in sys.argv[2:]:
    t = [0] * 9
    with open(os.path.join(sys.argv[1], name + ".txt")) as f:
        for m in map(line.search, f):
            if m:
                t = [a + int(b) for a, b in zip(t, m.groups())]
    if t[0] + t[1] + t[2] == 0:
        sys.exit(f"pooled: no event of {name} was scored")
    show(name, t)
    pool = [a + b for a, b in zip(pool, t)]
show("pooled", pool)
EOF
