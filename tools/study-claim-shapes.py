#!/usr/bin/env python3
"""The engine's claims on the development keys by shape, and which shapes hold false pairs
(hub25: a sentence of one outlet joined with a run of another outlet's sentences).

usage: tools/study-claim-shapes.py --cli build/app/cli/parallax-cli [--shared ../shared] --keys-dir DIR...
                                   [--drop T,...] [--examples N]

Runs `compare` on each keyed event with PARALLAX_ALIGN_TRACE set (px-align.c writes each claim of the
aligner and the link of each two of its members of two outlets) and PARALLAX_HUB_SHARE=0 (the claims as
they were before px-align.c's hub rule, hub_apart(), which this study chose), and reads the claims of
the JSON output.
A pair of engine sentences of two outlets in one claim is a key pair when key sentences they overlap
(as ../shared/bench/score-claims.py maps them) share a key claim, unscored when one overlaps no key
sentence. Printed:
  shapes   claims by their members per outlet ("1+4": one outlet's one sentence, another's four),
           with their pairs and the share of them that are key pairs;
  members  each member of an outlet that has two members or more in its claim (a "run"), by its own
           mean link to the claim's members of other outlets, and whether it is its outlet's best-linked
           member there: the share of its pairs that are key pairs. Removing pairs of which a share s
           are key pairs raises the pooled F1 when s < F1 / 2;
  drop T   the pooled figures of the score-claims.py count with each run member that is not its outlet's
           best-linked member in the claim and whose mean link is under T taken out of its claim
           (alone), as a quick check of a rule before it is built (--drop 0.1,0.15,...);
  ratio R  the same with each run member linked at under R of its outlet's best link taken out, where
           the claim's other outlets have one member at most, two, or any (--ratio 0.4,0.5,...): with one,
           the hub rule (px-align.c HUB_SHARE);
  loso     (--loso R,...) that rule's R chosen on all sets but one (0, no rule, among them), that set
           scored at it, pooled.
Development sets only (basil-dev's development events, always; --keys-dir OUT/<set> of
tests/bench/claims/keyed-events.py); never a blind set (K15, K20, K23): the script refuses them."""
import argparse, collections, glob, itertools, json, os, tempfile

from corpus_args import (add_corpus_arguments, development_sets, engine_sentences, key_claims, load_scorer,
                         pair_counts, refuse_blind, traced_compare)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(cli, files):
    """The output of compare and the links of its claims' members, by the output's source indexes: the
    aligner reads the sources in an order of its own, found here as the order under which the most of its
    claims are claims of the output."""
    return traced_compare(cli, files, PARALLAX_HUB_SHARE="0")[:2]


def load(a, sc):
    events = []
    with tempfile.TemporaryDirectory() as tmp:
        sets = development_sets(a.shared, a.keys_dir, tmp)
        for name, keys, evdir in sets:
            for key_file in sorted(glob.glob(os.path.join(keys, "*.json"))):
                key = json.load(open(key_file))
                d, gold = sc.load_event(evdir, os.path.basename(key_file).split(".")[0])
                out, links = run(a.cli, [os.path.join(d, f) for f in gold["files"]])
                emap = engine_sentences(sc, d, gold, out)
                kclaims = key_claims(key)
                back = collections.defaultdict(set)  # engine sentence -> key sentences
                for sid, hits in emap.items():
                    for h in hits:
                        back[h].add(sid)
                events.append(dict(set=name, event=os.path.basename(key_file), out=out, links=links, emap=emap,
                                   kclaims=kclaims, back=back))
    return events


def pair_kind(ev, x, y):
    """'key', 'false' or 'unscored' for two engine sentences of two outlets in one claim."""
    if not ev["back"][x] or not ev["back"][y]:
        return "unscored"
    for a in ev["back"][x]:
        for b in ev["back"][y]:
            if ev["kclaims"].get(a, set()) & ev["kclaims"].get(b, set()):
                return "key"
    return "false"


def members(claim):
    return [(m["source"], m["sentence"]) for m in claim["members"]]


def runs(ev, ms):
    """Each member of an outlet with two members or more: (member, mean link to other outlets, is best)."""
    res = []
    by = collections.defaultdict(list)
    for m in ms:
        by[m[0]].append(m)
    for src, own in by.items():
        if len(own) < 2:
            continue
        others = [o for o in ms if o[0] != src]
        if not others:
            continue
        means = {}
        for m in own:
            ls = [ev["links"].get((m, o)) for o in others]
            if any(v is None for v in ls):
                means[m] = None  # joined after the aligner (a slot join): no links read
            else:
                means[m] = sum(ls) / len(ls)
        known = [v for v in means.values() if v is not None]
        best = max(known) if known else None
        for m in own:
            res.append((m, means[m], means[m] is not None and means[m] == best, src,
                        means[m] / best if means[m] is not None and best else None, len(others)))
    return res


def score(events, drop=None):
    """score-claims.py's pair counts over @events, with the members @drop(ev, claim) returns taken out."""
    tp = fp = fn = 0
    for ev in events:
        where = {}
        for ci, c in enumerate(ev["out"]["claims"]):
            ms = members(c)
            gone = drop(ev, ms) if drop else set()
            for m in ms:
                where[m] = ("alone", m) if m in gone else ci
        counts = pair_counts(ev["emap"], ev["kclaims"], where)
        tp, fp, fn = tp + counts[0], fp + counts[1], fn + counts[2]
    return figures(tp, fp, fn)


def figures(tp, fp, fn):
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return 2 * p * r / max(1e-9, p + r), p, r, (tp, fp, fn)


def main():
    ap = argparse.ArgumentParser()
    add_corpus_arguments(ap)
    ap.add_argument("--drop", default="")
    ap.add_argument("--ratio", default="")
    ap.add_argument("--loso", default="")
    ap.add_argument("--examples", type=int, default=0)
    a = ap.parse_args()
    refuse_blind(a.keys_dir)
    sc = load_scorer(a.shared)
    events = load(a, sc)

    shapes = collections.defaultdict(collections.Counter)
    buckets = collections.defaultdict(collections.Counter)
    edges = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4)
    examples = []
    for ev in events:
        for c in ev["out"]["claims"]:
            ms = members(c)
            per = collections.Counter(m[0] for m in ms)
            if len(per) < 2:
                continue
            shape = "+".join(str(v) for v in sorted(per.values()))
            if len(shape) > 12:
                shape = "larger"
            shapes[shape]["claims"] += 1
            for x, y in itertools.combinations(ms, 2):
                if x[0] != y[0]:
                    shapes[shape][pair_kind(ev, x, y)] += 1
            for m, mean, best, src, ratio, n_other in runs(ev, ms):
                if mean is None:
                    continue
                band = next((f"<{e:g}" for e in edges if mean < e), f">={edges[-1]:g}")
                row = ("best " if best else "other ") + band
                for o in ms:
                    if o[0] != src:
                        buckets[row][pair_kind(ev, m, o)] += 1
                buckets[row]["members"] += 1
                if not best:
                    band = next((f"<{e:g}" for e in (0.5, 0.6, 0.7, 0.8, 0.9) if ratio < e), ">=0.9")
                    row2 = f"ratio {band} of {min(n_other, 3)}"
                    for o in ms:
                        if o[0] != src:
                            buckets[row2][pair_kind(ev, m, o)] += 1
                    buckets[row2]["members"] += 1
                if not best and mean < 0.15 and len(examples) < a.examples:
                    text = lambda s: ev["out"]["sources"][s[0]]["sentences"][s[1]]["text"][:100]
                    examples.append(f"{ev['set']} {ev['event']} mean {mean:.3f}: {text(m)}")

    def show(name, c):
        judged = c["key"] + c["false"]
        share = c["key"] / judged if judged else 0
        print(f"{name:14s}{c.get('claims', c.get('members', 0)):8d}{c['key']:7d}{c['false']:7d}{c['unscored']:7d}"
              f"{share:8.2f}")

    print("{} events; pooled F1 {:.4f} (P {:.3f} R {:.3f})".format(len(events), *score(events)[:3]))
    print("shape           claims    key  false  unsc.  key share")
    for s in sorted(shapes, key=lambda s: -shapes[s]["claims"]):
        show(s, shapes[s])
    print("run member    members    key  false  unsc.  key share   (pairs to the claim's other outlets)")
    for b in sorted(buckets):
        show(b, buckets[b])
    for t in (float(v) for v in a.drop.split(",") if v):
        def drop(ev, ms, t=t):
            return {m for m, mean, best, _, _, _ in runs(ev, ms) if mean is not None and not best and mean < t}
        f, p, r, _ = score(events, drop)
        print(f"drop run members under {t:g}: F1 {f:.4f} (P {p:.3f} R {r:.3f})")
    for t in (float(v) for v in a.ratio.split(",") if v):
        for most in (1, 2, 99):
            def drop(ev, ms, t=t, most=most):
                return {m for m, mean, best, _, ratio, n_other in runs(ev, ms)
                        if ratio is not None and not best and ratio < t and n_other <= most}
            f, p, r, _ = score(events, drop)
            print(f"drop run members under {t:g} of their outlet's best, {most} other-outlet members at most: "
                  f"F1 {f:.4f} (P {p:.3f} R {r:.3f})")
    if a.loso:
        # the ratio (with one other-outlet member at most) chosen without each set, that set scored at it
        grid = [0] + [float(v) for v in a.loso.split(",")]
        drops = {t: (lambda ev, ms, t=t: {m for m, mean, best, _, ratio, n_other in runs(ev, ms)
                                          if ratio is not None and not best and ratio < t and n_other <= 1})
                 for t in grid}
        names = sorted({ev["set"] for ev in events})
        counts = {(n, t): score([ev for ev in events if ev["set"] == n], drops[t])[3] for n in names for t in grid}
        for t in grid:
            tot = [sum(counts[(n, t)][i] for n in names) for i in range(3)]
            print(f"  all sets at {t:g}: F1 {figures(*tot)[0]:.6f} (tp {tot[0]} fp {tot[1]} fn {tot[2]})")
        pooled = [0, 0, 0]
        for n in names:
            rest = {t: figures(*[sum(counts[(o, t)][i] for o in names if o != n) for i in range(3)])[0] for t in grid}
            t = max(grid, key=lambda t: (round(rest[t], 6), -t))
            pooled = [x + y for x, y in zip(pooled, counts[(n, t)])]
            print(f"  without {n}: {t:g} chosen; {n} F1 {figures(*counts[(n, t)])[0]:.4f} "
                  f"(at 0 {figures(*counts[(n, 0)])[0]:.4f})")
        f, p, r, _ = figures(*pooled)
        print(f"leave one set out: pooled F1 {f:.4f} (P {p:.3f} R {r:.3f})")
    for e in examples:
        print(e)


if __name__ == "__main__":
    main()
