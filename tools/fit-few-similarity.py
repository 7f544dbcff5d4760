#!/usr/bin/env python3
"""Fits the pair weights of stories of few reports (the "few_bias" and "few_weight" lines of
resources/lexicon/similarity.txt; px-similarity.c reads them for a story of at most few_sources
reports) on three-outlet keys alone, and writes them into the model file.

usage: tools/fit-few-similarity.py --cli build/app/cli/parallax-cli [--shared ../shared]
                                   [--keys-dir DIR]... [--model FILE] [--ridge R] [--leave-out SET] [--dry-run]
                                   [--extend FEATURE,...]
(--extend: the few-report weights of --model held and only these features' weights and the bias fitted
over them, the held weights' log-odds an offset of each pair, with each set left out too; what a new
feature adds to the weights as they are, whose thresholds tools/choose-few-thresholds.py chose.)

tools/fit-similarity.py fits one set of weights for every story on four data sets that weigh the
same: ECB+ development events of about eleven reports, basil-dev, the keys K14 and MSRP's sentence
pairs. A story of three or four reports is judged by other keys: annotators of three-outlet coverage
group the sentences a reader would put side by side, and those share fewer words and more of their
place in the article than ECB+'s mentions of one happening or MSRP's paraphrases. This script keeps
the engine's own features (parallax-cli similarity-features, the candidates a story of few reports
scores) and fits a logistic regression (Newton's method, L2 penalty RIDGE, the bias not penalised) on
the candidate pairs of basil-dev's development events and of every --keys-dir set (the project's
keys, texts rebuilt by tests/bench/claims/keyed-events.py), labelled by the key (one claim of the key
holds both sentences, a key sentence read as every engine sentence it overlaps, as
../shared/bench/score-claims.py reads it, the two texts aligned by tools/text_map.py where the scorer
places them by one shift), each set weighing the same. It prints, set by set, the
pair ranking (area under the ROC curve, average precision) of the weights in use and of weights
fitted with that set left out. Stories of more reports keep the weights in use. Rerun
tools/choose-few-thresholds.py after it: the few_* thresholds go with the weights. Development
splits only (tests/bench/claims/splits.sh); never a blind set (K15, K20, K23). tools/fit-similarity.py
keeps these lines when it refits the shared weights."""
import argparse, datetime, glob, importlib.util, os, subprocess, sys, tempfile

import numpy as np

from corpus_args import add_corpus_arguments
from text_map import gold_to_engine

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RIDGE = 1.0
RERUN = "# rerun: tools/fit-few-similarity.py"
COMMENT = "# few-report weights:"


def scorer(shared):
    spec = importlib.util.spec_from_file_location("score_claims", os.path.join(shared, "bench", "score-claims.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def without_few(model_lines):
    """@model_lines without few-report weights (and their comment and rerun lines)."""
    return [l for l in model_lines
            if not l.startswith(("few_bias ", "few_weight ", COMMENT, RERUN))]


def event_pairs(sc, cli, env, key_file, events):
    """(names, features, probabilities in use, labels) of the candidate pairs of one keyed event."""
    import json
    key = json.load(open(key_file))
    d, gold = sc.load_event(events, os.path.basename(key_file).split(".")[0])
    files = [os.path.join(d, f) for f in gold["files"]]
    out = sc.run_cli(cli, files)
    lines = subprocess.run([cli, "similarity-features"] + files, capture_output=True, text=True, env=env,
                           check=True).stdout.splitlines()
    names = lines[0].split()[5:]
    of = {}  # engine sentence -> key claims of the key sentences it overlaps
    claims = {}
    for c in key["claims"]:
        for m in c["members"]:
            claims.setdefault(m, set()).add(c["id"])
    for si, (outlet, fname, sents) in enumerate(zip(gold["outlets"], gold["files"], gold["sentences"])):
        text = open(os.path.join(d, fname), encoding="utf-8").read()
        for s, hits in zip(sents, gold_to_engine(sents, text, out["sources"][si])):
            for j in hits:
                of.setdefault((si, j), set()).update(claims.get(f"{outlet}:{s['n']}", ()))
    X, p, y = [], [], []
    for line in lines[1:]:
        x = line.split()
        a, sa, b, sb = (int(v) for v in x[:4])
        X.append([float(v) for v in x[5:]])
        p.append(float(x[4]))
        y.append(1.0 if of.get((a, sa), set()) & of.get((b, sb), set()) else 0.0)
    return names, X, p, y


def fit(X, y, w, ridge, offset=None):
    """Weighted logistic regression by Newton's method; the bias (column 0) not penalised; @offset,
    when given, added to every row's log-odds (what the weights held by --extend say)."""
    Xb = np.hstack([np.ones((len(X), 1)), X])
    beta = np.zeros(Xb.shape[1])
    penalty = np.eye(Xb.shape[1]) * ridge
    penalty[0, 0] = 0
    if offset is None:
        offset = np.zeros(len(y))
    for _ in range(100):
        q = 1 / (1 + np.exp(-np.clip(Xb @ beta + offset, -30, 30)))
        step = np.linalg.solve((Xb * (w * q * (1 - q))[:, None]).T @ Xb + penalty, Xb.T @ (w * (q - y)) + penalty @ beta)
        beta -= step
        if np.abs(step).max() < 1e-9:
            break
    return beta


def predict(beta, X):
    return 1 / (1 + np.exp(-np.clip(beta[0] + X @ beta[1:], -30, 30)))


def in_use_few(model_text, names):
    """The few-report bias and weights of @model_text (the model file's text), in the order of @names
    (0 for a feature it does not weigh)."""
    weights = {}
    for line in model_text.split("\n"):
        words = line.split()
        if line.startswith("few_bias "):
            weights["bias"] = float(words[1])
        elif line.startswith("few_weight "):
            weights[words[1]] = float(words[2])
    return np.array([weights.get("bias", 0.0)] + [weights.get(n, 0.0) for n in names])


def fit_extending(base, columns, X, y, w, ridge):
    """--extend: @base (the weights in use) held, the bias moved and @columns' weights fitted over it."""
    step = fit(X[:, columns], y, w, ridge, offset=base[0] + X @ base[1:])
    beta = base.copy()
    beta[0] += step[0]
    beta[1 + np.array(columns, int)] += step[1:]
    return beta


def auc(y, p):
    order = np.argsort(p, kind="mergesort")
    _, first, counts = np.unique(p[order], return_index=True, return_counts=True)
    ranks = np.empty(len(p))
    ranks[order] = np.repeat(first + (counts + 1) / 2.0, counts)
    n1 = y.sum()
    return (ranks[y == 1].sum() - n1 * (n1 + 1) / 2) / (n1 * (len(y) - n1))


def average_precision(y, p):
    order = np.argsort(-p, kind="mergesort")
    hits = y[order]
    precision = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float((precision * hits).sum() / max(1.0, hits.sum()))


def main():
    ap = argparse.ArgumentParser()
    add_corpus_arguments(ap)
    ap.add_argument("--ridge", type=float, default=RIDGE)
    ap.add_argument("--leave-out", default=None, help="fit without this set (basil-dev or a --keys-dir's name): "
                    "its events scored with weights that never saw them")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--extend", default="", help="FEATURE,...: the few-report weights in use held and only these "
                    "features' weights (and the bias) fitted over them, with each set left out too")
    a = ap.parse_args()
    cli = os.path.abspath(a.cli)
    a.shared = os.path.abspath(a.shared)
    sc = scorer(a.shared)
    model_text = open(a.model).read()
    model_lines = without_few(model_text.rstrip("\n").split("\n"))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([os.path.join(ROOT, "tests", "bench", "claims", "splits.sh"), tmp, a.shared], check=True)
        in_use = os.path.join(tmp, "model.txt")
        open(in_use, "w").write("\n".join(model_lines) + "\n")
        env = dict(os.environ, PARALLAX_SIMILARITY_MODEL=in_use)
        sets = [("basil-dev", os.path.join(tmp, "basil-dev"), os.path.join(a.shared, "corpus", "basil-dev", "events"))]
        sets += [(os.path.basename(os.path.normpath(d)), os.path.join(d, "keys"), os.path.join(d, "events"))
                 for d in a.keys_dir]
        X, p, y, group, names = [], [], [], [], None
        for name, keys, events in sets:
            for key_file in sorted(glob.glob(os.path.join(keys, "*.json"))):
                names, ex, ep, ey = event_pairs(sc, cli, env, key_file, events)
                X += ex
                p += ep
                y += ey
                group += [name] * len(ey)
    X, p, y, group = np.array(X), np.array(p), np.array(y), np.array(group)
    w = np.zeros(len(y))
    for name, _, _ in sets:
        w[group == name] = len(y) / len(sets) / max(1, (group == name).sum())
    print(f"{len(y)} candidate pairs of {len(sets)} sets, {int(y.sum())} of one claim of the key")
    if a.extend:
        base, columns = in_use_few(model_text, names), [names.index(n) for n in a.extend.split(",")]
        train = lambda X, y, w: fit_extending(base, columns, X, y, w, a.ridge)
    else:
        train = lambda X, y, w: fit(X, y, w, a.ridge)
    held = np.zeros(len(y))
    for name, _, _ in sets:
        rest = group != name
        held[~rest] = predict(train(X[rest], y[rest], w[rest]), X[~rest])
        print(f"  {name}: in use AUC {auc(y[~rest], p[~rest]):.3f} AP {average_precision(y[~rest], p[~rest]):.3f}; "
              f"fitted without it AUC {auc(y[~rest], held[~rest]):.3f} AP {average_precision(y[~rest], held[~rest]):.3f}")
    summary = (f"pairs of every set, in use AUC {auc(y, p):.3f} AP {average_precision(y, p):.3f}; "
               f"each set fitted without it AUC {auc(y, held):.3f} AP {average_precision(y, held):.3f}")
    print(f"  {summary}")
    if a.leave_out is not None:
        if not (group == a.leave_out).any():
            sys.exit(f"no set named {a.leave_out}")
        w[group == a.leave_out] = 0
    beta = train(X, y, w)
    keys = "".join(f" --keys-dir {('OUT/' + n) if os.path.isdir(os.path.join(ROOT, 'tests', 'bench', 'claims', 'keys', n)) else d}"
                   for (n, _, _), d in zip(sets[1:], a.keys_dir))
    head = [l for l in model_lines if l.startswith("#")]
    body = [l for l in model_lines if not l.startswith("#")]
    at = max((n + 1 for n, l in enumerate(head) if l.startswith("# rerun: tools/fit-similarity.py")), default=len(head))
    extend = f" --extend {a.extend}" if a.extend else ""
    head.insert(at, f"{RERUN} --cli BUILD/app/cli/parallax-cli --shared ../shared{keys}{extend}")
    head.append(f"{COMMENT} {datetime.date.today().isoformat()}: basil-dev development events"
                f"{' and' + keys if keys else ''} ({len(y)} candidate pairs, each set weighing the same, "
                f"ridge {a.ridge:g}{', without ' + a.leave_out if a.leave_out else ''}"
                f"{', the weights before held and ' + a.extend + ' fitted over them' if a.extend else ''}): {summary}")
    body.append(f"few_bias {beta[0]:.4f}")
    body += [f"few_weight {n} {b:.4f}" for n, b in zip(names, beta[1:])]
    text = "\n".join(head + body) + "\n"
    for n, b in zip(["bias"] + names, beta):
        print(f"  {n} {b:.4f}")
    if not a.dry_run:
        open(a.model, "w").write(text)
        print(f"wrote {a.model}")


if __name__ == "__main__":
    main()
