#!/usr/bin/env python3
"""The development keys' missed alignment pairs sorted by what would have been needed to join them, and two
joins that such classes suggest, simulated on the engine's claims (issue 11: three-outlet alignment recall).

usage: tools/study-missed-pairs.py --cli build/app/cli/parallax-cli --shared /work/shared --keys-dir DIR...
                                   [--cache FILE] [--part classes,high,joins,carried,wordnet] [--examples N]
       tools/study-missed-pairs.py --self-test

Pairs as ../shared/bench/score-claims.py counts them (two key sentences of two outlets, a key sentence read
as every engine sentence it overlaps); the counts of the built engine are reproduced to the pair first.
- classes: each missed pair (one key claim holds both sentences, no engine claim does) in the first class
  that fits, by its best pair of engine sentences (probabilities of `similarity-features`, and with the
  few-report gate open for "no word"):
    kept apart      scored at few_edge or more, or at few_link or more with a sentence alone: the evidence
                    the grouping asks of a pair was there, the claim assembly kept them apart
    just under      a sentence alone and the pair within 0.05 under few_link, or two claims and the pair
                    within 0.1 under few_edge
    named otherwise no name (the engine's name words) in common; one sentence opens on a pronoun or "the"
                    and a role noun ("the company", "the suspect") in its first four words, the other
                    names someone
    quotation       both sentences quoted
    names only      names in common, no predicate met (WordNet), the pair under the thresholds
    no word         no candidate even with the gate open: nothing in common the candidate search sees
    little shared   the rest: a paraphrase or a sentence of context with a word or two in common
  and across the classes, by reach: "not bundled" (neither key sentence is in two key claims), "bundled,
  reachable" (one is, but both sentences' largest key claims are one: the partition align30 read as the
  ceiling holds the pair), "bundled, out of reach" (a partition cannot hold it with the rest).
  With --examples N, N pairs a class (reachable) are printed to be read by hand.
- high: the key's high-salience difference units whose two outlets' members of the key claim share no engine
  claim (the alignment lost them before the differ could read them), by the class of the best missed pair
  between the unit's own sides.
- joins: two of the engine's claims join where a pair across them has probability T or more (0.3-0.9),
  optionally only the reports' first sentences (engine index under 1, 2 or 3), only mutual best partners
  (each the other's best of its report), claims of one sentence too or not; each set scored at the variant
  chosen on the other fourteen.
- carried: a sentence alone that opens on a pronoun (or on "the" and a role noun, or any sentence: the
  control) joins the claim of the sentence before it in its report, when that claim holds two outlets or
  more and the sentence's best link to the claim's other outlets' members is L or more (0-0.2; the gate
  open), or a member of a claim moves there too; left out as above.
- wordnet: the pairs of key sentences whose content words would newly meet through WordNet relations the
  lexicon does not read (verb entailment "*" and cause ">", verb groups "$", adjectives' similar-to "&"
  and also-see "^"; the lexicon's own meeting read as tools/wordnet-table.py builds it: the first three
  senses' synsets with their derivations, participles and pertainyms, the first two senses' hypernyms),
  key pairs against the others, by where the engine has them; the most frequent new word pairs (WordNet 3.0
  as Debian's wordnet-base installs it, /usr/share/wordnet).
Development sets only (basil-dev's development events, always; --keys-dir OUT/<set> of
tests/bench/claims/keyed-events.py); never a blind set (K15, K20, K23): the script refuses them."""
import collections, itertools, os, pickle, random, re, subprocess, tempfile

from corpus_args import (compared_events, development_sets, engine_sentences, gate_environments, key_claims,
                         load_scorer, pair_counts, study_command_line)

CLASSES = ("kept apart", "just under", "named otherwise", "quotation", "names only", "no word", "little shared")
REACH = ("not bundled", "bundled, reachable", "bundled, out of reach")
ROLES = ("company|firm|man|woman|suspect|victim|driver|officer|actor|actress|singer|star|player|coach|team|bank|"
         "group|couple|boy|girl|child|teen|teenager|mother|father|president|governor|senator|congressman|lawmaker|"
         "agency|department|club|church|building|family|judge|jury|court|government|minister|official|spokesman|"
         "spokeswoman|gunman|shooter|killer")
PRONOUN = re.compile(r"^\W*(?:\w+\W+){0,3}?(he|she|they|his|her|their|it|its|him|them)\b", re.I)
ROLE = re.compile(r"^\W*(?:\w+\W+){0,3}?(the|this|that) (" + ROLES + r")\b", re.I)
OPENS_ON_PRONOUN = re.compile(r"^\W*(he|she|they|it|his|her|their|its)\b", re.I)
OPENS_ON_REFERENCE = re.compile(r"^\W*(he|she|they|it|his|her|their|its|the (" + ROLES + r"))\b", re.I)
QUOTE = re.compile("[\"\u201c\u201d]")


def f1(t):
    tp, fp, fn = t
    return 2 * tp / max(1, 2 * tp + fp + fn)


def add(a, b):
    return [x + y for x, y in zip(a, b)]


def claims_where(out):
    """Engine sentence (source, sentence) -> the index of its claim in @out."""
    return {(m["source"], m["sentence"]): ci for ci, c in enumerate(out["claims"]) for m in c["members"]}


def features(cli, files, env):
    """(pair of (source, sentence)) -> its features (p, names, predicate, ...) as `similarity-features` gives
    them for the candidate pairs, both ways round."""
    text = subprocess.run([cli, "similarity-features"] + files, capture_output=True, text=True, env=env,
                          check=True).stdout.splitlines()
    columns = text[0].split()[4:]
    pairs = {}
    for line in text[1:]:
        w = line.split()
        a, sa, b, sb = (int(v) for v in w[:4])
        f = dict(zip(columns, (float(v) for v in w[4:])))
        pairs[((a, sa), (b, sb))] = pairs[((b, sb), (a, sa))] = f
    return pairs


def sentence_words(cli, files, env):
    """(source, sentence) -> its words as (word, kind) (kind n a name, p a predicate, w another content
    word, o a figure or other), as `similarity-features --all` prints them."""
    text = subprocess.run([cli, "similarity-features", "--all"] + files, capture_output=True, text=True, env=env,
                          check=True).stdout.splitlines()
    return {(int(w[1]), int(w[2])): [tuple(t.split("|")[:2]) for t in w[3:]]
            for w in (line.split() for line in text) if w and w[0] == "words"}


def load(a):
    """One record an event of every development set: the engine's output, the pair features (the gate as
    in use and open), each sentence's words, the key's claims and the map of key sentences."""
    if a.cache and os.path.exists(a.cache):
        with open(a.cache, "rb") as f:
            return pickle.load(f)
    sc = load_scorer(a.shared)
    events = []
    with tempfile.TemporaryDirectory() as tmp:
        env, env_open = gate_environments(a.model, tmp)
        sets = development_sets(a.shared, a.keys_dir, tmp)
        for name, key_file, key, d, gold, files, out in compared_events(a.cli, sc, sets, env):
            events.append(dict(set=name, event=os.path.basename(key_file).split(".")[0], out=out,
                               prob=features(a.cli, files, env), prob_open=features(a.cli, files, env_open),
                               words=sentence_words(a.cli, files, env),
                               emap=engine_sentences(sc, d, gold, out), kclaims=key_claims(key),
                               sizes={c["id"]: len(c["members"]) for c in key["claims"]},
                               differences=[(c["id"], c["members"], c.get("differences", []))
                                            for c in key["claims"]]))
    if a.cache:
        with open(a.cache, "wb") as f:
            pickle.dump(events, f)
    return events


def texts_of(out):
    """(source, sentence) -> the sentence's text in @out."""
    return {(i, j): s["text"] for i, src in enumerate(out["sources"]) for j, s in enumerate(src["sentences"])}


def sentence_text(ev, sid):
    return " ".join(ev["out"]["sources"][i]["sentences"][j]["text"] for i, j in sorted(ev["emap"][sid]))


def classify(ev, edge, link):
    """Each missed pair of @ev: (key sentence, key sentence, class, reach, best probability)."""
    where = claims_where(ev["out"])
    size = collections.Counter(where.values())
    emap, kc, prob, prob_open = ev["emap"], ev["kclaims"], ev["prob"], ev["prob_open"]
    largest = lambda s: max(kc[s], key=lambda c: (ev["sizes"][c], c))
    claims = lambda s: {where[x] for x in emap.get(s, ()) if x in where}
    kinds = lambda s, k: {w for x in emap[s] for w, kind in ev["words"].get(x, ()) if kind == k}
    missed = []
    for a, b in itertools.combinations(sorted(emap), 2):
        if a.split(":")[0] == b.split(":")[0] or not kc.get(a, set()) & kc.get(b, set()) or claims(a) & claims(b):
            continue
        if not emap[a] or not emap[b]:
            missed.append((a, b, "unmapped", REACH[0], None))
            continue
        pairs = [(x, y) for x in emap[a] for y in emap[b]]
        best = max((prob[p] for p in pairs if p in prob), key=lambda f: f["p"], default=None)
        p = best["p"] if best else None
        alone = any(min(size[c] for c in claims(s)) == 1 for s in (a, b))
        ta, tb = sentence_text(ev, a), sentence_text(ev, b)
        na, nb = kinds(a, "n"), kinds(b, "n")
        refers = lambda t: PRONOUN.search(t) or ROLE.search(t)
        if p is not None and (p >= edge or (alone and p >= link)):
            c = "kept apart"
        elif p is not None and ((alone and p >= link - 0.05) or (not alone and p >= edge - 0.1)):
            c = "just under"
        elif not na & nb and ((refers(ta) and nb) or (refers(tb) and na)):
            c = "named otherwise"
        elif QUOTE.search(ta) and QUOTE.search(tb):
            c = "quotation"
        elif na & nb and best is not None and best["predicate"] == 0:
            c = "names only"
        elif not any(q in prob_open for q in pairs):
            c = "no word"
        else:
            c = "little shared"
        bundled = len(kc[a]) > 1 or len(kc[b]) > 1
        reach = REACH[0] if not bundled else REACH[1] if largest(a) == largest(b) else REACH[2]
        missed.append((a, b, c, reach, p))
    return missed


def part_classes(events, edge, link, examples):
    total = [0, 0, 0]
    by_class, by_set = collections.Counter(), collections.defaultdict(collections.Counter)
    shown = collections.defaultdict(list)
    for ev in events:
        total = add(total, pair_counts(ev["emap"], ev["kclaims"], claims_where(ev["out"])))
        for a, b, c, reach, p in classify(ev, edge, link):
            by_class[(c, reach)] += 1
            by_set[ev["set"]][c] += 1
            if reach != REACH[2]:
                shown[c].append(f"{ev['set']} {ev['event']} {a} {b} p={p}\n  {sentence_text(ev, a)[:200]}\n"
                                f"  {sentence_text(ev, b)[:200]}")
    print(f"tp {total[0]} fp {total[1]} fn {total[2]}: F1 {f1(total):.4f} (pooled.sh's to the pair)")
    print("class".ljust(16) + "".join(r.rjust(23) for r in REACH) + "all".rjust(7))
    for c in ("unmapped",) + CLASSES:
        row = [by_class[(c, r)] for r in REACH]
        if sum(row):
            print(c.ljust(16) + "".join(str(n).rjust(23) for n in row) + str(sum(row)).rjust(7))
    print("all".ljust(16) + "".join(str(sum(by_class[(c, r)] for c in ("unmapped",) + CLASSES)).rjust(23)
                                    for r in REACH))
    sets = list(by_set)
    print("by set".ljust(16) + "".join(s[:8].rjust(9) for s in sets))
    for c in CLASSES:
        print(c.ljust(16) + "".join(str(by_set[s][c]).rjust(9) for s in sets))
    rng = random.Random(36)
    for c in CLASSES:
        for e in rng.sample(shown[c], min(examples, len(shown[c]))):
            print(f"[{c}] {e}")


def unjoined_high(ev, edge, link):
    """The key's high-salience difference units of @ev (a kind but attribution and framing, two outlets, a key
    claim) whose two outlets' members of the claim share no engine claim: (kind, outlet, outlet, the class and
    reach of the best missed pair between the unit's own sides, or None when no pair of its sides is missed)."""
    where = claims_where(ev["out"])
    claims = lambda s: {where[x] for x in ev["emap"].get(s, ()) if x in where}
    outlet = lambda s: s.split(":")[0]
    missed = {(a, b): (c, r, p) for a, b, c, r, p in classify(ev, edge, link)}
    units = {}
    for cid, members, differences in ev["differences"]:
        for d in differences:
            if d["kind"] in ("attribution", "framing") or d.get("salience", "high") != "high":
                continue
            for i, j in itertools.combinations(range(len(d["sides"])), 2):
                for a, b in itertools.product(d["sides"][i], d["sides"][j]):
                    x, y = sorted((outlet(a), outlet(b)))
                    if x == y or (d["kind"], x, y, cid) in units:
                        continue
                    if any(claims(m) & claims(n) for m in members if outlet(m) == x for n in members if outlet(n) == y):
                        units[(d["kind"], x, y, cid)] = "joined"
                        continue
                    sides = [missed[tuple(sorted((m, n)))] for m in d["sides"][i] for n in d["sides"][j]
                             if {outlet(m), outlet(n)} == {x, y} and tuple(sorted((m, n))) in missed]
                    units[(d["kind"], x, y, cid)] = max(sides, key=lambda t: t[2] or 0)[:2] if sides else None
    return [(k[0], k[1], k[2], v) for k, v in units.items() if v != "joined"]


def part_high(events, edge, link):
    by_class = collections.Counter()
    for ev in events:
        for kind, x, y, best in unjoined_high(ev, edge, link):
            by_class[best or ("sides not a missed pair", "")] += 1
    print(f"high-salience units whose outlets share no engine claim: {sum(by_class.values())}")
    for (c, reach), n in by_class.most_common():
        print(f"{n:5d}  {c} ({reach})")


def join_strong(where, prob, threshold, lead=None, mutual=False, singles=True):
    """@where after two claims join wherever a pair across them has probability @threshold or more (the
    strongest first): with @lead only pairs of two sentences of index under @lead, with @mutual only pairs
    each of whose sentences is the other's best partner of its report, without @singles never a claim of
    one sentence."""
    where = dict(where)
    best = {}
    for (x, y), f in prob.items():
        if f["p"] > best.get((x, y[0]), (0.0, None))[0]:
            best[(x, y[0])] = (f["p"], y)
    for p, x, y in sorted(((f["p"], x, y) for (x, y), f in prob.items() if x < y and f["p"] >= threshold),
                          reverse=True):
        cx, cy = where.get(x), where.get(y)
        if cx is None or cy is None or cx == cy:
            continue
        if lead is not None and not (x[1] < lead and y[1] < lead):
            continue
        if mutual and not (best[(x, y[0])][1] == y and best[(y, x[0])][1] == x):
            continue
        members_y = [s for s, c in where.items() if c == cy]
        if not singles and (len(members_y) < 2 or sum(c == cx for c in where.values()) < 2):
            continue
        for s in members_y:
            where[s] = cx
    return where


def join_carried(where, texts, prob, pattern, floor, members_too=False):
    """@where after each sentence alone (or any, @members_too) whose text matches @pattern (None: any) joins
    the claim of the sentence before it in its report, when that claim holds two outlets or more and the
    sentence's best link to the claim's members of other outlets is @floor or more; the claims as they were
    before any join."""
    members = collections.defaultdict(list)
    for s, c in where.items():
        members[c].append(s)
    out = dict(where)
    for x, c in where.items():
        before = where.get((x[0], x[1] - 1))
        if before is None or before == c or (not members_too and len(members[c]) > 1):
            continue
        if pattern is not None and not pattern.search(texts[x]):
            continue
        if len({m[0] for m in members[before]}) < 2:
            continue
        others = [m for m in members[before] if m[0] != x[0]]
        if max((prob.get((x, m), {"p": 0.0})["p"] for m in others), default=0.0) >= floor:
            out[x] = before
    return out


def left_out(variants, sets):
    """Each set scored at the variant (by name) chosen on the other sets' pooled F1; "engine" wins ties."""
    total, chosen = [0, 0, 0], collections.Counter()
    for s in sets:
        others = [o for o in sets if o != s]
        pick = max(variants, key=lambda v: (f1([sum(variants[v][o][i] for o in others) for i in range(3)]),
                                            v == "engine", str(v)))
        chosen[pick] += 1
        total = add(total, variants[pick][s])
    return total, chosen


def run_rule(events, rule):
    per = collections.defaultdict(lambda: [0, 0, 0])
    for ev in events:
        per[ev["set"]] = add(per[ev["set"]], pair_counts(ev["emap"], ev["kclaims"], rule(ev, claims_where(ev["out"]))))
    return dict(per)


def show_variants(variants, sets, top):
    engine = variants["engine"]
    pooled = lambda v: [sum(variants[v][s][i] for s in sets) for i in range(3)]
    for v in sorted(variants, key=lambda v: -f1(pooled(v)))[:top]:
        t = pooled(v)
        print(f"{str(v):34s} {f1(t):.4f} (tp {t[0]} fp {t[1]} fn {t[2]}) "
              + " ".join(f"{s[:5]} {f1(variants[v][s]) - f1(engine[s]):+.3f}" for s in sets))
    t, chosen = left_out(variants, sets)
    print(f"left out: {f1(t):.4f} (tp {t[0]} fp {t[1]} fn {t[2]}), chosen {dict(chosen)}")


def part_joins(events):
    variants = {"engine": run_rule(events, lambda ev, w: w)}
    thresholds = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
    for t, lead, mutual, singles in itertools.product(thresholds, (None, 1, 2, 3), (False, True), (False, True)):
        variants[(t, lead, mutual, singles)] = run_rule(
            events, lambda ev, w: join_strong(w, ev["prob"], t, lead, mutual, singles))
    print("joins on a strong pair: (threshold, first sentences, mutual best, claims of one sentence too)")
    show_variants(variants, sorted(variants["engine"]), 12)


def part_carried(events):
    variants = {"engine": run_rule(events, lambda ev, w: w)}
    patterns = {"pronoun": OPENS_ON_PRONOUN, "pronoun or role": OPENS_ON_REFERENCE, "any": None}
    for (name, pattern), floor, members_too in itertools.product(patterns.items(), (0, 0.05, 0.1, 0.2), (False, True)):
        variants[(name, floor, members_too)] = run_rule(events, lambda ev, w: join_carried(
            w, texts_of(ev["out"]), ev["prob_open"], pattern, floor, members_too))
    print("a sentence joins the claim of the sentence before it: (opening, best link, members too)")
    show_variants(variants, sorted(variants["engine"]), 12)


def wordnet_concepts(folder):
    """word -> (synonym concepts, hypernym concepts, concepts through the relations the lexicon does not read)
    of its lemmas as nouns, verbs and adjectives (WordNet 3.0's files in @folder)."""
    files = {"n": "noun", "v": "verb", "a": "adj"}
    data, index, exceptions = {}, {}, collections.defaultdict(set)
    for p, f in files.items():
        for raw in open(os.path.join(folder, "data." + f), "rb"):
            if raw.startswith(b"  "):
                continue
            w = raw.decode("latin-1").split(" | ")[0].split()
            k = 4 + 2 * int(w[3], 16)
            data[(p, int(w[0]))] = [(w[k + 1 + 4 * i], "a" if w[k + 3 + 4 * i] == "s" else w[k + 3 + 4 * i],
                                     int(w[k + 2 + 4 * i])) for i in range(int(w[k]))]
        for raw in open(os.path.join(folder, "index." + f), "rb"):
            if not raw.startswith(b"  "):
                w = raw.decode("latin-1").split()
                index[(w[0], p)] = [int(x) for x in w[4 + int(w[3]) + 2:]]
        for line in open(os.path.join(folder, f + ".exc"), encoding="latin-1"):
            w = line.split()
            if len(w) >= 2:
                exceptions[(w[0], p)].add(w[1])
    suffixes = {"n": (("s", ""), ("ses", "s"), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
                      ("ies", "y")),
                "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
                      ("ing", "")),
                "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e"))}

    def lemmas(word, p):
        found = {word} | exceptions.get((word, p), set())
        found |= {word[:len(word) - len(s)] + r for s, r in suffixes[p] if word.endswith(s)}
        return {x for x in found if (x, p) in index}

    def pointed(p, offsets, symbols):
        return {(tp, to) for o in offsets for sym, tp, to in data[(p, o)] if sym in symbols}

    cache = {}

    def concepts(word):
        if word not in cache:
            syn, hyper, new = set(), set(), set()
            for p in files:
                for lemma in lemmas(word, p):
                    senses = index[(lemma, p)]
                    syn |= {(p, o) for o in senses[:3]} | pointed(p, senses[:3], {"+", "<", "\\"})
                    hyper |= pointed(p, senses[:2], {"@", "@i"})
                    more = pointed(p, senses[:3], {"*", ">", "$", "&", "^"})
                    new |= more | {(tp, to) for q, o in more for sym, tp, to in data[(q, o)] if sym == "+"}
            cache[word] = (syn, hyper, new)
        return cache[word]
    return concepts


def newly_met(words_a, words_b, concepts):
    """The word pairs of @words_a and @words_b that meet only through the relations the lexicon does not read."""
    met = []
    for x in words_a:
        for y in words_b:
            if x == y:
                continue
            sx, hx, nx = concepts(x)
            sy, hy, ny = concepts(y)
            if not (sx & sy or hx & sy or hy & sx) and (nx & sy or ny & sx):
                met.append((x, y))
    return met


def part_wordnet(events, folder):
    concepts = wordnet_concepts(folder)
    counts, words_met = collections.Counter(), collections.Counter()
    for ev in events:
        where = claims_where(ev["out"])
        emap, kc = ev["emap"], ev["kclaims"]
        claims = lambda s: {where[x] for x in emap.get(s, ()) if x in where}
        content = lambda s: {w for x in emap[s] for w, kind in ev["words"].get(x, ()) if kind in ("w", "p")}
        for a, b in itertools.combinations(sorted(emap), 2):
            if a.split(":")[0] == b.split(":")[0] or not emap[a] or not emap[b]:
                continue
            cls = ("key" if kc.get(a, set()) & kc.get(b, set()) else "other") + \
                (" pairs in one claim" if claims(a) & claims(b) else " pairs apart")
            counts[cls] += 1
            met = newly_met(content(a), content(b), concepts)
            if met:
                counts[cls + ", newly met"] += 1
                words_met.update(tuple(sorted(m)) for m in met)
    for cls in ("key pairs in one claim", "key pairs apart", "other pairs in one claim", "other pairs apart"):
        print(f"{cls}: {counts[cls]}, newly met {counts[cls + ', newly met']}")
    k, o = counts["key pairs apart, newly met"], counts["other pairs apart, newly met"]
    print(f"key share of the pairs apart that newly meet {k / max(1, k + o):.3f}, of all pairs apart "
          f"{counts['key pairs apart'] / max(1, counts['key pairs apart'] + counts['other pairs apart']):.3f}")
    print("most frequent:", ", ".join(f"{x}/{y} {n}" for (x, y), n in words_met.most_common(30)))


def self_test():
    # three outlets: a lede claim, a headline claim, a pronoun sentence alone after the lede, a quote alone
    out = {"sources": [{"sentences": [{"text": "Smith quits as coach"}, {"text": "Coach John Smith resigned."},
                                      {"text": "He was 61."}]},
                       {"sentences": [{"text": "Coach resigns"}, {"text": "Smith has resigned on Monday."},
                                      {"text": "\"I am tired,\" Smith said."}]},
                       {"sentences": [{"text": "Smith steps down"}, {"text": "John Smith stepped down."},
                                      {"text": "\"It is time,\" Smith said."}]}],
           "claims": [{"members": [{"source": 0, "sentence": 1}, {"source": 1, "sentence": 1},
                                   {"source": 2, "sentence": 1}]},
                      {"members": [{"source": 0, "sentence": 0}, {"source": 1, "sentence": 0},
                                   {"source": 2, "sentence": 0}]},
                      {"members": [{"source": 0, "sentence": 2}]}, {"members": [{"source": 1, "sentence": 2}]},
                      {"members": [{"source": 2, "sentence": 2}]}]}
    prob, prob_open = {}, {}

    def link(x, y, p, names=1.0, predicate=0.0, scored=True):
        f = {"p": p, "names": names, "predicate": predicate}
        for table in (prob, prob_open) if scored else (prob_open,):
            table[(x, y)] = table[(y, x)] = f
    link((0, 0), (1, 1), 0.45)           # headline against lede: kept apart at the edge
    link((0, 1), (1, 0), 0.35)           # lede against headline: just under the edge
    link((1, 2), (2, 2), 0.05, 0.0)      # two quotes, under the gate
    link((0, 0), (2, 1), 0.05, 1.0, 0.0)  # a name only
    link((0, 1), (1, 1), 0.9, 1.0, 1.0)
    link((1, 1), (2, 1), 0.8)
    link((0, 2), (1, 1), 0.1, 0.0)       # "He was 61." against the lede
    link((0, 2), (2, 1), 0.3, 0.0)       # and against another outlet's lede: alone, past few_link
    words = {(0, 2): [], (1, 1): [("smith", "n"), ("resigned", "p")], (0, 0): [("smith", "n")],
             (2, 1): [("john", "n"), ("smith", "n")], (0, 1): [("john", "n"), ("smith", "n")], (1, 0): [],
             (1, 2): [("smith", "n")], (2, 2): [("smith", "n")]}
    emap = {f"{o}:{j}": {(i, j)} for i, o in enumerate(("a", "b", "c")) for j in range(3)}
    kclaims = {"a:0": {1}, "b:1": {1, 2}, "a:1": {1}, "b:0": {1}, "c:1": {1}, "a:2": {1}, "b:2": {3}, "c:2": {3},
               "c:0": {2}}
    kclaims["a:2"], kclaims["c:2"] = {1, 4}, {3, 4}  # "He was 61." / "It is time," keyed as one claim too
    differences = [(1, ["a:0", "b:1", "a:1", "b:0", "c:1", "a:2"],
                    [{"kind": "hedging", "sides": [["a:1"], ["b:1"]]}]),
                   (4, ["a:2", "c:2"], [{"kind": "quote", "salience": "low", "sides": [["a:2"], ["c:2"]]},
                                        {"kind": "attribution", "sides": [["a:2"], ["c:2"]]},
                                        {"kind": "number", "sides": [["a:2"], ["c:2"]]}])]
    ev = {"set": "test", "event": "e", "out": out, "prob": prob, "prob_open": prob_open, "words": words,
          "emap": emap, "kclaims": kclaims, "sizes": {1: 6, 2: 2, 3: 2, 4: 2}, "differences": differences}
    got = {(a, b): (c, r) for a, b, c, r, p in classify(ev, 0.4, 0.2)}
    assert got[("a:0", "b:1")] == ("kept apart", "bundled, reachable"), got[("a:0", "b:1")]
    assert got[("a:1", "b:0")][0] == "just under", got[("a:1", "b:0")]
    assert got[("a:2", "b:1")][0] == "named otherwise", got[("a:2", "b:1")]
    assert got[("a:2", "c:1")][0] == "kept apart", got[("a:2", "c:1")]
    assert got[("b:2", "c:2")][0] == "quotation", got[("b:2", "c:2")]
    assert got[("a:0", "c:1")][0] == "names only", got[("a:0", "c:1")]
    assert got[("b:0", "c:1")][0] == "no word", got[("b:0", "c:1")]
    assert ("a:1", "b:1") not in got, "a pair the engine holds is no miss"
    assert got[("b:1", "c:0")][1] == "bundled, out of reach", got[("b:1", "c:0")]
    # claim 4's outlets share no engine claim; claim 1's a and b do (a:1, b:1): its hedging is no loss;
    # neither a unit of low salience nor attribution counts
    high = unjoined_high(ev, 0.4, 0.2)
    assert high == [("number", "a", "c", ("named otherwise", "bundled, out of reach"))], high
    where = claims_where(out)
    joined = join_strong(where, prob, 0.4)
    assert joined[(1, 1)] == joined[(0, 0)], "the headline claim and the lede claim join on 0.45"
    assert join_strong(where, prob, 0.5)[(1, 1)] != join_strong(where, prob, 0.5)[(0, 0)], "0.45 under 0.5"
    leads = join_strong(where, prob, 0.4, lead=1)
    assert leads[(1, 1)] != leads[(0, 0)], "a lede (index 1) is not among the first sentence of each report"
    mutual = join_strong(where, prob, 0.4, mutual=True)
    assert mutual[(1, 1)] != mutual[(0, 0)], "(1, 1)'s best of report 0 is (0, 1), not (0, 0)"
    texts = texts_of(out)
    carried = join_carried(where, texts, prob_open, OPENS_ON_PRONOUN, 0.05)
    assert carried[(0, 2)] == where[(0, 1)], "'He was 61.' joins the lede before it on 0.3"
    assert carried[(1, 2)] == where[(1, 2)], "a quote that opens on no pronoun stays"
    assert join_carried(where, texts, prob_open, OPENS_ON_PRONOUN, 0.35)[(0, 2)] == where[(0, 2)], "0.3 under 0.35"
    per = {"engine": {"s1": [10, 5, 5], "s2": [10, 5, 5]}, "v": {"s1": [12, 5, 3], "s2": [9, 9, 6]}}
    total, chosen = left_out(per, ["s1", "s2"])
    assert total == [10 + 9, 5 + 9, 5 + 6] and chosen == {"engine": 1, "v": 1}, (total, chosen)
    print("self-test passed")


def main():
    args = study_command_line(self_test, "classes",
                              lambda ap: ap.add_argument("--examples", type=int, default=0))
    if args is None:
        return
    a, parts = args
    setting = {l.split()[1]: float(l.split()[2]) for l in open(a.model) if l.startswith("setting ")}
    events = load(a)
    if "classes" in parts:
        part_classes(events, setting["few_edge"], setting["few_link"], a.examples)
    if "high" in parts:
        part_high(events, setting["few_edge"], setting["few_link"])
    if "joins" in parts:
        part_joins(events)
    if "carried" in parts:
        part_carried(events)
    if "wordnet" in parts:
        part_wordnet(events, "/usr/share/wordnet")


if __name__ == "__main__":
    main()
