#!/usr/bin/env python3
"""A TF-IDF cosine baseline for claim alignment, shaped like parallax-cli so the shared scorers can run
it: `tfidf-baseline.py compare --format json INPUT...`. The sources and sentences are parallax-cli's
own (PX_CLI, the real binary), so both are scored on the same sentences; only the claims differ.
Sentences are bags of lower-case words without stop words, weighted by TF-IDF over the story's
sentences; two sentences of different sources whose cosine is PX_TFIDF_THRESHOLD or more are linked,
and claims are the connected components (PX_TFIDF_LINK=single) or clusters merged while their mean
cosine stays above the threshold (PX_TFIDF_LINK=average, the default). run.sh tunes the threshold and
the linkage on the development split only."""
import json, math, os, re, subprocess, sys

STOP = set("""a an the and or but if of to in on at by for with from as is are was were be been being
it its this that these those he she they them his her their we our you your i me my not no so than
then there here which who whom whose what when where why how all any some such into over after before
about against between during under again further once also has have had do does did will would
shall should can could may might must said says say""".split())
WORD = re.compile(r"[\w][\w'’.-]*\w|\w", re.UNICODE)


def tokens(text):
    return [w for w in (t.lower() for t in WORD.findall(text)) if w not in STOP]


def similarities(out):
    """The sentences of parallax-cli's JSON @out as (source, index, bag of words), and the cosine
    of every pair of sentences of different sources that share a word, by (i, j) with i < j
    (tools/fit-similarity.py uses it too)."""
    sents = []  # (source, index, Counter)
    for si, src in enumerate(out["sources"]):
        for k, s in enumerate(src.get("sentences", [])):
            bag = {}
            for w in tokens(src["text"][s["start"]:s["end"]]):
                bag[w] = bag.get(w, 0) + 1
            sents.append((si, k, bag))
    df = {}
    for _, _, bag in sents:
        for w in bag:
            df[w] = df.get(w, 0) + 1
    n = len(sents)
    vecs = []
    for _, _, bag in sents:
        v = {w: (1 + math.log(c)) * math.log(1 + n / df[w]) for w, c in bag.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({w: x / norm for w, x in v.items()})
    index = {}
    for i, v in enumerate(vecs):
        for w in v:
            index.setdefault(w, []).append(i)
    sim = {}
    for i, v in enumerate(vecs):
        dots = {}
        for w, x in v.items():
            for j in index[w]:
                if j > i and sents[j][0] != sents[i][0]:
                    dots[j] = dots.get(j, 0.0) + x * vecs[j][w]
        for j, d in dots.items():
            sim[(i, j)] = d
    return sents, sim


def main():
    args = sys.argv[1:]
    if not args or args[0] != "compare":
        sys.exit("usage: tfidf-baseline.py compare --format json INPUT...")
    cli = os.environ.get("PX_CLI", "parallax-cli")
    threshold = float(os.environ.get("PX_TFIDF_THRESHOLD", "0.3"))
    average = os.environ.get("PX_TFIDF_LINK", "average") == "average"
    p = subprocess.run([cli] + args, capture_output=True)
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode(errors="replace"))
        sys.exit(p.returncode)
    out = json.loads(p.stdout)
    sents, sim = similarities(out)
    n = len(sents)
    edges = sorted(((d, i, j) for (i, j), d in sim.items() if d >= threshold), reverse=True)
    owner = list(range(n))
    members = {i: [i] for i in range(n)}
    for d, i, j in edges:
        a, b = owner[i], owner[j]
        if a == b:
            continue
        if average:
            pairs = [(x, y) for x in members[a] for y in members[b] if sents[x][0] != sents[y][0]]
            mean = sum(sim.get((min(x, y), max(x, y)), 0.0) for x, y in pairs) / max(len(pairs), 1)
            if mean < threshold:
                continue
        for m in members[b]:
            owner[m] = a
        members[a] += members.pop(b)
    claims = []
    for root in sorted(members):
        ms = sorted(members[root])
        present = {sents[m][0] for m in ms}
        claims.append({"members": [{"source": sents[m][0], "sentence": sents[m][1]} for m in ms],
                       "missing": [s for s in range(len(out["sources"])) if s not in present],
                       "differences": []})
    out["claims"] = claims
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
