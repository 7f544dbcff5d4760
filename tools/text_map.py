#!/usr/bin/env python3
"""Where a key's sentences lie among the engine's sentences of the same file: the fitting scripts'
labels (tools/fit-similarity.py, tools/fit-few-similarity.py).

A key gives each sentence as character offsets into the file; the engine gives its sentences as
offsets into its own text of the file (parallax-cli compare --format json, a source's "text"), which
may lack the file's head (a dateline, a stamp) and may differ from it inside as well: spaces run
together, a character read otherwise. One shift between the two texts places every key sentence
after such a change over the next engine sentence too, and so gives it claims of its neighbour.
Here the two texts are aligned (the engine's text found whole in the file when it is there; else
their words aligned, and the characters of each run of words that differs), and a key sentence
maps onto each engine sentence that holds a character aligned with one of its own: where the
engine's text is the file's, character for character, from some offset on, that is the one shift's
map exactly.

usage: tools/text_map.py --self-test"""
import bisect, difflib, re, sys

WORD = re.compile(r"\S+")
# a run of words that differs in the two texts is aligned character by character when it is at most
# this long in each (difflib's alignment of characters is quadratic); a longer run is left unaligned
RUN_MAX = 4096
# past this many words in the part of the texts that differs (no article: a file of other text), the
# texts are placed by one shift, as the engine text's first 200 characters are found in the file, so that
# difflib's alignment, which grows with the square of the words, stays bounded
WORDS_MAX = 20000


def matching_blocks(text, etext):
    """The characters the file's @text and the engine's @etext share, in order: (offset in @text,
    offset in @etext, length)."""
    if not text or not etext:
        return []
    at = text.find(etext)
    if at >= 0:
        return [(at, 0, len(etext))]
    wa = [(m.start(), m.end()) for m in WORD.finditer(text)]
    wb = [(m.start(), m.end()) for m in WORD.finditer(etext)]
    ta, tb = [text[s:e] for s, e in wa], [etext[s:e] for s, e in wb]
    # the words both texts begin and end with are aligned as they stand; difflib aligns the rest
    head = 0
    while head < min(len(ta), len(tb)) and ta[head] == tb[head]:
        head += 1
    tail = 0
    while tail < min(len(ta), len(tb)) - head and ta[-1 - tail] == tb[-1 - tail]:
        tail += 1
    if max(len(ta), len(tb)) - head - tail > WORDS_MAX:
        shift = max(text.find(etext[:200]), 0)
        return [(shift, 0, min(len(etext), len(text) - shift))]
    middle = difflib.SequenceMatcher(None, ta[head:len(ta) - tail], tb[head:len(tb) - tail], autojunk=False)
    opcodes = [("equal", 0, head, 0, head)] if head else []
    opcodes += [(tag, i1 + head, i2 + head, j1 + head, j2 + head) for tag, i1, i2, j1, j2 in middle.get_opcodes()]
    opcodes += [("equal", len(ta) - tail, len(ta), len(tb) - tail, len(tb))] if tail else []
    blocks = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            blocks += [(wa[i][0], wb[j][0], wa[i][1] - wa[i][0]) for i, j in zip(range(i1, i2), range(j1, j2))]
        elif tag == "replace":
            a0, a1, b0, b1 = wa[i1][0], wa[i2 - 1][1], wb[j1][0], wb[j2 - 1][1]
            if a1 - a0 <= RUN_MAX and b1 - b0 <= RUN_MAX:
                chars = difflib.SequenceMatcher(None, text[a0:a1], etext[b0:b1], autojunk=False)
                blocks += [(a0 + x, b0 + y, n) for x, y, n in chars.get_matching_blocks() if n]
    return blocks


def gold_to_engine(gold_doc, text, src):
    """For each key sentence of @gold_doc ("start" and "end" into the file's @text) the indices of the
    engine sentences of @src (a source of parallax-cli's JSON) that hold a character of it."""
    sentences = src.get("sentences") or []
    order = sorted(range(len(sentences)), key=lambda j: sentences[j]["start"])
    starts = [sentences[j]["start"] for j in order]
    blocks = matching_blocks(text, src.get("text") or "")
    block_starts = [a for a, _, _ in blocks]
    res = []
    for g in gold_doc:
        gs, ge = g["start"], g["end"]
        hits = set()
        k = max(bisect.bisect_right(block_starts, gs) - 1, 0)
        while k < len(blocks) and blocks[k][0] < ge:
            a, b, n = blocks[k]
            lo, hi = max(gs, a), min(ge, a + n)
            if lo < hi:
                x, y = b + lo - a, b + hi - a
                # engine sentences starting before y, from the last one that starts at or before x
                at = max(bisect.bisect_right(starts, x) - 1, 0)
                while at < len(order) and starts[at] < y:
                    s = sentences[order[at]]
                    if min(y, s["end"]) - max(x, s["start"]) > 0:
                        hits.add(order[at])
                    at += 1
            k += 1
        res.append(sorted(hits))
    return res


def one_shift(gold_doc, text, src):
    """The map by one shift (the engine text's first 200 characters found in the file), which the
    self-test tells apart from gold_to_engine()."""
    et = src.get("text") or ""
    shift = max(text.find(et[:200]) if et else 0, 0)
    return [[j for j, s in enumerate(src.get("sentences") or [])
             if min(g["end"] - shift, s["end"]) - max(g["start"] - shift, s["start"]) > 0] for g in gold_doc]


def self_test():
    def engine(etext, cuts):
        """A source of the engine's JSON whose sentences are @etext cut at the strings @cuts."""
        sentences, at = [], 0
        for c in cuts:
            s = etext.index(c, at)
            sentences.append({"start": s, "end": s + len(c)})
            at = s + len(c)
        return {"text": etext, "sentences": sentences}

    def key(text, parts):
        out, at = [], 0
        for p in parts:
            s = text.index(p, at)
            out.append({"start": s, "end": s + len(p)})
            at = s + len(p)
        return out

    parts = ["The dam broke at dawn.", "Water reached the town by noon.", "Two people died.",
             "The mayor called for help.", "Rescuers arrived at night."]
    # the file: a dateline the engine leaves out, two spaces after each full stop (the engine's text has
    # one), a character the engine reads otherwise
    head = "RIVERTON, May 3 --\n\n"
    kparts = [p.replace("mayor", "Mayor\u00a0Ann") for p in parts]
    eparts = [p.replace("mayor", "Mayor Ann") for p in parts]
    text, etext = head + "  ".join(kparts), " ".join(eparts)
    src, gold = engine(etext, eparts), key(text, kparts)
    mapped = gold_to_engine(gold, text, src)
    assert mapped == [[0], [1], [2], [3], [4]], mapped
    # one shift slides: each key sentence after the first double space also overlaps the next one
    assert one_shift(gold, text, src) != mapped, one_shift(gold, text, src)
    # tools/fit-similarity.py's labels are read through this map
    import importlib.util, os, tempfile
    spec = importlib.util.spec_from_file_location(
        "fit_similarity", os.path.join(os.path.dirname(os.path.abspath(__file__)), "fit-similarity.py"))
    fit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fit)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "a.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        assert fit.sentence_map({"sources": [src]}, [path], [gold]) == [mapped]
    # where the engine's text is the file's from an offset on, the map is the one shift's
    same = head + " ".join(parts)
    src2, gold2 = engine(" ".join(parts), parts), key(same, parts)
    assert gold_to_engine(gold2, same, src2) == one_shift(gold2, same, src2) == [[0], [1], [2], [3], [4]]
    # a key sentence the engine left out maps onto nothing; the others stay
    cut = " ".join(p for i, p in enumerate(parts) if i != 2)
    src3 = engine(cut, [p for i, p in enumerate(parts) if i != 2])
    assert gold_to_engine(gold2, same, src3) == [[0], [1], [], [2], [3]], gold_to_engine(gold2, same, src3)
    # a key sentence over two engine sentences maps onto both
    wide = [{"start": gold2[1]["start"], "end": gold2[2]["end"]}]
    assert gold_to_engine(wide, same, src2) == [[1, 2]]
    # nothing to read: no engine text, no file text, text of no words, invalid offsets
    assert gold_to_engine(gold2, same, {"text": "", "sentences": []}) == [[]] * 5
    assert gold_to_engine([{"start": 0, "end": 5}], "", src2) == [[]]
    assert gold_to_engine([{"start": -9, "end": 10 ** 9}], "\x00\ufffd \udcff", {"text": "\x00 ?", "sentences": [
        {"start": 0, "end": 3}]}) == [[0]]
    assert matching_blocks("   ", "\t") == []
    # a long run of differing words is left unaligned, not aligned character by character
    big = "x" * (RUN_MAX + 1)
    assert matching_blocks("a " + big + " b", "a " + big.upper() + " b") == [(0, 0, 1), (RUN_MAX + 4, RUN_MAX + 4, 1)]
    print("self-test passed")


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        self_test()
    else:
        sys.exit(__doc__)
