#!/usr/bin/env python3
"""Where the key's differences are lost: alignment, slot matching, value reading or confidence.

usage: tests/bench/differences/losses.py [--cli build/app/cli/parallax-cli] [--split dev|held]
                                         [--keys DIR --events DIR ...] [--salience high|all] [--verbose]

For every difference of a key (kinds the scorer judges; high salience by default), outlet pair by outlet
pair as ../shared/bench/score-claims.py counts them, says at which stage it is lost:
  found        the engine flags it, on its own claims, at confidence 0.8 or above (the window's view)
  found by a slot link   a slot link (a claim's "linked_differences": the differ's comparison of two
               sentences the aligner put in two claims) flags it at 0.8 or above; "slot link below 0.8"
  confidence   the engine flags it on its own claims, below 0.8
  alignment    no claim of the engine holds a sentence of each side; "(differ finds it)" when the differ
               flags it on the key's own claims, so alignment alone loses it; "a claim holds other
               sentences of both" when an engine claim holds sentences of the key's claim from both
               outlets (the scorer would count a flag there), but not those that carry the difference
  claim        the engine's claim holds both sides but the differ flags it only on the key's claim
  differ:      the differ does not flag it even on the key's own claim (compare-claims):
    value      a side's sentences give no value of the kind the differ reads (a number, a time, a quote,
               a name in a role): the value is not parsed
    slot       both sides' values are read but never put in one topic, or the topic's slot is judged too
               weak (dropped)
    agree      the values are in one topic and judged equal
    rule       hedging, contradiction: no rule fires on the pair
    kind       flagged, as another kind
Needs ../shared (the scorer and, for --split, the basil-dev corpus) beside the project. The trace comes
from PARALLAX_DIFFER_TRACE (px-differ.c). Only development keys: --split held is for the final check."""
import argparse, collections, itertools, json, os, subprocess, sys, tempfile, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("oracle", os.path.join(HERE, "oracle.py"))
oracle = importlib.util.module_from_spec(spec)
spec.loader.exec_module(oracle)
TRACED = {"number", "time", "quote", "entity"}


def key_differences(key, sc):
    """(kind, x, y, claim id, salience, x-side members, y-side members, what) for each opposed outlet pair."""
    out = {}
    for c in key["claims"]:
        for d in c.get("differences", []):
            if d["kind"] in sc.LOW:
                continue
            for i, j in itertools.combinations(range(len(d["sides"])), 2):
                for a in d["sides"][i]:
                    for b in d["sides"][j]:
                        xa, xb = oracle.outlet_of(a), oracle.outlet_of(b)
                        if xa == xb:
                            continue
                        (x, mx), (y, my) = sorted(((xa, a), (xb, b)))
                        unit = out.setdefault((d["kind"], x, y, c["id"]),
                                              dict(salience=d.get("salience", "high"), xs=set(), ys=set(),
                                                   what=d.get("what", "")))
                        unit["xs"].add(mx)
                        unit["ys"].add(my)
    return out


def flagged(out, ci, kind, sx, sy):
    """The confidence of the claim's flag of @kind opposing sources sx and sy, or None; and the kinds
    that do oppose them."""
    best, kinds = None, set()
    for dfr in out["claims"][ci].get("differences", []):
        side = dfr.get("sides")
        if not isinstance(side, list):
            continue
        where = {s: k for k, grp in enumerate(side) for s in grp}
        if sx in where and sy in where and where[sx] != where[sy]:
            kinds.add(dfr["kind"])
            if dfr["kind"] == kind:
                best = max(best or 0, dfr.get("confidence", 0))
    return best, kinds


def linked(out, kind, sx, sy, xrefs, yrefs):
    """The confidence of a slot link (a claim's "linked_differences") of @kind that spans a sentence of
    each side and opposes sources sx and sy, or None."""
    best = None
    for c in out["claims"]:
        for dfr in c.get("linked_differences", []):
            spans = {(m["source"], m["sentence"]) for m in dfr.get("members", [])}
            where = {s: k for k, grp in enumerate(dfr.get("sides", [])) for s in grp}
            if (dfr["kind"] == kind and spans & set(xrefs) and spans & set(yrefs) and sx in where and sy in where
                    and where[sx] != where[sy]):
                best = max(best or 0, dfr.get("confidence", 0))
    return best


def linked_at_all(out, xrefs, yrefs):
    """Whether any slot link (of any kind, at any confidence) spans a sentence of each side: the
    two claims an alignment loss sits in are tied at least there."""
    for c in out["claims"]:
        for dfr in c.get("linked_differences", []):
            spans = {(m["source"], m["sentence"]) for m in dfr.get("members", [])}
            if spans & set(xrefs) and spans & set(yrefs):
                return True
    return False


def trace_stage(trace, kind, xrefs, yrefs):
    """value / slot / agree from the differ's trace of one claim."""
    items = collections.defaultdict(set)   # (source, sentence) -> topics
    for line in trace.splitlines():
        f = line.split(" ", 7)
        if len(f) > 7 and f[0] == "differ-trace" and f[1] == "item" and f[2] == kind:
            items[(int(f[3]), int(f[4]))].add(int(f[6]))
    tx = set().union(*[items.get(r, set()) for r in xrefs]) if xrefs else set()
    ty = set().union(*[items.get(r, set()) for r in yrefs]) if yrefs else set()
    if not tx or not ty:
        return "value"
    return "agree" if tx & ty else "slot"


def alignment_place(out, where, xrefs, yrefs):
    """Where the alignment put two sides that share no claim: "not aligned" when a side's sentences are
    in no claim of two sources or more, else "different claims"."""
    def aligned(refs):
        return any(r in where and len({m["source"] for m in out["claims"][where[r]]["members"]}) > 1 for r in refs)
    return "different claims" if aligned(xrefs) and aligned(yrefs) else "not aligned"


class Event:
    """One keyed event run through the engine: the key, the outlets' files and source indices, the
    engine's compare output, where each key sentence went (emap) and each engine sentence's claim."""

    def __init__(self, sc, cli, kf, events):
        self.key = json.load(open(kf))
        self.prefix = os.path.basename(kf).split(".")[0]
        d, self.gold = sc.load_event(events, self.prefix)
        self.files = [os.path.join(d, x) for x in self.gold["files"]]
        self.src = {o: i for i, o in enumerate(self.gold["outlets"])}
        self.out = sc.run_cli(cli, self.files)
        self.emap = oracle.engine_map(sc, d, self.gold, self.out)
        self.where = sc.claim_index(self.out)

    def units(self, sc, salience):
        """The key's differences of @salience ("all" for every one) as (kind, x, y, claim id, unit,
        engine sentences of side x, of side y)."""
        for (kind, x, y, cid), u in sorted(key_differences(self.key, sc).items()):
            if salience != "all" and u["salience"] != salience:
                continue
            xrefs = sorted({r for m in u["xs"] for r in self.emap.get(m, ())})
            yrefs = sorted({r for m in u["ys"] for r in self.emap.get(m, ())})
            yield kind, x, y, cid, u, xrefs, yrefs


def compare_claim(cli, files, claim):
    """`compare-claims` on one claim (sorted (source, sentence) pairs) with the differ's trace on."""
    with tempfile.NamedTemporaryFile("w", suffix=".json") as tmp:
        json.dump([[list(r) for r in claim]], tmp)
        tmp.flush()
        return subprocess.run([cli, "compare-claims", tmp.name] + files, capture_output=True, timeout=300,
                              env=dict(os.environ, PARALLAX_DIFFER_TRACE="1"))


def run_event(sc, cli, kf, events, salience, verbose):
    e = Event(sc, cli, kf, events)
    prefix, out, emap, where = e.prefix, e.out, e.emap, e.where
    members = {c["id"]: c for c in e.key["claims"]}
    rows = []
    for kind, x, y, cid, u, xrefs, yrefs in e.units(sc, salience):
        sx, sy = e.src[x], e.src[y]
        eclaims = {where[r] for r in xrefs if r in where} & {where[r] for r in yrefs if r in where}
        placed = alignment_place(out, where, xrefs, yrefs)
        # as the scorer judges a claim: one holding any sentence of the key's claim from each outlet
        def claims_of(outlet):
            return {where[r] for m in members[cid]["members"] if oracle.outlet_of(m) == outlet
                    for r in emap.get(m, ()) if r in where}
        if claims_of(x) & claims_of(y):
            placed += ", a claim holds other sentences of both"
        engine = max((flagged(out, ci, kind, sx, sy)[0] or -1 for ci in eclaims), default=-1)
        claim = sorted({r for m in members[cid]["members"] for r in emap.get(m, ())})
        p = compare_claim(cli, e.files, claim)
        oout = json.loads(p.stdout)
        ours, kinds = flagged(oout, 0, kind, sx, sy)
        if ours is not None:
            differ = "found"
        elif kinds:
            differ = "kind " + ",".join(sorted(kinds))
        elif kind in TRACED:
            differ = trace_stage(p.stderr.decode(errors="replace"), kind, xrefs, yrefs)
        else:
            differ = "rule"
        link = linked(out, kind, sx, sy, xrefs, yrefs)
        if engine >= 0.8:
            stage = "found"
        elif link is not None and link >= 0.8:
            stage = "found by a slot link"
        elif engine >= 0:
            stage = "confidence"
        elif link is not None:
            stage = "slot link below 0.8"
        elif not eclaims:
            stage = (f"alignment, {placed}" + (", a slot link of another kind ties them" if linked_at_all(out, xrefs, yrefs) else "")
                     + (" (differ finds it)" if differ == "found" else f" (differ: {differ})"))
        elif differ == "found":
            stage = "claim"
        else:
            stage = "differ: " + differ
        rows.append(dict(event=prefix, kind=kind, pair=f"{x}/{y}", claim=cid, salience=u["salience"], stage=stage,
                         differ=differ, oracle_confidence=ours, engine_confidence=engine if engine >= 0 else None,
                         link_confidence=link,
                         what=u["what"]))
        if verbose:
            conf = f" oracle {ours:.2f}" if ours is not None else ""
            print(f"  {prefix} {cid} {kind} {x}/{y} [{u['salience']}]: {stage}{conf} -- {u['what'][:90]}")
    return rows


def loss_class(row):
    """The unit's class: found (by the scorer's reading: a claim's own flag at any confidence), lost to
    alignment with the differ finding it on the key's claim (what a slot link and join can reach),
    lost to alignment with no rule of the differ firing either, or the differ's own (no rule for the
    kind, the values not read, not put in one slot, judged equal, another kind)."""
    stage, differ = row["stage"], row["differ"]
    if stage in ("found", "confidence"):
        return "found"
    if stage.startswith("alignment"):
        return "alignment, differ finds it" if differ == "found" else f"alignment and differ: {differ}"
    if stage.startswith("found by a slot link") or stage.startswith("slot link"):
        return "slot link only (the scorer reads no link)"
    return "claim, differ finds it there" if stage == "claim" else f"differ: {differ}"


def key_arguments():
    """The options of the studies that walk the keys' differences: the CLI, the split, more
    development keys, the salience kept."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(oracle.ROOT, "build", "app", "cli", "parallax-cli"))
    ap.add_argument("--split", choices=["dev", "held"])
    ap.add_argument("--keys", action="append", default=[], help="KEYS:EVENTS of more development keys")
    ap.add_argument("--salience", default="high", choices=["high", "all"])
    return ap


def rows_of_keys(name, a, run, show):
    """The rows @run (run_event()'s arguments, @show last) gives for every key of @a's sets; None,
    said, when ../shared is missing."""
    if not os.path.isdir(oracle.SHARED):
        print(f"{name}: no {oracle.SHARED}: nothing to measure")
        return None
    sc = oracle.load_scorer()
    rows = []
    for files, events in oracle.key_sets(a.split, a.keys):
        for kf in files:
            rows += run(sc, a.cli, kf, events, a.salience, show)
    return rows


def main():
    ap = key_arguments()
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--json", help="write every unit as a JSON line")
    a = ap.parse_args()
    rows = rows_of_keys("losses", a, run_event, a.verbose)
    if rows is None:
        return 0
    if a.json:
        with open(a.json, "w") as f:
            for r in rows:
                f.write(json.dumps(r) + "\n")
    print(f"{len(rows)} key differences ({a.salience} salience), outlet pair by outlet pair:")
    for stage, n in collections.Counter(r["stage"] for r in rows).most_common():
        print(f"  {n:3d}  {stage}")
    print("by class (what stops it):")
    for cls, n in collections.Counter(loss_class(r) for r in rows).most_common():
        print(f"  {n:3d}  {cls}")
    print("on the key's own claims (the differ alone):")
    for stage, n in collections.Counter(r["differ"] for r in rows).most_common():
        print(f"  {n:3d}  {stage}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
