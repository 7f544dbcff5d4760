#!/usr/bin/env python3
"""MSRP paraphrase accuracy and F1 of the engine's pair similarity, as it is built (the weights in its
resources): the decision threshold is chosen on the development pairs (i % 5 != 4, 0-based, header
excluded) and reported on those and on the held-out pairs (i % 5 == 4).
usage: msrp.py CLI MSRP_FILE"""
import os, subprocess, sys, tempfile


def main():
    cli, path = sys.argv[1:3]
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
    out = subprocess.run([cli, "similarity-features", "--pairs", t.name], capture_output=True, text=True,
                         check=True).stdout
    os.unlink(t.name)
    dev, held = [], []
    for line in out.strip().split("\n")[1:]:
        i, p = line.split()[:2]
        (held if int(i) % 5 == 4 else dev).append((float(p), pairs[int(i)][0]))

    def rate(data, th):
        tp = sum(p >= th and y for p, y in data); fp = sum(p >= th and not y for p, y in data)
        fn = sum(p < th and y for p, y in data); tn = len(data) - tp - fp - fn
        return (tp + tn) / len(data), 2 * tp / max(2 * tp + fp + fn, 1)

    th = max((rate(dev, t / 100)[0], t / 100) for t in range(1, 100))[1]
    (da, df), (ha, hf) = rate(dev, th), rate(held, th)
    print(f"msrp (threshold {th:.2f} chosen on dev): dev accuracy {da:.3f} F1 {df:.3f}; "
          f"held-out accuracy {ha:.3f} F1 {hf:.3f} ({len(held)} pairs)")


if __name__ == "__main__":
    main()
