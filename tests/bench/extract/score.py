#!/usr/bin/python3
"""Scores Parallax's article extraction against pages with known answers,
and times it beside readability-lxml on the same pages.

Pages: every directory under the corpus with source.html and either
expected.txt (L3S-GN1: a human key of the article's text) or expected.html
(Readability's test pages: Readability.js's own output), with
expected-metadata.json (title, byline, publishedTime), and every fixture
tests/fixtures/extract/NAME.html with its NAME.expected.json (paragraphs,
title, byline, published).

L3S-GN1 is split the way the team splits it: pages whose directory name
starts with c, d, e or f are held out, the rest are the development part;
both are reported in the same run. Readability.js (npm's
@mozilla/readability with jsdom, installed here by `npm install`, never
shipped) runs beside readability-lxml when node_modules is present.

Content is compared with the usual shingle metric: case-sensitive \\w+
tokens, multisets of 4-token shingles, precision and recall per page,
averaged over the pages; F1 is given both from those averages and as the
mean of per-page F1.

A title is right when it equals the expected one after entities, white
space and quote styles are normalised, or when it is the expected one with
the site's name cut off at a separator (" | Site", " - Site"): Parallax
strips site names by design, the corpus's answers do not always. A time is
right when both name the same instant (a time without a zone is read as
UTC; fractions of a second are not compared, as Parallax writes whole
seconds; a date alone matches that calendar day). A byline is right when it
matches case-insensitively after a leading "By " is dropped.
"""
import argparse
import collections
import datetime
import glob
import html
import json
import os
import re
import subprocess
import sys
import time

SEPARATORS = re.compile(r"\s+[|\-–—:·»/_]\s*|\s+(?=\[)")


def tokens(text):
    return re.findall(r"\w+", text or "")


def shingles(text, n=4):
    toks = tokens(text)
    if not toks:
        return collections.Counter()
    if len(toks) < n:
        return collections.Counter([tuple(toks)])
    return collections.Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def precision_recall(got, want):
    g = shingles(got)
    w = shingles(want)
    common = sum((g & w).values())
    p = common / sum(g.values()) if g else (1.0 if not w else 0.0)
    r = common / sum(w.values()) if w else (1.0 if not g else 0.0)
    return p, r


def f1(p, r):
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def html_text(markup):
    import lxml.html
    if not markup.strip():
        return ""
    doc = lxml.html.fromstring(markup)
    for bad in doc.xpath("//script|//style"):
        bad.drop_tree()
    return doc.text_content()


def norm_title(text):
    text = html.unescape(text or "")
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.split())


def title_right(got, want):
    got = norm_title(got)
    want = norm_title(want)
    if got == want:
        return True
    # the site's name cut off at either end
    for m in SEPARATORS.finditer(want):
        if got in (want[:m.start()].strip(), want[m.end():].strip()):
            return True
    return False


def instant(text):
    if not text:
        return None
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return datetime.date.fromisoformat(text)
        value = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            from email.utils import parsedate_to_datetime
            value = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.timezone.utc)
    return value


def published_right(got, want):
    a = instant(got)
    b = instant(want)
    if a is None or b is None:
        return False
    if isinstance(a, datetime.datetime) and isinstance(b, datetime.datetime):
        # Parallax writes whole seconds
        return abs((a - b).total_seconds()) < 1.0
    day_a = a.date() if isinstance(a, datetime.datetime) else a
    day_b = b.date() if isinstance(b, datetime.datetime) else b
    return day_a == day_b


def norm_byline(text):
    text = " ".join(html.unescape(text or "").split()).lower()
    return re.sub(r"^by\s+", "", text)


def load_pages(corpus, fixtures):
    pages = []
    if corpus and os.path.isdir(corpus):
        for d in sorted(glob.glob(os.path.join(corpus, "*/"))):
            src = os.path.join(d, "source.html")
            exp = os.path.join(d, "expected.html")
            key = os.path.join(d, "expected.txt")
            meta = os.path.join(d, "expected-metadata.json")
            name = os.path.basename(os.path.normpath(d))
            if os.path.exists(src) and os.path.exists(key):
                text = open(key, encoding="utf-8", errors="replace").read()
                label = "held-out" if name[0].lower() in "cdef" else "dev"
            elif os.path.exists(src) and os.path.exists(exp):
                text = html_text(open(exp, encoding="utf-8", errors="replace").read())
                label = "corpus"
            else:
                continue
            m = json.load(open(meta, encoding="utf-8")) if os.path.exists(meta) else {}
            pages.append({
                "set": label,
                "name": name,
                "source": src,
                "text": text,
                "title": m.get("title"),
                "byline": m.get("byline"),
                "published": m.get("publishedTime"),
            })
    if fixtures and os.path.isdir(fixtures):
        for src in sorted(glob.glob(os.path.join(fixtures, "*.html"))):
            exp = src[:-5] + ".expected.json"
            if not os.path.exists(exp):
                continue
            m = json.load(open(exp, encoding="utf-8"))
            pages.append({
                "set": "fixtures",
                "name": os.path.basename(src)[:-5],
                "source": src,
                "text": "\n\n".join(m.get("paragraphs", [])),
                "title": m.get("title"),
                "byline": m.get("byline"),
                "published": m.get("published"),
            })
    return pages


def run_parallax(bench, pages, repeat):
    out = subprocess.run([bench, "--repeat", str(repeat)] + [p["source"] for p in pages],
                         check=True, capture_output=True, text=True).stdout
    results = {}
    for line in out.split("\n"):
        if not line:
            continue
        obj = json.loads(line)
        results[obj["input"]] = obj
    return results


def run_readability(pages):
    from readability import Document
    import logging
    logging.disable(logging.CRITICAL)
    results = {}
    for p in pages:
        raw = open(p["source"], "rb").read()
        start = time.perf_counter()
        cpu_start = time.thread_time()
        try:
            doc = Document(raw)
            summary = doc.summary()
            title = doc.short_title()
        except Exception as e:  # the library gives up on some pages
            summary, title = "", None
        results[p["source"]] = {
            "seconds": time.perf_counter() - start,
            "cpu_seconds": time.thread_time() - cpu_start,
            "text": html_text(summary) if summary else "",
            "title": title,
        }
    return results


def run_readability_js(pages):
    here = os.path.dirname(os.path.abspath(__file__))
    if not os.path.isdir(os.path.join(here, "node_modules", "@mozilla", "readability")):
        return None
    out = subprocess.run(["node", os.path.join(here, "readability-js.mjs")],
                         input="".join(p["source"] + "\n" for p in pages),
                         check=True, capture_output=True, text=True).stdout
    results = {}
    for line in out.split("\n"):
        if not line:
            continue
        obj = json.loads(line)
        results[obj["input"]] = obj
    return results


def summarize(label, pages, ours, theirs, out, js=None):
    n = len(pages)
    if n == 0:
        return
    ps, rs, fs = [], [], []
    rps, rrs = [], []
    titles = [0, 0]
    their_titles = 0
    times = [0, 0]
    bylines = [0, 0]
    worst = []
    for p in pages:
        got = ours[p["source"]]
        pr, rc = precision_recall(got.get("text") or "", p["text"])
        ps.append(pr)
        rs.append(rc)
        fs.append(f1(pr, rc))
        worst.append((f1(pr, rc), pr, rc, p["name"]))
        if theirs:
            a, b = precision_recall(theirs[p["source"]]["text"], p["text"])
            rps.append(a)
            rrs.append(b)
        if p["title"]:
            titles[1] += 1
            titles[0] += title_right(got.get("title"), p["title"])
            if theirs:
                their_titles += title_right(theirs[p["source"]]["title"], p["title"])
        if p["published"]:
            times[1] += 1
            times[0] += published_right(got.get("published"), p["published"])
        if p["byline"]:
            bylines[1] += 1
            bylines[0] += norm_byline(got.get("byline")) == norm_byline(p["byline"])
    P = sum(ps) / n
    R = sum(rs) / n
    print(f"## {label}: {n} pages", file=out)
    print(f"content: precision {P:.4f}, recall {R:.4f}, F1 of the means {f1(P, R):.4f}, "
          f"mean per-page F1 {sum(fs) / n:.4f}", file=out)
    if rps:
        RP = sum(rps) / n
        RR = sum(rrs) / n
        print(f"readability-lxml content: precision {RP:.4f}, recall {RR:.4f}, F1 {f1(RP, RR):.4f}",
              file=out)
    if js:
        jp, jr = zip(*(precision_recall(js[p["source"]]["text"], p["text"]) for p in pages))
        JP = sum(jp) / n
        JR = sum(jr) / n
        print(f"Readability.js content: precision {JP:.4f}, recall {JR:.4f}, F1 {f1(JP, JR):.4f}",
              file=out)
    for what, (right, total) in (("title", titles), ("published", times), ("byline", bylines)):
        if total:
            print(f"{what}: {right}/{total} = {100.0 * right / total:.1f}%", file=out)
    if theirs and titles[1]:
        print(f"readability-lxml title (short_title()): {their_titles}/{titles[1]} = "
              f"{100.0 * their_titles / titles[1]:.1f}%", file=out)
    worst.sort()
    print("lowest F1: " + ", ".join(f"{name} {f:.2f} (P {a:.2f} R {b:.2f})" for f, a, b, name in worst[:8]),
          file=out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", required=True, help="the px-bench-extract program")
    ap.add_argument("--corpus", default=os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                    "../../../../shared/corpus/l3s-gn1/pages")))
    ap.add_argument("--fixtures", default=os.path.join(os.path.dirname(__file__), "../../fixtures/extract"))
    ap.add_argument("--repeat", type=int, default=3, help="extractions per page for timing")
    ap.add_argument("--no-readability", action="store_true")
    ap.add_argument("--no-readability-js", action="store_true")
    ap.add_argument("--only", choices=("dev", "held-out"), help="score one part of L3S-GN1 only")
    ap.add_argument("--details", help="write per-page results (JSON Lines) here")
    args = ap.parse_args()

    pages = load_pages(args.corpus, args.fixtures)
    if not pages:
        print("no pages found", file=sys.stderr)
        return 1
    if args.only:
        pages = [p for p in pages if p["set"] in (args.only, "fixtures")]
    ours = run_parallax(args.bench, pages, args.repeat)
    theirs = None if args.no_readability else run_readability(pages)
    js = None if args.no_readability_js else run_readability_js(pages)

    out = sys.stdout
    print(f"# Extraction benchmark, {datetime.date.today().isoformat()}", file=out)
    for label in ("dev", "held-out", "corpus", "fixtures"):
        subset = [p for p in pages if p["set"] == label]
        summarize(label, subset, ours, theirs, out, js)

    n = len(pages)
    our_wall = sum(ours[p["source"]]["seconds"] for p in pages)
    our_cpu = sum(ours[p["source"]]["cpu_seconds"] for p in pages)
    print(f"## speed over all {n} pages (CPU time of the extracting thread; wall-clock beside it)",
          file=out)
    print(f"parallax: {n / our_cpu:.1f} pages/s CPU ({our_cpu:.3f} s), {n / our_wall:.1f} pages/s wall "
          f"(mean of {args.repeat} runs per page, charset decoding included)", file=out)
    if theirs:
        their_wall = sum(theirs[p["source"]]["seconds"] for p in pages)
        their_cpu = sum(theirs[p["source"]]["cpu_seconds"] for p in pages)
        print(f"readability-lxml: {n / their_cpu:.1f} pages/s CPU ({their_cpu:.3f} s), "
              f"{n / their_wall:.1f} pages/s wall (summary() and short_title(), parsing included)", file=out)
        print(f"speed-up: {their_cpu / our_cpu:.1f}x CPU, {their_wall / our_wall:.1f}x wall", file=out)
    if js:
        js_cpu = sum(js[p["source"]]["cpu_seconds"] for p in pages)
        print(f"Readability.js (jsdom): {n / js_cpu:.1f} pages/s CPU ({js_cpu:.3f} s)", file=out)

    if args.details:
        with open(args.details, "w", encoding="utf-8") as f:
            for p in pages:
                got = ours[p["source"]]
                pr, rc = precision_recall(got.get("text") or "", p["text"])
                f.write(json.dumps({"name": p["name"], "set": p["set"], "precision": pr, "recall": rc,
                                    "title": got.get("title"), "want_title": p["title"],
                                    "published": got.get("published"), "want_published": p["published"],
                                    "byline": got.get("byline"), "want_byline": p["byline"],
                                    "error": got.get("error")}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
