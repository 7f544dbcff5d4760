#!/usr/bin/env python3
"""Where the development keys' alignment pairs are lost and gained wrongly, by cause, set by set
(issue 11: three-outlet alignment).

usage: tools/study-align-losses.py --cli build/app/cli/parallax-cli [--shared ../shared] --keys-dir DIR...
                                   [--model FILE] [--examples N]

Pairs as ../shared/bench/score-claims.py counts them: two sentences of two outlets, a key sentence read
as every engine sentence it overlaps. A missed pair (one key claim holds both, no engine claim does) is
put in the first class that fits, by its best pair of engine sentences:
  unmapped        a key sentence overlaps no engine sentence
  no word         no candidate even with the few-report gate open (few_gate 0, and no bound on the
                  candidates under the gate of many reports, few_low_cap 64): the two share no word
                  or concept the candidate search sees
  under the gate  a candidate only with the gate open (quick cosine under few_gate, no rare word)
  under link      scored, under few_link
  link to edge    scored between few_link and few_edge
  edge, apart     scored at few_edge or more, the grouping keeps them apart
and, across the classes, "bundled" when a key sentence of the pair is a member of two key claims or more
(a partition can give it one only), and for the scored classes where the two sentences are: both alone,
one alone beside a claim, or in two claims. A false pair (one engine claim, no key claim) is put by its
own link: at few_edge or more, between few_link and few_edge, or under few_link or none (the claim
joined them through other sentences). With --examples N, N missed pairs of each class are printed.
Development sets only (basil-dev's development events, always; --keys-dir OUT/<set> of
tests/bench/claims/keyed-events.py); never a blind set (K15, K20, K23): the script refuses them."""
import argparse, collections, itertools, os, random, subprocess, tempfile

from corpus_args import (add_corpus_arguments, compared_events, development_sets, engine_sentences, gate_environments,
                         key_claims, load_scorer, refuse_blind)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MISSED = ("unmapped", "no word", "under the gate", "under link", "link to edge", "edge, apart")
FALSE = ("at edge", "link to edge", "through the claim")


def features(cli, files, env):
    """(source, sentence, source, sentence) -> the probability in use, both ways round."""
    lines = subprocess.run([cli, "similarity-features"] + files, capture_output=True, text=True, env=env,
                           check=True).stdout.splitlines()
    prob = {}
    for line in lines[1:]:
        x = line.split()
        a, sa, b, sb = (int(v) for v in x[:4])
        prob[(a, sa, b, sb)] = prob[(b, sb, a, sa)] = float(x[4])
    return prob


def main():
    ap = argparse.ArgumentParser()
    add_corpus_arguments(ap)
    ap.add_argument("--examples", type=int, default=0)
    a = ap.parse_args()
    refuse_blind(a.keys_dir)
    sc = load_scorer(a.shared)
    lines = open(a.model).read().splitlines()
    setting = {l.split()[1]: float(l.split()[2]) for l in lines if l.startswith("setting ")}
    edge, link = setting["few_edge"], setting["few_link"]
    missed = collections.defaultdict(collections.Counter)
    false = collections.defaultdict(collections.Counter)
    examples = collections.defaultdict(list)
    with tempfile.TemporaryDirectory() as tmp:
        env, env_open = gate_environments(a.model, tmp)
        sets = development_sets(a.shared, a.keys_dir, tmp)
        for name, key_file, key, d, gold, files, out in compared_events(a.cli, sc, sets, env):
            prob = features(a.cli, files, env)
            prob_open = features(a.cli, files, env_open)
            where = sc.claim_index(out)
            size = collections.Counter(where.values())
            emap = engine_sentences(sc, d, gold, out)
            kclaims = key_claims(key)
            eclaims = lambda sid: {where[x] for x in emap.get(sid, ()) if x in where}
            for x, y in itertools.combinations(sorted(emap), 2):
                if x.split(":")[0] == y.split(":")[0]:
                    continue
                same_key = bool(kclaims.get(x, set()) & kclaims.get(y, set()))
                same_engine = bool(eclaims(x) & eclaims(y))
                if same_key == same_engine:
                    continue
                pairs = [(u[0], u[1], v[0], v[1]) for u in emap[x] for v in emap[y]]
                best = max((prob[p] for p in pairs if p in prob), default=None)
                bundled = len(kclaims.get(x, ())) > 1 or len(kclaims.get(y, ())) > 1
                if same_engine:
                    cause = FALSE[0] if best is not None and best >= edge else \
                        FALSE[1] if best is not None and best >= link else FALSE[2]
                    false[name][cause] += 1
                    false[name][cause + ", bundled"] += bundled
                    continue
                if not pairs:
                    cause = "unmapped"
                elif best is None:
                    cause = "under the gate" if any(p in prob_open for p in pairs) else "no word"
                else:
                    cause = "edge, apart" if best >= edge else "link to edge" if best >= link else "under link"
                missed[name][cause] += 1
                missed[name][cause + ", bundled"] += bundled
                if cause in ("under link", "link to edge", "edge, apart"):
                    alone = sum(min(size[c] for c in eclaims(s)) == 1 for s in (x, y) if eclaims(s))
                    missed[name][cause + ", " + ("two claims", "one alone", "both alone")[alone]] += 1
                text = lambda sid: " / ".join(out["sources"][i]["sentences"][j]["text"][:110]
                                              for i, j in sorted(emap[sid]))
                examples[cause].append(f"{name} {os.path.basename(key_file)} p={best}: {text(x)} || {text(y)}")
    names = [s[0] for s in sets]
    total_m = sum((missed[n] for n in names), collections.Counter())
    total_f = sum((false[n] for n in names), collections.Counter())
    print(f"few_edge {edge:g}, few_link {link:g}; missed pairs by class (bundled: a key sentence in two claims or more)")
    print("class".ljust(16) + "".join(n[:9].rjust(10) for n in names) + "all".rjust(8) + "  bundled")
    for c in MISSED:
        print(c.ljust(16) + "".join(str(missed[n][c]).rjust(10) for n in names) + str(total_m[c]).rjust(8)
              + str(total_m[c + ", bundled"]).rjust(9))
    print("missed".ljust(16) + "".join(str(sum(missed[n][c] for c in MISSED)).rjust(10) for n in names)
          + str(sum(total_m[c] for c in MISSED)).rjust(8))
    for c in ("under link", "link to edge", "edge, apart"):
        print(f"  {c}: " + ", ".join(f"{w} {total_m[c + ', ' + w]}" for w in ("two claims", "one alone", "both alone")))
    print("false pairs by their own link")
    for c in FALSE:
        print(c.ljust(16) + "".join(str(false[n][c]).rjust(10) for n in names) + str(total_f[c]).rjust(8)
              + str(total_f[c + ", bundled"]).rjust(9))
    if a.examples:
        rng = random.Random(1)
        for c in MISSED:
            for e in rng.sample(examples[c], min(a.examples, len(examples[c]))):
                print(f"[{c}] {e}")


if __name__ == "__main__":
    main()
