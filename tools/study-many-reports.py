#!/usr/bin/env python3
"""The grouping of stories of many reports (more than few_sources, the ECB+-like events of ~11 outlets)
judged by an objective no single event dominates (twentieth session, docs/benchmarks.md). Development
data only: the ecbplus-dev topics not divisible by 3 (and, in the weights' refit, basil-dev's development
events, the --keys-dir sets and MSRP's development pairs, as fit-similarity.py fits them).

usage: /usr/bin/python3 tools/study-many-reports.py --cli build/app/cli/parallax-cli [--shared ../shared]
                                                   [--keys-dir DIR]... [--cache FILE] [--deals N]
                                                   [--variants "NAME;..."] [--table-only]

1. The table: each development event, the engine (the model in use, px-align.c's grouping in
   fit-similarity.py's replica) against the TF-IDF baseline at TFIDF_THRESHOLD (run.sh's choice on
   development), MCC each, and how many events the engine wins, loses or ties (within TIE).
2. The objective: the mean over development *units* of their MCC, a unit being one ECB+ topic (its
   two halves' pairs pooled: they are fold-mates anyway); topics with fewer than MIN_SAME
   same-happening or MIN_DIFFERENT different-happening clear-cut pairs are pooled into one unit
   (their MCC alone is a coin's). Printed beside the pooled MCC and the events under fs.LARGE pairs, and
   a topic-resampled interval (2,000 draws) of the engine minus TF-IDF.
3. Cross-validation by topic (fs.folds(), deals 1..N): the weights refitted on four folds
   (fs.train()), the many-report thresholds (edge, link, same_source = link) chosen on the training
   folds' ECB+ events by the unit objective, the fifth fold scored; the TF-IDF baseline's threshold
   chosen the same way. Stories of few_sources reports or fewer keep px-align.c's few path and the
   model's few_* thresholds in every variant (one ECB+ development event has three reports).
   Each variant takes one step out of the many-report path (or the baseline's own recipe on the
   engine's probabilities); see VARIANTS.
Needs numpy (/usr/bin/python3)."""
import os, random, tempfile

import numpy as np

from corpus_args import load_tool

fs = load_tool("fit_similarity", "fit-similarity.py")
names_study = load_tool("study_claims_names", "study-claims-names.py")
# study-claims-names.py loads fit-similarity.py again as the module "fit_similarity": one module for
# both, so that the events this script reads are pickled (--cache) by the class pickle finds
fs = names_study.fs

MODEL = {l.split()[1]: float(l.split()[2]) for l in open(os.path.join(fs.ROOT, "resources", "lexicon", "similarity.txt"))
         if l.startswith("setting ")}
FEW_SOURCES = int(MODEL.get("few_sources", 0))
FEW = tuple(MODEL.get("few_" + k, MODEL[k]) for k in ("edge", "link", "same_source"))
IN_USE = tuple(MODEL[k] for k in ("edge", "link", "same_source"))
TFIDF_THRESHOLD = 0.2    # run.sh's choice on ecbplus-dev development
TIE = 0.02
MIN_SAME = 5
MIN_DIFFERENT = 5
MANY_GRID = [(e, l) for e in (0.2, 0.25, 0.3, 0.35) for l in (0.1, 0.15, 0.2, 0.25, 0.3) if l <= e]

# the many-report path's steps, each a switch (px-align.c's names in brackets)
FULL = dict(affinity=True,      # articles unlike as wholes linked less (ARTICLE_AFFINITY)
            foreign=True,       # names an article is about that the other never writes (FOREIGN_NAMES)
            happenings=True,    # the articles' happenings (_px_align_happenings())
            claims_link=True,   # two claims of CLAIMS_SIZE+ need CLAIMS_LINK
            same_names=False,   # ... unless about the same names (px-align.c's _px_align_same_names() of
                                # 2026-12-06 01:21 to the twentieth session; study-claims-names.py)
            cohesion=True,      # COHESION_SHARE of the looser group's own
            claims_link_value=fs.CLAIMS_LINK,    # CLAIMS_LINK's value, retuned
            cohesion_value=fs.COHESION_SHARE,    # COHESION_SHARE's value, retuned
            article_affinity=fs.MANY_ARTICLE_AFFINITY,  # MANY_ARTICLE_AFFINITY's value (the happenings' link
                                                        # moves with it: fs.HAPPENING_COSINE over it)
            lone=True,          # a lone sentence joins below the edge (joins_lone_sentence())
            same_source=True,   # a second sentence of a source needs same_source
            thresholds=None,    # None: chosen on the training folds; or fixed (edge, link)
            pooled=False,       # the thresholds chosen by the pooled MCC (before 2026-12-06), not the unit mean
            affinities=None)    # ARTICLE_AFFINITY values chosen among on the training folds with the thresholds
VARIANTS = {
    "in use": {},
    "chosen by pooled MCC": dict(pooled=True),
    "the names rule": dict(same_names=True),
    "the names rule, by pooled MCC": dict(same_names=True, pooled=True),
    "no happenings": dict(happenings=False),
    "no foreign names": dict(foreign=False),
    "no article affinity": dict(affinity=False, foreign=False, happenings=False),
    "no CLAIMS_LINK": dict(claims_link=False),
    "no cohesion": dict(cohesion=False),
    "no lone rule": dict(lone=False),
    "no same-source rule": dict(same_source=False),
    "no lone, happenings, cohesion": dict(lone=False, happenings=False, cohesion=False),
    "thresholds in use": dict(thresholds=IN_USE[:2]),
    "CLAIMS_LINK 0.3": dict(claims_link_value=0.3),
    "CLAIMS_LINK 0.35": dict(claims_link_value=0.35),
    "CLAIMS_LINK 0.45": dict(claims_link_value=0.45),
    "CLAIMS_LINK 0.5": dict(claims_link_value=0.5),
    "COHESION_SHARE 0.15": dict(cohesion_value=0.15),
    "COHESION_SHARE 0.35": dict(cohesion_value=0.35),
    "ARTICLE_AFFINITY chosen": dict(affinities=(0.1, 0.125, 0.15, 0.175, 0.2)),
    "ARTICLE_AFFINITY 0.2": dict(article_affinity=0.2),  # before the twenty-second session
    "ARTICLE_AFFINITY 0.1": dict(article_affinity=0.1),
    "ARTICLE_AFFINITY 0.125": dict(article_affinity=0.125),
    "ARTICLE_AFFINITY 0.15": dict(article_affinity=0.15),
    "ARTICLE_AFFINITY 0.175": dict(article_affinity=0.175),
    "ARTICLE_AFFINITY 0.25": dict(article_affinity=0.25),
    "ARTICLE_AFFINITY 0.3": dict(article_affinity=0.3),
    "before (the names rule, by pooled MCC)": dict(same_names=True, pooled=True),
    "baseline recipe": dict(affinity=False, foreign=False, happenings=False, claims_link=False, cohesion=False,
                            lone=False, same_source=False, recipe=True),
    "baseline recipe, affinity": dict(claims_link=False, cohesion=False, lone=False, same_source=False, recipe=True),
}


def name_of(e):
    return os.path.basename(os.path.dirname(e.files[0]))


def topic_of(e):
    return int(name_of(e).split("_")[0])


def many(e):
    return len(e.sizes) > FEW_SOURCES


def affinity(e, cfg):
    """px-align.c's article factors with the steps @cfg keeps (fit-similarity.py's article_affinity())."""
    key = (cfg["affinity"], cfg["foreign"], cfg["happenings"], cfg["article_affinity"]) if many(e) \
        else (True, True, True, None)
    cache = e.__dict__.setdefault("_affinities", {})
    if key not in cache:
        if not key[0]:
            cache[key] = [[1.0] * len(e.sizes) for _ in e.sizes]
        elif key[3] is None:
            cache[key] = fs.article_affinity(e)  # a story of few reports: as in use
        else:
            cache[key] = fs.article_affinity(e, foreign_names=fs.FOREIGN_NAMES if key[1] else 1.0, scale=key[3],
                                             happening=(fs.HAPPENING_COSINE / key[3], fs.HAPPENING_ARTICLES,
                                                        fs.HAPPENING_APART) if key[2] else None)
    return cache[key]


def pair_probs(e, p, cfg):
    aff = affinity(e, cfg)
    probs = {}
    for t, (i, j) in enumerate(e.pairs):
        if e.candidate[t] and p[t] >= fs.FLOOR:
            probs[(i, j) if i < j else (j, i)] = float(np.float32(p[t])) * aff[e.source[i]][e.source[j]]
    return probs


SAME_NAMES = names_study.allow_names(0.5, 1)


def group(e, probs, edge, link, same_source, cfg):
    """px-align.c's px_align() in the replica, the many-report steps switched by @cfg; a story of few
    reports keeps every step and the few_* thresholds."""
    if not many(e):
        cfg, (edge, link, same_source) = FULL, FEW
    if cfg.get("recipe"):
        # the TF-IDF baseline's own recipe: average linkage at one threshold, nothing else
        return fs.cluster_pairs(e, probs, link, link, 0, 0, None)
    allow = SAME_NAMES if cfg["same_names"] and many(e) else None
    if not cfg["claims_link"]:
        allow = lambda *x: True
    return names_study.run(e, probs, edge, link, same_source if cfg["same_source"] else 0, allow=allow,
                           few_sources=FEW_SOURCES, cohesion_share=cfg["cohesion_value"] if cfg["cohesion"] else None,
                           lone_rule=cfg["lone"], claims_link=cfg["claims_link_value"])


# the objective ---------------------------------------------------------------

def units(ecb):
    """Each ECB+ event's unit: its topic, or "rest" for the topics whose clear-cut pairs are too few."""
    by_topic = {}
    for e in ecb:
        tp, fp, fn, tn = e.score(list(range(len(e.source))))  # every sentence together: same = tp + fn
        s, d = by_topic.get(topic_of(e), (0, 0))
        by_topic[topic_of(e)] = (s + tp + fn, d + fp + tn)
    return {name_of(e): (f"{topic_of(e)}" if min(by_topic[topic_of(e)][0] >= MIN_SAME,
                                                  by_topic[topic_of(e)][1] >= MIN_DIFFERENT) else "rest")
            for e in ecb}


def figures(counts, unit_of, only=None):
    """@counts: event name -> (tp, fp, fn, tn). The unit mean, the pooled MCC, the events under LARGE."""
    per_unit = {}
    pooled = small = (0, 0, 0, 0)
    for name, c in counts.items():
        if only is not None and unit_of[name] not in only:
            continue
        per_unit[unit_of[name]] = fs.add(per_unit.get(unit_of[name], (0, 0, 0, 0)), c)
        pooled = fs.add(pooled, c)
        if sum(c) < fs.LARGE:
            small = fs.add(small, c)
    mean = float(np.mean([fs.mcc(c) for c in per_unit.values()])) if per_unit else 0.0
    return dict(mean=mean, pooled=fs.mcc(pooled), small=fs.mcc(small), per_unit=per_unit)


def unit_mean(per_unit_lists):
    return float(np.mean([fs.mcc(c) for c in per_unit_lists]))


def resampled(engine_units, tfidf_units, draws=2000, seed=7):
    """The engine's unit mean minus TF-IDF's over units drawn with replacement: 2.5th, 50th, 97.5th."""
    keys = sorted(engine_units)
    rng = random.Random(seed)
    diffs = []
    for _ in range(draws):
        pick = [rng.choice(keys) for _ in keys]
        diffs.append(np.mean([fs.mcc(engine_units[k]) - fs.mcc(tfidf_units[k]) for k in pick]))
    return tuple(np.percentile(diffs, [2.5, 50, 97.5]))


# 1. the table ----------------------------------------------------------------

def table(ecb, unit_of):
    engine, tfidf = {}, {}
    for e in ecb:
        engine[name_of(e)] = e.score(group(e, pair_probs(e, e.engine, FULL), *IN_USE, FULL))
        tfidf[name_of(e)] = e.score(fs.cluster_pairs(e, e.tfidf, TFIDF_THRESHOLD, TFIDF_THRESHOLD, 0, 0, None))
    wins = losses = ties = 0
    print(f"{'event':12} {'units':>5} {'same':>5} {'diff':>6} | engine MCC (tp fp fn) | TF-IDF {TFIDF_THRESHOLD} MCC (tp fp fn)")
    for e in ecb:
        n = name_of(e)
        a, b = engine[n], tfidf[n]
        d = fs.mcc(a) - fs.mcc(b)
        wins += d > TIE
        losses += d < -TIE
        ties += abs(d) <= TIE
        print(f"{n:12} {unit_of[n]:>5} {a[0] + a[2]:5d} {a[1] + a[3]:6d} | {fs.mcc(a):6.3f} {a[0]:4d} {a[1]:4d} {a[2]:4d} | "
              f"{fs.mcc(b):6.3f} {b[0]:4d} {b[1]:4d} {b[2]:4d} | {d:+.3f}")
    print(f"events: engine wins {wins}, loses {losses}, ties {ties} (within {TIE}; an event with no same-happening "
          "or no different-happening pair has MCC 0 both ways)")
    both = [name_of(e) for e in ecb if min(engine[name_of(e)][0] + engine[name_of(e)][2],
                                           engine[name_of(e)][1] + engine[name_of(e)][3]) >= MIN_SAME]
    d = [fs.mcc(engine[n]) - fs.mcc(tfidf[n]) for n in both]
    print(f"events of {MIN_SAME}+ pairs of each kind ({len(both)}): engine wins {sum(x > TIE for x in d)}, loses "
          f"{sum(x < -TIE for x in d)}, ties {sum(abs(x) <= TIE for x in d)}; mean MCC engine "
          f"{np.mean([fs.mcc(engine[n]) for n in both]):.3f}, TF-IDF {np.mean([fs.mcc(tfidf[n]) for n in both]):.3f}")
    fe, ft = figures(engine, unit_of), figures(tfidf, unit_of)
    w = sum(fs.mcc(fe["per_unit"][u]) - fs.mcc(ft["per_unit"][u]) > TIE for u in fe["per_unit"])
    lo = sum(fs.mcc(fe["per_unit"][u]) - fs.mcc(ft["per_unit"][u]) < -TIE for u in fe["per_unit"])
    print(f"units ({len(fe['per_unit'])}): engine wins {w}, loses {lo}, ties {len(fe['per_unit']) - w - lo}")
    print(f"in sample: unit mean engine {fe['mean']:.3f}, TF-IDF {ft['mean']:.3f}; pooled {fe['pooled']:.3f} / "
          f"{ft['pooled']:.3f}; events under {fs.LARGE} pairs {fe['small']:.3f} / {ft['small']:.3f}")
    lo, mid, hi = resampled(fe["per_unit"], ft["per_unit"])
    print(f"  resampled by unit (2,000 draws): engine minus TF-IDF {lo:+.3f} to {hi:+.3f} (median {mid:+.3f})")


# 3. cross-validation -----------------------------------------------------------

BETAS = {}
MEMO = {}


def beta_of(events, seed, fold, fold_of):
    if (seed, fold) not in BETAS:
        BETAS[(seed, fold)] = fs.train([e for e, k in zip(events, fold_of) if k != fold])
    return BETAS[(seed, fold)]


def counts_of(e, setting, cfg, model, probability):
    """@e's counts grouped at @setting (edge, link) with @cfg's steps, its pairs' probabilities those of
    @model (a key: "in use", or the deal and fold of a refit) given by @probability(); kept."""
    steps = tuple(sorted((k, v) for k, v in cfg.items() if k not in ("thresholds", "pooled", "affinities")))
    key = (name_of(e), setting, steps, model)
    if key not in MEMO:
        pkey = (name_of(e), model, cfg["affinity"], cfg["foreign"], cfg["happenings"], cfg["article_affinity"])
        if pkey not in MEMO:
            MEMO[pkey] = pair_probs(e, probability(), cfg)
        MEMO[key] = e.score(group(e, MEMO[pkey], setting[0], setting[1], setting[1], cfg))
    return MEMO[key]


def tfidf_counts(e, t):
    key = (name_of(e), "tfidf", t)
    if key not in MEMO:
        MEMO[key] = e.score(fs.cluster_pairs(e, e.tfidf, t, t, 0, 0, None))
    return MEMO[key]


def cross_validate(events, ecb, unit_of, cfg, seeds, refit):
    """Out-of-fold counts per event for each deal: (engine counts, TF-IDF counts) by event name, and
    the thresholds each fold chose. Without @refit the pairs' probabilities are the model in use
    (fitted on every development event: only the thresholds are chosen out of fold)."""
    results = []
    for seed in seeds:
        fold_of = fs.folds(events, seed)
        fold_by_name = {name_of(e): k for e, k in zip(events, fold_of) if e.kind == "ecb"}
        engine, tfidf, chosen = {}, {}, []
        for f in range(fs.FOLDS):
            if refit:
                beta = beta_of(events, seed, f, fold_of)
                model, probability = (seed, f), lambda e, beta=beta: fs.probabilities(beta, e.X, e.apart)
            else:
                model, probability = "in use", lambda e: e.engine
            train = [e for e in ecb if fold_by_name[name_of(e)] != f]
            test = [e for e in ecb if fold_by_name[name_of(e)] == f]
            grid = [cfg["thresholds"]] if cfg["thresholds"] else MANY_GRID
            cfgs = [dict(cfg, article_affinity=v) for v in cfg["affinities"]] if cfg["affinities"] else [cfg]
            score, best, c = max(((figures({name_of(e): counts_of(e, s, c, model, lambda: probability(e)) for e in train},
                                          unit_of)["pooled" if cfg["pooled"] else "mean"], s, c) for s in grid for c in cfgs),
                                 key=lambda x: (x[0], x[1], x[2]["article_affinity"]))
            chosen.append(best if not cfg["affinities"] else best + (c["article_affinity"],))
            for e in test:
                engine[name_of(e)] = counts_of(e, best, c, model, lambda: probability(e))
            t = max(fs.TFIDF_THRESHOLDS, key=lambda t: (figures({name_of(e): tfidf_counts(e, t) for e in train},
                                                                unit_of)["mean"], t))
            for e in test:
                tfidf[name_of(e)] = tfidf_counts(e, t)
        results.append((engine, tfidf, chosen))
    return results


def report(label, results, unit_of):
    rows = []
    pooled_e = {}
    pooled_t = {}
    for engine, tfidf, _ in results:
        fe, ft = figures(engine, unit_of), figures(tfidf, unit_of)
        rows.append((fe["mean"], fe["pooled"], fe["small"], ft["mean"], ft["pooled"], ft["small"]))
        for u, c in fe["per_unit"].items():
            pooled_e[u] = fs.add(pooled_e.get(u, (0, 0, 0, 0)), c)
        for u, c in ft["per_unit"].items():
            pooled_t[u] = fs.add(pooled_t.get(u, (0, 0, 0, 0)), c)
    a = np.mean(rows, axis=0)
    lo, mid, hi = resampled(pooled_e, pooled_t)
    picks = {}
    for _, _, chosen in results:
        for c in chosen:
            picks[c] = picks.get(c, 0) + 1
    print(f"{label:28} unit mean {a[0]:.3f} (deals {min(r[0] for r in rows):.3f}-{max(r[0] for r in rows):.3f}) "
          f"pooled {a[1]:.3f} small {a[2]:.3f} | TF-IDF {a[3]:.3f} {a[4]:.3f} {a[5]:.3f} | "
          f"engine - TF-IDF by unit {lo:+.3f}..{hi:+.3f} | deals {' '.join(f'{r[0]:.3f}' for r in rows)} | thresholds "
          + " ".join("/".join(f"{x:g}" for x in k) + f"x{n}" for k, n in sorted(picks.items(), key=lambda x: -x[1])[:3]),
          flush=True)
    return rows


def main():
    ap = fs.study_arguments()
    ap.add_argument("--deals", type=int, default=6)
    ap.add_argument("--first-deal", type=int, default=1)
    ap.add_argument("--variants", default="")
    ap.add_argument("--table-only", action="store_true")
    ap.add_argument("--refit", action="store_true")
    ap.add_argument("--landscape", action="store_true",
                    help="each variant's in-sample unit mean and pooled MCC at every many-report threshold")
    a = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    fs.write_candidate_model(tmp.name)
    cli = os.path.abspath(a.cli)
    events = fs.load_events_cached(cli, a.shared, a.keys_dir, a.cache)
    ecb = [e for e in events if e.kind == "ecb"]
    unit_of = units(ecb)
    rest = sorted({topic_of(e) for e in ecb if unit_of[name_of(e)] == "rest"})
    print(f"units: {len(set(unit_of.values()))} ({len(rest)} topics pooled as 'rest': {rest})")
    table(ecb, unit_of)
    if a.table_only:
        return
    m_dev, _ = fs.msrp(cli, a.shared)
    fs.MSRP_TRAIN[0] = (np.array([x for x, _ in m_dev]), np.array([t for _, t in m_dev], float))
    fs.MSRP_TRAIN[1] = 1.0
    chosen = [v for v in a.variants.split(";") if v] or list(VARIANTS)
    if a.landscape:
        print("in sample, the model in use: unit mean / pooled MCC at each (edge, link)")
        for label in chosen:
            cfg = dict(FULL, **VARIANTS[label])
            cells = []
            for s in MANY_GRID:
                f = figures({name_of(e): counts_of(e, s, cfg, "in use", lambda e=e: e.engine) for e in ecb}, unit_of)
                cells.append(f"{s[0]:g}/{s[1]:g} {f['mean']:.3f}/{f['pooled']:.3f}")
            print(f"{label:28} " + "  ".join(cells), flush=True)
        return
    print(f"cross-validated by topic ({fs.FOLDS} folds, deals {a.first_deal}-{a.first_deal + a.deals - 1}; "
          + ("weights refitted and " if a.refit else "the model's weights in use, ")
          + "many-report thresholds chosen on four folds by the unit mean):")
    for label in chosen:
        cfg = dict(FULL, **VARIANTS[label])
        report(label, cross_validate(events, ecb, unit_of, cfg, range(a.first_deal, a.first_deal + a.deals), a.refit),
               unit_of)


if __name__ == "__main__":
    main()
