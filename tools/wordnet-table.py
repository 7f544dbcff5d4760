#!/usr/bin/env python3
"""Builds Parallax's lexicon table from the WordNet 3.0 database files (index.*, data.*, *.exc, as
Debian's wordnet-base installs them in /usr/share/wordnet) and the curated news words beside it.

usage: wordnet-table.py WORDNET_DIR NEWS_WORDS OUTPUT

The table is read in place by app/core/text/px-lexicon.c (no parsing at run time). Little-endian:
  "PXWN0001", u32 n_entries, u32 n_ids, u32 strings_size
  n_entries x {u32 key, u32 ids, u8 n_synonyms, u8 n_hypernyms, u8 n_antonyms, u8 inflected}
  n_ids x u32 concept ids; strings: NUL-terminated keys "lemma<TAB>pos" (pos n v a r), sorted bytewise.
For a lemma and part of speech: synonyms are the synsets of its first senses with the synsets they are
derivationally related to ("acquire"/"acquisition"), participles of ("injured"/"injure") or pertain to;
hypernyms those of its first two senses; antonyms the synsets its senses are antonyms of. An inflected
form of WordNet's exception lists ("went") gets its lemma's entry, flagged inflected. A concept id is a synset's byte
offset with its part of speech in the top bits; the curated news words get ids of their own."""
import struct, sys

POS = {"n": 0, "v": 1, "a": 2, "s": 2, "r": 3}
FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
SYNONYM_SENSES = 3
HYPERNYM_SENSES = 2
CURATED = 0xF0000000


def concept(pos, offset):
    return (POS[pos] << 28) | offset


def load_data(path, pos):
    synsets = {}
    with open(path, "rb") as f:
        for raw in f:
            if raw.startswith(b"  "):
                continue
            line = raw.decode("latin-1").split(" | ")[0].split()
            offset = int(line[0])
            n_words = int(line[3], 16)
            words = [line[4 + 2 * i].lower() for i in range(n_words)]
            k = 4 + 2 * n_words
            n_ptrs = int(line[k])
            ptrs = []
            for i in range(n_ptrs):
                sym, off, ppos, st = line[k + 1 + 4 * i: k + 5 + 4 * i]
                ptrs.append((sym, concept(ppos, int(off)), int(st[:2], 16)))
            synsets[concept(pos, offset)] = (words, ptrs)
    return synsets


def main():
    wndir, news, output = sys.argv[1:4]
    synsets = {}
    for pos, name in FILES.items():
        synsets.update(load_data(f"{wndir}/data.{name}", pos))
    entries = {}  # key -> [set syn, set hyper, set ant]
    for pos, name in FILES.items():
        with open(f"{wndir}/index.{name}", encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                parts = line.split()
                lemma = parts[0]
                if "_" in lemma:
                    continue
                n_ptr = int(parts[3])
                offsets = [concept(pos, int(x)) for x in parts[6 + n_ptr:]]
                syn, hyper, ant = set(), set(), set()
                for rank, sid in enumerate(offsets):
                    words, ptrs = synsets[sid]
                    word_no = words.index(lemma) + 1 if lemma in words else -1
                    if rank < SYNONYM_SENSES:
                        syn.add(sid)
                        for sym, target, source in ptrs:
                            if source not in (0, word_no):
                                continue
                            if sym in ("+", "<", "\\"):
                                syn.add(target)
                            elif sym == "!":
                                ant.add(target)
                    if rank < HYPERNYM_SENSES:
                        hyper.update(t for sym, t, _ in ptrs if sym in ("@", "@i"))
                entries[f"{lemma}\t{pos}"] = [syn, hyper, ant]
    with open(news, encoding="utf-8") as f:
        group = 0
        for line in f:
            line = line.split("#")[0].strip()
            if not line:
                continue
            pos, *words = line.split()
            for word in words:
                entries.setdefault(f"{word}\t{pos}", [set(), set(), set()])[0].add(CURATED | group)
            group += 1
    inflected = set()
    for pos, name in FILES.items():
        with open(f"{wndir}/{name}.exc", encoding="latin-1") as f:
            for line in f:
                form, *bases = line.split()
                if "_" in form:
                    continue
                for base in bases:
                    e = entries.get(f"{base}\t{pos}")
                    if e is None:
                        continue
                    if f"{form}\t{pos}" not in entries:
                        inflected.add(f"{form}\t{pos}")
                    mine = entries.setdefault(f"{form}\t{pos}", [set(), set(), set()])
                    for a, b in zip(mine, e):
                        a.update(b)
    keys = sorted(entries, key=lambda k: k.encode("utf-8"))
    strings, ids, table = bytearray(), [], bytearray()
    for key in keys:
        syn, hyper, ant = (sorted(s)[:255] for s in entries[key])
        table += struct.pack("<IIBBBB", len(strings), len(ids), len(syn), len(hyper), len(ant), key in inflected)
        strings += key.encode("utf-8") + b"\0"
        ids += syn + hyper + ant
    with open(output, "wb") as f:
        f.write(b"PXWN0001" + struct.pack("<III", len(keys), len(ids), len(strings)))
        f.write(table)
        f.write(struct.pack(f"<{len(ids)}I", *ids))
        f.write(strings)


if __name__ == "__main__":
    main()
