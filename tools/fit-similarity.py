#!/usr/bin/env python3
"""Fits the aligner's pair similarity (a logistic regression) and its clustering thresholds on the
team's development splits, and writes resources/lexicon/similarity.txt.

usage: tools/fit-similarity.py --cli build/app/cli/parallax-cli [--shared ../shared] [--out FILE]
                               [--no-tune]

Training pairs, development parts only (the splits of tests/bench/claims/splits.sh):
- msrp: pairs i (0-based) with i % 5 != 4, labelled paraphrase or not;
- ecbplus-dev: candidate sentence pairs of the topics not divisible by 3, same happenings (1) or
  none in common (0), as score-ecb.py grades them;
- basil-dev: candidate sentence pairs of events 38f7cbb7 450755dd 6b541575 85475456, same claim in the
  key (1) or not (0);
- the project's own stories (tests/bench/alignment/stories), by their truth.json, at half weight.
The claim pairs of ecbplus-dev and basil-dev weigh the same in the fit, msrp a fifth of that. The features are the engine's own, printed by the hidden
`parallax-cli similarity-features`. Then the thresholds (edge, link, same_source) are chosen by the
mean of basil-dev align F1 and ecbplus-dev MCC, running the shared scorers with the new weights
(PARALLAX_SIMILARITY_MODEL), among those that keep the project's own stories at F1 >= 0.92. Prints MSRP accuracy and F1 on the held-out pairs."""
import argparse, datetime, itertools, json, math, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MSRP_SHARE = 0.2
STORIES_SHARE = 0.5
# the project's own stories must keep aligning as well as before this model (F1 0.942)
STORIES_MIN_F1 = 0.92
BASIL_DEV = ("38f7cbb7", "450755dd", "6b541575", "85475456")


def run(args, env=None):
    p = subprocess.run(args, capture_output=True, text=True, env=env)
    if p.returncode != 0:
        raise RuntimeError(f"{args[:2]}: {p.stderr[:300]}")
    return p.stdout


def parse_features(text, n_keys):
    lines = text.strip().split("\n")
    names = lines[0].split()[n_keys + 1:]
    rows = []
    for line in lines[1:]:
        parts = line.split()
        rows.append(([int(x) for x in parts[:n_keys]], [float(x) for x in parts[n_keys + 1:]]))
    return names, rows


def msrp(cli, shared):
    path = os.path.join(shared, "corpus", "msrp", "msr_paraphrase_train.txt")
    pairs = []
    with open(path, encoding="utf-8-sig") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 5:
                pairs.append((int(cols[0]), cols[3], cols[4]))
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as t:
        for _, a, b in pairs:
            t.write(f"{a}\t{b}\n")
    names, rows = parse_features(run([cli, "similarity-features", "--pairs", t.name]), 1)
    os.unlink(t.name)
    dev, held = [], []
    for (i,), x in rows:
        (held if i % 5 == 4 else dev).append((x, pairs[i][0]))
    return names, dev, held


def sentence_map(out, files, gold_sentences):
    """For each source, gold sentence k -> engine sentence indexes overlapping it."""
    res = []
    for i, doc in enumerate(gold_sentences):
        text = open(files[i], encoding="utf-8").read()
        src = out["sources"][i]
        et = src.get("text") or ""
        shift = max(text.find(et[:200]) if et else 0, 0)
        m = {}
        for k, g in enumerate(doc):
            gs, ge = g["start"] - shift, g["end"] - shift
            for j, s in enumerate(src.get("sentences", [])):
                if min(ge, s["end"]) - max(gs, s["start"]) > 0:
                    m.setdefault(j, []).append(k)
        res.append(m)
    return res


def ecb(cli, shared):
    events = os.path.join(shared, "corpus", "ecbplus-dev", "events")
    data = []
    for name in sorted(os.listdir(events)):
        if int(name.split("_")[0]) % 3 == 0:
            continue
        d = os.path.join(events, name)
        gold = json.load(open(os.path.join(d, "gold.json")))
        files = [os.path.join(d, f) for f in gold["files"]]
        out = json.loads(run([cli, "compare", "--format", "json"] + files))
        emap = sentence_map(out, files, gold["sentences"])
        _, rows = parse_features(run([cli, "similarity-features"] + files), 4)
        for (a, sa, b, sb), x in rows:
            ga = [gold["sentences"][a][k] for k in emap[a].get(sa, [])]
            gb = [gold["sentences"][b][k] for k in emap[b].get(sb, [])]
            ga = [g for g in ga if g["selected"]]
            gb = [g for g in gb if g["selected"]]
            if len(ga) != 1 or len(gb) != 1:
                continue
            ea = frozenset(x_[0] for x_ in ga[0]["act"])
            eb = frozenset(x_[0] for x_ in gb[0]["act"])
            if ea and ea == eb:
                data.append((x, 1))
            elif not ea & eb:
                data.append((x, 0))
    return data


def basil(cli, shared):
    corpus = os.path.join(shared, "corpus", "basil-dev")
    data = []
    for key_name in sorted(os.listdir(os.path.join(corpus, "keys"))):
        prefix = key_name.split(".")[0]
        if prefix not in BASIL_DEV:
            continue
        key = json.load(open(os.path.join(corpus, "keys", key_name)))
        d = next(os.path.join(corpus, "events", x) for x in sorted(os.listdir(os.path.join(corpus, "events")))
                 if x.startswith(prefix))
        gold = json.load(open(os.path.join(d, "gold.json")))
        files = [os.path.join(d, f) for f in gold["files"]]
        out = json.loads(run([cli, "compare", "--format", "json"] + files))
        emap = sentence_map(out, files, gold["sentences"])
        claims = {}
        for c in key["claims"]:
            for m in c["members"]:
                claims.setdefault(m, set()).add(c["id"])
        _, rows = parse_features(run([cli, "similarity-features"] + files), 4)
        for (a, sa, b, sb), x in rows:
            ka = set().union(*[claims.get(f"{gold['outlets'][a]}:{gold['sentences'][a][k]['n']}", set())
                               for k in emap[a].get(sa, [])])
            kb = set().union(*[claims.get(f"{gold['outlets'][b]}:{gold['sentences'][b][k]['n']}", set())
                               for k in emap[b].get(sb, [])])
            if not emap[a].get(sa) or not emap[b].get(sb):
                continue
            data.append((x, 1 if ka & kb else 0))
    return data


def stories(cli):
    """Candidate pairs of the project's own stories (tests/bench/alignment), by their truth.json."""
    data = []
    base = os.path.join(ROOT, "tests", "bench", "alignment", "stories")
    for name in sorted(os.listdir(base)):
        d = os.path.join(base, name)
        truth = json.load(open(os.path.join(d, "truth.json")))
        where = os.path.join(ROOT, truth["dir"]) if "dir" in truth else d
        files = [os.path.join(where, x) for x in truth["inputs"]]
        out = json.loads(run([cli, "compare", "--format", "json"] + files))
        ids = []
        for i, src in enumerate(out["sources"]):
            mine = []
            for sent in src["sentences"]:
                text = src["text"][sent["start"]:sent["end"]]
                cid = next((c["id"] for c in truth["claims"]
                            for needle in c["sentences"].get(truth["inputs"][i], []) if needle in text), None)
                mine.append(cid)
            ids.append(mine)
        _, rows = parse_features(run([cli, "similarity-features"] + files), 4)
        for (a, sa, b, sb), x in rows:
            data.append((x, 1 if ids[a][sa] is not None and ids[a][sa] == ids[b][sb] else 0))
    return data


def solve(a, b):
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c] != 0:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] for i in range(n)]


def fit(samples, ridge=1.0, iterations=25):
    """Weighted logistic regression by Newton's method; samples: (x, y, weight)."""
    k = len(samples[0][0]) + 1
    w = [0.0] * k
    for _ in range(iterations):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for x, y, sw in samples:
            xx = [1.0] + x
            z = sum(a * b for a, b in zip(w, xx))
            p = 1 / (1 + math.exp(-max(min(z, 30), -30)))
            for i in range(k):
                grad[i] += sw * (p - y) * xx[i]
                for j in range(i, k):
                    hess[i][j] += sw * p * (1 - p) * xx[i] * xx[j]
        for i in range(k):
            for j in range(i):
                hess[i][j] = hess[j][i]
            if i > 0:
                grad[i] += ridge * w[i]
                hess[i][i] += ridge
        step = solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w


def prob(w, x):
    z = w[0] + sum(a * b for a, b in zip(w[1:], x))
    return 1 / (1 + math.exp(-max(min(z, 30), -30)))


def accuracy_f1(w, data, threshold):
    tp = fp = fn = tn = 0
    for x, y in data:
        p = prob(w, x) >= threshold
        tp += p and y; fp += p and not y; fn += (not p) and y; tn += (not p) and not y
    f1 = 2 * tp / max(2 * tp + fp + fn, 1)
    return (tp + tn) / max(len(data), 1), f1


def model_text(names, w, settings, comment):
    lines = [f"# {c}" for c in comment]
    lines.append(f"bias {w[0]:.4f}")
    lines += [f"{n} {v:.4f}" for n, v in zip(names, w[1:])]
    lines += [f"setting {k} {v:g}" for k, v in settings.items()]
    return "\n".join(lines) + "\n"


def score(cli, shared, model, splits):
    env = dict(os.environ, PARALLAX_SIMILARITY_MODEL=model)
    bench = os.path.join(shared, "bench")
    b = run([os.path.join(bench, "score-claims.py"), "--cli", cli, "--keys", os.path.join(splits, "basil-dev")], env)
    e = run([os.path.join(bench, "score-ecb.py"), "--cli", cli, "--events", os.path.join(splits, "ecb-dev")], env)
    f1 = float(b.strip().split("\n")[-1].split("align F1 ")[1].split()[0])
    mcc = float(e.split("MCC ")[1].split()[0])
    build = os.path.dirname(os.path.dirname(os.path.dirname(cli)))
    run(["meson", "compile", "-C", build, "bench-alignment"])
    base = os.path.join(ROOT, "tests", "bench", "alignment", "stories")
    p = subprocess.run([os.path.join(build, "tests", "bench", "alignment", "bench-alignment"), ROOT]
                       + [os.path.join(base, x) + "/" for x in sorted(os.listdir(base))],
                       capture_output=True, text=True, env=env)
    own = float(p.stdout.split("alignment: ")[1].split("F1 ")[1].split()[0])
    return f1, mcc, own


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    ap.add_argument("--out", default=os.path.join(ROOT, "resources", "lexicon", "similarity.txt"))
    ap.add_argument("--no-tune", action="store_true")
    a = ap.parse_args()
    cli = os.path.abspath(a.cli)

    names, m_dev, m_held = msrp(cli, a.shared)
    e_dev = ecb(cli, a.shared)
    b_dev = basil(cli, a.shared)
    s_dev = stories(cli)
    print(f"pairs: msrp dev {len(m_dev)} held-out {len(m_held)}; ecb dev {len(e_dev)} "
          f"({sum(y for _, y in e_dev)} same); basil dev {len(b_dev)} ({sum(y for _, y in b_dev)} same); "
          f"stories {len(s_dev)} ({sum(y for _, y in s_dev)} same)")
    # alignment is the aim: the paraphrase pairs guide the fit less than the claim pairs
    samples = []
    for data, share in ((m_dev, MSRP_SHARE), (e_dev, 1.0), (b_dev, 1.0), (s_dev, STORIES_SHARE)):
        weight = 1000.0 * share / len(data)
        samples += [(x, y, weight) for x, y in data]
    w = fit(samples)
    for n, v in zip(["bias"] + names, w):
        print(f"  {n:16} {v:+.3f}")
    # the MSRP decision threshold is MSRP's own, chosen on its development pairs
    best = max((accuracy_f1(w, m_dev, t)[0], t) for t in [i / 100 for i in range(5, 96)])
    m_threshold = best[1]
    dev_acc, dev_f1 = accuracy_f1(w, m_dev, m_threshold)
    held_acc, held_f1 = accuracy_f1(w, m_held, m_threshold)
    print(f"msrp (threshold {m_threshold:.2f}): dev accuracy {dev_acc:.3f} F1 {dev_f1:.3f}; "
          f"held-out accuracy {held_acc:.3f} F1 {held_f1:.3f}")

    # the gate on the quick cosine keeps 32 sources near 1 s; 0.05 cost 16 s for +0.01 MCC on dev
    settings = {"gate": 0.15, "edge": 0.2, "link": 0.1, "same_source": 0.3}
    today = datetime.date.today().isoformat()
    comment = ["Fitted by tools/fit-similarity.py on the development splits; do not edit by hand.",
               f"{today}: msrp held-out accuracy {held_acc:.3f} F1 {held_f1:.3f} (threshold {m_threshold:.2f})"]
    if not a.no_tune:
        with tempfile.TemporaryDirectory() as tmp:
            splits = os.path.join(tmp, "splits")
            run([os.path.join(ROOT, "tests", "bench", "claims", "splits.sh"), splits, a.shared])
            model = os.path.join(tmp, "model.txt")
            results = {}

            def trial(s):
                open(model, "w").write(model_text(names, w, s, []))
                f1, mcc, own = score(cli, a.shared, model, splits)
                print(f"  edge {s['edge']} link {s['link']} same_source {s['same_source']}: "
                      f"basil-dev F1 {f1:.2f} ecb-dev MCC {mcc:.3f} own stories F1 {own:.3f}", flush=True)
                return ((f1 + mcc) / 2 if own >= STORIES_MIN_F1 else own - 1), f1, mcc, own

            for edge in (0.25, 0.3, 0.35):
                for link in (0.2, 0.25, 0.3):
                    if link > edge:
                        continue
                    s = dict(settings, edge=edge, link=link)
                    results[tuple(s.items())] = trial(s)
            top = dict(max(results, key=lambda k: results[k][0]))
            for same in (0.4, 0.6):
                s = dict(top, same_source=same)
                results[tuple(s.items())] = trial(s)
            settings = dict(max(results, key=lambda k: results[k][0]))
            _, f1, mcc, own = results[tuple(settings.items())]
            comment.append(f"{today}: thresholds chosen on basil-dev align F1 {f1:.2f}, ecbplus-dev MCC {mcc:.3f}, "
                           f"own stories F1 {own:.3f}")
    open(a.out, "w").write(model_text(names, w, settings, comment))
    print(f"wrote {a.out}: {settings}")


if __name__ == "__main__":
    main()
