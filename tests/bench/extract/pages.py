#!/usr/bin/python3
"""Scores Parallax's extraction on a folder of outlet-shaped pages, page by
page: PAGE.html with PAGE.expected.txt (the article's text, a paragraph a
line, headline and standfirst left out) and PAGE.meta.json (title, outlet,
published, updated, byline).

For each page it prints content precision, recall and F1 (score.py's
shingle metric), every paragraph of the output that is not a line of the
key (leaked furniture; '~' when it holds a key line with something more,
such as a dateline), every key line the output misses, and whether the
title, outlet, published and updated times and byline are right. Totals
are given twice: as extracted, and with a leading paragraph the key does
not hold and a dateline before the key's first line counted out (the project
keeps a standfirst as the article's first paragraph and a dateline at the
start of the first on purpose, as L3S-GN1's keys mostly do; these keys leave
both out).

Usage: pages.py BENCH DIR [--totals]   (BENCH: px-bench-extract)
--totals prints the totals and one figure line per page, no text.
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import precision_recall, f1, title_right, published_right, norm_byline  # noqa: E402


def norm(line):
    line = line.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    line = " ".join(line.split())
    # an embedded post is kept as a quotation: its quotation marks are the project's own
    if len(line) > 2 and line[0] == '"' and line[-1] == '"':
        line = line[1:-1]
    return line


def date_right(got, want):
    if not want:
        return not got
    return published_right(got, want)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    totals_only = "--totals" in sys.argv
    bench, folder = args
    names = sorted(f[:-5] for f in os.listdir(folder) if f.endswith(".html"))
    out = subprocess.run([bench] + [os.path.join(folder, n + ".html") for n in names],
                         check=True, capture_output=True, text=True).stdout
    results = {os.path.basename(json.loads(l)["input"])[:-5]: json.loads(l) for l in out.split("\n") if l}
    sums = {"p": 0.0, "r": 0.0, "p2": 0.0, "r2": 0.0, "leaks": 0, "lost": 0}
    fields = ("title", "outlet", "published", "updated", "byline")
    right = dict.fromkeys(fields, 0)
    for n in names:
        key = [l for l in open(os.path.join(folder, n + ".expected.txt"), encoding="utf-8").read().split("\n") if l.strip()]
        meta = json.load(open(os.path.join(folder, n + ".meta.json"), encoding="utf-8"))
        got = results.get(n, {})
        paras = [p for p in (got.get("text") or "").split("\n") if p.strip()]
        want = "\n".join(key)
        p, r = precision_recall("\n".join(paras), want)
        keyset = {norm(k) for k in key}
        leaks = []
        for i, para in enumerate(paras):
            t = norm(para)
            if t in keyset:
                continue
            mark = "~" if any(k and k in t for k in keyset) else "+"
            leaks.append((i, mark, para))
        # a leading paragraph the key does not hold (the standfirst the project
        # keeps), and a dateline before the first key line (L3S-GN1's keys keep
        # datelines, these leave them out): both counted out for the second figure
        rest = paras[1:] if paras and leaks and leaks[0][0] == 0 and leaks[0][1] == "+" else list(paras)
        for j, para in enumerate(rest[:2]):
            t = norm(para)
            if key and t != norm(key[0]) and t.endswith(norm(key[0])):
                rest[j] = key[0]
                break
        p2, r2 = precision_recall("\n".join(rest), want)
        joined = "\n".join(norm(x) for x in paras)
        lost = [k for k in key if norm(k) not in joined]
        ok = {
            "title": title_right(got.get("title"), meta.get("title")),
            "outlet": norm(got.get("outlet") or "").lower() == norm(meta.get("outlet") or "").lower(),
            "published": date_right(got.get("published"), meta.get("published")),
            "updated": date_right(got.get("updated"), meta.get("updated")),
            "byline": norm_byline(got.get("byline")) == norm_byline(meta.get("byline")),
        }
        for k in fields:
            right[k] += ok[k]
        sums["p"] += p; sums["r"] += r; sums["p2"] += p2; sums["r2"] += r2
        sums["leaks"] += len(leaks); sums["lost"] += len(lost)
        wrong = [k for k in fields if not ok[k]]
        print(f"{n}: P {p:.3f} R {r:.3f} F1 {f1(p, r):.3f}  leaked {len(leaks)}, lost {len(lost)}"
              + (f"  wrong: {', '.join(wrong)}" if wrong else "  metadata right"))
        if totals_only:
            continue
        for i, mark, para in leaks:
            print(f"   {mark} [{i}] {para[:160]}")
        for k in lost:
            print(f"   - {k[:160]}")
        for k in wrong:
            print(f"   {k}: got {got.get(k)!r}, want {meta.get(k)!r}")
    c = len(names)
    P, R, P2, R2 = (sums[k] / c for k in ("p", "r", "p2", "r2"))
    print(f"{c} pages: content F1 {f1(P, R):.3f} (P {P:.3f}, R {R:.3f}); "
          f"standfirst and dateline counted out: F1 {f1(P2, R2):.3f} (P {P2:.3f}, R {R2:.3f})")
    print(f"paragraphs leaked {sums['leaks']}, key lines lost {sums['lost']}; "
          + ", ".join(f"{k} {right[k]}/{c}" for k in fields))


if __name__ == "__main__":
    main()
