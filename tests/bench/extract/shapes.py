#!/usr/bin/python3
"""How the choice of the article holds up on page shapes the corpora lack.

Builds pages in a folder of /tmp (never in the project; removed at the end
unless --keep) from the article texts of the
ECB+ development topics in ../shared (topics whose number is not divisible
by 3; the held-out topics are never read), each text set into one of
these shapes around it:

  plain             the text in an <article>, a menu and a "Most read" box
  split-ads         the body in three blocks with ad slots between
  br                paragraphs set apart by <br><br> in one <div>
  comments          a thread of readers' comments (other texts) after it
  table             an old layout table with link columns beside it
  related           a box of other stories under linked headings after it
  lead-box          the lead in a box of its own above a picture and the body
  subheads-list     subheadings every three paragraphs, a list item in it
  divs              a blog post of <div> paragraphs, a sidebar of archives
  short             a story of two paragraphs, a column of other headlines
  short-related     three paragraphs, a "More from" box of headline links
                    and summaries (other texts)
  short-comments    three paragraphs, a longer comment thread
  short-sidebar     two paragraphs, a column of other stories' paragraphs
                    each ending in a "more" link
  short-lead        a lead box over a body of two paragraphs
  sections          <section>s with <h2> chapters
  next-article      the next story loaded under it, <article> and <h1>
  two-columns       a column of picture cards beside it
  captions-unnamed  pictures between the paragraphs, each caption in a box
                    of its own, under class names that say nothing
  floated-pictures  <div> paragraphs, two opening with a floated picture
  span-paras-pictured  paragraphs in <div><span>, two with a picture first
  captions-alt      pictures between the paragraphs, each caption in a <p>
                    of a box of its own after a credit, repeating the
                    picture's alt text
  captions-alt-short  the same under a story of two paragraphs
  alt-headline-lead the lead paragraph in a box with a picture whose alt
                    text is the headline

and scores each shape by word-bag precision and recall against the text
set in (headings the shape adds count against precision). "plain" also
lists the text's own paragraphs Parallax drops (--lines): a rule that
throws away a real report's sentence shows there.

With --dev it reads no ECB+ text: it rewrites the development pages of
L3S-GN1 (folders not starting c, d, e or f; the held-out ones are never
read) the ways other sites write theirs, each kind alone or with others,
through lxml's parse (the page decoded by its declared character set and
written back as UTF-8), and scores each rewritten page against its key with
score.py's shingle metric. The story's element is the deepest holding 85%
of the key's words as the page has them; the kinds:

  roundtrip         the parse and serialisation alone (what the others are
                    measured against: one page, 599fc2eb, is lost by it,
                    a script whose address runs into the page)
  unnamed           no class, id, role, microdata, data-* or aria-*
                    attribute, no name but a <meta>'s or a field's
  plain-tags        <article>, <main>, <section>, <aside>, <header>,
                    <footer> and <nav> made <div>s
  untitled          the <title> (og:title, twitter:title) the site's name
  divs              every <p> a <div>
  br                the story's <p>s runs of text between <br><br>
  boxed             each of the story's <p>s in a box of a class of its own
                    (<div class=b3e1><p>...</p></div>), an empty slot after
                    every fourth
  split             the story's blocks in three sibling boxes of classes of
                    their own, an empty slot between them (not done where
                    its blocks are rows, cells or items)
  table-cell        the story's blocks in a layout table's cell, a column
                    of links in the cell before it
  article-whole     one <article> around the whole <body>
  thread            readers' comments of twice the story's words (other
                    pages' paragraphs, in one of four shapes) after it
  thread-articles   the same, each comment an <article>, the page's own
                    <article>s and <main> made <div>s
  links             twenty other stories' headline links and leads after it
  short             the story cut after its third block (its key cut to the
                    lines left)
  short-thread, short-links, bare (unnamed, plain-tags and untitled),
  bare-short-thread, bare-split, bare-br, bare-boxed, bare-table: those
  together

Each kind is reported as F1 (P, R) over the pages, with the pages "lost"
(F1 under 0.5 where the roundtrip's is not) and "worse" (0.05 under the
roundtrip's); --pages lists every page a second BENCH gives otherwise.

Usage: shapes.py BENCH [BENCH2] [--lines] [--keep] [--only=SHAPE,...]   (BENCH: px-bench-extract; a
second one is scored beside the first, in the same run)
       shapes.py BENCH [BENCH2] --dev [--pages] [--keep] [--only=KIND,...] [--dump=FILE]
       (--dump appends each rewritten page's precision, recall, key and path, one JSON
       object a line, to FILE; with --keep the pages stay for a look)
"""
import collections
import glob
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

ECB = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                    "../../../../shared/corpus/ecbplus-dev/events"))
E = html.escape


def texts():
    docs = []
    for ev in sorted(os.listdir(ECB)):
        if int(ev.split("_")[0]) % 3 == 0:
            continue
        for f in sorted(glob.glob(os.path.join(ECB, ev, "*.txt"))):
            paras = [p.strip() for p in open(f, encoding="utf-8", errors="replace").read().split("\n\n") if p.strip()]
            body = [p for p in paras[1:] if len(p.split()) >= 8 and p[-1] in ".!?\"\u201d'" and p != paras[0]]
            if len(body) >= 5:
                docs.append((paras[0], body))
    return docs


def page(title, inner, extra=""):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + E(title) + ' | Example News</title></head><body>'
            '<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> '
            '<a href="/business">Business</a></nav></header><main>' + inner + '</main>' + extra
            + '<footer><p>\u00a9 2020 Example News. All rights reserved.</p><a href="/about">About us</a> '
            '<a href="/contact">Contact</a></footer></body></html>')


def P(ps):
    return "".join("<p>" + E(p) + "</p>" for p in ps)


def story(t, b, opener="", head="h1"):
    """The story in a <div class="story">: its headline, then @opener (markup
    the page leaves open, or nothing) and its paragraphs."""
    return '<div class="story"><' + head + '>' + E(t) + '</' + head + '>' + opener + P(b) + '</div>'


def shapes(docs):
    def other(i, n):
        return docs[(i * 7 + 3) % len(docs)][1][:n]

    def other_title(i):
        return docs[(i * 7 + 3) % len(docs)][0]

    s = {}
    s["plain"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1><div class="byline">By Jane Holm</div><div class="body">' + P(b) + '</div></article><aside><h2>Most read</h2><ul><li><a href="/1">Ferry timetable to change</a></li><li><a href="/2">New caf\u00e9 opens</a></li></ul></aside>'), lambda b: b)
    s["split-ads"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1><div class="story-part">' + P(b[:len(b) // 3]) + '</div><div class="ad-slot"><span>Advertisement</span></div><div class="story-part">' + P(b[len(b) // 3:2 * len(b) // 3]) + '</div><div class="ad-slot"><span>Advertisement</span></div><div class="story-part">' + P(b[2 * len(b) // 3:]) + '</div></article>'), lambda b: b)
    s["br"] = (lambda i, t, b: page(t, '<div id="content"><h1>' + E(t) + '</h1><div class="text">' + '<br><br>'.join(E(p) for p in b) + '</div></div>'), lambda b: b)
    s["comments"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1>' + P(b) + '</article><section class="comments"><h2>42 Comments</h2>' + "".join('<div class="comment"><div class="author">user' + str(k) + '</div><div class="date">2 hours ago</div><p>' + E(x) + '</p><a href="#">Reply</a></div>' for k, x in enumerate(other(i, 8))) + '</section>'), lambda b: b)
    s["table"] = (lambda i, t, b: page(t, '<table><tr><td class="left"><a href="/a">Local</a><br><a href="/b">National</a><br><a href="/c">Weather</a></td><td class="main"><font size="4"><b>' + E(t) + '</b></font><br>' + P(b) + '</td><td class="right"><b>Top stories</b><br><a href="/x">Council approves budget</a><br><a href="/y">Storm warning issued</a></td></tr></table>'), lambda b: b)
    s["related"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1>' + P(b) + '<div class="related"><h3>Related stories</h3>' + "".join('<div class="teaser"><h4><a href="/r' + str(k) + '">Story ' + str(k) + ' headline about the region</a></h4><p>' + E(x) + '</p></div>' for k, x in enumerate(other(i, 5))) + '</div></article>'), lambda b: b)
    s["lead-box"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1><div class="intro"><p>' + E(b[0]) + '</p></div><div class="figure"><img src="a.jpg"><span class="caption">A picture of the scene.</span></div><div class="article-body">' + P(b[1:]) + '</div></article>'), lambda b: b)
    s["subheads-list"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1>' + "".join(('<h2>Part ' + str(k // 3 + 1) + ' of the story</h2>' if k % 3 == 0 and k else '') + ('<ul><li>' + E(p) + '</li></ul>' if k == len(b) // 2 else '<p>' + E(p) + '</p>') for k, p in enumerate(b)) + '</article>'), lambda b: b)
    s["divs"] = (lambda i, t, b: page(t, '<div class="post"><h2 class="title">' + E(t) + '</h2><div class="entry">' + "".join('<div>' + E(p) + '</div>' for p in b) + '</div><div class="postmeta">Posted in News | <a href="#">3 Comments</a></div></div><div class="sidebar"><h3>Archives</h3><ul><li><a>March 2020</a></li><li><a>February 2020</a></li></ul></div>'), lambda b: b)
    s["short"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1>' + P(b[:2]) + '</article><aside><h2>More news</h2>' + "".join('<p><a href="/m' + str(k) + '">' + E(x[:90]) + '</a></p>' for k, x in enumerate(other(i, 6))) + '</aside>'), lambda b: b[:2])
    s["short-related"] = (lambda i, t, b: page(t, '<div class="story"><h1>' + E(t) + '</h1>' + P(b[:3]) + '</div><div class="more"><h3>More from Example News</h3>' + "".join('<div class="item"><a href="/r' + str(k) + '">Another headline number ' + str(k) + '</a><p>' + E(x) + '</p></div>' for k, x in enumerate(other(i, 8))) + '</div>'), lambda b: b[:3])
    s["short-comments"] = (lambda i, t, b: page(t, '<article class="post"><h1>' + E(t) + '</h1>' + P(b[:3]) + '</article><div id="comments"><h3>Responses</h3><ol>' + "".join('<li><cite>reader' + str(k) + '</cite> says:<br><small>March 3, 2020 at 9:0' + str(k) + ' am</small><p>' + E(x) + '</p></li>' for k, x in enumerate(other(i, 8))) + '</ol></div>'), lambda b: b[:3])
    s["short-sidebar"] = (lambda i, t, b: page(t, '<div class="main"><h1>' + E(t) + '</h1><div class="content">' + P(b[:2]) + '</div></div><div class="side"><h3>Latest</h3>' + "".join('<p>' + E(x) + ' <a href="/s' + str(k) + '">more</a></p>' for k, x in enumerate(other(i, 6))) + '</div>'), lambda b: b[:2])
    s["short-lead"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1><div class="intro"><p>' + E(b[0]) + '</p></div><div class="article-body">' + P(b[1:3]) + '</div></article>'), lambda b: b[:3])
    s["sections"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1>' + "".join('<section><h2>Chapter ' + str(k + 1) + '</h2>' + P(b[k * 3:k * 3 + 3]) + '</section>' for k in range((len(b) + 2) // 3)) + '</article>'), lambda b: b)
    s["next-article"] = (lambda i, t, b: page(t, '<article class="story"><h1>' + E(t) + '</h1>' + P(b[:max(3, len(b) // 2)]) + '</article><div class="next-up"><span>Next article</span><article class="story"><h1>' + E(other_title(i)) + '</h1>' + P(other(i, 12)) + '</article></div>'), lambda b: b[:max(3, len(b) // 2)])
    s["two-columns"] = (lambda i, t, b: page(t, '<div class="row"><div class="col-8"><h1>' + E(t) + '</h1>' + P(b) + '</div><div class="col-4"><div class="widget"><h3>Editor\'s picks</h3>' + "".join('<div class="card"><a href="/e' + str(k) + '"><img src="e.jpg"><span>' + E(x[:80]) + '</span></a></div>' for k, x in enumerate(other(i, 6))) + '</div></div></div>'), lambda b: b)
    # shapes other sites build (issue 12: pages the corpora lack)
    def ld(t, b):
        return ('<script type="application/ld+json">' + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                "headline": t, "articleBody": "\n\n".join(b)}).replace("</", "<\\/") + '</script>')

    s["json-ld-shell"] = (lambda i, t, b: page(t, '<div id="__next"><div class="spinner">Loading\u2026</div></div><script src="/_next/app.js"></script>', ld(t, b)), lambda b: b)
    s["noscript-shell"] = (lambda i, t, b: page(t, '<div id="app"></div><noscript><article><h1>' + E(t) + '</h1>' + P(b) + '</article></noscript><script src="/app.js"></script>'), lambda b: b)
    s["template-shell"] = (lambda i, t, b: page(t, '<div id="app"></div><template id="story"><article><h1>' + E(t) + '</h1>' + P(b) + '</article></template><script src="/app.js"></script>'), lambda b: b)
    s["br-divs"] = (lambda i, t, b: page(t, '<div class="wrap"><h1>' + E(t) + '</h1>' + "".join('<div class="txt">' + '<br><br>'.join(E(p) for p in b[k:k + 2]) + '</div>' for k in range(0, len(b), 2)) + '</div><div class="rail"><h3>Popular</h3>' + "".join('<div class="pop"><a href="/p' + str(k) + '">' + E(other_title(i + k)) + '</a></div>' for k in range(6)) + '</div>'), lambda b: b)
    s["long-sidebars"] = (lambda i, t, b: page(t, '<div class="layout"><div class="col-main"><h1>' + E(t) + '</h1>' + P(b[:4]) + '</div><div class="col-side"><h3>Opinion</h3>' + "".join('<div class="op"><h4><a href="/o' + str(k) + '">' + E(other_title(i + k)) + '</a></h4><p>' + E(" ".join(docs[(i * 7 + 3 + k) % len(docs)][1][:2])) + '</p></div>' for k in range(5)) + '</div></div>'), lambda b: b[:4])
    s["paginated"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1>' + P(b[:len(b) // 2]) + '<div class="pagination"><span>Page 1 of 2</span> <a href="?page=2">2</a> <a href="?page=2" rel="next">Next page \u00bb</a></div></article>'), lambda b: b[:len(b) // 2])
    s["amp"] = (lambda i, t, b: page(t, '<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></amp-sidebar><article class="amp-article"><h1>' + E(t) + '</h1><amp-img src="a.jpg" width="600" height="400" layout="responsive"></amp-img><div class="amp-body">' + "".join('<p>' + E(p) + '</p>' + ('<amp-ad width="300" height="250" type="doubleclick"><div fallback>Advertisement</div></amp-ad>' if k == 2 else '') for k, p in enumerate(b)) + '</div><amp-social-share type="twitter"></amp-social-share></article>'), lambda b: b)
    s["long-comments"] = (lambda i, t, b: page(t, '<div class="entry"><h1>' + E(t) + '</h1>' + P(b[:4]) + '</div><div id="comments"><h3>31 comments</h3>' + "".join('<article class="comment" id="c' + str(k) + '"><footer><b>reader' + str(k) + '</b> <time>May 2, 2021</time></footer><div class="comment-content"><p>' + E(x) + '</p></div></article>' for k, x in enumerate(other(i, 12))) + '</div>'), lambda b: b[:4])
    s["aside-split"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1>' + P(b[:len(b) // 2]) + '<aside class="inline-promo"><h4>Read more</h4><a href="/x">' + E(other_title(i)) + '</a></aside><aside class="ad"><span>Advertisement</span></aside>' + P(b[len(b) // 2:]) + '</article>'), lambda b: b)
    s["section-each"] = (lambda i, t, b: page(t, '<div class="story"><h1>' + E(t) + '</h1>' + "".join('<section class="block"><p>' + E(p) + '</p></section>' for p in b) + '</div><section class="related"><h3>Related</h3><a href="/r">' + E(other_title(i)) + '</a></section>'), lambda b: b)
    s["live-blog"] = (lambda i, t, b: page(t, '<div class="live"><h1>' + E(t) + ': live updates</h1>' + "".join('<div class="live-entry"><time>' + str(14 - k % 10) + ':0' + str(k % 6) + '</time><div class="entry-body"><p>' + E(p) + '</p></div></div>' for k, p in enumerate(b)) + '</div>'), lambda b: b)
    s["live-articles"] = (lambda i, t, b: page(t, '<div class="live"><h1>' + E(t) + ': live updates</h1>' + "".join('<article class="post"><time>' + str(14 - k % 10) + ':0' + str(k % 6) + '</time><p>' + E(p) + '</p><button>Share</button></article>' for k, p in enumerate(b)) + '</div>'), lambda b: b)
    s["span-paras"] = (lambda i, t, b: page(t, '<div class="c-article"><h1>' + E(t) + '</h1><div class="c-body">' + "".join('<div class="c-p"><span>' + E(p) + '</span></div>' for p in b) + '</div></div><div class="c-rail"><h3>Trending</h3>' + "".join('<div class="t"><a href="/t' + str(k) + '">' + E(other_title(i + k)) + '</a></div>' for k in range(8)) + '</div>'), lambda b: b)
    def linky(p):
        w = p.split(" ")
        return " ".join('<a href="/topic/' + str(k) + '">' + E(x) + '</a>' if k % 3 == 1 else E(x) for k, x in enumerate(w))
    s["linky"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1>' + "".join('<p>' + linky(p) + '</p>' for p in b) + '</article>'), lambda b: b)
    s["companion-columns"] = (lambda i, t, b: page(t, '<article><header><h1>' + E(t) + '</h1></header><section name="articleBody">' + "".join('<div class="css-53u6y8 StoryBodyCompanionColumn"><div class="css-1fanzo5">' + P(b[k:k + 2]) + '</div></div>' + ('<div class="css-ad"><div class="ad-wrapper"><p>Advertisement</p></div></div>' if k == 2 else '') for k in range(0, len(b), 2)) + '</section></article>'), lambda b: b)
    s["paywall-half"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1><div class="article-body">' + P(b[:2]) + '</div><div class="paywall article-body-locked">' + P(b[2:]) + '</div></article>'), lambda b: b)
    s["gallery-first"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1><div class="gallery">' + "".join('<figure><img src="g' + str(k) + '.jpg"><figcaption>' + E(x) + '</figcaption></figure>' for k, x in enumerate(other(i, 6))) + '</div><div class="story-text">' + P(b[:3]) + '</div></article>'), lambda b: b[:3])
    s["expander"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1><div class="body-visible">' + P(b[:2]) + '</div><div class="body-more" style="display:none">' + P(b[2:]) + '</div><button class="read-more">Continue reading</button></article>'), lambda b: b)
    s["split-related"] = (lambda i, t, b: page(t, '<h1>' + E(t) + '</h1><div class="col"><div class="txt-a">' + P(b[:len(b) // 2]) + '</div><div class="related-inline"><h3>Related</h3>' + "".join('<div><a href="/x' + str(k) + '">' + E(other_title(i + k)) + '</a><p>' + E(docs[(i * 7 + 3 + k) % len(docs)][1][0]) + '</p></div>' for k in range(4)) + '</div><div class="txt-b">' + P(b[len(b) // 2:]) + '</div></div>'), lambda b: b)
    s["quote-blocks"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1>' + "".join(('<blockquote><p>' + E(p) + '</p></blockquote>' if k % 3 == 2 else '<p>' + E(p) + '</p>') for k, p in enumerate(b)) + '</article>'), lambda b: b)
    # long blocks that are not the story, under names that say nothing
    privacy = ["We and our partners store and access information on your device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised advertising and content, advertising and content measurement, audience research and services development.",
               "With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our partners' processing as described above.",
               "Alternatively you may access more detailed information and change your preferences before consenting or to refuse consenting. Please note that some processing of your personal data may not require your consent, but you have a right to object to such processing.",
               "Your preferences will apply to this website only. You can change your preferences at any time by returning to this site or visiting our privacy policy, where you will also find how we use the information we collect."]
    s["privacy-wall"] = (lambda i, t, b: page(t, '<div id="qc-cmp2-container"><div class="qc-cmp2-summary-section"><h2>We value your privacy</h2>' + P(privacy) + '<button>AGREE</button> <button>MORE OPTIONS</button></div></div><div class="main-col"><h1>' + E(t) + '</h1>' + P(b[:3]) + '</div>'), lambda b: b[:3])
    s["bio-box"] = (lambda i, t, b: page(t, '<div class="post"><h1>' + E(t) + '</h1>' + P(b[:3]) + '</div><div class="writer"><h3>About the writer</h3>' + P(["Jane Holm has covered the region for the paper since 2004, first as a court reporter and then as its chief political correspondent, and before that worked for ten years at news agencies in Brussels, Lagos and Manila.", "She studied history at the University of Leeds and journalism at Columbia, and her book on the closing of the last coal pits in the county, written with the photographer Sam Ode, won the regional book prize in 2016.", "She lives in the city with her husband and two children, and can be reached on the newsroom line or through the contact form on this site."]) + '</div>'), lambda b: b[:3])
    s["legal-bottom"] = (lambda i, t, b: page(t, '<div class="main-col"><h1>' + E(t) + '</h1>' + P(b[:3]) + '</div><div class="bottom-text">' + P(privacy + ["This site and its content are provided as they are, without warranty of any kind. Reproduction of any part of this site without the written permission of the publisher is forbidden, except for short quotations in reviews and reports."]) + '</div>'), lambda b: b[:3])
    s["commentary"] = (lambda i, t, b: page(t, '<div class="opinion"><h1>' + E(t) + '</h1><p class="dek">' + E(b[0]) + ' ' + E(b[1]) + '</p><div class="commentary-text">' + P(b[2:]) + '</div></div>'), lambda b: b)
    s["comment-section-story"] = (lambda i, t, b: page(t, '<div class="section-comment"><h1>' + E(t) + '</h1>' + P(b) + '</div>'), lambda b: b)
    # the whole page hidden until a script shows it
    s["hidden-wrapper"] = (lambda i, t, b: page(t, '<div id="page-wrap" style="visibility:hidden">' + story(t, b) + '</div>'), lambda b: b)
    s["aria-hidden-main"] = (lambda i, t, b: page(t, '<div role="main" aria-hidden="true">' + story(t, b) + '</div><div class="modal-backdrop"></div>'), lambda b: b)
    s["hidden-id-css"] = (lambda i, t, b: page(t, '<style>#app-root{display:none}</style><div id="app-root">' + story(t, b) + '</div>'), lambda b: b)
    # markup left open: the parser nests the story inside
    s["open-nav"] = (lambda i, t, b: page(t, '<nav class="menu"><a href="/a">Local</a> <a href="/b">Politics</a> <a href="/c">Sport</a>' + story(t, b)), lambda b: b)
    s["open-header"] = (lambda i, t, b: page(t, '<header class="top"><div class="logo"><a href="/">Example News</a></div>' + story(t, b)), lambda b: b)
    s["open-aside"] = (lambda i, t, b: page(t, '<aside class="rail"><a href="/p">Popular now</a>' + story(t, b)), lambda b: b)
    s["open-figure"] = (lambda i, t, b: page(t, story(t, b, '<figure class="lead"><img src="a.jpg"><figcaption>The scene on Monday')), lambda b: b)
    s["open-label"] = (lambda i, t, b: page(t, '<form class="search"><label>Search <input name="q"></form>' + story(t, b)), lambda b: b)
    s["open-button"] = (lambda i, t, b: page(t, '<div class="tools"><button class="menu-toggle">Menu</div>' + story(t, b)), lambda b: b)
    s["open-select"] = (lambda i, t, b: page(t, '<div class="edition"><select><option>UK<option>US</div>' + story(t, b)), lambda b: b)
    s["open-footer"] = (lambda i, t, b: page(t, story(t, b, '<footer class="byline-bar">By Jane Holm')), lambda b: b)
    for tag, opener in (("svg", '<svg class="icon" viewBox="0 0 8 8"><path d="M0 0h8v8H0z"/>'),
                        ("video", '<video src="/clip.mp4" controls>'), ("audio", '<audio src="/clip.mp3">'),
                        ("object", '<object data="/widget.swf">'), ("iframe", '<iframe src="/ad.html">'),
                        ("noscript", '<noscript><img src="/pixel.gif">'), ("textarea", '<textarea name="embed">'),
                        ("canvas", '<canvas id="chart">'), ("map", '<map name="m"><area href="/a">'),
                        ("template", '<template id="t"><span>x</span>'), ("h1", '<h1>'), ("strong", '<strong>Breaking:'),
                        ("blockquote", '<blockquote class="pull">'), ("table", '<table class="facts"><tr><td>Fact box'),
                        ("address", '<address>Newsroom')):
        s["open-" + tag] = (lambda opener: lambda i, t, b: page(t, story(t, b, opener, "h2")))(opener), lambda b: b
    for tag, opener in (("figcaption", '<figure class="inline"><img src="b.jpg"><figcaption>The harbour on Monday.'),
                        ("svg", '<svg class="icon" viewBox="0 0 8 8"><path d="M0 0h8v8H0z"/>'),
                        ("nav", '<nav class="inline-links"><a href="/x">More on this story</a>'),
                        ("aside", '<aside class="pull"><a href="/x">Related</a>')):
        s["mid-open-" + tag] = (lambda opener: lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1>' + P(b[:len(b) // 2]) + opener + P(b[len(b) // 2:]) + '</article>'))(opener), lambda b: b
    # layouts of 2015-2025 news CMSs the corpora lack (extract4)
    s["teaser-full-copy"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1><div class="teaser-text">' + P(b[:2]) + '</div><button class="expand">Show full article</button><div class="article-full" hidden>' + P(b) + '</div></article>'), lambda b: b)
    s["json-ld-paywall"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1><div class="article-body">' + P(b[:2]) + '</div><div class="paywall-prompt"><p>Subscribe to continue reading. Already a subscriber? <a href="/login">Log in</a></p><a class="btn" href="/subscribe">Subscribe now</a></div></article>', ld(t, b)), lambda b: b)
    s["related-list-inside"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1>' + P(b[:len(b) // 2]) + '<div class="related-links"><h3>Related</h3><ul>' + "".join('<li><a href="/l' + str(k) + '">' + E(other_title(i + k)) + '</a></li>' for k in range(4)) + '</ul></div>' + P(b[len(b) // 2:]) + '</article>'), lambda b: b)
    s["wp-jetpack"] = (lambda i, t, b: page(t, '<article class="post type-post"><header class="entry-header"><h1 class="entry-title">' + E(t) + '</h1><div class="entry-meta">Posted on <time>March 3, 2020</time> by <a href="/author/admin">admin</a></div></header><div class="entry-content">' + P(b) + '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li></ul></div><div class="sharedaddy sd-like"><h3 class="sd-title">Like this:</h3><span>Like</span> Loading...</div><div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>' + "".join('<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/p' + str(k) + '">' + E(other_title(i + k)) + '</a></h4><p class="jp-relatedposts-post-date">March ' + str(k + 1) + ', 2020</p><p class="jp-relatedposts-post-context">In "News"</p></div>' for k in range(3)) + '</div></div><footer class="entry-footer">Posted in <a href="/c/news">News</a> | Tagged <a href="/t/x">region</a></footer></article><nav class="post-navigation"><a href="/prev">\u2190 ' + E(other_title(i + 4)) + '</a> <a href="/next">' + E(other_title(i + 5)) + ' \u2192</a></nav>'), lambda b: b)
    s["arc-interstitial"] = (lambda i, t, b: page(t, '<article class="b-article-body"><h1 class="b-headline">' + E(t) + '</h1>' + "".join('<p class="c-paragraph">' + E(p) + '</p>' + ('<div class="c-interstitial-link"><a href="/r' + str(k) + '"><strong>Read more:</strong> ' + E(other_title(i + k)) + '</a></div>' if k % 3 == 2 else '') for k, p in enumerate(b)) + '</article>'), lambda b: b)
    s["brightspot-promo"] = (lambda i, t, b: page(t, '<div class="Page-content"><h1 class="Page-headline">' + E(t) + '</h1><div class="RichTextArticleBody RichTextBody">' + P(b[:len(b) // 2]) + '<div class="Enhancement"><div class="Enhancement-item"><div class="PagePromo"><h3 class="PagePromo-title"><a href="/pp">' + E(other_title(i)) + '</a></h3><div class="PagePromo-description">' + E(docs[(i * 7 + 3) % len(docs)][1][0]) + '</div></div></div></div>' + P(b[len(b) // 2:]) + '</div></div>'), lambda b: b)
    s["newsletter-inline"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1>' + P(b[:3]) + '<div class="newsletter-signup"><h3>Get our morning briefing</h3><p>Sign up to have the top stories of the day delivered to your inbox every weekday morning.</p><form><input type="email" name="e"><button>Sign up</button></form></div>' + P(b[3:]) + '</article>'), lambda b: b)
    s["text-in-divs"] = (lambda i, t, b: page(t, '<div class="article"><h1>' + E(t) + '</h1><div class="article-text">' + "".join(E(p) + ('<div class="inline-ad"><span>Advertisement</span></div>' if k % 3 == 2 else '<br>') for k, p in enumerate(b)) + '</div></div><div class="sidebar"><h3>Most read</h3>' + "".join('<div><a href="/m' + str(k) + '">' + E(other_title(i + k)) + '</a></div>' for k in range(6)) + '</div>'), lambda b: b)
    s["rtl"] = (lambda i, t, b: page(t, '<div dir="rtl" lang="ar" class="story"><h1>' + E(t) + '</h1><div class="txt">' + P(b) + '</div></div>'), lambda b: b)
    s["short-bio-byline"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1><div class="article-body">' + P(b[:2]) + '</div><div class="author-card"><img src="j.jpg"><p>Jane Holm is a reporter covering courts and crime for the paper. She joined the newsroom in 2015 after eight years at a news agency, and before that worked as a producer for a regional radio station.</p><p>Follow her on Twitter @janeholm or write to her at jholm@example.com.</p></div></article>'), lambda b: b[:2])
    teasers = ['<p><strong>RELATED:</strong> <a href="/r1">{}</a></p>', '<p>READ ALSO: <a href="/r2">{}</a></p>',
               '<p><em>SEE ALSO:</em> <a href="/r3">{}</a></p>', '<div class="inline-ad"><p>Story continues below advertisement</p></div>',
               '<p>MORE: <a href="/r4">{}</a></p>', '<div class="ad"><p>Continue reading the main story</p></div>',
               '<p><strong>CLICK HERE TO GET THE APP</strong></p>']
    s["inline-teasers"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1>' + "".join('<p>' + E(p) + '</p>' + (teasers[(i + k) % len(teasers)].format(E(other_title(i + k))) if k % 2 == 1 else '') for k, p in enumerate(b)) + '</article>'), lambda b: b)
    foreign = ['<p><strong>Lesen Sie auch:</strong> <a href="/a">{}</a></p>', '<div class="ad"><span>Anzeige</span></div>',
               '<p>Te puede interesar: <a href="/b">{}</a></p>', '<div class="ad"><span>Publicidad</span></div>',
               '<p><strong>Lire aussi :</strong> <a href="/c">{}</a></p>', '<p>Leggi anche: <a href="/d">{}</a></p>',
               '<div class="ad"><span>Publicit\u00e9</span></div>']
    s["foreign-furniture"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1>' + "".join('<p>' + E(p) + '</p>' + (foreign[(i + k) % len(foreign)].format(E(other_title(i + k))) if k % 2 == 1 else '') for k, p in enumerate(b)) + '</article>'), lambda b: b)
    s["tags-end"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1>' + P(b) + '<div class="article-tags">Tags: <a href="/t/a">Courts</a>, <a href="/t/b">Region</a>, <a href="/t/c">Police</a></div><p class="share">Share this article: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></p></article>'), lambda b: b)
    def dropcap(p):
        return '<span class="dropcap">' + E(p[0]) + '</span>' + E(p[1:])

    def soft(p):
        return " ".join(E(w[:len(w) // 2]) + ('&shy;' if k % 2 else '<wbr>') + E(w[len(w) // 2:]) if len(w) > 8 else E(w) for k, w in enumerate(p.split(" ")))
    s["dropcap"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1><p>' + dropcap(b[0]) + '</p>' + P(b[1:]) + '</article>'), lambda b: b)
    s["soft-hyphens"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1>' + "".join('<p>' + soft(p) + '</p>' for p in b) + '</article>'), lambda b: b)
    s["captions-mid"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1>' + "".join('<p>' + E(p) + '</p>' + ('<figure class="inline-image"><img src="i' + str(k) + '.jpg"><figcaption><span class="caption-text">The scene in the town centre on Monday morning.</span> <span class="credit">(Photo: Jane Holm/Example News)</span></figcaption></figure>' if k % 3 == 1 else '') for k, p in enumerate(b)) + '</article>'), lambda b: b)
    s["nested-cards"] = (lambda i, t, b: page(t, '<article class="story"><h1>' + E(t) + '</h1><div class="body">' + P(b) + '</div><section class="more-cards"><h2>More stories</h2>' + "".join('<article class="card"><a href="/c' + str(k) + '"><h3>' + E(other_title(i + k)) + '</h3></a><p>' + E(docs[(i * 7 + 3 + k) % len(docs)][1][0]) + '</p><time>2 hours ago</time></article>' for k in range(4)) + '</section></article>'), lambda b: b)
    s["byline-dateline-paras"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1><p>By Jane Holm, Staff Writer</p><p>Published 9:41 AM EST March 3, 2020</p>' + P(b) + '</article>'), lambda b: b)
    # whole-page failures of 2007-2026 layouts (extract5)
    def brs(ps):
        return "<br><br>".join(E(p) for p in ps)

    def others_ps(i, n):
        return [docs[(i * 7 + 3 + k) % len(docs)][1][0] for k in range(n)]
    s["table-nested-br"] = (lambda i, t, b: page(t, '<table width="100%"><tr><td width="160" valign="top"><table><tr><td><a href="/n">News</a></td></tr><tr><td><a href="/s">Sports</a></td></tr><tr><td><a href="/o">Obituaries</a></td></tr></table></td><td valign="top"><table><tr><td><span class="headline">' + E(t) + '</span><br><span class="byline">By JANE HOLM, Staff Writer</span></td></tr><tr><td class="storytext"><font face="Arial" size="2">' + brs(b) + '</font></td></tr></table></td><td width="200" valign="top"><b>Most Popular</b>' + "".join('<p><a href="/p' + str(k) + '">' + E(other_title(i + k)) + '</a><br>' + E(x[:120]) + '</p>' for k, x in enumerate(others_ps(i, 5))) + '</td></tr></table>'), lambda b: b)
    s["unclosed-p-upper"] = (lambda i, t, b: page(t, '<TABLE WIDTH=600><TR><TD><FONT SIZE=+2><B>' + E(t) + '</B></FONT><P>' + "<P>".join(E(p) + "\n" for p in b) + '</TD></TR></TABLE><HR><CENTER><A HREF="/">Home</A> | <A HREF="/archive">Archive</A></CENTER>'), lambda b: b)
    s["article-teaser-only"] = (lambda i, t, b: page(t, '<article class="story-hero"><h1>' + E(t) + '</h1><p class="summary">' + E(b[0]) + '</p><figure><img src="h.jpg"></figure></article><div class="share-bar"><a href="#">Share</a></div><div class="story-body"><div class="rich-text">' + P(b[1:]) + '</div></div>'), lambda b: b)
    s["two-articles"] = (lambda i, t, b: page(t, '<article class="hero"><h1>' + E(t) + '</h1><img src="h.jpg"><span class="credit">Photo: Jane Holm</span></article><article class="body">' + P(b) + '</article>'), lambda b: b)
    s["noframes"] = (lambda i, t, b: '<html><head><title>' + E(t) + '</title></head><frameset cols="20%,80%"><frame src="nav.html"><frame src="story.html"><noframes><body><h1>' + E(t) + '</h1>' + P(b) + '</body></noframes></frameset></html>', lambda b: b)
    s["xhtml-prolog"] = (lambda i, t, b: '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n' + page(t, '<div id="story"><h1>' + E(t) + '</h1>' + P(b) + '</div><script type="text/javascript">//<![CDATA[\nvar x = "<p>not text</p>";\n//]]></script>').replace('<!DOCTYPE html>', '').replace('<html>', '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en">'), lambda b: b)
    s["nbsp-ps"] = (lambda i, t, b: page(t, '<div class="content"><h1>' + E(t) + '</h1><div class="body">' + '<p>&nbsp;</p>'.join(E(p) for p in b) + '</div></div><div class="side"><h3>Most read</h3>' + "".join('<div><a href="/m' + str(k) + '">' + E(other_title(i + k)) + '</a></div>' for k in range(6)) + '</div>'), lambda b: b)
    s["obfuscated-comments"] = (lambda i, t, b: page(t, '<div class="css-a1"><h1>' + E(t) + '</h1><div class="css-b2">' + P(b[:3]) + '</div></div><div class="css-c3"><h3>Join the conversation</h3>' + "".join('<div class="css-d4"><div class="css-e5"><b>reader' + str(k) + '</b> <span>' + str(k + 2) + 'h</span></div><p>' + E(x) + '</p><div class="css-f6"><button>Like</button> <button>Reply</button></div></div>' for k, x in enumerate(others_ps(i, 10))) + '</div>'), lambda b: b[:3])
    s["most-read-ol"] = (lambda i, t, b: page(t, '<div class="article"><h1>' + E(t) + '</h1><div class="text">' + P(b[:3]) + '</div></div><div class="mostread"><h2>Most read</h2><ol>' + "".join('<li><a href="/m' + str(k) + '">' + E(other_title(i + k)) + '</a><p>' + E(x) + '</p></li>' for k, x in enumerate(others_ps(i, 10))) + '</ol></div>'), lambda b: b[:3])
    s["split-promos"] = (lambda i, t, b: page(t, '<div class="headline-area"><h1>' + E(t) + '</h1><span class="date">March 3, 2020</span></div>' + "".join('<div class="article-section">' + P(b[k:k + 3]) + '</div>' + ('<div class="recirc"><h3><a href="/r' + str(k) + '">' + E(other_title(i + k)) + '</a></h3><p>' + E(docs[(i * 7 + 3 + k) % len(docs)][1][0]) + '</p></div>' if k + 3 < len(b) else '') for k in range(0, len(b), 3))), lambda b: b)
    s["print-view"] = (lambda i, t, b: '<!DOCTYPE html><html><head><title>' + E(t) + ' - Print - Example News</title></head><body onload="window.print()"><div class="print-header"><img src="logo.gif" alt="Example News"> <a href="javascript:window.print()">Print this page</a> | <a href="javascript:window.close()">Close window</a></div><h1>' + E(t) + '</h1><p class="meta">By Jane Holm | March 3, 2020</p>' + P(b) + '<hr><p class="print-footer">Article printed from Example News: http://www.example.com</p><p>URL to article: http://www.example.com/news/2020/03/03/story.html</p><p>Copyright \u00a9 2020 Example News. All rights reserved.</p></body></html>', lambda b: b)
    s["print-view-br"] = (lambda i, t, b: '<html><head><title>Example News - Printer friendly</title></head><body><table width="600"><tr><td><img src="logo.gif"><br><b><font size="4">' + E(t) + '</font></b><br><i>March 3, 2007</i><br><br>' + brs(b) + '<br><br><font size="1">\u00a9 2007 Example News. This article may not be republished without permission.</font></td></tr></table></body></html>', lambda b: b)
    s["shadow-root"] = (lambda i, t, b: page(t, '<story-page><template shadowrootmode="open"><article><h1>' + E(t) + '</h1>' + P(b) + '</article></template></story-page><div class="promo"><a href="/sub">Subscribe for $1 a week</a></div>'), lambda b: b)
    s["details-rest"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1>' + P(b[:2]) + '<details class="read-more"><summary>Read the full story</summary>' + P(b[2:]) + '</details></article>'), lambda b: b)
    s["dialog-story"] = (lambda i, t, b: page(t, '<div class="river">' + "".join('<div class="teaser"><h3><a href="/t' + str(k) + '">' + E(other_title(i + k)) + '</a></h3><p>' + E(x) + '</p></div>' for k, x in enumerate(others_ps(i, 8))) + '</div><dialog open class="article-modal"><button>Close</button><article><h1>' + E(t) + '</h1>' + P(b) + '</article></dialog>'), lambda b: b)
    s["pre-wire"] = (lambda i, t, b: page(t, '<div class="wire"><h1>' + E(t) + '</h1><pre>' + "\n\n".join(E(p) for p in b) + '</pre></div>'), lambda b: b)
    s["dl-interview"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1><p>' + E(b[0]) + '</p><dl class="qa">' + "".join('<dt>Question ' + str(k + 1) + ' from our reporter?</dt><dd>' + E(p) + '</dd>' for k, p in enumerate(b[1:])) + '</dl></article>'), lambda b: [b[0]] + ['Question ' + str(k + 1) + ' from our reporter? ' + p for k, p in enumerate(b[1:])])
    s["short-live-feed"] = (lambda i, t, b: page(t, '<main><div class="article-main"><h1>' + E(t) + '</h1>' + P(b[:2]) + '</div><div class="latest-feed"><h2>Latest news</h2>' + "".join('<div class="feed-item"><span class="time">' + str(k + 1) + 'h ago</span><h4><a href="/f' + str(k) + '">' + E(other_title(i + k)) + '</a></h4><p>' + E(x) + '</p></div>' for k, x in enumerate(others_ps(i, 12))) + '</div></main>'), lambda b: b[:2])
    s["center-font"] = (lambda i, t, b: page(t, '<center><font face="Verdana"><h2>' + E(t) + '</h2></font></center><font face="Verdana" size="2">' + "".join('<p>' + E(p) + '</p>' for p in b) + '</font>'), lambda b: b)
    # shapes of 2005-2012 and of today the earlier shapes do not cover (extract6)
    def sentences(ps):
        return [x for p in ps for x in re.split(r'(?:(?<=[.!?])|(?<=[.!?]["\u201d\']))\s+(?=[A-Z"\u201c])', p) if x.strip()]

    viewstate = "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAmYPZBYCZg8WAh4EVGV4dAUOTGF0ZXN0IGhlYWRsaW5lZAIDD2QWAgIBDxYCHgtfIUl0ZW1Db3VudAIKFhRmD2QWAmYPFQIGL25ld3MvEkNvdW5jaWwgbWVldHMgdG9kYXlkAgEPZBYCZg8VAgYvbmV3cy8QU3Rvcm0gd2FybmluZyBpc3N1ZWQ" * 6
    s["aspnet-form"] = (lambda i, t, b: '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>' + E(t) + ' - Example News</title></head><body><form name="aspnetForm" method="post" action="story.aspx?id=' + str(i) + '" id="aspnetForm"><div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" /><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="' + viewstate + '" /></div><script type="text/javascript">//<![CDATA[\nvar theForm = document.forms[\'aspnetForm\'];\nfunction __doPostBack(eventTarget, eventArgument) { theForm.submit(); }\n//]]></script><table id="ctl00_tblMain" width="980" cellpadding="0" cellspacing="0"><tr><td colspan="2"><a id="ctl00_lnkHome" href="/">Example News</a> <a href="javascript:__doPostBack(\'ctl00$nav$lnkLocal\',\'\')">Local</a> | <a href="javascript:__doPostBack(\'ctl00$nav$lnkSports\',\'\')">Sports</a> | <a href="javascript:__doPostBack(\'ctl00$nav$lnkBiz\',\'\')">Business</a></td></tr><tr><td valign="top" width="700"><span id="ctl00_ContentPlaceHolder1_lblHeadline" class="headline">' + E(t) + '</span><br /><span id="ctl00_ContentPlaceHolder1_lblByline" class="byline">By Jane Holm, Staff Writer</span><br /><br /><span id="ctl00_ContentPlaceHolder1_lblStory" class="storytext">' + "<br /><br />".join(E(p) for p in b) + '</span><br /><br /><a id="ctl00_ContentPlaceHolder1_lnkEmail" href="javascript:__doPostBack(\'ctl00$ContentPlaceHolder1$lnkEmail\',\'\')">E-mail this story</a> | <a href="javascript:window.print()">Print</a></td><td valign="top" width="280"><div class="rail"><b>Most Popular</b><br />' + "".join('<a href="/story.aspx?id=' + str(k) + '">' + E(other_title(i + k)) + '</a><br />' for k in range(8)) + '</div></td></tr></table><div><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQKm8L6oCgK" /></div></form></body></html>', lambda b: b)

    def tdfont(ps):
        return "".join((E(p) if k % 2 else '<font face="Arial" size="2">' + E(p) + '</font>') + '<br><br>' for k, p in enumerate(ps))
    s["td-font-br"] = (lambda i, t, b: page(t, '<table width="760" border="0"><tr><td width="150" valign="top" bgcolor="#eeeeee"><font size="1"><a href="/n">News</a><br><a href="/s">Sports</a><br><a href="/b">Business</a><br><a href="/o">Obituaries</a><br><a href="/c">Classifieds</a></font></td><td valign="top"><font face="Arial" size="4"><b>' + E(t) + '</b></font><br><font size="1">Posted: March 3, 2008</font><br><br>' + tdfont(b) + '</td></tr></table>'), lambda b: b)
    s["span-br"] = (lambda i, t, b: page(t, '<div id="article"><h1>' + E(t) + '</h1><div class="article-content">' + "".join('<span class="article-text">' + E(p) + '</span><br><br>' for p in b) + '</div></div><div class="rail"><h3>Most viewed</h3>' + "".join('<div><a href="/m' + str(k) + '">' + E(other_title(i + k)) + '</a></div>' for k in range(6)) + '</div>'), lambda b: b)
    s["paginated-numbers"] = (lambda i, t, b: page(t, '<div class="story"><h1>' + E(t) + '</h1>' + P(b[:len(b) // 2]) + '<div class="pages">Page <b>1</b> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">Next &gt;</a> | <a href="?single=1">Single page view</a></div></div>'), lambda b: b[:len(b) // 2])
    adbits = ['<script type="text/javascript">document.write(\'<scr\' + \'ipt src="http://ads.example.net/js.ng/site=news&amp;pos=' + 'x\' + Math.random() + \'"></scr\' + \'ipt>\');</script>',
              '<iframe src="http://ads.example.net/html.ng/site=news" width="300" height="250" frameborder="0" scrolling="no">Your browser does not support inline frames, or is currently configured not to display inline frames.</iframe>',
              '<div class="ad"><span class="ad-label">Advertisement</span><p>Refinance now: rates from 3.1% APR. Compare offers from lenders in your area and see how much you could save on your monthly payment today.</p><a href="http://ads.example.net/click">Learn more</a></div>']
    s["ads-alternate"] = (lambda i, t, b: page(t, '<div class="article"><h1>' + E(t) + '</h1>' + "".join('<p>' + E(p) + '</p>' + adbits[k % 3] for k, p in enumerate(b)) + '</div>'), lambda b: b)
    s["adsense-under"] = (lambda i, t, b: page(t, '<div class="article"><h1>' + E(t) + '</h1>' + P(b[:3]) + '</div><div id="google_ads"><b>Ads by Google</b>' + "".join('<div class="adunit"><a href="http://ad.example.net/' + str(k) + '">' + h + '</a><br>' + d + '<br><span class="adurl">www.example-' + str(k) + '.com</span></div>' for k, (h, d) in enumerate([("Cheap Flights to Europe", "Compare hundreds of airlines and book your summer holiday flights today for less. Free cancellation on most fares."), ("Online Degree Programs", "Earn your bachelor's or master's degree online from an accredited university. Request free information now."), ("Lose 10 Pounds in a Month", "Doctors are amazed by this one simple trick that melts fat while you sleep. Read the real customer reviews."), ("Home Insurance Quotes", "Get quotes from top insurers in minutes and save up to 40% on your home insurance. No obligation to buy.")])) + '</div>'), lambda b: b[:3])
    s["microdata-small"] = (lambda i, t, b: page(t, '<div itemscope itemtype="http://schema.org/NewsArticle" class="hentry"><h1 itemprop="headline" class="entry-title">' + E(t) + '</h1><div itemprop="articleBody" class="entry-content">' + P(b[:3]) + '</div></div><div class="from-archive"><h2>From the archive</h2>' + P(other(i, 8)) + '</div>'), lambda b: b[:3])
    s["blockquote-body"] = (lambda i, t, b: page(t, '<div class="post"><h1>' + E(t) + '</h1><p>The full statement, as released on Monday:</p><blockquote>' + P(b) + '</blockquote><p class="postmeta">Posted in <a href="/news">News</a></p></div>'), lambda b: ["The full statement, as released on Monday:"] + b)
    s["xhtml-ns"] = (lambda i, t, b: '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:fb="http://www.facebook.com/2008/fbml" xmlns:og="http://ogp.me/ns#" xml:lang="en" lang="en"><head><title>' + E(t) + '</title><meta property="og:title" content="' + E(t) + '" /><style type="text/css">/*<![CDATA[*/ .x { color: red } /*]]>*/</style></head><body><div id="wrap"><div id="header"><a href="/">Example News</a></div><div id="content"><h2 class="entry-title">' + E(t) + '</h2><fb:like href="http://example.com/' + str(i) + '" layout="button_count"></fb:like><g:plusone size="medium"></g:plusone><div class="entry-content">' + "".join('<p>' + E(p) + '</p>' for p in b) + '</div><fb:comments href="http://example.com/' + str(i) + '" num_posts="10" width="500"></fb:comments></div><div id="sidebar"><h3>Blogroll</h3><ul><li><a href="/a">A blog</a></li><li><a href="/b">Another blog</a></li></ul></div></div><script type="text/javascript">/* <![CDATA[ */ var s = "<p>not text</p>"; /* ]]> */</script></body></html>', lambda b: b)
    s["teaser-articles"] = (lambda i, t, b: page(t, '<div class="story-body"><h1>' + E(t) + '</h1>' + P(b[:4]) + '</div><section class="more"><h2>More news</h2>' + "".join('<article class="teaser"><h3><a href="/t' + str(k) + '">' + E(other_title(i + k)) + '</a></h3><p>' + E(x) + '</p></article>' for k, x in enumerate(others_ps(i, 10))) + '</section>'), lambda b: b[:4])
    hys = ["Posted by reader{} on 03/03/2008 at {}:{:02d}", "Recommended by {} people"]
    s["have-your-say"] = (lambda i, t, b: page(t, '<div class="storybody"><h1>' + E(t) + '</h1>' + P(b[:4]) + '</div><div id="hys"><h3>Have your say</h3><p>This debate is now closed. Thank you for your contributions.</p>' + "".join('<div class="hys-entry"><p>' + E(x) + '</p><span class="hys-by">' + hys[0].format(k, 9 + k % 12, (k * 7) % 60) + '</span> <span class="hys-rec">' + hys[1].format(k % 9) + '</span></div>' for k, x in enumerate(others_ps(i, 40))) + '</div>'), lambda b: b[:4])
    s["srcdoc-story"] = (lambda i, t, b: page(t, '<div class="frame-wrap"><iframe class="story-frame" srcdoc="' + E('<html><body><article><h1>' + E(t) + '</h1>' + P(b) + '</article></body></html>') + '"></iframe></div>'), lambda b: b)
    cjk = ['<a href="/zh/1">\u5e02\u653f\u5e9c\u5ba3\u5e03\u65b0\u7684\u516c\u4ea4\u7ebf\u8def\u5c06\u4e8e\u4e0b\u6708\u5f00\u901a</a>',
           '<a href="/zh/2">\u6e2f\u53e3\u98ce\u66b4\u9884\u8b66\u89e3\u9664 \u6e21\u8f6e\u6062\u590d\u8fd0\u884c</a>',
           '<a href="/ar/3">\u0627\u0641\u062a\u062a\u0627\u062d \u0645\u0643\u062a\u0628\u0629 \u062c\u062f\u064a\u062f\u0629 \u0641\u064a \u0648\u0633\u0637 \u0627\u0644\u0645\u062f\u064a\u0646\u0629</a>']
    cjkp = ['\u5e02\u653f\u5e9c\u5468\u4e00\u5ba3\u5e03\uff0c\u65b0\u7684\u516c\u4ea4\u7ebf\u8def\u5c06\u8fde\u63a5\u706b\u8f66\u7ad9\u548c\u5927\u5b66\u57ce\uff0c\u6bcf\u5341\u4e94\u5206\u949f\u4e00\u73ed\uff0c\u9884\u8ba1\u6bcf\u5929\u53ef\u8fd0\u9001\u4e00\u4e07\u540d\u4e58\u5ba2\u3002\u5e02\u957f\u8868\u793a\uff0c\u8fd9\u9879\u8ba1\u5212\u5c06\u7f13\u89e3\u5e02\u4e2d\u5fc3\u7684\u4ea4\u901a\u538b\u529b\uff0c\u5e76\u51cf\u5c11\u6c7d\u8f66\u5c3e\u6c14\u6392\u653e\u3002',
            '\u0642\u0627\u0644\u062a \u0627\u0644\u0628\u0644\u062f\u064a\u0629 \u0625\u0646 \u0627\u0644\u0645\u0643\u062a\u0628\u0629 \u0627\u0644\u062c\u062f\u064a\u062f\u0629 \u0633\u062a\u0641\u062a\u062d \u0623\u0628\u0648\u0627\u0628\u0647\u0627 \u0644\u0644\u062c\u0645\u0647\u0648\u0631 \u0641\u064a \u0627\u0644\u0623\u0633\u0628\u0648\u0639 \u0627\u0644\u0645\u0642\u0628\u0644\u060c \u0648\u062a\u0636\u0645 \u0623\u0643\u062b\u0631 \u0645\u0646 \u0639\u0634\u0631\u064a\u0646 \u0623\u0644\u0641 \u0643\u062a\u0627\u0628 \u0628\u0639\u062f\u0629 \u0644\u063a\u0627\u062a.']
    s["mixed-script"] = (lambda i, t, b: page(t, '<div class="langbar"><a href="/zh">\u4e2d\u6587</a> <a href="/ar">\u0627\u0644\u0639\u0631\u0628\u064a\u0629</a> <a href="/ru">\u0420\u0443\u0441\u0441\u043a\u0438\u0439</a></div><div class="story"><h1>' + E(t) + '</h1>' + P(b) + '</div><div class="world-editions"><h3>\u5176\u4ed6\u8bed\u8a00 / \u0644\u063a\u0627\u062a \u0623\u062e\u0631\u0649</h3>' + "".join('<div class="ed">' + c + '<p>' + cjkp[k % 2] + '</p></div>' for k, c in enumerate(cjk)) + '</div>'), lambda b: b)
    s["sentence-ps"] = (lambda i, t, b: page(t, '<article><h1>' + E(t) + '</h1>' + P(sentences(b)) + '</article><aside><h2>Most read</h2><ul>' + "".join('<li><a href="/m' + str(k) + '">' + E(other_title(i + k)) + '</a></li>' for k in range(5)) + '</ul></aside>'), lambda b: b)
    s["sentence-ps-short"] = (lambda i, t, b: page(t, '<div class="story"><h1>' + E(t) + '</h1>' + P(sentences(b[:2])) + '</div><div class="side"><h3>Latest</h3>' + "".join('<div class="item"><a href="/l' + str(k) + '">' + E(other_title(i + k)) + '</a><p>' + E(x) + '</p></div>' for k, x in enumerate(others_ps(i, 5))) + '</div>'), lambda b: b[:2])
    s["mso-word"] = (lambda i, t, b: page(t, '<div class="Section1"><p class="MsoTitle"><b><span style="font-size:16.0pt">' + E(t) + '</span></b><o:p></o:p></p>' + "".join('<p class="MsoNormal"><span style="font-size:10.0pt;font-family:Arial">' + E(p) + '<o:p></o:p></span></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for p in b) + '</div>'), lambda b: b)
    s["tr-paras"] = (lambda i, t, b: page(t, '<table width="100%"><tr><td rowspan="' + str(len(b) + 1) + '" width="150" valign="top"><a href="/n">News</a><br><a href="/s">Sports</a><br><a href="/w">Weather</a></td><td class="hl"><b>' + E(t) + '</b></td></tr>' + "".join('<tr><td class="body">' + E(p) + '</td></tr>' for p in b) + '</table>'), lambda b: b)
    s["body-ps"] = (lambda i, t, b: '<html><head><title>' + E(t) + '</title></head><body><a href="/">Home</a> | <a href="/news">News</a> | <a href="/contact">Contact</a><h2>' + E(t) + '</h2>' + P(b) + '<hr><a href="/prev">Previous story</a> | <a href="/next">Next story</a><br>\u00a9 2006 Example News</body></html>', lambda b: b)
    s["p-selfclose"] = (lambda i, t, b: page(t, '<div id="story"><h1>' + E(t) + '</h1><div class="txt">' + "<p/>".join(E(p) for p in b) + '</div></div>'), lambda b: b)
    s["custom-elements"] = (lambda i, t, b: page(t, '<news-article><story-headline><h1>' + E(t) + '</h1></story-headline><story-body>' + "".join('<story-paragraph>' + E(p) + '</story-paragraph>' for p in b) + '</story-body></news-article><trending-rail>' + "".join('<rail-item><a href="/t' + str(k) + '">' + E(other_title(i + k)) + '</a></rail-item>' for k in range(6)) + '</trending-rail>'), lambda b: b)
    s["two-text-columns"] = (lambda i, t, b: page(t, '<h1>' + E(t) + '</h1><table class="story"><tr><td width="50%" valign="top">' + P(b[:len(b) // 2]) + '</td><td width="50%" valign="top">' + P(b[len(b) // 2:]) + '</td></tr></table>'), lambda b: b)
    s["story-highlights"] = (lambda i, t, b: page(t, '<div class="cnnStory"><h1>' + E(t) + '</h1><div class="cnnStoryHighlights"><h2>STORY HIGHLIGHTS</h2><ul><li>Officials say the inquiry will report next month</li><li>Two people were questioned on Monday</li></ul></div><div class="cnnStoryContent">' + P(b) + '</div></div>'), lambda b: b)
    s["table-per-para"] = (lambda i, t, b: page(t, '<div id="story"><h1>' + E(t) + '</h1>' + "".join('<table width="100%" cellpadding="2"><tr><td class="text">' + E(p) + '</td></tr></table>' for p in b) + '</div><div id="side"><h3>Top stories</h3>' + "".join('<div><a href="/m' + str(k) + '">' + E(other_title(i + k)) + '</a></div>' for k in range(6)) + '</div>'), lambda b: b)
    s["story-as-list"] = (lambda i, t, b: page(t, '<div class="article"><h1>' + E(t) + '</h1><ul class="article-text">' + "".join('<li>' + E(p) + '</li>' for p in b) + '</ul></div><div class="links"><h3>More</h3><ul>' + "".join('<li><a href="/m' + str(k) + '">' + E(other_title(i + k)) + '</a></li>' for k in range(6)) + '</ul></div>'), lambda b: b)
    s["blogspot-dl"] = (lambda i, t, b: page(t, '<div class="post hentry"><h3 class="post-title">' + E(t) + '</h3><div class="post-body">' + '<br /><br />'.join(E(p) for p in b[:4]) + '</div><div class="post-footer">Posted by Jane at 9:07 AM <a href="#c">5 comments</a></div></div><div id="c"><h4>5 comments:</h4><dl class="x">' + "".join('<dt>reader' + str(k) + ' said...</dt><dd><p>' + E(x) + '</p></dd><dd class="f">March 3, 2008 9:0' + str(k) + ' AM</dd>' for k, x in enumerate(others_ps(i, 10))) + '</dl></div>'), lambda b: b[:4])
    s["blogspot-named"] = (lambda i, t, b: page(t, '<div class="post hentry"><h3 class="post-title">' + E(t) + '</h3><div class="post-body">' + '<br /><br />'.join(E(p) for p in b[:4]) + '</div><div class="post-footer">Posted by Jane at 9:07 AM <a href="#comments">5 comments</a></div></div><div id="comments"><h4>5 comments:</h4><dl id="comments-block">' + "".join('<dt class="comment-author">reader' + str(k) + ' said...</dt><dd class="comment-body"><p>' + E(x) + '</p></dd><dd class="comment-footer">March 3, 2008 9:0' + str(k) + ' AM</dd>' for k, x in enumerate(others_ps(i, 10))) + '</dl></div>'), lambda b: b[:4])
    s["p-br-lines"] = (lambda i, t, b: page(t, '<div class="story"><h1>' + E(t) + '</h1><p>' + '<br>\n'.join(E(p) for p in b) + '</p></div>'), lambda b: b)
    s["yahoo-2008"] = (lambda i, t, b: page(t, '<div id="ynmain"><div class="yn-story"><h1>' + E(t) + '</h1><div class="byline"><cite class="vcard">By <span class="fn">JANE HOLM</span>, Associated Press Writer</cite> <abbr title="2008-03-03T09:07:00Z">Mon Mar 3, 9:07 AM ET</abbr></div><div id="storybody" class="yn-story-content"><p>' + '</p><p>'.join(E(p) for p in b) + '</p></div></div><div class="yn-related"><h3>Related Searches</h3><ul>' + "".join('<li><a href="/s' + str(k) + '">' + E(other_title(i + k)[:30]) + '</a></li>' for k in range(5)) + '</ul></div></div>'), lambda b: b)
    s["dateline-strong-lead"] = (lambda i, t, b: page(t, '<div class="content"><h1>' + E(t) + '</h1><strong>' + E(b[0]) + '</strong>' + P(b[1:]) + '</div>'), lambda b: b)
    # readers' comments with no control, no vote, no report link and no
    # "comment" in any name (hashed class names): a name and a relative
    # stamp over each; a name under each; a place-name line in the story's
    # own block under "Your views"
    s["thread-meta-lines"] = (lambda i, t, b: page(t, '<div class="s1"><h1>' + E(t) + '</h1>' + P(b[:4]) + '</div><div class="k3"><h3>12 comments</h3>' + "".join('<div class="k7"><div class="k8"><span>reader' + str(k) + '</span> <span>' + str(k + 1) + ' hours ago</span></div><p>' + E(x) + '</p></div>' for k, x in enumerate(others_ps(i, 12))) + '</div>'), lambda b: b[:4])
    s["thread-name-under"] = (lambda i, t, b: page(t, '<div class="s1"><h1>' + E(t) + '</h1>' + P(b[:4]) + '</div><div class="k3">' + "".join('<div class="k7"><p>' + E(x) + '</p><small>reader' + str(k) + '</small></div>' for k, x in enumerate(others_ps(i, 12))) + '</div>'), lambda b: b[:4])
    s["thread-in-story-block"] = (lambda i, t, b: page(t, '<div class="s1"><h1>' + E(t) + '</h1>' + P(b[:4]) + '<h3>Your views</h3>' + "".join('<div class="k7"><b>reader' + str(k) + ', Harbourtown</b><p>' + E(x) + '</p></div>' for k, x in enumerate(others_ps(i, 12))) + '</div>'), lambda b: b[:4])
    # the body chosen by structure, not names (extract14): a thread laid flat, each comment signed with
    # a name and a place; the story split over blocks of different classes; a longer thread beside a short
    # <article>; a gallery of long captions over a short story
    places = ["Jean Hale, Leeds, UK", "tom, Dundee,", "Ana Ruiz, Seville, Spain", "Priya K, Pune, India",
              "Ben Ode, Ottawa, Canada", "Mary Lane, Perth, Australia"]
    s["thread-flat-signed"] = (lambda i, t, b: page(t, '<div class="q1"><h1>' + E(t) + '</h1>' + P(b[:4]) + '</div><div class="q2"><div class="q3"></div><div class="q4">' + "".join('<p class="q5">' + E(x) + '</p><div class="q6"></div><p class="q7">' + E(places[k % len(places)]) + '</p><div class="q8"></div>' for k, x in enumerate(others_ps(i, 12))) + '</div></div>'), lambda b: b[:4])
    s["split-unnamed"] = (lambda i, t, b: page(t, '<div class="w0"><h1>' + E(t) + '</h1><div class="w1">' + P(b[:2]) + '</div><div class="w2"><img src="p.jpg"><span>A view of the scene.</span></div><div class="w3"><div class="w4">' + P(b[2:]) + '</div></div></div><div class="w5"><h3>Latest</h3>' + "".join('<div class="w6"><a href="/l' + str(k) + '">' + E(other_title(i + k)) + '</a></div>' for k in range(6)) + '</div>'), lambda b: b)
    s["split-lead-deep"] = (lambda i, t, b: page(t, '<div class="x0"><h1>' + E(t) + '</h1><div class="x1"><p>' + E(b[0]) + '</p></div><div class="x2"><div class="x3"><div class="x4">' + P(b[1:]) + '</div></div></div></div>'), lambda b: b)
    s["thread-over-article"] = (lambda i, t, b: page(t, '<article class="z1"><h1>' + E(t) + '</h1>' + P(b[:3]) + '</article><div class="z2"><h3>Readers respond</h3>' + "".join('<div class="z3"><b class="z4">' + E(places[k % len(places)]) + '</b><p>' + E(x) + '</p></div>' for k, x in enumerate(others_ps(i, 14))) + '</div>'), lambda b: b[:3])
    s["gallery-captions-long"] = (lambda i, t, b: page(t, '<div class="g0"><h1>' + E(t) + '</h1><div class="g1">' + "".join('<div class="g2"><img src="g' + str(k) + '.jpg"><p class="g3">' + E(x) + '</p></div>' for k, x in enumerate(others_ps(i, 8))) + '</div><div class="g4">' + P(b[:3]) + '</div></div>'), lambda b: b[:3])
    # pictures set in a story under class names that say nothing (extract15): a caption in a box of its
    # own after its picture, left out; a paragraph wrapped around a picture floated at its start, and a
    # run of the story's blocks one of which holds a picture, both kept
    def cap(x):
        return E(" ".join(x.split()[:22]))

    s["captions-unnamed"] = (lambda i, t, b: page(t, '<div class="k0"><h1>' + E(t) + '</h1><div class="k1">' + "".join('<p>' + E(p) + '</p>' + ('<div class="k2"><img src="c' + str(k) + '.jpg"><div class="k3">' + cap(other(i, 4)[k % 4]) + '</div></div>' if k in (0, 3) else '') for k, p in enumerate(b)) + '</div></div>'), lambda b: b)
    s["floated-pictures"] = (lambda i, t, b: page(t, '<div class="k0"><h1>' + E(t) + '</h1><div class="k1">' + "".join('<div>' + ('<img src="f' + str(k) + '.jpg" align="left">' if k in (0, 3) else '') + E(p) + '</div>' for k, p in enumerate(b)) + '</div></div>'), lambda b: b)
    s["span-paras-pictured"] = (lambda i, t, b: page(t, '<div class="k0"><h1>' + E(t) + '</h1><div class="k1">' + "".join('<div class="k4">' + ('<img src="s' + str(k) + '.jpg">' if k in (0, 3) else '') + '<span>' + E(p) + '</span></div>' for k, p in enumerate(b)) + '</div></div>'), lambda b: b)
    # a publishing system writes a caption into the picture's alt text and
    # into a <p> under it, with the credit; under a story of its length and
    # under one of two paragraphs (where a caption of its own shape stays)
    def alt_box(k, x):
        return ('<div class="k2"><img src="a' + str(k) + '.jpg" alt="' + cap(x) + '"><p class="k5">Jane Holm/Example</p><p class="k3">'
                + cap(x) + '</p></div>')

    def alt_captioned(i, t, b):
        return page(t, '<div class="k0"><h1>' + E(t) + '</h1><div class="k1">' + "".join('<p>' + E(p) + '</p>' + (alt_box(k, other(i, 4)[k % 4]) if k in (0, 3) else '') for k, p in enumerate(b)) + '</div></div>')

    s["captions-alt"] = (alt_captioned, lambda b: b)
    s["captions-alt-short"] = (lambda i, t, b: alt_captioned(i, t, b[:2]), lambda b: b[:2])
    # the guard: the lead paragraph in a box with the picture, whose alt
    # text is the headline, as many sites set it
    s["alt-headline-lead"] = (lambda i, t, b: page(t, '<div class="k0"><h1>' + E(t) + '</h1><div class="k1"><div class="k2"><img src="h.jpg" alt="' + E(t) + '"><p>' + E(b[0]) + '</p></div>' + P(b[1:]) + '</div></div>'), lambda b: b)
    return s


def words(text):
    return re.findall(r"\w+", text or "")


def run(bench, paths):
    out = subprocess.run([bench, "--repeat", "1"] + paths, capture_output=True, text=True).stdout
    got = {}
    for row in out.split("\n"):
        if row.startswith("{"):
            d = json.loads(row)
            got[d["input"]] = d.get("text") or ""
    return got


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = "--lines" in sys.argv
    tmp = tempfile.mkdtemp(prefix="px-shapes-")
    try:
        if "--dev" in sys.argv:
            return measure_dev(args, tmp)
        return measure(args, show, texts(), tmp)
    finally:
        if "--keep" in sys.argv:
            print(f"pages kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def measure(args, show, docs, tmp):
    pages = {}
    only = [a[7:].split(",") for a in sys.argv[1:] if a.startswith("--only=")]
    for name, (build, kept) in shapes(docs).items():
        if only and name not in only[0]:
            continue
        for i, (t, b) in enumerate(docs[:150] if name != "plain" else docs):
            p = os.path.join(tmp, f"{name}-{i}.html")
            with open(p, "w", encoding="utf-8") as f:
                f.write(build(i, t, b))
            pages[p] = (name, kept(b))
    results = [run(b, list(pages)) for b in args]
    print(f"{len(docs)} ECB+ development texts, {len(pages)} pages in {tmp}")
    for label, got in zip(args, results):
        agg = collections.defaultdict(lambda: [0.0, 0.0, 0, 0])
        for p, (name, body) in pages.items():
            g = collections.Counter(words(got.get(p, "")))
            w = collections.Counter(words(" ".join(body)))
            common = sum((g & w).values())
            a = agg[name]
            a[0] += common / max(1, sum(g.values()))
            a[1] += common / max(1, sum(w.values()))
            a[2] += 1
            a[3] += common / max(1, sum(w.values())) < 0.98 or common / max(1, sum(g.values())) < 0.98
        print(f"## {label}")
        for name, a in agg.items():
            print(f"  {name:15s} P {a[0] / a[2]:.4f} R {a[1] / a[2]:.4f}  pages {a[2]}, under 0.98: {a[3]}")
    if show and results:
        got = results[-1]
        for p, (name, body) in pages.items():
            if name != "plain":
                continue
            out = " " + " ".join(words(got.get(p, ""))) + " "
            for para in body:
                if " " + " ".join(words(para)) + " " not in out:
                    print(os.path.basename(p), "|", para[:160])
    return 0


# ---- --dev: the L3S-GN1 development pages rewritten as other sites write theirs ----

L3S = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                    "../../../../shared/corpus/l3s-gn1/pages"))
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w:.-]+)""", re.I)
SEMANTIC = ("article", "main", "section", "aside", "header", "footer", "nav")
NAMING = ("class", "id", "role", "itemprop", "itemtype", "itemscope", "itemid", "rel")


def dev_folders():
    """The development part of L3S-GN1: folders not starting c, d, e or f."""
    return sorted(d for d in os.listdir(L3S) if d[0].lower() not in "cdef")


def dev_parse(raw):
    """The page as lxml reads it, decoded by its declared character set
    (windows-1252 when it declares none that fits); NUL bytes dropped, as
    lxml stops at them."""
    import lxml.html
    m = CHARSET.search(raw[:4096])
    name = m.group(1).decode("ascii", "replace").lower() if m else "utf-8"
    name = {"iso8859_1": "cp1252", "iso-8859-1": "cp1252", "latin1": "cp1252",
            "x-user-defined": "cp1252", "gb2312": "gb18030"}.get(name, name)
    try:
        text = raw.decode(name, errors="strict" if name in ("utf-8", "utf8") else "replace")
    except (LookupError, UnicodeDecodeError):
        text = raw.decode("cp1252", errors="replace")
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text).replace("\0", "")
    return lxml.html.document_fromstring(text)


def dev_serialize(doc):
    import lxml.html
    for m in doc.xpath("//meta[@charset or translate(@http-equiv, 'CONTENT-YP', 'content-yp')='content-type']"):
        m.getparent().remove(m)
    head = doc.find("head")
    if head is None:
        head = lxml.html.Element("head")
        doc.insert(0, head)
    head.insert(0, el("meta", charset="utf-8"))
    return b"<!DOCTYPE html>\n" + lxml.html.tostring(doc, encoding="utf-8", method="html")


def el(tag, text=None, **attrs):
    import lxml.html
    e = lxml.html.Element(tag)
    for k, v in attrs.items():
        e.set(k.rstrip("_"), v)
    e.text = text
    return e


def key_weigher(key):
    """A function giving a piece of text its number of words when half its
    4-word shingles or more are the key's (0 otherwise)."""
    k = words(key)
    want = set(tuple(k[i:i + 4]) for i in range(len(k) - 3))

    def weigh(text):
        t = words(text or "")
        if len(t) < 4:
            return 0
        hit = sum(tuple(t[i:i + 4]) in want for i in range(len(t) - 3))
        return len(t) if hit * 2 >= len(t) - 3 else 0
    return weigh


def story_element(doc, weigh):
    """(the deepest element holding 85% of the key's words as the page has
    them or None, each element's key words)."""
    held = {}
    for e in reversed(list(doc.iter())):
        if not isinstance(e.tag, str):
            continue
        own = weigh(e.text) if e.tag not in ("script", "style") else 0
        held[e] = own + sum(weigh(c.tail) + held.get(c, 0) for c in e)
    node = doc.find("body") if doc.find("body") is not None else doc
    whole = held.get(node, 0)
    if whole == 0:
        return None, held
    while True:
        inner = [c for c in node if isinstance(c.tag, str) and held.get(c, 0) >= 0.85 * whole]
        if not inner:
            return node, held
        node = inner[0]


def rw_unnamed(doc, ctx):
    """No class, id, role, microdata, data-* or aria-* attribute, no name
    but a <meta>'s or a field's."""
    for e in doc.iter():
        if not isinstance(e.tag, str):
            continue
        for a in list(e.attrib):
            if (a in NAMING or a.startswith(("data-", "aria-"))
                    or (a == "name" and e.tag not in ("meta", "input", "select", "textarea"))):
                del e.attrib[a]


def rw_plain_tags(doc, ctx):
    for e in doc.iter(*SEMANTIC):
        e.tag = "div"


def rw_untitled(doc, ctx):
    """A <title> (and og:title, twitter:title) naming the site only."""
    for t in doc.iter("title"):
        # (a <title> left open holds the page: its elements stay)
        t.text = "Example News"
    for m in doc.iter("meta"):
        if (m.get("property") or m.get("name") or "").lower() in ("og:title", "twitter:title", "title", "headline"):
            m.set("content", "Example News")


def rw_divs(doc, ctx):
    for e in doc.iter("p"):
        e.tag = "div"


def rw_boxed(doc, ctx):
    """Each of the story's <p>s in a box of a class of its own, every
    fourth box followed by an empty advertisement's slot."""
    if ctx["story"] is None:
        return
    for k, p in enumerate(list(ctx["story"].iter("p"))):
        parent = p.getparent()
        if parent is None or p is ctx["story"]:
            continue
        box = el("div", class_="b3e1")
        at = parent.index(p)
        box.tail, p.tail = p.tail, None
        parent.remove(p)
        box.append(p)
        parent.insert(at, box)
        if k % 4 == 3:
            insert_after(box, el("div", class_="slot" + str(k)))


def rw_br(doc, ctx):
    """The story's <p>s as runs of text between <br><br>."""
    if ctx["story"] is None:
        return
    for p in list(ctx["story"].iter("p")):
        if p.getparent() is not None and p is not ctx["story"]:
            p.append(el("br"))
            p.append(el("br"))
            p.drop_tag()


def rw_split(doc, ctx):
    """The story's blocks, from the first holding its text to the last, in
    three sibling boxes of classes of their own, an empty slot between."""
    story, held, weigh = ctx["story"], ctx["held"], ctx["weigh"]
    if story is None or story.tag in ("table", "tbody", "thead", "tr", "ul", "ol", "dl"):
        return
    kids = [c for c in story if isinstance(c.tag, str)]
    if any(c.tag in ("tr", "td", "th", "li", "dt", "dd", "tbody") for c in kids):
        return  # rows, cells and items cannot be set in <div>s
    bearing = [k for k, c in enumerate(kids) if held.get(c, 0) or weigh(c.tail)]
    if len(bearing) < 3:
        return
    kids = kids[bearing[0]:bearing[-1] + 1]
    unit = {c: held.get(c, 0) + weigh(c.tail) for c in kids}
    total = sum(unit.values())
    groups, acc = [[], [], []], 0
    for c in kids:
        groups[min(2, int(3 * acc / total))].append(c)
        acc += unit[c]
    at = story.index(kids[0])
    boxes = []
    for k, g in enumerate(groups):
        if g:
            box = el("div", class_=["s0cfcd", "s1c4ca", "s2c81e"][k])
            for c in g:
                box.append(c)  # moves c and its tail
            boxes.append(box)
    for k, box in enumerate(boxes):
        story.insert(at, box)
        at += 1
        if k < len(boxes) - 1:
            story.insert(at, el("div", class_="slot" + str(k)))
            at += 1


def rw_short(doc, ctx):
    """The story cut after its third block holding its text (a line
    between <br>s counts as a block)."""
    story, held, weigh = ctx["story"], ctx["held"], ctx["weigh"]
    if story is None:
        return
    seen = 1 if weigh(story.text) else 0
    for c in list(story):
        if not isinstance(c.tag, str):
            continue
        if seen >= 3:
            c.tail = None
            story.remove(c)
            continue
        seen += (held.get(c, 0) > 0) + (weigh(c.tail) > 0)


PLACES = ["Jean Hale, Leeds", "tom, Dundee", "Ana Ruiz, Seville"]


def thread_box(ctx, tag="div"):
    """Readers' comments (other pages' paragraphs) of twice the story's
    words, six at least, in one of four shapes by the page's number, no
    name saying what they are: name and stamp over each; the name under
    each; a name and place over each and a reply link; "reader said..." and
    a date line."""
    shape = ctx["index"] % 4
    box = el("div", class_="t9a")
    box.append(el("h3", "Your views" if shape == 3 else str(len(ctx["others"])) + " comments"))
    want = 2 * (len(words(ctx["story"].text_content())) if ctx["story"] is not None else 300)
    n = 0
    for k, x in enumerate(ctx["others"]):
        if n >= want and k >= 6:
            break
        n += len(x.split())
        item = el(tag, class_="t9b")
        if shape == 0:
            head = el("div", class_="t9c")
            head.append(el("span", "reader" + str(k)))
            head.append(el("span", " " + str(k + 1) + " hours ago"))
            item.append(head)
            item.append(el("p", x))
        elif shape == 1:
            item.append(el("p", x))
            item.append(el("small", "reader" + str(k)))
        elif shape == 2:
            item.append(el("b", PLACES[k % 3]))
            item.append(el("p", x))
            item.append(el("a", "Reply", href="#r" + str(k)))
        else:
            item.append(el("cite", "reader" + str(k) + " said..."))
            item.append(el("p", x))
            item.append(el("span", "March " + str(k % 28 + 1) + ", 2008 9:0" + str(k % 10) + " AM"))
        box.append(item)
    return box


def insert_after(node, new):
    parent = node.getparent()
    new.tail, node.tail = node.tail, None
    parent.insert(parent.index(node) + 1, new)


def rw_thread(doc, ctx):
    if ctx["story"] is not None and ctx["story"].getparent() is not None:
        insert_after(ctx["story"], thread_box(ctx))


def rw_thread_articles(doc, ctx):
    """The thread's comments each an <article>, the page's own <article>s
    and <main> made <div>s."""
    for e in doc.iter("article", "main"):
        e.tag = "div"
    if ctx["story"] is not None and ctx["story"].getparent() is not None:
        insert_after(ctx["story"], thread_box(ctx, "article"))


def rw_links(doc, ctx):
    """Twenty other stories' headlines, each a link over the first 30 words
    of its lead and "...", after the story."""
    if ctx["story"] is None or ctx["story"].getparent() is None:
        return
    box = el("div", class_="r7a")
    box.append(el("h3", "More stories"))
    for k, (title, lead) in enumerate(ctx["teasers"][:20]):
        item = el("div", class_="r7b")
        item.append(el("a", title, href="/story/" + str(k)))
        item.append(el("p", " ".join(lead.split()[:30]) + " ..."))
        box.append(item)
    insert_after(ctx["story"], box)


def rw_table_cell(doc, ctx):
    """The story's blocks in a layout table's cell, a column of links in
    the cell before it."""
    story = ctx["story"]
    if story is None:
        return
    row = el("tr")
    nav = el("td", width="150", valign="top")
    for name in ("News", "Sport", "Business", "Weather", "Obituaries", "Classifieds"):
        nav.append(el("a", name, href="/" + name.lower()))
        nav.append(el("br"))
    row.append(nav)
    cell = el("td", valign="top")
    cell.text, story.text = story.text, None
    for c in list(story):
        cell.append(c)
    row.append(cell)
    table = el("table", width="100%")
    table.append(row)
    story.append(table)


def rw_article_whole(doc, ctx):
    """One <article> around everything in <body>, the page's own <article>s
    and <main> made <div>s."""
    for e in doc.iter("article", "main"):
        e.tag = "div"
    page = doc.find("body")
    if page is None:
        return
    art = el("article")
    art.text, page.text = page.text, None
    for c in list(page):
        art.append(c)
    page.append(art)


REWRITES = {
    "roundtrip": [],
    "unnamed": [rw_unnamed],
    "plain-tags": [rw_plain_tags],
    "untitled": [rw_untitled],
    "divs": [rw_divs],
    "br": [rw_br],
    "boxed": [rw_boxed],
    "split": [rw_split],
    "table-cell": [rw_table_cell],
    "article-whole": [rw_article_whole],
    "thread": [rw_thread],
    "thread-articles": [rw_thread_articles],
    "links": [rw_links],
    "short": [rw_short],
    "short-thread": [rw_short, rw_thread],
    "short-links": [rw_short, rw_links],
    "bare": [rw_unnamed, rw_plain_tags, rw_untitled],
    "bare-short-thread": [rw_unnamed, rw_plain_tags, rw_untitled, rw_short, rw_thread],
    "bare-split": [rw_unnamed, rw_plain_tags, rw_untitled, rw_split],
    "bare-br": [rw_unnamed, rw_plain_tags, rw_untitled, rw_br],
    "bare-boxed": [rw_unnamed, rw_plain_tags, rw_untitled, rw_boxed],
    "bare-table": [rw_unnamed, rw_plain_tags, rw_untitled, rw_table_cell],
}


def kept_key(key, story):
    """The key's lines the shortened story still holds (half their 4-word
    shingles or more)."""
    t = words(story.text_content())
    have = set(tuple(t[i:i + 4]) for i in range(len(t) - 3))

    def kept(line):
        w = words(line)
        return len(w) >= 4 and 2 * sum(tuple(w[i:i + 4]) in have for i in range(len(w) - 3)) >= len(w) - 3
    return "\n\n".join(line for line in key.split("\n") if line.strip() and kept(line))


def measure_dev(benches, tmp):
    from score import precision_recall, f1  # noqa: E402
    only = [a[7:].split(",") for a in sys.argv[1:] if a.startswith("--only=")]
    kinds = {k: v for k, v in REWRITES.items() if not only or k in only[0] or k == "roundtrip"}
    folders = dev_folders()
    keys, titles = {}, {}
    for d in folders:
        keys[d] = open(os.path.join(L3S, d, "expected.txt"), encoding="utf-8", errors="replace").read()
        meta = os.path.join(L3S, d, "expected-metadata.json")
        titles[d] = (json.load(open(meta, encoding="utf-8")).get("title") or "") if os.path.exists(meta) else ""
    paras = {d: [p for p in keys[d].split("\n") if 12 <= len(p.split()) <= 80] for d in folders}
    pages = {}
    for i, d in enumerate(folders):
        raw = open(os.path.join(L3S, d, "source.html"), "rb").read()
        others, teasers = [], []
        for k in range(1, 40):
            o = folders[(i + 7 * k) % len(folders)]
            others += paras[o][:3]
            if titles[o] and paras[o]:
                teasers.append((titles[o], paras[o][0]))
        weigh = key_weigher(keys[d])
        for name, steps in kinds.items():
            doc = dev_parse(raw)
            story, held = story_element(doc, weigh)
            ctx = {"story": story, "held": held, "weigh": weigh, "index": i, "others": others[:40], "teasers": teasers}
            for step in steps:
                step(doc, ctx)
            key = kept_key(keys[d], story) if rw_short in steps and story is not None else keys[d]
            if not key.strip():
                continue
            p = os.path.join(tmp, name + "-" + d + ".html")
            with open(p, "wb") as f:
                f.write(dev_serialize(doc))
            pages[p] = (name, d, key)
    results = []
    dump = [a[7:] for a in sys.argv[1:] if a.startswith("--dump=")]
    print(f"{len(folders)} L3S-GN1 development pages, {len(pages)} rewritten in {tmp}")
    for bench in benches:
        got = run(bench, list(pages))
        res = collections.defaultdict(dict)
        for p, (name, d, key) in pages.items():
            res[name][d] = precision_recall(got.get(p, ""), key)
        results.append(res)
        if dump:
            with open(dump[0], "a", encoding="utf-8") as f:
                for p, (name, d, key) in pages.items():
                    f.write(json.dumps({"bench": bench, "kind": name, "page": d, "path": p, "key": key,
                                        "precision": res[name][d][0], "recall": res[name][d][1]}) + "\n")
        base = res["roundtrip"]
        print(f"## {bench} (lost: F1 under 0.5 where the roundtrip's is not; worse: 0.05 under the roundtrip's)")
        for name in kinds:
            r = res[name]
            n = len(r)
            P = sum(a for a, _ in r.values()) / n
            R = sum(b for _, b in r.values()) / n
            lost = [d for d in r if d in base and f1(*r[d]) < 0.5 <= f1(*base[d])]
            worse = sorted((f1(*r[d]) - f1(*base[d]), d) for d in r if d in base and f1(*r[d]) < f1(*base[d]) - 0.05)
            print(f"  {name:18s} F1 {f1(P, R):.5f} (P {P:.5f}, R {R:.5f}), pages {n}, lost {len(lost)}, worse {len(worse)}"
                  + (": " + ", ".join(f"{d[:8]} {f1(*base[d]):.2f}->{f1(*r[d]):.2f}" for _, d in worse[:6]) if worse else ""))
    if len(results) == 2 and "--pages" in sys.argv:
        print("## pages the second gives otherwise")
        for name in kinds:
            for d in sorted(results[0][name]):
                a, b = results[0][name][d], results[1][name][d]
                if abs(a[0] - b[0]) + abs(a[1] - b[1]) > 1e-9:
                    print(f"  {name:18s} {d[:8]} P {a[0]:.3f} R {a[1]:.3f} -> P {b[0]:.3f} R {b[1]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
