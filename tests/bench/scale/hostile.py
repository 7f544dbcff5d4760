#!/usr/bin/env python3
"""Writes pathological inputs for `parallax-cli compare`: plain-text sources
made to find the comparison's super-linear paths, each within the 512 KiB a
source may have (PX_COMPARE_MAX_TEXT_BYTES) and the 32 sources a comparison
may take.

Usage: hostile.py OUTDIR [KIB [SOURCES [CASE...]]]

Writes OUTDIR/CASE/NN.txt, SOURCES files (32 by default) of about KIB KiB
(500 by default) for each case (all by default). tests/bench/scale/hostile.sh
times `compare` on each at growing sizes, so that a path that grows faster
than the input shows in the ratio of the times.

The text is made up for the purpose (no corpus goes into the project); each
source differs from the others a little (a figure, a name), so the differ has
something to flag, except in `identical`.
"""
import os
import random
import sys

WORDS = ("officials residents forces city region talks agreement minister statement border troops "
         "village bridge power plant water supplies aid convoy hospital school market prices budget "
         "parliament vote court ruling police damage buildings roads airport flights port ships").split()
NAMES = ("Marta Kovalenko", "Ivan Petrov", "Ana Silva", "John Carter", "Li Wei", "Omar Haddad",
         "Sofia Rossi", "Pierre Martin", "Kenji Sato", "Amara Okafor", "Novgorod", "Geneva")
MONTHS = ("January February March April May June July August September October November "
          "December").split()
CUES = ("reportedly allegedly apparently possibly perhaps likely said claimed according to "
        "sources say unconfirmed may might could suggested").split()


def words(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def fill(limit, piece):
    """Pieces from piece(i) until the text would pass limit bytes."""
    out, size, i = [], 0, 0
    while True:
        p = piece(i)
        if size + len(p.encode()) > limit:
            break
        out.append(p)
        size += len(p.encode())
        i += 1
    return "".join(out)


def sentences(limit, rng, per, make):
    """Sentences of per items each, as many as fit."""
    while per > 1 and len((make(random.Random(0), 0, per) + ".\n\n").encode()) > limit:
        per //= 2
    def piece(i):
        return make(rng, i, per) + ".\n\n"
    return fill(limit, piece)


def case_figures(rng, s, limit):
    # "The team scored 12 points, 13 points, ... and 40 points in the game."
    def make(rng, i, per):
        items = ", ".join("%d points" % (rng.randint(1, 99) + s) for _ in range(per))
        return "The team scored " + items + " and 7 rebounds in the second half"
    return sentences(limit, rng, 3000, make)


def case_figures_plain(rng, s, limit):
    # a bare list of numbers: "1 2 3 ..." with units now and then
    def make(rng, i, per):
        return "Officials counted " + " ".join(
            ("%d" if j % 3 else "%d people") % (j * 7 + s) for j in range(per))
    return sentences(limit, rng, 5000, make)


def case_weights(rng, s, limit):
    # sentences of 500 weights each, the same in every source but one
    # figure: every pair of weights across sources compared by the differ
    def make(rng, i, per):
        same = random.Random(i)
        figures = [same.randint(1, 999) for _ in range(per)]
        figures[(i + s) % per] += 1
        return "The crates weighed " + ", ".join("%d pounds" % f for f in figures) + " at the port"
    return sentences(limit, rng, 500, make)


def case_dates(rng, s, limit):
    def make(rng, i, per):
        items = ", ".join("%s %d, %d" % (rng.choice(MONTHS), rng.randint(1, 28), 2000 + (j + s) % 26)
                          for j in range(per))
        return "The talks were held on " + items
    return sentences(limit, rng, 2000, make)


def case_times(rng, s, limit):
    zones = ("EST", "GMT", "UTC", "CET", "Eastern", "PST", "")
    def make(rng, i, per):
        items = ", ".join(("%d:%02d %s %s" % (rng.randint(1, 12), rng.randint(0, 59),
                                             rng.choice(("a.m.", "p.m.")), rng.choice(zones))).strip()
                          for _ in range(per))
        return "The convoy arrived at " + items + " on Monday"
    return sentences(limit, rng, 2000, make)


def case_quotes(rng, s, limit):
    # many short quotations in one sentence, each said by someone
    def make(rng, i, per):
        items = ", ".join('"%s," said %s' % (words(rng, 3), rng.choice(NAMES)) for _ in range(per))
        return items
    return sentences(limit, rng, 2000, make)


def case_quote_marks(rng, s, limit):
    # 10,000 quotation marks, unbalanced and curly, few words between
    marks = ('"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb")
    def piece(i):
        if i % 2000 == 1999:
            return ".\n\n"
        return rng.choice(marks) + ("" if i % 3 else rng.choice(WORDS) + " ")
    return fill(limit, piece)


def case_names(rng, s, limit):
    first = ("Anna Boris Carla Dmitri Elena Farid Greta Hugo Irina Jonas Karim Lena Mikhail Nora "
             "Oskar Petra").split()
    last = ("Kovalenko Petrov Silva Carter Haddad Rossi Martin Sato Okafor Novak Weber Larsen "
            "Moreau Costa Ivanova Berg").split()
    def make(rng, i, per):
        items = ", ".join("%s %s" % (rng.choice(first), rng.choice(last)) for _ in range(per))
        return "The minister met " + items + " and " + NAMES[s % len(NAMES)] + " in Geneva"
    return sentences(limit, rng, 3000, make)


def case_one_sentence(rng, s, limit):
    # one sentence without a stop: words, a figure now and then, no line break
    def piece(i):
        if i % 10 == 9:
            return "%d people " % (rng.randint(1, 999) + s)
        if i % 37 == 36:
            return "said %s " % rng.choice(NAMES)
        return rng.choice(WORDS) + " "
    return fill(limit - 2, piece) + "\n"


def case_cues(rng, s, limit):
    def make(rng, i, per):
        return "Officials " + " ".join(rng.choice(CUES) for _ in range(per)) + " that %d people died" % (10 + s)
    return sentences(limit, rng, 3000, make)


def case_identical(rng, s, limit):
    # every source the same text, sentence by sentence (seeded alike)
    same = random.Random(7)
    def piece(i):
        return ("%s said %d %s were %s in %s on %s %d. " %
                (same.choice(NAMES), same.randint(2, 900), same.choice(WORDS), same.choice(WORDS),
                 same.choice(NAMES), same.choice(MONTHS), same.randint(1, 28))
                + ("\n\n" if i % 5 == 4 else ""))
    return fill(limit, piece)


def case_repeated(rng, s, limit):
    # one sentence again and again in every source
    line = "Officials said 120 people were killed in Geneva on Monday, according to the ministry.\n\n"
    return fill(limit, lambda i: line if s % 2 == 0 or i % 50 else line.replace("120", "130"))


def case_rtl_controls(rng, s, limit):
    arabic = ("\u0642\u0627\u0644", "\u0627\u0644\u0648\u0632\u064a\u0631", "\u0645\u062f\u064a\u0646\u0629",
              "\u05e9\u05dc\u05d5\u05dd", "\u05e2\u05d9\u05e8")
    controls = ("\u202e", "\u202d", "\u2066", "\u2067", "\u2069", "\u200f", "\u200e", "\u0007", "\u001b[2J",
                "\ufeff", "\u200b", "\u00ad", "\u0301\u0301\u0301")
    def piece(i):
        if i % 300 == 299:
            return ".\n\n"
        r = rng.random()
        if r < 0.4:
            return rng.choice(arabic) + " "
        if r < 0.7:
            return rng.choice(controls)
        if r < 0.8:
            return "%d " % (rng.randint(1, 99) + s)
        return rng.choice(WORDS) + rng.choice(controls) + " "
    return fill(limit, piece)


CASES = {
    "figures": case_figures,
    "figures-plain": case_figures_plain,
    "weights": case_weights,
    "dates": case_dates,
    "times": case_times,
    "quotes": case_quotes,
    "quote-marks": case_quote_marks,
    "names": case_names,
    "one-sentence": case_one_sentence,
    "cues": case_cues,
    "identical": case_identical,
    "repeated": case_repeated,
    "rtl-controls": case_rtl_controls,
}


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    kib = float(sys.argv[2]) if len(sys.argv) > 2 else 500
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 32
    names = sys.argv[4:] or list(CASES)
    limit = int(kib * 1024)
    for name in names:
        d = os.path.join(out, name)
        os.makedirs(d, exist_ok=True)
        for s in range(n):
            rng = random.Random(1000 * s + len(name))
            text = CASES[name](rng, s, limit)
            assert len(text.encode()) <= 512 * 1024
            with open(os.path.join(d, "%02d.txt" % s), "w", encoding="utf-8", newline="") as f:
                f.write(text)


if __name__ == "__main__":
    main()
