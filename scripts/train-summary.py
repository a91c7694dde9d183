#!/usr/bin/env python3
"""Fit the summarizer's scoring model on the CNN development split and
report its 5-fold cross-validated ROUGE; write src/summary/model.json.

    python3 scripts/train-summary.py            # train, cross-validate, write the model
    python3 scripts/train-summary.py --cv-only  # report cross-validation, write nothing

Needs numpy, scikit-learn and Google's rouge-score
(`pip install numpy scikit-learn rouge-score`), the
release binary (built here with cargo) and ${SHARED:-../shared}/data/summaries/dev.jsonl.

Method
  * Features: `dateline summarize --features` prints every sentence's feature
    row (src/summary/features.rs), so training and the library share one
    implementation.
  * Label of a sentence: 1 if it is in the article's greedy ROUGE oracle (at
    most 3 sentences, each added while it raises the mean of ROUGE-1 and
    ROUGE-2 F1 against the reference highlights, Porter stemming), else 0.
  * Fit (default, --learner trees): gradient boosting with log-loss, 100
    regression trees of depth 3, at least 100 sentences per leaf, 80% row
    subsamples, fixed seed (scikit-learn); the trees are exported to
    model.json and checked to score exactly as scikit-learn does.
    --learner linear: L2-regularized logistic regression on standardized
    features instead. Either way a sentence's score is its log-odds.
  * Redundancy weight of the MMR selection: fixed at 0.1 (see REDUNDANCY);
    --choose-redundancy picks it from a grid by ROUGE on the training articles.
  * Cross-validation: articles in 5 folds (by id); for each fold, fit weights
    on the other four, run the real binary with that model
    on the held-out fold, score it. The reported figures are the pooled
    held-out scores over all 500 articles, next to Lead-3 on the same articles.
    The model written to src/summary/model.json is then fitted on all articles
    the same way.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter

try:
    import numpy as np
    from rouge_score import rouge_scorer
    from sklearn.ensemble import GradientBoostingClassifier
except ImportError as e:  # pragma: no cover
    sys.exit(f"train-summary: {e}: run `pip install numpy scikit-learn rouge-score`")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("SHARED", os.path.join(ROOT, "..", "shared"))
DEV = os.path.join(SHARED, "data", "summaries", "dev.jsonl")
BIN = os.path.join(ROOT, "target", "release", "dateline")
MODEL_OUT = os.path.join(ROOT, "src", "summary", "model.json")
FOLDS = 5
L2 = 3.0
# Gradient boosting settings (--learner trees). Shallow trees, few of them,
# subsampled rows: a small model, little room to memorize the split.
TREES = {"n_estimators": 100, "max_depth": 3, "learning_rate": 0.05, "subsample": 0.8,
         "min_samples_leaf": 100}
# MMR redundancy weight. Fixed, not fitted: a cross-validated sweep on dev
# (`--cv-only --redundancy X`) gave R-1 30.52 / 30.50 / 30.39 / 30.26 for
# X = 0 / 0.1 / 0.2 / 0.4 (CNN highlights repeat the lead, so redundancy
# removal buys little there); 0.1 keeps MMR active for copy that repeats itself.
REDUNDANCY = 0.1
REDUNDANCY_GRID = [0.0, 0.1, 0.2, 0.4]
# Log-odds added for a sentence that has every content word of the headline.
# Set by hand: the split has no headlines to learn it from.
HEADLINE_WEIGHT = 1.0
SENTENCES = 3

SCORER = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run_bin(args, stdin_rows=None):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for r in stdin_rows:
            f.write(json.dumps(r) + "\n")
        path = f.name
    try:
        out = subprocess.run([BIN, "summarize", path] + args, check=True,
                             capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def ngrams(tokens, n):
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def f1(overlap, n_sys, n_ref):
    if overlap == 0 or n_sys == 0 or n_ref == 0:
        return 0.0
    p, r = overlap / n_sys, overlap / n_ref
    return 2 * p * r / (p + r)


def rouge12(sys_counts, ref_counts):
    """Mean of ROUGE-1 and ROUGE-2 F1 from n-gram counters."""
    tot = 0.0
    for n in (0, 1):
        s, r = sys_counts[n], ref_counts[n]
        tot += f1(sum((s & r).values()), sum(s.values()), sum(r.values()))
    return tot / 2


def oracle_labels(dump, refs):
    """1 for the sentences of the greedy ROUGE oracle of each article (at most
    3 sentences, each added while it raises the mean of ROUGE-1 and ROUGE-2
    F1 against the reference), else 0."""
    tok = SCORER._tokenizer
    ys = {}
    for d in dump:
        ref_t = tok.tokenize(refs[d["id"]])
        ref_c = (ngrams(ref_t, 1), ngrams(ref_t, 2))
        sent_t = [tok.tokenize(s) for s in d["sentences"]]
        chosen, best = [], 0.0
        while len(chosen) < SENTENCES:
            cand = None
            for i in range(len(sent_t)):
                if i in chosen:
                    continue
                toks = [w for j in sorted(chosen + [i]) for w in sent_t[j]]
                v = rouge12((ngrams(toks, 1), ngrams(toks, 2)), ref_c)
                if v > best + 1e-12 and (cand is None or v > cand[0]):
                    cand = (v, i)
            if cand is None:
                break
            best = cand[0]
            chosen.append(cand[1])
        y = np.zeros(len(sent_t))
        y[chosen] = 1.0
        ys[d["id"]] = y
    return ys


def fit(ids, dump_by_id, ys, names):
    """L2-regularized logistic regression (Newton steps) on standardized
    features: P(sentence is in the oracle summary)."""
    X = np.vstack([np.array(dump_by_id[i]["rows"], dtype=float).reshape(-1, len(names))
                   for i in ids if dump_by_id[i]["rows"]])
    y = np.concatenate([ys[i] for i in ids if dump_by_id[i]["rows"]])
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale < 1e-9] = 1.0
    Z = np.hstack([(X - mean) / scale, np.ones((len(X), 1))])
    reg = np.r_[np.full(len(names), L2), 0.0]  # the intercept is not penalized
    w = np.zeros(Z.shape[1])
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(Z @ w)))
        grad = Z.T @ (p - y) + reg * w
        hess = (Z * (p * (1 - p))[:, None]).T @ Z + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return mean, scale, w[:-1]


def fit_trees(ids, dump_by_id, ys, names):
    """Gradient-boosted regression trees (log-loss) on the raw features:
    log-odds that the sentence is in the oracle summary. Returns the trees
    as model.json wants them (learning rate folded into the leaf values)."""
    X = np.vstack([np.array(dump_by_id[i]["rows"], dtype=float).reshape(-1, len(names))
                   for i in ids if dump_by_id[i]["rows"]])
    y = np.concatenate([ys[i] for i in ids if dump_by_id[i]["rows"]])
    g = GradientBoostingClassifier(**TREES, random_state=0).fit(X, y)
    trees = []
    for est in g.estimators_[:, 0]:
        t = est.tree_
        trees.append({
            "feature": [int(f) if l >= 0 else -1 for f, l in zip(t.feature, t.children_left)],
            "threshold": [float(x) if l >= 0 else 0.0 for x, l in zip(t.threshold, t.children_left)],
            "left": [int(x) for x in t.children_left],
            "right": [int(x) for x in t.children_right],
            "value": [round(float(v) * g.learning_rate, 8) for v in t.value[:, 0, 0]],
        })
    # The exported trees must rank exactly as the fitted model does.
    check = X[: min(len(X), 2000)]
    mine = np.array([sum(tree_eval(tr, row) for tr in trees) for row in check])
    ref = g.decision_function(check) - g.decision_function(check[:1])[0] + mine[0]
    assert np.abs(mine - ref).max() < 1e-5, "tree export does not match sklearn"
    return trees


def tree_eval(tree, row):
    node = 0
    while tree["left"][node] >= 0:
        x = float(np.float32(row[tree["feature"][node]]))
        node = tree["left"][node] if x <= tree["threshold"][node] else tree["right"][node]
    return tree["value"][node]


def model_json(names, mean, scale, w, redundancy, note, trees=()):
    return {
        "features": names,
        "mean": [round(float(x), 6) for x in mean],
        "scale": [round(float(x), 6) for x in scale],
        "weights": [round(float(x), 6) for x in w],
        "trees": list(trees),
        "headline_weight": HEADLINE_WEIGHT,
        "redundancy": redundancy,
        "note": note,
    }


def rouge_rows(summaries, refs):
    out = {}
    for s in summaries:
        sc = SCORER.score(refs[s["id"]], s["summary"])
        out[s["id"]] = (sc["rouge1"].fmeasure * 100, sc["rouge2"].fmeasure * 100,
                        sc["rougeLsum"].fmeasure * 100)
    return out


def summarize_with(model, rows):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(model, f)
        path = f.name
    try:
        return run_bin(["--format", "json", "--sentences", str(SENTENCES), "--model", path], rows)
    finally:
        os.unlink(path)


def train(ids, dump_by_id, ys, names, rows_by_id, refs, grid, learner):
    """Returns (mean, scale, weights, trees, redundancy)."""
    if learner == "trees":
        mean, scale, w = np.zeros(len(names)), np.ones(len(names)), np.zeros(len(names))
        trees = fit_trees(ids, dump_by_id, ys, names)
    else:
        mean, scale, w = fit(ids, dump_by_id, ys, names)
        trees = []
    if len(grid) == 1:
        return mean, scale, w, trees, grid[0]
    best = None
    for lam in grid:
        m = model_json(names, mean, scale, w, lam, "", trees)
        r = rouge_rows(summarize_with(m, [rows_by_id[i] for i in ids]), refs)
        r1 = float(np.mean([v[0] for v in r.values()]))
        if best is None or r1 > best[0] + 1e-9:
            best = (r1, lam)
    return mean, scale, w, trees, best[1]


def write_model(m):
    """model.json, one tree per line so that diffs stay readable."""
    trees = m.pop("trees")
    text = json.dumps(m, indent=1)
    body = ",\n".join("  " + json.dumps(t, separators=(",", ":")) for t in trees)
    text = text[:-2] + ',\n "trees": [\n' + body + "\n ]\n}\n" if trees else \
        text[:-2] + ',\n "trees": []\n}\n'
    json.loads(text)
    with open(MODEL_OUT, "w", encoding="utf-8") as f:
        f.write(text)


def fold_of(rid):
    return int(rid[:8], 16) % FOLDS if all(c in "0123456789abcdef" for c in rid[:8]) \
        else sum(rid.encode()) % FOLDS


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv-only", action="store_true", help="report cross-validation only")
    ap.add_argument("--learner", choices=["trees", "linear"], default="trees",
                    help="gradient-boosted trees (default) or logistic regression")
    ap.add_argument("--redundancy", type=float, default=REDUNDANCY,
                    help=f"MMR redundancy weight (default {REDUNDANCY})")
    ap.add_argument("--choose-redundancy", action="store_true",
                    help=f"choose it from {REDUNDANCY_GRID} by ROUGE on the training articles")
    a = ap.parse_args()
    grid = REDUNDANCY_GRID if a.choose_redundancy else [a.redundancy]
    if not os.path.exists(DEV):
        sys.exit(f"train-summary: cannot read {DEV} (set SHARED to the shared folder)")
    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "dateline"],
                   cwd=ROOT, check=True)
    data = read_jsonl(DEV)
    rows_by_id = {r["id"]: {k: r[k] for k in ("id", "title", "date", "text")} for r in data}
    refs = {r["id"]: r["reference"] for r in data}
    ids = sorted(rows_by_id)
    dump = run_bin(["--features"], [rows_by_id[i] for i in ids])
    dump_by_id = {d["id"]: d for d in dump}
    names = dump[0]["features"]
    print(f"{len(ids)} articles, {sum(len(d['sentences']) for d in dump)} sentences, "
          f"{len(names)} features", file=sys.stderr)
    ys = oracle_labels(dump, refs)

    # Cross-validation.
    held = {}
    lead = rouge_rows(run_bin(["--format", "json", "--sentences", str(SENTENCES),
                               "--method", "lead"], [rows_by_id[i] for i in ids]), refs)
    print(f"{'fold':>4} {'docs':>5} {'redund':>6}  {'R-1':>6} {'R-2':>6} {'R-Lsum':>6}"
          f"   Lead-3: {'R-1':>6} {'R-2':>6} {'R-Lsum':>6}")
    for k in range(FOLDS):
        train_ids = [i for i in ids if fold_of(i) != k]
        test_ids = [i for i in ids if fold_of(i) == k]
        mean, scale, w, trees, lam = train(train_ids, dump_by_id, ys, names, rows_by_id, refs,
                                           grid, a.learner)
        m = model_json(names, mean, scale, w, lam, "", trees)
        r = rouge_rows(summarize_with(m, [rows_by_id[i] for i in test_ids]), refs)
        held.update(r)
        sys_m = np.mean([r[i] for i in test_ids], axis=0)
        lead_m = np.mean([lead[i] for i in test_ids], axis=0)
        print(f"{k:>4} {len(test_ids):>5} {lam:>6.2f}  {sys_m[0]:6.2f} {sys_m[1]:6.2f} "
              f"{sys_m[2]:6.2f}   Lead-3: {lead_m[0]:6.2f} {lead_m[1]:6.2f} {lead_m[2]:6.2f}")
    cv = np.mean([held[i] for i in ids], axis=0)
    lead_all = np.mean([lead[i] for i in ids], axis=0)
    diff = np.array([held[i][0] - lead[i][0] for i in ids])
    rng = np.random.default_rng(12345)
    boots = np.array([diff[rng.integers(0, len(diff), len(diff))].mean() for _ in range(1000)])
    lo, hi = np.percentile(boots, [2.5, 97.5])
    print(f"{'all':>4} {len(ids):>5} {'':>6}  {cv[0]:6.2f} {cv[1]:6.2f} {cv[2]:6.2f}   "
          f"Lead-3: {lead_all[0]:6.2f} {lead_all[1]:6.2f} {lead_all[2]:6.2f}")
    print(f"cross-validated R-1 minus Lead-3: {diff.mean():+.2f} "
          f"(95% bootstrap CI [{lo:+.2f}, {hi:+.2f}])")
    if a.cv_only:
        return

    mean, scale, w, trees, lam = train(ids, dump_by_id, ys, names, rows_by_id, refs, grid,
                                       a.learner)
    how = (f"gradient-boosted trees ({TREES})" if a.learner == "trees"
           else f"logistic regression (L2 {L2})")
    note = (f"{how} on greedy-oracle labels on the {len(ids)} articles of the CNN dev split, "
            f"written by scripts/train-summary.py; {FOLDS}-fold cross-validated ROUGE F1 at "
            f"{SENTENCES} sentences: R-1 {cv[0]:.2f}, R-2 {cv[1]:.2f}, R-Lsum {cv[2]:.2f} "
            f"(Lead-3 {lead_all[0]:.2f} / {lead_all[1]:.2f} / {lead_all[2]:.2f})")
    write_model(model_json(names, mean, scale, w, lam, note, trees))
    if a.learner == "linear":
        print("weights (log-odds per standard deviation):")
        for n, x in sorted(zip(names, w), key=lambda t: -abs(t[1])):
            print(f"  {n:18} {x:+.4f}")
    else:
        use = Counter(names[f] for t in trees for f in t["feature"] if f >= 0)
        print("tree splits per feature: " + ", ".join(f"{n} {c}" for n, c in use.most_common()))
    print(f"redundancy {lam}; wrote {os.path.relpath(MODEL_OUT, ROOT)}")


if __name__ == "__main__":
    main()
