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

MAX_STEPS = 6


def main():
    wndir, output = sys.argv[1:3]
    synsets = {}
    with open(f"{wndir}/data.noun", "rb") as f:
        for raw in f:
            if raw.startswith(b"  "):
                continue
            line = raw.decode("latin-1").split(" | ")[0].split()
            offset, n_words = int(line[0]), int(line[3], 16)
            words = [line[4 + 2 * i] for i in range(n_words)]
            k = 4 + 2 * n_words
            ptrs = [tuple(line[k + 1 + 4 * i: k + 3 + 4 * i]) for i in range(int(line[k]))]
            synsets[offset] = (words, [(sym, int(target)) for sym, target in ptrs])

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
