#!/usr/bin/env python3
"""Two single-sentence steps after the claim assembly of stories of few reports, measured on the development
keys before any engine code (assembly37; issue 11: three-outlet alignment recall):
(a) a sentence alone joins a claim whose members of other outlets hold its best partners, when the evidence
    (the best probability, or the summed log-odds of its pairs with them) clears a threshold;
(b) a member of a claim moves to another claim that it fits better than its own (the summed log-odds of its
    pairs with each claim's members of other outlets, by a margin), one move a sentence, a bounded number of
    moves a story.

usage: tools/study-assembly-moves.py --cli build/app/cli/parallax-cli --shared /work/shared --keys-dir DIR...
                                     [--cache FILE] [--part reach,lone,members]
       tools/study-assembly-moves.py --self-test

- reach: what each step could win at best (a reader who knows the keys picks the claim): of the missed key
  pairs a partition can hold with one sentence alone beside a claim (align36's 1,091) and split across two
  claims (1,324), how many one sentence's move reaches, and the false pairs that move brings; then the same
  for the pair model's own choice (the claim of the highest summed log-odds), by its score.
- lone: rule (a) over its grid, each set scored at the point chosen on the other fourteen.
- members: rule (b) over its grid, the same.
The pairs, the probabilities (`similarity-features`), the engine's claims and the scorer's pair counting are
tools/study-claim-assembly.py's (align36), which reproduces pooled.sh's counts to the pair; --cache files of
either script serve both. Development sets only: the script refuses K15, K20 and K23."""
import argparse, collections, importlib.util, os, tempfile

from corpus_args import load_scorer, study_command_line

_spec = importlib.util.spec_from_file_location(
    "study_claim_assembly", os.path.join(os.path.dirname(os.path.abspath(__file__)), "study-claim-assembly.py"))
ca = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ca)
f1, add, by_set, pooled, show, left_out, logit = ca.f1, ca.add, ca.by_set, ca.pooled, ca.show, ca.left_out, ca.logit


def evidence(x, members, prob, even, floor):
    """(summed log-odds, best probability, number of members) of sentence @x against @members of other outlets."""
    total, best, n = 0.0, 0.0, 0
    for y in members:
        if y[0] != x[0]:
            p = prob.get((x, y), 0.0)
            total += logit(max(p, floor)) - logit(even)
            best = max(best, p)
            n += 1
    return total, best, n


def attach_lone(where, prob, even, floor, mode, threshold, margin=0.0, own_outlet=True):
    """@where after rule (a): each sentence alone joins the claim of two sentences or more where its evidence
    (@mode "sum": summed log-odds at even odds @even, floor @floor; "best": the best probability) is highest,
    when it reaches @threshold and beats the next claim's by @margin; the claims as they were before any join
    (one pass, no order). @own_outlet False: never a claim that already holds the sentence's outlet."""
    members = ca.claims_of(where)
    out = dict(where)
    for x, c in where.items():
        if len(members[c]) != 1:
            continue
        scored = []
        for d, m in members.items():
            if len(m) < 2 or (not own_outlet and any(y[0] == x[0] for y in m)):
                continue
            s, b, n = evidence(x, m, prob, even, floor)
            if n and b > 0:
                scored.append((s if mode == "sum" else b, d))
        if not scored:
            continue
        scored.sort(reverse=True)
        top, d = scored[0]
        second = scored[1][0] if len(scored) > 1 else None
        if top >= threshold and (second is None or top - second >= margin):
            out[x] = d
    return out


def move_members(where, prob, even, floor, margin, steps, into_alone=False):
    """@where after rule (b): a member of a claim of two sentences or more moves to the claim it fits best when
    its summed log-odds there are above zero and beat those with the rest of its own claim by @margin; the moves
    of highest gain first, each sentence moved once, at most @steps a story (@into_alone: a sentence alone
    counts as a claim to move to)."""
    where = dict(where)
    members = ca.claims_of(where)
    moved = set()
    for _ in range(steps):
        best = None
        for x, c in where.items():
            if x in moved or len(members[c]) < 2:
                continue
            stay, _, _ = evidence(x, members[c] - {x}, prob, even, floor)
            for d, m in members.items():
                if d == c or not m or (len(m) < 2 and not into_alone):
                    continue
                s, b, n = evidence(x, m, prob, even, floor)
                if n and b > 0 and s > 0 and s - stay > margin and (best is None or s - stay > best[0]):
                    best = (s - stay, x, c, d)
        if best is None:
            break
        _, x, c, d = best
        members[c].discard(x)
        members[d].add(x)
        where[x] = d
        moved.add(x)
    return where


def sentence_pairs(ev, where, x):
    """(key pairs joined, false pairs joined) of engine sentence @x's key sentences with every other key
    sentence, under @where."""
    tp = fp = 0
    for a in ev["back"].get(x, ()):
        for b in ev["emap"]:
            if b == a or b.split(":")[0] == a.split(":")[0]:
                continue
            joined = bool({where[u] for u in ev["emap"][a] if u in where} & {where[v] for v in ev["emap"][b] if v in where})
            if joined:
                if ev["kclaims"].get(a, set()) & ev["kclaims"].get(b, set()):
                    tp += 1
                else:
                    fp += 1
    return tp, fp


def agreeing_claim(x, where, prob, n_reports):
    """The claim other than @x's own that holds @x's best partner in every other report, with the weakest of
    those partners' probabilities; None when the best partners lie in several claims or a report has none."""
    best = {}
    for (u, y), p in prob.items():
        if u == x and y[0] != x[0] and y in where and p > best.get(y[0], (0.0, None))[0]:
            best[y[0]] = (p, y)
    if len(best) < n_reports - 1 or len(best) < 2:
        return None
    claims = {where[y] for _, y in best.values()}
    if len(claims) != 1 or where[x] in claims:
        return None
    return claims.pop(), min(p for p, _ in best.values())


def attach_agreeing(where, prob, n_reports, threshold, who="both"):
    """@where after the agreeing move: a sentence (@who: "alone", "members" of claims of two or more, or
    "both") whose best partner in every other report lies in one other claim joins that claim when the
    weakest of them is @threshold or more; the claims as they were before any move."""
    members = ca.claims_of(where)
    out = dict(where)
    for x, c in where.items():
        if who != "both" and (len(members[c]) == 1) != (who == "alone"):
            continue
        found = agreeing_claim(x, where, prob, n_reports)
        if found and found[1] >= threshold:
            out[x] = found[0]
    return out


def agreeing(events):
    """Part reach's table of the agreeing move, by the weakest best partner's probability."""
    counts = collections.Counter()
    for ev in events:
        where, prob = ev["where"], ev["prob"]
        members = ca.claims_of(where)
        n = len(ev["out"]["sources"])
        for x, c in where.items():
            if not ev["back"].get(x):
                continue
            found = agreeing_claim(x, where, prob, n)
            if not found:
                continue
            kind = "alone" if len(members[c]) == 1 else "member"
            base = sentence_pairs(ev, where, x)
            trial = dict(where)
            trial[x] = found[0]
            tp, fp = sentence_pairs(ev, trial, x)
            band = next(t for t in (0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0) if found[1] >= t)
            counts[(kind, band, "n")] += 1
            counts[(kind, band, "key")] += tp - base[0]
            counts[(kind, band, "false")] += fp - base[1]
    print("the agreeing move (best partners of every other report in one claim), by the weakest partner:")
    for kind in ("alone", "member"):
        for band in (0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0):
            if counts[(kind, band, "n")]:
                print(f"  {kind:6s} >= {band}: {counts[(kind, band, 'n')]:4d} sentences, key pairs "
                      f"{counts[(kind, band, 'key')]:+5d}, false pairs {counts[(kind, band, 'false')]:+5d}")


def reach(events, even, floor):
    """The tables of part reach (see the module's text)."""
    oracle = collections.Counter()
    chosen = collections.Counter()
    for ev in events:
        where, prob = ev["where"], ev["prob"]
        members = ca.claims_of(where)
        for x, c in where.items():
            if not ev["back"].get(x):
                continue
            alone = len(members[c]) == 1
            kind = "alone" if alone else "member"
            base = sentence_pairs(ev, where, x)
            options = []
            for d, m in members.items():
                if d == c or len(m) < 2 or not any(y[0] != x[0] for y in m):
                    continue
                trial = dict(where)
                trial[x] = d
                tp, fp = sentence_pairs(ev, trial, x)
                s, b, _ = evidence(x, m, prob, even, floor)
                if not alone:
                    s -= evidence(x, members[c] - {x}, prob, even, floor)[0]
                options.append((tp - base[0], fp - base[1], s, b))
            if not options:
                continue
            # the reader who knows the keys: the move of most key pairs gained less lost, if it gains
            gain = max(options, key=lambda o: (o[0] - o[1], o[0]))
            if gain[0] > 0:
                oracle[(kind, "sentences")] += 1
                oracle[(kind, "key pairs")] += gain[0]
                oracle[(kind, "false pairs")] += gain[1]
                if gain[0] > gain[1]:
                    oracle[(kind, "sentences, more key than false")] += 1
                    oracle[(kind, "key pairs, more key than false")] += gain[0]
                    oracle[(kind, "false pairs, more key than false")] += gain[1]
            # the pair model's choice, by its summed log-odds
            top = max(options, key=lambda o: o[2])
            band = next(t for t in (4, 2, 1, 0, -1, -2, -4, -1e9) if top[2] >= t)
            chosen[(kind, band, "moves")] += 1
            chosen[(kind, band, "key")] += top[0]
            chosen[(kind, band, "false")] += top[1]
    print(f"reach at even odds {even}, floor {floor}")
    for kind in ("alone", "member"):
        print(f"  {kind}: the keys' choice: " + ", ".join(f"{k} {oracle[(kind, k)]}" for k in (
            "sentences", "key pairs", "false pairs", "sentences, more key than false",
            "key pairs, more key than false", "false pairs, more key than false")))
        for band in (4, 2, 1, 0, -1, -2, -4, -1e9):
            if chosen[(kind, band, "moves")]:
                print(f"    the model's choice, gain >= {band:>5}: {chosen[(kind, band, 'moves')]:4d} sentences, key "
                      f"pairs {chosen[(kind, band, 'key')]:+5d}, false pairs {chosen[(kind, band, 'false')]:+5d}")


def grid(events, sets, label, variants):
    """Every variant of @variants (name -> function of an event's where), scored; then left out."""
    results = {"engine": by_set(events, sets, lambda ev: ca.score(ev, ev["where"]))}
    show("engine", results["engine"])
    for name, fn in variants:
        results[name] = by_set(events, sets, lambda ev: ca.score(ev, fn(ev)))
        show(f"{label} {name}", results[name])
    total, chosen = left_out(results, sets)
    print(f"{label} left out: {f1(total):.4f} {total}; " + "; ".join(chosen))
    per = collections.Counter()
    for s in sets:
        best = max(results, key=lambda k: (f1(pooled(results[k], without=s)), k == "engine"))
        per[s] = (f1(results[best][s]) - f1(results["engine"][s]))
    print(f"{label} left out, per set against the engine: " + " ".join(f"{s} {v:+.4f}" for s, v in per.items()))


def self_test():
    # a lede claim of three outlets; a sentence alone whose two partners are the lede's; one with none
    where = {(0, 0): 0, (1, 0): 0, (2, 0): 0, (0, 4): 1, (1, 6): 2}
    prob = {}

    def link(x, y, p):
        prob[(x, y)] = prob[(y, x)] = p
    link((0, 0), (1, 0), 0.9)
    link((1, 0), (2, 0), 0.9)
    link((0, 4), (1, 0), 0.6)
    link((0, 4), (2, 0), 0.5)
    link((1, 6), (2, 0), 0.15)
    joined = attach_lone(where, prob, 0.25, 0.1, "sum", 0.0)
    assert joined[(0, 4)] == 0, "two partners above even odds in one claim: joins"
    assert joined[(1, 6)] == 2, "one weak partner, two members at the floor: stays alone"
    assert attach_lone(where, prob, 0.25, 0.1, "best", 0.7)[(0, 4)] == 1, "best 0.6 under 0.7: stays alone"
    assert attach_lone(where, prob, 0.25, 0.1, "sum", 0.0, own_outlet=False)[(0, 4)] == 1, "its outlet is there"
    # a member whose own claim holds it weakly and another claim strongly moves, once
    where2 = {(0, 0): 0, (1, 0): 0, (2, 5): 0, (0, 3): 1, (1, 3): 1}
    prob2 = {}
    for x, y, p in (((0, 0), (1, 0), 0.9), ((2, 5), (0, 0), 0.3), ((2, 5), (1, 0), 0.05),
                    ((2, 5), (0, 3), 0.7), ((2, 5), (1, 3), 0.6), ((0, 3), (1, 3), 0.8)):
        prob2[(x, y)] = prob2[(y, x)] = p
    moved = move_members(where2, prob2, 0.25, 0.1, 0.0, 5)
    assert moved[(2, 5)] == 1 and moved[(0, 0)] == 0, moved
    assert move_members(where2, prob2, 0.25, 0.1, 10.0, 5)[(2, 5)] == 0, "a margin it does not clear: stays"
    assert move_members(where2, prob2, 0.25, 0.1, 0.0, 0)[(2, 5)] == 0, "no step allowed: stays"
    # the agreeing move: (0, 4)'s best partners of both other reports lie in the ledes' claim
    where3 = {(0, 0): 0, (1, 0): 0, (2, 0): 0, (0, 4): 1, (1, 5): 2, (2, 6): 3}
    prob3 = {}
    for x, y, p in (((0, 0), (1, 0), 0.9), ((1, 0), (2, 0), 0.9), ((0, 4), (1, 0), 0.5), ((0, 4), (2, 0), 0.45),
                    ((0, 4), (1, 5), 0.42), ((1, 5), (2, 0), 0.6), ((1, 5), (0, 0), 0.2), ((1, 5), (2, 6), 0.7)):
        prob3[(x, y)] = prob3[(y, x)] = p
    agreed = attach_agreeing(where3, prob3, 3, 0.4)
    assert agreed[(0, 4)] == 0, "both best partners in one claim, the weaker at 0.45"
    assert agreed[(1, 5)] == 2, "its best partners lie in two claims: stays"
    assert attach_agreeing(where3, prob3, 3, 0.5)[(0, 4)] == 1, "the weaker partner under 0.5: stays"
    assert attach_agreeing(where3, prob3, 3, 0.4, "members")[(0, 4)] == 1, "alone, and only members move"
    print("self-test passed")


def main():
    command = study_command_line(self_test, "reach,lone,members")
    if command is None:
        return
    a, parts = command
    events = ca.load(a, load_scorer(a.shared))
    sets = list(dict.fromkeys(ev["set"] for ev in events))
    if "reach" in parts:
        for even, floor in ((0.25, 0.1), (0.35, 0.15)):
            reach(events, even, floor)
        agreeing(events)
    if "built" in parts:
        # the engine's own step (px-align.c's agreeing_claims(), on the grouping's links, the articles' affinity
        # in them), its threshold set by a copy of the model: each set scored at the one chosen on the others
        results = {}
        shipped = open(a.model).read()
        with tempfile.TemporaryDirectory() as tmp:
            for t in (0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6):
                model = os.path.join(tmp, f"model-{t}.txt")
                with open(model, "w") as f:
                    f.write(shipped + f"\nsetting few_agree_link {t}\n")
                b = argparse.Namespace(**vars(a))
                b.model, b.cache = model, None
                name = "engine" if t == 0 else f"built >= {t}"
                results[name] = by_set(ca.load(b, load_scorer(a.shared)), sets,
                                       lambda ev: ca.score(ev, ev["where"]))
                show(name, results[name])
        total, chosen = left_out(results, sets)
        print(f"built left out: {f1(total):.4f} {total}; " + "; ".join(chosen))
        print("built left out, per set against the engine: " + " ".join(
            f"{s} {f1(results[c.split(': ')[1]][s]) - f1(results['engine'][s]):+.4f}" for s, c in zip(sets, chosen)))
    if "agree" in parts:
        variants = []
        for t in (0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6):
            for who in ("alone", "members", "both"):
                variants.append((f">= {t} {who}", lambda ev, t=t, w=who:
                                 attach_agreeing(ev["where"], ev["prob"], len(ev["out"]["sources"]), t, w)))
        grid(events, sets, "agree", variants)
    if "lone" in parts:
        variants = []
        for even, floor in ((0.25, 0.1), (0.3, 0.1), (0.35, 0.15)):
            for t in (0.0, 0.5, 1.0, 2.0, 3.0):
                for own in (True, False):
                    variants.append((f"sum T {even} F {floor} >= {t}{'' if own else ' no own outlet'}",
                                     lambda ev, e=even, f=floor, t=t, o=own:
                                     attach_lone(ev["where"], ev["prob"], e, f, "sum", t, own_outlet=o)))
        for t in (0.3, 0.4, 0.5, 0.6):
            for m in (0.0, 0.1, 0.2):
                for own in (True, False):
                    variants.append((f"best >= {t} margin {m}{'' if own else ' no own outlet'}",
                                     lambda ev, t=t, m=m, o=own:
                                     attach_lone(ev["where"], ev["prob"], 0.25, 0.1, "best", t, m, o)))
        grid(events, sets, "lone", variants)
    if "members" in parts:
        variants = []
        for even, floor in ((0.25, 0.1), (0.3, 0.1), (0.35, 0.15)):
            for margin in (0.0, 1.0, 2.0, 4.0):
                for steps in (3, 10):
                    for alone in (False, True):
                        variants.append((f"T {even} F {floor} margin {margin} steps {steps}{' or alone' if alone else ''}",
                                         lambda ev, e=even, f=floor, m=margin, s=steps, al=alone:
                                         move_members(ev["where"], ev["prob"], e, f, m, s, al)))
        grid(events, sets, "members", variants)


if __name__ == "__main__":
    main()
