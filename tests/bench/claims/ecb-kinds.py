#!/usr/bin/env python3
"""ECB+ alignment by kind of story: the shared scorer (score-ecb.py) run on each event of a folder,
its counts pooled apart for the stories whose annotated sentences mostly report one happening and
for those that report several (under 10% of their clear-cut cross-document pairs the same
happening: "Lohan leaves Betty Ford" and "Lohan checks into rehab" in one story). The second kind
wants a much stricter threshold than the first; a set made mostly of it (ecbplus-dev's held-out
part) rewards a conservative aligner, a set of the first kind a generous one.

usage: ecb-kinds.py --scorer score-ecb.py --cli CLI --events DIR
       ecb-kinds.py --self-test"""
import argparse, itertools, json, os, re, subprocess, sys, tempfile

SEVERAL = 0.1
COUNTS = re.compile(r"tp (\d+) fp (\d+) fn (\d+) tn (\d+)")


def kind(gold):
    """'several' when under SEVERAL of the clear-cut cross-document pairs of annotated sentences
    report the same happenings, as score-ecb.py grades them; else 'one'."""
    selected = [(i, frozenset(x[0] for x in g["act"])) for i, doc in enumerate(gold["sentences"])
                for g in doc if g["selected"]]
    same = different = 0
    for (i, a), (j, b) in itertools.combinations(selected, 2):
        if i == j:
            continue
        if a and a == b:
            same += 1
        elif not a & b:
            different += 1
    return "several" if same < SEVERAL * max(same + different, 1) else "one"


def mcc(tp, fp, fn, tn):
    den = ((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn)) ** 0.5
    return (tp * tn - fp * fn) / den if den else 0.0


def score(scorer, cli, events):
    pooled = {"one": [0, 0, 0, 0, 0], "several": [0, 0, 0, 0, 0]}
    for name in sorted(os.listdir(events)):
        event = os.path.join(events, name)
        gold = json.load(open(os.path.join(event, "gold.json")))
        with tempfile.TemporaryDirectory() as tmp:
            os.symlink(os.path.realpath(event), os.path.join(tmp, name))
            out = subprocess.run([scorer, "--cli", cli, "--events", tmp], capture_output=True, text=True,
                                 check=True).stdout
        counts = pooled[kind(gold)]
        counts[0] += 1
        for k, v in enumerate(COUNTS.search(out).groups()):
            counts[k + 1] += int(v)
    return pooled


def self_test():
    def sentence(acts, selected=True):
        return {"selected": selected, "act": [[a, "ACTION_OCCURRENCE", a] for a in acts]}

    # three documents that all report one arrest: every clear-cut pair the same
    one = {"sentences": [[sentence(["arrest"])], [sentence(["arrest"])], [sentence(["arrest"])]]}
    # a story of several happenings: one pair of thirteen the same
    several = {"sentences": [[sentence(["leave"]), sentence(["check-in"])], [sentence(["check-in"])],
                             [sentence(["rehire"]), sentence(["sentence"]), sentence(["hearing", "leave"], False)],
                             [sentence(["hearing"])]]}
    # partial overlaps are left out, as the scorer leaves them out; pairs of one document too
    partial = {"sentences": [[sentence(["shot", "died"]), sentence(["shot"])], [sentence(["shot"])]]}
    assert kind(one) == "one", kind(one)
    assert kind(several) == "several", kind(several)
    assert kind(partial) == "one", kind(partial)
    assert kind({"sentences": [[sentence([])], [sentence([])]]}) == "several"
    assert abs(mcc(5, 0, 0, 5) - 1) < 1e-9 and mcc(0, 0, 0, 0) == 0
    print("ecb-kinds: self-test passed")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scorer")
    ap.add_argument("--cli")
    ap.add_argument("--events")
    ap.add_argument("--self-test", action="store_true")
    a = ap.parse_args()
    if a.self_test:
        return self_test()
    if not (a.scorer and a.cli and a.events):
        ap.error("--scorer, --cli and --events are needed")
    pooled = score(a.scorer, a.cli, a.events)
    print("; ".join(f"{k} happening{'s' if k == 'several' else ''}: {n} events, MCC {mcc(*c):.3f} "
                    f"(tp {c[0]} fp {c[1]} fn {c[2]} tn {c[3]})"
                    for k, (n, *c) in pooled.items()))


if __name__ == "__main__":
    sys.exit(main())
