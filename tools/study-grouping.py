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
--cache FILE keeps the loaded events (pickle) for reruns. Needs numpy (/usr/bin/python3)."""
import argparse, importlib.util, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("fit_similarity", os.path.join(HERE, "fit-similarity.py"))
fs = importlib.util.module_from_spec(spec)
sys.modules["fit_similarity"] = fs
spec.loader.exec_module(fs)

FOLDS = 3
DEALS = (1, 2, 3)
AFFINITIES = (0.1, 0.15, 0.2, 0.25, 0.3)
TFIDF_THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4)
KINDS = ("ecb", "ecb one", "ecb several", "keys", "basil")


def set_affinity(events, value):
    """px-align.c's ARTICLE_AFFINITY; 0 for none (every factor 1)."""
    for e in events:
        if value:
            fs.ARTICLE_AFFINITY = value
            e.affinity = fs.article_affinity(e)
        else:
            e.affinity = [[1.0] * len(e.sizes) for _ in e.sizes]


def folds(events, seed):
    groups = sorted({e.group for e in events})
    random.Random(seed).shuffle(groups)
    fold = {g: i % FOLDS for i, g in enumerate(groups)}
    return [fold[e.group] for e in events]


def figures(counts):
    return {k: fs.mcc(counts[k]) if k.startswith("ecb") else fs.f1(counts[k]) for k in KINDS}


def cross_validate(events, affinities):
    """The engine's figures, averaged over the deals; @affinities: the values the training folds
    choose among (by the fit's objective), 0 for none."""
    sums = {k: 0.0 for k in KINDS}
    for seed in DEALS:
        fold_of = folds(events, seed)
        counts = {k: (0, 0, 0, 0) for k in fs.COUNTS}
        for f in range(FOLDS):
            train = [e for e, k in zip(events, fold_of) if k != f]
            test = [e for e, k in zip(events, fold_of) if k == f]
            beta = fs.train(train)
            prob_of = lambda e, beta=beta: fs.probabilities(beta, e.X)
            best = None
            for value in affinities:
                set_affinity(events, value)
                score, settings = fs.choose(train, prob_of)[0]
                if best is None or score > best[0]:
                    best = (score, value, settings)
            set_affinity(events, best[1])
            r = fs.evaluate(test, prob_of, best[2])
            counts = {k: fs.add(counts[k], r["counts"][k]) for k in counts}
        for k, v in figures(counts).items():
            sums[k] += v / len(DEALS)
    return sums


def cross_validate_tfidf(events, by_objective):
    sums = {k: 0.0 for k in KINDS}
    for seed in DEALS:
        fold_of = folds(events, seed)
        counts = {k: (0, 0, 0, 0) for k in fs.COUNTS}
        for f in range(FOLDS):
            train = [e for e, k in zip(events, fold_of) if k != f]
            test = [e for e, k in zip(events, fold_of) if k == f]
            rate = (lambda r: fs.objective(r)) if by_objective else (lambda r: r["ecb"])
            t = max((rate(fs.evaluate(train, None, (t,), tfidf=True)), t) for t in TFIDF_THRESHOLDS)[1]
            r = fs.evaluate(test, None, (t,), tfidf=True)
            counts = {k: fs.add(counts[k], r["counts"][k]) for k in counts}
        for k, v in figures(counts).items():
            sums[k] += v / len(DEALS)
    return sums


def show(label, r):
    print(f"{label:58} ECB+ MCC {r['ecb']:.3f} (one happening {r['ecb one']:.3f}, several {r['ecb several']:.3f}); "
          f"basil-format F1 {r['keys']:.3f} (basil-dev {r['basil']:.3f})", flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(fs.ROOT), "shared"))
    ap.add_argument("--keys-dir", action="append", default=[])
    ap.add_argument("--cache")
    a = ap.parse_args()
    events = fs.load_events_cached(os.path.abspath(a.cli), a.shared, a.keys_dir, a.cache)
    in_use = fs.ARTICLE_AFFINITY
    print(f"{FOLDS} folds by topic, {len(DEALS)} deals; weights refitted and thresholds chosen on the training folds")
    show("engine, no article affinity", cross_validate(events, (0,)))
    show(f"engine, article affinity {in_use}", cross_validate(events, (in_use,)))
    show("engine, article affinity chosen on the training folds", cross_validate(events, AFFINITIES))
    show("TF-IDF, threshold chosen on the training folds by ECB+ MCC", cross_validate_tfidf(events, False))
    show("TF-IDF, threshold chosen by the engine's objective", cross_validate_tfidf(events, True))


if __name__ == "__main__":
    main()
