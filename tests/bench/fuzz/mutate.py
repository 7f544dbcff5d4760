#!/usr/bin/env python3
"""Mutation run over the whole command line: the project's own pages and story
texts, broken in the ways outside input breaks, fed to `parallax-cli extract`,
`compare` (as files and as addresses on a local server that answers as a
hostile site would) and `story new` / `story add` / `story show` / `export`, each run under
a time limit, its exit status, its standard error and its output checked.

Usage: mutate.py [--cli PATH] [--seconds N] [--seed N] [--timeout S]
                 [--out DIR] [--big] [--only extract|compare|story|fetch]
                 [--fetch-timeout S]

Meant for a build with AddressSanitizer and UndefinedBehaviorSanitizer
(`meson setup build-asan -Db_sanitize=address,undefined -Db_lundef=false`);
any build works. A finding is written to DIR (build-asan/fuzz-findings by
default) as a folder holding the inputs, the command and what it printed, and
the run goes on. A finding is:

- a sanitizer report (AddressSanitizer, LeakSanitizer, "runtime error:"),
  a signal, or an exit status other than 0, 1 (an input refused) or, for
  `compare --keep-going`, 4 (an input left out);
- a GLib critical or warning on standard error (a `g_return_if_fail` met);
- a run over the time limit (a hang), or a peak resident size over
  MEMORY_MB plus 40 times the inputs' size (growth without bound);
- output that breaks the interface: JSON that does not parse, invalid UTF-8,
  a sentence or span outside its text, a sentence in no claim or two, a raw
  terminal control character in text output.

The mutations are the kinds hostile input has: byte flips, truncation,
splices of two files, tags nested thousands deep, a tag with 100,000
attributes, NUL bytes, overlong UTF-8 and encoded surrogates, figures such
as "1e999" and 400 digits, dates such as "31 February 99999", quotation
marks nested hundreds deep, terminal escapes and right-to-left overrides in
the site's name, character references past U+10FFFF, JSON-LD nested deep,
an unclosed comment or script, a page of nothing, and (--big) pages of 19 and
50 MB. The server answers with a content type that lies, a length that
lies, a gzip bomb, redirects without end or to file: and data: addresses,
silence, a byte a second, binary called HTML and broken chunks. Everything is generated here; nothing from the corpora.

It is not a timed test: run it for as long as can be afforded, and read
docs/benchmarks.md for the runs so far.
"""
import argparse
import gzip
import http.server
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
MEMORY_MB = 1500
SUPPRESSIONS = os.path.join(ROOT, "tests", "lsan.supp")
EXIT_OK = {0, 1}
EXIT_COMPARE_OK = {0, 1, 4}   # 4: --keep-going left an input out


def seeds():
    """The project's pages and texts: fixtures, the demo, development stories
    (never the held-out ones, which are only scored)."""
    dirs = [os.path.join(ROOT, "tests", "fixtures"),
            os.path.join(ROOT, "resources", "demo"),
            os.path.join(ROOT, "tests", "bench", "alignment", "stories")]
    pages, texts = [], []
    for d in dirs:
        for base, _, files in os.walk(d):
            for f in sorted(files):
                path = os.path.join(base, f)
                if f.endswith((".html", ".htm", ".xhtml", ".svg")):
                    pages.append(path)
                elif f.endswith(".txt"):
                    texts.append(path)
    pages.sort()
    texts.sort()
    return pages, texts


# --- mutations: each takes (rng, data: bytes, other: bytes) and returns bytes

def m_flip(rng, d, o):
    if not d:
        return bytes([rng.randrange(256)])
    b = bytearray(d)
    for _ in range(rng.randint(1, 64)):
        i = rng.randrange(len(b))
        b[i] ^= 1 << rng.randrange(8)
    return bytes(b)


def m_bytes(rng, d, o):
    b = bytearray(d)
    for _ in range(rng.randint(1, 32)):
        i = rng.randrange(len(b) + 1)
        b[i:i] = bytes([rng.choice((0, 0x1b, 0x7f, 0x80, 0xa0, 0xbf, 0xc0, 0xc1, 0xed, 0xf5,
                                    0xfe, 0xff, ord("<"), ord("&"), ord('"'), ord("\n")))])
    return bytes(b)


def m_truncate(rng, d, o):
    return d[:rng.randrange(len(d) + 1)]


def m_splice(rng, d, o):
    i = rng.randrange(len(d) + 1)
    j = rng.randrange(len(o) + 1)
    return d[:i] + o[j:]


def m_insert_other(rng, d, o):
    i = rng.randrange(len(d) + 1)
    j = rng.randrange(len(o) + 1)
    k = rng.randrange(j, len(o) + 1)
    return d[:i] + o[j:k] + d[i:]


def m_repeat(rng, d, o):
    if not d:
        return d
    i = rng.randrange(len(d))
    j = min(len(d), i + rng.randint(1, 400))
    return d[:i] + d[i:j] * rng.randint(2, 3000) + d[j:]


def at_random_point(rng, d, piece):
    i = rng.randrange(len(d) + 1)
    return d[:i] + piece + d[i:]


def in_body(rng, d, piece):
    """After an opening <p> or <body> if there is one, else anywhere."""
    points = [m.end() for m in re.finditer(rb"<(p|body|article|div)\b[^>]*>", d)]
    if points:
        i = rng.choice(points)
        return d[:i] + piece + d[i:]
    return at_random_point(rng, d, piece)


def m_deep_tags(rng, d, o):
    tag = rng.choice([b"div", b"span", b"b", b"p", b"li", b"table", b"blockquote", b"a", b"svg",
                      b"font", b"ul", b"section", b"q", b"td", b"x-y"])
    n = rng.choice([300, 3000, 30000, 100000])
    close = rng.random() < 0.5
    piece = (b"<" + tag + b">") * n + b"Officials said 12 people were hurt." + \
        ((b"</" + tag + b">") * n if close else b"")
    return in_body(rng, d, piece)


def m_attributes(rng, d, o):
    n = rng.choice([1000, 20000, 100000])
    same = rng.random() < 0.3
    attrs = b"".join(b' a%d="%d"' % (0 if same else i, i) for i in range(n))
    tag = rng.choice([b"p", b"div", b"meta", b"a", b"time", b"img", b"article"])
    piece = b"<" + tag + attrs + b">The minister said 91 drones were launched.</" + tag + b">"
    return in_body(rng, d, piece)


def m_many_tags(rng, d, o):
    n = rng.choice([10000, 100000])
    piece = rng.choice([b"<br>", b"<p>", b"<i></i>", b"<a href=/x>x</a>", b"<meta name=x content=y>",
                        b"<time datetime=2025-12-29>", b"<script type=application/ld+json>{}</script>"])
    return in_body(rng, d, piece * n)


def m_nul(rng, d, o):
    b = bytearray(d)
    for _ in range(rng.randint(1, 50)):
        b[rng.randrange(len(b) + 1):0] = b"\0"
    return bytes(b)


BAD_UTF8 = [b"\xc0\xaf", b"\xe0\x80\xaf", b"\xf0\x80\x80\xaf", b"\xf8\x88\x80\x80\x80",
            b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xed\xa0\xbd\xed\xb8\x80", b"\xf4\x90\x80\x80",
            b"\x80", b"\xbf\xbf", b"\xc2", b"\xe2\x80", b"\xef\xbf\xbe", b"\xef\xbb\xbf",
            b"\xfe\xff", b"\xff\xfe\x00\x00", b"\xc3\x28"]


def m_bad_utf8(rng, d, o):
    for _ in range(rng.randint(1, 40)):
        d = at_random_point(rng, d, rng.choice(BAD_UTF8))
    return d


FIGURES = [b"1e999", b"-1e999", b"1e-999", b"9" * 400, b"0." + b"0" * 300 + b"1",
           b"18446744073709551616", b"2147483648", b"-2147483649", b"4294967296 drones",
           b"1,000,000,000,000,000,000,000 people", b"NaN", b"inf", b"1e308 km", b"99999999999%",
           b"$1e999bn", b"9223372036854775808 pounds", b"12.5.6.7 points", b"1/0", b"0/0 of them",
           b"1" + b",000" * 200, b"\xd9\xa1\xd9\xa2\xd9\xa3 drones", b"\xef\xbc\x91\xef\xbc\x92 hurt"]
DATES = [b"31 February 99999", b"February 31, 99999", b"99999-02-31T25:61:61Z", b"0000-00-00",
         b"-0001-01-01T00:00:00Z", b"29 February 2100", b"2025-12-29T10:00:00+99:99",
         b"Monday, 32 Decembre 2025, 24:60", b"1e999 BC", b"9999999999999999999-01-01",
         b"March 2147483648", b"12:00 99999 GMT", b"year 0", b"31/02/99999 33:33",
         b"Tuesday night Monday morning Friday", b"29 \xd0\xb4\xd0\xb5\xd0\xba\xd0\xb0\xd0\xb1\xd1\x80\xd1\x8f 99999"]


def m_numbers(rng, d, o):
    for _ in range(rng.randint(1, 30)):
        piece = rng.choice(FIGURES + DATES)
        digits = list(re.finditer(rb"\d+(?:[.,]\d+)*", d))
        if digits and rng.random() < 0.7:
            m = rng.choice(digits)
            d = d[:m.start()] + piece + d[m.end():]
        else:
            d = at_random_point(rng, d, b" " + piece + b" ")
    return d


def m_dates_in_markup(rng, d, o):
    date = rng.choice(DATES)
    piece = rng.choice([
        b'<meta property="article:published_time" content="%s">' % date,
        b'<meta property="article:modified_time" content="%s">' % date,
        b'<time datetime="%s">%s</time>' % (date, date),
        b'<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"%s",'
        b'"dateModified":"%s","headline":"x"}</script>' % (date, date),
        b'<p class="dateline">Updated %s</p>' % date])
    return in_body(rng, d, piece) if rng.random() < 0.5 else at_random_point(rng, d, piece)


QUOTES = ["\u201c", "\u201d", "\u2018", "\u2019", "\"", "'", "\u00ab", "\u00bb", "\u2039", "\u203a",
          "\u201e", "\u300c", "\u300d"]


def m_quotes(rng, d, o):
    n = rng.choice([50, 500, 5000])
    opens = "".join(rng.choice(QUOTES) + "He said " for _ in range(n))
    closes = "".join(rng.choice(QUOTES) for _ in range(rng.randrange(n + 1)))
    piece = (" Lavrov said " + opens + "the talks are over." + closes + " ").encode()
    return in_body(rng, d, piece)


HOSTILE_NAMES = ["\x1b[2J\x1b[31mBBC\x1b[0m", "\u202eCBB\u202c News", "Reu\u200bters\u2066\u2067",
                 "\x1b]0;owned\x07The Hill", "RT\r\nX-Injected: 1", "\x00Reuters", "\ufeffBBC\u2028News",
                 "\u202a\u202b\u202d\u202e" * 200, "A" * 100000, "\x07\x08\x0b\x0c\x7f\u0085\u009b31m"]


def m_site_name(rng, d, o):
    name = rng.choice(HOSTILE_NAMES).encode("utf-8", "surrogatepass")
    piece = rng.choice([
        b'<meta property="og:site_name" content="%s">' % name,
        b'<title>%s | %s</title>' % (name, name),
        b'<meta name="author" content="%s">' % name,
        b'<script type="application/ld+json">{"publisher":{"name":"%s"},"author":{"name":"%s"},'
        b'"headline":"%s"}</script>' % (name, name, name),
        b'<link rel="canonical" href="https://%s/a">' % name,
        b'<h1>%s</h1>' % name,
        b'<p class="byline">By %s</p>' % name])
    if re.search(rb"<head[^>]*>", d) and rng.random() < 0.7:
        m = re.search(rb"<head[^>]*>", d)
        return d[:m.end()] + piece + d[m.end():]
    return at_random_point(rng, d, piece)


def m_references(rng, d, o):
    refs = [b"&#x110000;", b"&#0;", b"&#xD800;", b"&#xDFFF;", b"&#99999999999999999999;",
            b"&#x" + b"f" * 100 + b";", b"&#1114111;", b"&#x1b;[31m", b"&#x202e;", b"&#;", b"&#x;",
            b"&amp" * 100, b"&nbsp;" * 1000, b"&#65279;"]
    for _ in range(rng.randint(1, 30)):
        d = at_random_point(rng, d, rng.choice(refs))
    return d


def m_jsonld(rng, d, o):
    n = rng.choice([100, 1000, 10000, 100000])
    kind = rng.randrange(4)
    if kind == 0:
        body = b"[" * n + b"]" * n
    elif kind == 1:
        body = b'{"a":' * n + b"1" + b"}" * n
    elif kind == 2:
        body = b'{"@graph":[' + b",".join(b'{"@type":"NewsArticle","articleBody":"x %d"}' % i
                                         for i in range(min(n, 20000))) + b"]}"
    else:
        body = b'{"@type":"NewsArticle","articleBody":"' + b"\\u0000\\ud800\\udfff\\\\" * n + b'"}'
    piece = b'<script type="application/ld+json">' + body + b"</script>"
    return at_random_point(rng, d, piece)


def m_unclosed(rng, d, o):
    piece = rng.choice([b"<!--", b"<script>", b"<style>", b"<![CDATA[", b"<textarea>", b"<title>",
                        b"<noscript>", b"<iframe srcdoc=\"", b"<a href='", b"<?xml ", b"<!DOCTYPE x [",
                        b"<plaintext>", b"<svg><![CDATA[", b"</", b"<"])
    return at_random_point(rng, d, piece)


def m_charset_lie(rng, d, o):
    cs = rng.choice([b"utf-16", b"utf-16be", b"utf-32", b"utf-7", b"iso-2022-jp", b"ebcdic-us",
                     b"x-no-such-thing", b"utf[8", b"windows-1251", b"gb18030", b"shift_jis",
                     b"" , b"\xff\xfe", b"a" * 5000])
    piece = b'<meta charset="' + cs + b'">'
    if rng.random() < 0.3:
        return rng.choice([b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\x00\x00\xfe\xff"]) + d
    return piece + d


def m_binary(rng, d, o):
    n = rng.choice([0, 1, 7, 4096, 100000])
    blob = bytes(rng.randrange(256) for _ in range(min(n, 4096)))
    blob = (blob * (n // max(1, len(blob)) + 1))[:n]
    return blob if rng.random() < 0.5 else at_random_point(rng, d, blob)


def m_long_lines(rng, d, o):
    n = rng.choice([100000, 1000000])
    piece = rng.choice([b"word ", b"a", b"-", b".", b" ", b"\n", b"\r", b"\t", b"\xc2\xa0",
                        b"\xe2\x80\x8b", b"Mr. ", b"12 ", b"\xe2\x80\x9c"])
    return in_body(rng, d, piece * (n // len(piece)))


# the rules landed since robust33: captions by a picture box's shape (is_caption_box()), the
# calendar's month and weekday forms in four languages (px-calendar.c), and the cues that make a
# clause someone's claim or carry a quotation on to the next paragraph (px-cues.c)
CALENDAR = ["29 \u0434\u0435\u043a\u0430\u0431\u0440\u044f", "15 \u043b\u044e\u0442\u043e\u0433\u043e",
            "Dez.", "\u0434\u0435\u043a.", "\u0433\u0440\u0443\u0434.", "Sept", "Tues", "Weds", "Thurs",
            "M\u00e4rz", "Maerz", "J\u00e4nner", "\u043f\u02bc\u044f\u0442\u043d\u0438\u0446\u044f",
            "Sonnabend", "Decem", "Marcus", "Mayor", "Sunset", "\u0434\u0435\u043a\u0430\u0431\u0440",
            "\u0432\u043e\u0441\u043a\u0440\u0435\u0441\u0435\u043d\u044c\u0435" * 40]


def m_calendar(rng, d, o):
    for _ in range(rng.randint(1, 40)):
        word = rng.choice(CALENDAR).encode()
        if rng.random() < 0.3:
            # a month's name cut inside a character
            word = word[:rng.randrange(1, len(word) + 1)]
        piece = rng.choice([b"%s", b"%s 2025", b"29 %s 99999", b"Updated %s 1:39 am",
                            b"PUBLISHED: 00:01, %s | UPDATED: 25:61, %s 2147483648",
                            b'<time datetime="%s">%s</time>', b"%s, %s, %s", b"By Ana Silva, %s 29"])
        d = at_random_point(rng, d, b" " + piece.replace(b"%s", word) + b" ")
    return d


def m_picture_boxes(rng, d, o):
    n = rng.choice([1, 50, 2000, 20000])
    caption = b"The minister arrives at the talks in Geneva. Photo: Ana Silva/Getty"
    box = rng.choice([
        b"<div><img src=x.jpg><div>%s</div></div>",
        b"<figure><img src=x.jpg><figcaption>%s</figcaption></figure>",
        b"<div class=media><picture><img></picture><span>%s</span></div>",
        b"<div><img><div><img><div>%s</div></div></div>",
        b"<div><img><p>%s</p></div>"]) % caption
    if rng.random() < 0.3:
        # nested rather than side by side
        piece = box.split(caption)[0] * min(n, 5000) + caption + box.split(caption)[1] * min(n, 5000)
    else:
        piece = box * n
    return in_body(rng, d, piece)


CUE_PIECES = ["Russia claimed, without evidence, that ", "stations claim that ", "allegations that ",
              "accusations that ", "he said ", "she said ", "possibly ", "reportedly ", "denied that ",
              "\u201cThe talks are over,\u201d ", "\u201cWe will answer. ", "\n\n\u201cAnd we will not stop.\u201d ",
              "according to sources who said that officials claimed that "]


def m_cues(rng, d, o):
    n = rng.choice([10, 200, 5000])
    piece = "".join(rng.choice(CUE_PIECES) for _ in range(n)) + "91 drones were launched."
    return in_body(rng, d, piece.encode())


MUTATIONS = [m_flip, m_bytes, m_truncate, m_splice, m_insert_other, m_repeat, m_deep_tags,
             m_attributes, m_many_tags, m_nul, m_bad_utf8, m_numbers, m_dates_in_markup, m_quotes,
             m_site_name, m_references, m_jsonld, m_unclosed, m_charset_lie, m_binary, m_long_lines,
             m_calendar, m_picture_boxes, m_cues]
TEXT_MUTATIONS = [m_flip, m_bytes, m_truncate, m_splice, m_insert_other, m_repeat, m_nul, m_bad_utf8,
                  m_numbers, m_quotes, m_binary, m_long_lines, m_calendar, m_cues]


ONLY_MUTATIONS = None   # --mutations: a few by name, to dwell on new rules


def mutate(rng, data, other, text):
    pool = TEXT_MUTATIONS if text else MUTATIONS
    if ONLY_MUTATIONS:
        pool = [m for m in pool if m.__name__ in ONLY_MUTATIONS] or pool
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        data = rng.choice(pool)(rng, data, other)
    return data


def big_page(rng):
    """A page of paragraphs, links or attributes: 50 MB (refused at the
    20 MiB limit) or just under the limit (read whole)."""
    size = rng.choice([50 * 1000 * 1000, 19 * 1024 * 1024])
    kind = rng.randrange(3)
    if kind == 0:
        para = b"<p>Officials said 91 drones were launched at the residence on Monday night.</p>\n"
        return b"<html><body><article>" + para * (size // len(para)) + b"</article>"
    if kind == 1:
        return b"<html><body>" + b"<a href='/x'>more</a> " * (size // 22)
    return b"<html><body><p " + b"x=1 " * (size // 4) + b">text</p>"


# --- a server on 127.0.0.1 that answers the way hostile or broken sites do

class HostileHandler(http.server.BaseHTTPRequestHandler):
    """GET /KIND/N answers case N's page (set by the run) in the manner KIND:
    page (a random content type, maybe gzipped), lie (a length longer or
    shorter than the body), bomb (a gzip body of a gigabyte of spaces),
    redirect (to itself, to /redirect/N+1 forever, to a file: or data:
    address), hang (accept, say nothing), drip (a byte a second),
    binary (an image or random bytes called text/html), chunked (broken
    chunks)."""
    protocol_version = "HTTP/1.1"
    pages = {}
    bomb = None

    def log_message(self, *args):
        pass

    def send(self, status, headers, body):
        self.send_response_only(status)
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        parts = self.path.strip("/").split("/")
        kind, key = parts[0], parts[1] if len(parts) > 1 else "0"
        rng = random.Random(self.path)
        body = self.pages.get(key, b"<p>gone</p>")
        try:
            if kind == "page":
                ctype = rng.choice(["text/html", "text/html; charset=utf-8", "text/plain",
                                    "text/html; charset=utf-16", "application/octet-stream",
                                    "image/png", "application/xhtml+xml", "text/html; charset=\x1b[31m",
                                    "", "application/json", "text/html; charset=x-no-such"])
                headers = [("Content-Type", ctype)] if ctype else []
                if rng.random() < 0.3:
                    body = gzip.compress(body)
                    headers.append(("Content-Encoding", rng.choice(["gzip", "gzip", "deflate", "br"])))
                headers.append(("Content-Length", str(len(body))))
                self.send(rng.choice([200, 200, 200, 203, 206, 404, 500, 418]), headers, body)
            elif kind == "lie":
                n = max(0, len(body) + rng.choice([-100, -1, 1, 100000, 2 ** 40]))
                self.send(200, [("Content-Type", "text/html"), ("Content-Length", str(n))], body)
                self.close_connection = True
            elif kind == "bomb":
                if HostileHandler.bomb is None:
                    z = zlib.compressobj(9, zlib.DEFLATED, 31)
                    chunk = b" " * (1 << 20)
                    HostileHandler.bomb = b"".join(z.compress(chunk) for _ in range(1024)) + z.flush()
                self.send(200, [("Content-Type", "text/html"), ("Content-Encoding", "gzip"),
                                ("Content-Length", str(len(HostileHandler.bomb)))], HostileHandler.bomb)
            elif kind == "redirect":
                n = int(parts[2]) if len(parts) > 2 else 0
                to = rng.choice(["/redirect/%s/%d" % (key, n + 1), self.path, "file:///etc/passwd",
                                 "data:text/html,<p>x</p>", "javascript:alert(1)", "//127.0.0.1:1/",
                                 "/redirect/%s/%d" % (key, n + 1)])
                self.send(rng.choice([301, 302, 303, 307, 308]), [("Location", to), ("Content-Length", "0")], b"")
            elif kind == "hang":
                time.sleep(120)
            elif kind == "drip":
                self.send_response_only(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for b in body[:200]:
                    self.wfile.write(bytes([b]))
                    self.wfile.flush()
                    time.sleep(1)
            elif kind == "binary":
                blob = bytes(rng.randrange(256) for _ in range(rng.choice([0, 10, 50000])))
                if rng.random() < 0.5:
                    blob = b"\x89PNG\r\n\x1a\n" + blob
                self.send(200, [("Content-Type", "text/html"), ("Content-Length", str(len(blob)))], blob)
            elif kind == "chunked":
                self.send_response_only(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                self.wfile.write(b"%x\r\n" % (len(body) + rng.choice([0, 5, -5, 1 << 40])) + body + b"\r\n")
                if rng.random() < 0.5:
                    self.wfile.write(b"0\r\n\r\n")
                self.close_connection = True
        except (BrokenPipeError, ConnectionResetError):
            pass


FETCH_KINDS = ["page", "page", "page", "lie", "bomb", "redirect", "hang", "drip", "binary", "chunked"]


def start_server():
    class Server(http.server.ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request, client_address):
            pass   # the command line hanging up on a hostile answer is expected
    srv = Server(("127.0.0.1", 0), HostileHandler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


# --- checks

def valid_utf8(b):
    try:
        b.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]")


def check_extract_json(out):
    for line in out.decode("utf-8").splitlines():
        obj = json.loads(line)
        if "error" in obj:
            continue
        for key in ("outlet", "title", "byline", "published", "url", "text"):
            if key in obj and obj[key] is not None and not isinstance(obj[key], str):
                return "extract: %s is not a string" % key
    return None


def check_compare_json(out):
    obj = json.loads(out.decode("utf-8"))
    sources = obj["sources"]
    seen = {}
    for si, s in enumerate(sources):
        n = len(s["text"])
        for k, sent in enumerate(s["sentences"]):
            if not 0 <= sent["start"] <= sent["end"] <= n:
                return "compare: sentence %d of source %d outside its text" % (k, si)
            seen[(si, k)] = 0
    for c in obj["claims"]:
        for m in c["members"]:
            key = (m["source"], m["sentence"])
            if key not in seen:
                return "compare: claim member %r is no sentence" % (key,)
            seen[key] += 1
        for diff in c.get("differences", []):
            for sp in diff.get("spans", []):
                src = sources[sp["source"]]
                sent = src["sentences"][sp["sentence"]]
                if not 0 <= sp["start"] <= sp["end"] <= sent["end"] - sent["start"]:
                    return "compare: span outside its sentence"
    bad = [k for k, v in seen.items() if v != 1]
    if bad:
        return "compare: sentence %r in %d claims" % (bad[0], seen[bad[0]])
    return None


def check_text(out):
    text = out.decode("utf-8")
    if text.endswith("\r\n"):
        text = text.replace("\r\n", "\n")   # CSV's own line ends (RFC 4180)
    m = CONTROL.search(text)
    if m:
        return "raw control character U+%04X in text output" % ord(m.group())
    return None


SANITIZER = re.compile(rb"ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:|"
                       rb"-CRITICAL \*\*|-WARNING \*\*|\*\* CRITICAL|\*\* WARNING|"
                       rb"SUMMARY: (Address|Leak|UndefinedBehavior)Sanitizer")


def run(cmd, timeout, env, stdin=None):
    """Runs cmd; returns (status, stdout, stderr, seconds, peak KiB or None).
    status is None on a time-out."""
    start = time.monotonic()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen(cmd, stdout=out, stderr=err, env=env,
                             stdin=subprocess.DEVNULL if stdin is None else stdin,
                             start_new_session=True)
        status, rss = None, None
        deadline = start + timeout
        while True:
            pid, st, ru = os.wait4(p.pid, os.WNOHANG)
            if pid:
                status = os.waitstatus_to_exitcode(st)
                rss = ru.ru_maxrss
                break
            if time.monotonic() > deadline:
                os.killpg(p.pid, signal.SIGKILL)
                os.wait4(p.pid, 0)
                break
            time.sleep(0.02)
        out.seek(0)
        err.seek(0)
        return status, out.read(), err.read(), time.monotonic() - start, rss


class Finder:
    def __init__(self, args):
        self.args = args
        self.found = 0
        self.runs = 0
        self.by_kind = {}
        self.suppressed = 0
        os.makedirs(args.out, exist_ok=True)
        self.env = dict(os.environ)
        lsan = "suppressions=%s:print_suppressions=0" % SUPPRESSIONS if os.path.exists(SUPPRESSIONS) else ""
        self.env.setdefault("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=0:halt_on_error=1")
        self.env.setdefault("LSAN_OPTIONS", lsan)
        self.env.setdefault("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=0")
        self.env["G_DEBUG"] = ""
        self.env["LC_ALL"] = "C.UTF-8"
        self.env.pop("http_proxy", None)

    def only_a_suppressed_leak(self, cmd, err):
        """A leak report alone is run again with the slow unwinder, whose
        whole stacks the suppressions (tests/lsan.supp) can match: the fast
        one stops at the first library built without frame pointers."""
        if re.search(rb"ERROR: AddressSanitizer|runtime error:|CRITICAL|WARNING", err):
            return False
        env = dict(self.env)
        env["ASAN_OPTIONS"] = env.get("ASAN_OPTIONS", "") + ":fast_unwind_on_malloc=0"
        st, out, again, secs, rss = run(cmd, self.args.timeout * 4, env)
        return st is not None and not SANITIZER.search(again)

    def finding(self, kind, files, cmd, status, out, err, note):
        self.found += 1
        self.by_kind[kind] = self.by_kind.get(kind, 0) + 1
        d = os.path.join(self.args.out, "%04d-%s" % (self.found, kind))
        os.makedirs(d, exist_ok=True)
        for i, f in enumerate(files):
            shutil.copy(f, os.path.join(d, "input-%d%s" % (i, os.path.splitext(f)[1])))
        with open(os.path.join(d, "report.txt"), "w") as r:
            r.write("kind: %s\nnote: %s\nstatus: %s\ncommand: %s\n\n--- stderr\n" %
                    (kind, note, status, " ".join(cmd)))
            r.write(err[-20000:].decode("utf-8", "replace"))
            r.write("\n--- stdout (start)\n")
            r.write(out[:4000].decode("utf-8", "replace"))
        print("FOUND %s: %s (%s)" % (kind, note, d), flush=True)

    def judge(self, cmd, files, status, out, err, secs, rss, size, ok, check):
        self.runs += 1
        if status is None:
            self.finding("hang", files, cmd, status, out, err, "over %d s" % self.args.timeout)
            return False
        if SANITIZER.search(err) and self.only_a_suppressed_leak(cmd, err):
            self.suppressed += 1
            err = b""
        if SANITIZER.search(err):
            m = SANITIZER.search(err)
            self.finding("sanitizer", files, cmd, status, out, err, m.group().decode())
            return False
        if status not in ok:
            self.finding("status", files, cmd, status, out, err, "exit status %s" % status)
            return False
        if rss is not None and rss > (MEMORY_MB * 1024 + 40 * size // 1024):
            self.finding("memory", files, cmd, status, out, err,
                         "peak %d MiB for %d KiB of input" % (rss // 1024, size // 1024))
        if status in (0, 4) and check is not None:
            if not valid_utf8(out):
                self.finding("output", files, cmd, status, out, err, "invalid UTF-8 on stdout")
                return False
            try:
                note = check(out)
            except (ValueError, KeyError, IndexError, TypeError) as e:
                note = "output does not parse: %s" % e
            if note:
                self.finding("output", files, cmd, status, out, err, note)
                return False
        return True


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cli", default=os.path.join(ROOT, "build-asan", "app", "cli", "parallax-cli"))
    ap.add_argument("--seconds", type=float, default=600)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--timeout", type=int, default=120, help="seconds a run may take")
    ap.add_argument("--out", default=None)
    ap.add_argument("--big", action="store_true", help="also pages of 50 MB, now and then")
    ap.add_argument("--only", choices=("extract", "compare", "story", "fetch"))
    ap.add_argument("--mutations", help="only these, by name, comma-separated (m_calendar,m_cues)")
    ap.add_argument("--fetch-timeout", type=int, default=10,
                    help="PARALLAX_FETCH_TIMEOUT for the fetches (seconds)")
    args = ap.parse_args()
    global ONLY_MUTATIONS
    ONLY_MUTATIONS = set(args.mutations.split(",")) if args.mutations else None
    if args.out is None:
        args.out = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(args.cli))),
                                "fuzz-findings")
    if not os.access(args.cli, os.X_OK):
        sys.exit("mutate.py: no command line at %s (build it first)" % args.cli)
    pages, texts = seeds()
    rng = random.Random(args.seed)
    finder = Finder(args)
    cache = {}

    def read(path):
        if path not in cache:
            with open(path, "rb") as f:
                cache[path] = f.read()
        return cache[path]

    tmp = tempfile.mkdtemp(prefix="px-mutate-")
    stop = time.monotonic() + args.seconds
    counts = {"extract": 0, "compare": 0, "story": 0, "fetch": 0}
    server = start_server()
    base = "http://127.0.0.1:%d" % server.server_address[1]
    finder.env["PARALLAX_FETCH_TIMEOUT"] = str(args.fetch_timeout)
    inputs = 0
    print("mutate.py: seed %d, %d pages and %d texts, %s, %.0f s" %
          (args.seed, len(pages), len(texts), args.cli, args.seconds), flush=True)
    try:
        n = 0
        while time.monotonic() < stop:
            n += 1
            what = args.only or rng.choice(["extract", "extract", "compare", "compare", "story", "fetch"])
            count = 1 if what == "extract" else rng.randint(2, 4)
            files, size = [], 0
            for i in range(count):
                use_text = texts and rng.random() < 0.25
                src = rng.choice(texts if use_text else pages)
                other = read(rng.choice(pages + texts))
                if args.big and rng.random() < 0.02:
                    data = big_page(rng)
                elif i > 0 and rng.random() < 0.4:
                    data = read(src)   # an untouched column beside the broken one
                else:
                    data = mutate(rng, read(src), other, use_text)
                ext = rng.choice([".txt", ".html"]) if rng.random() < 0.05 else os.path.splitext(src)[1]
                path = os.path.join(tmp, "%d-%d%s" % (n, i, ext))
                with open(path, "wb") as f:
                    f.write(data)
                files.append(path)
                size += len(data)
            inputs += len(files)
            counts[what] += 1
            if what == "fetch":
                # the files are served; a broken column beside good ones
                HostileHandler.pages = {"%d-%d" % (n, i): open(f, "rb").read() for i, f in enumerate(files)}
                urls = ["%s/%s/%d-%d" % (base, rng.choice(FETCH_KINDS), n, i) for i in range(len(files))]
                sub = rng.choice(["extract", "compare"])
                cmd = [args.cli, sub, "--format", "json"] + (["--keep-going"] if sub == "compare" else []) + urls
                st, out, err, secs, rss = run(cmd, args.timeout, finder.env)
                finder.judge(cmd, files, st, out, err, secs, rss, size,
                             EXIT_OK if sub == "extract" else EXIT_COMPARE_OK,
                             check_extract_json if sub == "extract" else check_compare_json)
            elif what == "extract":
                fmt = rng.choice(["json", "text"])
                cmd = [args.cli, "extract", "--format", fmt] + files
                st, out, err, secs, rss = run(cmd, args.timeout, finder.env)
                finder.judge(cmd, files, st, out, err, secs, rss, size, EXIT_OK,
                             check_extract_json if fmt == "json" else check_text)
            elif what == "compare":
                fmt = rng.choice(["json", "json", "text", "markdown"])
                cmd = [args.cli, "compare", "--format", fmt, "--keep-going"] + files
                st, out, err, secs, rss = run(cmd, args.timeout, finder.env)
                finder.judge(cmd, files, st, out, err, secs, rss, size, EXIT_COMPARE_OK,
                             check_compare_json if fmt == "json" else check_text)
            else:
                db = os.path.join(tmp, "%d.db" % n)
                cmd = [args.cli, "story", "new", "--db", db, "Mutated story"]
                st, out, err, secs, rss = run(cmd, args.timeout, finder.env)
                if not finder.judge(cmd, files, st, out, err, secs, rss, size, {0}, None):
                    continue
                story = out.decode().strip().split()[-1] if out.strip() else "1"
                cmd = [args.cli, "story", "add", "--db", db, story] + files
                st, out, err, secs, rss = run(cmd, args.timeout, finder.env)
                finder.judge(cmd, files, st, out, err, secs, rss, size, EXIT_OK, None)
                for tail in (["story", "show", "--db", db, "--format", "json", story],
                             ["story", "show", "--db", db, "--format", "text", story],
                             ["export", "--db", db, "--story", story, "--format",
                              rng.choice(["markdown", "html", "w3c", "claimreview", "csv"])]):
                    cmd = [args.cli] + tail
                    st, out, err, secs, rss = run(cmd, args.timeout, finder.env)
                    finder.judge(cmd, files, st, out, err, secs, rss, size, EXIT_OK,
                                 check_text if "show" not in tail or "text" in tail else None)
                for suffix in ("", "-wal", "-shm", ".backup"):
                    if os.path.exists(db + suffix):
                        os.remove(db + suffix)
            for f in files:
                os.remove(f)
            if n % 25 == 0:
                print("  %d cases, %d inputs, %d runs, %d findings" % (n, inputs, finder.runs, finder.found),
                      flush=True)
    finally:
        server.shutdown()
        shutil.rmtree(tmp, ignore_errors=True)
    print("mutate.py: seed %d: %d cases (extract %d, compare %d, story %d, fetch %d), %d inputs, "
          "%d runs, %d findings %s, %d leak reports suppressed" %
          (args.seed, sum(counts.values()), counts["extract"], counts["compare"], counts["story"],
           counts["fetch"], inputs, finder.runs, finder.found, json.dumps(finder.by_kind),
           finder.suppressed), flush=True)
    return 1 if finder.found else 0


if __name__ == "__main__":
    sys.exit(main())
