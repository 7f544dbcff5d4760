#!/usr/bin/env python3
"""The ECB+ many-report alignment cross-validated topic by topic, and read at the shape of the part it
is judged on (docs/benchmarks.md, ecb36). Development data only: the ecbplus-dev topics not divisible
by 3, with basil-dev's development events, the --keys-dir sets and MSRP's development pairs in the
weights' fit as fit-similarity.py fits them. Of the held-out topics (divisible by 3) only counts are
read: each topic's number of clear-cut pairs of the same happening and of different ones, from its
key (no text, no engine output, nothing scored).

usage: /usr/bin/python3 tools/study-ecb-shape.py --cli build/app/cli/parallax-cli [--shared ../shared]
                                                [--keys-dir OUT/k14] [--cache FILE] [--msrp-cache FILE]
                                                [--draws N] [--objectives pooled,unit,shape]

1. Leave one topic out: for each of the 23 development topics, the weights refitted without it (its
   two halves and the keyed events made from it; fs.train()), the many-report thresholds chosen on the
   other 22 (among fs.GRID, by each --objectives figure in turn: the pooled MCC, the topics' mean as
   fit-similarity.py chooses, or the figure at the held-out shape among SHAPE_GRID), the topic's events
   grouped and scored; the TF-IDF baseline's threshold chosen the same way. Beside it the model in use
   in sample (its weights and thresholds were chosen on every development topic) and the weights
   refitted on every topic; --without refits without some features.
2. Each figure read five ways: the pooled MCC (score-ecb.py's); the mean of the topics' MCC; at the
   held-out part's shape (at_shape(): as many topics as it has, each with one held-out topic's counts of
   same and different pairs and the rates of a development topic drawn at random, the pooled MCC of the
   expected counts over --draws sets); at its balance (at_balance(): the pooled rates with the classes
   scaled to its share of same pairs, with every topic and without the two of most different pairs);
   and the pooled figure of the development topics shaped as the held-out ones (held_like()). Then the
   engine minus TF-IDF at the held-out shape, both read on the same drawn topics, and the share of draws
   at or below --observed. The development pool has 602 same pairs among 3,447 clear-cut ones (17%),
   more than half its different pairs in two topics (1 and 23) the engine keeps apart best; the held-out
   part has 67 among 1,354 (5%) over ten topics of 3-13 same pairs each: the same rates read as another
   MCC there.
Needs numpy (/usr/bin/python3)."""
import itertools, json, os, pickle, random, tempfile

import numpy as np

from corpus_args import load_tool

sm = load_tool("study_many_reports", "study-many-reports.py")
fs = sm.fs

MIN_SAME = 3
LOW_SHARE = 0.2
MIN_DIFFERENT = 5
TFIDF_RUN = 0.2  # run.sh's threshold (its best on development)
# fit-similarity.py's grid, and for the figure at the held-out shape two settings above it (it chose
# the grid's top)
SHAPE_GRID = fs.GRID + [(0.45, 0.4), (0.5, 0.45)]


def topic_of(name):
    return int(name.split("_")[0])


def held_profile(shared):
    """Each held-out topic's (same, different) clear-cut pair counts, score-ecb.py's definition, from its
    key alone."""
    base = os.path.join(shared, "corpus", "ecbplus-dev", "events")
    profile = {}
    for name in sorted(os.listdir(base)):
        topic = topic_of(name)
        if topic % 3:
            continue
        gold = json.load(open(os.path.join(base, name, "gold.json")))
        sel = [(i, frozenset(x[0] for x in g["act"])) for i, doc in enumerate(gold["sentences"])
               for g in doc if g["selected"]]
        same = different = 0
        for (i, a), (j, b) in itertools.combinations(sel, 2):
            if i != j and a and a == b:
                same += 1
            elif i != j and not a & b:
                different += 1
        s, d = profile.get(topic, (0, 0))
        profile[topic] = (s + same, d + different)
    return [profile[t] for t in sorted(profile)]


def by_topic(events_counts):
    out = {}
    for name, c in events_counts.items():
        out[topic_of(name)] = fs.add(out.get(topic_of(name), (0, 0, 0, 0)), c)
    return out


def pooled(topics):
    total = (0, 0, 0, 0)
    for c in topics.values():
        total = fs.add(total, c)
    return fs.mcc(total), total


def topic_mean(topics):
    return float(np.mean([fs.mcc(c) for c in topics.values() if c[0] + c[2] and c[1] + c[3]]))


def at_shape(topics, profile, draws, seed=11):
    """The pooled MCC of sets shaped like @profile, each topic's rates drawn among @topics' (see the
    docstring): (mean, 10th, 90th percentile)."""
    rates = [((c[0] / (c[0] + c[2])), (c[1] / (c[1] + c[3]))) for c in topics.values()
             if c[0] + c[2] >= MIN_SAME and c[1] + c[3] >= MIN_DIFFERENT]
    rng = random.Random(seed)
    figures = []
    for _ in range(draws):
        tp = fp = fn = tn = 0.0
        for same, different in profile:
            found, joined = rng.choice(rates)
            tp += found * same
            fn += (1 - found) * same
            fp += joined * different
            tn += (1 - joined) * different
        figures.append(fs.mcc((tp, fp, fn, tn)))
    figures.sort()
    return float(np.mean(figures)), figures[len(figures) // 10], figures[(9 * len(figures)) // 10]


def margin_at_shape(engine, tfidf, profile, draws, observed=None, seed=13):
    """Engine minus TF-IDF in sets shaped like @profile, both read on the same development topic in each
    draw (as at_shape()): (mean, 10th, 90th percentile, share of draws at or below @observed)."""
    both = [t for t in engine if t in tfidf and engine[t][0] + engine[t][2] >= MIN_SAME
            and engine[t][1] + engine[t][3] >= MIN_DIFFERENT]
    rate = lambda c: (c[0] / (c[0] + c[2]), c[1] / (c[1] + c[3]))
    rng = random.Random(seed)
    margins = []
    for _ in range(draws):
        sums = [[0.0] * 4, [0.0] * 4]
        for same, different in profile:
            t = rng.choice(both)
            for k, c in enumerate((engine[t], tfidf[t])):
                found, joined = rate(c)
                expected = (found * same, joined * different, (1 - found) * same, (1 - joined) * different)
                for i, v in enumerate(expected):
                    sums[k][i] += v
        margins.append(fs.mcc(tuple(sums[0])) - fs.mcc(tuple(sums[1])))
    margins.sort()
    below = sum(m <= observed for m in margins) / len(margins) if observed is not None else float("nan")
    return float(np.mean(margins)), margins[len(margins) // 10], margins[(9 * len(margins)) // 10], below


def at_balance(topics, profile, leave=0):
    """The pooled MCC with each class's counts scaled to @profile's share of same pairs (the rates of
    the topics pooled, read at the held-out part's balance), the @leave topics of most different pairs
    left out."""
    kept = sorted(topics.values(), key=lambda c: c[1] + c[3])[:len(topics) - leave]
    tp, fp, fn, tn = (sum(c[k] for c in kept) for k in range(4))
    same = sum(s for s, _ in profile)
    different = sum(d for _, d in profile)
    k = (different / same) / ((fp + tn) / (tp + fn))
    return fs.mcc((tp, fp * k, fn, tn * k))


def held_like(topics, every):
    """The pooled counts of the development topics shaped as the held-out part is: under LOW_SHARE of
    their clear-cut pairs the same happening, and under fs.LARGE clear-cut pairs (@every: each topic's
    key counts)."""
    kept = [t for t, c in every.items()
            if c[2] < LOW_SHARE * (c[2] + c[3]) and c[2] + c[3] < fs.LARGE and t in topics]
    total = (0, 0, 0, 0)
    for t in kept:
        total = fs.add(total, topics[t])
    return kept, total


def shape_objective(profile, draws):
    def objective(topics):
        return at_shape(topics, profile, draws)[0]
    return objective


def choose(train_ecb, prob_of, objective, grid=fs.GRID):
    """The many-report thresholds (edge, link; same_source = link) on @train_ecb by @objective of the
    topics' counts, among @grid."""
    best = None
    for edge, link in grid:
        counts = {fs.event_name(e): e.score(fs.cluster(e, prob_of(e), edge, link, link)) for e in train_ecb}
        score = objective(by_topic(counts))
        if best is None or score > best[0]:
            best = (score, (edge, link, link))
    return best[1]


def choose_tfidf(train_ecb, objective):
    best = None
    for t in fs.TFIDF_THRESHOLDS:
        counts = fs.evaluate(train_ecb, None, (t,), tfidf=True)["events"]
        score = objective(by_topic(counts))
        if best is None or score > best[0]:
            best = (score, t)
    return best[1]


def report(label, topics, profile, draws, every):
    m, total = pooled(topics)
    mean, q10, q90 = at_shape(topics, profile, draws)
    like = held_like(topics, every)[1]
    print(f"  {label:44} pooled {m:.3f} (tp {total[0]} fp {total[1]} fn {total[2]}); topics' mean "
          f"{topic_mean(topics):.3f}; at the held-out shape {mean:.3f} ({q10:.3f}-{q90:.3f}); at its balance "
          f"{at_balance(topics, profile):.3f}, without the two topics of most different pairs "
          f"{at_balance(topics, profile, 2):.3f}; the held-like topics {fs.mcc(like):.3f} (tp {like[0]} fp "
          f"{like[1]} fn {like[2]})", flush=True)


def print_margin(margin, observed):
    print("  engine minus TF-IDF at the held-out shape: {:+.3f} ({:+.3f} to {:+.3f}); draws at or below {:+.3f}: "
          "{:.1%}".format(*margin[:3], observed, margin[3]))


def main():
    ap = fs.study_arguments(__doc__.split("\n")[0])
    ap.add_argument("--msrp-cache")
    ap.add_argument("--draws", type=int, default=2000)
    ap.add_argument("--objectives", default="pooled,unit,shape")
    ap.add_argument("--observed", type=float, default=0.503 - 0.644,
                    help="the held-out part's engine minus TF-IDF last scored (docs/benchmarks.md)")
    ap.add_argument("--without", default="",
                    help="FEATURE,...: refitted without these features (their columns 0)")
    a = ap.parse_args()
    cli = os.path.abspath(a.cli)
    shared = os.path.abspath(a.shared)
    candidate_dir = tempfile.TemporaryDirectory()
    fs.write_candidate_model(candidate_dir.name)
    events = fs.load_events_cached(cli, shared, a.keys_dir, a.cache)
    if a.msrp_cache and os.path.exists(a.msrp_cache):
        m_dev = pickle.load(open(a.msrp_cache, "rb"))
    else:
        m_dev = fs.msrp(cli, shared)[0]
        if a.msrp_cache:
            pickle.dump(m_dev, open(a.msrp_cache, "wb"))
    fs.MSRP_TRAIN[0] = (np.array([x for x, _ in m_dev]), np.array([t for _, t in m_dev], float))
    for name in filter(None, a.without.split(",")):
        column = events[0].names.index(name)
        for e in events:
            e.X[:, column] = 0
        fs.MSRP_TRAIN[0][0][:, column] = 0
    profile = held_profile(shared)
    ecb = [e for e in events if e.kind == "ecb"]
    many = fs.many_reports(events)
    dev_topics = sorted({topic_of(fs.event_name(e)) for e in ecb})
    print(f"held-out shape (counts only): {len(profile)} topics, same / different pairs "
          + " ".join(f"{s}/{d}" for s, d in profile)
          + f"; same share {sum(s for s, _ in profile) / sum(s + d for s, d in profile):.3f}")
    # each sentence alone: every pair missed, so (0, 0, same, different)
    every = by_topic({fs.event_name(e): e.score(list(range(len(e.source)))) for e in ecb})
    print("development shape: " + " ".join(f"{t}:{c[2]}/{c[3]}" for t, c in sorted(every.items()))
          + f"; same share {sum(c[2] for c in every.values()) / sum(c[2] + c[3] for c in every.values()):.3f}")

    print("held-like development topics (same share under {:g}, under {} clear-cut pairs): {}".format(
        LOW_SHARE, fs.LARGE, " ".join(str(t) for t in held_like(every, every)[0])))
    model = {l.split()[1]: float(l.split()[2])
             for l in open(os.path.join(fs.ROOT, "resources", "lexicon", "similarity.txt")) if l.startswith("setting ")}
    in_use = (model["edge"], model["link"], model["same_source"])
    print("in sample (chosen on every development topic):")
    engine_in = by_topic(fs.evaluate(ecb, lambda e: e.engine, in_use, gate=0)["events"])
    report(f"the model in use {in_use[0]:g}/{in_use[1]:g}", engine_in, profile, a.draws, every)
    tfidf_in = by_topic(fs.evaluate(ecb, None, (TFIDF_RUN,), tfidf=True)["events"])
    report(f"TF-IDF at {TFIDF_RUN:g}", tfidf_in, profile, a.draws, every)
    print_margin(margin_at_shape(engine_in, tfidf_in, profile, a.draws, a.observed), a.observed)

    objectives = {"pooled": lambda topics: pooled(topics)[0], "unit": topic_mean,
                  "shape": shape_objective(profile, max(a.draws // 10, 100))}
    # the weights refitted on today's features and every development topic, the thresholds chosen on
    # them: what the fitting script would write (the model in use was fitted on an older engine's
    # features, with key sets since gone, so no script reproduces it)
    beta = fs.train(events)
    prob_of = lambda e: fs.probabilities(beta, e.X, e.apart)
    settings = choose(many, prob_of, topic_mean)
    report(f"refitted on every topic, {settings[0]:g}/{settings[1]:g}",
           by_topic(fs.evaluate(ecb, prob_of, settings)["events"]), profile, a.draws, every)
    print("leave one topic out (weights refitted without it, thresholds chosen on the other 22):")
    names = [x for x in a.objectives.split(",") if x]
    out_engine = {n: {} for n in names}
    out_tfidf = {n: {} for n in names}
    chosen = {n: [] for n in names}
    for topic in dev_topics:
        group = f"ecb{topic}"
        train_events = [e for e in events if e.group != group]
        test = [e for e in ecb if topic_of(fs.event_name(e)) == topic]
        beta = fs.train(train_events)
        prob_of = lambda e, beta=beta: fs.probabilities(beta, e.X, e.apart)
        train_many = [e for e in many if topic_of(fs.event_name(e)) != topic]
        for n in names:
            settings = choose(train_many, prob_of, objectives[n], SHAPE_GRID if n == "shape" else fs.GRID)
            chosen[n].append(settings[:2])
            out_engine[n].update(fs.evaluate(test, prob_of, settings)["events"])
            t = choose_tfidf(train_many, objectives[n])
            out_tfidf[n].update(fs.evaluate(test, None, (t,), tfidf=True)["events"])
        print(f"    topic {topic}: " + "; ".join(f"{n} {chosen[n][-1][0]:g}/{chosen[n][-1][1]:g}" for n in names),
              flush=True)
    for n in names:
        print(f" thresholds chosen by {n}:")
        report("engine, out of fold", by_topic(out_engine[n]), profile, a.draws, every)
        report("TF-IDF, out of fold", by_topic(out_tfidf[n]), profile, a.draws, every)
        print_margin(margin_at_shape(by_topic(out_engine[n]), by_topic(out_tfidf[n]), profile, a.draws, a.observed),
                     a.observed)
    print("per topic (same/different pairs; in sample engine tp/fp, TF-IDF tp/fp; out of fold engine tp/fp by "
          + names[0] + "):")
    for t in dev_topics:
        e_in, t_in = engine_in[t], tfidf_in[t]
        o = by_topic(out_engine[names[0]]).get(t, (0, 0, 0, 0))
        print(f"  {t:3}: {e_in[0] + e_in[2]:3}/{e_in[1] + e_in[3]:4}  in {e_in[0]:3}/{e_in[1]:3}  tfidf "
              f"{t_in[0]:3}/{t_in[1]:3}  out {o[0]:3}/{o[1]:3}")


if __name__ == "__main__":
    main()
