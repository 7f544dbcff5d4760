#!/usr/bin/env python3
"""The engine's claims on the development keys by the evidence that joins two outlets' sentences
(issue 11: "sentences sharing names are not one claim when their predicates differ"; lede31).

usage: tools/study-false-joins.py --cli build/app/cli/parallax-cli [--shared ../shared] --keys-dir DIR...
                                  [--cache FILE] [--examples N]

Runs `compare` on each keyed event with PARALLAX_ALIGN_TRACE set (the claims and the link of each two
members of two outlets) and `similarity-features --all` on the same reports in the aligner's order (each
sentence's words with their kind, and every pair's features), and puts each pair of engine sentences of
two outlets in one claim in the classes it fits, as a key pair or a false one (as
tools/study-claim-shapes.py counts them: a pair is a key pair when key sentences they overlap share a
key claim, unscored when one overlaps no key sentence):
  lede        both among their articles' first two sentences (the feature both_top2), "ledes" when
              both are the first
  one name    the only word the two have in common is one name; "one word" one word that is no name;
              "names only" two or more words in common, every one a name
  speakers    both are attributed, to two speakers (the feature speaker_clash)
  and beside each, whether the pair has evidence beyond its names: a predicate met (the feature
  predicate, WordNet's verbs), a figure in common (numbers), a quotation in common (quote), or a word
  in common that is no name.
The link that holds the pair: its own link at few_edge (0.4) or more, between few_link (0.2) and
few_edge, or under few_link (the claim joined them through other sentences).
--cache FILE keeps what the engine printed (a pickle), so that a second run reads it.
Development sets only (basil-dev's development events, always; --keys-dir OUT/<set> of
tests/bench/claims/keyed-events.py); never a blind set (K15, K20, K23): the script refuses them."""
import argparse, collections, glob, itertools, json, os, pickle, subprocess, tempfile

from corpus_args import (add_corpus_arguments, development_sets, engine_sentences, key_claims, load_scorer,
                         refuse_blind, traced_compare)

EDGE, LINK = 0.4, 0.2


def run(cli, files):
    """compare's output, the trace's claims and links by the output's source indexes, and the features
    of every pair and the words of every sentence (by the output's indexes too)."""
    out, links, order = traced_compare(cli, files)
    # the features in the aligner's order, read back into the output's
    q = subprocess.run([cli, "similarity-features", "--all"] + [files[order[t]] for t in range(len(files))],
                       capture_output=True, text=True, check=True)
    words, vectors, feats, names = {}, {}, {}, None
    for line in q.stdout.splitlines():
        w = line.split()
        if w[0] == "words":
            words[(order[int(w[1])], int(w[2]))] = [tuple(t.rsplit("|", 3)) for t in w[3:]]
        elif w[0] == "vector":
            vectors[(order[int(w[1])], int(w[2]))] = (int(w[3]), {int(t.split(":")[0]) for t in w[4:]})
        elif w[0] == "a":
            names = w[6:]
        else:
            x, y = (order[int(w[0])], int(w[1])), (order[int(w[2])], int(w[3]))
            f = dict(zip(names, (float(v) for v in w[6:])))
            f["p"], f["candidate"] = float(w[5]), float(w[4])
            feats[(x, y)] = feats[(y, x)] = f
    return dict(out=out, links=links, words=words, vectors=vectors, feats=feats)


def load(a, sc):
    cache = {}
    if a.cache and os.path.exists(a.cache):
        cache = pickle.load(open(a.cache, "rb"))
    events = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, keys, evdir in development_sets(a.shared, a.keys_dir, tmp):
            for key_file in sorted(glob.glob(os.path.join(keys, "*.json"))):
                key = json.load(open(key_file))
                d, gold = sc.load_event(evdir, os.path.basename(key_file).split(".")[0])
                files = [os.path.join(d, f) for f in gold["files"]]
                tag = (name, os.path.basename(key_file))
                if tag not in cache:
                    cache[tag] = run(a.cli, files)
                ev = dict(cache[tag], set=name, event=tag[1], kclaims=key_claims(key))
                ev["emap"] = engine_sentences(sc, d, gold, ev["out"])
                ev["back"] = collections.defaultdict(set)
                for sid, hits in ev["emap"].items():
                    for h in hits:
                        ev["back"][h].add(sid)
                events.append(ev)
    if a.cache:
        pickle.dump(cache, open(a.cache, "wb"))
    return events


def pair_kind(ev, x, y):
    if not ev["back"][x] or not ev["back"][y]:
        return "unscored"
    for s in ev["back"][x]:
        for t in ev["back"][y]:
            if ev["kclaims"].get(s, set()) & ev["kclaims"].get(t, set()):
                return "key"
    return "false"


def shared_words(ev, x, y):
    """The words two sentences have in common, (norm, kind) by feature id; kind n a name, p a predicate,
    w a word the lexicon knows, o another (a number, an unknown word)."""
    wx = {int(i): (norm, kind) for norm, kind, i, _ in ev["words"].get(x, [])}
    wy = {int(i): (norm, kind) for norm, kind, i, _ in ev["words"].get(y, [])}
    return {i: (wx[i][0], "n" if "n" in (wx[i][1], wy[i][1]) else wx[i][1]) for i in wx.keys() & wy.keys()}


def classes(ev, x, y):
    """The classes pair @x, @y fits (see the module's text)."""
    f = ev["feats"].get((x, y), {})
    common = shared_words(ev, x, y)
    kinds = [k for _, k in common.values()]
    res = set()
    if f.get("both_top2"):
        res.add("lede")
    if f.get("both_first"):
        res.add("ledes")
    if len(common) == 1:
        res.add("one name" if kinds[0] == "n" else "one word")
    elif common and all(k == "n" for k in kinds):
        res.add("names only")
    elif not common:
        res.add("no word")
    if f.get("speaker_clash"):
        res.add("speakers")
    beyond = (f.get("predicate", 0) > 0 or f.get("numbers", 0) > 0 or f.get("quote", 0) > 0
              or any(k != "n" for k in kinds))
    res.add("beyond names" if beyond else "names or nothing")
    if f.get("predicate", 0) > 0:
        res.add("predicate met")
    link = ev["links"].get((x, y))
    res.add("at edge" if link is not None and link >= EDGE else
            "link to edge" if link is not None and link >= LINK else "through the claim")
    return res


def members(claim):
    return [(m["source"], m["sentence"]) for m in claim["members"]]


def main():
    ap = argparse.ArgumentParser()
    add_corpus_arguments(ap)
    ap.add_argument("--cache")
    ap.add_argument("--examples", type=int, default=0)
    a = ap.parse_args()
    refuse_blind(a.keys_dir)
    sc = load_scorer(a.shared)
    events = load(a, sc)

    table = collections.defaultdict(collections.Counter)
    combos = collections.defaultdict(collections.Counter)
    examples = collections.defaultdict(list)
    for ev in events:
        for c in ev["out"]["claims"]:
            ms = members(c)
            for x, y in itertools.combinations(ms, 2):
                if x[0] == y[0]:
                    continue
                kind = pair_kind(ev, x, y)
                cls = classes(ev, x, y)
                for k in cls:
                    table[k][kind] += 1
                    table[k][(ev["set"], kind)] += 1
                table["all"][kind] += 1
                table["all"][(ev["set"], kind)] += 1
                shape = " + ".join(sorted(cls & {"lede", "one name", "one word", "names only", "speakers",
                                                 "no word"})) or "(none)"
                beyond = "beyond" if "beyond names" in cls else "names/none"
                combos[f"{shape} [{beyond}]"][kind] += 1
                if kind == "false" and len(examples[shape]) < a.examples:
                    text = lambda s: ev["out"]["sources"][s[0]]["sentences"][s[1]]["text"][:110]
                    examples[shape].append(f"  {ev['set']} {ev['event']} {x} {y} link {ev['links'].get((x, y))}: "
                                           f"{text(x)!r} / {text(y)!r} shared {sorted(shared_words(ev, x, y).values())}")
    sets = sorted({ev["set"] for ev in events})
    print(f"{len(events)} events")
    print(f"{'class':20s} {'key':>6s} {'false':>6s} {'unsc':>6s}  " + " ".join(f"{s[:6]:>9s}" for s in sets))
    for k in sorted(table, key=lambda k: -table[k]["false"]):
        row = table[k]
        per = " ".join(f"{row[(s, 'key')]:4d}/{row[(s, 'false')]:<4d}" for s in sets)
        print(f"{k:20s} {row['key']:6d} {row['false']:6d} {row['unscored']:6d}  {per}")
    print("\nby shape (key / false / unscored):")
    for k in sorted(combos, key=lambda k: -combos[k]["false"]):
        print(f"  {k:45s} {combos[k]['key']:6d} {combos[k]['false']:6d} {combos[k]['unscored']:6d}")
    for shape, lines in examples.items():
        print(f"\nfalse, {shape}:")
        print("\n".join(lines))


if __name__ == "__main__":
    main()
