"""What the tools that read the keys share: their command line (the parallax-cli, the corpora (../shared),
the key sets, and the model in use), the refusal of blind sets, one tool loaded by another, the model with its
gate open, the development sets and their events compared, and the maps from key sentences to their claims and
to the engine's sentences."""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def add_corpus_arguments(ap):
    """--cli, --shared, --keys-dir (repeatable) and --model, on the argparse parser @ap."""
    ap.add_argument("--cli", required=True)
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    ap.add_argument("--keys-dir", action="append", default=[])
    ap.add_argument("--model", default=os.path.join(ROOT, "resources", "lexicon", "similarity.txt"))


def study_command_line(self_test, parts, more=None):
    """A study tool's command line: --self-test runs @self_test and returns None; otherwise the corpus
    arguments, --cache, --part (comma-separated, @parts by default) and whatever @more (a function of the
    parser) adds are read, blind key sets refused, and (the parsed arguments, the list of parts) returned."""
    import argparse, sys
    if sys.argv[1:] == ["--self-test"]:
        self_test()
        return None
    ap = argparse.ArgumentParser()
    add_corpus_arguments(ap)
    ap.add_argument("--cache")
    ap.add_argument("--part", default=parts)
    if more is not None:
        more(ap)
    a = ap.parse_args()
    refuse_blind(a.keys_dir)
    return a, a.part.split(",")


BLIND = {"k15", "k20", "k23"}


def refuse_blind(keys_dirs):
    """Exits when one of @keys_dirs is a blind set (K15, K20, K23): those are scored, never studied."""
    import sys
    for d in keys_dirs:
        if os.path.basename(os.path.normpath(d)) in BLIND:
            sys.exit(f"{d}: a blind set is never studied")


def load_tool(name, file):
    """The tool tools/@file as the module @name, registered under that name in sys.modules, so that the classes
    of what one tool pickles (--cache) are found again by another that loads it."""
    import importlib.util, sys
    spec = importlib.util.spec_from_file_location(name, os.path.join(ROOT, "tools", file))
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def gate_environments(model, tmp):
    """The environments of two runs of the parallax-cli: with the model @model as it is, and with its
    few-report gate open (few_gate 0) and the bound on the candidates under the gate of many reports (six of
    one other source) lifted (few_low_cap 64), that model written into the folder @tmp. A pair that is no
    candidate even in the second shares no word the candidate search sees; without the bound lifted, one
    that shares a word but ranks seventh would count as such."""
    open_model = os.path.join(tmp, "open.txt")
    with open(model) as f:
        lines = f.read().splitlines()
    with open(open_model, "w") as f:
        f.write("".join(("setting few_gate 0\n" if l.startswith("setting few_gate ") else l + "\n") for l in lines)
                + "setting few_low_cap 64\n")
    return dict(os.environ, PARALLAX_SIMILARITY_MODEL=model), dict(os.environ, PARALLAX_SIMILARITY_MODEL=open_model)


def load_scorer(shared):
    """../shared/bench/score-claims.py as a module."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("score_claims", os.path.join(shared, "bench", "score-claims.py"))
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    return sc


def development_sets(shared, keys_dirs, tmp):
    """(name, keys folder, events folder) of basil-dev's development events (split into @tmp by
    tests/bench/claims/splits.sh) and of each of @keys_dirs (keyed-events.py's OUT/<set>)."""
    import subprocess
    subprocess.run([os.path.join(ROOT, "tests", "bench", "claims", "splits.sh"), tmp, shared], check=True)
    sets = [("basil-dev", os.path.join(tmp, "basil-dev"), os.path.join(shared, "corpus", "basil-dev", "events"))]
    sets += [(os.path.basename(os.path.normpath(d)), os.path.join(d, "keys"), os.path.join(d, "events"))
             for d in keys_dirs]
    return sets


def compared_events(cli, sc, sets, env):
    """Each event of @sets (development_sets()'s), compared by the parallax-cli @cli in the environment @env: its
    set's name, its key's file, the key, the event's folder and gold (score-claims.py @sc's load_event()), its
    reports' paths and `compare --format json`'s output on them."""
    import glob, json, subprocess
    for name, keys, folder in sets:
        for key_file in sorted(glob.glob(os.path.join(keys, "*.json"))):
            key = json.load(open(key_file))
            d, gold = sc.load_event(folder, os.path.basename(key_file).split(".")[0])
            files = [os.path.join(d, f) for f in gold["files"]]
            out = json.loads(subprocess.run([cli, "compare", "--format", "json"] + files, capture_output=True,
                                            env=env, check=True).stdout)
            yield name, key_file, key, d, gold, files, out


def key_claims(key):
    """Each key sentence ("fox:3") -> the ids of the key's claims it is a member of."""
    claims = {}
    for c in key["claims"]:
        for m in c["members"]:
            claims.setdefault(m, set()).add(c["id"])
    return claims


def engine_sentences(sc, folder, gold, out):
    """Each key sentence ("fox:3") -> the engine's sentences it overlaps, as (source, sentence) of @out."""
    found = {}
    for si, (outlet, fname, sents) in enumerate(zip(gold["outlets"], gold["files"], gold["sentences"])):
        text = open(os.path.join(folder, fname), encoding="utf-8").read()
        for s, hits in zip(sents, sc.map_gold_to_engine(sents, text, out["sources"][si])):
            found[f"{outlet}:{s['n']}"] = {(si, j) for j in hits}
    return found


def traced_compare(cli, files, **env):
    """`compare --format json` on @files with the aligner's trace (PARALLAX_ALIGN_TRACE, and @env beside
    it): its output, the links between its claims' members by the output's source indexes, and the order
    in which the aligner read the sources (found as the one under which the most of the trace's claims
    are claims of the output)."""
    import itertools, json, subprocess
    p = subprocess.run([cli, "compare", "--format", "json"] + files, capture_output=True, text=True, check=True,
                       env=dict(os.environ, PARALLAX_ALIGN_TRACE="1", **env))
    out = json.loads(p.stdout)
    claims, raw = [], []
    for line in p.stderr.splitlines():
        w = line.split()
        if w and w[0] == "claim":
            claims.append([tuple(int(v) for v in m.split(":")) for m in w[2:]])
        elif w and w[0] == "link":
            raw.append((tuple(int(v) for v in w[2].split(":")), tuple(int(v) for v in w[3].split(":")), float(w[4])))
    given = {frozenset((m["source"], m["sentence"]) for m in c["members"]) for c in out["claims"]}
    order = max(itertools.permutations(range(len(files))),
                key=lambda o: sum(frozenset((o[s], i) for s, i in c) in given for c in claims))
    links = {}
    for x, y, v in raw:
        x, y = (order[x[0]], x[1]), (order[y[0]], y[1])
        links[(x, y)] = links[(y, x)] = v
    return out, links, order


def pair_counts(emap, kclaims, where):
    """score-claims.py's pair counts (tp, fp, fn) over one event: every two key sentences of two outlets,
    the same key claim (@kclaims) against the same engine claim, the engine's sentences of a key sentence
    (@emap) placed by @where (engine sentence -> its claim's label; a sentence not in it is in none)."""
    import itertools
    tp = fp = fn = 0
    eclaims = lambda sid: {where[x] for x in emap.get(sid, ()) if x in where}
    for a, b in itertools.combinations(sorted(emap), 2):
        if a.split(":")[0] == b.split(":")[0]:
            continue
        k = bool(kclaims.get(a, set()) & kclaims.get(b, set()))
        e = bool(eclaims(a) & eclaims(b))
        tp += k and e
        fp += e and not k
        fn += k and not e
    return tp, fp, fn
