#!/usr/bin/env python3
"""Stories of two happenings of one kind, made from the ECB+ development topics (topics not divisible by
3; the held-out ones are never read): each topic's two halves (_ecb and _ecbplus, two happenings of one
kind: two earthquakes in southern Iran, two Saints running backs put on injured reserve) compared as one
story, and each half compared with the first --mix reports of the other half put in, as a story where a
few outlets report another happening of the kind. Pairs counted as ../shared/bench/score-ecb.py counts
them (cross-document pairs of annotated sentences, same happening against none in common), topic ids
being shared by a topic's two halves; stories of more than 32 reports are left out.

usage: tools/study-ecb-mixed.py --cli build/app/cli/parallax-cli [--shared ../shared] [--mix N,...]
                                [--show]

Prints, for the pooled halves (--mix 0) and for each --mix N (default 0,1,2,3), the pooled MCC (tp fp fn
tn) and how many pairs of the two halves' annotated sentences the engine put in one claim, of how many;
--show writes each such pair. The model in use is the engine's (PARALLAX_SIMILARITY_MODEL measures
another)."""
import argparse, collections, itertools, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MOST_REPORTS = 32


def development_topics(events):
    """topic -> its development halves' folder names, sorted."""
    topics = collections.defaultdict(list)
    for name in os.listdir(events):
        topic = int(name.split("_")[0])
        if topic % 3 != 0:
            topics[topic].append(name)
    return {t: sorted(h) for t, h in sorted(topics.items())}


def stories(topics, mix):
    """(topic, [(half, gold, files, sentences)]) of each story: the two halves whole (mix 0), or each half
    with the first @mix reports of the other."""
    for topic, halves in topics.items():
        golds = {h: json.load(open(os.path.join(EVENTS, h, "gold.json"))) for h in halves}
        choices = [None] if mix == 0 else halves
        for main in choices:
            parts = []
            for h in halves:
                files, docs = golds[h]["files"], golds[h]["sentences"]
                if main is not None and h != main:
                    files, docs = files[:mix], docs[:mix]
                parts += [(h, os.path.join(EVENTS, h, f), d) for f, d in zip(files, docs)]
            if len(halves) == 2 and len(parts) <= MOST_REPORTS:
                yield topic, parts


def score(cli, parts, show):
    """(tp, fp, fn, tn), (pairs of the two halves in one claim, such pairs) of one story."""
    files = [f for _, f, _ in parts]
    out = json.loads(subprocess.run([cli, "compare", "--format", "json"] + files, capture_output=True,
                                    check=True).stdout)
    where = {(m["source"], m["sentence"]): c for c, claim in enumerate(out["claims"]) for m in claim["members"]}
    claims, texts, sel = {}, {}, []
    for i, (half, path, doc) in enumerate(parts):
        text = open(path, encoding="utf-8").read()
        src = out["sources"][i]
        engine_text = src.get("text") or ""
        shift = max(text.find(engine_text[:200]) if engine_text else 0, 0)
        for k, g in enumerate(doc):
            start, end = g["start"] - shift, g["end"] - shift
            claims[(i, k)] = {where[(i, j)] for j, s in enumerate(src.get("sentences", []))
                              if min(end, s["end"]) - max(start, s["start"]) > 0 and (i, j) in where}
            texts[(i, k)] = " ".join(text[g["start"]:g["end"]].split())
            if g["selected"]:
                sel.append((i, k, frozenset(x[0] for x in g["act"])))
    counts, across = [0, 0, 0, 0], [0, 0]
    for (i, k, ea), (j, l, eb) in itertools.combinations(sel, 2):
        if i == j:
            continue
        together = bool(claims[(i, k)] & claims[(j, l)])
        if ea and ea == eb:
            counts[0 if together else 2] += 1
        elif not ea & eb:
            counts[1 if together else 3] += 1
            if parts[i][0] != parts[j][0]:
                across[0] += together
                across[1] += 1
                if together and show:
                    print(f"  {parts[i][0]} {os.path.basename(parts[i][1])} / {parts[j][0]} "
                          f"{os.path.basename(parts[j][1])}\n    {texts[(i, k)]}\n    {texts[(j, l)]}")
    return counts, across


def mcc(tp, fp, fn, tn):
    den = ((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn)) ** 0.5
    return (tp * tn - fp * fn) / den if den else 0.0


def main():
    global EVENTS
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    ap.add_argument("--mix", default="0,1,2,3")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    EVENTS = os.path.join(a.shared, "corpus", "ecbplus-dev", "events")
    topics = development_topics(EVENTS)
    for mix in (int(m) for m in a.mix.split(",")):
        total, across = [0, 0, 0, 0], [0, 0]
        for topic, parts in stories(topics, mix):
            counts, joined = score(a.cli, parts, a.show)
            total = [x + y for x, y in zip(total, counts)]
            across = [x + y for x, y in zip(across, joined)]
        label = "the two halves" if mix == 0 else f"each half and {mix} of the other's"
        print(f"{label}: MCC {mcc(*total):.3f} (tp {total[0]} fp {total[1]} fn {total[2]} tn {total[3]}); "
              f"pairs of the two happenings in one claim {across[0]} of {across[1]}", flush=True)


if __name__ == "__main__":
    main()
