#!/usr/bin/env python3
"""Where the engine's claims of many-outlet coverage join sentences of different happenings, counted
on the ECB+ development topics only (topics not divisible by 3; twenty-seventh session, ecb27,
docs/benchmarks.md). Issue 11 asks the many-report alignment to beat a tuned TF-IDF baseline on topics
it was not tuned on; this script gives the honest part of that estimate and the false joins by class.

usage: tools/study-ecb-joins.py --cli build/app/cli/parallax-cli [--shared ../shared] [--jobs 2]
                                [--save FILE] [--pooled-halves]

1. The engine (PARALLAX_ALIGN_TRACE, for the links that hold each claim) and the TF-IDF baseline
   (tests/bench/claims/tfidf-baseline.py's recipe, average linkage, on the engine's own sentences, at
   run.sh's thresholds) on every development event; pairs counted as score-ecb.py counts them.
2. Per topic (an ECB+ topic's two halves pooled, as the held-out split deals topics) the engine's and
   the baseline's counts and MCC.
3. The baseline's threshold chosen by leave-one-topic-out (chosen on the other topics by the pooled
   MCC, the topic scored at it, the counts pooled): its honest development figure. The engine's own
   figure here is in-sample (its weights, thresholds and rules were chosen on these topics), and
   random thirds of the topics (the baseline chosen on the other two thirds) say the same.
4. The engine's false joins (pairs of different happenings in one claim) by class: sharing an
   annotated participant (the same person, place or thing), sharing a word of their happenings'
   annotated triggers, linked directly in the claim or only through other members (a chain), the
   baseline's cosine of the pair; the claims that hold most of them.
5. The joins only the engine makes and those only the baseline makes, right and wrong.
6. The engine's claims by the mean baseline cosine of their pairs of two outlets: how many right and
   wrong pairs the claims of each band hold (a rule that parts claims the words do not hold together
   is judged here first).
--save FILE keeps the pairs (pickle) for other questions. --pooled-halves compares each topic's two
halves (_ecb and _ecbplus) as one story, two happenings of one kind (topics of more than 32 reports
left out, as compare takes at most 32). Held-out topics are never read."""
import argparse, collections, importlib.util, itertools, json, os, pickle, random, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "tfidf_baseline", os.path.join(HERE, "..", "tests", "bench", "claims", "tfidf-baseline.py"))
tb = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tb)
THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.4]  # run.sh's grid


def mcc(tp, fp, fn, tn):
    den = ((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn)) ** 0.5
    return (tp * tn - fp * fn) / den if den else 0.0


def tfidf_where(sents, sim, threshold):
    """tfidf-baseline.py's average linkage: (source, sentence) -> claim."""
    edges = sorted(((d, i, j) for (i, j), d in sim.items() if d >= threshold), reverse=True)
    owner = list(range(len(sents)))
    members = {i: [i] for i in range(len(sents))}
    for d, i, j in edges:
        a, b = owner[i], owner[j]
        if a == b:
            continue
        pairs = [(x, y) for x in members[a] for y in members[b] if sents[x][0] != sents[y][0]]
        if sum(sim.get((min(x, y), max(x, y)), 0.0) for x, y in pairs) / max(len(pairs), 1) < threshold:
            continue
        for m in members[b]:
            owner[m] = a
        members[a] += members.pop(b)
    return {(sents[m][0], sents[m][1]): c for c, root in enumerate(sorted(members)) for m in members[root]}


def run_engine(cli, d, gold):
    files = [os.path.join(d, f) for f in gold["files"]]
    env = dict(os.environ, PARALLAX_ALIGN_TRACE="1")
    p = subprocess.run([cli, "compare", "--format", "json"] + files, capture_output=True, env=env, timeout=600)
    if p.returncode != 0:
        sys.exit("%s failed on %s" % (cli, d))
    links = {}
    for line in p.stderr.decode(errors="replace").splitlines():
        f = line.split()
        if len(f) == 5 and f[0] == "link":
            a, b = tuple(map(int, f[2].split(":"))), tuple(map(int, f[3].split(":")))
            links[(a, b)] = links[(b, a)] = float(f[4])
    return json.loads(p.stdout), links


def event_pairs(name, d, cli):
    gold = json.load(open(os.path.join(d, "gold.json")))
    out, links = run_engine(cli, d, gold)
    where = {(m["source"], m["sentence"]): c for c, cl in enumerate(out["claims"]) for m in cl["members"]}
    sents, sim = tb.similarities(out)
    index = {(s[0], s[1]): k for k, s in enumerate(sents)}
    tf = {t: tfidf_where(sents, sim, t) for t in THRESHOLDS}
    cos = lambda x, y: sim.get((min(index[x], index[y]), max(index[x], index[y])), 0.0) \
        if x in index and y in index else 0.0
    # score-ecb.py's mapping of annotated sentences onto the engine's
    spans = {}
    for i, doc in enumerate(gold["sentences"]):
        text = open(os.path.join(d, gold["files"][i]), encoding="utf-8").read()
        src = out["sources"][i]
        et = src.get("text") or ""
        shift = max(text.find(et[:200]) if et else 0, 0)
        for k, g in enumerate(doc):
            spans[(i, k)] = [(i, j) for j, s in enumerate(src.get("sentences", []))
                             if min(g["end"] - shift, s["end"]) - max(g["start"] - shift, s["start"]) > 0]
    claims = [{"members": [index[(m["source"], m["sentence"])] for m in cl["members"]]} for cl in out["claims"]]
    for cl in claims:
        cross = [(a, b) for a, b in itertools.combinations(cl["members"], 2) if sents[a][0] != sents[b][0]]
        cl["mean_cos"] = sum(sim.get((min(a, b), max(a, b)), 0.0) for a, b in cross) / len(cross) if cross else None
    sel = [(i, k, g) for i, doc in enumerate(gold["sentences"]) for k, g in enumerate(doc) if g["selected"]]
    pairs = []
    for (i, k, ga), (j, l, gb) in itertools.combinations(sel, 2):
        if i == j:
            continue
        ea, eb = frozenset(x[0] for x in ga["act"]), frozenset(x[0] for x in gb["act"])
        if ea and ea == eb:
            same = True
        elif not ea & eb:
            same = False
        else:
            continue
        ca = {where[s] for s in spans[(i, k)] if s in where}
        cb = {where[s] for s in spans[(j, l)] if s in where}
        link = [links[(x, y)] for x in spans[(i, k)] for y in spans[(j, l)] if (x, y) in links]
        pairs.append({
            "event": name, "topic": name.split("_")[0], "same": same, "engine": bool(ca & cb),
            "claim": min(ca & cb) if ca & cb else None,
            "tfidf": {t: bool({tf[t][s] for s in spans[(i, k)] if s in tf[t]}
                              & {tf[t][s] for s in spans[(j, l)] if s in tf[t]}) for t in THRESHOLDS},
            "cos": max([cos(x, y) for x in spans[(i, k)] for y in spans[(j, l)]] or [0.0]),
            "link": max(link) if link else None,
            "share_part": bool({x[0] for x in ga["part"]} & {x[0] for x in gb["part"]}),
            "share_trigger": bool({x[2].lower() for x in ga["act"]} & {x[2].lower() for x in gb["act"]}),
        })
    # the claims' pairs by band of mean cosine
    bands = []
    for c, cl in enumerate(claims):
        if cl["mean_cos"] is None:
            continue
        held = [p for p in pairs if p["claim"] == c]
        bands.append((cl["mean_cos"], sum(p["same"] for p in held), sum(not p["same"] for p in held)))
    return pairs, bands


def pool_halves(root, names, out):
    """Each topic's events as one: the files linked into @out/TOPIC_pool with one gold.json."""
    pooled = []
    for topic in sorted({n.split("_")[0] for n in names}, key=int):
        gold = {"files": [], "sentences": []}
        d = os.path.join(out, topic + "_pool")
        os.makedirs(d)
        for n in (n for n in names if n.split("_")[0] == topic):
            g = json.load(open(os.path.join(root, n, "gold.json")))
            for f, sentences in zip(g["files"], g["sentences"]):
                os.symlink(os.path.abspath(os.path.join(root, n, f)), os.path.join(d, n + "-" + f))
                gold["files"].append(n + "-" + f)
                gold["sentences"].append(sentences)
        json.dump(gold, open(os.path.join(d, "gold.json"), "w"))
        if len(gold["files"]) <= 32:
            pooled.append(topic + "_pool")
    return out, pooled


def counts(pairs, key):
    c = collections.defaultdict(lambda: [0, 0, 0, 0])
    for p in pairs:
        k = c[p["topic"]]
        v = key(p)
        k[0 if p["same"] and v else 2 if p["same"] else 1 if v else 3] += 1
    return dict(c)


def pooled(c, topics):
    return mcc(*[sum(c.get(t, [0, 0, 0, 0])[i] for t in topics) for i in range(4)])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "shared"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--save")
    ap.add_argument("--pooled-halves", action="store_true")
    a = ap.parse_args()
    root = os.path.join(a.shared, "corpus", "ecbplus-dev", "events")
    names = sorted(n for n in os.listdir(root) if int(n.split("_")[0]) % 3 != 0)  # development only
    if a.pooled_halves:
        root, names = pool_halves(root, names, tempfile.mkdtemp(prefix="ecb-joins-"))
    with ThreadPoolExecutor(a.jobs) as pool:
        results = list(pool.map(lambda n: event_pairs(n, os.path.join(root, n), os.path.abspath(a.cli)), names))
    pairs = [p for r in results for p in r[0]]
    bands = [b for r in results for b in r[1]]
    if a.save:
        pickle.dump(pairs, open(a.save, "wb"))
    engine = counts(pairs, lambda p: p["engine"])
    tfidf = {t: counts(pairs, lambda p, t=t: p["tfidf"][t]) for t in THRESHOLDS}
    topics = sorted(engine, key=int)

    print("== per topic (tp fp fn tn), engine against TF-IDF at 0.2")
    for t in topics:
        e, f = engine[t], tfidf[0.2].get(t, [0, 0, 0, 0])
        print("  %3s engine %.3f %-22s TF-IDF %.3f %s" % (t, mcc(*e), e, mcc(*f), f))
    print("== pooled, every development topic (in-sample)")
    print("  engine %.3f; TF-IDF %s" % (pooled(engine, topics),
                                       ", ".join("%.2f: %.3f" % (t, pooled(tfidf[t], topics)) for t in THRESHOLDS)))
    choose = lambda fit: max(THRESHOLDS, key=lambda t: pooled(tfidf[t], fit))
    loto = [0, 0, 0, 0]
    picks = collections.Counter()
    for t in topics:
        th = choose([u for u in topics if u != t])
        picks[th] += 1
        loto = [x + y for x, y in zip(loto, tfidf[th].get(t, [0, 0, 0, 0]))]
    print("== TF-IDF, threshold chosen leaving each topic out: %.3f %s (chosen %s)"
          % (mcc(*loto), loto, dict(sorted(picks.items()))))
    rnd = random.Random(1)
    margins = []
    for _ in range(300):
        test = rnd.sample(topics, round(len(topics) / 3))
        fit = [t for t in topics if t not in test]
        margins.append(pooled(engine, test) - pooled(tfidf[choose(fit)], test))
    margins.sort()
    print("== random thirds (300): engine (in-sample) minus TF-IDF (chosen on the other two thirds): "
          "mean %+.3f, 10th percentile %+.3f, lowest %+.3f" % (sum(margins) / len(margins), margins[30], margins[0]))

    fps = [p for p in pairs if p["engine"] and not p["same"]]
    tps = [p for p in pairs if p["engine"] and p["same"]]
    print("== the engine's joins, right (%d) and wrong (%d)" % (len(tps), len(fps)))
    for label, group in (("right", tps), ("wrong", fps)):
        n = len(group)
        print("  %s: share a participant %d, share a trigger word %d, linked directly %d (through others %d), "
              "TF-IDF cosine under 0.1 %d, under 0.2 %d" % (
                  label, sum(p["share_part"] for p in group), sum(p["share_trigger"] for p in group),
                  sum(p["link"] is not None for p in group), sum(p["link"] is None for p in group),
                  sum(p["cos"] < 0.1 for p in group), sum(p["cos"] < 0.2 for p in group)))
    by_claim = collections.Counter((p["event"], p["claim"]) for p in fps)
    print("  wrong joins by claim: %s" % ", ".join("%s#%s %d" % (e, c, n) for (e, c), n in by_claim.most_common(8)))
    print("== joins one side only (TF-IDF at 0.2)")
    for label, key in (("engine only", lambda p: p["engine"] and not p["tfidf"][0.2]),
                       ("TF-IDF only", lambda p: p["tfidf"][0.2] and not p["engine"])):
        group = [p for p in pairs if key(p)]
        print("  %s: %d right, %d wrong" % (label, sum(p["same"] for p in group), sum(not p["same"] for p in group)))
    print("== the engine's claims by the mean TF-IDF cosine of their pairs of two outlets")
    for lo, hi in ((0, 0.1), (0.1, 0.15), (0.15, 0.2), (0.2, 0.25), (0.25, 0.3), (0.3, 2)):
        band = [b for b in bands if lo <= b[0] < hi]
        print("  [%.2f, %s): %d claims, %d right pairs, %d wrong" % (
            lo, "%.2f" % hi if hi < 2 else "1]", len(band), sum(b[1] for b in band), sum(b[2] for b in band)))


if __name__ == "__main__":
    main()
