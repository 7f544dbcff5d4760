#!/usr/bin/env python3
"""A sentence that carries several claims, cut into clause parts (align33; issue 11, the keys' sentences
in two to five claims): what the parts would gain on the development keys, measured without touching
the engine or the scorers.

usage: tools/study-clause-parts.py --cli build/app/cli/parallax-cli [--shared ../shared] --keys-dir DIR...
                                   [--rules SRCBP;] [--cache FILE] [--ledes]

Each report's text is copied with its clause boundaries made sentence ends by substitutions of the same
length (", after the" -> ". After the"), so every offset of the keys still holds; a boundary is cut only
outside a quotation and where both sides keep four words or more; headlines are left whole. The rules
(--rules, letters):
  S  ", after|as|when|amid|while|before|since|because|although|though|until|whereas "
  R  ", who|which|where " (a relative clause set off by a comma)
  C  ", and|but " before a pronoun, an article, "police", "officials" or a capitalised word
  B  ", but|yet " always
  P  ", <word>ing " (a participle clause)
  ;  "; " before a lower-case word
Then, per development set (basil-dev's development events and each --keys-dir OUT/<set> of
tests/bench/claims/keyed-events.py; never a blind set):
  main            the engine on the texts as they are, pairs counted as score-claims.py counts them
  parts as units  the engine on the cut texts, counted the same way (a key sentence overlaps each of its
                  parts, so it is in every claim a part is in): what score-claims.py itself prints on
                  the cut texts
  whole + parts   a key sentence keeps the claim of the whole sentence (main's run) and, when it was cut,
                  gains the claim of each part whose best pair probability (similarity-features on the
                  cut texts) to a member of that claim of another outlet is T or more: the keys' own
                  reading, where a sentence may be in several claims. score-claims.py reads the engine
                  as a partition (claim_index(): the last claim that lists a sentence), so this figure
                  is no scorer's; it says what a second membership would be worth if one were read.
T is chosen with each set left out. --ledes also counts the pairs of leads (first three sentences) the
engine puts in one claim by where their shared words lie: in one clause pair ("together"), or only across
clauses (no clause pair shares two words: "spread"), as key pairs and false ones.
--cache FILE keeps what the engine printed (a pickle).
       tools/study-clause-parts.py --self-test   checks the cuts on sentences written for it"""
import argparse, hashlib, itertools, json, os, pickle, re, shutil, subprocess, sys, tempfile

from corpus_args import (add_corpus_arguments, development_sets, engine_sentences, key_claims, load_scorer,
                         refuse_blind)

SUBORDINATORS = "after|as|when|amid|while|before|since|because|although|though|until|whereas"
CLAUSE_START = r"(?:he|she|they|it|we|i|the|a|an|his|her|their|its|police|officials|[A-Z][a-z]+)"
RULES = {
    "S": r", (%s) " % SUBORDINATORS,
    "R": r", (who|which|where) ",
    "C": r", (and|but) (?=%s\b)" % CLAUSE_START,
    "B": r", (but|yet) ",
    "P": r", ([a-z]+ing) ",
    ";": r"; ([a-z])",
}
THRESHOLDS = [0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]
MIN_WORDS = 4


def in_quotation(line, pos):
    before = line[:pos]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def cut_line(line, patterns):
    """@line with its clause boundaries made sentence ends, the same length."""
    chars = list(line)
    for rx in patterns:
        for m in rx.finditer(line):
            p = m.start()
            if in_quotation(line, p):
                continue
            left = line[:p]
            start = max(left.rfind(". "), left.rfind("? "), left.rfind("! "))
            rest = line[p + 2:]
            end = re.search(r"[.?!](\s|$)", rest)
            if len(left[start + 1:].split()) < MIN_WORDS or len((rest[:end.start()] if end else rest).split()) < MIN_WORDS:
                continue
            chars[p] = "."
            chars[m.start(1)] = chars[m.start(1)].upper()
    return "".join(chars)


def cut_event(src, dst, files, patterns):
    os.makedirs(dst, exist_ok=True)
    for f in os.listdir(src):
        path = os.path.join(src, f)
        if f in files:
            lines = open(path, encoding="utf-8").read().split("\n")
            text = "\n".join(lines[:1] + [cut_line(l, patterns) for l in lines[1:]])
            open(os.path.join(dst, f), "w", encoding="utf-8").write(text)
        elif os.path.isfile(path):
            shutil.copy(path, os.path.join(dst, f))


def f1(tp, fp, fn):
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    return 2 * p * r / max(1e-9, p + r)


def self_test():
    every = [re.compile(RULES[r]) for r in RULES]
    line = "The ferry ran aground off the northern cape on Tuesday, after its engines failed in heavy seas."
    cut = cut_line(line, every)
    assert cut == "The ferry ran aground off the northern cape on Tuesday. After its engines failed in heavy seas.", cut
    # a relative clause and a participle clause in one sentence, each part four words or more
    line = ("Rescuers reached the village before dawn, which had been cut off by the flood, "
            "bringing water and blankets for the families.")
    cut = cut_line(line, every)
    assert cut == ("Rescuers reached the village before dawn. Which had been cut off by the flood. "
                   "Bringing water and blankets for the families."), cut
    # inside a quotation, or leaving a side under four words: no cut
    for line in ('"We stayed on deck, while the crew worked the pumps all night," one passenger said.',
                 "\u201cWe stayed on deck, while the crew worked the pumps,\u201d one passenger said.",
                 "He left, after dinner with the harbour master and his crew.",
                 "The harbour master said the crew had done all they could, though."):
        assert cut_line(line, every) == line, cut_line(line, every)
    # "and" cuts only before what can open a clause (a list's last noun stays), then the part is kept
    c = [re.compile(RULES["C"])]
    line = "The storm closed roads, schools, shops, and bridges along the coast for two days."
    assert cut_line(line, c) == line, cut_line(line, c)
    line = "The storm closed roads along the coast for two days, and officials opened three shelters."
    assert cut_line(line, c) == "The storm closed roads along the coast for two days. And officials opened three shelters."
    # a headline stays whole; the text keeps its length, so the keys' offsets hold
    src, dst = tempfile.mkdtemp(), tempfile.mkdtemp()
    text = ("Ferry runs aground off the cape, after its engines fail in heavy seas\n\n"
            "The ferry ran aground off the northern cape on Tuesday, after its engines failed in heavy seas.\n")
    open(os.path.join(src, "fox.txt"), "w", encoding="utf-8").write(text)
    cut_event(src, os.path.join(dst, "e"), {"fox.txt"}, every)
    cut = open(os.path.join(dst, "e", "fox.txt"), encoding="utf-8").read()
    shutil.rmtree(src)
    shutil.rmtree(dst)
    assert len(cut) == len(text) and cut.split("\n")[0] == text.split("\n")[0] and cut != text, cut
    print("study-clause-parts self-test: ok")


def main():
    if "--self-test" in sys.argv:
        self_test()
        return
    ap = argparse.ArgumentParser()
    add_corpus_arguments(ap)
    ap.add_argument("--rules", default="SRCBP;")
    ap.add_argument("--cache")
    ap.add_argument("--ledes", action="store_true")
    a = ap.parse_args()
    refuse_blind(a.keys_dir)
    sc = load_scorer(a.shared)
    patterns = [re.compile(RULES[r]) for r in a.rules]
    cache = pickle.load(open(a.cache, "rb")) if a.cache and os.path.exists(a.cache) else {}

    def run(cmd, files):
        k = (cmd, tuple(hashlib.sha1(open(f, "rb").read()).hexdigest() for f in files))
        if k not in cache:
            p = subprocess.run([a.cli, cmd] + (["--format", "json"] if cmd == "compare" else []) + list(files),
                               capture_output=True, text=True, timeout=300)
            cache[k] = p.stdout
        return cache[k]

    tmp = tempfile.mkdtemp()
    results = {}
    ledes = {}
    for name, keys, events in development_sets(a.shared, a.keys_dir, tmp):
        counts = {"main": [0, 0, 0], "units": [0, 0, 0], "cut": 0, "cut_bundled": 0, "bundled": 0}
        counts.update({T: [0, 0, 0] for T in THRESHOLDS})
        for f in sorted(os.listdir(keys)):
            if not f.endswith(".json"):
                continue
            key = json.load(open(os.path.join(keys, f)))
            d, gold = sc.load_event(events, f.split(".")[0])
            dc = os.path.join(tmp, "cut", name, os.path.basename(d))
            cut_event(d, dc, set(gold["files"]), patterns)
            whole = json.loads(run("compare", [os.path.join(d, x) for x in gold["files"]]))
            parts = json.loads(run("compare", [os.path.join(dc, x) for x in gold["files"]]))
            prob = {}
            for line in run("similarity-features", [os.path.join(dc, x) for x in gold["files"]]).splitlines()[1:]:
                s, i, t, j, p = line.split()[:5]
                prob[(int(s), int(i)), (int(t), int(j))] = prob[(int(t), int(j)), (int(s), int(i))] = float(p)
            ew, ep = engine_sentences(sc, d, gold, whole), engine_sentences(sc, dc, gold, parts)
            cw, cp = sc.claim_index(whole), sc.claim_index(parts)
            members = [[(m["source"], m["sentence"]) for m in c["members"]] for c in parts["claims"]]
            kc = key_claims(key)
            cut = {k for k in ep if len(ep[k]) > len(ew.get(k, ()))}
            for k in ew:
                bundled = len(kc.get(k, ())) > 1
                counts["bundled"] += bundled
                counts["cut"] += k in cut
                counts["cut_bundled"] += bundled and k in cut

            def claims_of_parts(k, threshold):
                found = set()
                for u in ep.get(k, ()):
                    if u not in cp:
                        continue
                    if k in cut and max((prob.get((u, m), 0.0) for m in members[cp[u]] if m[0] != u[0]),
                                        default=0.0) < threshold:
                        continue
                    found.add(cp[u])
                return found

            by_t = {T: {k: claims_of_parts(k, T) for k in ew} for T in THRESHOLDS}
            outlet = lambda k: k.split(":")[0]
            for x, y in itertools.combinations(sorted(ew), 2):
                if outlet(x) == outlet(y):
                    continue
                same_k = bool(kc.get(x, set()) & kc.get(y, set()))
                same_w = bool({cw[e] for e in ew[x] if e in cw} & {cw[e] for e in ew[y] if e in cw})
                same_p = bool({cp[e] for e in ep[x] if e in cp} & {cp[e] for e in ep[y] if e in cp})
                verdicts = [("main", same_w), ("units", same_p)]
                verdicts += [(T, same_w or ((x in cut or y in cut) and bool(by_t[T][x] & by_t[T][y])))
                             for T in THRESHOLDS]
                for slot, same_e in verdicts:
                    counts[slot][0] += same_k and same_e
                    counts[slot][1] += same_e and not same_k
                    counts[slot][2] += same_k and not same_e
            if a.ledes:
                count_ledes(whole, ew, kc, ledes.setdefault(name, {}))
        results[name] = counts
    if a.cache:
        pickle.dump(cache, open(a.cache, "wb"))
    shutil.rmtree(tmp)
    report(results, a.rules)
    if a.ledes:
        for cls in ("one clause each", "together", "spread"):
            print(f"leads in one claim, {cls}: key / false " +
                  " ".join(f"{n} {v.get((cls, True), 0)}/{v.get((cls, False), 0)}" for n, v in ledes.items()))


STOP = set("the a an of to in on at for and or but with by from as is was were be been has have had that this "
           "it its he she they his her their who which when after amid while said says would will could not no "
           "than into over about more also".split())
CUT_WORDS = re.compile(r", (?:%s|who|which|where|and|but|yet|[a-z]+ing) |; | (?:%s) " % (SUBORDINATORS, SUBORDINATORS))


def words(text):
    return {w.lower()[:6] for w in re.findall(r"[A-Za-z][A-Za-z'-]+", text) if len(w) > 2 and w.lower() not in STOP}


def count_ledes(out, ew, kc, into):
    back = {}
    for k, es in ew.items():
        for e in es:
            back.setdefault(e, set()).add(k)
    for c in out["claims"]:
        ms = [(m["source"], m["sentence"]) for m in c["members"]]
        for x, y in itertools.combinations(ms, 2):
            if x[0] == y[0] or x[1] > 2 or y[1] > 2:
                continue
            tx = out["sources"][x[0]]["sentences"][x[1]]["text"]
            ty = out["sources"][y[0]]["sentences"][y[1]]["text"]
            px = [words(p) for p in CUT_WORDS.split(tx) if p.strip()]
            py = [words(p) for p in CUT_WORDS.split(ty) if p.strip()]
            shared = words(tx) & words(ty)
            best = max((len(p & q) for p in px for q in py), default=0)
            if len(px) == 1 and len(py) == 1:
                cls = "one clause each"
            elif best <= 1 and len(shared) >= 2:
                cls = "spread"
            else:
                cls = "together"
            is_key = any(kc.get(p, set()) & kc.get(q, set()) for p in back.get(x, ()) for q in back.get(y, ()))
            into[(cls, is_key)] = into.get((cls, is_key), 0) + 1


def report(results, rules):
    names = list(results)
    total = lambda slot, skip=None: [sum(results[n][slot][i] for n in names if n != skip) for i in range(3)]
    print(f"rules {rules}")
    for slot in ["main", "units"] + THRESHOLDS:
        t = total(slot)
        label = slot if isinstance(slot, str) else f"whole+parts T {slot:.2f}"
        print(f"{label:20s} pooled {f1(*t):.4f} (tp {t[0]} fp {t[1]} fn {t[2]})  " +
              " ".join(f"{n} {f1(*results[n][slot]):.4f}" for n in names))
    left, chosen = [0, 0, 0], []
    for n in names:
        best = max(THRESHOLDS, key=lambda T: (f1(*total(T, n)), T))
        chosen.append(f"{n} {f1(*results[n][best]):.4f} (T {best})")
        left = [p + q for p, q in zip(left, results[n][best])]
    print(f"whole+parts, T chosen with each set left out: {f1(*left):.4f} (tp {left[0]} fp {left[1]} fn {left[2]}): "
          + " ".join(chosen))
    print("sentences cut " + " ".join(f"{n} {results[n]['cut']} ({results[n]['cut_bundled']} in several key claims)"
                                      for n in names) +
          f"; in several key claims: {sum(results[n]['bundled'] for n in names)} of the key sentences")


if __name__ == "__main__":
    main()
