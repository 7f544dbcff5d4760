#!/usr/bin/python3
"""Why Parallax misses article text on the development part of L3S-GN1.

For every development page, every key line Parallax's output misses (a
fifth or more of its 4-token shingles absent, as losses.py counts them) is
found in the page's markup and given the structural cause of its loss:

  outside the chosen block   the line's element is outside the element that
                             holds most of the output's paragraphs
  list or table              inside the block, under <li>, <dd>, <dt>, <td>
  quote                      inside the block, under <blockquote> or <q>
  subheading                 inside the block, a heading or a line that is
                             all bold / strong text
  after a separator          inside the block, after an <hr> or a line of
                             rules ("___", "* * *") in the block
  short paragraph            inside the block, eight words or fewer
  paragraph as furniture     inside the block, any other paragraph
  not found in the markup    the key line cannot be located (mis-decoded
                             keys, text the key joined across elements)

Each missed line also carries losses.py's kind (trailer, copyright, credit,
byline, caption ...): the kinds the project counts as furniture by design
are summed apart. Held-out pages (folders c to f) are never read here.

Usage: causes.py BENCH [--lines]   (--lines lists every missed line)
"""
import collections
import os
import re
import sys

import lxml.html

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from losses import CORPUS, development_texts, kind, missed_lines  # noqa: E402
from score import tokens  # noqa: E402

BLOCKS = {"p", "div", "li", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6",
          "blockquote", "section", "article", "span", "font", "b", "strong", "em", "i",
          "a", "center", "pre", "table", "tr", "ul", "ol", "dl", "body", "form", "caption",
          "figcaption", "figure", "aside", "header", "footer", "main", "nav", "small", "cite"}
# key kinds the project drops on purpose (issue 12: trailers, credits,
# bylines and datelines are furniture; a mis-decoded key cannot match)
BY_DESIGN = {"press-release trailer, contact", "copyright, trademarks", "credit line",
             "byline, dateline", "mis-decoded in the key"}


def element_index(doc):
    """(element, ' tok tok ... ') for the block elements, deepest last."""
    out = []
    for el in doc.iter():
        if not isinstance(el.tag, str) or el.tag not in BLOCKS:
            continue
        out.append((el, " " + " ".join(tokens(el.text_content())) + " "))
    return out


def locate(index, line, depth_of):
    toks = tokens(line)
    if not toks:
        return None
    probe = " " + " ".join(toks[:10]) + " "
    best = None
    for el, text in index:
        if probe in text and (best is None or len(text) < len(best[1])
                              or (len(text) == len(best[1]) and depth_of(el) > depth_of(best[0]))):
            best = (el, text)
    return best[0] if best else None


def chosen_block(elements):
    """The deepest ancestor holding at least 80% of the located output paragraphs."""
    elements = [e for e in elements if e is not None]
    if not elements:
        return None
    counts = collections.Counter()
    for e in elements:
        for a in e.iterancestors():
            counts[a] += 1
        counts[e] += 1
    need = 0.8 * len(elements)
    best = None
    for a, c in counts.items():
        if c >= need and (best is None or len(list(a.iterancestors())) > len(list(best.iterancestors()))):
            best = a
    return best


def cause(el, block, line):
    if el is None:
        return "not found in the markup"
    if block is not None and el is not block and block not in set(el.iterancestors()) \
            and el not in set(block.iterancestors()):
        return "outside the chosen block"
    chain = [el] + list(el.iterancestors())
    tags = [a.tag for a in chain if isinstance(a.tag, str)]
    if block is not None:
        inner = []
        for a in chain:
            if a is block:
                break
            inner.append(a.tag)
    else:
        inner = tags
    if any(t in ("li", "dd", "dt", "td", "th") for t in inner):
        return "list or table"
    if any(t in ("blockquote", "q") for t in inner):
        return "quote"
    if el.tag in ("h1", "h2", "h3", "h4", "h5", "h6") or any(t in ("h2", "h3", "h4", "h5", "h6") for t in inner):
        return "subheading"
    if el.tag in ("b", "strong") and len(tokens(line)) < 20:
        return "subheading"
    if block is not None:
        seen_rule = False
        for x in block.iter():
            if x is el:
                break
            if x.tag == "hr":
                seen_rule = True
            elif isinstance(x.tag, str) and x.tag in ("p", "div") and re.fullmatch(r"\s*([_*=~-]\s*){3,}", x.text_content() or ""):
                seen_rule = True
        if seen_rule:
            return "after a separator"
    if len(tokens(line)) <= 8:
        return "short paragraph"
    return "paragraph as furniture"


def main():
    bench = sys.argv[1]
    show = "--lines" in sys.argv
    dirs, sources, texts = development_texts(bench)
    lost = collections.Counter()
    nlines = collections.Counter()
    by_kind = collections.defaultdict(collections.Counter)
    for d, src in zip(dirs, sources):
        key = open(os.path.join(CORPUS, d, "expected.txt"), encoding="utf-8", errors="replace").read()
        got = texts[src]
        missed = [(line, share / len(dirs)) for line, share in missed_lines(key, got)]
        if not missed:
            continue
        raw = open(src, "rb").read()
        try:
            doc = lxml.html.fromstring(raw)
        except Exception:
            continue
        for bad in doc.xpath("//script|//style"):
            bad.drop_tree()
        index = element_index(doc)
        depth = {}

        def depth_of(e):
            if e not in depth:
                depth[e] = len(list(e.iterancestors()))
            return depth[e]
        paras = [p for p in got.split("\n\n") if len(tokens(p)) >= 6]
        block = chosen_block([locate(index, p, depth_of) for p in paras[:40]])
        for line, share in missed:
            el = locate(index, line, depth_of)
            c = cause(el, block, line)
            k = kind(line)
            group = "by design" if k in BY_DESIGN else "article text"
            lost[(group, c)] += share
            nlines[(group, c)] += 1
            by_kind[(group, c)][k] += 1
            if show:
                print(f"{d[:8]} [{group}; {c}; {k}] {line[:140]}")
    print(f"recall lost on {len(dirs)} development pages, by structural cause:")
    for group in ("article text", "by design"):
        keys = sorted((k for k in lost if k[0] == group), key=lambda k: -lost[k])
        print(f" {group}: {sum(lost[k] for k in keys):.4f}")
        for k in keys:
            kinds = ", ".join(f"{n} {x}" for x, n in by_kind[k].most_common())
            print(f"  {k[1]:28s} {lost[k]:.4f}  ({nlines[k]} lines: {kinds})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
