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
read by app/core/text/px-lexicon.c (px_lexicon_place_within())."""
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
    with open(output, "w", encoding="utf-8") as f:
        for name in sorted(rows, key=lambda n: n.encode("utf-8")):
            own, inside = rows[name]
            f.write("%s\t%s\t%s\n" % (name, ",".join("%x" % o for o in sorted(own)),
                                      ",".join("%x" % o for o in sorted(inside))))


if __name__ == "__main__":
    main()
