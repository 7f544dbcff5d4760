#!/usr/bin/python3
"""Where Parallax loses content on the development part of L3S-GN1, by kind.

Lists every development page whose recall is under 0.97 or whose precision
is under 0.95, with each key line the output misses (most of its 4-token
shingles absent) and each output paragraph the key does not hold, and
sums the recall lost by the kind of line missed: copyright and trademark
notices, press-release trailers and contact lines, credit lines ("On the
Net:", "(Reporting by ...)"), bylines and datelines, key lines whose text
is mis-decoded in the key itself ("Â£", "Ã©": the page read in the wrong
character set when it was keyed), lines of four words or fewer (mostly
inline links the key writes on lines of their own: such a line counts
as missed only when its words are nowhere in the output in a row), lines without a stop (captions, teasers, headings) and
sentences. Held-out pages (folders c to f) are never read here.

Usage: losses.py BENCH [--pages]   (BENCH: px-bench-extract; --pages lists pages too)
"""
import collections
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import precision_recall, shingles, tokens  # noqa: E402

CORPUS = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                       "../../../../shared/corpus/l3s-gn1/pages"))


def kind(line):
    if re.search(r"Ã|Â|â€", line):
        return "mis-decoded in the key"
    if re.search(r"(?i)copyright|all rights reserved|\(c\) ?\d{4}|©|trademark", line):
        return "copyright, trademarks"
    if re.search(r"(?i)^about |^contact|@\w+\.\w|\+?\d{3}[-. ]\d{3}[-. ]\d{4}|^source |^web ?site|www\.|http", line):
        return "press-release trailer, contact"
    if re.search(r"(?i)^on the net|^information from|^\((additional )?(writing|reporting) by|"
                 r"^(reporting|editing|additional reporting) by|to contact the|contributed to this report", line):
        return "credit line"
    if re.search(r"(?i)^by [A-Z]|\b(AM|PM) (ET|EST|GMT)\b|minutes ago|hours? ago", line):
        return "byline, dateline"
    if len(line.split()) <= 4:
        return "four words or fewer"
    if not re.search(r"[.!?\"')\u201d]$", line.strip()):
        return "no stop (caption, teaser, heading)"
    return "sentence"


def development_texts(bench):
    """The development pages (folders not starting with c to f), their
    source.html paths, and the text BENCH extracts from each, by path."""
    dirs = sorted(d for d in os.listdir(CORPUS) if d[0].lower() not in "cdef")
    sources = [os.path.join(CORPUS, d, "source.html") for d in dirs]
    out = subprocess.run([bench, "--repeat", "1"] + sources, check=True, capture_output=True, text=True).stdout
    texts = {}
    for line in out.split("\n"):
        if line:
            obj = json.loads(line)
            texts[obj["input"]] = obj.get("text") or ""
    return dirs, sources, texts


def missed_lines(key, got):
    """The lines of KEY of whose shingles GOT misses more than a fifth,
    each with the share of all KEY's shingles it misses."""
    got_shingles = shingles(got)
    total = sum(shingles(key).values()) or 1
    got_words = " " + " ".join(tokens(got)) + " "
    for line in key.split("\n"):
        sh = shingles(line)
        n = sum(sh.values())
        miss = n - sum((sh & got_shingles).values())
        # a line of fewer than four words is one shingle of its own:
        # missed only when its words are nowhere in the output in a row
        if n and len(tokens(line)) < 4 and " " + " ".join(tokens(line)) + " " in got_words:
            miss = 0
        if n and miss / n > 0.2:
            yield line, miss / total


def main():
    bench = sys.argv[1]
    show_pages = "--pages" in sys.argv
    dirs, sources, texts = development_texts(bench)
    lost = collections.Counter()
    lines_lost = collections.Counter()
    for d, src in zip(dirs, sources):
        key = open(os.path.join(CORPUS, d, "expected.txt"), encoding="utf-8", errors="replace").read()
        got = texts[src]
        p, r = precision_recall(got, key)
        missed = []
        for line, share in missed_lines(key, got):
            k = kind(line)
            lost[k] += share / len(dirs)
            lines_lost[k] += 1
            missed.append((k, line))
        if show_pages and (r < 0.97 or p < 0.95):
            key_shingles = shingles(key)
            print(f"{d[:8]} P {p:.3f} R {r:.3f}")
            for k, line in missed:
                print(f"  - [{k}] {line[:160]}")
            for para in got.split("\n\n"):
                sh = shingles(para)
                n = sum(sh.values())
                if n and sum((sh & key_shingles).values()) / n < 0.8:
                    print(f"  + {para[:160]}")
    print(f"recall lost on {len(dirs)} development pages, by the kind of key line missed:")
    for k, v in lost.most_common():
        print(f"  {k:36s} {v:.4f}  ({lines_lost[k]} lines)")
    print(f"  {'total':36s} {sum(lost.values()):.4f}  (lines of which a fifth or more is missed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
