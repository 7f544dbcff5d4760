#!/usr/bin/env python3
"""How the aligner's grouping of sentences into claims generalises to topics it has not seen, on the
development parts only (tools/fit-similarity.py loads no held-out topic).

usage: tools/study-grouping.py --cli build/app/cli/parallax-cli [--keys-dir DIR]... [--cache FILE]
Leave-topics-out cross-validation: the development events (an ECB+ topic with the keyed events made
from it, or a basil event, stays on one side) are dealt into 3 folds, 3 deals; on each fold the
similarity's weights are refitted and the thresholds chosen (tools/fit-similarity.py's own fit and
objective) on the other two, and the fold is scored. Printed for the engine without and with the
articles' affinity (px-align.c's article_affinity(): sentence probabilities scaled down between
articles unlike as wholes), at the value in use and with the value chosen on the training folds too,
and for the TF-IDF baseline (tests/bench/claims/tfidf-baseline.py) with its threshold chosen on the
training folds by ECB+ MCC or by the engine's objective: ecbplus-dev MCC, apart for stories of one
happening and of several (ecb-kinds.py), and the basil-format F1 (basil-dev, the keyed events).
The claims' own link (px-align.c's CLAIMS_LINK: the mean two claims of CLAIMS_SIZE sentences or more
each need), none and the value in use, and chosen on the training folds, each scored also on harder
folds: every development topic's two halves (ECB+ ecb and ecbplus, two happenings of one kind) pooled
into one comparison of at most 32 sources (--pooled-dir DIR makes them there), scored by the topic's
fold with the weights and thresholds chosen without it.
The articles' happenings (px-align.c's _px_align_happenings(): the story's articles grouped by average
linkage over their affinity while the mean is HAPPENING_LINK or more; between two groups of
HAPPENING_ARTICLES articles or more each, the factor times HAPPENING_APART), none and in use, and
chosen on the training folds; fit-similarity.py's article_affinity() applies the setting in use, and
this script swaps it for each of its choices.
Beside the pooled ECB+ MCC, the same without the events of LARGE clear-cut pairs or more (on development
1_ecbplus and 23_ecbplus, 44% of the pairs, so they decide the pooled figure), and of those the stories
of several happenings: the kind the held-out topics are mostly made of, where TF-IDF is strong.
The grouping's cohesion share (px-align.c's COHESION_SHARE: the share of the looser group's own mean link
two groups need across them), none and in use, and chosen on the training folds; this script's
cluster_pairs() replaces fit-similarity.py's copy of the clustering with one that applies it (and, for a
study, LONE_EDGE: a lone sentence on a pair at the edge joining at that share of link).
--per-topic prints each development ECB+ event's out-of-fold pairs (found, false, missed; the mean over
the deals) for the engine in use and for TF-IDF at its threshold chosen on the training folds.
--cache FILE keeps the loaded events (pickle) for reruns. Needs numpy (/usr/bin/python3)."""
import importlib.util, json, os, pickle, random, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("fit_similarity", os.path.join(HERE, "fit-similarity.py"))
fs = importlib.util.module_from_spec(spec)
sys.modules["fit_similarity"] = fs
spec.loader.exec_module(fs)

FOLDS = 3
DEALS = (1, 2, 3)
AFFINITIES = (0.1, 0.15, 0.2, 0.25, 0.3)
CLAIMS_LINKS = (0, 0.3, 0.35, 0.4, 0.5)
TFIDF_THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4)
KINDS = ("ecb", "ecb one", "ecb several", "keys", "basil", "pooled", "small", "small several")
LARGE = 400  # clear-cut pairs: an event this large is left out of the "small" figures

# px-align.c's _px_align_happenings(), as fit-similarity.py's article_affinity() applies it; the
# study swaps the setting for each of HAPPENING_CHOICES
HAPPENINGS = [fs.IN_USE]  # the setting in use here (the link of fs.HAPPENING_COSINE at the story's scale); None for none
HAPPENING_CHOICES = (None, (0.4, 4, 0.5), (0.5, 4, 0.5), (0.6, 4, 0.5), (0.7, 4, 0.5), (0.5, 3, 0.5), (0.5, 5, 0.5),
                     (0.5, 4, 0), (0.5, 4, 0.7))
happenings = fs.happenings


def _replica_affinity(event, scale=None):
    """fit-similarity.py's article_affinity() before its happenings step."""
    saved = fs.happenings
    fs.happenings = lambda affinity, setting: affinity
    try:
        return _fit_affinity(event, scale=scale)
    finally:
        fs.happenings = saved


_fit_affinity = fs.article_affinity


def article_affinity(event, foreign_names=fs.FOREIGN_NAMES, happening=fs.IN_USE, scale=None):
    setting = HAPPENINGS[0]
    if setting == fs.IN_USE:
        setting = (fs.HAPPENING_COSINE / (scale or fs.affinity_scale(event)), fs.HAPPENING_ARTICLES, fs.HAPPENING_APART)
    return fs.canonical_happenings(event, _replica_affinity(event, scale), setting, step=happenings)


fs.article_affinity = article_affinity

# px-align.c's _px_align_required_link() beyond fit-similarity.py's copy of it: two groups need a mean link
# across them of COHESION_SHARE of the looser one's own (the mean of its pairs of sentences of two outlets);
# the study swaps the setting for each of COHESION_CHOICES (None: the rule left out)
COHESION = [0.25]  # px-align.c's COHESION_SHARE
COHESION_CHOICES = (None, 0.2, 0.25, 0.3)
# a lone sentence on a pair at the edge joining at this share of link (None: at link, as px-align.c does);
# tried, not in use: its in-sample gain on the keys did not carry out of fold
LONE_EDGE = [None]


fit_cluster_pairs = fs.cluster_pairs


def cluster_pairs(event, probs, edge, link, same_source, claims_link=None, cohesion_share=None, lone_share=None):
    """fit-similarity.py's cluster_pairs() with the study's settings: the cohesion share COHESION[0] and
    LONE_EDGE[0]; the TF-IDF baseline's cosines are clustered as tfidf-baseline.py does, without them."""
    tfidf = probs is getattr(event, "tfidf", None)
    return fit_cluster_pairs(event, probs, edge, link, same_source, claims_link,
                             cohesion_share=None if tfidf else COHESION[0], lone_share=None if tfidf else LONE_EDGE[0])


fs.cluster_pairs = cluster_pairs


def pooled_events(cli, shared, directory, cache):
    """Each development topic's ecb and ecbplus halves as one story (at most 32 sources, the halves
    as even as they can be), made as folders of links under @directory; no held-out topic."""
    if cache and os.path.exists(cache):
        with open(cache, "rb") as f:
            return pickle.load(f)
    base = os.path.join(shared, "corpus", "ecbplus-dev", "events")
    events = []
    for topic in sorted({int(n.split("_")[0]) for n in os.listdir(base)}):
        halves = [os.path.join(base, f"{topic}_{h}") for h in ("ecb", "ecbplus")]
        if topic % 3 == 0 or not all(os.path.isdir(h) for h in halves):
            continue
        golds = [json.load(open(os.path.join(h, "gold.json"))) for h in halves]
        na, nb = (len(g["files"]) for g in golds)
        ka = min(na, max(16, 32 - nb))
        d = os.path.join(directory, f"{topic}_pooled")
        os.makedirs(d, exist_ok=True)
        files, sentences, names = [], [], {}
        for tag, half, gold, k in (("a", halves[0], golds[0], ka), ("b", halves[1], golds[1], min(nb, 32 - ka))):
            for f, sent in list(zip(gold["files"], gold["sentences"]))[:k]:
                if not os.path.exists(os.path.join(d, tag + f)):
                    os.symlink(os.path.join(half, f), os.path.join(d, tag + f))
                files.append(tag + f)
                sentences.append(sent)
            names.update(gold["names"])
        with open(os.path.join(d, "gold.json"), "w") as f:
            json.dump(dict(id=f"{topic}_pooled", files=files, sentences=sentences, names=names), f)
        events.append(fs.EcbEvent(cli, d, f"ecb{topic}"))
    if cache:
        with open(cache, "wb") as f:
            pickle.dump(events, f)
    return events


def set_affinity(events, value, happening=None):
    """px-align.c's ARTICLE_AFFINITY; 0 for none (every factor 1); fs.ARTICLE_AFFINITY: each story's
    scale in use (MANY_ARTICLE_AFFINITY for stories of many reports); @happening: the happenings'
    setting (HAPPENINGS in use when not given)."""
    if happening is not None:
        HAPPENINGS[0] = happening[0]
    for e in events:
        if value:
            e.affinity = fs.article_affinity(e, scale=None if value == fs.ARTICLE_AFFINITY else value)
        else:
            e.affinity = [[1.0] * len(e.sizes) for _ in e.sizes]


def folds(events, seed):
    groups = sorted({e.group for e in events})
    random.Random(seed).shuffle(groups)
    fold = {g: i % FOLDS for i, g in enumerate(groups)}
    return [fold[e.group] for e in events]


def clear_pairs(e):
    if not hasattr(e, "clear_pairs"):
        e.clear_pairs = sum(e.score(list(range(len(e.source)))))
    return e.clear_pairs


def small(events):
    return [e for e in events if e.kind == "ecb" and clear_pairs(e) < LARGE]


def add_small(counts, events, prob_of, settings, tfidf=False):
    """The "small" figures: the test events but the LARGE ones."""
    for k, sel in (("small", small(events)), ("small several", [e for e in small(events) if e.several])):
        r = fs.evaluate(sel, prob_of, settings, tfidf=tfidf)
        counts[k] = fs.add(counts[k], r["counts"]["ecb"])


def figures(counts):
    return {k: fs.mcc(counts[k]) if k.startswith(("ecb", "pooled", "small")) else fs.f1(counts[k]) for k in KINDS}


def cross_validate(events, affinities, pooled=(), claims_links=None, happening_choices=None, cohesion_choices=None):
    """The engine's figures, averaged over the deals; @affinities: the values the training folds
    choose among (by the fit's objective), 0 for none; @claims_links: the same for CLAIMS_LINK
    (the one in use when None); @happening_choices: the same for the happenings (None in the list
    for none; the one in use when not given), chosen by the objective with the pooled halves of
    the training folds' topics beside it; @cohesion_choices: the same for px-align.c's COHESION_SHARE;
    @pooled: the harder folds, scored by their topic's fold."""
    sums = {k: 0.0 for k in KINDS}
    in_use = fs.CLAIMS_LINK
    in_use_happenings = HAPPENINGS[0]
    in_use_cohesion = COHESION[0]
    choices = happening_choices or (in_use_happenings,)
    for seed in DEALS:
        fold_of = folds(events, seed)
        fold_of_group = {e.group: k for e, k in zip(events, fold_of)}
        counts = {k: (0, 0, 0, 0) for k in fs.COUNTS + ("pooled", "small", "small several")}
        for f in range(FOLDS):
            train = [e for e, k in zip(events, fold_of) if k != f]
            test = [e for e, k in zip(events, fold_of) if k == f]
            train_pooled = [e for e in pooled if e.group in fold_of_group and fold_of_group[e.group] != f]
            beta = fs.train(train)
            prob_of = lambda e, beta=beta: fs.probabilities(beta, e.X, e.apart)
            best = None
            for happening in choices:
                for value in affinities:
                    set_affinity(events + list(pooled), value, (happening,))
                    for link in claims_links or (in_use,):
                        for cohesion in cohesion_choices or (in_use_cohesion,):
                            fs.CLAIMS_LINK = link
                            COHESION[0] = cohesion
                            score, settings = fs.choose(train, prob_of)[0]
                            if len(choices) > 1:
                                # the happenings act on stories of two happenings: the training folds' pooled halves
                                score = (2 * score + fs.evaluate(train_pooled, prob_of, settings)["ecb"]) / 3
                            if best is None or score > best[0]:
                                best = (score, value, settings, link, happening, cohesion)
            set_affinity(events + list(pooled), best[1], (best[4],))
            fs.CLAIMS_LINK = best[3]
            COHESION[0] = best[5]
            r = fs.evaluate(test, prob_of, best[2])
            hard = fs.evaluate([e for e in pooled if fold_of_group.get(e.group) == f], prob_of, best[2])
            counts.update({k: fs.add(counts[k], r["counts"][k]) for k in fs.COUNTS})
            counts["pooled"] = fs.add(counts["pooled"], hard["counts"]["ecb"])
            add_small(counts, test, prob_of, best[2])
            fs.CLAIMS_LINK = in_use
            HAPPENINGS[0] = in_use_happenings
            COHESION[0] = in_use_cohesion
        for k, v in figures(counts).items():
            sums[k] += v / len(DEALS)
    return sums


def cross_validate_tfidf(events, by_objective, pooled=()):
    sums = {k: 0.0 for k in KINDS}
    for seed in DEALS:
        fold_of = folds(events, seed)
        fold_of_group = {e.group: k for e, k in zip(events, fold_of)}
        counts = {k: (0, 0, 0, 0) for k in fs.COUNTS + ("pooled", "small", "small several")}
        for f in range(FOLDS):
            train = [e for e, k in zip(events, fold_of) if k != f]
            test = [e for e, k in zip(events, fold_of) if k == f]
            rate = (lambda r: fs.objective(r)) if by_objective else (lambda r: r["ecb"])
            t = max((rate(fs.evaluate(train, None, (t,), tfidf=True)), t) for t in TFIDF_THRESHOLDS)[1]
            r = fs.evaluate(test, None, (t,), tfidf=True)
            hard = fs.evaluate([e for e in pooled if fold_of_group.get(e.group) == f], None, (t,), tfidf=True)
            counts.update({k: fs.add(counts[k], r["counts"][k]) for k in fs.COUNTS})
            counts["pooled"] = fs.add(counts["pooled"], hard["counts"]["ecb"])
            add_small(counts, test, None, (t,), tfidf=True)
        for k, v in figures(counts).items():
            sums[k] += v / len(DEALS)
    return sums


def per_topic(events):
    """Each development ECB+ event's out-of-fold pairs, the engine in use (weights refitted and
    thresholds chosen on the training folds) beside TF-IDF at its threshold chosen there by ECB+
    MCC, the mean over the deals, the events where the engine loses most first."""
    sums = {}
    set_affinity(events, fs.ARTICLE_AFFINITY)
    for seed in DEALS:
        fold_of = folds(events, seed)
        for f in range(FOLDS):
            train = [e for e, k in zip(events, fold_of) if k != f]
            test = [e for e, k in zip(events, fold_of) if k == f and e.kind == "ecb"]
            beta = fs.train(train)
            prob_of = lambda e, beta=beta: fs.probabilities(beta, e.X, e.apart)
            settings = fs.choose(train, prob_of)[0][1]
            t = max((fs.evaluate(train, None, (t,), tfidf=True)["ecb"], t) for t in TFIDF_THRESHOLDS)[1]
            for e in test:
                mine = e.score(fs.cluster(e, prob_of(e), *settings))
                base = e.score(fs.cluster_pairs(e, e.tfidf, t, t, 0, 0))
                name = os.path.basename(os.path.dirname(e.files[0]))
                old = sums.get(name, ((0, 0, 0, 0), (0, 0, 0, 0), e))
                sums[name] = (fs.add(old[0], mine), fs.add(old[1], base), e)
    rows = []
    for name, (mine, base, e) in sums.items():
        mine, base = [tuple(x / len(DEALS) for x in c) for c in (mine, base)]
        rows.append(((mine[0] - mine[1]) - (base[0] - base[1]), name, mine, base, e))
    print("out of fold, per event: found / false / missed pairs (mean over the deals); engine, then TF-IDF")
    for gain, name, mine, base, e in sorted(rows, key=lambda r: r[:2]):
        print(f"{name:12} {'several' if e.several else 'one':7} {clear_pairs(e):4} pairs  engine {mine[0]:5.1f} / {mine[1]:5.1f} / {mine[2]:5.1f}"
              f"  TF-IDF {base[0]:5.1f} / {base[1]:5.1f} / {base[2]:5.1f}  (found - false) {gain:+.1f}", flush=True)


def show(label, r):
    print(f"{label:58} ECB+ MCC {r['ecb']:.3f} (one happening {r['ecb one']:.3f}, several {r['ecb several']:.3f}); "
          f"basil-format F1 {r['keys']:.3f} (basil-dev {r['basil']:.3f}); pooled halves MCC {r['pooled']:.3f}; "
          f"events under {LARGE} pairs {r['small']:.3f} (several {r['small several']:.3f})", flush=True)


def main():
    ap = fs.study_arguments()
    ap.add_argument("--pooled-dir", help="where the pooled halves' folders are made (default: a temporary one)")
    ap.add_argument("--per-topic", action="store_true", help="only the per-event out-of-fold listing")
    a = ap.parse_args()
    events = fs.load_events_cached(os.path.abspath(a.cli), a.shared, a.keys_dir, a.cache)
    pooled_dir = a.pooled_dir or tempfile.mkdtemp()
    pooled = pooled_events(os.path.abspath(a.cli), a.shared, pooled_dir, a.cache and a.cache + ".pooled")
    in_use = fs.ARTICLE_AFFINITY
    if a.per_topic:
        per_topic(events)
        return
    print(f"{FOLDS} folds by topic, {len(DEALS)} deals; weights refitted and thresholds chosen on the training folds")
    show("engine, no article affinity", cross_validate(events, (0,), pooled))
    show(f"engine as in use (article affinity {in_use}, happenings {HAPPENINGS[0]})", cross_validate(events, (in_use,), pooled))
    show("engine, article affinity chosen on the training folds", cross_validate(events, AFFINITIES, pooled))
    show("engine, no claims' own link", cross_validate(events, (in_use,), pooled, (0,)))
    show("engine, claims' own link chosen on the training folds", cross_validate(events, (in_use,), pooled, CLAIMS_LINKS))
    show("engine, no cohesion share", cross_validate(events, (in_use,), pooled, None, None, (None,)))
    show("engine, cohesion share chosen on the training folds",
         cross_validate(events, (in_use,), pooled, None, None, COHESION_CHOICES))
    show("engine, no happenings", cross_validate(events, (in_use,), pooled, None, (None,)))
    show("engine, happenings chosen on the training folds (and their pooled halves)",
         cross_validate(events, (in_use,), pooled, None, HAPPENING_CHOICES))
    show("TF-IDF, threshold chosen on the training folds by ECB+ MCC", cross_validate_tfidf(events, False, pooled))
    show("TF-IDF, threshold chosen by the engine's objective", cross_validate_tfidf(events, True, pooled))


if __name__ == "__main__":
    main()
