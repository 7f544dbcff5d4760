#!/usr/bin/env python3
"""Measures what word vectors (a table written by tools/word-vectors.py) would bring to the
aligner's pair model, offline, on the development splits only (tools/fit-similarity.py's events).

usage: tools/study-word-vectors.py --cli build/app/cli/parallax-cli --table FILE
                                   [--shared ../shared] [--keys-dir DIR]... [--deals 1,2,3]

Two pair features, computed here from each sentence's weighted words as the engine prints them
(`parallax-cli similarity-features --all`, "words" lines: the engine's rarity x boost weights):
- vectors: the cosine of the two sentences' rarity-weighted sums of word vectors (names and
  figures left out: they match exactly, in the engine's other features);
- soft: the symmetric rarity-weighted share of each sentence's words met in the other, as the same
  word (1) or as the nearest word by vector, credited (cosine - 0.4) / 0.6 above 0.4; names and
  figures only as themselves (computed for pairs of quick cosine >= 0.05, the training pairs).
It prints (1) each feature's pair AUC by band of the quick cosine, beside the engine's cosine and
expanded overlap, for the keyed events (basil-dev + --keys-dir) and ecbplus-dev; (2) below the
candidate gate, how many pairs a vectors gate would add and how many of them are the same claim;
(3) the cross-validated figures of tools/fit-similarity.py (5 folds by event, the given deals)
without the features, with vectors, with both. The team lands a feature when one of basil-format
F1 / ecbplus-dev MCC gains more than 0.015 and the other does not drop.
Needs numpy (run it with /usr/bin/python3)."""
import argparse, importlib.util, os, struct, sys

try:
    import numpy as np
except ImportError:
    sys.exit("study-word-vectors.py needs numpy (Debian: python3-numpy; run it with /usr/bin/python3)")

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
spec = importlib.util.spec_from_file_location("fit_similarity", os.path.join(HERE, "fit-similarity.py"))
fit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fit)

SOFT_FLOOR = 0.4
BANDS = (("candidates (quick >= 0.15)", 0.15, 9), ("quick 0.1-0.15", 0.1, 0.15), ("quick 0.02-0.1", 0.02, 0.1),
         ("quick < 0.02", -1, 0.02))


def read_table(path):
    """word -> unit vector, as px-word-vectors.c would read tools/word-vectors.py's file."""
    b = open(path, "rb").read()
    if b[:8] != b"PXWV0001":
        sys.exit(f"{path}: not a table of tools/word-vectors.py")
    n, d, pool, scale = struct.unpack("<IIIf", b[8:24])
    offsets = np.frombuffer(b, np.uint32, n, 24)
    vectors = np.frombuffer(b, np.int8, n * d, 24 + 8 * n).reshape(n, d).astype(np.float64) / scale
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    start = 24 + 8 * n + n * d
    return {b[start + o:b.index(b"\0", start + o)].decode(): vectors[i] for i, o in enumerate(offsets)}, d


def lookup(table, norm):
    return table.get(norm[:-2] if norm.endswith("'s") and len(norm) > 2 else norm)


def add_features(e, table, dims):
    sentences = []
    for words in e.words:
        seen = {}
        for norm, kind, fid, weight in words:
            if fid not in seen:
                seen[fid] = (weight, None if kind == "n" else lookup(table, norm))
        sentences.append(seen)
    sums = np.zeros((len(sentences), dims))
    for s, seen in enumerate(sentences):
        for weight, v in seen.values():
            if v is not None:
                sums[s] += weight * v
    norms = np.linalg.norm(sums, axis=1)
    unit = sums / np.where(norms > 0, norms, 1)[:, None]
    pairs = np.array(e.pairs).reshape(-1, 2)
    e.vectors = (unit[pairs[:, 0]] * unit[pairs[:, 1]]).sum(1) if len(pairs) else np.zeros(0)

    def side(a, b, mb):
        total = met = 0.0
        for fid, (weight, v) in a.items():
            total += weight
            if fid in b:
                met += weight
            elif v is not None and mb is not None:
                met += weight * max(0.0, float((mb @ v).max()) - SOFT_FLOOR) / (1 - SOFT_FLOOR)
        return met / total if total else None

    mats = [np.array([v for _, v in s.values() if v is not None]) if any(v is not None for _, v in s.values()) else None
            for s in sentences]
    e.soft = np.zeros(len(e.pairs))
    for k, (i, j) in enumerate(e.pairs):
        if e.quick[k] < fit.TRAIN_MIN_QUICK:
            continue
        a, b = side(sentences[i], sentences[j], mats[j]), side(sentences[j], sentences[i], mats[i])
        if a is not None and b is not None:
            e.soft[k] = 0.5 * (a + b)


def column(e, name):
    return e.X[:, e.names.index(name)] if name in e.names else getattr(e, name)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--table", required=True)
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    ap.add_argument("--keys-dir", action="append", default=[])
    ap.add_argument("--deals", default="1,2,3")
    a = ap.parse_args()
    table, dims = read_table(a.table)
    fit.LOAD_FLOOR = 0.0   # every pair, for the bands below the gate
    events = fit.load_events(os.path.abspath(a.cli), a.shared, a.keys_dir)
    for e in events:
        add_features(e, table, dims)

    print("pair AUC by band (pairs graded by the keys; same = the same claim or happening)")
    for kind, label in (("keys", "keyed events"), ("ecb", "ecbplus-dev")):
        sel = [e for e in events if e.kind == kind]
        for band, lo, hi in BANDS:
            masks = [(~np.isnan(e.y)) & (e.quick >= lo) & (e.quick < hi) for e in sel]
            y = np.concatenate([e.y[m] for e, m in zip(sel, masks)]) > 0.5
            figures = " ".join(f"{name} {fit.auc(np.concatenate([column(e, name)[m] for e, m in zip(sel, masks)]), y):.3f}"
                               for name in ("cosine", "expanded", "vectors", "soft"))
            print(f"  {label}, {band}: {len(y)} pairs, {int(y.sum())} same: {figures}")
        below = [(~np.isnan(e.y)) & (e.quick < fit.GATE) for e in sel]
        y = np.concatenate([e.y[m] for e, m in zip(sel, below)]) > 0.5
        x = np.concatenate([e.vectors[m] for e, m in zip(sel, below)])
        print(f"  {label}, below the gate, a gate vectors >= t would add (same / all): "
              + ", ".join(f"t {t}: {int((y & (x >= t)).sum())}/{int((x >= t).sum())}" for t in (0.6, 0.7, 0.8, 0.9)))

    fit.CV_SEEDS = tuple(int(x) for x in a.deals.split(","))
    base_names = list(events[0].names)
    base_X = [e.X for e in events]
    for extra in ((), ("vectors",), ("vectors", "soft")):
        for e, X in zip(events, base_X):
            e.X = np.hstack([X] + [getattr(e, f)[:, None] for f in extra])
            e.names = base_names + list(extra)
        figures = [fit.cross_validate(events, seed) for seed in fit.CV_SEEDS]
        mean = [sum(x) / len(figures) for x in zip(*figures)]
        print(f"cross-validated, {'+'.join(extra) or 'the engine as it is'}: basil-format F1 {mean[0]:.3f} "
              f"(basil-dev {mean[1]:.3f}), ecbplus-dev MCC {mean[2]:.3f}; by deal "
              + " ".join(f"{f[0]:.3f}/{f[2]:.3f}" for f in figures), flush=True)


if __name__ == "__main__":
    main()
