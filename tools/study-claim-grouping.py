#!/usr/bin/env python3
"""Ways of grouping sentences into claims for stories of few reports, measured with the engine's own
pair probabilities on the development parts only (issue 11: recall on three-outlet keys).

usage: /usr/bin/python3 tools/study-claim-grouping.py --cli build/app/cli/parallax-cli [--shared ../shared]
                                                      [--cache FILE] [--ecb]

Each variant replaces px-align.c's grouping (tools/fit-similarity.py's replica of it, checked here
against the shared scorer's figure for the built engine) and is scored on:
- basil-dev's development events (38f7cbb7, 450755dd, 6b541575, 85475456): the basil-format align
  F1 at the few-report thresholds (few_edge, few_link, few_same_source);
- ECB+ development triplets: each development topic's event (topics not divisible by 3) cut into
  stories of three consecutive documents, the annotated sentences graded as score-ecb.py grades
  them (same happenings / none in common), at the few-report thresholds: three-outlet stories
  whose pairs are graded by people, a check on the precision of few-report grouping that the
  basil keys (wide claims, four events) cannot give;
- with --ecb, the ECB+ development events whole (about eleven reports) at the many-report
  thresholds.
The variants (see docs/benchmarks.md, eighteenth session, for what each stands for and why):
  base              px_align() as it is;
  cohesion C        COHESION_SHARE C in place of 0.25;
  same-source X     two groups with an outlet in common join only on a mean of X or more;
  same-source groups X  the same, only where both groups hold two sentences or more;
  one-fact-first X, lone T  same-source groups X, and a lone sentence joins on its best link at T;
  one-outlet        a claim never holds two sentences of one outlet;
  two-pass          claims of one sentence per outlet first, then the grouping again over them;
  lone-best T       a lone sentence joins a claim when its best link into it is T or more;
  lone-mutual T     ... when it and its best partner in the claim are each other's best (T or more);
  best-match T      the mean of each member's best link across in place of the mean link;
  bridged T         two claims linked by two pairs at T or more that share no sentence and join two
                    pairs of outlets are one (branch group-wip's px-align.c, T = the edge);
  sub-claim         a merge judged also against every group each claim was made of;
  upgma             average linkage proper: the two groups of highest mean link first.
Needs numpy (Debian's python3-numpy)."""
import argparse, collections, importlib.util, itertools, json, os, pickle, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("fit_similarity", os.path.join(HERE, "fit-similarity.py"))
fs = importlib.util.module_from_spec(spec)
sys.modules["fit_similarity"] = fs
spec.loader.exec_module(fs)

FEW = (0.25, 0.15, 0.15)   # similarity.txt: few_edge, few_link, few_same_source
MANY = (0.3, 0.2, 0.2)     # edge, link, same_source
COHESION_SHARE = fs.COHESION_SHARE


def triplets(shared, directory):
    """ECB+ development events cut into stories of three consecutive documents (folders of links)."""
    base = os.path.join(shared, "corpus", "ecbplus-dev", "events")
    made = []
    for name in sorted(os.listdir(base)):
        if int(name.split("_")[0]) % 3 == 0:
            continue
        gold = json.load(open(os.path.join(base, name, "gold.json")))
        for k in range(0, len(gold["files"]) - 2, 3):
            d = os.path.join(directory, f"{name}-{k}")
            os.makedirs(d, exist_ok=True)
            part = {key: (v[k:k + 3] if key in ("files", "docs", "sentences") else v) for key, v in gold.items()}
            for f in part["files"]:
                if not os.path.exists(os.path.join(d, f)):
                    os.symlink(os.path.join(base, name, f), os.path.join(d, f))
            json.dump(part, open(os.path.join(d, "gold.json"), "w"))
            made.append((d, f"ecb{int(name.split('_')[0])}"))
    return made


def load(cli, shared, cache):
    if cache and os.path.exists(cache):
        return pickle.load(open(cache, "rb"))
    events = fs.load_events(cli, shared, [])
    with tempfile.TemporaryDirectory() as tmp:
        trip = [fs.EcbEvent(cli, d, group) for d, group in triplets(shared, tmp)]
    data = dict(basil=[e for e in events if e.dataset == "basil"], ecb=[e for e in events if e.kind == "ecb"],
                triplets=trip)
    if cache:
        pickle.dump(data, open(cache, "wb"))
    return data


def links(e):
    """The engine's candidate pairs as px_align() weighs them: probability times the articles' affinity."""
    if getattr(e, "links", None) is None:
        e.affinity = fs.article_affinity(e)
        e.links = {}
        for t, (i, j) in enumerate(e.pairs):
            if e.candidate[t] and e.engine[t] >= fs.FLOOR:
                e.links[(min(i, j), max(i, j))] = float(fs.np.float32(e.engine[t])) * e.affinity[e.source[i]][e.source[j]]
    return e.links


def cross(e, P, A, B):
    """The mean link across two groups over their pairs of sentences of two outlets (None: no such pair)."""
    pairs = [P(x, y) for x in A for y in B if e.source[x] != e.source[y]]
    return sum(pairs) / len(pairs) if pairs else None


def grouping(e, probs, edge, link, same_source, cohesion=COHESION_SHARE, allow=None, judge=None, start=None):
    """px_align()'s loop (fit-similarity.py's cluster_pairs()), with hooks: @allow(A, B, v) may refuse a
    merge; @judge(A, B, i, j, P, mean) gives the figure compared with the mean link needed in place of
    the mean (1 accepts); @start: (owner, members) to begin from."""
    src = e.source
    P = lambda x, y: probs.get((x, y) if x < y else (y, x), 0.0)
    edges = sorted(((v, i, j) for (i, j), v in probs.items() if v >= min(edge, link)), key=lambda t: (-t[0], t[1], t[2]))
    owner, members = start if start else (list(range(len(src))), {i: [i] for i in range(len(src))})
    inner = {c: (sum(P(x, y) for x, y in itertools.combinations(ms, 2) if src[x] != src[y]),
                 sum(1 for x, y in itertools.combinations(ms, 2) if src[x] != src[y])) for c, ms in members.items()}
    for v, i, j in edges:
        a, b = owner[i], owner[j]
        if a == b:
            continue
        single = len(members[a]) == 1 or len(members[b]) == 1
        sa, sb = {src[x] for x in members[a]}, {src[y] for y in members[b]}
        if (v < edge and not single) or (sa & sb and v < same_source):
            continue
        if allow and not allow(members[a], members[b], v):
            continue
        total = count = 0
        for x in members[a]:
            for y in members[b]:
                if src[x] != src[y]:
                    total += P(x, y)
                    count += 1
        if count == 0:
            continue
        need = max(link, fs.CLAIMS_LINK) if min(len(members[a]), len(members[b])) >= fs.CLAIMS_SIZE else link
        own = [t / c for t, c in (inner[a], inner[b]) if c]
        if cohesion is not None and own:
            need = max(need, cohesion * min(own))
        mean = total / count
        if judge:
            mean = judge(members[a], members[b], i, j, P, mean)
        if mean < need:
            continue
        into, away = (a, b) if len(members[a]) >= len(members[b]) else (b, a)
        for m in members[away]:
            owner[m] = into
        members[into] += members.pop(away)
        inner[into] = (inner[a][0] + inner[b][0] + total, inner[a][1] + inner[b][1] + count)
        del inner[away]
    return owner, members


def lone_best(threshold, mutual=False):
    def variant(e, probs, edge, link, same_source):
        src = e.source
        best = {}
        for (x, y), v in probs.items():
            for p, q in ((x, y), (y, x)):
                if v > best.get((p, src[q]), (0, None))[0]:
                    best[(p, src[q])] = (v, q)

        def judge(A, B, i, j, P, mean):
            if len(A) != 1 and len(B) != 1:
                return mean
            s, C = (A[0], B) if len(A) == 1 else (B[0], A)
            if not mutual:
                return 1.0 if max(P(s, m) for m in C) >= threshold else mean
            m = j if s == i else i
            mutual_best = best.get((s, src[m]), (0, None))[1] == m and best.get((m, src[s]), (0, None))[1] == s
            return 1.0 if P(s, m) >= threshold and mutual_best else mean
        return grouping(e, probs, edge, link, same_source, judge=judge)[0]
    return variant


def best_match(threshold):
    def variant(e, probs, edge, link, same_source):
        src = e.source

        def judge(A, B, i, j, P, mean):
            ba = [max([P(x, y) for y in B if src[y] != src[x]] or [0]) for x in A]
            bb = [max([P(x, y) for x in A if src[y] != src[x]] or [0]) for y in B]
            # at @threshold where the mean needs link (and the other needs scaled with it)
            return (sum(ba) / len(ba) + sum(bb) / len(bb)) / 2 * link / threshold
        return grouping(e, probs, edge, link, same_source, judge=judge)[0]
    return variant


def bridged(threshold=None):
    """branch group-wip's _px_align_bridged(), at @threshold (None: the edge)."""
    def variant(e, probs, edge, link, same_source):
        src = e.source
        t = edge if threshold is None else threshold

        def judge(A, B, i, j, P, mean):
            pairs = sorted(((P(x, y), x, y) for x in A for y in B if src[x] != src[y] and P(x, y) >= t), reverse=True)
            used, outlets = set(), set()
            for v, x, y in pairs:
                if x in used or y in used:
                    continue
                used |= {x, y}
                outlets.add(frozenset((src[x], src[y])))
                if len(outlets) >= 2:
                    return 1.0
            return mean
        return grouping(e, probs, edge, link, same_source, judge=judge)[0]
    return variant


def same_source_mean(threshold, groups_only=False):
    """Two groups with an outlet in common join only on a mean of @threshold or more (@groups_only:
    only where both are groups of two sentences or more: two claims each of one fact, joined, would
    hold one outlet's two facts)."""
    def variant(e, probs, edge, link, same_source):
        src = e.source
        P = lambda x, y: probs.get((x, y) if x < y else (y, x), 0.0)
        return grouping(e, probs, edge, link, same_source,
                        allow=lambda A, B, v: not ({src[x] for x in A} & {src[y] for y in B})
                        or (groups_only and min(len(A), len(B)) < 2)
                        or (cross(e, P, A, B) or 0) >= threshold)[0]
    return variant


def one_fact_first(threshold, lone):
    """same-source groups @threshold, and a lone sentence joins a claim on its best link at @lone: claims
    of one fact each first, then the sentence that should join one of them can."""
    def variant(e, probs, edge, link, same_source):
        src = e.source
        P = lambda x, y: probs.get((x, y) if x < y else (y, x), 0.0)

        def allow(A, B, v):
            return (not ({src[x] for x in A} & {src[y] for y in B}) or min(len(A), len(B)) < 2
                    or (cross(e, P, A, B) or 0) >= threshold)

        def judge(A, B, i, j, P_, mean):
            if len(A) != 1 and len(B) != 1:
                return mean
            s, C = (A[0], B) if len(A) == 1 else (B[0], A)
            return 1.0 if max(P(s, x) for x in C) >= lone else mean
        return grouping(e, probs, edge, link, same_source, allow=allow, judge=judge)[0]
    return variant


def one_outlet(e, probs, edge, link, same_source):
    src = e.source
    return grouping(e, probs, edge, link, same_source,
                    allow=lambda A, B, v: not ({src[x] for x in A} & {src[y] for y in B}))[0]


def two_pass(e, probs, edge, link, same_source):
    src = e.source
    owner, members = grouping(e, probs, edge, link, same_source,
                              allow=lambda A, B, v: not ({src[x] for x in A} & {src[y] for y in B}))
    return grouping(e, probs, edge, link, same_source, start=(owner, members))[0]


def sub_claim(e, probs, edge, link, same_source):
    """A merge refused on the mean is accepted when a group either claim was made of (holding the
    pair's own sentence) meets the other side, or a group it was made of, at the mean it needs."""
    src = e.source
    made_of = collections.defaultdict(list)  # a claim's earlier groups (by its first sentence's id)
    P = lambda x, y: probs.get((x, y) if x < y else (y, x), 0.0)

    def need_of(A, B):
        need = max(link, fs.CLAIMS_LINK) if min(len(A), len(B)) >= fs.CLAIMS_SIZE else link
        own = [m for m in (cross(e, P, A, A), cross(e, P, B, B)) if m is not None]
        return max([need] + ([COHESION_SHARE * min(own)] if own else []))

    def accept(A, B, i, j):
        for SA in [A] + made_of[min(A)]:
            for SB in [B] + made_of[min(B)]:
                if (SA is A and SB is B) or not ((i in SA and j in SB) or (j in SA and i in SB)):
                    continue
                m = cross(e, P, SA, SB)
                if m is not None and m >= need_of(SA, SB):
                    return True
        return False

    # grouping() keeps no history: the loop again, recording the groups each claim was made of
    owner, members = list(range(len(src))), {i: [i] for i in range(len(src))}
    edges = sorted(((v, i, j) for (i, j), v in probs.items() if v >= min(edge, link)), key=lambda t: (-t[0], t[1], t[2]))
    for v, i, j in edges:
        a, b = owner[i], owner[j]
        if a == b:
            continue
        A, B = members[a], members[b]
        single = len(A) == 1 or len(B) == 1
        if (v < edge and not single) or ({src[x] for x in A} & {src[y] for y in B} and v < same_source):
            continue
        mean = cross(e, P, A, B)
        if mean is None or (mean < need_of(A, B) and not accept(A, B, i, j)):
            continue
        into, away = (a, b) if len(A) >= len(B) else (b, a)
        history = made_of.pop(min(A), []) + made_of.pop(min(B), []) + [list(g) for g in (A, B) if len(g) >= 2]
        for m in members[away]:
            owner[m] = into
        members[into] += members.pop(away)
        made_of[min(members[into])] = history
    return owner


def upgma(e, probs, edge, link, same_source):
    src = e.source
    P = lambda x, y: probs.get((x, y) if x < y else (y, x), 0.0)
    members = {i: [i] for i in range(len(src))}
    while True:
        best = None
        owner = {m: c for c, ms in members.items() for m in ms}
        pairs = {(min(owner[x], owner[y]), max(owner[x], owner[y])) for (x, y), v in probs.items() if v >= min(edge, link)}
        for a, b in sorted(pairs):
            if a == b:
                continue
            A, B = members[a], members[b]
            mean = cross(e, P, A, B)
            mx = max(P(x, y) for x in A for y in B)
            single = len(A) == 1 or len(B) == 1
            if mean is None or (mx < edge and not single) or ({src[x] for x in A} & {src[y] for y in B} and mx < same_source):
                continue
            need = max(link, fs.CLAIMS_LINK) if min(len(A), len(B)) >= fs.CLAIMS_SIZE else link
            own = [m for m in (cross(e, P, A, A), cross(e, P, B, B)) if m is not None]
            if own:
                need = max(need, COHESION_SHARE * min(own))
            if mean >= need and (best is None or mean > best[0]):
                best = (mean, a, b)
        if best is None:
            break
        members[best[1]] += members.pop(best[2])
    owner = [0] * len(src)
    for c, ms in members.items():
        for m in ms:
            owner[m] = c
    return owner


def base(e, probs, edge, link, same_source, cohesion=COHESION_SHARE):
    return grouping(e, probs, edge, link, same_source, cohesion=cohesion)[0]


def score(events, variant, thresholds):
    total = (0, 0, 0, 0)
    for e in events:
        total = fs.add(total, e.score(variant(e, links(e), *thresholds)))
    return total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(os.path.dirname(HERE)), "shared"))
    ap.add_argument("--cache")
    ap.add_argument("--ecb", action="store_true")
    a = ap.parse_args()
    data = load(a.cli, a.shared, a.cache)
    variants = [("base", base)]
    variants += [(f"cohesion {c}", lambda e, p, x, y, z, c=c: base(e, p, x, y, z, cohesion=c)) for c in (0.2, 0.3, 0.4)]
    variants += [(f"same-source {t}", same_source_mean(t)) for t in (0.2, 0.3)]
    variants += [(f"same-source groups {t}", same_source_mean(t, True)) for t in (0.2, 0.25, 0.3, 0.4)]
    variants += [(f"one-fact-first 0.4, lone {t}", one_fact_first(0.4, t)) for t in (0.2, 0.25, 0.3)]
    variants += [("one-outlet", one_outlet), ("two-pass", two_pass)]
    variants += [(f"lone-best {t}", lone_best(t)) for t in (0.15, 0.2, 0.3)]
    variants += [(f"lone-mutual {t}", lone_best(t, True)) for t in (0.15, 0.25)]
    variants += [(f"best-match {t}", best_match(t)) for t in (0.12, 0.15, 0.17)]
    variants += [("bridged edge", bridged()), ("bridged 0.3", bridged(0.3)), ("bridged 0.35", bridged(0.35))]
    variants += [("sub-claim", sub_claim), ("upgma", upgma)]
    print("variant | basil dev tp fp fn, F1 | per event (tp, fp) | ECB+ triplets tp fp fn tn, MCC"
          + (" | ECB+ dev MCC" if a.ecb else ""))
    for name, variant in variants:
        b = score(data["basil"], variant, FEW)
        per = [e.score(variant(e, links(e), *FEW))[:2] for e in data["basil"]]
        t = score(data["triplets"], variant, FEW)
        line = f"{name} | {b[:3]} {fs.f1(b):.4f} | {per} | {t} {fs.mcc(t):.4f}"
        if a.ecb:
            line += f" | {fs.mcc(score(data['ecb'], variant, MANY)):.4f}"
        print(line, flush=True)


if __name__ == "__main__":
    main()
