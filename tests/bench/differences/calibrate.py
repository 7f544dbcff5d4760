#!/usr/bin/env python3
"""How well a difference's confidence says whether it is real, on the basil-dev keys.

usage: tests/bench/differences/calibrate.py [--cli build/app/cli/parallax-cli] [--split dev|held|all]

Runs `parallax-cli compare` on the triplets of the split (the team's fixed split: dev = events
38f7cbb7, 450755dd, 6b541575, 85475456; held-out = 97b1305c, c21cb217), judges every flagged
difference the way ../shared/bench/score-claims.py does (right, neutral, false, trap) and prints,
per confidence band and per kind, how many are real. The confidences in px-differ.c are chosen on
the dev split only; the held-out split checks the promise that of the flags at 0.8 or above at least
four in five are real. Needs ../shared (the scorer and the corpus) beside the project."""
import argparse, importlib.util, itertools, json, os, sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
SPLITS = {"dev": ["38f7cbb7", "450755dd", "6b541575", "85475456"], "held": ["97b1305c", "c21cb217"]}
BANDS = [(0.0, 0.5), (0.5, 0.8), (0.8, 1.01)]


def load_scorer():
    path = os.path.join(SHARED, "bench", "score-claims.py")
    spec = importlib.util.spec_from_file_location("score_claims", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def judge(sc, key, out, d, gold):
    """(kind, confidence, verdict) for every engine difference unit, as score-claims.py counts them."""
    outlets = gold["outlets"]
    emap = {}
    for si, (outlet, fname, sents) in enumerate(zip(outlets, gold["files"], gold["sentences"])):
        text = open(os.path.join(d, fname), encoding="utf-8").read()
        for s, h in zip(sents, sc.map_gold_to_engine(sents, text, out["sources"][si])):
            emap[f"{outlet}:{s['n']}"] = {(si, j) for j in h}
    where = sc.claim_index(out)
    eclaims = lambda sid: {where[x] for x in emap.get(sid, ()) if x in where}
    outlet_of = lambda sid: sid.split(":")[0]
    kunits = []
    for c in key["claims"]:
        for dfr in c.get("differences", []):
            for i, j in itertools.combinations(range(len(dfr["sides"])), 2):
                for a in dfr["sides"][i]:
                    for b in dfr["sides"][j]:
                        if outlet_of(a) != outlet_of(b):
                            x, y = sorted((outlet_of(a), outlet_of(b)))
                            kunits.append(dict(kind=dfr["kind"], x=x, y=y, members=c["members"]))
    traps = key.get("not_differences", [])
    res = []
    for ci, c in enumerate(out["claims"]):
        for dfr in c.get("differences", []):
            side = sc.sides_of(dfr, out)
            for s1, s2 in itertools.combinations(sorted(side), 2):
                if side[s1] == side[s2]:
                    continue
                x, y = sorted((outlets[s1], outlets[s2]))
                covers = lambda k: (any(ci in eclaims(m) for m in k["members"] if outlet_of(m) == x)
                                    and any(ci in eclaims(m) for m in k["members"] if outlet_of(m) == y))
                match = [k for k in kunits if k["x"] == x and k["y"] == y and covers(k)]
                same = [k for k in match if k["kind"] == dfr["kind"]]
                if same and any(k["kind"] not in sc.LOW for k in same):
                    verdict = "right"
                elif same or any(k["kind"] in sc.LOW for k in match):
                    verdict = "neutral"
                elif any(t["kind"] == dfr["kind"] and {outlet_of(t["between"][0]), outlet_of(t["between"][1])} == {x, y}
                         and ci in eclaims(t["between"][0]) and ci in eclaims(t["between"][1]) for t in traps):
                    verdict = "trap"
                else:
                    verdict = "false"
                res.append((dfr["kind"], dfr.get("confidence", 0.0), verdict))
    return res


def report(name, units):
    print(f"== {name}: {len(units)} flagged (outlet pairs)")
    for lo, hi in BANDS:
        band = [u for u in units if lo <= u[1] < hi]
        right = sum(u[2] == "right" for u in band)
        judged = sum(u[2] in ("right", "false", "trap") for u in band)
        print(f"  confidence {lo:.1f}-{min(hi, 1):.1f}: {len(band):3d} flagged, {right} right, "
              f"{sum(u[2] == 'neutral' for u in band)} neutral, {judged - right} false "
              f"({sum(u[2] == 'trap' for u in band)} traps); precision {right}/{judged}")
    for kind in sorted({u[0] for u in units}):
        ku = [u for u in units if u[0] == kind]
        right = sum(u[2] == "right" for u in ku)
        judged = sum(u[2] in ("right", "false", "trap") for u in ku)
        mean = sum(u[1] for u in ku) / len(ku)
        print(f"  {kind:13s} {len(ku):3d} flagged, mean confidence {mean:.2f}, right {right}/{judged}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "app", "cli", "parallax-cli"))
    ap.add_argument("--split", default="all", choices=["dev", "held", "all"])
    a = ap.parse_args()
    if not os.path.isdir(SHARED):
        print(f"calibrate: no {SHARED}: nothing to measure")
        return 0
    sc = load_scorer()
    keys_dir = os.path.join(SHARED, "corpus", "basil-dev", "keys")
    events_dir = os.path.join(SHARED, "corpus", "basil-dev", "events")
    for split in (["dev", "held"] if a.split == "all" else [a.split]):
        units = []
        for prefix in SPLITS[split]:
            for kf in sorted(f for f in os.listdir(keys_dir) if f.startswith(prefix)):
                key = json.load(open(os.path.join(keys_dir, kf)))
                d, gold = sc.load_event(events_dir, prefix)
                out = sc.run_cli(a.cli, [os.path.join(d, x) for x in gold["files"]])
                units += judge(sc, key, out, d, gold)
        report(split, units)
    return 0


if __name__ == "__main__":
    sys.exit(main())
