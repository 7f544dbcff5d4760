#!/usr/bin/env python3
"""Where the project's development stories lose their true pairs: for every pair of sentences of two
outlets that a story's truth puts in one claim and the engine kept apart, whether the candidate search
(the quick cosine under the gate and no rare word in common), the pair probability (a candidate under
min(edge, link), scaled by the articles' affinity) or the grouping (px_align()'s merges) lost it, with
the numbers; then the tally.

usage: /usr/bin/python3 tools/study-stories.py --cli build/app/cli/parallax-cli [STORY...]

Reads tests/bench/alignment/stories only (never heldout/). The engine's numbers come from the hidden
`parallax-cli similarity-features --all` through tools/fit-similarity.py's Event; the affinity is that
script's replica of px-align.c's. Needs numpy (Debian's python3-numpy)."""
import argparse, importlib.util, itertools, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
spec = importlib.util.spec_from_file_location("fit", os.path.join(HERE, "fit-similarity.py"))
fit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fit)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("stories", nargs="*")
    a = ap.parse_args()
    cli = os.path.abspath(a.cli)
    model = open(os.path.join(ROOT, "resources", "lexicon", "similarity.txt")).read().split("\n")
    settings = {l.split()[1]: float(l.split()[2]) for l in model if l.startswith("setting ")}
    lone = min(settings["edge"], settings["link"])
    base = os.path.join(ROOT, "tests", "bench", "alignment", "stories")
    tally = {}
    for story in sorted(os.listdir(base)):
        if a.stories and story not in a.stories:
            continue
        truth = json.load(open(os.path.join(base, story, "truth.json")))
        where = os.path.join(ROOT, truth["dir"]) if "dir" in truth else os.path.join(base, story)
        event = fit.Event(cli, [os.path.join(where, f) for f in truth["inputs"]], "stories", story, "stories")
        texts = [s["text"] for src in event.out["sources"] for s in src["sentences"]]
        claim_of = {}
        for claim in truth["claims"]:
            for i, name in enumerate(truth["inputs"]):
                for snippet in claim["sentences"].get(name, []):
                    for j, s in enumerate(event.out["sources"][i]["sentences"]):
                        if snippet in s["text"]:
                            claim_of[event.global_id(i, j)] = claim["id"]
        owner = {}
        for k, claim in enumerate(event.out["claims"]):
            for m in claim["members"]:
                owner[event.global_id(m["source"], m["sentence"])] = k
        affinity = fit.article_affinity(event)
        index = {pair: n for n, pair in enumerate(event.pairs)}
        for x, y in itertools.combinations(sorted(claim_of), 2):
            if event.source[x] == event.source[y] or claim_of[x] != claim_of[y]:
                continue
            if owner.get(x) is not None and owner.get(x) == owner.get(y):
                continue
            n = index.get((x, y))
            quick = event.quick[n] if n is not None else 0.0
            candidate = bool(event.candidate[n]) if n is not None else False
            p = event.engine[n] if n is not None else 0.0
            factor = affinity[event.source[x]][event.source[y]]
            why = "gate" if not candidate else "probability" if p * factor < lone else "grouping"
            tally[why] = tally.get(why, 0) + 1
            print(f"{why:11} {story:10} {claim_of[x]:12} quick {quick:.3f} p {p:.3f} affinity {factor:.2f} | "
                  f"{texts[x][:60]} | {texts[y][:60]}")
    print("not joined:", ", ".join(f"{k} {v}" for k, v in sorted(tally.items())))


if __name__ == "__main__":
    main()
