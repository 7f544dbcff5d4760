#!/usr/bin/env python3
"""Writes Parallax's list of group nouns from WordNet 3.0, as Debian's wordnet-base installs the database
in /usr/share/wordnet.

usage: wordnet-groups.py WORDNET_DIR OUTPUT

A group noun is a common noun whose first (most frequent) sense is a kind of social group (WordNet's
social_group, followed up its hypernyms: "league", "division", "conference", "council", "tribunal",
"squadron", "ministry") and none of whose senses is a person. A run of capitalised words ending in one
("Atlantic Division", "Premier League") names a body of people, not a person; surnames that are also
nouns keep their person ("Baker", "Smith", "Bush", "Woods": their first senses are a person, a shrub,
a forest). Only words WordNet writes in lower case in that first sense count ("Ming", "Tudor" and "FBI"
are names). One word a line, sorted bytewise, read by app/core/text/px-lexicon.c
(px_lexicon_is_group_noun())."""
import sys

import wordnet_nouns


def main():
    wndir, output = sys.argv[1:3]
    synsets = {offset: (lexfile, [w.split("(")[0] for w in words], [t for sym, t in pointers if sym in ("@", "@i")])
               for offset, (lexfile, words, pointers) in wordnet_nouns.noun_synsets(wndir).items()}
    senses = {}
    with open(f"{wndir}/index.noun", "rb") as f:
        for raw in f:
            if raw.startswith(b"  "):
                continue
            fields = raw.decode("latin-1").split()
            n_senses, n_pointers = int(fields[2]), int(fields[3])
            senses[fields[0]] = [int(x) for x in fields[6 + n_pointers:6 + n_pointers + n_senses]]
    social_group = next(o for o, (_, words, _) in synsets.items() if "social_group" in words)

    def is_group(offset):
        seen, todo = set(), [offset]
        while todo:
            o = todo.pop()
            if o == social_group:
                return True
            if o not in seen:
                seen.add(o)
                todo += synsets[o][2]
        return False

    PERSON_FILE = 18  # noun.person
    groups = []
    for word, offsets in senses.items():
        if not word.isalpha() or any(synsets[o][0] == PERSON_FILE for o in offsets):
            continue
        written = [w for w in synsets[offsets[0]][1] if w.lower() == word]
        if written and all(w == word for w in written) and is_group(offsets[0]):
            groups.append(word)
    with open(output, "w", encoding="utf-8") as f:
        for word in sorted(groups, key=lambda w: w.encode()):
            f.write(word + "\n")


if __name__ == "__main__":
    main()
