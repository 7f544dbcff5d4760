#!/bin/sh
# Claim alignment on real coverage, on the team's fixed development and
# held-out splits (splits.sh): the shared scorers on basil-dev and
# ecbplus-dev for the engine and for a TF-IDF cosine baseline whose
# threshold is tuned on the development split, and the engine's pair
# similarity on the MSRP held-out pairs.
# The project's own keys (keys/, rebuilt by keyed-events.py) after the baseline.
# ecbplus-dev also by kind of story (ecb-kinds.py: one happening or several),
# and the baseline also with one threshold for both sets, as the engine has. Skipped when ../shared is absent.
# Usage: [BLIND=1] tests/bench/claims/run.sh [BUILDDIR]
set -e
here=$(cd "$(dirname "$0")" && pwd)
name=claims
. "$here/prepare.sh"

basil () { "$shared/bench/score-claims.py" --cli "$1" --keys "$tmp/basil-$2" | tail -n 1; }
ecb () { "$shared/bench/score-ecb.py" --cli "$1" --events "$tmp/ecb-$2"; }
figure () { sed -n "s/.*$1 \([0-9.]*\).*/\1/p"; }

kinds () { "$here/ecb-kinds.py" --scorer "$shared/bench/score-ecb.py" --cli "$1" --events "$tmp/ecb-$2"; }

echo "== engine"
for split in dev held; do
  echo "basil-dev $split: $(basil "$cli" $split)"
  echo "ecbplus-dev $split: $(ecb "$cli" $split)"
  echo "  $split, by kind of story: $(kinds "$cli" $split)"
done

echo "== TF-IDF cosine baseline (threshold tuned on dev)"
export PX_CLI="$cli"
baseline=$here/tfidf-baseline.py
best_f1=-1; best_mcc=-1; best_both=-1
for t in 0.1 0.15 0.2 0.25 0.3 0.4; do
  f1=$(PX_TFIDF_THRESHOLD=$t basil "$baseline" dev | figure "align F1")
  mcc=$(PX_TFIDF_THRESHOLD=$t ecb "$baseline" dev | figure MCC)
  if [ "$(echo "$f1 > $best_f1" | bc)" = 1 ]; then best_f1=$f1; basil_t=$t; fi
  if [ "$(echo "$mcc > $best_mcc" | bc)" = 1 ]; then best_mcc=$mcc; ecb_t=$t; fi
  if [ "$(echo "$f1 + $mcc > $best_both" | bc)" = 1 ]; then best_both=$(echo "$f1 + $mcc" | bc); both_t=$t; fi
done
for split in dev held; do
  echo "basil-dev $split (threshold $basil_t): $(PX_TFIDF_THRESHOLD=$basil_t basil "$baseline" $split)"
  echo "ecbplus-dev $split (threshold $ecb_t): $(PX_TFIDF_THRESHOLD=$ecb_t ecb "$baseline" $split)"
  echo "  $split, by kind of story: $(PX_TFIDF_THRESHOLD=$ecb_t kinds "$baseline" $split)"
done
# the engine has one set of thresholds for both kinds of coverage: the
# baseline with one threshold too, chosen by the sum of both development figures
echo "== TF-IDF cosine baseline, one threshold for both sets (chosen on dev)"
for split in dev held; do
  echo "basil-dev $split (threshold $both_t): $(PX_TFIDF_THRESHOLD=$both_t basil "$baseline" $split)"
  echo "ecbplus-dev $split (threshold $both_t): $(PX_TFIDF_THRESHOLD=$both_t ecb "$baseline" $split)"
  echo "  $split, by kind of story: $(PX_TFIDF_THRESHOLD=$both_t kinds "$baseline" $split)"
done

# the project's own keys of real three-report stories (keys/k14 ...: ECB+ development
# events keyed in basil-dev's format by annotators who never saw the engine's output),
# the texts rebuilt from ../shared by keyed-events.py; beside them the baseline at its
# basil-dev threshold. K15, K20 and K23 are blind checks: no weight, threshold or rule is
# chosen on them, and they are scored only when asked for (BLIND=1), once, at the end of a
# piece of work; the other sets are development data (keys/README.md).
echo "== the project's keys (tests/bench/claims/keys; k15, k20 and k23 blind, the others development)"
for set in $("$here/keyed-events.py" "$tmp/keyed" "$shared"); do
  case $set in
    k15|k20|k23) if [ "$BLIND" != 1 ]; then echo "$set: blind check, not scored (BLIND=1 scores it)"; continue; fi ;;
  esac
  k="--keys $tmp/keyed/$set/keys --events $tmp/keyed/$set/events"
  echo "$set: $("$shared/bench/score-claims.py" --cli "$cli" $k | tail -n 1)"
  echo "$set, TF-IDF (threshold $basil_t): $(PX_TFIDF_THRESHOLD=$basil_t "$shared/bench/score-claims.py" --cli "$baseline" $k | tail -n 1)"
done

echo "== MSRP"
python3 "$here/msrp.py" "$cli" "$shared/corpus/msrp/msr_paraphrase_train.txt"
