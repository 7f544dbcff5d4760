#!/usr/bin/env python3
"""Fits the aligner's pair similarity (a logistic regression) and its clustering thresholds on the
team's development splits, checks both by cross-validation grouped by event, and writes
resources/lexicon/similarity.txt.

usage: tools/fit-similarity.py --cli build/app/cli/parallax-cli [--shared ../shared]
                               [--keys-dir DIR]... [--out FILE] [--no-cv] [--cv-only]
                               [--without FEATURE,...] [--msrp-weight W] [--ridge R] [--keys-weight W]
                               [--dataset-bias] [--thresholds-only] [--cache FILE] [--tfidf-feature]
                               [--extend FEATURE,...] [--choose-ridge] [--check]
       tools/fit-similarity.py --self-test
  --choose-ridge: print the cross-validated log-loss of each ridge of RIDGES (the fit's pairs held out a
  group at a time: an ECB+ topic with the keyed events made from it, a basil event, a run of MSRP_RUN
  MSRP development pairs), how far the weights move at each (over the folds' fits, and when FLIPS
  basil-dev labels are read as a map slid by one sentence reads them), the ridge of the lowest loss and
  the features left out at it (each only while that lowers the loss by more than DROP_SE paired
  standard errors), and write nothing; pass the choice as --ridge and --without;
  --check: fit as the other options say and exit 1 unless every weight and setting line is the one
  --out holds (the comments may differ): does a rerun write the file;
  --extend: the weights of the model in use held (read from resources/lexicon/similarity.txt) and only
  these features' weights and the bias fitted over them (the held weights' log-odds an offset of each
  pair), in the cross-validation too: what a new feature adds to the model as it is, without the refit
  of every weight (ecb33: a refit of the same features on today's engine loses 0.021 of the ECB+
  development MCC in sample); the held weights were fitted on every fold, so the cross-validated
  figures judge the new weights only;
  --tfidf-feature (with --cv-only): the TF-IDF baseline's cosine of the pair (tfidf-baseline.py's, the
  IDF from the story's own sentences; MSRP's from the file's) as one more feature, measured only;
  --cache: the events read kept in FILE (simulate-held.py's and the study tools' --cache, read with
  the same --keys-dir), so that reruns of --cv-only with other --without / --ridge skip the reading;
  --thresholds-only: keep the model in use's weights and choose its many-report thresholds again
  (choose(), below); every other line of the file is kept;
  --without: those features left out of the fit (weight 0), to measure what they bring;
  --cv-only: print the cross-validated figures and write nothing;
  --msrp-weight: what the MSRP development pairs weigh beside each other set (default 1; 0 leaves
  them out of the fit, as the 2026-12-03 model did);
  --ridge: the L2 penalty (default 1, chosen by the cross-validation below: see docs/engine.md);
  --keys-weight: what the basil-format F1 weighs beside the ecbplus-dev MCC in objective(), the
  study tools' (default 1); the thresholds are chosen by choose();
  --dataset-bias: each data set an intercept of its own in the fit, the keyed sets' kept (train());
  --check-probabilities: read the ECB+ development events only and exit 1 unless probabilities(), the
  replica of the engine's probability, gives the engine's own on every candidate pair of the stories of
  many reports (a fit checks it too). The replica scales each pair as the engine does where two
  sentences tell of two happenings of one kind (the factor the engine prints with `similarity-features
  --all --apart`); the fit's own log-likelihood (fit()) does not: it fits the weights as if no pair were
  scaled.

Training pairs, development parts only (the splits of tests/bench/claims/splits.sh):
- ecbplus-dev: sentence pairs of the topics not divisible by 3, same happenings (1) or none in
  common (0), as score-ecb.py grades them;
- basil-dev: sentence pairs of events 38f7cbb7 450755dd 6b541575 85475456, same claim in the key (1)
  or not (0), as score-claims.py grades them;
- --keys-dir DIR (each with events/ and keys/ in basil-dev's format, e.g. /work/dev-keys): more keys
  of development events, graded the same way.
- msrp: the development pairs (i % 5 != 4), paraphrase (1) or not (0).
Every cross-source pair whose quick cosine is at least 0.05, and every candidate, is a training pair (the features are the
engine's own, printed by the hidden `parallax-cli similarity-features --all` and `--pairs`); the
four data sets (ecbplus-dev, basil-dev, the --keys-dir events, msrp) weigh the same in the fit.
MSRP pairs have no place in an article (the position features are 0 there), so they teach the
wording features (the surface's words, word pairs and character trigrams: what a paraphrase keeps
of its source) that the few thousand labelled article pairs cannot; the cross-validation below
also prints MSRP's accuracy on each fifth of its development pairs, fitted on the rest. Not
fitted, only checked: the MSRP held-out pairs (accuracy and F1 printed) and the project's own
stories (tests/bench/alignment; written for the project, they cost 0.02 of the cross-validated
figures below when fitted, at half weight).

One rule is kept, not fitted: the feature articles_apart (the days between two articles' dates when
no day either dates a happening to is within a day of one the other names) is no weight, and a pair
at APART_DAYS or more is never linked (written as the setting apart_days).
The candidates are the engine's: a quick cosine at the gate (0.15, for speed) or a word in common that
at most RARE_LINK (3) of the story's sentences have (the settings gate and rare_link, written with the
weights; the events are read with them). The thresholds of stories of many reports (edge, link,
same_source) are chosen by the mean over the ecbplus-dev development topics of each topic's MCC
(units(): no event, however many pairs it has, weighs more than its topic; the pooled MCC let two
events choose them until 2026-12-06), computed here by a replica of px-align.c's clustering and of
the shared scorers (checked against them at the start), among those that keep the project's first
five stories (FLOOR_STORIES) within 0.01 of the F1 the model in use gives them (they are stories
of few reports: grouped at the few_* thresholds, as px_align() does); when none does, the script
stops and writes nothing.
The cross-validation (5 folds; an ECB+ topic, with the keyed events made from it, or a basil event
stays in one fold) fits the weights and chooses the thresholds on four folds and scores the fifth,
so the figures it prints are the ones to expect on events the fit has not seen (the keyed events of
few reports at the few_* thresholds of the model in use). Beside them it prints, on the same folds,
the unit mean, and the TF-IDF cosine baseline of tests/bench/claims/tfidf-baseline.py with its one
threshold chosen the same way, and the ecbplus-dev MCC apart for the stories whose annotated
sentences mostly report one happening and for those that report several (under 10% of their
clear-cut pairs the same happening; such stories want a much stricter threshold, see docs/engine.md),
and the ECB+ MCC of the events under LARGE (400) clear-cut pairs, for the engine and the baseline: two
development events are 44% of the pairs and decide the pooled figure (docs/benchmarks.md, 2026-12-05).
The thresholds and pair weights of stories of few reports (the settings few_*, the few_bias and
few_weight lines, tools/choose-few-thresholds.py's and tools/fit-few-similarity.py's) are carried over
from the model in use into the file it writes, with their comments; rerun those scripts after if the
features changed.
Needs numpy (Debian's python3-numpy)."""
import argparse, datetime, importlib.util, itertools, json, os, pickle, random, subprocess, sys, tempfile

try:
    import numpy as np
except ImportError:
    sys.exit("fit-similarity.py needs numpy (Debian: python3-numpy; run it with /usr/bin/python3)")

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from text_map import gold_to_engine
# the project's own stories must keep aligning as well as with the model in use, within
# STORIES_SLACK: the stories the floor was first set on; stories written later are development
# data the engine is studied on, not a floor (the first five new ones stood at F1 0.68 when
# they came)
STORIES_SLACK = 0.01
FLOOR_STORIES = ("demo", "protest", "quake", "rates", "wildfire")
BASIL_DEV = ("38f7cbb7", "450755dd", "6b541575", "85475456")
TRAIN_MIN_QUICK = 0.05
RIDGE = 1.0
RIDGE_DEFAULT = RIDGE
GATE = 0.15
# a pair of sentences sharing a word that at most RARE_LINK of the story's sentences have is a
# candidate whatever its cosine (px-similarity.c, the setting rare_link): a claim's own name or
# figure ("Qeshm", "6.1"), told in other words around it. 3 chosen by the cross-validation (2:
# basil-format F1 0.453, ecbplus-dev MCC 0.709; 3: 0.461, 0.711; 4: 0.469, 0.706 with 35% more
# candidates on ecbplus-dev than without; docs/benchmarks.md)
RARE_LINK = 3
FLOOR = 0.02           # px-align.c: a pair below it counts as 0 in the mean link
LOAD_FLOOR = FLOOR     # pairs whose quick cosine is lower are not read (a study may lower it)
FOLDS = 5
CV_SEEDS = (1, 2, 3)
# a rule, not a weight: a pair of sentences of two articles dated APART_DAYS or more apart, with no
# day either dates a happening to within a day of one the other does (the feature articles_apart,
# the days between the articles' dates when so), is never linked (the setting apart_days)
RULE = "articles_apart"
APART_DAYS = 14
GRID = [(0.4, 0.35), (0.35, 0.3), (0.3, 0.25), (0.3, 0.2), (0.25, 0.2), (0.25, 0.15), (0.2, 0.15)]


CANDIDATE_MODEL = [None]  # the model in use with the candidate settings written here (set by main())


def candidate_env():
    """The environment the engine runs in while the events load and the replica is checked: the
    model in use, its candidate search as the fit will write it (gate, rare_link)."""
    return dict(os.environ, PARALLAX_SIMILARITY_MODEL=CANDIDATE_MODEL[0]) if CANDIDATE_MODEL[0] else None


def write_candidate_model(directory):
    lines = [l for l in open(os.path.join(ROOT, "resources", "lexicon", "similarity.txt")).read().split("\n")
             if not l.startswith(("setting gate ", "setting rare_link "))]
    path = os.path.join(directory, "candidate-model.txt")
    open(path, "w").write("\n".join(lines).rstrip("\n") + f"\nsetting gate {GATE:g}\nsetting rare_link {RARE_LINK}\n")
    CANDIDATE_MODEL[0] = path


def run(args, env=None):
    p = subprocess.run(args, capture_output=True, text=True, env=env)
    if p.returncode != 0:
        raise RuntimeError(f"{args[:2]}: {p.stderr[:300]}")
    return p.stdout


# Events --------------------------------------------------------------------

def sentence_map(out, files, gold_sentences):
    """For each source, each gold sentence -> the engine sentences holding a character of it, the two
    texts aligned (text_map.py), not placed by one shift."""
    return [gold_to_engine(doc, open(files[i], encoding="utf-8").read(), out["sources"][i])
            for i, doc in enumerate(gold_sentences)]


def load_baseline():
    spec = importlib.util.spec_from_file_location("tfidf_baseline",
                                                  os.path.join(ROOT, "tests", "bench", "claims", "tfidf-baseline.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TFIDF_BASELINE = load_baseline()


def tfidf_pairs(out):
    """The TF-IDF baseline's cosine of every cross-source pair of the engine's sentences, by
    (i, j), i < j: tests/bench/claims/tfidf-baseline.py's own code."""
    return TFIDF_BASELINE.similarities(out)[1]


def with_tfidf(e, X):
    """@e's features @X with the TF-IDF cosine of each pair as a last column (0 where they share no word)."""
    if "_tfidf_column" not in e.__dict__:
        e._tfidf_column = np.array([e.tfidf.get((i, j) if i < j else (j, i), 0.0) for i, j in e.pairs])
    if not len(X):
        return np.zeros((0, X.shape[1] + 1)) if X.ndim == 2 else X
    return np.hstack([X, e._tfidf_column[:, None]])


MSRP_TFIDF = [None]   # the MSRP development pairs' TF-IDF cosines, in fs.msrp()'s order


def msrp_tfidf(shared):
    """The TF-IDF cosine of each MSRP pair, development (i % 5 != 4) and held out, the IDF over every sentence of the
    file (MSRP's pairs have no story: the file is theirs), by tfidf-baseline.py's tokens and weights."""
    import math
    bags = []
    for _, a_text, b_text in msrp_pairs(shared):
        two = []
        for text in (a_text, b_text):
            bag = {}
            for w in TFIDF_BASELINE.tokens(text):
                bag[w] = bag.get(w, 0) + 1
            two.append(bag)
        bags.append(two)
    df = {}
    for two in bags:
        for bag in two:
            for w in bag:
                df[w] = df.get(w, 0) + 1
    n = 2 * len(bags)

    def unit(bag):
        v = {w: (1 + math.log(c)) * math.log(1 + n / df[w]) for w, c in bag.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {w: x / norm for w, x in v.items()}

    dev, held = [], []
    for i, (ba, bb) in enumerate(bags):
        va, vb = unit(ba), unit(bb)
        (held if i % 5 == 4 else dev).append(sum(x * vb.get(w, 0.0) for w, x in va.items()))
    return np.array(dev), np.array(held)


class Event:
    """One story: its sentences, every cross-source pair's features, and how the scorers grade it."""

    def __init__(self, cli, files, kind, group, dataset):
        self.kind, self.group, self.dataset = kind, group, dataset
        out = json.loads(run([cli, "compare", "--format", "json"] + files, env=candidate_env()))
        self.sizes = [len(s["sentences"]) for s in out["sources"]]
        self.offsets = [sum(self.sizes[:i]) for i in range(len(self.sizes))]
        self.source = [s for s, n in enumerate(self.sizes) for _ in range(n)]
        self.out, self.files = out, files
        lines = run([cli, "similarity-features", "--all", "--apart"] + files, env=candidate_env()).split("\n")
        header = next(l for l in lines if l.startswith("a sa b sb"))
        self.names = header.split()[6:]
        pairs, feats, quick, engine, candidate = [], [], [], [], []
        # each sentence's content words: (norm, kind, feature id, weight), kind n name, p predicate,
        # w another word WordNet knows, o any other (for studies of word-level features)
        self.words = [[] for _ in self.source]
        # the pairs the rule of two happenings of one kind scales, by what: "apart A SA B SB X"
        factors = {}
        for line in lines:
            if line.startswith("apart "):
                p = line.split()
                factors[(self.offsets[int(p[1])] + int(p[2]), self.offsets[int(p[3])] + int(p[4]))] = float(p[5])
        for line in lines:
            if line.startswith("words "):
                p = line.split(" ")
                self.words[self.offsets[int(p[1])] + int(p[2])] = [
                    (w[0], w[1], int(w[2]), float(w[3])) for w in (x.rsplit("|", 3) for x in p[3:] if x)]
            if not line or line.startswith(("vector ", "words ", "apart ", "a sa b sb")):
                continue
            p = line.split()
            a, sa, b, sb = map(int, p[:4])
            # a candidate is read whatever its cosine (a rare word in common)
            if a == b or (abs(float(p[4])) < LOAD_FLOOR and float(p[4]) <= 0):
                continue
            pairs.append((self.offsets[a] + sa, self.offsets[b] + sb))
            quick.append(abs(float(p[4])))
            candidate.append(float(p[4]) > 0)
            engine.append(float(p[5]) if float(p[4]) > 0 else 0.0)
            feats.append([float(x) for x in p[6:]])
        self.pairs = pairs
        self.quick = np.array(quick)
        # a candidate of the engine's search (the gate, or a rare word in common: RARE_LINK)
        self.candidate = np.array(candidate, bool)
        self.engine = np.array(engine)  # the built engine's probability, 0 for a pair that is no candidate
        self.X = np.array(feats).reshape(len(feats), len(self.names))
        # what the engine scales each pair's probability by (HAPPENINGS_APART; 1 for most): see probabilities()
        self.apart = np.array([factors.get(pair, 1.0) for pair in pairs])
        self.y = np.full(len(pairs), np.nan)
        self.tfidf = tfidf_pairs(out)

    def global_id(self, source, sentence):
        return self.offsets[source] + sentence


class KeyedEvent(Event):
    """basil-dev format: claims of a key, sentence ids OUTLET:N."""

    def __init__(self, cli, directory, key, group, dataset):
        gold = json.load(open(os.path.join(directory, "gold.json")))
        files = [os.path.join(directory, f) for f in gold["files"]]
        super().__init__(cli, files, "keys", group, dataset)
        emap = sentence_map(self.out, files, gold["sentences"])
        claims = {}
        for c, claim in enumerate(key["claims"]):
            for m in claim["members"]:
                claims.setdefault(m, set()).add(c)
        # every key sentence: its claims and the engine sentences it maps to
        self.key_sentences = []
        claims_of = {}
        for si, (outlet, doc) in enumerate(zip(gold["outlets"], gold["sentences"])):
            for g, hits in zip(doc, emap[si]):
                sid = f"{outlet}:{g['n']}"
                mine = claims.get(sid, set())
                self.key_sentences.append((si, mine, [self.global_id(si, j) for j in hits]))
                for j in hits:
                    claims_of.setdefault(self.global_id(si, j), set()).update(mine)
        for t, (i, j) in enumerate(self.pairs):
            if i in claims_of and j in claims_of:
                self.y[t] = float(bool(claims_of[i] & claims_of[j]))

    def score(self, owner):
        tp = fp = fn = 0
        ks = [(si, mine, {owner[x] for x in hits}) for si, mine, hits in self.key_sentences]
        for (sa, ka, ea), (sb, kb, eb) in itertools.combinations(ks, 2):
            if sa == sb:
                continue
            k, e = bool(ka & kb), bool(ea & eb)
            tp += k and e
            fp += e and not k
            fn += k and not e
        return (tp, fp, fn, 0)


class EcbEvent(Event):
    """ecbplus-dev: annotated sentences with their happenings."""

    def __init__(self, cli, directory, group):
        gold = json.load(open(os.path.join(directory, "gold.json")))
        files = [os.path.join(directory, f) for f in gold["files"]]
        super().__init__(cli, files, "ecb", group, "ecb")
        emap = sentence_map(self.out, files, gold["sentences"])
        self.selected = []
        acts_of = {}
        for si, doc in enumerate(gold["sentences"]):
            for g, hits in zip(doc, emap[si]):
                acts = frozenset(x[0] for x in g["act"])
                ids = [self.global_id(si, j) for j in hits]
                if g["selected"]:
                    self.selected.append((si, acts, ids))
                    for j in ids:
                        acts_of.setdefault(j, []).append(acts)
        for t, (i, j) in enumerate(self.pairs):
            if len(acts_of.get(i, ())) == 1 and len(acts_of.get(j, ())) == 1:
                ea, eb = acts_of[i][0], acts_of[j][0]
                if ea and ea == eb:
                    self.y[t] = 1
                elif not ea & eb:
                    self.y[t] = 0
        # a story of several happenings: under 10% of its clear-cut pairs report the same one
        _, _, same, different = self.score(list(range(len(self.source))))
        self.several = same < 0.1 * max(same + different, 1)

    def score(self, owner):
        tp = fp = fn = tn = 0
        sel = [(si, acts, {owner[x] for x in ids}) for si, acts, ids in self.selected]
        for (sa, ea, ca), (sb, eb, cb) in itertools.combinations(sel, 2):
            if sa == sb:
                continue
            together = bool(ca & cb)
            if ea and ea == eb:
                tp += together
                fn += not together
            elif not ea & eb:
                fp += together
                tn += not together
        return (tp, fp, fn, tn)


def load_events(cli, shared, keys_dirs):
    events = []
    ecb = os.path.join(shared, "corpus", "ecbplus-dev", "events")
    for name in sorted(os.listdir(ecb)):
        topic = int(name.split("_")[0])
        if topic % 3 != 0:
            events.append(EcbEvent(cli, os.path.join(ecb, name), f"ecb{topic}"))
    keyed = [(os.path.join(shared, "corpus", "basil-dev"), BASIL_DEV)] + [(d, None) for d in keys_dirs]
    for base, only in keyed:
        for key_name in sorted(os.listdir(os.path.join(base, "keys"))):
            prefix = key_name.split(".")[0]
            if not key_name.endswith(".json") or (only is not None and prefix not in only):
                continue
            key = json.load(open(os.path.join(base, "keys", key_name)))
            d = next(os.path.join(base, "events", x) for x in sorted(os.listdir(os.path.join(base, "events")))
                     if x.startswith(prefix))
            gold = json.load(open(os.path.join(d, "gold.json")))
            # an event made from an ECB+ topic goes with that topic
            group = f"ecb{int(str(gold['topic']).split('_')[0])}" if "topic" in gold else prefix
            events.append(KeyedEvent(cli, d, key, group, "basil" if only is not None else "other keys"))
    RULE_COLUMN[0] = events[0].names.index(RULE) if RULE in events[0].names else None
    return events



def data_arguments(ap):
    """Adds to @ap what the fit and every study script read: the CLI, ../shared and the folders of
    more development keys (keyed-events.py's output)."""
    ap.add_argument("--cli", required=True)
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    ap.add_argument("--keys-dir", action="append", default=[])
    return ap


def study_arguments(description=None):
    """The arguments every study script built on this one takes: data_arguments() and the cache of
    the events read."""
    ap = data_arguments(argparse.ArgumentParser(description=description))
    ap.add_argument("--cache")
    return ap


def load_events_cached(cli, shared, keys_dirs, cache):
    """load_events(), kept in the pickle file @cache (when given) for the study tools' reruns."""
    if cache and os.path.exists(cache):
        # the study tools load this file as the module fit_similarity, whose classes the pickle names
        sys.modules.setdefault("fit_similarity", sys.modules[__name__])
        with open(cache, "rb") as f:
            events = pickle.load(f)
        # as load_events() sets it: the rule's column is no weight
        RULE_COLUMN[0] = events[0].names.index(RULE) if RULE in events[0].names else None
        return events
    events = load_events(cli, shared, keys_dirs)
    if cache:
        with open(cache, "wb") as f:
            pickle.dump(events, f)
    return events

def msrp_pairs(shared):
    """MSRP's pairs in the file's order: (label, first sentence, second sentence)."""
    path = os.path.join(shared, "corpus", "msrp", "msr_paraphrase_train.txt")
    pairs = []
    with open(path, encoding="utf-8-sig") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 5:
                pairs.append((int(cols[0]), cols[3], cols[4]))
    return pairs


def msrp(cli, shared):
    pairs = msrp_pairs(shared)
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as t:
        for _, a, b in pairs:
            t.write(f"{a}\t{b}\n")
    lines = run([cli, "similarity-features", "--pairs", t.name]).strip().split("\n")
    os.unlink(t.name)
    dev, held = [], []
    for line in lines[1:]:
        p = line.split()
        i = int(p[0])
        (held if i % 5 == 4 else dev).append(([float(x) for x in p[2:]], pairs[i][0]))
    return dev, held


# The fit -------------------------------------------------------------------

def auc(x, y):
    """Area under the ROC curve of scores @x for labels @y (booleans), ties counted half; NaN with one class."""
    if y.all() or not y.any():
        return float("nan")
    order = np.argsort(x, kind="mergesort")
    _, first, counts = np.unique(x[order], return_index=True, return_counts=True)
    ranks = np.empty(len(x))
    ranks[order] = np.repeat(first + (counts + 1) / 2.0, counts)
    n1 = y.sum()
    return (ranks[y].sum() - n1 * (n1 + 1) / 2) / (n1 * (len(y) - n1))


def fit(X, y, w, ridge=RIDGE, iterations=50, offset=None, rule=True):
    """Weighted logistic regression by Newton's method, the bias not penalised; the rule's column
    is no weight (0). @offset, when given, is added to every row's log-odds (what weights held
    fixed already say: --extend; its columns are some of the features', @rule False)."""
    if rule and RULE_COLUMN[0] is not None:
        X = X.copy()
        X[:, RULE_COLUMN[0]] = 0
    Xb = np.hstack([np.ones((len(X), 1)), X])
    beta = np.zeros(Xb.shape[1])
    penalty = np.eye(Xb.shape[1]) * ridge
    penalty[0, 0] = 0
    if offset is None:
        offset = np.zeros(len(y))
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-np.clip(Xb @ beta + offset, -30, 30)))
        grad = Xb.T @ (w * (p - y)) + penalty @ beta
        hess = (Xb * (w * p * (1 - p))[:, None]).T @ Xb + penalty
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-7:
            break
    return beta


RULE_COLUMN = [None]   # the rule's column in the features, set by load_events()


def probabilities(beta, X, apart=None):
    """The engine's probability of each pair of features @X under the bias and weights @beta, as
    _px_similarity_probability() gives it: 0 past the rule of articles dated apart, and times the
    factor @apart (an event's .apart, from the engine: the rule of two happenings of one kind in a
    story of many reports) when given."""
    if not len(X):
        return np.zeros(0)
    p = 1 / (1 + np.exp(-np.clip(beta[0] + X @ beta[1:], -30, 30)))
    if RULE_COLUMN[0] is not None and APART_DAYS > 0:
        p[X[:, RULE_COLUMN[0]] >= APART_DAYS] = 0
    if apart is not None:
        p = p * apart
    return p


def check_probabilities(events, tolerance=0.002):
    """The replica's probabilities under the weights in use must be the engine's own on every candidate
    pair of the ECB+ events of many reports (those the shared weights score; the pairs the rule of two
    happenings scales among them); returns (pairs, scaled pairs, largest difference) and exits when
    they differ."""
    beta = in_use_beta(events[0].names)
    n = scaled = 0
    worst = 0.0
    for e in many_reports(events):
        if not e.candidate.any():
            continue
        m = e.candidate
        diff = np.abs(probabilities(beta, e.X[m], e.apart[m]) - e.engine[m])
        n += int(m.sum())
        scaled += int((e.apart[m] != 1).sum())
        worst = max(worst, float(diff.max()))
    print(f"probability check: {n} candidate pairs of ecbplus-dev ({scaled} scaled by the rule of two "
          f"happenings), largest difference from the engine's {worst:.4f}")
    if worst > tolerance:
        sys.exit("the replica of _px_similarity_probability() has drifted from it; fix it first")
    return n, scaled, worst


MSRP_TRAIN = [None, 1.0]   # (features, labels) of the MSRP pairs fitted on, and their weight; set by main()


DATASET_BIAS = [False]  # --dataset-bias: each data set its own intercept in the fit (see train())
# --extend: (the model in use's bias and weights, in the events' column order; the columns fitted)
EXTEND = [None, ()]


def in_use_beta(names):
    """The bias and shared weights of the model in use, in the order of @names (0 for a feature it
    does not weigh)."""
    weights = {}
    for line in open(os.path.join(ROOT, "resources", "lexicon", "similarity.txt")):
        words = line.split()
        if len(words) == 2 and not line.startswith("#"):
            weights[words[0]] = float(words[1])
    return np.array([weights.get("bias", 0.0)] + [weights.get(n, 0.0) for n in names])


def train(events):
    """Each data set (ecbplus-dev, basil-dev, the other keyed events, msrp) weighs the same in the fit
    (msrp times its --msrp-weight). With --dataset-bias each set has an intercept of its own in the
    fit (ECB+ "the same happening", the keys "the same claim" and MSRP "a paraphrase" are three
    different base rates at one wording), and the model keeps the keyed sets' mean intercept: the
    weights are then not bent to tell the sets apart (the position feature `later` is +0.16 in one
    pooled fit, -0.67 with the intercepts). Cross-validated it gained the keys and cost ECB+ (see
    docs/benchmarks.md, 2026-12-05): off by default."""
    parts = []
    for name in ("ecb", "basil", "other keys"):
        sel = [e for e in events if e.dataset == name]
        if not sel:
            continue
        masks = [(~np.isnan(e.y)) & ((e.quick >= TRAIN_MIN_QUICK) | e.candidate) for e in sel]
        parts.append((np.vstack([e.X[m] for e, m in zip(sel, masks)]), np.concatenate([e.y[m] for e, m in zip(sel, masks)]),
                      1.0, name))
    if MSRP_TRAIN[0] is not None and MSRP_TRAIN[1] > 0:
        parts.append((MSRP_TRAIN[0][0], MSRP_TRAIN[0][1], MSRP_TRAIN[1], "msrp"))
    X = np.vstack([p[0] for p in parts])
    y = np.concatenate([p[1] for p in parts])
    w = np.concatenate([np.full(len(p[1]), 1000.0 * p[2] / len(p[1])) for p in parts])
    if EXTEND[0] is not None:
        # the model in use's weights held; the bias moved and the new columns weighed over them
        base, columns = EXTEND
        offset = base[0] + X @ base[1:]
        step = fit(X[:, columns], y, w, ridge=RIDGE, offset=offset, rule=False)
        beta = base.copy()
        beta[0] += step[0]
        beta[1 + np.array(columns, int)] += step[1:]
        return beta
    if not DATASET_BIAS[0]:
        return fit(X, y, w, ridge=RIDGE)
    # an indicator column per set but the first, whose intercept is the bias
    sets = [p[3] for p in parts]
    indicators = np.zeros((len(y), len(sets) - 1))
    start = len(parts[0][1])
    for k, p in enumerate(parts[1:]):
        indicators[start:start + len(p[1]), k] = 1
        start += len(p[1])
    beta = fit(np.hstack([X, indicators]), y, w, ridge=RIDGE)
    offsets = dict(zip(sets, [0.0] + list(beta[1 + X.shape[1]:])))
    keyed = [offsets[n] for n in ("basil", "other keys") if n in offsets]
    beta = beta[:1 + X.shape[1]].copy()
    beta[0] += sum(keyed) / len(keyed) if keyed else 0.0
    return beta


# px-align.c's clustering, and the scorers' figures -------------------------

ARTICLE_AFFINITY = 0.2  # px-align.c (stories of few_sources reports or fewer)
MANY_ARTICLE_AFFINITY = 0.125  # px-align.c: stories of more than few_sources reports (twenty-second session)
CLAIMS_LINK = 0.4       # px-align.c: the mean link two claims of CLAIMS_SIZE+ sentences each need (0: link)
CLAIMS_SIZE = 3
COHESION_SHARE = 0.25   # px-align.c: two groups need a mean link of this share of the looser one's own
FOREIGN_NAMES = 0.3     # px-align.c: the affinity's factor where every name an article is about is foreign
FOREIGN_NAME_ARTICLES = 3
# px-align.c's _px_align_happenings(): articles grouped while their mean affinity is at the factor of an
# articles' cosine of HAPPENING_COSINE (HAPPENING_LINK over ARTICLE_AFFINITY); between two groups of
# HAPPENING_ARTICLES articles or more each the factor is times HAPPENING_APART
HAPPENING_COSINE = 0.1
HAPPENING_LINK, HAPPENING_ARTICLES, HAPPENING_APART = HAPPENING_COSINE / ARTICLE_AFFINITY, 4, 0.5
IN_USE = "in use"


def affinity_scale(event):
    """px-align.c's scale of the articles' cosine for @event: MANY_ARTICLE_AFFINITY in a story of more
    than few_sources reports, ARTICLE_AFFINITY otherwise."""
    return MANY_ARTICLE_AFFINITY if len(event.sizes) > FEW[0][0] else ARTICLE_AFFINITY


def article_affinity(event, foreign_names=FOREIGN_NAMES, happening=IN_USE, scale=None):
    """px-align.c's article_affinity(): per pair of sources, the cosine of the two articles' words
    (each weighted by 1 + ln of the sentences using it, and ln (1 + articles / articles using it))
    over the story's scale (affinity_scale(), or @scale), at most 1, times foreign_names()'s factor; a
    pair's probability is scaled by it. A study may pass another @foreign_names factor (1: none) or
    @happening setting (None: none; IN_USE: the link of HAPPENING_COSINE at the scale)."""
    if scale is None:
        scale = affinity_scale(event)
    if happening == IN_USE:
        happening = (HAPPENING_COSINE / scale, HAPPENING_ARTICLES, HAPPENING_APART)
    n = len(event.sizes)
    bags = [{} for _ in range(n)]
    for g, words in enumerate(event.words):
        for w in {x[2] for x in words}:
            bags[event.source[g]][w] = bags[event.source[g]].get(w, 0) + 1
    using = {}
    for bag in bags:
        for w in bag:
            using[w] = using.get(w, 0) + 1
    vectors = []
    for bag in bags:
        v = {w: (1 + np.log(c)) * np.log(1 + n / using[w]) for w, c in bag.items()}
        norm = np.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({w: x / norm for w, x in v.items()})
    affinity = [[min(1.0, sum(x * vectors[b].get(w, 0.0) for w, x in vectors[a].items()) / scale)
                 for b in range(n)] for a in range(n)]
    # px-align.c's foreign_names(): the names an article is about (in two of its sentences or more)
    # that FOREIGN_NAME_ARTICLES articles or more use and the other article never does
    named = [{} for _ in range(n)]
    for g, words in enumerate(event.words):
        for w in {x[2] for x in words if x[1] == "n"}:
            named[event.source[g]][w] = named[event.source[g]].get(w, 0) + 1
    central = [[w for w, c in d.items() if c >= 2] for d in named]

    def share(a, b):
        foreign = sum(1 for w in central[a] if using.get(w, 0) >= FOREIGN_NAME_ARTICLES and w not in bags[b])
        return foreign / len(central[a]) if central[a] else 0.0
    for a in range(n):
        for b in range(n):
            if a != b:
                affinity[a][b] *= 1 - (1 - foreign_names) * (share(a, b) + share(b, a)) / 2
    return canonical_happenings(event, affinity, happening)


def canonical_sources(event):
    """The event's sources in px_compare()'s canonical order (by text, then input), which px_align() and its
    steps see: ties (two groups of articles at a mean factor of exactly 1) fall as they do there."""
    order = event.__dict__.get("_canonical_sources")
    if order is None:
        sources = event.out["sources"]
        order = sorted(range(len(sources)), key=lambda s: (sources[s]["text"].encode(), sources[s]["input"].encode(), s))
        event._canonical_sources = order
    return order


def canonical_happenings(event, affinity, setting, step=None):
    """happenings() (or @step) over @affinity with the sources in canonical order, in place."""
    order = canonical_sources(event)
    n = len(order)
    permuted = [[affinity[order[x]][order[y]] for y in range(n)] for x in range(n)]
    permuted = (step or happenings)(permuted, setting)
    for x in range(n):
        for y in range(n):
            affinity[order[x]][order[y]] = permuted[x][y]
    return affinity


def happenings(affinity, setting):
    """px-align.c's _px_align_happenings(): the story's articles grouped by average linkage over
    @affinity (the two groups most alike first, while their mean is at link); the factors between
    two groups of @articles or more each times @apart, in place. @setting: (link, articles, apart),
    or None for no grouping."""
    if setting is None:
        return affinity
    link, articles, apart = setting
    n = len(affinity)
    groups = [[d] for d in range(n)]
    while True:
        best = None
        for x in range(len(groups)):
            for y in range(x + 1, len(groups)):
                mean = sum(affinity[a][b] for a in groups[x] for b in groups[y]) / (len(groups[x]) * len(groups[y]))
                if mean >= link and (best is None or mean > best[0]):
                    best = (mean, x, y)
        if best is None:
            break
        groups[best[1]] += groups.pop(best[2])
    group = {d: k for k, g in enumerate(groups) for d in g}
    for a in range(n):
        for b in range(n):
            if group[a] != group[b] and min(len(groups[group[a]]), len(groups[group[b]])) >= articles:
                affinity[a][b] *= apart
    return affinity


def cluster(event, p, edge, link, same_source, gate=None):
    """Average-linkage clusters as px_align() grows them: each probability scaled by its articles'
    affinity, edges from the most probable down, a merge while the mean probability across the two
    clusters' cross-source pairs stays at @link. The pairs scored are the engine's candidates, or
    with @gate those whose quick cosine is at it."""
    if getattr(event, "affinity", None) is None:
        event.affinity = article_affinity(event)
    probs = {}
    scored = event.candidate if gate is None else event.quick >= gate
    for t, (i, j) in enumerate(event.pairs):
        if scored[t] and p[t] >= FLOOR:
            probs[(i, j) if i < j else (j, i)] = float(np.float32(p[t])) * event.affinity[event.source[i]][event.source[j]]
    return cluster_pairs(event, probs, edge, link, same_source)


def edge_order(event):
    """The key px_align() sorts its edges by: the probability as a float (an Edge's), highest first, then
    the two sentences' places in px_compare()'s canonical order of the sources (by text, then input: ties,
    common where two wire copies meet at a factor of 1, fall as they do there)."""
    canon = event.__dict__.get("_canon")
    if canon is None:
        order = canonical_sources(event)
        start, at = {}, 0
        for s in order:
            start[s] = at
            at += event.sizes[s]
        canon = [start[event.source[i]] + i - event.offsets[event.source[i]] for i in range(len(event.source))]
        event._canon = canon

    def key(e):
        a, b = canon[e[1]], canon[e[2]]
        return (-float(np.float32(e[0])), min(a, b), max(a, b))
    return key


def cluster_pairs(event, probs, edge, link, same_source, claims_link=None, cohesion_share=COHESION_SHARE,
                  lone_share=None):
    """The same over a dict of pair scores, (i, j) with i < j: a pair without one counts 0;
    @claims_link: the mean two claims of CLAIMS_SIZE+ sentences need (CLAIMS_LINK unless given; 0 for none);
    @cohesion_share: px-align.c's COHESION_SHARE (None for none): two groups need a mean link across them
    of this share of the looser one's own (the mean of its pairs of sentences of two outlets);
    @lone_share: a study's variant, not px-align.c's: a lone sentence on a pair at the edge joins at this
    share of link (None: at link)."""
    claims_link = CLAIMS_LINK if claims_link is None else claims_link
    n = len(event.source)
    src = event.source
    # px-align.c's joins_lone_sentence(): a sentence still alone may join a claim on a pair between
    # link and edge; two claims need a pair at the edge
    lone = min(edge, link)
    edges = sorted(((v, i, j) for (i, j), v in probs.items() if v >= lone), key=edge_order(event))
    owner = list(range(n))
    members = {i: [i] for i in range(n)}
    sources = {i: 1 << src[i] for i in range(n)}
    inner = {i: (0.0, 0) for i in range(n)}  # each group's links of pairs of two outlets: sum, count
    for v, i, j in edges:
        a, b = owner[i], owner[j]
        single = len(members[a]) == 1 or len(members[b]) == 1
        if a == b or (v < edge and not single) or (sources[a] & sources[b] and v < same_source):
            continue
        total = count = 0
        for x in members[a]:
            for y in members[b]:
                if src[x] != src[y]:
                    total += probs.get((x, y) if x < y else (y, x), 0.0)
                    count += 1
        # px-align.c's _px_align_required_link()
        need = max(link, claims_link) if min(len(members[a]), len(members[b])) >= CLAIMS_SIZE else link
        if lone_share is not None and single and v >= edge:
            need = lone_share * link
        own = [t / c for t, c in (inner[a], inner[b]) if c]
        if cohesion_share is not None and own:
            need = max(need, cohesion_share * min(own))
        if count == 0 or total / count < need:
            continue
        into, away = (a, b) if len(members[a]) >= len(members[b]) else (b, a)
        for m in members[away]:
            owner[m] = into
        members[into] += members.pop(away)
        sources[into] |= sources.pop(away)
        inner[into] = (inner[a][0] + inner[b][0] + total, inner[a][1] + inner[b][1] + count)
        del inner[away]
    return owner


def add(a, b):
    return tuple(x + y for x, y in zip(a, b))


def f1(c):
    tp, fp, fn, _ = c
    return 2 * tp / max(2 * tp + fp + fn, 1)


def mcc(c):
    tp, fp, fn, tn = c
    den = ((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn)) ** 0.5
    return (tp * tn - fp * fn) / den if den else 0.0


COUNTS = ("ecb", "keys", "basil", "ecb one", "ecb several")


def few_thresholds():
    """The model in use's (few_sources, (few_edge, few_link, few_same_source)): px_align()'s thresholds
    for stories of few_sources reports or fewer (tools/choose-few-thresholds.py's; carried over by
    this script); (0, None) when it has none."""
    settings = {l.split()[1]: float(l.split()[2])
                for l in open(os.path.join(ROOT, "resources", "lexicon", "similarity.txt")) if l.startswith("setting ")}
    if "few_sources" not in settings:
        return 0, None
    return int(settings["few_sources"]), tuple(settings.get("few_" + k, settings[k])
                                               for k in ("edge", "link", "same_source"))


FEW = [few_thresholds()]  # evaluate() groups the stories of few reports at them, as px_align() does


def evaluate(events, prob_of, settings, gate=None, tfidf=False):
    """@tfidf: cluster the TF-IDF baseline's cosines instead (edge = link = its threshold, no
    same-source rule), as tfidf-baseline.py does. With FEW set, a story of few_sources reports or
    fewer is grouped at the few_* thresholds, as px_align() does."""
    counts = {k: (0, 0, 0, 0) for k in COUNTS}
    by_event = {}
    for e in events:
        if tfidf:
            c = e.score(cluster_pairs(e, e.tfidf, settings[0], settings[0], 0, 0, None))
        else:
            few = FEW[0][1] is not None and len(e.sizes) <= FEW[0][0]
            c = e.score(cluster(e, prob_of(e), *(FEW[0][1] if few else settings), gate=gate))
        counts[e.kind] = add(counts[e.kind], c)
        by_event[event_name(e)] = c
        if e.dataset == "basil":
            counts["basil"] = add(counts["basil"], c)
        if e.kind == "ecb":
            counts["ecb several" if e.several else "ecb one"] = add(counts["ecb several" if e.several else "ecb one"], c)
    return dict(keys=f1(counts["keys"]), basil=f1(counts["basil"]), ecb=mcc(counts["ecb"]), counts=counts,
                events=by_event)


KEYS_WEIGHT = 1.0  # what the basil-format F1 weighs beside the ecbplus-dev MCC in the threshold objective


def objective(r):
    """The thresholds' objective: the basil-format F1 and the ecbplus-dev MCC, weighed KEYS_WEIGHT to
    1. Weighing the keyed events more (their target is further away) did not raise their
    cross-validated F1 (2026-12-04, with rare_link 3: weight 1: F1 0.459, MCC 0.701; 2: 0.458, 0.705;
    3: 0.455, 0.709, the grid reaching down to link 0.1): lower thresholds fit the development
    keys' F1 without carrying to the held-out folds. --keys-weight reruns the comparison."""
    return (KEYS_WEIGHT * r["keys"] + r["ecb"]) / (1 + KEYS_WEIGHT)


# The thresholds of stories of many reports (more than few_sources; ECB+'s events of ~11 outlets) are
# chosen by the mean over the ECB+ development *units* of their MCC, a unit being one topic (its two
# halves' pairs pooled); the topics with fewer than MIN_UNIT_PAIRS same-happening or different-happening
# clear-cut pairs are pooled into one unit. The pooled MCC let two events of several happenings
# (1_ecbplus, 23_ecbplus, 44% of the pairs) choose every threshold and rule (twentieth session,
# tools/study-many-reports.py, docs/benchmarks.md).
MIN_UNIT_PAIRS = 5


def event_name(e):
    return os.path.basename(os.path.dirname(e.files[0]))


def units(ecb):
    """Each ECB+ event's unit by its name: its topic, or "rest" for the topics of too few clear-cut pairs."""
    by_topic = {}
    for e in ecb:
        _, _, same, different = e.score(list(range(len(e.source))))  # each sentence alone: every pair missed
        topic = event_name(e).split("_")[0]
        s, d = by_topic.get(topic, (0, 0))
        by_topic[topic] = (s + same, d + different)
    return {event_name(e): (t if min(by_topic[t]) >= MIN_UNIT_PAIRS else "rest")
            for e in ecb for t in [event_name(e).split("_")[0]]}


def unit_mean(counts, unit_of):
    """The mean of the units' MCC; @counts: event name -> (tp, fp, fn, tn)."""
    per_unit = {}
    for name, c in counts.items():
        per_unit[unit_of[name]] = add(per_unit.get(unit_of[name], (0, 0, 0, 0)), c)
    return float(np.mean([mcc(c) for c in per_unit.values()])) if per_unit else 0.0


def many_reports(events):
    few_sources = FEW[0][0] if FEW[0][1] is not None else 0
    return [e for e in events if e.kind == "ecb" and len(e.sizes) > few_sources]


def choose(events, prob_of):
    """The many-report thresholds (edge, link, same_source = link) by the unit mean of @events' ECB+
    stories of many reports, best first."""
    ecb = many_reports(events)
    unit_of = units(ecb)
    scored = [(unit_mean({event_name(e): e.score(cluster(e, prob_of(e), edge, link, link)) for e in ecb}, unit_of),
               (edge, link, link)) for edge, link in GRID]
    return sorted(scored, reverse=True)


def folds(events, seed):
    """Each event's fold: the groups (an ECB+ topic with the keyed events made from it, or a basil
    event) dealt in a shuffled order, so one topic never sits on both sides."""
    groups = sorted({e.group for e in events})
    random.Random(seed).shuffle(groups)
    fold = {g: i % FOLDS for i, g in enumerate(groups)}
    return [fold[e.group] for e in events]


TFIDF_THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4)


# an ECB+ event of LARGE clear-cut pairs or more (on development 1_ecbplus and 23_ecbplus, 44% of the
# pairs) decides the pooled MCC: the cross-validation also prints the MCC of the events under it, where
# the engine and the TF-IDF baseline stood level out of fold in 2026-12-05's study (docs/benchmarks.md)
LARGE = 400


def clear_pairs(e):
    """An ECB+ event's clear-cut pairs (same happening or none in common) of two sources."""
    if getattr(e, "clear_pairs", None) is None:
        e.clear_pairs = sum(e.score(list(range(len(e.source)))))
    return e.clear_pairs


def cross_validate(events, seed, baseline=None):
    """The engine's fit under cross-validation: (basil-format F1, basil-dev F1, ecbplus-dev MCC);
    @baseline, a list, gets the TF-IDF baseline's figures on the same folds, its threshold chosen
    on the training folds by the unit mean as the engine's (choose()), both sets' MCC by kind of
    story, and both's unit mean of the ECB+ stories of many reports ("unit")."""
    fold_of = folds(events, seed)
    counts = {k: (0, 0, 0, 0) for k in COUNTS + ("ecb small",)}
    base = {k: (0, 0, 0, 0) for k in COUNTS + ("ecb small",)}
    by_event, base_by_event = {}, {}
    many = many_reports(events)
    for f in range(FOLDS):
        train_events = [e for e, k in zip(events, fold_of) if k != f]
        test_events = [e for e, k in zip(events, fold_of) if k == f]
        beta = train(train_events)
        prob_of = lambda e, beta=beta: probabilities(beta, e.X, e.apart)
        settings = choose(train_events, prob_of)[0][1]
        r = evaluate(test_events, prob_of, settings)
        by_event.update(r["events"])
        for k in COUNTS:
            counts[k] = add(counts[k], r["counts"][k])
        small = [e for e in test_events if e.kind == "ecb" and clear_pairs(e) < LARGE]
        counts["ecb small"] = add(counts["ecb small"], evaluate(small, prob_of, settings)["counts"]["ecb"])
        if baseline is not None:
            train_many = many_reports(train_events)
            t = max((unit_mean(evaluate(train_many, None, (t,), tfidf=True)["events"], units(train_many)), t)
                    for t in TFIDF_THRESHOLDS)[1]
            r = evaluate(test_events, None, (t,), tfidf=True)
            base_by_event.update(r["events"])
            for k in COUNTS:
                base[k] = add(base[k], r["counts"][k])
            base["ecb small"] = add(base["ecb small"], evaluate(small, None, (t,), tfidf=True)["counts"]["ecb"])
    if baseline is not None:
        baseline.append(dict(tfidf=(f1(base["keys"]), f1(base["basil"]), mcc(base["ecb"])),
                             kinds={(who, k): mcc(c[k]) for who, c in (("engine", counts), ("tfidf", base))
                                    for k in ("ecb one", "ecb several", "ecb small")},
                             unit=tuple(unit_mean({event_name(e): d[event_name(e)] for e in many}, units(many))
                                        for d in (by_event, base_by_event))))
    return f1(counts["keys"]), f1(counts["basil"]), mcc(counts["ecb"])


def own_stories_f1(cli, model):
    build = os.path.dirname(os.path.dirname(os.path.dirname(cli)))
    run(["meson", "compile", "-C", build, "bench-alignment"])
    base = os.path.join(ROOT, "tests", "bench", "alignment", "stories")
    p = subprocess.run([os.path.join(build, "tests", "bench", "alignment", "bench-alignment"), ROOT]
                       + [os.path.join(base, x) + "/" for x in FLOOR_STORIES],
                       capture_output=True, text=True, env=dict(os.environ, PARALLAX_SIMILARITY_MODEL=model))
    return float(p.stdout.split("alignment: ")[1].split("F1 ")[1].split()[0])


def check_replica(cli, shared, events):
    """The clustering and scoring here must give the shared scorer's figure for the built engine."""
    model = open(os.path.join(ROOT, "resources", "lexicon", "similarity.txt")).read().split("\n")
    settings = {l.split()[1]: float(l.split()[2]) for l in model if l.startswith("setting ")}
    mine = evaluate([e for e in events if e.kind == "ecb"], lambda e: e.engine,
                    (settings["edge"], settings["link"], settings["same_source"]), gate=0)["ecb"]
    with tempfile.TemporaryDirectory() as tmp:
        run([os.path.join(ROOT, "tests", "bench", "claims", "splits.sh"), tmp, shared])
        theirs = float(run([os.path.join(shared, "bench", "score-ecb.py"), "--cli", cli, "--events",
                            os.path.join(tmp, "ecb-dev")], env=candidate_env()).split("MCC ")[1].split()[0])
    print(f"replica check: ecbplus-dev MCC {mine:.3f} here, {theirs:.3f} by score-ecb.py")
    if abs(mine - theirs) > 0.002:
        sys.exit("the replica of px_align() or of the scorer has drifted from them; fix it first")


FEW_COMMENTS = ("# rerun: tools/fit-few-similarity.py ", "# few-report weights:", "# few_*:")


def few_model_lines():
    """The lines of the model in use that tools/fit-few-similarity.py and choose-few-thresholds.py
    wrote (the few-report weights and the comments on them), which a refit here carries over: (comment
    lines without their "# ", weight lines)."""
    model = open(os.path.join(ROOT, "resources", "lexicon", "similarity.txt")).read().split("\n")
    return ([l[2:] for l in model if l.startswith(FEW_COMMENTS)],
            [l for l in model if l.startswith(("few_bias ", "few_weight "))])


def model_text(names, w, settings, comment):
    few_comments, few_weights = few_model_lines()
    comment = list(comment)
    for c in few_comments:
        if c in comment:
            continue
        after = [i for i, x in enumerate(comment) if x.startswith("rerun: tools/fit-similarity.py")]
        comment.insert(after[0] + 1, c) if c.startswith("rerun:") and after else comment.append(c)
    lines = [f"# {c}" for c in comment]
    lines.append(f"bias {w[0]:.4f}")
    lines += [f"{n} {v:.4f}" for n, v in zip(names, w[1:])]
    lines += [f"setting {k} {v:g}" for k, v in settings.items()]
    lines += few_weights
    return "\n".join(lines) + "\n"


def msrp_figures(beta, dev, held):
    def rate(data, th):
        p = probabilities(beta, np.array([x for x, _ in data]))
        y = np.array([t for _, t in data], bool)
        tp = int(((p >= th) & y).sum()); fp = int(((p >= th) & ~y).sum()); fn = int(((p < th) & y).sum())
        return (len(y) - fp - fn) / len(y), 2 * tp / max(2 * tp + fp + fn, 1)
    th = max((rate(dev, t / 100)[0], t / 100) for t in range(1, 100))[1]
    return th, rate(dev, th), rate(held, th)


def msrp_cross_validate(events, dev):
    """MSRP's accuracy and F1 on each fifth of its development pairs, the model fitted on the rest
    (and on every event) and its threshold chosen there."""
    X = np.array([x for x, _ in dev])
    y = np.array([t for _, t in dev], float)
    order = np.random.RandomState(7).permutation(len(y))
    fitted = MSRP_TRAIN[0]
    figures = []
    for k in range(FOLDS):
        test = np.zeros(len(y), bool)
        test[order[k::FOLDS]] = True
        MSRP_TRAIN[0] = (X[~test], y[~test])
        beta = train(events)
        rows = lambda mask: [(list(x), t) for x, t in zip(X[mask], y[mask])]
        figures.append(msrp_figures(beta, rows(~test), rows(test))[2])
    MSRP_TRAIN[0] = fitted
    return tuple(sum(x) / FOLDS for x in zip(*figures))


# The ridge and the features, chosen by cross-validation ----------------------
# The fit's pairs are held out a group at a time (an ECB+ topic with the keyed events made from it, a
# basil event, a run of MSRP_RUN MSRP development pairs in the file's order), and each group's pairs
# are scored by their log-loss, weighed as the fit weighs them: the four data sets the same. The
# clustering figures cross_validate() prints move with the thresholds' steps (0.05 apart) and with two
# large ECB+ events; the log-loss moves with every pair, so it is what chooses.

RIDGES = (0.1, 0.3, 1, 3, 10, 30)
# a feature is left out only when that lowers the loss by more than DROP_SE paired standard errors:
# at one, the features each fold's own choice left out differed fold by fold and the choice lost out
# of fold to every feature kept (docs/benchmarks.md, fit38)
DROP_SE = 2
MSRP_RUN = 50
# the weights' steadiness: FLIPS labels of one basil-dev event's pairs read as a key sentence mapped
# onto its neighbour would read them (a pair of no claim whose sentence's neighbour in its report is of
# one claim with the other sentence), as a text the engine read nine characters short once made the fit
# read ten (docs/benchmarks.md, fit37; fit38: eight of the nine such pairs today's engine holds are of that shape)
FLIPS, FLIP_DRAWS = 10, 10


def slid_pairs(e):
    """The pairs of @e of no claim that a map slid by one sentence would read as one claim: one
    sentence's neighbour in its report and the other sentence are a pair of one claim."""
    label = {}
    for t, (i, j) in enumerate(e.pairs):
        label[(i, j)] = label[(j, i)] = e.y[t]
    slid = np.zeros(len(e.pairs), bool)
    for t, (i, j) in enumerate(e.pairs):
        if e.y[t] != 0:
            continue
        slid[t] = any(0 <= a + d < len(e.source) and e.source[a + d] == e.source[a] and label.get((a + d, b)) == 1
                      for a, b in ((i, j), (j, i)) for d in (-1, 1))
    return slid


def msrp_file_index(row):
    """The MSRP file's index of msrp()'s @row-th development pair (those of index i % 5 != 4, in order)."""
    return (row // 4) * 5 + row % 4


def training_parts(events, m_dev):
    """The pairs train() fits, as arrays: features, labels, data set and group of each, and for the
    basil-dev pairs slid_pairs() finds their event's index (-1 for every other pair)."""
    X, y, sets, groups, slid = [], [], [], [], []
    for n, e in enumerate(events):
        m = (~np.isnan(e.y)) & ((e.quick >= TRAIN_MIN_QUICK) | e.candidate)
        X.append(e.X[m])
        y.append(e.y[m])
        sets += [e.dataset] * int(m.sum())
        groups += [e.group] * int(m.sum())
        slid.append(np.where(slid_pairs(e)[m], n, -1) if e.dataset == "basil" else np.full(int(m.sum()), -1))
    if m_dev and MSRP_TRAIN[1] > 0:
        X.append(np.array([x for x, _ in m_dev]))
        y.append(np.array([t for _, t in m_dev], float))
        sets += ["msrp"] * len(m_dev)
        groups += [f"msrp{msrp_file_index(r) // MSRP_RUN}" for r in range(len(m_dev))]
        slid.append(np.full(len(m_dev), -1))
    return np.vstack(X), np.concatenate(y), np.array(sets), np.array(groups), np.concatenate(slid)


def set_weights(sets, mask):
    """train()'s weight of each pair of @mask: each data set's pairs weigh 1000 together, MSRP's times
    its --msrp-weight; 0 outside @mask."""
    w = np.zeros(len(sets))
    for name in np.unique(sets[mask]):
        sel = mask & (sets == name)
        w[sel] = 1000.0 * (MSRP_TRAIN[1] if name == "msrp" else 1.0) / sel.sum()
    return w


def group_folds(groups, seed):
    """Each pair's fold: the groups dealt in a shuffled order, as folds() deals the events."""
    names = sorted(set(groups))
    random.Random(seed).shuffle(names)
    fold = {g: i % FOLDS for i, g in enumerate(names)}
    return np.array([fold[g] for g in groups])


def grouped_loss(parts, ridge, dropped=(), seeds=CV_SEEDS, fits=None):
    """Each group's held-out log-loss (its pairs' weighed as the whole fit weighs them, over the sum of
    every weight), the mean of the deals @seeds; the columns @dropped (indices) are left out. @fits, a
    list, gets every fold's weights."""
    X, y, sets, groups, _ = parts
    if dropped:
        X = X.copy()
        X[:, list(dropped)] = 0
    every = set_weights(sets, np.ones(len(y), bool))
    names = sorted(set(groups))
    index = np.searchsorted(names, groups)
    total = np.zeros(len(names))
    for seed in seeds:
        fold = group_folds(groups, seed)
        p = np.zeros(len(y))
        for k in range(FOLDS):
            train_part = fold != k
            beta = fit(X[train_part], y[train_part], set_weights(sets, train_part)[train_part], ridge=ridge)
            if fits is not None:
                fits.append(beta)
            p[~train_part] = probabilities(beta, X[~train_part])
        p = np.clip(p, 1e-9, 1 - 1e-9)
        total += np.bincount(index, weights=every * -(y * np.log(p) + (1 - y) * np.log(1 - p)),
                             minlength=len(names))
    return total / len(seeds) / every.sum()


def paired_se(a, b):
    """The standard error of sum(@a) - sum(@b), two configurations' losses group by group."""
    return float(np.sqrt(len(a)) * np.std(a - b, ddof=1))


def lowest_ridge(losses):
    """@losses: ridge -> grouped_loss(). The ridge of the lowest loss. (The strongest within one paired
    standard error of it, the steadier weights, chose ridges of 3 and 30 inside some folds and lost out
    of fold to any one ridge of 0.3 to 3: docs/benchmarks.md, fit38.)"""
    return min(losses, key=lambda r: losses[r].sum())


def backward_drops(parts, ridge, names, candidates, seeds=CV_SEEDS, log=print, loss_of=None):
    """Features left out one at a time, the one whose leaving lowers the loss most first, while it
    lowers it by more than DROP_SE paired standard errors: (the indices dropped, their loss). @loss_of
    (parts, ridge, dropped, seeds) is grouped_loss() unless given."""
    loss_of = loss_of or grouped_loss
    dropped = []
    current = loss_of(parts, ridge, dropped, seeds)
    while True:
        trials = sorted(((loss_of(parts, ridge, dropped + [c], seeds), c) for c in candidates if c not in dropped),
                        key=lambda t: t[0].sum())
        if not trials:
            return dropped, current
        loss, c = trials[0]
        gain, se = current.sum() - loss.sum(), paired_se(loss, current)
        log(f"  without {names[c]}: loss {loss.sum():.5f} ({-gain:+.5f}, paired SE {se:.5f})"
            + ("" if gain > DROP_SE * se else ": kept"))
        if gain <= DROP_SE * se:
            return dropped, current
        dropped.append(c)
        current = loss


def flipped_fits(parts, ridge, dropped, draws=FLIP_DRAWS, flips=FLIPS, seed=11):
    """The weights fitted on every pair, and on every pair with @flips labels of one basil-dev event's
    slid_pairs() read as one claim (each of @draws draws, the event drawn among those with enough):
    (the weights, [weights of each draw])."""
    X, y, sets, _, slid = parts
    if dropped:
        X = X.copy()
        X[:, list(dropped)] = 0
    w = set_weights(sets, np.ones(len(y), bool))
    beta = fit(X, y, w, ridge=ridge)
    pools = [np.flatnonzero(slid == n) for n in sorted(set(slid[slid >= 0]))]
    pools = [p for p in pools if len(p) >= flips]
    rng = np.random.RandomState(seed)
    others = []
    for _ in range(draws if pools else 0):
        changed = y.copy()
        changed[rng.choice(pools[rng.randint(len(pools))], flips, replace=False)] = 1
        others.append(fit(X, changed, w, ridge=ridge))
    return beta, others


def choose_ridge(events, m_dev, names, log=print):
    """--choose-ridge: the loss of each ridge of RIDGES, the ridge lowest_ridge() chooses, the features
    backward_drops() leaves out at it, and how steady the weights are at each ridge (the fold fits'
    spread, FLIPS labels changed): (ridge, [names dropped])."""
    parts = training_parts(events, m_dev)
    rule = [RULE_COLUMN[0]] if RULE_COLUMN[0] is not None else []
    candidates = [c for c in range(len(names)) if c not in rule]
    log(f"{len(parts[1])} pairs in {len(set(parts[3]))} groups, {FOLDS} folds, deals {', '.join(map(str, CV_SEEDS))}")
    losses, spread = {}, {}
    for ridge in RIDGES:
        fits = []
        losses[ridge] = grouped_loss(parts, ridge, fits=fits)
        spread[ridge] = np.array(fits)[:, 1:].std(axis=0)
    best = min(losses, key=lambda r: losses[r].sum())
    for ridge in RIDGES:
        beta, others = flipped_fits(parts, ridge, [])
        moved = np.array([np.abs(o - beta)[1:] for o in others])
        worst = np.unravel_index(moved.argmax(), moved.shape)[1]
        log(f"ridge {ridge:g}: cross-validated log-loss {losses[ridge].sum():.5f} "
            f"({losses[ridge].sum() - losses[best].sum():+.5f}, paired SE {paired_se(losses[ridge], losses[best]):.5f}); "
            f"weights over the folds' fits: largest SD {spread[ridge].max():.3f} ({names[int(spread[ridge].argmax())]}), "
            f"mean {spread[ridge][candidates].mean():.3f}; {FLIPS} basil-dev labels changed ({FLIP_DRAWS} draws): "
            f"a weight moves at most {moved.max():.3f} ({names[worst]}), median of the draws' largest {np.median(moved.max(axis=1)):.3f}")
    ridge = lowest_ridge(losses)
    log(f"chosen: ridge {ridge:g} (the lowest loss); features left out at it:")
    dropped, _ = backward_drops(parts, ridge, names, candidates, log=log)
    log(f"chosen: --ridge {ridge:g}" + (f" --without {','.join(names[c] for c in dropped)}" if dropped else ""))
    return ridge, [names[c] for c in dropped]


KEYS_HOME = os.path.join(ROOT, "tests", "bench", "claims", "keys")


def shown_keys_dir(d):
    """A --keys-dir as the header writes it: OUT/<set> for a set of the project's own keys
    (tests/bench/claims/keys/<set>, its texts rebuilt by keyed-events.py into OUT), else the path."""
    name = os.path.basename(os.path.normpath(d))
    return f"OUT/{name}" if os.path.isdir(os.path.join(KEYS_HOME, name)) else d


def rerun_comment(a, events, m_dev):
    """The header lines that say how to rebuild the file: the commands, the engine's commit and the
    data fitted on (and the project's key sets left out of the fit)."""
    options = "".join(f" --keys-dir {shown_keys_dir(d)}" for d in a.keys_dir)
    for flag, value, default in (("--msrp-weight", a.msrp_weight, 1.0), ("--ridge", a.ridge, RIDGE_DEFAULT),
                                 ("--keys-weight", a.keys_weight, 1.0)):
        if value != default:
            options += f" {flag} {value:g}"
    options += f" --without {a.without}" if a.without else ""
    options += " --dataset-bias" if a.dataset_bias else ""
    options += f" --extend {a.extend}" if a.extend else ""
    few = "".join(f" --keys-dir {shown_keys_dir(d)}" for d in a.keys_dir)
    project_keys = sorted(x for x in os.listdir(KEYS_HOME) if os.path.isdir(os.path.join(KEYS_HOME, x))) \
        if os.path.isdir(KEYS_HOME) else []
    used = {os.path.basename(os.path.normpath(d)) for d in a.keys_dir}
    try:
        commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True).stdout.strip()
    except OSError:
        commit = ""
    lines = []
    if any(os.path.isdir(os.path.join(KEYS_HOME, os.path.basename(os.path.normpath(d)))) for d in a.keys_dir):
        lines.append("rerun: tests/bench/claims/keyed-events.py OUT ../shared")
    lines.append(f"rerun: tools/fit-similarity.py --cli BUILD/app/cli/parallax-cli --shared ../shared{options}")
    # the few_* settings are carried over from the model in use: so is the line of the script that chose them
    kept = [l[2:] for l in open(os.path.join(ROOT, "resources", "lexicon", "similarity.txt")).read().split("\n")
            if l.startswith("# rerun: tools/choose-few-thresholds.py ")]
    lines.append(kept[0] if kept else
                 f"rerun: tools/choose-few-thresholds.py --cli BUILD/app/cli/parallax-cli --shared ../shared{few}")
    if commit:
        lines.append(f"engine (the features) of commit {commit}; numpy {np.__version__}")

    def pairs(name):
        sel = [e for e in events if e.dataset == name]
        n = sum(int(((~np.isnan(e.y)) & ((e.quick >= TRAIN_MIN_QUICK) | e.candidate)).sum()) for e in sel)
        return len(sel), n
    data = [f"ecbplus-dev topics not divisible by 3 ({pairs('ecb')[0]} events, {pairs('ecb')[1]} pairs)",
            f"basil-dev {' '.join(BASIL_DEV)} ({pairs('basil')[1]} pairs)"]
    if a.keys_dir:
        data.append(f"keys {' '.join(shown_keys_dir(d) for d in a.keys_dir)} ({pairs('other keys')[0]} events, "
                    f"{pairs('other keys')[1]} pairs)")
    data.append(f"msrp train pairs i % 5 != 4 ({len(m_dev)}, weight {a.msrp_weight:g})")
    lines.append("data: " + "; ".join(data))
    left = [k for k in project_keys if k not in used]
    if left:
        lines.append(f"the project's keys not in this fit (tests/bench/claims/keys; k15, k20 and k23 are blind "
                     f"checks, never fitted on): {', '.join(left)}")
    return lines


def choose_under_floor(cli, events, prob_of, text_of, stories_min_f1, show_keys):
    """The first of choose()'s thresholds, best first, whose model (text_of(edge, link, same), the
    similarity file's text) keeps the project's stories of the floor at @stories_min_f1: (score,
    (edge, link, same), evaluate()'s figures, the stories' F1). Exits when none does."""
    with tempfile.TemporaryDirectory() as tmp:
        model = os.path.join(tmp, "model.txt")
        for score, (edge, link, same) in choose(events, prob_of):
            open(model, "w").write(text_of(edge, link, same))
            own = own_stories_f1(cli, model)
            r = evaluate(events, prob_of, (edge, link, same))
            keys = f"basil-format F1 {r['keys']:.3f} (basil-dev {r['basil']:.3f}), " if show_keys else ""
            print(f"  edge {edge} link {link}: ECB+ unit mean {score:.3f}; {keys}ecbplus-dev MCC {r['ecb']:.3f}, "
                  f"own stories F1 {own:.3f}", flush=True)
            if own >= stories_min_f1:
                return score, (edge, link, same), r, own
    sys.exit(f"no thresholds keep the stories {', '.join(FLOOR_STORIES)} at F1 >= {stories_min_f1:.3f}: "
             "nothing written")


def choose_thresholds_only(cli, events, out, stories_min_f1):
    """--thresholds-only: the model in use's weights kept (the built engine's probabilities), its
    many-report thresholds (edge, link, same_source) chosen again by choose() under the stories'
    floor; every other line of the file kept."""
    path = os.path.join(ROOT, "resources", "lexicon", "similarity.txt")
    # the line an earlier run of this option wrote goes
    lines = [l for l in open(path).read().rstrip("\n").split("\n") if "(fit-similarity.py --thresholds-only)" not in l]

    def with_thresholds(edge, link, same, comment=None):
        new = {"edge": edge, "link": link, "same_source": same}
        text = [f"setting {l.split()[1]} {new[l.split()[1]]:g}" if l.startswith("setting ") and l.split()[1] in new
                else l for l in lines]
        if comment:
            last = max(i for i, l in enumerate(text) if l.startswith("#"))
            text.insert(last + 1, f"# {comment}")
        return "\n".join(text) + "\n"
    score, (edge, link, same), r, own = choose_under_floor(cli, events, lambda e: e.engine, with_thresholds,
                                                           stories_min_f1, False)
    comment = (f"{datetime.date.today().isoformat()}: the many-report thresholds chosen again on these weights "
               f"(fit-similarity.py --thresholds-only): ECB+ unit mean {score:.3f}, ecbplus-dev MCC {r['ecb']:.3f}, "
               f"own stories F1 {own:.3f}")
    open(out, "w").write(with_thresholds(edge, link, same, comment))
    print(f"wrote {out}: edge {edge:g}, link {link:g}, same_source {same:g}")


def check_model(text, path):
    """--check: 0 when every line of @text the engine reads (weights and settings, not the comments)
    is the line of the same name in the file @path, byte for byte, and neither has a line the other has
    not; else 1, each line that differs printed. The engine reads the lines by name, in any order."""
    def read(t):
        return {l.rsplit(" ", 1)[0]: l for l in t.split("\n") if l and not l.startswith("#")}
    mine, theirs = read(text), read(open(path).read())
    differ = [(mine.get(k, "(none)"), theirs.get(k, "(none)")) for k in list(mine) + [k for k in theirs if k not in mine]
              if mine.get(k) != theirs.get(k)]
    for x, y in differ:
        print(f"  rerun: {x:32} {os.path.basename(path)}: {y}")
    print(f"check: {len(mine) - len(differ)} of {len(mine)} lines as {path} has them"
          + ("" if differ else ": the rerun writes its weights and settings to the byte"))
    return 1 if differ else 0


def self_test():
    """The choice of the ridge and of the features, on invented figures (no engine, no corpus)."""
    # development MSRP pairs are those of index i % 5 != 4, in order
    assert [msrp_file_index(r) for r in range(9)] == [0, 1, 2, 3, 5, 6, 7, 8, 10]
    # a group's pairs share a fold, and every fold holds groups
    groups = np.array([f"g{i % 13}" for i in range(200)])
    fold = group_folds(groups, 1)
    assert all(len(set(fold[groups == g])) == 1 for g in set(groups)) and set(fold) == set(range(FOLDS))
    # the ridge of the lowest loss, summed over the groups, though a stronger one is within a paired SE
    base = np.array([0.010, 0.012, 0.008, 0.011, 0.009, 0.010])
    noise = np.array([0.0004, -0.0004, 0.0003, -0.0003, 0.0002, -0.0002])
    losses = {0.3: base + 0.0003 + noise, 1: base + 3 * noise, 3: base + 0.0001 + noise}
    assert paired_se(losses[3], losses[1]) > losses[3].sum() - losses[1].sum() > 0
    assert lowest_ridge(losses) == 1, lowest_ridge(losses)
    # a feature goes only while its leaving lowers the loss by more than DROP_SE paired SEs: leaving
    # feature 2 out gains much and steadily; feature 0 gains little and unsteadily, and stays
    table = {(): base, (2,): base - 0.002, (0,): base - 0.0005 + 3 * noise, (1,): base + 0.001,
             (2, 0): base - 0.0021 + 3 * noise, (2, 1): base - 0.001}
    dropped, _ = backward_drops(None, 1, ["a", "b", "c"], [0, 1, 2], log=lambda *x: None,
                                loss_of=lambda parts, ridge, d, seeds: table[tuple(d)])
    assert dropped == [2], dropped

    # a map slid by one sentence: a pair of no claim whose sentence's neighbour in its own report is of
    # one claim with the other sentence; sentence 3 follows sentence 2 in the list but not in its report
    class Slid:
        source = [0, 0, 0, 1, 1, 2]
        pairs = [(0, 3), (1, 3), (2, 4), (1, 4), (3, 5), (2, 5)]
        y = np.array([1, 0, 0, 0, 1, 0], float)
    assert list(slid_pairs(Slid)) == [False, True, False, False, False, False], list(slid_pairs(Slid))

    # --check: the lines the engine reads must match to the byte; the comments (dates, commit) may not
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "similarity.txt")
        open(path, "w").write("# 2026-12-06: fitted\nbias -3.9815\ncosine 1.7317\nsetting edge 0.3\n")
        quiet = lambda text: check_model(text, path)
        import contextlib, io
        with contextlib.redirect_stdout(io.StringIO()):
            assert quiet("# 2027-01-01: fitted again\nbias -3.9815\nsetting edge 0.3\ncosine 1.7317\n") == 0
            assert quiet("# 2026-12-06: fitted\nbias -3.9815\ncosine 1.7318\nsetting edge 0.3\n") == 1
            assert quiet("# 2026-12-06: fitted\nbias -3.9815\ncosine 1.7317\n") == 1
    print("fit-similarity.py self-test: ok")


def main():
    if sys.argv[1:] == ["--self-test"]:
        self_test()
        return
    ap = data_arguments(argparse.ArgumentParser())
    ap.add_argument("--out", default=os.path.join(ROOT, "resources", "lexicon", "similarity.txt"))
    ap.add_argument("--no-cv", action="store_true")
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--without", default="")
    ap.add_argument("--msrp-weight", type=float, default=1.0)
    ap.add_argument("--ridge", type=float, default=RIDGE)
    ap.add_argument("--keys-weight", type=float, default=KEYS_WEIGHT)
    ap.add_argument("--dataset-bias", action="store_true")
    ap.add_argument("--thresholds-only", action="store_true")
    ap.add_argument("--extend", default="", help="FEATURE,...: the model in use's weights held and only these "
                    "features' weights (and the bias) fitted over them, in the cross-validation too")
    ap.add_argument("--tfidf-feature", action="store_true",
                    help="with --cv-only: the TF-IDF baseline's cosine of the pair as one more feature (the engine "
                    "computes no such feature, so no model is written with it)")
    ap.add_argument("--check", action="store_true",
                    help="fit as the other options say, write nothing, and exit 1 unless every weight and setting line "
                    "is as --out has it (the few-report lines are carried over from the model in use, so they are "
                    "checked only as carried)")
    ap.add_argument("--choose-ridge", action="store_true",
                    help="print the cross-validated log-loss of each ridge of RIDGES, the weights' steadiness at each, "
                    "the ridge chosen and the features left out at it, and write nothing")
    ap.add_argument("--cache", help="the events read kept in this pickle file (the study tools' --cache, read "
                    "with the same --keys-dir), for reruns of --cv-only")
    ap.add_argument("--check-probabilities", action="store_true",
                    help="read the ECB+ development events only, and exit 1 unless the replica of the engine's "
                    "probability (probabilities()) gives the engine's own on each candidate pair")
    a = ap.parse_args()
    globals()["KEYS_WEIGHT"] = a.keys_weight
    cli = os.path.abspath(a.cli)
    globals()["RIDGE"] = a.ridge
    DATASET_BIAS[0] = a.dataset_bias

    candidate_dir = tempfile.TemporaryDirectory()
    write_candidate_model(candidate_dir.name)
    if a.check_probabilities:
        ecb = os.path.join(a.shared, "corpus", "ecbplus-dev", "events")
        events = [EcbEvent(cli, os.path.join(ecb, n), f"ecb{int(n.split('_')[0])}") for n in sorted(os.listdir(ecb))
                  if int(n.split("_")[0]) % 3 != 0]
        RULE_COLUMN[0] = events[0].names.index(RULE) if RULE in events[0].names else None
        check_probabilities(events)
        return
    events = load_events_cached(cli, a.shared, a.keys_dir, a.cache)
    if not all(hasattr(e, "apart") for e in events):
        sys.exit(f"fit-similarity.py: {a.cache} holds events read before the rule of two happenings was; delete it")
    check_probabilities(events)
    names = events[0].names
    for name in filter(None, a.without.split(",")):
        column = names.index(name)
        for e in events:
            e.X[:, column] = 0
    if a.extend:
        EXTEND[0] = in_use_beta(names)
        EXTEND[1] = [names.index(n) for n in a.extend.split(",")]
    m_dev, m_held = msrp(cli, a.shared)
    for name in filter(None, a.without.split(",")):
        column = names.index(name)
        for x, _ in m_dev + m_held:
            x[column] = 0
    if a.tfidf_feature:
        if not a.cv_only:
            sys.exit("fit-similarity.py: --tfidf-feature measures only (--cv-only): the engine has no such feature")
        for e in events:
            e.X = with_tfidf(e, e.X)
            e.names = e.names + ["tfidf"]
        names = events[0].names
        t_dev, t_held = msrp_tfidf(a.shared)
        if len(t_dev) != len(m_dev) or len(t_held) != len(m_held):
            sys.exit("fit-similarity.py: the MSRP pairs read two ways differ")
        m_dev = [(x + [c], y) for (x, y), c in zip(m_dev, t_dev)]
        m_held = [(x + [c], y) for (x, y), c in zip(m_held, t_held)]
    MSRP_TRAIN[0] = (np.array([x for x, _ in m_dev]), np.array([t for _, t in m_dev], float))
    MSRP_TRAIN[1] = a.msrp_weight
    print(f"msrp: {len(m_dev)} development pairs ({sum(t for _, t in m_dev)} paraphrases), weight {a.msrp_weight:g}; "
          f"ridge {RIDGE:g}")
    for name in ("ecb", "basil", "other keys"):
        sel = [e for e in events if e.dataset == name]
        if sel:
            ys = np.concatenate([e.y[(~np.isnan(e.y)) & ((e.quick >= TRAIN_MIN_QUICK) | e.candidate)] for e in sel])
            print(f"{name}: {len(sel)} events, {len(ys)} training pairs ({int(ys.sum())} same)")
    if a.choose_ridge:
        if a.extend or a.dataset_bias or a.tfidf_feature:
            sys.exit("fit-similarity.py: --choose-ridge fits every weight of one intercept (no --extend, --dataset-bias "
                     "or --tfidf-feature)")
        choose_ridge(events, m_dev, names)
        return
    check_replica(cli, a.shared, events)
    stories_min_f1 = own_stories_f1(cli, os.path.join(ROOT, "resources", "lexicon", "similarity.txt")) - STORIES_SLACK
    print(f"floor: the stories {', '.join(FLOOR_STORIES)} at F1 >= {stories_min_f1:.3f}")
    if a.thresholds_only:
        choose_thresholds_only(cli, events, a.out, stories_min_f1)
        return
    today = datetime.date.today().isoformat()
    comment = ["Fitted by tools/fit-similarity.py on the development splits; do not edit by hand."]
    comment += rerun_comment(a, events, m_dev)
    if not a.no_cv and not a.check:
        figures = []
        baseline = []
        for seed in CV_SEEDS:
            figures.append(cross_validate(events, seed, baseline))
            b = baseline[-1]
            print(f"cross-validated ({FOLDS} folds by event, deal {seed}): basil-format F1 {figures[-1][0]:.3f} "
                  f"(basil-dev {figures[-1][1]:.3f}), ecbplus-dev MCC {figures[-1][2]:.3f}; "
                  f"TF-IDF baseline {b['tfidf'][0]:.3f} ({b['tfidf'][1]:.3f}), {b['tfidf'][2]:.3f}", flush=True)
            print("  ecbplus-dev MCC by kind of story: one happening: engine {:.3f}, TF-IDF {:.3f}; several: "
                  "engine {:.3f}, TF-IDF {:.3f}".format(b["kinds"][("engine", "ecb one")], b["kinds"][("tfidf", "ecb one")],
                                                     b["kinds"][("engine", "ecb several")],
                                                     b["kinds"][("tfidf", "ecb several")]), flush=True)
            print("  ecbplus-dev MCC of the events under {} clear-cut pairs: engine {:.3f}, TF-IDF {:.3f}".format(
                LARGE, b["kinds"][("engine", "ecb small")], b["kinds"][("tfidf", "ecb small")]), flush=True)
            print("  ecbplus-dev unit mean (each topic's MCC, stories of many reports; choose()): engine {:.3f}, "
                  "TF-IDF {:.3f}".format(*b["unit"]), flush=True)
        keys_f1, basil_f1, ecb_mcc = (sum(x) / len(figures) for x in zip(*figures))
        print(f"cross-validated, mean: basil-format F1 {keys_f1:.3f} (basil-dev {basil_f1:.3f}), "
              f"ecbplus-dev MCC {ecb_mcc:.3f}; TF-IDF baseline "
              + "{:.3f} ({:.3f}), {:.3f}".format(*(sum(x) / len(baseline) for x in zip(*(b["tfidf"] for b in baseline)))))
        comment.append(f"{today}: cross-validated ({FOLDS} folds by event, {len(CV_SEEDS)} deals) basil-format "
                       f"F1 {keys_f1:.3f} (basil-dev {basil_f1:.3f}), ecbplus-dev MCC {ecb_mcc:.3f}")
        m_acc, m_f1 = msrp_cross_validate(events, m_dev)
        print(f"msrp development pairs, cross-validated ({FOLDS} folds): accuracy {m_acc:.3f} F1 {m_f1:.3f}")
        comment.append(f"{today}: msrp development pairs cross-validated ({FOLDS} folds) accuracy {m_acc:.3f} F1 {m_f1:.3f}")
        if a.cv_only:
            return

    beta = train(events)
    for n, v in zip(["bias"] + names, beta):
        print(f"  {n:16} {v:+.3f}")
    th, (da, df), (ha, hf) = msrp_figures(beta, m_dev, m_held)
    print(f"msrp (threshold {th:.2f}): dev accuracy {da:.3f} F1 {df:.3f}; held-out accuracy {ha:.3f} F1 {hf:.3f}")
    comment.append(f"{today}: msrp held-out accuracy {ha:.3f} F1 {hf:.3f} (threshold {th:.2f})")

    prob_of = lambda e: probabilities(beta, e.X, e.apart)
    # the thresholds of stories of few reports, tools/choose-few-thresholds.py's: carried over (rerun
    # that script after a refit); the stories of the floor are grouped at them, as px_align() does
    few = {l.split()[1]: float(l.split()[2]) for l in open(os.path.join(ROOT, "resources", "lexicon", "similarity.txt"))
           if l.startswith("setting few_")}
    def settings_of(edge, link, same):
        return {"gate": GATE, "rare_link": RARE_LINK, "edge": edge, "link": link, "same_source": same,
                "apart_days": APART_DAYS, **few}
    score, thresholds, r, own = choose_under_floor(
        cli, events, prob_of, lambda *t: model_text(names, beta, settings_of(*t), []), stories_min_f1, True)
    settings = settings_of(*thresholds)
    comment.append(f"{today}: thresholds chosen on the ECB+ unit mean {score:.3f}; basil-format F1 {r['keys']:.3f} "
                   f"(basil-dev {r['basil']:.3f}), ecbplus-dev MCC {r['ecb']:.3f}, own stories F1 {own:.3f}")
    text = model_text(names, beta, settings, comment)
    if a.check:
        sys.exit(check_model(text, a.out))
    open(a.out, "w").write(text)
    print(f"wrote {a.out}: {settings}")


if __name__ == "__main__":
    main()
