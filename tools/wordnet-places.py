#!/usr/bin/env python3
"""Writes Parallax's table of places within places from WordNet 3.0's part holonyms ("Christchurch" is
part of "New Zealand", "Brooklyn" of "New York"), as Debian's wordnet-base installs the database in
/usr/share/wordnet.

usage: wordnet-places.py WORDNET_DIR OUTPUT

Only named places count: noun synsets that are instances (WordNet's "@i" pointer) and have a part
holonym, followed up to MAX_STEPS steps ("Los Angeles" -> "California" -> "United States"). Lines of
OUTPUT, sorted bytewise by name, tab-separated:
  name  own synsets  synsets it lies within
synsets as hexadecimal byte offsets into data.noun, comma-separated (the last field may be empty for a
place that only holds others). Names are lower case, WordNet's "_" a space, "." dropped ("u.s." -> "us"),
read by app/core/text/px-lexicon.c (px_lexicon_place_within()).

Then, in the same order, the words of a place's people: a capitalised adjective of data.adj whose
pertainym (WordNet's "\\" pointer) is a country or region of the table, that is a place some other place
lies within ("Chilean" -> "Chile", "Indonesian" -> "Indonesia"), as lines of two fields:
  adjective  the place's name
(px_lexicon_place_of_people()). An adjective that pertains to two such places is left out."""
import sys

import wordnet_nouns

MAX_STEPS = 6


def main():
    wndir, output = sys.argv[1:3]
    synsets = {offset: (words, pointers) for offset, (_, words, pointers) in wordnet_nouns.noun_synsets(wndir).items()}

    def wholes(offset):
        return [t for sym, t in synsets[offset][1] if sym == "#p"]

    within = {}
    for offset, (_, ptrs) in synsets.items():
        if not any(sym == "@i" for sym, _ in ptrs):
            continue
        seen, todo = [], wholes(offset)
        for _ in range(MAX_STEPS):
            step = []
            for t in todo:
                if t not in seen:
                    seen.append(t)
                    step += wholes(t)
            todo = step
        if seen:
            within[offset] = seen
    named = set(within) | {t for ts in within.values() for t in ts}
    rows = {}
    for offset in named:
        for word in synsets[offset][0]:
            name = word.split("(")[0].replace("_", " ").replace(".", "").lower().strip()
            if not name or "\t" in name:
                continue
            own, inside = rows.setdefault(name, (set(), set()))
            own.add(offset)
            inside.update(within.get(offset, ()))
    holders = {t for ts in within.values() for t in ts}
    peoples = {}
    for adjective, target, word in pertainyms(wndir):
        if target in holders and word <= len(synsets[target][0]):
            name = clean(synsets[target][0][max(word - 1, 0)])
            if name:
                peoples.setdefault(adjective, set()).add(name)
    with open(output, "w", encoding="utf-8") as f:
        for name in sorted(rows, key=lambda n: n.encode("utf-8")):
            own, inside = rows[name]
            f.write("%s\t%s\t%s\n" % (name, ",".join("%x" % o for o in sorted(own)),
                                      ",".join("%x" % o for o in sorted(inside))))
        for adjective in sorted(peoples, key=lambda n: n.encode("utf-8")):
            if len(peoples[adjective]) == 1 and adjective not in rows:
                f.write("%s\t%s\n" % (adjective, next(iter(peoples[adjective]))))


def clean(word):
    """A WordNet word as the table names places: lower case, "_" a space, "." and "(a)" dropped."""
    return word.split("(")[0].replace("_", " ").replace(".", "").lower().strip()


def pertainyms(wndir):
    """(lower-case adjective, noun synset offset, its word's number from 1 or 0 for the synset) of each
    pertainym of a capitalised one-word adjective of WNDIR/data.adj: "Chilean" pertains to "Chile". The
    pointer's own words are read, not the synsets' first ones: "Chinese" points at the second word of
    "Taiwan, China, Nationalist China, ...", "Russian" at the second of "Soviet Union, Russia, ..."."""
    with open(f"{wndir}/data.adj", "rb") as f:
        for raw in f:
            if raw.startswith(b"  "):
                continue
            line = raw.decode("latin-1").split(" | ")[0].split()
            n_words = int(line[3], 16)
            words = [line[4 + 2 * i].split("(")[0] for i in range(n_words)]
            k = 4 + 2 * n_words
            for i in range(int(line[k])):
                symbol, target, pos, ends = line[k + 1 + 4 * i: k + 5 + 4 * i]
                if symbol != "\\" or pos != "n":
                    continue
                source = int(ends[:2], 16)
                for word in words if source == 0 else words[source - 1: source]:
                    if word[:1].isupper() and "_" not in word and "\t" not in word:
                        yield word.lower(), int(target), int(ends[2:], 16)


if __name__ == "__main__":
    main()
