#!/usr/bin/env python3
"""The claim-assembly step of stories of few reports, measured on the development keys (align36; issue 11:
three-outlet alignment): the error budget of the engine's partition against the keys, and what a search
over the engine's own pair probabilities after the grouping would change.

usage: tools/study-claim-assembly.py --cli build/app/cli/parallax-cli [--shared ../shared] --keys-dir DIR...
                                     [--cache FILE] [--part budget,moves,joins]
       tools/study-claim-assembly.py --self-test

Pairs as ../shared/bench/score-claims.py counts them (two sentences of two outlets, a key sentence read as
every engine sentence it overlaps); the figures of the built engine are reproduced to the pair first.
- budget: the ceiling of a partition (each key sentence in its largest key claim, as align30 read it), the
  engine without its false pairs and with every missed pair a partition can hold; the missed pairs by where
  the engine left their sentences (both alone, one alone beside a claim, in two claims), within reach of a
  partition or not; the engine's pairs by the link of their own (at few_edge, between few_link and
  few_edge, under few_link: joined through the claim), by whether the claim holds two sentences of one
  outlet, by ledes (both among their reports' first two sentences); claims of two outlets or more that
  hold two sentences of one outlet, in the keys and in the engine; each sentence's best partner, in its
  claim or in another.
- moves: a local search from the engine's claims that moves one sentence at a time (to another claim or
  alone) while the sum over each claim's pairs of two outlets of logit(p) - logit(T) rises, a pair under
  F (or no candidate) counted at F: the lead's "short local search on the pair model's probabilities".
- joins: the same sum as the only test of joining two of the engine's claims, the pair of claims of
  highest sum first, until none sums above zero: every claim pair, or never two claims that each hold
  every report ("spare whole"); T 0.2-0.5 by F 0.06-0.3, each set scored at the choice made on the other
  fourteen (ties to the engine).
The pair probabilities are `similarity-features`' (no articles' affinity: in stories of three reports it is
1 but for a few pairs), so the built engine's figures of a variant (branch align36-wip, settings
few_join_even, few_join_floor, few_join_whole) differ from these by a few pairs a set.
Development sets only (basil-dev's development events, always; --keys-dir OUT/<set> of
tests/bench/claims/keyed-events.py); never a blind set (K15, K20, K23): the script refuses them."""
import collections, glob, itertools, json, math, os, pickle, subprocess, tempfile

from corpus_args import development_sets, engine_sentences, key_claims, load_scorer, study_command_line


def logit(p):
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def pair_weight(prob, even, floor):
    """The weight of pair (x, y) of two sentences ((source, sentence)) in a claim's sum."""
    even_odds = logit(even)

    def weight(x, y):
        if x[0] == y[0]:
            return 0.0
        return logit(max(prob.get((x, y), 0.0), floor)) - even_odds
    return weight


def claims_of(where):
    members = collections.defaultdict(set)
    for x, c in where.items():
        members[c].add(x)
    return members


def join_claims(where, prob, n_reports, even, floor, spare_whole):
    """@where (sentence -> claim) after the joins (see the module's text)."""
    where = dict(where)
    weight = pair_weight(prob, even, floor)
    members = claims_of(where)

    def allowed(a, b):
        whole = lambda m: len({x[0] for x in m}) == n_reports
        return not (spare_whole and whole(members[a]) and whole(members[b]))
    while True:
        best = None
        live = sorted(c for c in members if members[c])
        for a, b in itertools.combinations(live, 2):
            if not allowed(a, b):
                continue
            s = sum(weight(x, y) for x in members[a] for y in members[b])
            if s > 0 and (best is None or s > best[0]):
                best = (s, a, b)
        if best is None:
            return where
        _, a, b = best
        for x in members[b]:
            where[x] = a
        members[a] |= members[b]
        members[b] = set()


def move_sentences(where, prob, even, floor, passes=10):
    """@where after single-sentence moves that raise the sum (see the module's text)."""
    where = dict(where)
    weight = pair_weight(prob, even, floor)
    members = claims_of(where)
    fresh = max(members, default=0) + 1
    for _ in range(passes):
        changed = False
        for x in sorted(where):
            here = where[x]
            stay = sum(weight(x, y) for y in members[here] if y != x)
            gain, into = -stay, None
            for c, m in members.items():
                if c != here and m:
                    g = sum(weight(x, y) for y in m) - stay
                    if g > gain:
                        gain, into = g, c
            if gain > 0:
                if into is None:
                    into, fresh = fresh, fresh + 1
                members[here].discard(x)
                members.setdefault(into, set()).add(x)
                where[x] = into
                changed = True
        if not changed:
            break
    return where


def score(ev, where):
    """(tp, fp, fn) of @where on @ev, as score-claims.py counts them."""
    tp = fp = fn = 0
    for a, b, in_key, joined in pairs(ev, where):
        tp += in_key and joined
        fp += joined and not in_key
        fn += in_key and not joined
    return tp, fp, fn


def pairs(ev, where):
    emap, kc = ev["emap"], ev["kclaims"]
    for a, b in itertools.combinations(sorted(emap), 2):
        if a.split(":")[0] == b.split(":")[0]:
            continue
        in_key = bool(kc.get(a, set()) & kc.get(b, set()))
        joined = bool({where[x] for x in emap[a] if x in where} & {where[x] for x in emap[b] if x in where})
        yield a, b, in_key, joined


def f1(t):
    tp, fp, fn = t
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return 2 * p * r / max(1e-9, p + r)


def add(a, b):
    return tuple(x + y for x, y in zip(a, b))


def by_set(events, sets, fn):
    totals = {s: (0, 0, 0) for s in sets}
    for ev in events:
        totals[ev["set"]] = add(totals[ev["set"]], fn(ev))
    return totals


def pooled(totals, without=None):
    t = (0, 0, 0)
    for s, v in totals.items():
        if s != without:
            t = add(t, v)
    return t


def show(label, totals):
    print(f"{label:34s} {f1(pooled(totals)):.4f} {pooled(totals)}  "
          + " ".join(f"{s.replace('basil-dev', 'basil')} {f1(v):.4f}" for s, v in totals.items()))


def engine_claims(out):
    where = {}
    for ci, c in enumerate(out["claims"]):
        for m in c["members"]:
            where[(m["source"], m["sentence"])] = ci
    return where


def ceiling_claims(ev):
    """Each engine sentence in the largest key claim of a key sentence it overlaps; the rest alone."""
    size = {}
    for sid, ids in ev["kclaims"].items():
        for i in ids:
            size[i] = size.get(i, 0) + 1
    where = {}
    for sid, xs in ev["emap"].items():
        ids = ev["kclaims"].get(sid)
        if ids:
            best = max(ids, key=lambda i: (size[i], i))
            for x in xs:
                where.setdefault(x, ("key", best))
    for x in ev["where"]:
        where.setdefault(x, ("alone", x))
    return where


def budget(events, sets, a):
    lines = open(a.model).read().splitlines()
    setting = {l.split()[1]: float(l.split()[2]) for l in lines if l.startswith("setting ")}
    edge, link = setting["few_edge"], setting["few_link"]
    engine = by_set(events, sets, lambda ev: score(ev, ev["where"]))
    ceiling = by_set(events, sets, lambda ev: score(ev, ceiling_claims(ev)))
    show("engine", engine)
    show("ceiling of a partition", ceiling)
    tp, fp, fn = pooled(engine)
    reach = collections.Counter()
    shapes = collections.Counter()
    for ev in events:
        where, cw, emap, prob = ev["where"], ceiling_claims(ev), ev["emap"], ev["prob"]
        size = collections.Counter(where.values())
        members = claims_of(where)
        outlets = {c: collections.Counter(x[0] for x in m) for c, m in members.items()}
        for sa, sb, in_key, joined in pairs(ev, where):
            if in_key and not joined:
                alone = sum(all(size[where[x]] == 1 for x in emap[s] if x in where) for s in (sa, sb))
                within = bool({cw[x] for x in emap[sa]} & {cw[x] for x in emap[sb]})
                place = ("both alone", "one alone beside a claim", "in two claims")[2 - alone]
                reach[("within reach" if within else "out of reach", place)] += 1
            if joined:
                p, x, y = max((prob.get((x, y), 0.0), x, y) for x in emap[sa] for y in emap[sb]
                              if x in where and y in where and where[x] == where[y])
                c = where[x]
                kind = "key" if in_key else "false"
                shapes[(kind, "own link at few_edge" if p >= edge else "own link few_link-few_edge" if p >= link
                        else "under few_link (through the claim)")] += 1
                shapes[(kind, "claim holds an outlet twice" if outlets[c][x[0]] > 1 or outlets[c][y[0]] > 1
                        else "one sentence an outlet")] += 1
                if x[1] <= 1 and y[1] <= 1:
                    shapes[(kind, "ledes (first two sentences)")] += 1
    held = sum(v for (r, _), v in reach.items() if r == "within reach")
    print(f"without its false pairs {f1((tp, 0, fn)):.4f}; with every missed pair a partition holds ({held}) "
          f"{f1((tp + held, fp, fn - held)):.4f}")
    print("missed pairs:")
    for k in sorted(reach):
        print(f"  {k[0]:13s} {k[1]:26s} {reach[k]:5d}")
    print("the engine's pairs (key / false):")
    for k in sorted({k for _, k in shapes}):
        print(f"  {k:36s} {shapes[('key', k)]:5d} / {shapes[('false', k)]:5d}")
    twice = collections.Counter()
    for ev in events:
        for c in ev["key"]["claims"]:
            n = collections.Counter(m.split(":")[0] for m in c["members"])
            if len(n) >= 2:
                twice[("key", max(n.values()) > 1)] += 1
        for m in claims_of(ev["where"]).values():
            n = collections.Counter(x[0] for x in m)
            if len(n) >= 2:
                twice[("engine", max(n.values()) > 1)] += 1
    print(f"claims of two outlets or more holding an outlet's two sentences: keys {twice[('key', True)]} of "
          f"{twice[('key', True)] + twice[('key', False)]}, engine {twice[('engine', True)]} of "
          f"{twice[('engine', True)] + twice[('engine', False)]}")
    partner = collections.Counter()
    for ev in events:
        where, back = ev["where"], ev["back"]
        size = collections.Counter(where.values())
        best = {}
        for (x, y), p in ev["prob"].items():
            if x[0] != y[0] and p > best.get(x, (0.0, None))[0]:
                best[x] = (p, y)
        for x, (p, y) in best.items():
            if x in where and y in where and back.get(x) and back.get(y):
                in_key = any(ev["kclaims"].get(u, set()) & ev["kclaims"].get(v, set()) for u in back[x] for v in back[y])
                where_is = ("in its claim" if where[x] == where[y] else
                            "elsewhere, the sentence alone" if size[where[x]] == 1 else "elsewhere, the sentence in a claim")
                partner[(where_is, "p 0.4+" if p >= 0.4 else "p 0.2-0.4" if p >= 0.2 else "p under 0.2", in_key)] += 1
    print("each sentence's best partner (key pair / not):")
    for k in sorted({k[:2] for k in partner}):
        print(f"  {k[0]:34s} {k[1]:11s} {partner[k + (True,)]:5d} / {partner[k + (False,)]:5d}")


def left_out(results, sets):
    """Each set scored at the variant chosen on the others (ties to the engine)."""
    total, chosen = (0, 0, 0), []
    for s in sets:
        best = max(results, key=lambda k: (f1(pooled(results[k], without=s)), k == "engine"))
        chosen.append(f"{s}: {best}")
        total = add(total, results[best][s])
    return total, chosen


def load(a, sc):
    cache = pickle.load(open(a.cache, "rb")) if a.cache and os.path.exists(a.cache) else {}
    env = dict(os.environ, PARALLAX_SIMILARITY_MODEL=a.model)
    events = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, keys, folder in development_sets(a.shared, a.keys_dir, tmp):
            for key_file in sorted(glob.glob(os.path.join(keys, "*.json"))):
                key = json.load(open(key_file))
                d, gold = sc.load_event(folder, os.path.basename(key_file).split(".")[0])
                files = [os.path.join(d, f) for f in gold["files"]]
                tag = (name, os.path.basename(key_file))
                if tag not in cache:
                    out = json.loads(subprocess.run([a.cli, "compare", "--format", "json"] + files, capture_output=True,
                                                    env=env, check=True).stdout)
                    prob = {}
                    lines = subprocess.run([a.cli, "similarity-features"] + files, capture_output=True, text=True,
                                           env=env, check=True).stdout.splitlines()
                    for line in lines[1:]:
                        w = line.split()
                        x, y = (int(w[0]), int(w[1])), (int(w[2]), int(w[3]))
                        prob[(x, y)] = prob[(y, x)] = float(w[4])
                    cache[tag] = dict(out=out, prob=prob)
                ev = dict(cache[tag], set=name, key=key, kclaims=key_claims(key))
                ev["emap"] = engine_sentences(sc, d, gold, ev["out"])
                ev["where"] = engine_claims(ev["out"])
                ev["back"] = collections.defaultdict(set)
                for sid, hits in ev["emap"].items():
                    for h in hits:
                        ev["back"][h].add(sid)
                events.append(ev)
    if a.cache:
        pickle.dump(cache, open(a.cache, "wb"))
    return events


def self_test():
    # two claims told in halves: the ledes of three outlets, and their later sentences on the same fact
    ledes = {(0, 0): 0, (1, 0): 0, (2, 0): 0}
    later = {(0, 3): 1, (1, 5): 1, (2, 2): 1}
    other = {(0, 7): 2, (2, 9): 3}
    where = {**ledes, **later, **other}
    prob = {}

    def link(x, y, p):
        prob[(x, y)] = prob[(y, x)] = p
    for x, y in itertools.permutations(list(ledes), 2):
        link(x, y, 0.9)
    for x, y in itertools.permutations(list(later), 2):
        link(x, y, 0.9)
    for x in ledes:
        for y in later:
            if x[0] != y[0]:
                link(x, y, 0.6)
    link((0, 7), (2, 9), 0.3)      # a weak pair between two sentences alone
    joined = join_claims(where, prob, 3, 0.25, 0.1, spare_whole=False)
    assert joined[(0, 3)] == joined[(1, 0)], "two halves of one claim, linked at 0.6 across, are one"
    assert joined[(0, 7)] == joined[(2, 9)], "a pair at 0.3 is above even odds at 0.25"
    assert joined[(0, 7)] != joined[(0, 0)], "no link to the ledes' claim: counted at the floor"
    spared = join_claims(where, prob, 3, 0.25, 0.1, spare_whole=True)
    assert spared[(0, 3)] != spared[(1, 0)], "two claims that each hold every report stay two"
    high = join_claims(where, prob, 3, 0.65, 0.1, spare_whole=False)
    assert high[(0, 3)] != high[(1, 0)] and high[(0, 7)] != high[(2, 9)], "at even odds of 0.65, 0.6 is against"
    # a sentence whose links all lie in another claim moves there
    where2 = {(0, 0): 0, (1, 0): 0, (2, 4): 0, (1, 1): 1, (2, 1): 1}
    prob2 = {}
    for x, y, p in (((0, 0), (1, 0), 0.9), ((2, 4), (1, 1), 0.8), ((2, 4), (0, 0), 0.05), ((2, 4), (1, 0), 0.05),
                    ((1, 1), (2, 1), 0.5)):
        prob2[(x, y)] = prob2[(y, x)] = p
    moved = move_sentences(where2, prob2, 0.25, 0.1)
    assert moved[(2, 4)] == moved[(1, 1)] and moved[(0, 0)] == moved[(1, 0)], moved
    # the pairs as the scorer counts them: one key claim of two outlets, one engine claim holding it
    ev = dict(emap={"fox:0": {(0, 0)}, "nyt:0": {(1, 0)}, "nyt:1": {(1, 1)}},
              kclaims={"fox:0": {"c1"}, "nyt:0": {"c1"}, "nyt:1": {"c2"}})
    assert score(ev, {(0, 0): 0, (1, 0): 0, (1, 1): 1}) == (1, 0, 0)
    assert score(ev, {(0, 0): 0, (1, 0): 1, (1, 1): 0}) == (0, 1, 1)
    print("self-test passed")


def main():
    command = study_command_line(self_test, "budget,moves,joins")
    if command is None:
        return
    a, parts = command
    sc = load_scorer(a.shared)
    events = load(a, sc)
    sets = list(dict.fromkeys(ev["set"] for ev in events))
    if "budget" in parts:
        budget(events, sets, a)
    if "moves" in parts:
        show("engine", by_set(events, sets, lambda ev: score(ev, ev["where"])))
        for floor in (0.01, 0.1, 0.2):
            for even in (0.2, 0.25, 0.3, 0.4):
                show(f"moves T {even} F {floor}",
                     by_set(events, sets, lambda ev: score(ev, move_sentences(ev["where"], ev["prob"], even, floor))))
    if "joins" in parts:
        for spare in (False, True):
            results = {"engine": by_set(events, sets, lambda ev: score(ev, ev["where"]))}
            for even in (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
                for floor in (0.06, 0.1, 0.15, 0.2, 0.25, 0.3):
                    if floor >= even:
                        continue
                    results[(even, floor)] = by_set(
                        events, sets, lambda ev: score(ev, join_claims(ev["where"], ev["prob"], len(ev["out"]["sources"]),
                                                                      even, floor, spare)))
                    show(f"joins{' (spare whole)' if spare else ''} T {even} F {floor}", results[(even, floor)])
            total, chosen = left_out(results, sets)
            print(f"left out{' (spare whole)' if spare else ''}: {f1(total):.4f} {total}; " + "; ".join(chosen))


if __name__ == "__main__":
    main()
