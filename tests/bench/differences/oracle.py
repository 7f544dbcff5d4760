#!/usr/bin/env python3
"""Differences on real coverage, measured apart from alignment.

usage: tests/bench/differences/oracle.py [--cli build/app/cli/parallax-cli] [--split dev|held|all]
                                         [--keys DIR --events DIR] [--verbose] [--units FILE]

For every key (basil-dev by the team's fixed split: dev = events 38f7cbb7, 450755dd, 6b541575,
85475456; held-out = 97b1305c, c21cb217; or all keys in --keys with their --events), runs the differ
twice: on the claims `parallax-cli compare` aligns (judged as ../shared/bench/score-claims.py judges
them) and on the key's own claims (the oracle: `parallax-cli compare-claims`, each key claim's member
sentences mapped to the engine's sentences). Prints, for both, difference precision, recall of the
key's differences (high salience and all) and traps hit, and per confidence band and per kind how
many flags are real: the promise is that of the flags at 0.8 or above at least four in five are.
Slot links (a claim's "linked_differences") are judged by the sentences they span (judge_links());
"engine alignment + slot links" adds them to the engine's own flags.
--units FILE writes every judged flag as a JSON line (alignment, kind, confidence, verdict, summary)
for fitting confidences on the dev split. Needs ../shared (scorer and corpus) beside the project."""
import argparse, importlib.util, itertools, json, os, subprocess, sys, tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
BASIL = os.path.join(SHARED, "corpus", "basil-dev")
SPLITS = {"dev": ["38f7cbb7", "450755dd", "6b541575", "85475456"], "held": ["97b1305c", "c21cb217"]}
BANDS = [(0.0, 0.5), (0.5, 0.8), (0.8, 1.01)]


def load_scorer():
    path = os.path.join(SHARED, "bench", "score-claims.py")
    spec = importlib.util.spec_from_file_location("score_claims", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def key_sets(split, extra):
    """The key sets a study reads: basil-dev's keys of @split ("dev" when None and there is no
    @extra), then each "KEYS:EVENTS" of @extra, as (key files, events folder) pairs."""
    sets = []
    if split or not extra:
        keys_dir = os.path.join(BASIL, "keys")
        sets.append(([os.path.join(keys_dir, f) for f in sorted(os.listdir(keys_dir)) if f[:8] in SPLITS[split or "dev"]],
                     os.path.join(BASIL, "events")))
    for spec in extra:
        keys, events = spec.split(":")
        sets.append(([os.path.join(keys, f) for f in sorted(os.listdir(keys)) if f.endswith(".json")], events))
    return sets


def outlet_of(sid):
    return sid.split(":")[0]


def key_units(key):
    """(kind, x, y, claim id) -> salience, for every pair of outlets a key difference opposes."""
    units = {}
    for c in key["claims"]:
        for d in c.get("differences", []):
            for i, j in itertools.combinations(range(len(d["sides"])), 2):
                for a in d["sides"][i]:
                    for b in d["sides"][j]:
                        if outlet_of(a) != outlet_of(b):
                            x, y = sorted((outlet_of(a), outlet_of(b)))
                            units.setdefault((d["kind"], x, y, c["id"]), d.get("salience", "high"))
    return units


def engine_map(sc, d, gold, out):
    """Key sentence id -> the engine's (source, sentence) pairs that overlap it."""
    emap = {}
    for si, (outlet, fname, sents) in enumerate(zip(gold["outlets"], gold["files"], gold["sentences"])):
        text = open(os.path.join(d, fname), encoding="utf-8").read()
        for s, hits in zip(sents, sc.map_gold_to_engine(sents, text, out["sources"][si])):
            emap[f"{outlet}:{s['n']}"] = {(si, j) for j in hits}
    return emap


def judge_oracle(sc, key, gold, out, emap):
    """Flags on the key's own claims (claim i of the output is the key's claim i)."""
    outlets = gold["outlets"]
    units = key_units(key)
    found, flags = set(), []
    # the engine sentences of each key claim: two key claims whose sentences map onto the same engine
    # sentences (a key sentence split or joined by the engine) hold the same differences, and a
    # difference the key lists under the other is judged as it is there, as judge_engine() does
    refs = {c["id"]: {m: emap.get(m, set()) for m in c["members"]} for c in key["claims"]}
    def covers(cid, other, x, y):
        mine = set().union(*refs[cid].values()) if refs[cid] else set()
        return (any(refs[other][m] & mine for m in refs[other] if outlet_of(m) == x)
                and any(refs[other][m] & mine for m in refs[other] if outlet_of(m) == y))
    for ci, c in enumerate(key["claims"]):
        members = set(c["members"])
        for dfr in out["claims"][ci].get("differences", []):
            side = sc.sides_of(dfr, out)
            for s1, s2 in itertools.combinations(sorted(side), 2):
                if side[s1] == side[s2]:
                    continue
                x, y = sorted((outlets[s1], outlets[s2]))
                unit = (dfr["kind"], x, y, c["id"])
                if unit not in units:
                    unit = next((k for k in units if k[:3] == (dfr["kind"], x, y) and k[3] != c["id"]
                                 and covers(c["id"], k[3], x, y)), unit)
                same = units.get(unit)
                low = any(k[0] in sc.LOW and k[1:] == (x, y, c["id"]) for k in units)
                if same is not None and dfr["kind"] not in sc.LOW:
                    verdict = "right"
                    found.add(unit)
                elif same is not None or low:
                    verdict = "neutral"
                elif any(t["kind"] == dfr["kind"] and set(t["between"]) <= members
                         and {outlet_of(t["between"][0]), outlet_of(t["between"][1])} == {x, y}
                         for t in key.get("not_differences", [])):
                    verdict = "trap"
                else:
                    verdict = "false"
                flags.append(dict(kind=dfr["kind"], confidence=dfr.get("confidence", 0.0), verdict=verdict,
                                  pair=f"{x}/{y}", claim=c["id"], summary=dfr.get("summary", ""),
                                  features=dfr.get("features")))
    missed = [(k, s) for k, s in units.items() if k[0] not in sc.LOW and k not in found]
    high = [k for k, s in units.items() if k[0] not in sc.LOW and s == "high"]
    every = [k for k in units if k[0] not in sc.LOW]
    return flags, dict(got_high=sum(k in found for k in high), k_high=len(high),
                       got_all=sum(k in found for k in every), k_all=len(every)), missed, units


def judge_engine(sc, key, gold, out, emap):
    """Flags on the engine's claims, judged as score-claims.py does."""
    outlets = gold["outlets"]
    where = sc.claim_index(out)
    eclaims = lambda sid: {where[x] for x in emap.get(sid, ()) if x in where}
    units = key_units(key)
    members = {c["id"]: c["members"] for c in key["claims"]}
    covers = lambda ci, cid, x, y: (any(ci in eclaims(m) for m in members[cid] if outlet_of(m) == x)
                                   and any(ci in eclaims(m) for m in members[cid] if outlet_of(m) == y))
    found, flags = set(), []
    for ci, c in enumerate(out["claims"]):
        for dfr in c.get("differences", []):
            side = sc.sides_of(dfr, out)
            for s1, s2 in itertools.combinations(sorted(side), 2):
                if side[s1] == side[s2]:
                    continue
                x, y = sorted((outlets[s1], outlets[s2]))
                match = [k for k in units if k[1:3] == (x, y) and covers(ci, k[3], x, y)]
                same = [k for k in match if k[0] == dfr["kind"]]
                if same and dfr["kind"] not in sc.LOW:
                    verdict = "right"
                    found.update(same)
                elif same or any(k[0] in sc.LOW for k in match):
                    verdict = "neutral"
                elif any(t["kind"] == dfr["kind"] and {outlet_of(t["between"][0]), outlet_of(t["between"][1])} == {x, y}
                         and ci in eclaims(t["between"][0]) and ci in eclaims(t["between"][1])
                         for t in key.get("not_differences", [])):
                    verdict = "trap"
                else:
                    verdict = "false"
                flags.append(dict(kind=dfr["kind"], confidence=dfr.get("confidence", 0.0), verdict=verdict,
                                  pair=f"{x}/{y}", claim=ci, summary=dfr.get("summary", ""),
                                  features=dfr.get("features")))
    lflags, lfound = judge_links(sc, key, gold, out, emap)
    high = [k for k, s in units.items() if k[0] not in sc.LOW and s == "high"]
    every = [k for k in units if k[0] not in sc.LOW]
    both = found | lfound
    return flags, dict(got_high=sum(k in found for k in high), k_high=len(high),
                       got_all=sum(k in found for k in every), k_all=len(every)), lflags, \
        dict(got_high=sum(k in both for k in high), k_high=len(high), got_all=sum(k in both for k in every),
             k_all=len(every))


def judge_links(sc, key, gold, out, emap):
    """Slot links (a claim's "linked_differences": figures of sentences the aligner put in two claims),
    judged as score-claims.py judges a flag but with the sentences the link spans (its "members") in place
    of the claim's: right when they hold a mapped member of each outlet of a key claim whose difference of
    that kind opposes the two outlets. The shared scorer reads only "differences" and never sees these."""
    outlets = gold["outlets"]
    units = key_units(key)
    members = {c["id"]: c["members"] for c in key["claims"]}
    found, flags = set(), []
    for ci, c in enumerate(out["claims"]):
        for dfr in c.get("linked_differences", []):
            spans = {(m["source"], m["sentence"]) for m in dfr.get("members", [])}
            side = sc.sides_of(dfr, out)
            held = lambda sid: bool(emap.get(sid, set()) & spans)
            covers = lambda cid, x, y: (any(held(m) for m in members[cid] if outlet_of(m) == x)
                                        and any(held(m) for m in members[cid] if outlet_of(m) == y))
            for s1, s2 in itertools.combinations(sorted(side), 2):
                if side[s1] == side[s2]:
                    continue
                x, y = sorted((outlets[s1], outlets[s2]))
                match = [k for k in units if k[1:3] == (x, y) and covers(k[3], x, y)]
                same = [k for k in match if k[0] == dfr["kind"]]
                if same and dfr["kind"] not in sc.LOW:
                    verdict = "right"
                    found.update(same)
                elif same or any(k[0] in sc.LOW for k in match):
                    verdict = "neutral"
                elif any(t["kind"] == dfr["kind"] and {outlet_of(t["between"][0]), outlet_of(t["between"][1])} == {x, y}
                         and held(t["between"][0]) and held(t["between"][1]) for t in key.get("not_differences", [])):
                    verdict = "trap"
                else:
                    verdict = "false"
                flags.append(dict(kind=dfr["kind"], confidence=dfr.get("confidence", 0.0), verdict=verdict,
                                  pair=f"{x}/{y}", claim=ci, summary=dfr.get("summary", ""),
                                  features=dfr.get("features")))
    return flags, found


def summary(name, flags, recall):
    right = sum(f["verdict"] == "right" for f in flags)
    judged = sum(f["verdict"] in ("right", "false", "trap") for f in flags)
    print(f"{name}: difference precision {right}/{judged} ({right / max(judged, 1):.2f}, "
          f"{sum(f['verdict'] == 'neutral' for f in flags)} neutral); recall high {recall['got_high']}/{recall['k_high']} "
          f"({recall['got_high'] / max(recall['k_high'], 1):.2f}), all {recall['got_all']}/{recall['k_all']}; "
          f"traps hit {sum(f['verdict'] == 'trap' for f in flags)}")


def bands(flags):
    for lo, hi in BANDS:
        band = [f for f in flags if lo <= f["confidence"] < hi]
        right = sum(f["verdict"] == "right" for f in band)
        judged = sum(f["verdict"] in ("right", "false", "trap") for f in band)
        print(f"  confidence {lo:.1f}-{min(hi, 1):.1f}: {len(band):3d} flagged, {right} right, "
              f"{len(band) - judged} neutral, {judged - right} false; precision {right}/{judged}")
    for kind in sorted({f["kind"] for f in flags}):
        kf = [f for f in flags if f["kind"] == kind]
        right = sum(f["verdict"] == "right" for f in kf)
        judged = sum(f["verdict"] in ("right", "false", "trap") for f in kf)
        print(f"  {kind:13s} {len(kf):3d} flagged, mean confidence {sum(f['confidence'] for f in kf) / len(kf):.2f}, "
              f"right {right}/{judged}")


def add(total, recall):
    for k, v in recall.items():
        total[k] = total.get(k, 0) + v


def run(sc, cli, keys, events, verbose, dump, label, quiet=False):
    oracle_flags, engine_flags, oracle_recall, engine_recall = [], [], {}, {}
    linked_flags, linked_recall = [], {}
    for kf in keys:
        key = json.load(open(kf))
        prefix = os.path.basename(kf).split(".")[0]
        d, gold = sc.load_event(events, prefix)
        files = [os.path.join(d, x) for x in gold["files"]]
        out = sc.run_cli(cli, files)
        emap = engine_map(sc, d, gold, out)
        eflags, erecall, lflags, lrecall = judge_engine(sc, key, gold, out, emap)
        claims = [sorted({ref for m in c["members"] for ref in emap.get(m, ())}) for c in key["claims"]]
        with tempfile.NamedTemporaryFile("w", suffix=".json") as tmp:
            json.dump([[list(r) for r in c] for c in claims], tmp)
            tmp.flush()
            p = subprocess.run([cli, "compare-claims", tmp.name] + files, capture_output=True, timeout=300)
        if p.returncode != 0:
            print(f"{prefix}: compare-claims failed: {p.stderr.decode(errors='replace')[:300]}")
            continue
        oflags, orecall, missed, _ = judge_oracle(sc, key, gold, json.loads(p.stdout), emap)
        if verbose:
            print(f"== {os.path.basename(kf)}")
            for k, s in missed:
                print(f"    oracle missed {k[0]} {k[1]}/{k[2]} {k[3]} [{s}]")
            for f in oflags:
                if f["verdict"] != "right":
                    print(f"    oracle {f['verdict']} {f['kind']} {f['pair']} {f['claim']} ({f['confidence']:.2f}): {f['summary'][:150]}")
            for f in eflags:
                if f["verdict"] != "right":
                    print(f"    engine {f['verdict']} {f['kind']} {f['pair']} ({f['confidence']:.2f}): {f['summary'][:150]}")
            for f in lflags:
                print(f"    link {f['verdict']} {f['kind']} {f['pair']} ({f['confidence']:.2f}): {f['summary'][:150]}")
        for f in oflags + eflags + lflags:
            f["key"] = prefix
        for f in oflags:
            f["alignment"] = "oracle"
        for f in eflags:
            f["alignment"] = "engine"
        for f in lflags:
            f["alignment"] = "linked"
        oracle_flags += oflags
        engine_flags += eflags
        linked_flags += lflags
        add(linked_recall, lrecall)
        add(oracle_recall, orecall)
        add(engine_recall, erecall)
        if dump:
            for f in oflags + eflags + lflags:
                dump.write(json.dumps(dict(f, split=label)) + "\n")
    if not quiet:
        summary(f"{label} engine alignment", engine_flags, engine_recall)
        summary(f"{label} engine alignment + slot links", engine_flags + linked_flags, linked_recall)
        summary(f"{label} oracle alignment", oracle_flags, oracle_recall)
        print(f"{label} confidence bands, both alignments and slot links:")
        bands(engine_flags + oracle_flags + linked_flags)
    return engine_flags + oracle_flags + linked_flags


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "app", "cli", "parallax-cli"))
    ap.add_argument("--split", default="all", choices=["dev", "held", "all"])
    ap.add_argument("--keys")
    ap.add_argument("--events")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--units")
    a = ap.parse_args()
    if not os.path.isdir(SHARED):
        print(f"differences: no {SHARED}: nothing to measure")
        return 0
    sc = load_scorer()
    dump = open(a.units, "w") if a.units else None
    if a.keys:
        keys = sorted(os.path.join(a.keys, f) for f in os.listdir(a.keys) if f.endswith(".json"))
        run(sc, a.cli, keys, a.events or os.path.join(BASIL, "events"), a.verbose, dump, os.path.basename(a.keys.rstrip("/")))
        return 0
    keys_dir = os.path.join(BASIL, "keys")
    for split in (["dev", "held"] if a.split == "all" else [a.split]):
        keys = sorted(os.path.join(keys_dir, f) for f in os.listdir(keys_dir) if f[:8] in SPLITS[split])
        run(sc, a.cli, keys, os.path.join(BASIL, "events"), a.verbose, dump, split)
    return 0


if __name__ == "__main__":
    sys.exit(main())
