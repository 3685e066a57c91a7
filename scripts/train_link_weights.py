#!/usr/bin/env python3
"""Learn the link models' weights (assets/models/link-weights*.txt) from a reader's gold of article pairs.

  cargo build --example link_features
  python3 scripts/train_link_weights.py --features target/debug/examples/link_features \
      --gold ../shared/eval/reader-dev/gold --docs ../shared/eval/ecbplus-dev/docs \
      --out assets/models/link-weights.txt
  python3 scripts/train_link_weights.py --meaning --features target/debug/examples/link_features \
      --gold ../shared/eval/reader-dev/gold --docs ../shared/eval/ecbplus-dev/docs \
      --out assets/models/link-weights-meaning.txt

Without `--meaning` it learns the model the linker uses before the claims are embedded, which gives the meaning
features no weight; with it, the model that reads the claims' sentence embeddings too, on the candidates that
meaning adds.

Each gold file names two articles (one sentence a line) and the links a reader wants between their lines
(GUIDELINES.md of the eval data). The `link_features` example prints every candidate pair of claims that the
linker scores, with its features; a pair is a positive when the gold links its two lines as `same`, `contrast` or
`parallel`, is left out when the gold calls it `related` (optional), and is a negative otherwise.

The model has two stages, each an L2-regularised logistic regression fitted by Newton's method on standardised
features: the first weighs a pair's own features, the second those and the pair's context (`context` below). The
script checks it across topics before it writes anything: it leaves out each topic in turn (the number before the
first `_` of an article's name), fits on the others and scores the held-out pairs. The threshold written is the
one with the best pooled held-out f1. It prints the held-out figures per topic and pooled, and the weights.
Needs numpy (`pip install numpy`).
"""
import argparse, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

import numpy as np

CORE = ("same", "contrast", "parallel")


def claim_lines(text, original, claims):
    """Each claim's line in the original file (one sentence a line), by the line that holds its middle."""
    starts, pos = [], 0
    for ln in original.split("\n"):
        starts.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    out = []
    for s, e in claims:
        if text != original:
            piece = text[s:e]
            at = original.find(piece)
            if at < 0:
                out.append(None)
                continue
            s, e = at, at + len(piece)
        mid = (s + e) // 2
        out.append(next((i for i, (ls, le) in enumerate(starts) if ls <= mid <= le), None))
    return out


def load_pair(features_bin, gold_path, docs, meaning):
    g = json.load(open(gold_path, encoding="utf-8"))
    files = [os.path.join(docs, g[k] + ".txt") for k in ("doc_a", "doc_b")]
    flags = ["--meaning"] if meaning else []
    out = subprocess.run([features_bin, *flags, *files], capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    originals = [open(f, encoding="utf-8").read() for f in files]
    lines = [claim_lines(d["text"], o, d["claims"]) for d, o in zip(data["documents"], originals)]
    core = {(l["a"], l["b"]) for l in g["links"] if l["relation"] in CORE}
    related = {(l["a"], l["b"]) for l in g["links"] if l["relation"] == "related"}
    rows, labels, keys, claims, used = [], [], [], [], []
    for a, b, x in data["pairs"]:
        key = (lines[0][a], lines[1][b])
        claims.append((a, b))
        # Every candidate feeds the context features; those on a `related` pair or off the lines are not scored.
        used.append(None not in key and key not in related)
        rows.append(x)
        labels.append(1.0 if key in core else 0.0)
        keys.append(key)
    return {
        "topic": g["doc_a"].split("_")[0],
        "names": data["names"],
        "context_names": data["context_names"],
        "x": np.array(rows, dtype=float).reshape(-1, len(data["names"])),
        "y": np.array(labels),
        "used": np.array(used, dtype=bool),
        "keys": keys,
        "claims": claims,
        "core": core,
    }


def context(pair, first):
    """The context features of each candidate, from the first stage's chances, as the linker works them out
    (context_vectors in src/analysis/counterparts/pair_features.rs): the chance itself, the best chance of the
    pairs before and after it, and its share of the best chance of each of its two claims."""
    by, best_a, best_b = {}, {}, {}
    for (a, b), p in zip(pair["claims"], first):
        by[(a, b)] = p
        best_a[a] = max(best_a.get(a, 0.0), p)
        best_b[b] = max(best_b.get(b, 0.0), p)
    rows = []
    for (a, b), p in zip(pair["claims"], first):
        neighbour = max(by.get((a - 1, b - 1), 0.0), by.get((a + 1, b + 1), 0.0))
        share = lambda best: p / best if best > 0 else 0.0
        rows.append([p, neighbour, share(best_a[a]), share(best_b[b])])
    return np.array(rows, dtype=float).reshape(-1, 4)


def fit(x, y, l2=1.0, steps=30):
    """Weights and bias of a logistic regression on standardised x, by Newton's method."""
    mean, sd = x.mean(0), x.std(0)
    sd[sd == 0] = 1.0
    z = np.hstack([(x - mean) / sd, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-z @ w))
        grad = z.T @ (p - y) + reg * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    raw = w[:-1] / sd
    return raw, w[-1] - (raw * mean).sum()


def chance(x, weights, bias):
    return 1 / (1 + np.exp(-(x @ weights + bias)))


def scores(pairs, probs, threshold):
    """Link precision, recall and f1, and top-1, as the reader scorer counts them (best score per line pair)."""
    tp = fp = fn = hit = rows = 0
    for pair, p in zip(pairs, probs):
        got = {}
        for key, q, used in zip(pair["keys"], p, pair["used"]):
            if used and q >= threshold:
                got[key] = max(got.get(key, 0.0), q)
        tp += sum(1 for k in got if k in pair["core"])
        fp += sum(1 for k in got if k not in pair["core"])
        fn += sum(1 for k in pair["core"] if k not in got)
        best = {}
        for (a, b), q in got.items():
            if a not in best or q > best[a][1]:
                best[a] = (b, q)
        for a in {a for a, _ in pair["core"]}:
            rows += 1
            hit += a in best and (a, best[a][0]) in pair["core"]
    P = tp / max(1, tp + fp)
    R = tp / max(1, tp + fn)
    return P, R, 2 * P * R / max(1e-9, P + R), hit / max(1, rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--features", required=True, help="the built link_features example")
    ap.add_argument("--gold", required=True)
    ap.add_argument("--docs", required=True)
    ap.add_argument("--out", help="where to write the weights; without it, only the checks are printed")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--meaning", action="store_true", help="learn the model that reads the claims' meanings")
    a = ap.parse_args()
    files = sorted(f for f in os.listdir(a.gold) if f.endswith(".json"))
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        pairs = list(pool.map(lambda f: load_pair(a.features, os.path.join(a.gold, f), a.docs, a.meaning), files))
    names = pairs[0]["names"]
    if not a.meaning:
        kept = [i for i, n in enumerate(names) if not n.startswith("meaning")]
        names = [names[i] for i in kept]
        for p in pairs:
            p["x"] = p["x"][:, kept]
    found = sum(len(set(p["keys"]) & p["core"]) for p in pairs)
    gold = sum(len(p["core"]) for p in pairs)
    print(f"{len(pairs)} pairs, {sum(len(p['y']) for p in pairs)} candidates, "
          f"candidate recall {found / max(1, gold):.3f} ({found} of {gold} gold links)")
    topics = sorted({p["topic"] for p in pairs}, key=int)

    def stacked(rows):
        return np.vstack(rows)

    def fit_on(chosen, x_of):
        x = stacked([x_of(p)[p["used"]] for p in chosen])
        y = np.concatenate([p["y"][p["used"]] for p in chosen])
        return fit(x, y, a.l2)

    def held_out(x_of):
        """Each pair's chances from a model fitted on the other topics."""
        held = [None] * len(pairs)
        for t in topics:
            w, b = fit_on([p for p in pairs if p["topic"] != t], x_of)
            for i, p in enumerate(pairs):
                if p["topic"] == t:
                    held[i] = chance(x_of(p), w, b)
        return held

    first_held = held_out(lambda p: p["x"])
    for p, first in zip(pairs, first_held):
        p["x2"] = np.hstack([p["x"], context(p, first)])
    held = held_out(lambda p: p["x2"])
    for label, chances in (("first stage", first_held), ("second stage", held)):
        f1, threshold = max((scores(pairs, chances, t / 100)[2], t / 100) for t in range(20, 81, 2))
        P, R, F, top1 = scores(pairs, chances, threshold)
        print(f"{label}, held out by topic, threshold {threshold:.2f}: P {P:.3f} R {R:.3f} f1 {F:.3f} top1 {top1:.3f}")
    held_f1 = f1
    for t in topics:
        idx = [i for i, p in enumerate(pairs) if p["topic"] == t]
        P, R, F, top1 = scores([pairs[i] for i in idx], [held[i] for i in idx], threshold)
        print(f"  topic {t:>2} ({len(idx)} pairs): P {P:.3f} R {R:.3f} f1 {F:.3f} top1 {top1:.3f}")
    # The final first stage learns from every pair; the second learns from context that the first gives on pairs
    # it has not seen (the held-out chances), as it will on new articles.
    w1, b1 = fit_on(pairs, lambda p: p["x"])
    w2, b2 = fit_on(pairs, lambda p: p["x2"])
    final = [chance(np.hstack([p["x"], context(p, chance(p["x"], w1, b1))]), w2, b2) for p in pairs]
    P, R, F, top1 = scores(pairs, final, threshold)
    print(f"fitted on all: P {P:.3f} R {R:.3f} f1 {F:.3f} top1 {top1:.3f}")
    which = "with" if a.meaning else "without"
    lines = [
        f"# The link model {which} the claims' meanings (sentence embeddings).",
        "# Learned link weights: two logistic stages over each candidate pair's features (src/analysis/counterparts/",
        "# pair_features.rs and link_model.rs), made by scripts/train_link_weights.py from the reader's gold of article",
        "# pairs. One `name weight` a line: `first.` weighs the pair's own features, `second.` those and the context",
        "# features; `bias` is a stage's intercept and `threshold` the second-stage chance from which a pair is a link.",
        f"# Held out by topic (train on the other topics, test on one): f1 {held_f1:.3f} pooled at this threshold.",
        f"threshold {threshold:.2f}",
        f"first.bias {b1:.4f}",
    ]
    lines += [f"first.{n} {v:.4f}" for n, v in zip(names, w1)]
    lines += [f"second.bias {b2:.4f}"]
    lines += [f"second.{n} {v:.4f}" for n, v in zip(names + pairs[0]["context_names"], w2)]
    text = "\n".join(lines) + "\n"
    print(text)
    if a.out:
        open(a.out, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    sys.exit(main())
