#!/usr/bin/env python3
"""A simulator of the ECB+ held-out figure from development topics only (twenty-first session, ecb3;
docs/benchmarks.md). The held-out part (topics divisible by 3) and the hidden judge (about 20 other
topics of ~11 outlets) are scored by the POOLED MCC of score-ecb.py over a few topics never chosen on;
this script deals the ECB+ development topics (not divisible by 3) many times into a fit part and a
test part of about a third of the topics (a topic's _ecb and _ecbplus halves together), and in each deal:
- the weights are those in use, or (--refit) fitted again on the fit part only (fit-similarity.py's
  train(): ECB+ fit topics, basil-dev's development events, the --keys-dir events of fit topics, MSRP's
  development pairs), so the test topics are unseen as the held-out ones are;
- everything that is chosen is chosen on the fit part by the pooled MCC (the judge's figure), or by
  the topics' mean (--choose unit): the many-report thresholds (edge, link; same_source = link) among
  study-many-reports.py's grid, and, for a "method" of several variants, which variant;
- the TF-IDF baseline (tfidf-baseline.py's recipe, average linkage) gets its threshold on the fit part
  by the pooled MCC, as run.sh chooses it;
- the test part is scored by the pooled MCC, engine and TF-IDF, and by their difference.
Printed per method: the mean and spread of (engine - TF-IDF) over the deals, the lowest deal and how
many deals are at or below the held-out figure last scored (--observed), the share of deals the engine
wins, the same over the deals whose test part has none of the --large topics (1 and 23: two events of
several happenings, 44% of the development clear-cut pairs, that decide a pooled figure), the in-sample
figure (everything chosen on every development topic), the fit part's own figure (its gap to the test
figure is the overstatement), and, from the second method on, the test figure against the first
method's deal by deal (the deals are the same for every method). Stories of few_sources reports or
fewer keep the few path (one development event has three).

Two regimes (docs/benchmarks.md, twenty-first session):
- the default: the test part about a third of the development topics drawn at random;
- --low-share 0.2 --no-large --test-share 0.2: the test part five topics drawn among those whose
  clear-cut pairs are under a fifth the same happening (stories mostly of several happenings, as the
  held-out part's are: 67 same-happening pairs over its 12 topics), topics 1 and 23 always fitted on.
--pooled-cache FILE (study-grouping.py's pooled halves, made by `--cache F` there as F.pooled) also
scores each deal's test topics with their two halves pooled into one story (two happenings of one kind).

The robust figure (twenty-second session, ecb4): --both runs the deals of both regimes at once (--deals
of each) and prints, per regime and over both, the mean, 10th and 25th percentile and lowest of the test
parts' margin over TF-IDF, pooled and by the test topics' mean MCC (each topic the same); a method is
judged by the 10th percentile over both regimes. --choose robust makes every choice on the fit part by
the same figure over inner deals of the fit part's topics (ROBUST: 30 of each regime, --robust-quantile,
--robust-score); --grid narrows the thresholds chosen among; --landscape prints every candidate's robust
figure on all development topics; --betas-cache FILE keeps each fit part's refitted weights between runs.

Methods (--methods "A;B;..."): METHODS below; any study-many-reports.py VARIANTS name or EXTRA name;
"fixed EDGE/LINK" (the path in use at those thresholds, chosen on nothing); "VARIANT @EDGE/LINK"; a
WITHOUT name (the weights refitted without those features in every deal, and for the in-sample figure);
"refit [ridge R] [without A,B,...] [+tfidf]" (twenty-seventh session, ecb28: the weights refitted in every
deal at the L2 penalty R, without those features, "lexicon" naming the three that read the lexicon
(WordNet's synonyms and the curated news words: expanded, predicate, predicate_clash) and "position"
the five of where a sentence stands, and with the TF-IDF baseline's cosine of the pair as one more
feature; the many-report path as in use, its thresholds chosen on the fit part). Compare them with "in use" under --refit, first in the list: the deals are the same.

usage: /usr/bin/python3 tools/simulate-held.py --cli build/app/cli/parallax-cli [--keys-dir DIR]...
                                              [--cache FILE] [--deals N] [--refit] [--methods "A;B"]
                                              [--choose pooled|unit|robust] [--test-share 0.33]
                                              [--low-share S] [--no-large] [--pooled-cache FILE]
                                              [--both] [--betas-cache FILE] [--grid E/L,...] [--landscape]
The figures of docs/benchmarks.md (twenty-first session): --cache of fit-similarity.py's events read
with --keys-dir OUT/k14 (keyed-events.py's), as the model in use was fitted; --refit for the honest
figure (about 2.5 minutes a method for 24 deals on a loaded machine; weights in use: seconds).
Needs numpy (/usr/bin/python3)."""
import collections, os, random, sys, tempfile

import numpy as np

from corpus_args import load_tool

sm = load_tool("study_many_reports", "study-many-reports.py")
fs = sm.fs  # the one module "fit_similarity" (the events' classes, pickled with --cache)

# a method: a list of variants (study-many-reports.py's switches, and the ones below), one of which the
# fit part chooses with the thresholds
EXTRA = {
    # the baseline's TF-IDF cosine beside the engine's probability (max of the two, the cosine scaled
    # by the factor given): a floor the baseline's IDF weighting over the story gives
    "tfidf floor": dict(tfidf_floor=1.0),
    "tfidf mean": dict(tfidf_mix=0.5),
    "tfidf floor 0.75": dict(tfidf_floor=0.75),
    "cosine floor": dict(feature_floor=("cosine", 1.0)),
    "cosine floor 0.75": dict(feature_floor=("cosine", 0.75)),
    "tfidf floor 1.25": dict(tfidf_floor=1.25),
    "tfidf gate 0.05": dict(tfidf_gate=0.05),
    "tfidf gate 0.1": dict(tfidf_gate=0.1),
    "tfidf floor, gate 0.05": dict(tfidf_floor=1.0, tfidf_gate=0.05),
    "recipe, tfidf mean": dict(tfidf_mix=0.5, affinity=False, foreign=False, happenings=False, claims_link=False,
                               cohesion=False, lone=False, same_source=False, recipe=True),
    "no lone rule": dict(lone=False),
    "ARTICLE_AFFINITY 0.15, happenings apart 0.25": dict(article_affinity=0.15, happening=(0.5, 4, 0.25)),
    "ARTICLE_AFFINITY 0.15, happenings of 3 apart 0.5": dict(article_affinity=0.15, happening=(0.5, 3, 0.5)),
    "ARTICLE_AFFINITY 0.15, happenings at 0.5": dict(article_affinity=0.15, happening=(0.5, 4, 0.5)),
    "happenings apart 0.25": dict(happening=(2 / 3, 4, 0.25)),
    "happenings apart 1": dict(happening=(2 / 3, 4, 1.0)),
    # the happenings grouped at the same articles' cosine as at ARTICLE_AFFINITY 0.2 (0.1 = 0.667 x 0.15)
    "ARTICLE_AFFINITY 0.15, happenings at 0.667": dict(article_affinity=0.15, happening=(2 / 3, 4, 0.5)),
    "ARTICLE_AFFINITY 0.15, happenings at 0.667 apart 0.25": dict(article_affinity=0.15, happening=(2 / 3, 4, 0.25)),
    "ARTICLE_AFFINITY 0.15": dict(article_affinity=0.15),
    "ARTICLE_AFFINITY 0.125": dict(article_affinity=0.125),
    "ARTICLE_AFFINITY 0.1": dict(article_affinity=0.1),
    "ARTICLE_AFFINITY 0.075": dict(article_affinity=0.075),
    "ARTICLE_AFFINITY 0.175": dict(article_affinity=0.175),
    # the many-report path before the twenty-second session: the articles' scale 0.2, the happenings at 0.5
    "ARTICLE_AFFINITY 0.2": dict(article_affinity=0.2),
    # candidate pairs only within one happening's articles (no factor across two groups of 4+ articles)
    "happenings apart 0": dict(happening=(2 / 3, 4, 0.0)),
    "happenings of 3 apart 0": dict(happening=(2 / 3, 3, 0.0)),
    "happenings of 2 apart 0": dict(happening=(2 / 3, 2, 0.0)),
    "ARTICLE_AFFINITY 0.25": dict(article_affinity=0.25),
    "ARTICLE_AFFINITY 0.3": dict(article_affinity=0.3),
    "CLAIMS_LINK 0.5": dict(claims_link_value=0.5),
}
METHODS = {
    "in use": ["in use"],
    "thresholds in use": ["thresholds in use"],
    "TF-IDF recipe on engine": ["baseline recipe"],
    "tfidf floor": ["tfidf floor"],
    "tfidf floor 0.75": ["tfidf floor 0.75"],
    "cosine floor": ["cosine floor"],
    "cosine floor 0.75": ["cosine floor 0.75"],
    "tfidf floor 1.25": ["tfidf floor 1.25"],
    "tfidf floor or in use": ["in use", "tfidf floor"],
    "tfidf gate 0.05": ["tfidf gate 0.05"],
    "tfidf gate 0.1": ["tfidf gate 0.1"],
    "tfidf floor, gate 0.05": ["tfidf floor, gate 0.05"],
    "tfidf mean": ["tfidf mean"],
    "recipe, tfidf mean": ["recipe, tfidf mean"],
    "no lone rule": ["no lone rule"],
    "no CLAIMS_LINK": ["no CLAIMS_LINK"],
    "CLAIMS_LINK 0.5": ["CLAIMS_LINK 0.5"],
    "no happenings": ["no happenings"],
    "no foreign names": ["no foreign names"],
    "no article affinity": ["no article affinity"],
    "ARTICLE_AFFINITY 0.15": ["ARTICLE_AFFINITY 0.15"],
    # the many-report articles' scale chosen on the fit part (twenty-second session), at 0.3 / 0.25
    "scale chosen": [f"ARTICLE_AFFINITY {v} @0.3/0.25" for v in ("0.075", "0.1", "0.125", "0.15", "0.175", "0.2")],
    "in use or ARTICLE_AFFINITY 0.15 (happenings at 0.667)": ["in use", "ARTICLE_AFFINITY 0.15, happenings at 0.667"],
    "ARTICLE_AFFINITY 0.25": ["ARTICLE_AFFINITY 0.25"],
    "ARTICLE_AFFINITY 0.3": ["ARTICLE_AFFINITY 0.3"],
}
# a method may also refit the weights without some features (needs --refit): method label -> features
WITHOUT = {
    "without position": ("both_first", "both_top2", "both_top4", "earlier", "later"),
    "without rare_shared": ("rare_shared",),
    "without position, rare_shared": ("both_first", "both_top2", "both_top4", "earlier", "later", "rare_shared"),
}
# a refit of every deal's weights (ecb28): "refit [ridge R] [without A,B,...] [+tfidf]", the L2 penalty R
# (fit-similarity.py's --ridge; 1 in use), those features left out, and the TF-IDF baseline's cosine of
# the pair (tfidf-baseline.py's, the IDF from the story's own sentences) as one more feature
RefitSpec = collections.namedtuple("RefitSpec", "without ridge tfidf")
# the features that read the lexicon (WordNet 3.0 and the curated news-words.txt): a word met as a
# synonym, derivation or kind counts in these three (px-similarity.c: coverage(), predicates_met())
LEXICON = ("expanded", "predicate", "predicate_clash")


def refit_spec(label):
    """@label's RefitSpec when it names a refit ("refit ridge 10 without expanded +tfidf"), else None."""
    words = label.split()
    if not words or words[0] != "refit":
        return None
    ridge, without, tfidf = fs.RIDGE_DEFAULT, (), False
    k = 1
    while k < len(words):
        if words[k] == "ridge":
            ridge, k = float(words[k + 1]), k + 2
        elif words[k] == "without":
            names = []
            for n in words[k + 1].split(","):
                names.extend(LEXICON if n == "lexicon" else WITHOUT["without position"] if n == "position" else (n,))
            without, k = tuple(names), k + 2
        elif words[k] == "+tfidf":
            tfidf, k = True, k + 1
        else:
            sys.exit(f"simulate-held.py: {label!r}: unknown word {words[k]!r}")
    return RefitSpec(without, ridge, tfidf)


GRID = [(e, l) for e in (0.2, 0.25, 0.3, 0.35, 0.4, 0.5) for l in (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4) if l <= e]


def variant(label):
    """A variant's switches; "fixed EDGE/LINK" is the path in use at those thresholds, chosen on nothing."""
    if label.startswith("fixed "):
        return dict(sm.FULL, thresholds=tuple(float(x) for x in label.split()[1].split("/")))
    if " @" in label:  # "VARIANT @EDGE/LINK": that variant at those thresholds
        base, at = label.rsplit(" @", 1)
        return dict(variant(base), thresholds=tuple(float(x) for x in at.split("/")))
    return dict(sm.FULL, **(EXTRA.get(label) or sm.VARIANTS[label]))


def probs_of(e, p, cfg):
    """The pairs' scores the grouping sees: the engine's (times the articles' factors), with the
    TF-IDF cosine as a floor or a mix when @cfg says so."""
    if cfg.get("happening") is not None and sm.many(e):
        # the happenings step at other settings (link, articles, apart) for stories of many reports
        key = ("happening", cfg["article_affinity"], cfg["happening"])
        cache = e.__dict__.setdefault("_affinities", {})
        if key not in cache:
            cache[key] = fs.article_affinity(e, foreign_names=fs.FOREIGN_NAMES, happening=cfg["happening"],
                                             scale=cfg["article_affinity"])
        aff = cache[key]
        probs = {}
        for t, (i, j) in enumerate(e.pairs):
            if e.candidate[t] and p[t] >= fs.FLOOR:
                probs[(i, j) if i < j else (j, i)] = float(np.float32(p[t])) * aff[e.source[i]][e.source[j]]
    else:
        probs = sm.pair_probs(e, p, cfg)
    if cfg.get("tfidf_floor") is not None or cfg.get("tfidf_mix") is not None:
        aff = sm.affinity(e, cfg)
        merged = dict(probs)
        # tfidf's keys are indices into the baseline's sentence list, which is the engine's in order
        for (i, j), c in e.tfidf.items():
            c *= aff[e.source[i]][e.source[j]]
            if cfg.get("tfidf_floor") is not None:
                merged[(i, j)] = max(merged.get((i, j), 0.0), cfg["tfidf_floor"] * c)
            else:
                w = cfg["tfidf_mix"]
                merged[(i, j)] = (1 - w) * merged.get((i, j), 0.0) + w * c
        if cfg.get("tfidf_mix") is not None:
            for k in probs:
                if k not in e.tfidf:
                    merged[k] = (1 - cfg["tfidf_mix"]) * probs[k]
        probs = merged
    if cfg.get("feature_floor") is not None:
        # one of the engine's own features (a cosine) as the floor, on the engine's candidates only
        name, scale = cfg["feature_floor"]
        column = e.names.index(name)
        aff = sm.affinity(e, cfg)
        probs = dict(probs)
        for t, (i, j) in enumerate(e.pairs):
            if e.candidate[t]:
                k = (i, j) if i < j else (j, i)
                v = scale * float(e.X[t, column]) * aff[e.source[i]][e.source[j]]
                if v > probs.get(k, 0.0):
                    probs[k] = v
    if cfg.get("tfidf_gate") is not None:
        probs = {k: v for k, v in probs.items() if e.tfidf.get(k, 0.0) >= cfg["tfidf_gate"]}
    return probs


MEMO = {}


def counts(e, setting, label, model, p):
    """@e's (tp, fp, fn, tn) grouped by @label's variant at @setting with probabilities @p of @model."""
    key = (sm.name_of(e), setting, label, model)
    if key not in MEMO:
        cfg = variant(label)
        pkey = (sm.name_of(e), label, model)
        if pkey not in MEMO:
            MEMO[pkey] = probs_of(e, p, cfg)
        MEMO[key] = e.score(sm.group(e, MEMO[pkey], setting[0], setting[1], setting[1], cfg))
    return MEMO[key]


def tfidf_counts(e, t):
    key = (sm.name_of(e), "tfidf", t)
    if key not in MEMO:
        MEMO[key] = e.score(fs.cluster_pairs(e, e.tfidf, t, t, 0, 0, None))
    return MEMO[key]


def pooled(cs):
    total = (0, 0, 0, 0)
    for c in cs:
        total = fs.add(total, c)
    return fs.mcc(total)


def judged(by_event, unit_of, how):
    """The fit part's figure: the pooled MCC, or the mean of its units' MCC."""
    if how == "pooled":
        return pooled(by_event.values())
    per = {}
    for n, c in by_event.items():
        per[unit_of[n]] = fs.add(per.get(unit_of[n], (0, 0, 0, 0)), c)
    return float(np.mean([fs.mcc(c) for c in per.values()]))


def settings_of(lab):
    return [tuple(variant(lab)["thresholds"])] if variant(lab)["thresholds"] else GRID


# the robust choice (twenty-second session, ecb4) ----------------------------------------------------
# ROBUST: inner deals of the fit part's topics in both regimes (random thirds; topics mostly of several
# happenings, the --large topics never tested), each inner test part scored by its margin over TF-IDF
# (TF-IDF's threshold chosen on the inner fit part by the pooled MCC, as run.sh does), each unit of the
# part weighing the same; a candidate's figure is a low quantile of those margins over every inner deal
ROBUST = dict(deals=30, quantile=0.1, score="unit", low_share=0.2, large=(1, 23), third=1 / 3, several=0.5)
SAME_SHARE = {}   # topic -> share of its clear-cut pairs that are the same happening


def same_shares(ecb):
    same = {}
    for e in ecb:
        tp, fp, fn, tn = e.score(list(range(len(e.source))))  # each sentence alone: same = fn, different = tn
        s0, d0 = same.get(sm.topic_of(e), (0, 0))
        same[sm.topic_of(e)] = (s0 + fn, d0 + tn)
    return {t: s / max(s + d, 1) for t, (s, d) in same.items()}


INNER = {}


def inner_deals(topics):
    """The inner deals of the fit part @topics: (test topics, TF-IDF threshold chosen on the rest) in both
    regimes, ROBUST["deals"] each; the same for every candidate."""
    key = tuple(sorted(topics))
    if key not in INNER:
        rng = random.Random(hash(key) & 0xffffffff)
        several = [t for t in key if SAME_SHARE[t] < ROBUST["low_share"] and t not in ROBUST["large"]]
        out = []
        for regime, pool, k in (("thirds", list(key), max(1, round(ROBUST["third"] * len(key)))),
                                ("several", several, max(1, round(ROBUST["several"] * len(several))))):
            if not pool:
                continue
            for _ in range(ROBUST["deals"]):
                test = set(rng.sample(pool, min(k, len(pool))))
                out.append((regime, test))
        INNER[key] = out
    return INNER[key]


def margin(events, test, t, label, s, model, prob, unit_of, how=None):
    """The engine's figure minus TF-IDF's (at @t) on the events of the topics @test."""
    held = [e for e in events if sm.topic_of(e) in test]
    if (how or ROBUST["score"]) == "pooled":
        return pooled([counts(e, s, label, model, prob(e)) for e in held]) - pooled([tfidf_counts(e, t) for e in held])
    eng, tf = {}, {}
    for e in held:
        u = unit_of[sm.name_of(e)]
        eng[u] = fs.add(eng.get(u, (0, 0, 0, 0)), counts(e, s, label, model, prob(e)))
        tf[u] = fs.add(tf.get(u, (0, 0, 0, 0)), tfidf_counts(e, t))
    return float(np.mean([fs.mcc(eng[u]) - fs.mcc(tf[u]) for u in eng]))


def robust(fit, lab, s, model, prob, unit_of):
    """@lab at @s judged on @fit by ROBUST: (the low quantile of the inner margins, their mean)."""
    topics = {sm.topic_of(e) for e in fit}
    ms = []
    for regime, test in inner_deals(topics):
        rest = [e for e in fit if sm.topic_of(e) not in test]
        t = choose_tfidf(rest, unit_of)[1]
        ms.append(margin(fit, test, t, lab, s, model, prob, unit_of))
    return float(np.quantile(ms, ROBUST["quantile"])), float(np.mean(ms))


def choose(fit, labels, model, prob, unit_of, how):
    """The variant and thresholds best on @fit: (figure, label, setting)."""
    if how == "robust":
        # ties (the edge often decides nothing): the setting nearest the one in use
        return max(((robust(fit, lab, s, model, prob, unit_of), lab, s) for lab in labels for s in settings_of(lab)),
                   key=lambda x: (round(x[0][0], 6), round(x[0][1], 6),
                                  -abs(x[2][0] - sm.IN_USE[0]) - abs(x[2][1] - sm.IN_USE[1]), x[1]))
    return max(((judged({sm.name_of(e): counts(e, s, lab, model, prob(e)) for e in fit}, unit_of, how), lab, s)
                for lab in labels for s in settings_of(lab)),
               key=lambda x: (x[0], x[2], x[1]))


def choose_tfidf(fit, unit_of, how="pooled"):
    return max(((judged({sm.name_of(e): tfidf_counts(e, t) for e in fit}, unit_of, how), t)
                for t in fs.TFIDF_THRESHOLDS), key=lambda x: (x[0], x[1]))


def deals(topics, n, share, seed0):
    """@n deals of @topics: the test part about @share of them, drawn without replacement."""
    k = max(1, round(share * len(topics)))
    out = []
    for s in range(n):
        rng = random.Random(seed0 + s)
        test = set(rng.sample(sorted(topics), k))
        out.append(test)
    return out


def main():
    ap = fs.study_arguments()
    ap.add_argument("--deals", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--refit", action="store_true")
    ap.add_argument("--methods", default="")
    ap.add_argument("--choose", default="pooled", choices=("pooled", "unit", "robust"))
    ap.add_argument("--robust-quantile", type=float, default=ROBUST["quantile"],
                    help="--choose robust: the quantile of the inner deals' margins a candidate is judged by (0: the worst)")
    ap.add_argument("--robust-deals", type=int, default=ROBUST["deals"], help="--choose robust: inner deals per regime")
    ap.add_argument("--robust-score", default=ROBUST["score"], choices=("unit", "pooled"),
                    help="--choose robust: an inner test part's margin by its units' mean (each topic the same) or pooled")
    ap.add_argument("--both", action="store_true",
                    help="the deals of both regimes in one run (--deals of each), with the robust figures over them")
    ap.add_argument("--betas-cache", help="a pickle file keeping each fit part's refitted weights between runs")
    ap.add_argument("--landscape", action="store_true",
                    help="print every candidate's robust figure on every development topic (the weights in use)")
    ap.add_argument("--grid", help="the thresholds chosen among: EDGE/LINK,EDGE/LINK,... (default: the grid of 27)")
    ap.add_argument("--test-share", type=float, default=1 / 3)
    ap.add_argument("--large", default="1,23",
                    help="topics whose events decide the pooled MCC (44%% of the clear-cut pairs); the figures "
                         "are also printed over the deals whose test part has none of them")
    ap.add_argument("--pooled-cache", help="study-grouping.py's pooled halves (its --cache FILE.pooled): each test "
                    "topic's two halves as one story of two happenings of one kind, scored too (a harder test)")
    ap.add_argument("--observed", type=float, default=0.521 - 0.644,
                    help="the held-out engine minus TF-IDF last scored (0.521 - 0.644, twentieth session): the "
                         "share of deals at or below it is printed")
    ap.add_argument("--low-share", type=float, default=None,
                    help="draw the test part only among the topics whose clear-cut pairs are under this share "
                         "the same happening (stories mostly of several happenings; the rest always fit on)")
    ap.add_argument("--no-large", action="store_true", help="never put the --large topics in the test part")
    a = ap.parse_args()
    ROBUST.update(quantile=a.robust_quantile, deals=a.robust_deals, score=a.robust_score)
    if a.grid:
        GRID[:] = [tuple(float(x) for x in g.split("/")) for g in a.grid.split(",")]
    tmp = tempfile.TemporaryDirectory()
    fs.write_candidate_model(tmp.name)
    cli = os.path.abspath(a.cli)
    events = fs.load_events_cached(cli, a.shared, a.keys_dir, a.cache)
    ecb = [e for e in events if e.kind == "ecb"]
    unit_of = sm.units(ecb)
    SAME_SHARE.update(same_shares(ecb))
    topics = sorted({sm.topic_of(e) for e in ecb})
    halves = []
    if a.pooled_cache:
        import pickle
        with open(a.pooled_cache, "rb") as f:
            halves = pickle.load(f)
    if a.refit or any(m in WITHOUT or refit_spec(m) for m in a.methods.split(";")):
        m_dev, _ = fs.msrp(cli, a.shared)
        fs.MSRP_TRAIN[0] = (np.array([x for x, _ in m_dev]), np.array([t for _, t in m_dev], float))
        fs.MSRP_TRAIN[1] = 1.0
        if any(refit_spec(m) and refit_spec(m).tfidf for m in a.methods.split(";")):
            fs.MSRP_TFIDF[0] = fs.msrp_tfidf(a.shared)[0]
            if len(fs.MSRP_TFIDF[0]) != len(fs.MSRP_TRAIN[0][1]):
                sys.exit("simulate-held.py: the MSRP pairs read two ways differ")
    pool = topics
    if a.low_share is not None:
        pool = [t for t in topics if SAME_SHARE[t] < a.low_share]
    if a.no_large:
        pool = [t for t in pool if t not in {int(x) for x in a.large.split(",") if x}]
    splits = deals(pool, a.deals, a.test_share * len(topics) / len(pool), a.seed * 1000)
    regime = ["thirds" if a.low_share is None else "several"] * len(splits)
    if a.both:
        # both regimes in one run, with the deals of the two runs above: random thirds, then test parts of
        # five topics mostly of several happenings (--low-share 0.2 --no-large --test-share 0.2)
        large = {int(x) for x in a.large.split(",") if x}
        several = [t for t in topics if SAME_SHARE[t] < 0.2 and t not in large]
        splits = deals(topics, a.deals, 1 / 3, a.seed * 1000) + deals(several, a.deals, 0.2 * len(topics) / len(several),
                                                                        a.seed * 1000)
        regime = ["thirds"] * a.deals + ["several"] * a.deals
    print(f"test topics drawn among {len(pool)}: {pool}")
    print(f"{len(topics)} development topics, {len(ecb)} events; {a.deals} deals, test part "
          f"{len(splits[0])} topics; weights {'refitted on the fit part' if a.refit else 'in use'}; "
          f"chosen by the {a.choose} figure; test scored by the pooled MCC", flush=True)
    betas = {}

    def model_of(d, spec=()):
        """Deal @d's model (d None: fitted on every development event). @spec is a WITHOUT tuple (the
        features left out: their columns 0 in the fit, so their weights are 0) or refit_spec()'s
        (without, ridge, tfidf): the L2 penalty of the fit, and the baseline's TF-IDF cosine of the
        pair as one more feature."""
        without, ridge, tfidf = spec if isinstance(spec, RefitSpec) else RefitSpec(tuple(spec), fs.RIDGE_DEFAULT, False)
        if not a.refit and not without and not isinstance(spec, RefitSpec):
            return "in use", (lambda e: e.engine)
        # the key of the weights in use's runs (without, ridge 1, no TF-IDF) is the one BETAS files kept
        key = without if ridge == fs.RIDGE_DEFAULT and not tfidf else (without, ridge, tfidf)
        if (d, key) not in betas and a.betas_cache:
            # the weights of a fit part are the same whatever the method: kept on disk between runs
            import pickle
            disk = {}
            if os.path.exists(a.betas_cache):
                with open(a.betas_cache, "rb") as f:
                    disk = pickle.load(f)
            k = (tuple(sorted(splits[d])) if d is not None else (), key)
            if k in disk:
                betas[(d, key)] = disk[k]
        if (d, key) not in betas:
            test = splits[d] if d is not None else set()
            columns = [events[0].names.index(n) for n in without]
            kept = [(e, e.X) for e in events]
            msrp = fs.MSRP_TRAIN[0]
            if tfidf:
                for e in events:
                    e.X = fs.with_tfidf(e, e.X)
                fs.MSRP_TRAIN[0] = (np.hstack([msrp[0], fs.MSRP_TFIDF[0][:, None]]), msrp[1])
            if columns:
                for e in events:
                    e.X = e.X.copy()
                    e.X[:, columns] = 0
                fs.MSRP_TRAIN[0] = (fs.MSRP_TRAIN[0][0].copy(), fs.MSRP_TRAIN[0][1])
                fs.MSRP_TRAIN[0][0][:, columns] = 0
            fs.RIDGE = ridge
            betas[(d, key)] = fs.train([e for e in events
                                        if not (e.group.startswith("ecb") and int(e.group[3:]) in test)])
            fs.RIDGE = fs.RIDGE_DEFAULT
            for e, x in kept:
                e.X = x
            fs.MSRP_TRAIN[0] = msrp
            if a.betas_cache:
                import fcntl, pickle
                with open(a.betas_cache + ".lock", "w") as lock:
                    fcntl.flock(lock, fcntl.LOCK_EX)
                    disk = {}
                    if os.path.exists(a.betas_cache):
                        with open(a.betas_cache, "rb") as f:
                            disk = pickle.load(f)
                    disk[(tuple(sorted(test)), key)] = betas[(d, key)]
                    with open(a.betas_cache + ".tmp", "wb") as f:
                        pickle.dump(disk, f)
                    os.replace(a.betas_cache + ".tmp", a.betas_cache)
        beta = betas[(d, key)]
        if tfidf:
            return (d, key), (lambda e, beta=beta: fs.probabilities(beta, fs.with_tfidf(e, e.X), e.apart))
        return (d, key), (lambda e, beta=beta: fs.probabilities(beta, e.X, e.apart))

    chosen_methods = [m for m in a.methods.split(";") if m] or list(METHODS)
    # in sample: everything chosen on every development topic, the weights in use
    t_all = choose_tfidf(ecb, unit_of)
    print(f"TF-IDF in sample: threshold {t_all[1]}, pooled {t_all[0]:.3f}")
    first = None
    for label in chosen_methods:
        without = refit_spec(label) or WITHOUT.get(label, ())
        labels = ["in use"] if without else METHODS.get(label, [label])
        in_model, in_prob = model_of(None, without) if without else ("in use", lambda e: e.engine)
        ins = choose(ecb, labels, in_model, in_prob, unit_of, a.choose)
        ins_pooled = pooled([counts(e, ins[2], ins[1], in_model, in_prob(e)) for e in ecb])
        if a.landscape:
            # every candidate judged on every development topic by the robust figure (the weights in use)
            for lab in labels:
                for s in settings_of(lab):
                    q, m = robust(ecb, lab, s, in_model, in_prob, unit_of)
                    by = sm.figures({sm.name_of(e): counts(e, s, lab, in_model, in_prob(e)) for e in ecb}, unit_of)
                    print(f"  landscape {lab} {s[0]:g}/{s[1]:g}: robust q{ROBUST['quantile']:g} {q:+.3f} mean {m:+.3f}"
                          f" | in sample unit mean {by['mean']:.3f} pooled {by['pooled']:.3f}", flush=True)
        rows = []
        picks = {}
        for d, test in enumerate(splits):
            fit = [e for e in ecb if sm.topic_of(e) not in test]
            held = [e for e in ecb if sm.topic_of(e) in test]
            model, prob = model_of(d, without)
            fig, lab, s = choose(fit, labels, model, prob, unit_of, a.choose)
            fit_pooled = pooled([counts(e, s, lab, model, prob(e)) for e in fit])
            eng = pooled([counts(e, s, lab, model, prob(e)) for e in held])
            t = choose_tfidf(fit, unit_of)[1]
            tf = pooled([tfidf_counts(e, t) for e in held])
            hard = [e for e in halves if sm.topic_of(e) in test]
            h_eng = pooled([counts(e, s, lab, model, prob(e)) for e in hard]) if hard else 0.0
            h_tf = pooled([tfidf_counts(e, t) for e in hard]) if hard else 0.0
            unit_margin = margin(held, test, t, lab, s, model, prob, unit_of, "unit")
            rows.append((fit_pooled, eng, tf, eng - tf, h_eng, h_tf, unit_margin))
            picks[(lab, s)] = picks.get((lab, s), 0) + 1
        r = np.array(rows)
        diff = r[:, 3]
        large = {int(x) for x in a.large.split(",") if x}
        without = np.array([x for x, test in zip(diff, splits) if not test & large])
        top = sorted(picks.items(), key=lambda x: -x[1])[:3]
        print(f"{label:26} in sample {ins_pooled:.3f} ({ins[1]}, {ins[2][0]:g}/{ins[2][1]:g}) | fit part {r[:, 0].mean():.3f}"
              f" | test: engine {r[:, 1].mean():.3f} TF-IDF {r[:, 2].mean():.3f} | engine - TF-IDF mean {diff.mean():+.3f}"
              f" median {np.median(diff):+.3f} (10%-90% {np.percentile(diff, 10):+.3f}..{np.percentile(diff, 90):+.3f},"
              f" sd {diff.std():.3f}, lowest {diff.min():+.3f}; at or below {a.observed:+.3f}: {int((diff <= a.observed).sum())}) wins {int((diff > 0).sum())}/{len(diff)} | test without topics {a.large}: "
              f"{without.mean() if len(without) else float('nan'):+.3f} wins {int((without > 0).sum())}/{len(without)} | picks "
              + ", ".join(f"{l} {s[0]:g}/{s[1]:g} x{n}" for (l, s), n in top), flush=True)
        if halves:
            hd = r[:, 4] - r[:, 5]
            print(f"{'':26} the test topics' halves pooled: engine {r[:, 4].mean():.3f} TF-IDF {r[:, 5].mean():.3f}, "
                  f"engine - TF-IDF {hd.mean():+.3f} (10%-90% {np.percentile(hd, 10):+.3f}..{np.percentile(hd, 90):+.3f})"
                  f" wins {int((hd > 0).sum())}/{len(hd)}", flush=True)
        if a.both:
            # the robust figures: each regime's and both regimes' low quantiles of the test margins, pooled
            # (as the judge scores) and by the test topics' mean (each topic the same)
            for name in ("thirds", "several", "both"):
                rows_of = np.array([x for x, g in zip(rows, regime) if name in ("both", g)])
                pm, um = rows_of[:, 3], rows_of[:, 6]
                print(f"{'':26} {name:8} margin pooled: mean {pm.mean():+.3f} q10 {np.percentile(pm, 10):+.3f} "
                      f"q25 {np.percentile(pm, 25):+.3f} lowest {pm.min():+.3f} | by the topics' mean: mean {um.mean():+.3f} "
                      f"q10 {np.percentile(um, 10):+.3f} q25 {np.percentile(um, 25):+.3f} lowest {um.min():+.3f}", flush=True)
        if first is None:
            first = (label, r[:, 1], r[:, 6])
        else:
            for name in (("thirds", "several") if a.both else (None,)):
                keep = np.array([name in (None, g) for g in regime])
                paired = (r[:, 1] - first[1])[keep]
                upaired = (r[:, 6] - first[2])[keep]
                print(f"{'':26} {name or ''} against {first[0]}, deal by deal: {paired.mean():+.3f} (10%-90% "
                      f"{np.percentile(paired, 10):+.3f}..{np.percentile(paired, 90):+.3f}), better in "
                      f"{int((paired > 0.0005).sum())}, worse in {int((paired < -0.0005).sum())} of {len(paired)}; "
                      f"by the topics' mean {upaired.mean():+.3f} (10% {np.percentile(upaired, 10):+.3f})", flush=True)


if __name__ == "__main__":
    main()
