#!/usr/bin/env python3
"""Key differences whose two sides the engine already put in one claim, and why the differ says nothing.

usage: tests/bench/differences/one-claim.py [--cli build/app/cli/parallax-cli] [--split dev|held]
                                            [--keys KEYS:EVENTS ...] [--salience high|all] [--all]

For every difference of a key (kinds the scorer judges; high salience first, then medium and low with
--salience all), outlet pair by outlet pair, whose sides' sentences are in one claim of the engine's
`compare`, and which the engine does not flag there at 0.8 or above (with --all, found ones too):
prints the key's words, the sentences of each side, and the differ's trace on that engine claim
(`compare-claims` with the engine's own claim, PARALLAX_DIFFER_TRACE): the values it read on each
side's sentences (number, time, quote, entity: the value, its topic) and each topic's verdict
(kept with its confidence, or dropped), then a one-word reason:
  value    a side's sentences give no value of the difference's kind
  slot     both sides' values are read but in different topics (the slot judged different)
  dropped  one topic holds both but its confidence says it is no difference (a guard)
  agree    one topic holds both and it is kept, but the values are judged equal (no flag opposes them)
  low      the engine flags it below 0.8
  rule     hedging, contradiction: no rule fires
Development keys only (basil-dev's dev split and --keys of development sets); --split held is for the
final check. Needs ../shared beside the project (losses.py, oracle.py)."""
import collections, importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


losses = load("losses")
oracle = losses.oracle
ORDER = {"high": 0, "medium": 1, "low": 2}


def sentence_text(out, ref):
    s, j = ref
    src = out["sources"][s]
    sent = src["sentences"][j]
    return (src.get("text") or "")[sent["start"]:sent["end"]].replace("\n", " ")


def parse_trace(trace, kind):
    """(items by (source, sentence): [(topic, text)], verdict by topic)."""
    items, verdict = collections.defaultdict(list), {}
    for line in trace.splitlines():
        f = line.split(" ", 7)
        if len(f) > 7 and f[0] == "differ-trace" and f[1] == "item" and f[2] == kind:
            items[(int(f[3]), int(f[4]))].append((int(f[6]), f[7]))
        elif len(f) >= 6 and f[0] == "differ-trace" and f[1] == "topic" and f[2] == kind:
            verdict[int(f[3])] = f"{f[4]} {f[5]}"
    return items, verdict


def run_event(sc, cli, kf, events, salience, show_all):
    e = losses.Event(sc, cli, kf, events)
    prefix, out, where = e.prefix, e.out, e.where
    rows = []
    for kind, x, y, cid, u, xrefs, yrefs in e.units(sc, salience):
        sx, sy = e.src[x], e.src[y]
        shared = sorted({where[r] for r in xrefs if r in where} & {where[r] for r in yrefs if r in where})
        if not shared:
            continue
        ci = shared[0]
        conf, kinds = losses.flagged(out, ci, kind, sx, sy)
        if conf is not None and conf >= 0.8 and not show_all:
            continue
        claim = sorted((m["source"], m["sentence"]) for m in out["claims"][ci]["members"])
        p = losses.compare_claim(cli, e.files, claim)
        items, verdict = parse_trace(p.stderr.decode(errors="replace"), kind)
        tx = {t for r in xrefs for t, _ in items.get(r, ())}
        ty = {t for r in yrefs for t, _ in items.get(r, ())}
        if conf is not None:
            reason = "found" if conf >= 0.8 else "low"
        elif kind not in losses.TRACED:
            reason = "rule"
        elif not tx or not ty:
            reason = "value"
        elif not tx & ty:
            reason = "slot"
        elif all(verdict.get(t, "").startswith("dropped") for t in tx & ty):
            reason = "dropped"
        else:
            reason = "agree"
        lines = [f"{prefix} {cid} {kind} {x}/{y} [{u['salience']}] engine claim {ci}: {reason}"
                 + (f" ({conf:.2f})" if conf is not None else "")
                 + (f"; flagged as {','.join(sorted(kinds - {kind}))}" if kinds - {kind} else ""),
                 f"  key: {u['what'][:160]}"]
        for side, refs in ((x, xrefs), (y, yrefs)):
            for r in refs:
                lines.append(f"  {side} {r[0]}:{r[1]} {sentence_text(out, r)[:200]}")
                for t, text in items.get(r, ()):
                    lines.append(f"      topic {t} ({verdict.get(t, 'no difference emitted')}): {text[:160]}")
        rows.append((ORDER.get(u["salience"], 3), reason, "\n".join(lines)))
    return rows


def main():
    ap = losses.key_arguments()
    ap.add_argument("--all", action="store_true", help="list found differences too")
    a = ap.parse_args()
    rows = losses.rows_of_keys("one-claim", a, run_event, a.all)
    if rows is None:
        return 0
    rows.sort(key=lambda r: r[0])
    for _, _, text in rows:
        print(text)
    print(f"{len(rows)} key differences with both sides in one engine claim"
          + ("" if a.all else ", not flagged at 0.8 or above") + ":")
    for reason, n in collections.Counter(r[1] for r in rows).most_common():
        print(f"  {n:3d}  {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
