"""WordNet 3.0's noun synsets as the lexicon's build scripts read them (wordnet-places.py,
wordnet-groups.py)."""


def noun_synsets(wndir):
    """Every noun synset of WNDIR/data.noun by its byte offset: (its lexicographer file's number,
    its words as data.noun writes them, its pointers as (symbol, target offset) pairs)."""
    synsets = {}
    with open(f"{wndir}/data.noun", "rb") as f:
        for raw in f:
            if raw.startswith(b"  "):
                continue
            line = raw.decode("latin-1").split(" | ")[0].split()
            offset, lexfile, n_words = int(line[0]), int(line[1]), int(line[3], 16)
            words = [line[4 + 2 * i] for i in range(n_words)]
            k = 4 + 2 * n_words
            pointers = [(line[k + 1 + 4 * i], int(line[k + 2 + 4 * i])) for i in range(int(line[k]))]
            synsets[offset] = (lexfile, words, pointers)
    return synsets
