#!/usr/bin/env python3
"""The many-report path's rule families, each judged by how many development topics carry its gain and by
a grouped cross-validation that chooses the rule switches with the thresholds (twenty-ninth session,
docs/benchmarks.md). Development data only: the ecbplus-dev topics not divisible by 3, the model's
weights in use (fitted on those topics: the figures say what the grouping's choices are worth, not the
weights').

usage: /usr/bin/python3 tools/study-rule-families.py --cli build/app/cli/parallax-cli [--shared ../shared]
                                                    [--keys-dir DIR]... [--cache FILE] [--deals N]

1. Concentration: each family switched off (study-many-reports.py's switches), the many-report
   thresholds at their values in use and chosen again in sample; each unit's (topic's) MCC with the
   family against without it: the mean gain, how many units gain or lose more than TIE, the share of the
   summed gain the two and three units that gain most carry, and the mean gain with those three left out.
2. Switches chosen out of fold: the 23 topics dealt into thirds (--deals deals); on two thirds the
   thresholds, or the thresholds and one configuration among the families' switches, are chosen by the
   unit mean, as fit-similarity.py chooses; the third is scored by its pooled MCC (as the held-out part
   is judged) and its unit mean. TF-IDF's threshold is chosen the same way. Each fold's figures and the
   configuration it chose are printed.
The families are study-many-reports.py's switches of px-align.c's many-report steps; beside them two
over-joining guards measured in the replica only (study-claims-names.py's run() with a veto, stories of
many reports): "names", two groups whose sentences write no name in common stay apart; "act words", a
merge none of whose pairs linked at "link" shares a word that is not a name or a number is refused.
Needs numpy (/usr/bin/python3)."""
import importlib.util, os, random, sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("study_many_reports", os.path.join(HERE, "study-many-reports.py"))
smr = importlib.util.module_from_spec(spec)
sys.modules["study_many_reports"] = smr
spec.loader.exec_module(smr)
fs = smr.fs

TIE = 0.02


def ids_of(e, members, kinds):
    return {x[2] for g in members for x in e.words[g] if x[1] in kinds}


def no_names_in_common(e, A, B, cross, probs, link):
    """Guard: two groups whose sentences write no name in common are not one claim."""
    return not ids_of(e, A, "n") & ids_of(e, B, "n")


def no_act_words_in_common(e, A, B, cross, probs, link):
    """Guard: a merge none of whose linked pairs (at "link" or more) shares a word that is not a name or a
    number (the act: ecb27's false joins are two acts of one participant) is refused."""
    for x, y in cross:
        if probs.get((x, y) if x < y else (y, x), 0.0) >= link and ids_of(e, [x], "pw") & ids_of(e, [y], "pw"):
            return False
    return True


GUARDS = {"names": no_names_in_common, "act words": no_act_words_in_common}
GUARD = [None]
run_in_use = smr.names_study.run


def run_guarded(*args, **kwargs):
    return run_in_use(*args, veto=GUARD[0], **kwargs)


smr.names_study.run = run_guarded
group_in_use = smr.group


def group_guarded(e, probs, edge, link, same_source, cfg):
    GUARD[0] = GUARDS.get(cfg.get("guard"))
    return group_in_use(e, probs, edge, link, same_source, cfg)


smr.group = group_guarded

FAMILIES = {
    "in use": {},
    "no foreign names": dict(foreign=False),
    "no happenings": dict(happenings=False),
    "no CLAIMS_LINK": dict(claims_link=False),
    "no cohesion": dict(cohesion=False),
    "no lone rule": dict(lone=False),
    "no same-source rule": dict(same_source=False),
    "no article affinity": dict(affinity=False, foreign=False, happenings=False),
    "ARTICLE_AFFINITY 0.2": dict(article_affinity=0.2),
    "guard: names": dict(guard="names"),
    "guard: act words": dict(guard="act words"),
}


def all_counts(ecb, cfgs, settings):
    """(configuration, setting) -> event name -> counts, the model in use."""
    out = {}
    for label, cfg in cfgs.items():
        for s in settings:
            out[(label, s)] = {smr.name_of(e): smr.counts_of(e, s, cfg, "in use", lambda e=e: e.engine) for e in ecb}
        print(f"  counted: {label}", file=sys.stderr, flush=True)
    return out


def unit_mccs(counts, unit_of, topics=None):
    per = {}
    for name, c in counts.items():
        if topics is not None and int(name.split("_")[0]) not in topics:
            continue
        per[unit_of[name]] = fs.add(per.get(unit_of[name], (0, 0, 0, 0)), c)
    return {u: fs.mcc(c) for u, c in per.items()}


def pooled(counts, topics, only=None):
    """The pooled MCC of @topics' events (of the events named in @only, when given)."""
    total = (0, 0, 0, 0)
    for name, c in counts.items():
        if int(name.split("_")[0]) in topics and (only is None or name in only):
            total = fs.add(total, c)
    return fs.mcc(total)


def concentration(label, with_rule, without, unit_of):
    a, b = unit_mccs(with_rule, unit_of), unit_mccs(without, unit_of)
    gains = sorted(((a[u] - b[u], u) for u in a), reverse=True)
    total = sum(g for g, _ in gains)
    positive = sum(g for g, _ in gains if g > 0)
    top2 = sum(g for g, _ in gains[:2] if g > 0)
    top3 = sum(g for g, _ in gains[:3] if g > 0)
    rest = [g for g, _ in gains[3:]]
    print(f"{label:22} mean gain {total / len(gains):+.3f} | units +{sum(g > TIE for g, _ in gains)} "
          f"-{sum(g < -TIE for g, _ in gains)} ={sum(abs(g) <= TIE for g, _ in gains)} | top 2 carry "
          f"{top2 / positive if positive > 0 else 0:.0%}, top 3 {top3 / positive if positive > 0 else 0:.0%} of the "
          f"gains | without the top 3 {np.mean(rest):+.3f} | top: "
          + " ".join(f"{u}:{g:+.2f}" for g, u in gains[:3]) + " | bottom: "
          + " ".join(f"{u}:{g:+.2f}" for g, u in gains[-2:]), flush=True)


def best(counts, labels, settings, unit_of, topics):
    return max(((np.mean(list(unit_mccs(counts[(l, s)], unit_of, topics).values())), l, s)
                for l in labels for s in settings), key=lambda x: (x[0], x[1] == "in use", x[2]))


def main():
    ap = fs.study_arguments()
    ap.add_argument("--deals", type=int, default=20)
    a = ap.parse_args()
    events = fs.load_events_cached(os.path.abspath(a.cli), a.shared, a.keys_dir, a.cache)
    ecb = [e for e in events if e.kind == "ecb"]
    unit_of = smr.units(ecb)
    cfgs = {l: dict(smr.FULL, **dict(dict(guard=None), **v)) for l, v in FAMILIES.items()}
    settings = smr.MANY_GRID
    counts = all_counts(ecb, cfgs, settings)
    tfidf = {t: {smr.name_of(e): smr.tfidf_counts(e, t) for e in ecb} for t in fs.TFIDF_THRESHOLDS}
    in_use = tuple(smr.IN_USE[:2])
    every = {smr.topic_of(e) for e in ecb}
    # the events of several happenings (under a tenth of their clear-cut pairs the same one), the kind
    # the held-out part loses on
    several = {smr.name_of(e) for e in ecb if e.several}

    print("1. each family's gain by unit, in sample (the model in use)")
    print(" at the thresholds in use", in_use)
    for label in FAMILIES:
        if label != "in use":
            concentration(label, counts[("in use", in_use)], counts[(label, in_use)], unit_of)
    print(" each side at its own best thresholds by the unit mean")
    _, _, s_full = best(counts, ["in use"], settings, unit_of, every)
    for label in FAMILIES:
        if label != "in use":
            _, _, s = best(counts, [label], settings, unit_of, every)
            concentration(f"{label} @{s[0]:g}/{s[1]:g}", counts[("in use", s_full)], counts[(label, s)], unit_of)

    print(f"2. chosen on two thirds of the topics, scored on the third ({a.deals} deals)")
    topics = sorted(every)
    methods = {"thresholds in use": None, "thresholds chosen": ["in use"],
               "switches and thresholds": list(FAMILIES)}
    for label in FAMILIES:
        if label != "in use":
            methods[f"{label}, thresholds chosen"] = [label]
    scores = {m: [] for m in methods}
    scores["TF-IDF"] = []
    picks = {}
    for deal in range(1, a.deals + 1):
        rng = random.Random(deal)
        order = topics[:]
        rng.shuffle(order)
        thirds = [set(order[k::3]) for k in range(3)]
        line = []
        for k, test in enumerate(thirds):
            fit = set(topics) - test
            row = {}
            for m, labels in methods.items():
                if labels is None:
                    l, s = "in use", in_use
                else:
                    _, l, s = best(counts, labels, settings, unit_of, fit)
                if m == "switches and thresholds":
                    picks[l] = picks.get(l, 0) + 1
                c = counts[(l, s)]
                row[m] = (pooled(c, test), np.mean(list(unit_mccs(c, unit_of, test).values())),
                          pooled(c, test, several), l, s)
            t = max(fs.TFIDF_THRESHOLDS, key=lambda t: (np.mean(list(unit_mccs(tfidf[t], unit_of, fit).values())), t))
            row["TF-IDF"] = (pooled(tfidf[t], test), np.mean(list(unit_mccs(tfidf[t], unit_of, test).values())),
                             pooled(tfidf[t], test, several), "", t)
            for m, r in row.items():
                scores[m].append(r[:3])
            sw = row["switches and thresholds"]
            line.append(f"fold {k + 1} (topics {','.join(map(str, sorted(test)))}): pooled in use {row['thresholds in use'][0]:.3f} "
                        f"chosen {row['thresholds chosen'][0]:.3f} switches {sw[0]:.3f} [{sw[3]} @{sw[4][0]:g}/{sw[4][1]:g}] "
                        f"TF-IDF {row['TF-IDF'][0]:.3f}")
        print(f"deal {deal}:\n  " + "\n  ".join(line), flush=True)
    print("summary (mean over folds; the test third's pooled MCC / its unit mean / its events of several "
          "happenings pooled; against the thresholds chosen out of fold, fold by fold):")
    base = np.array(scores["thresholds chosen"])
    for m, v in scores.items():
        v = np.array(v)
        d = v[:, 0] - base[:, 0]
        ds = v[:, 2] - base[:, 2]
        print(f"  {m:40} pooled {v[:, 0].mean():.3f} unit mean {v[:, 1].mean():.3f} several {v[:, 2].mean():.3f} | "
              f"pooled {d.mean():+.3f} (better in {int((d > 0.001).sum())}, worse in {int((d < -0.001).sum())} of "
              f"{len(d)}), several {ds.mean():+.3f} ({int((ds > 0.001).sum())} / {int((ds < -0.001).sum())})")
    print("  configurations chosen: " + ", ".join(f"{l} x{n}" for l, n in sorted(picks.items(), key=lambda x: -x[1])))


if __name__ == "__main__":
    main()
