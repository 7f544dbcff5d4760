#!/usr/bin/python3
"""Where Parallax loses precision on the development part of L3S-GN1, by
output paragraph, and how much of it the pages' class names hold up.

Every paragraph Parallax writes is charged with the 4-token shingles of
the page's output that the key does not hold (the key's shingles matched
in order, each once, as score.py counts them), so the charges of a page
sum to its precision lost and the charges of all pages, divided by their
number, to the part's. Printed: the paragraphs that cost most, then the
total.

--scramble extracts copies of the development pages (written to a folder
of /tmp, removed at the end) whose class, id, name, role and itemprop
values are each replaced by a token made from their hash: the page's
structure and words stay, the names a site gives its boxes ("caption",
"comments", "related") are gone. The drop in precision says how much of
it those names hold up, the pages unlike the development ones whose names
the word lists do not know; the paragraphs printed are those the
scrambled pages gain.

Held-out pages (folders c to f) are never read here.

Usage: extras.py BENCH [--scramble] [--top=N]   (BENCH: px-bench-extract)
"""
import collections
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import precision_recall, tokens  # noqa: E402

CORPUS = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                       "../../../../shared/corpus/l3s-gn1/pages"))
NAMES = re.compile(rb"(\s(?:class|id|name|role|itemprop)\s*=\s*)([\"'])([^\"']*)\2", re.I)


def development():
    return sorted(d for d in os.listdir(CORPUS) if d[0].lower() not in "cdef")


def extract(bench, sources):
    out = subprocess.run([bench, "--repeat", "1"] + sources, check=True, capture_output=True, text=True).stdout
    texts = {}
    for line in out.split("\n"):
        if line:
            obj = json.loads(line)
            if "input" in obj:
                texts[obj["input"]] = obj.get("text") or ""
    return texts


def charges(text, key):
    """(precision lost, paragraph) for each output paragraph that costs any."""
    paras = text.split("\n\n")
    toks = []
    owner = []
    for i, p in enumerate(paras):
        t = tokens(p)
        toks += t
        owner += [i] * len(t)
    k = tokens(key)
    want = collections.Counter(tuple(k[i:i + 4]) for i in range(len(k) - 3))
    n = max(1, len(toks) - 3)
    lost = collections.Counter()
    for i in range(len(toks) - 3):
        s = tuple(toks[i:i + 4])
        if want[s] > 0:
            want[s] -= 1
        else:
            lost[owner[i]] += 1
    return [(lost[i] / n, paras[i]) for i in sorted(lost)]


def scrambled(value):
    return b" ".join(b"k" + hashlib.md5(word).hexdigest()[:6].encode() for word in value.split())


def scramble(dirs, folder):
    sources = {}
    for d in dirs:
        raw = open(os.path.join(CORPUS, d, "source.html"), "rb").read()
        os.makedirs(os.path.join(folder, d))
        path = os.path.join(folder, d, "source.html")
        with open(path, "wb") as f:
            f.write(NAMES.sub(lambda m: m.group(1) + m.group(2) + scrambled(m.group(3)) + m.group(2), raw))
        sources[d] = path
    return sources


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        print(__doc__.strip().split("\n")[-1], file=sys.stderr)
        return 2
    bench = args[0]
    top = next((int(a.split("=")[1]) for a in sys.argv if a.startswith("--top=")), 60)
    dirs = development()
    keys = {d: open(os.path.join(CORPUS, d, "expected.txt"), encoding="utf-8", errors="replace").read() for d in dirs}
    plain = {d: os.path.join(CORPUS, d, "source.html") for d in dirs}
    texts = extract(bench, list(plain.values()))
    rows = []
    for d in dirs:
        for loss, para in charges(texts[plain[d]], keys[d]):
            rows.append((loss, d, para))
    base_p = sum(precision_recall(texts[plain[d]], keys[d])[0] for d in dirs) / len(dirs)
    if "--scramble" in sys.argv:
        folder = tempfile.mkdtemp(prefix="px-extras-")
        try:
            names = scramble(dirs, folder)
            other = extract(bench, list(names.values()))
        finally:
            shutil.rmtree(folder)
        seen = {(d, para) for _, d, para in rows}
        rows = []
        for d in dirs:
            for loss, para in charges(other[names[d]], keys[d]):
                if (d, para) not in seen:
                    rows.append((loss, d, para))
        p = sum(precision_recall(other[names[d]], keys[d])[0] for d in dirs) / len(dirs)
        r = sum(precision_recall(other[names[d]], keys[d])[1] for d in dirs) / len(dirs)
        print(f"development pages with their names scrambled: precision {p:.4f} (as given {base_p:.4f}), "
              f"recall {r:.4f}; {len({d for _, d, _ in rows})} pages gain paragraphs the key does not hold")
    else:
        print(f"development precision {base_p:.4f}: {len(rows)} paragraphs on {len({d for _, d, _ in rows})} "
              "pages hold shingles the key does not")
    rows.sort(key=lambda row: -row[0])
    for loss, d, para in rows[:top]:
        print(f"{loss * 1000 / len(dirs):6.3f}  {d[:8]}  {' '.join(para.split())[:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
