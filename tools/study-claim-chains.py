#!/usr/bin/env python3
"""The engine's claims on the development keys as chains of links (claims35: a claim that joins two
propositions through a hub sentence), and what splitting them would do to the keys' figures.

usage: tools/study-claim-chains.py --cli build/app/cli/parallax-cli [--shared ../shared] --keys-dir DIR...
                                   [--cache FILE]

Runs `compare` on each keyed event with PARALLAX_ALIGN_TRACE set (px-align.c writes each claim of two
sentences or more and the link of each two of its members of two outlets) and reads the claims of the
JSON output; --cache FILE keeps what it read (and reads it back when FILE exists). Inside a claim, two
members of two outlets are neighbours when their link is T or more; their distance is the fewest
neighbour steps between them (3: a chain A-B-C-D, A and D held together by B and C alone). Printed:
  shapes    claims by members and most members of one outlet, with their pairs of two outlets and the
            share of them that are key pairs (score-claims.py's pairs; removing pairs of which a share s
            are key pairs raises the pooled F1 when s < F1 / 2);
  distance  those pairs by their distance at T = 0.05, 0.1, 0.2, 0.3;
  diameter  the pooled figures with each claim of four members or more whose farthest two members lie
            D steps apart or more cut in two around them (each member to the nearer end, ties to the end
            whose neighbours it links to best), again in each part;
  hub       the pooled figures with each claim of five members or more that one member (the hub) alone
            holds together, two parts of at least P members and two outlets each once it is gone, cut
            there (the hub with the part it links to best);
  weak cut  the diameter cut made only where the two parts' strongest link across (max) or mean link
            across (mean) is under X and each part has two outlets.
Development sets only (basil-dev's development events, always; --keys-dir OUT/<set> of
tests/bench/claims/keyed-events.py); never a blind set (K15, K20, K23): the script refuses them."""
import argparse, collections, glob, itertools, json, os, pickle, tempfile

from corpus_args import (add_corpus_arguments, development_sets, engine_sentences, key_claims, load_scorer,
                         pair_counts, refuse_blind, traced_compare)


def run(cli, files):
    """The output of compare and the links of its claims' members, by the output's source indexes (the
    aligner's order of sources found as tools/study-claim-shapes.py finds it)."""
    return traced_compare(cli, files)[:2]


def load(a, sc):
    if a.cache and os.path.exists(a.cache):
        return pickle.load(open(a.cache, "rb"))
    events = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, keys, evdir in development_sets(a.shared, a.keys_dir, tmp):
            for key_file in sorted(glob.glob(os.path.join(keys, "*.json"))):
                key = json.load(open(key_file))
                d, gold = sc.load_event(evdir, os.path.basename(key_file).split(".")[0])
                out, links = run(a.cli, [os.path.join(d, f) for f in gold["files"]])
                emap = engine_sentences(sc, d, gold, out)
                back = collections.defaultdict(set)
                for sid, hits in emap.items():
                    for h in hits:
                        back[h].add(sid)
                events.append(dict(set=name, out=out, links=links, emap=emap, kclaims=key_claims(key),
                                   back=dict(back)))
    if a.cache:
        pickle.dump(events, open(a.cache, "wb"))
    return events


def members(claim):
    return [(m["source"], m["sentence"]) for m in claim["members"]]


def traced(ms, links):
    """Whether every two members of two outlets have a link in the trace (a member a step after the
    aligner moved in has none)."""
    return all((x, y) in links for x in ms for y in ms if x[0] != y[0])


def pair_kind(ev, x, y):
    bx, by = ev["back"].get(x, ()), ev["back"].get(y, ())
    if not bx or not by:
        return "unscored"
    return "key" if any(ev["kclaims"].get(a, set()) & ev["kclaims"].get(b, set()) for a in bx for b in by) else "false"


def score(events, cut=None):
    """score-claims.py's pair counts over @events, each claim's members labelled by @cut(ms, links)."""
    tp = fp = fn = 0
    for ev in events:
        where = {}
        for ci, c in enumerate(ev["out"]["claims"]):
            ms = members(c)
            parts = cut(ms, ev["links"]) if cut else [ms]
            for pi, part in enumerate(parts):
                for m in part:
                    where[m] = (ci, pi)
        counts = pair_counts(ev["emap"], ev["kclaims"], where)
        tp, fp, fn = tp + counts[0], fp + counts[1], fn + counts[2]
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return f"F1 {2 * p * r / max(1e-9, p + r):.4f} (P {p:.3f} R {r:.3f}; tp {tp} fp {fp} fn {fn})"


def neighbours(ms, links, t):
    return {m: [o for o in ms if o[0] != m[0] and links.get((m, o), 0) >= t] for m in ms}


def distances(adj, x):
    d, queue = {x: 0}, [x]
    for u in queue:
        for v in adj[u]:
            if v not in d:
                d[v] = d[u] + 1
                queue.append(v)
    return d


def components(nodes, adj):
    seen, out = set(), []
    for n in nodes:
        if n in seen:
            continue
        part = [n]
        seen.add(n)
        for u in part:
            for v in adj[u]:
                if v in nodes and v not in seen:
                    seen.add(v)
                    part.append(v)
        out.append(part)
    return out


def mean_link(m, part, links):
    others = [o for o in part if o[0] != m[0]]
    return sum(links.get((m, o), 0) for o in others) / max(1, len(others))


def diameter_cut(ms, links, t, far_at, weak=None):
    if len(ms) < 4 or not traced(ms, links):
        return [ms]
    adj = neighbours(ms, links, t)
    dist = {m: distances(adj, m) for m in ms}
    far, x, y = max((dist[x].get(y, 99), x, y) for x in ms for y in ms if x < y)
    if far < far_at:
        return [ms]
    a, b = [], []
    for m in ms:
        dx, dy = dist[x].get(m, 99), dist[y].get(m, 99)
        if dx == dy:
            dx = -mean_link(m, [o for o in ms if dist[x].get(o, 99) <= 1], links)
            dy = -mean_link(m, [o for o in ms if dist[y].get(o, 99) <= 1], links)
        (a if dx <= dy else b).append(m)
    if weak is not None:
        mode, under = weak
        across = [links.get((p, q), 0) for p in a for q in b if p[0] != q[0]]
        if not across or (max(across) if mode == "max" else sum(across) / len(across)) >= under:
            return [ms]
        if len({m[0] for m in a}) < 2 or len({m[0] for m in b}) < 2:
            return [ms]
    return diameter_cut(a, links, t, far_at, weak) + diameter_cut(b, links, t, far_at, weak)


def hub_cut(ms, links, t, least):
    if len(ms) < 5 or not traced(ms, links):
        return [ms]
    adj = neighbours(ms, links, t)
    if len(components(ms, adj)) > 1:
        return [ms]
    best = None
    for hub in ms:
        parts = components([m for m in ms if m != hub], adj)
        if len([p for p in parts if len(p) >= least and len({m[0] for m in p}) >= 2]) < 2:
            continue
        parts.sort(key=lambda p: mean_link(hub, p, links), reverse=True)
        parts[0] = parts[0] + [hub]
        if best is None or max(map(len, parts)) < max(map(len, best)):
            best = parts
    if best is None:
        return [ms]
    return [q for p in best for q in hub_cut(p, links, t, least)]


def main():
    ap = argparse.ArgumentParser()
    add_corpus_arguments(ap)
    ap.add_argument("--cache")
    a = ap.parse_args()
    refuse_blind(a.keys_dir)
    sc = load_scorer(a.shared)
    events = load(a, sc)

    print("claims as they are:", score(events))
    shapes = collections.defaultdict(collections.Counter)
    for ev in events:
        for c in ev["out"]["claims"]:
            ms = members(c)
            per = collections.Counter(m[0] for m in ms)
            if len(per) < 2:
                continue
            row = (min(len(ms), 9), min(max(per.values()), 4))
            shapes[row]["claims"] += 1
            for x, y in itertools.combinations(ms, 2):
                if x[0] != y[0]:
                    shapes[row][pair_kind(ev, x, y)] += 1
    print("shapes: members (9: 9 or more), most of one outlet (4: 4 or more): claims, key pairs, false, key share")
    for row in sorted(shapes):
        c = shapes[row]
        print(f"  {row[0]} / {row[1]}: {c['claims']}, {c['key']}, {c['false']}, "
              f"{c['key'] / max(1, c['key'] + c['false']):.2f}")

    print("distance: pairs of two outlets in claims of three members or more: distance key/false (share)")
    for t in (0.05, 0.1, 0.2, 0.3):
        by = collections.defaultdict(collections.Counter)
        for ev in events:
            for c in ev["out"]["claims"]:
                ms = members(c)
                if len(ms) < 3:
                    continue
                adj = neighbours(ms, ev["links"], t)
                for x in ms:
                    dist = distances(adj, x)
                    for y in ms:
                        if y > x and y[0] != x[0] and (x, y) in ev["links"]:
                            by[min(dist.get(y, 9), 9)][pair_kind(ev, x, y)] += 1
        print(f"  T {t}: " + ", ".join(f"{d}: {c['key']}/{c['false']} ({c['key'] / max(1, c['key'] + c['false']):.2f})"
                                       for d, c in sorted(by.items())))

    for t in (0.05, 0.1, 0.2):
        for far_at in (3, 4):
            print(f"diameter T {t} D {far_at}:", score(events, lambda ms, l: diameter_cut(ms, l, t, far_at)))
    for t in (0.1, 0.2, 0.3):
        for least in (2, 3):
            print(f"hub T {t} P {least}:", score(events, lambda ms, l: hub_cut(ms, l, t, least)))
    for mode, unders in (("max", (0.3, 0.5, 0.6)), ("mean", (0.1, 0.15, 0.2))):
        for under in unders:
            print(f"weak cut {mode} X {under}:",
                  score(events, lambda ms, l: diameter_cut(ms, l, 0.05, 3, (mode, under))))


if __name__ == "__main__":
    main()
