#!/usr/bin/env python3
"""Fits how sure each kind of difference is, on development keys only, and checks the fit.

usage: tests/bench/differences/calibrate.py [--cli build/app/cli/parallax-cli] [--dev-keys DIR --dev-events DIR]

Judges every flag of the differ on the development keys (basil-dev events 38f7cbb7, 450755dd,
6b541575, 85475456, and, with --dev-keys, more keys written on ECB+ development topics), both on the
engine's claims and on the keys' own claims (oracle.py), and fits a logistic model of whether a
flag is real: logit p = bias + bias[kind] + slope * rule score, the rule score being what each rule
of px-differ.c gives (how well the words fill one slot), L2-penalised (the data are small). It
prints the fitted constants for px-differ.c (calibrated_confidence()). Neutral flags (a kind the key
notes only as low: attribution, framing) are left out of the fit. It sets
PARALLAX_DIFFER_RAW_CONFIDENCE, so that the engine reports the rules' own scores. The held-out
check (of the flags at 0.8 or above, four in five real) is oracle.py --split held."""
import argparse, importlib.util, json, math, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("oracle", os.path.join(HERE, "oracle.py"))
oracle = importlib.util.module_from_spec(spec)
spec.loader.exec_module(oracle)
KINDS = ["number", "time", "quote", "hedging", "contradiction", "entity", "attribution"]


def fit(units, l2=1.0, steps=4000, rate=0.05):
    """Gradient descent on the penalised log loss; returns (bias, {kind: bias}, slope)."""
    bias, slope, kb = 0.0, 0.0, {k: 0.0 for k in KINDS}
    for _ in range(steps):
        gb, gs, gk = 0.0, 0.0, {k: 0.0 for k in KINDS}
        for kind, raw, y in units:
            p = 1 / (1 + math.exp(-(bias + kb[kind] + slope * raw)))
            gb += p - y
            gs += (p - y) * raw
            gk[kind] += p - y
        n = max(len(units), 1)
        bias -= rate * gb / n
        slope -= rate * (gs + l2 * slope) / n
        for k in KINDS:
            kb[k] -= rate * (gk[k] + l2 * kb[k]) / n
    return bias, kb, slope


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(oracle.ROOT, "build", "app", "cli", "parallax-cli"))
    ap.add_argument("--dev-keys")
    ap.add_argument("--dev-events")
    a = ap.parse_args()
    if not os.path.isdir(oracle.SHARED):
        print(f"calibrate: no {oracle.SHARED}: nothing to measure")
        return 0
    os.environ["PARALLAX_DIFFER_RAW_CONFIDENCE"] = "1"
    sc = oracle.load_scorer()
    keys_dir = os.path.join(oracle.BASIL, "keys")
    basil = lambda split: sorted(os.path.join(keys_dir, f) for f in os.listdir(keys_dir) if f[:8] in oracle.SPLITS[split])
    flags = oracle.run(sc, a.cli, basil("dev"), os.path.join(oracle.BASIL, "events"), False, None, "dev")
    if a.dev_keys:
        keys = sorted(os.path.join(a.dev_keys, f) for f in os.listdir(a.dev_keys) if f.endswith(".json"))
        flags += oracle.run(sc, a.cli, keys, a.dev_events, False, None, "dev-keys")
    units = [(f["kind"], f["confidence"], 1 if f["verdict"] == "right" else 0)
             for f in flags if f["verdict"] != "neutral"]
    bias, kb, slope = fit(units)
    print(f"\n{len(units)} judged development flags, {sum(u[2] for u in units)} real")
    print(f"bias {bias:.3f}, slope {slope:.3f}")
    print("constants for px-differ.c (a kind no key judged gets the pooled rate; attribution, which")
    print("the keys only ever note as low salience, stays quiet at 0.3):")
    print(f"#define CALIBRATION_SLOPE {slope:.2f}")
    for k in KINDS:
        n = sum(u[0] == k for u in units)
        r = sum(u[2] for u in units if u[0] == k)
        value = math.log(0.3 / 0.7) if k == "attribution" else bias + kb[k]
        print(f"#define CALIBRATION_{k.upper()} {value:.2f} /* {r} of {n} real */")
    return 0


if __name__ == "__main__":
    sys.exit(main())
