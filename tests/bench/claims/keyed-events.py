#!/usr/bin/env python3
"""Rebuild the project's own keys of real coverage (keys/k14 ...) as the
folders ../shared/bench/score-claims.py reads: OUT/<set>/keys/*.json and OUT/<set>/events/<id>/
{fox,nyt,hpo}.txt with gold.json. The keys and sentence offsets are the project's; the texts are
copied from ../shared/corpus/ecbplus-dev, or from an l3s-gn1 development page's expected.txt
(named in each gold file's source_docs, its corpus in "corpus") and checked
against the offsets, so nothing of the corpus is kept in the project.

usage: keyed-events.py OUT SHARED"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def build(out, shared):
    corpora = {
        "ecbplus": os.path.join(shared, "corpus", "ecbplus-dev", "events"),
        # named from the corpus folder: "l3s-gn1/pages/<page>/expected.txt"
        "l3s-gn1": os.path.join(shared, "corpus"),
    }
    made = []
    for name in sorted(os.listdir(os.path.join(HERE, "keys"))):
        src = os.path.join(HERE, "keys", name)
        if not os.path.isdir(src):
            continue
        keys = os.path.join(out, name, "keys")
        os.makedirs(keys, exist_ok=True)
        for f in sorted(os.listdir(src)):
            path = os.path.join(src, f)
            if f.endswith(".gold.json"):
                gold = json.load(open(path, encoding="utf-8"))
                corpus = corpora[gold.get("corpus", "ecbplus")]
                event = os.path.join(out, name, "events", gold["id"])
                os.makedirs(event, exist_ok=True)
                for outlet, fname, sents in zip(gold["outlets"], gold["files"], gold["sentences"]):
                    # source_docs names each document by its outlet, or by its file's label
                    # ("fox" for fox.txt) where the outlets carry their real names
                    doc = gold["source_docs"].get(outlet) or gold["source_docs"][os.path.splitext(fname)[0]]
                    text = open(os.path.join(corpus, doc), encoding="utf-8").read()
                    if any(s["end"] > len(text) or s["start"] < 0 for s in sents):
                        sys.exit(f"keyed-events: {f}: offsets beyond {doc}")
                    with open(os.path.join(event, fname), "w", encoding="utf-8") as t:
                        t.write(text)
                with open(os.path.join(event, "gold.json"), "w", encoding="utf-8") as g:
                    json.dump(gold, g, ensure_ascii=False)
            elif f.endswith(".json"):
                shutil.copy(path, keys)
        made.append(name)
    return made


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(" ".join(build(sys.argv[1], sys.argv[2])))
