#!/usr/bin/env python3
"""Leave one set out for the few-report pair model: each development set scored by weights AND
thresholds chosen without it, the honest estimate of what the few-report path does on coverage
nobody keyed.

usage: tools/study-few-fit.py --cli build/app/cli/parallax-cli [--shared ../shared] --keys-dir DIR...
                              [--before SET...] [--ridge R] [--weigh sets|pairs|events] [--drop FEATURE...]
                              [--pairs-only [--ridges R...]] [--point GATE EDGE LINK] [--cache FILE]
                              [--dump FILE] [--jobs N]

The pipeline of tools/fit-few-similarity.py (logistic regression on the engine's own candidate pairs,
each set weighing the same, ridge RIDGE) and tools/choose-few-thresholds.py (the few_* edge, link and
gate of best pooled align F1 on the sets fitted on, among those that keep the project's development
stories' finds and false alarms of the model in use and the keys' flags right and look-alikes of the
fold's weights at the model file's few_* settings, as that script's floor is the file after a refit) is run
once for each set left out, on the other sets only, and the left-out set's events are scored by the
engine (PARALLAX_SIMILARITY_MODEL, nothing replicated) with that fold's weights and thresholds. With
--before SET..., the folds are made among the sets named with --before only (the pipeline as it was
before the other sets came in), and the other sets are scored by the model fitted and chosen on all
the --before sets. The threshold grid is GRID x GATES below (smaller than choose-few-thresholds.py's:
the choices it made fall in it). --pairs-only prints the pair ranking of each set's left-out weights
(area under the ROC curve, average precision, log loss) without running the engine: cheap enough to
compare ridge strengths, the sets' weighting (--weigh pairs: each pair the same; events: each story) and features left
out (--drop). --point scores every fold at one setting of few_gate, few_edge and few_link (the weights
alone compared); --dump pickles every fold's per-event scores. Development sets only
(tests/bench/claims/splits.sh; --keys-dir OUT/<set> of keyed-events.py); never a blind set (K15, K20,
K23): the script refuses them."""
import argparse, concurrent.futures, glob, importlib.util, json, os, pickle, subprocess, sys, tempfile

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GRID = [(0.5, 0.2), (0.4, 0.2), (0.35, 0.2), (0.3, 0.2), (0.3, 0.15), (0.25, 0.15)]
GATES = (0.1, 0.08, 0.05)
BLIND = {"k15", "k20", "k23"}


def load(name, file):
    spec = importlib.util.spec_from_file_location(name, os.path.join(ROOT, "tools", file))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ffs = load("fit_few", "fit-few-similarity.py")
cft = load("choose_few", "choose-few-thresholds.py")


def log_loss(y, p):
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean())


def weights_of(group, event, sets, weigh):
    w = np.ones(len(group))
    if weigh == "events":  # each story the same
        stories = np.unique(event)
        for name in stories:
            w[event == name] = len(group) / len(stories) / (event == name).sum()
    if weigh == "sets":
        for name in sets:
            n = (group == name).sum()
            w[group == name] = len(group) / len(sets) / max(1, n)
    return w


def fit_on(data, sets, ridge, weigh, keep):
    X, y, group = data["X"], data["y"], data["group"]
    rows = np.isin(group, list(sets))
    w = weights_of(group[rows], data["event"][rows], sets, weigh)
    return ffs.fit(X[rows][:, keep], y[rows], w, ridge)


def model_text(base_lines, names, keep, beta, settings):
    body = ffs.without_few(base_lines)
    body = [l for l in body if not any(l.startswith(f"setting {k} ") for k in cft.FEW)]
    body.append(f"few_bias {beta[0]:.4f}")
    full = dict(zip(names, [0.0] * len(names)))
    for i, b in zip(keep, beta[1:]):
        full[names[i]] = b
    body += [f"few_weight {n} {full[n]:.4f}" for n in names]
    return "\n".join(body) + "\n" + "".join(f"setting {k} {v:g}\n" for k, v in settings.items())


class Engine:
    """Runs the engine on every event with a model text; per-event scores (score-claims.py's score())."""

    def __init__(self, cli, sc, events, build, jobs, tmp):
        self.cli, self.sc, self.events, self.build, self.jobs, self.tmp = cli, sc, events, build, jobs, tmp
        self.n = 0

    def run(self, text, stories=True):
        self.n += 1
        path = os.path.join(self.tmp, f"model{self.n}.txt")
        open(path, "w").write(text)
        env = dict(os.environ, PARALLAX_SIMILARITY_MODEL=path)
        os.environ["PARALLAX_SIMILARITY_MODEL"] = path  # run_cli inherits the environment

        def one(ev):
            name, key_file, events = ev
            key = json.load(open(key_file))
            d, gold = self.sc.load_event(events, os.path.basename(key_file).split(".")[0])
            out = self.sc.run_cli(self.cli, [os.path.join(d, f) for f in gold["files"]])
            return self.sc.score(key, out, d, gold)

        with concurrent.futures.ThreadPoolExecutor(self.jobs) as pool:
            scores = list(pool.map(one, self.events))
        st = cft.stories(self.build, env) if stories else None
        return scores, st


def pooled(scores, events, sets):
    idx = [i for i, e in enumerate(events) if e[0] in sets]
    tp = sum(scores[i]["tp"] for i in idx)
    fp = sum(scores[i]["fp"] for i in idx)
    fn = sum(scores[i]["fn"] for i in idx)
    f1 = 2 * tp / max(1, 2 * tp + fp + fn)
    return f1, tp, fp, fn, sum(scores[i]["right"] for i in idx), sum(scores[i]["trap"] for i in idx), \
        sum(scores[i]["false"] for i in idx), sum(scores[i]["got_high"] for i in idx)


def choose(runs, events, train, floor_flags, floor_stories):
    """The grid point of best pooled F1 on @train among the eligible ones (None: nothing eligible)."""
    best = None
    for point, (scores, st) in runs.items():
        f1, _, _, _, right, traps, _, _ = pooled(scores, events, train)
        ok = (st[0] >= floor_stories[0] and st[1] <= floor_stories[1]
              and right >= floor_flags[0] and traps <= floor_flags[1])
        if ok and (best is None or f1 > best[0]):
            best = (f1, point)
    return best


def main():
    ap = argparse.ArgumentParser()
    ffs.add_corpus_arguments(ap)
    ap.add_argument("--before", nargs="*", default=None)
    ap.add_argument("--ridge", type=float, default=ffs.RIDGE)
    ap.add_argument("--ridges", type=float, nargs="*", default=None, help="--pairs-only: compare these")
    ap.add_argument("--weigh", choices=("sets", "pairs", "events"), default="sets")
    ap.add_argument("--drop", nargs="*", default=[])
    ap.add_argument("--pairs-only", action="store_true")
    ap.add_argument("--cache", default=None)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--point", type=float, nargs=3, default=None, metavar=("GATE", "EDGE", "LINK"),
                    help="every fold at these few_* settings instead of choosing among GRID x GATES (the weights alone compared)")
    ap.add_argument("--dump", default=None, help="every fold's runs (per-event scores) pickled here")
    a = ap.parse_args()
    cli = os.path.abspath(a.cli)
    a.shared = os.path.abspath(a.shared)
    build = os.path.dirname(os.path.dirname(os.path.dirname(cli)))
    sc = ffs.scorer(a.shared)
    for d in a.keys_dir:
        if os.path.basename(os.path.normpath(d)) in BLIND:
            sys.exit(f"{d}: a blind set is never fitted or chosen on")
    base_lines = open(a.model).read().rstrip("\n").split("\n")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([os.path.join(ROOT, "tests", "bench", "claims", "splits.sh"), tmp, a.shared], check=True)
        sets = [("basil-dev", os.path.join(tmp, "basil-dev"), os.path.join(a.shared, "corpus", "basil-dev", "events"))]
        sets += [(os.path.basename(os.path.normpath(d)), os.path.join(d, "keys"), os.path.join(d, "events"))
                 for d in a.keys_dir]
        events = [(name, f, ev) for name, keys, ev in sets for f in sorted(glob.glob(os.path.join(keys, "*.json")))]
        set_names = [s[0] for s in sets]
        if a.cache and os.path.exists(a.cache):
            data = pickle.load(open(a.cache, "rb"))
        else:
            in_use = os.path.join(tmp, "in-use.txt")
            open(in_use, "w").write("\n".join(ffs.without_few(base_lines)) + "\n")
            env = dict(os.environ, PARALLAX_SIMILARITY_MODEL=in_use)
            X, y, group, event = [], [], [], []
            for name, f, ev in events:
                names, ex, _, ey = ffs.event_pairs(sc, cli, env, f, ev)
                X += ex
                y += ey
                group += [name] * len(ey)
                event += [f"{name}/{os.path.basename(f)}"] * len(ey)
            data = dict(X=np.array(X), y=np.array(y), group=np.array(group), event=np.array(event), names=names)
            if a.cache:
                pickle.dump(data, open(a.cache, "wb"))
        names = data["names"]
        keep = [i for i, n in enumerate(names) if n not in a.drop]
        fold_sets = a.before if a.before is not None else set_names
        print(f"{len(data['y'])} pairs, {int(data['y'].sum())} of one key claim; folds over {' '.join(fold_sets)}; "
              f"ridge {a.ridge:g}, weigh {a.weigh}, dropped {' '.join(a.drop) or 'none'}", flush=True)

        if a.pairs_only:
            X, y, group = data["X"], data["y"], data["group"]
            for ridge in (a.ridges or [a.ridge]):
                held = np.zeros(len(y))
                for s in fold_sets:
                    beta = fit_on(data, [t for t in fold_sets if t != s], ridge, a.weigh, keep)
                    rows = group == s
                    held[rows] = ffs.predict(beta, data["X"][rows][:, keep])
                per = []
                for s in fold_sets:
                    rows = group == s
                    per.append((s, ffs.auc(y[rows], held[rows]), ffs.average_precision(y[rows], held[rows]),
                                log_loss(y[rows], held[rows])))
                rows = np.isin(group, fold_sets)
                m = np.mean([p[1] for p in per]), np.mean([p[2] for p in per]), np.mean([p[3] for p in per])
                print(f"ridge {ridge:g}: sets' mean AUC {m[0]:.4f} AP {m[1]:.4f} log loss {m[2]:.4f}; pooled AUC "
                      f"{ffs.auc(y[rows], held[rows]):.4f} AP {ffs.average_precision(y[rows], held[rows]):.4f}  | "
                      + " ".join(f"{s} {u:.3f}/{v:.3f}" for s, u, v, _ in per), flush=True)
            return

        engine = Engine(cli, sc, events, build, a.jobs, tmp)
        # floors: the model file as it is (its own weights and few_* settings)
        cur_scores, cur_stories = engine.run("\n".join(base_lines) + "\n")
        print(f"model in use: stories {cur_stories}; " + "; ".join(
            f"{s} {pooled(cur_scores, events, [s])[0]:.3f}" for s in set_names)
            + f"; pooled {pooled(cur_scores, events, set_names)[0]:.4f}", flush=True)
        setting = {l.split()[1]: float(l.split()[2]) for l in base_lines if l.startswith("setting few_")}
        in_file = (setting.get("few_gate"), setting.get("few_edge"), setting.get("few_link"))
        held_scores = [None] * len(events)
        dumped = {}
        choices = {}
        folds = [(s, [t for t in fold_sets if t != s]) for s in fold_sets]
        if a.before is not None:
            folds.append((None, list(fold_sets)))  # the other sets: chosen on every --before set
        for left, train in folds:
            beta = fit_on(data, train, a.ridge, a.weigh, keep)
            runs = {}
            points = [tuple(a.point)] if a.point else [(g, e, l) for g in GATES for e, l in GRID]
            points += [] if a.point or in_file in points else [in_file]
            for gate, edge, link in points:
                settings = {"few_sources": cft.FEW_SOURCES, "few_edge": edge, "few_link": link,
                            "few_same_source": link, "few_gate": gate}
                runs[(gate, edge, link)] = engine.run(model_text(base_lines, names, keep, beta, settings))
            if a.dump:
                dumped[left] = dict(train=train, beta=beta, runs=runs)
                pickle.dump(dict(events=events, cur=(cur_scores, cur_stories), folds=dumped), open(a.dump, "wb"))
            if a.point:
                best = (pooled(runs[tuple(a.point)][0], events, train)[0], tuple(a.point))
            else:
                # choose-few-thresholds.py's floor: the keys' flags of the new weights at the file's thresholds
                floor = pooled(runs[in_file][0], events, train)
                for point, (scores, st) in sorted(runs.items(), key=lambda r: -pooled(r[1][0], events, train)[0])[:4]:
                    f = pooled(scores, events, train)
                    print(f"    {point}: train F1 {f[0]:.4f}, flags right {f[4]} (floor {floor[4]}), look-alikes {f[5]} "
                          f"(floor {floor[5]}), stories {st} (floor {cur_stories})", flush=True)
                best = choose(runs, events, train, (floor[4], floor[5]), cur_stories)
            if best is None:
                print(f"  without {left}: nothing eligible", flush=True)
                continue
            scores = runs[best[1]][0]
            targets = [left] if left is not None else [s for s in set_names if s not in fold_sets]
            for i, e in enumerate(events):
                if e[0] in targets:
                    held_scores[i] = scores[i]
            choices[left] = best[1]
            print(f"  without {left}: chose gate/edge/link {best[1]} (train F1 {best[0]:.4f}); "
                  + "; ".join(f"{t} {pooled(scores, events, [t])[0]:.3f}" for t in targets), flush=True)
        done = [s for s in set_names if all(held_scores[i] is not None for i, e in enumerate(events) if e[0] == s)]
        print("left out, by set: " + "; ".join(
            f"{s} {pooled(held_scores, events, [s])[0]:.3f} (in use {pooled(cur_scores, events, [s])[0]:.3f})" for s in done))
        f1, tp, fp, fn, right, traps, false, high = pooled(held_scores, events, done)
        c = pooled(cur_scores, events, done)
        print(f"left out, pooled over {' '.join(done)}: F1 {f1:.4f} (tp {tp} fp {fp} fn {fn}; flags right {right}, "
              f"false {false}, look-alikes {traps}, high {high}); model in use on them {c[0]:.4f} "
              f"(right {c[4]}, false {c[6]}, look-alikes {c[5]}, high {c[7]})")
        print(f"sets' mean: left out {np.mean([pooled(held_scores, events, [s])[0] for s in done]):.4f}, "
              f"in use {np.mean([pooled(cur_scores, events, [s])[0] for s in done]):.4f}")


if __name__ == "__main__":
    main()
