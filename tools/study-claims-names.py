#!/usr/bin/env python3
"""CLAIMS_LINK's exceptions, measured on the ecbplus-dev DEVELOPMENT topics only (nineteenth session,
docs/benchmarks.md): 5 folds by topic, the weights refitted and the thresholds chosen on four
(tools/fit-similarity.py's cross_validate(), its replica of px_align() patched), 6 deals; and in
sample with the model in use.

usage: /usr/bin/python3 tools/study-claims-names.py --cli build/app/cli/parallax-cli [--shared ../shared]
                                                    [--keys-dir DIR]... [--cache FILE]
--keys-dir: more keyed development events in the fit and the objective, as fit-similarity.py's (the
project's K14: tests/bench/claims/keyed-events.py DIR ../shared, then DIR/k14; never K15, the blind
check); their F1 is printed with basil-dev's as "keys".
Variants of the merge CLAIMS_LINK alone refuses (two claims of CLAIMS_SIZE+ sentences, the mean link
between "link" and CLAIMS_LINK):
  base          refused (px-align.c before);
  off           allowed;
  groups K T S  allowed when a share S of the cross pairs lie within one group of articles, the
                story's articles grouped by average linkage at cosine T over their words of kinds K
                (n names, o numbers and other tokens, p predicates, w other words);
  names S F     allowed when neither claim writes, in a share S of its sentences or more (two at
                least), more than F names the other claim never writes (px-align.c's
                _px_align_same_names() was S 0.5, F 1, in stories of many reports, from the
                nineteenth session until the twentieth took it out: tools/study-many-reports.py);
  days          names 0.5 1, a weekday counting as two names (a claim about a day the other
                never writes is another happening).
Needs numpy (/usr/bin/python3)."""
import collections, importlib.util, os, sys, tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("fit_similarity", os.path.join(HERE, "fit-similarity.py"))
fs = importlib.util.module_from_spec(spec)
sys.modules["fit_similarity"] = fs
spec.loader.exec_module(fs)


FEW_SOURCES = 4  # similarity.txt: few_sources


def name_of(e):
    return os.path.basename(os.path.dirname(e.files[0]))

def probs_of(e, p):
    if getattr(e, "affinity", None) is None:
        e.affinity = fs.article_affinity(e)
    probs = {}
    for t, (i, j) in enumerate(e.pairs):
        if e.candidate[t] and p[t] >= fs.FLOOR:
            probs[(i, j) if i < j else (j, i)] = float(np.float32(p[t])) * e.affinity[e.source[i]][e.source[j]]
    return probs

def acts_map(e):
    if getattr(e, "_acts", None) is None:
        acts = {}
        for _, a, ids in getattr(e, "selected", []):
            for j in ids:
                acts.setdefault(j, []).append(a)
        e._acts = acts
    return e._acts

def label(e, cross):
    acts = acts_map(e); same = diff = 0
    for x, y in cross:
        if len(acts.get(x, ())) == 1 and len(acts.get(y, ())) == 1:
            ea, eb = acts[x][0], acts[y][0]
            same += bool(ea) and ea == eb
            diff += not ea & eb
    return same, diff

def run(e, probs, edge, link, same_source, allow=None, record=None, claims_link=fs.CLAIMS_LINK,
        few_sources=FEW_SOURCES, cohesion_share=fs.COHESION_SHARE, lone_rule=True, veto=None):
    """allow(e, A, B, mean, cross, probs) -> True lets a merge CLAIMS_LINK alone refuses through, in
    stories of more than @few_sources reports; @cohesion_share None: no cohesion rule; @lone_rule False:
    no pair under the edge joins anything (px-align.c's joins_lone_sentence() off); veto(e, A, B, cross,
    probs, link) -> True refuses a merge every other rule lets through, in stories of more than
    @few_sources reports (tools/study-rule-families.py's guards)."""
    src = e.source; n = len(src)
    lone = min(edge, link) if lone_rule else edge
    edges = sorted(((v, i, j) for (i, j), v in probs.items() if v >= lone), key=fs.edge_order(e))
    owner = list(range(n)); members = {i: [i] for i in range(n)}; sources = {i: 1 << src[i] for i in range(n)}
    inner = {i: (0.0, 0) for i in range(n)}
    for v, i, j in edges:
        a, b = owner[i], owner[j]
        if a == b: continue
        single = len(members[a]) == 1 or len(members[b]) == 1
        if (v < edge and not single) or (sources[a] & sources[b] and v < same_source): continue
        total = 0.0; cross = []
        for x in members[a]:
            for y in members[b]:
                if src[x] != src[y]:
                    total += probs.get((x, y) if x < y else (y, x), 0.0); cross.append((x, y))
        count = len(cross)
        if count == 0: continue
        mean = total / count
        need = link
        own = [t / c for t, c in (inner[a], inner[b]) if c]
        if own and cohesion_share is not None: need = max(need, cohesion_share * min(own))
        if mean < need: continue
        big = min(len(members[a]), len(members[b])) >= fs.CLAIMS_SIZE
        if big and mean < claims_link:
            # px-align.c: stories of few reports (few_sources, 4) keep CLAIMS_LINK
            ok = allow is not None and len(e.sizes) > few_sources and allow(e, members[a], members[b], mean, cross, probs)
            if record is not None: record.append((e, list(members[a]), list(members[b]), mean, cross, ok))
            if not ok: continue
        if veto is not None and len(e.sizes) > few_sources and veto(e, members[a], members[b], cross, probs, link):
            continue
        into, away = (a, b) if len(members[a]) >= len(members[b]) else (b, a)
        for m in members[away]: owner[m] = into
        members[into] += members.pop(away); sources[into] |= sources.pop(away)
        inner[into] = (inner[a][0] + inner[b][0] + total, inner[a][1] + inner[b][1] + count); del inner[away]
    return owner

def score_all(evs, allow, settings=(0.3, 0.2, 0.2), cache={}):
    tot = (0,0,0,0); small = (0,0,0,0); per = {}
    for e in evs:
        key = id(e)
        if key not in cache: cache[key] = probs_of(e, e.engine)
        c = e.score(run(e, cache[key], *settings, allow=allow))
        per[name_of(e)] = c
        tot = fs.add(tot, c)
        if e.kind == "ecb" and fs.clear_pairs(e) < 400: small = fs.add(small, c)
    return tot, small, per

def fact_groups(e, T, kinds=("n","o"), rare=None, cache={}):
    key = (id(e), T, kinds, rare)
    if key in cache: return cache[key]
    n = len(e.sizes)
    bags = [collections.Counter() for _ in range(n)]
    for g, ws in enumerate(e.words):
        for w in {x[2] for x in ws if x[1] in kinds}:
            bags[e.source[g]][w] += 1
    using = collections.Counter(w for b in bags for w in b)
    vec = []
    for b in bags:
        v = {w: (1 + np.log(c)) * np.log(1 + n / using[w]) for w, c in b.items()}
        nm = np.sqrt(sum(x*x for x in v.values())) or 1.0
        vec.append({w: x / nm for w, x in v.items()})
    cos = [[sum(x * vec[b].get(w, 0.0) for w, x in vec[a].items()) for b in range(n)] for a in range(n)]
    groups = [[d] for d in range(n)]
    while True:
        best = None
        for x in range(len(groups)):
            for y in range(x + 1, len(groups)):
                m = sum(cos[a][b] for a in groups[x] for b in groups[y]) / (len(groups[x]) * len(groups[y]))
                if m >= T and (best is None or m > best[0]): best = (m, x, y)
        if best is None: break
        groups[best[1]] += groups.pop(best[2])
    gid = {d: k for k, g in enumerate(groups) for d in g}
    cache[key] = (gid, groups, cos)
    return cache[key]

def allow_group(T, kinds=("n","o")):
    def allow(e, A, B, mean, cross, probs):
        gid = fact_groups(e, T, kinds)[0]
        return len({gid[e.source[x]] for x in A + B}) == 1
    return allow


def allow_share(T, kinds, share):
    def allow(e, A, B, mean, cross, probs):
        gid = fact_groups(e, T, kinds)[0]
        return np.mean([gid[e.source[x]] == gid[e.source[y]] for x, y in cross]) >= share
    return allow


def names_count(e, M):
    c = collections.Counter()
    for g in M:
        for w in {x[2] for x in e.words[g] if x[1] == "n"}:
            c[w] += 1
    return c


DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def allow_names(share, maxforeign=1, minsent=2, dayweight=1):
    def allow(e, A, B, mean, cross, probs):
        ca, cb = names_count(e, A), names_count(e, B)
        day = {x[2]: x[0] in DAYS for g in A + B for x in e.words[g] if x[1] == "n"}
        for c, M, other in ((ca, A, cb), (cb, B, ca)):
            central = [w for w, k in c.items() if k >= max(minsent, share * len(M))]
            if sum(dayweight if day[w] else 1 for w in central if w not in other) > maxforeign:
                return False
        return True
    return allow


ORIG = fs.cluster_pairs
ALLOW = [None]


def patched(event, probs, edge, link, same_source, claims_link=None, cohesion_share=fs.COHESION_SHARE, lone_share=None):
    if claims_link == 0 or cohesion_share is None or ALLOW[0] is None:
        return ORIG(event, probs, edge, link, same_source, claims_link, cohesion_share, lone_share)
    return run(event, probs, edge, link, same_source, allow=ALLOW[0])


def cv(events, allow, label, deals=(1, 2, 3, 4, 5, 6)):
    ALLOW[0] = allow
    out = []
    for seed in deals:
        base = []
        k, b, m = fs.cross_validate(events, seed, base)
        kinds = base[0]["kinds"]
        out.append((k, b, m, kinds[("engine", "ecb small")], base[0]["tfidf"][0], base[0]["tfidf"][2],
                    kinds[("tfidf", "ecb small")]))
    a = np.mean(out, axis=0)
    print(f"{label:22} keys F1 {a[0]:.3f}  basil-dev F1 {a[1]:.3f}  ECB+ MCC {a[2]:.3f}  under {fs.LARGE} pairs {a[3]:.3f} | "
          f"TF-IDF {a[4]:.3f}, {a[5]:.3f}, {a[6]:.3f} | deals {' '.join(f'{x[2]:.3f}' for x in out)}", flush=True)


def main():
    ap = fs.study_arguments()
    a = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    fs.write_candidate_model(tmp.name)
    cli = os.path.abspath(a.cli)
    events = fs.load_events_cached(cli, a.shared, a.keys_dir, a.cache)
    m_dev, _ = fs.msrp(cli, a.shared)
    fs.MSRP_TRAIN[0] = (np.array([x for x, _ in m_dev]), np.array([t for _, t in m_dev], float))
    fs.MSRP_TRAIN[1] = 1.0
    fs.cluster_pairs = patched
    ecb = [e for e in events if e.kind == "ecb"]
    keyed = [e for e in events if e.dataset == "other keys"]
    print("in sample, the model in use (ECB+ development MCC, all / under 400 pairs; keys F1 at few_*):")
    for label, allow in (("base", None), ("names 0.5 1", allow_names(0.5, 1)), ("days", allow_names(0.5, 1, 2, 2))):
        tot, small, per = score_all(ecb, allow)
        keys = score_all(keyed, allow, settings=(0.25, 0.15, 0.15))[0] if keyed else None
        print(f"  {label:12} {fs.mcc(tot):.3f} / {fs.mcc(small):.3f}" + (f"; keys {fs.f1(keys):.3f} {keys[:3]}" if keyed else ""))
    print("cross-validated by topic (5 folds, 6 deals; weights refitted, thresholds chosen on four folds):")
    cv(events, None, "base")
    cv(events, lambda *x: True, "off")
    for kinds in (("n", "o"), ("n", "o", "p", "w")):
        for T in (0.15, 0.2, 0.3):
            cv(events, allow_share(T, kinds, 1.0), f"groups {''.join(kinds)} {T} 1.0")
    for share, mf in ((0.34, 1), (0.5, 0), (0.5, 1), (0.5, 2), (0.67, 1)):
        cv(events, allow_names(share, mf), f"names {share} {mf}")
    cv(events, allow_names(0.5, 1, 2, 2), "days")


if __name__ == "__main__":
    main()
