"""The default pipeline against a keyword baseline and fastText on public labelled datasets.

Each dataset is read in place from a path given on the command line (nothing is bundled):

    python bench/public_datasets.py --vsfc DIR --vihsd DIR --vfnd FILE [--only NAME ...]

- ``--vsfc DIR``: UIT-VSFC (students' feedback), folders ``train``, ``dev``, ``test`` each with
  ``sents.txt``, ``sentiments.txt`` and ``topics.txt``; two tasks, sentiment (3 classes) and topic (4).
- ``--vihsd DIR``: UIT-ViHSD (hate speech), ``train.csv``, ``dev.csv``, ``test.csv`` with
  ``free_text`` and ``label_id`` (0 clean, 1 offensive, 2 hate).
- ``--vfnd FILE``: VFND ``vn_news_226_tlfr.csv`` (``text``, ``label``; 1 fake, 0 real), too small
  for a fixed split: stratified 5-fold cross-validation, figures averaged over the folds.

For every split the same rows go to every model:

- default pipeline: ``classifiers.training.train`` (fit, hold-out thresholds, refit: the code
  path of ``monitor train``), scored with ``classifiers.training.evaluate``'s decisions
  (thresholds included) for macro-F1 and with ``predict_proba`` for ROC-AUC;
- keyword baseline: ``bench/baselines.py`` (chi2 top-200 accent-stripped words + LR);
- fastText (optional, ``pip install fasttext-wheel``): two settings, "default+" (25 epochs,
  word bigrams) and "tuned" (50 epochs, lr 0.5, bigrams, char 2-5-grams), one thread, seed 0.

Reported: macro-F1, ROC-AUC (one-vs-rest, macro over classes; plain ROC-AUC for two classes),
macro-F1 on the test text with its accents stripped, and the same after training also on
accent-stripped copies of the training rows ("+aug"). Dev splits are not used (the default
pipeline holds out 20% of training itself, as ``monitor train`` does).
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse  # noqa: E402
import csv  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import ROOT  # noqa: E402,F401  (puts the repository on sys.path)
from baselines import keyword_baseline  # noqa: E402
from sklearn.metrics import f1_score, roc_auc_score  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402

from classifiers import training  # noqa: E402
from classifiers.text import prepare, strip_accents, tokenize  # noqa: E402

csv.field_size_limit(10**8)


# -- datasets -----------------------------------------------------------------------------------


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def vsfc(root: Path, task: str):
    def part(name):
        texts = _lines(root / name / "sents.txt")
        labels = _lines(root / name / f"{task}.txt")
        if len(texts) != len(labels):
            raise SystemExit(f"{root / name}: sents.txt and {task}.txt differ in length")
        return texts, [lab.strip() for lab in labels]

    return [(part("train"), part("test"))]


def vihsd(root: Path):
    def part(name):
        with open(root / f"{name}.csv", encoding="utf-8", newline="") as f:
            rows = [r for r in csv.DictReader(f) if (r.get("free_text") or "").strip()]
        return [r["free_text"] for r in rows], [r["label_id"].strip() for r in rows]

    return [(part("train"), part("test"))]


def vfnd(path: Path, folds: int = 5):
    with open(path, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if (r.get("text") or "").strip()]
    texts = [r["text"] for r in rows]
    labels = np.array([r["label"].strip() for r in rows])
    cv = StratifiedKFold(folds, shuffle=True, random_state=0)
    return [
        (([texts[i] for i in tr], labels[tr].tolist()), ([texts[i] for i in te], labels[te].tolist()))
        for tr, te in cv.split(texts, labels)
    ]


# -- models -------------------------------------------------------------------------------------


def roc_auc(y, proba, classes) -> float:
    y = np.asarray(y)
    if len(classes) == 2:
        return float(roc_auc_score(y == classes[1], proba[:, 1]))
    return float(roc_auc_score(y, proba, labels=classes, multi_class="ovr", average="macro"))


def ours(tr_x, tr_y, te_x, te_y):
    model, _ = training.train(tr_x, tr_y)
    out = {}
    for key, xs in (("", te_x), ("_noacc", [strip_accents(t) for t in te_x])):
        m = training.evaluate(model, xs, te_y)
        out["f1" + key] = m["macro_f1"]
        if not key:
            out["auc"] = roc_auc(te_y, model.predict_proba(xs), model.classes_.tolist())
    return out


def keywords(tr_x, tr_y, te_x, te_y):
    est = keyword_baseline().fit(tr_x, tr_y)
    classes = est.classes_.tolist()
    return {
        "f1": f1_score(te_y, est.predict(te_x), average="macro"),
        "auc": roc_auc(te_y, est.predict_proba(te_x), classes),
        "f1_noacc": f1_score(te_y, est.predict([strip_accents(t) for t in te_x]), average="macro"),
    }


FASTTEXT = {
    "default+": {"epoch": 25, "wordNgrams": 2},
    "tuned": {"epoch": 50, "lr": 0.5, "wordNgrams": 2, "minn": 2, "maxn": 5},
}


def fasttext_run(params):
    import fasttext

    def run(tr_x, tr_y, te_x, te_y):
        classes = sorted(set(tr_y))
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "train.txt"
            line = lambda t: " ".join(tokenize(prepare(t))).replace("\n", " ")  # noqa: E731
            path.write_text(
                "".join(f"__label__{y} {line(t)}\n" for t, y in zip(tr_x, tr_y, strict=True)), encoding="utf-8"
            )
            model = fasttext.train_supervised(str(path), thread=1, seed=0, verbose=0, **params)
        out = {}
        for key, xs in (("", te_x), ("_noacc", [strip_accents(t) for t in te_x])):
            proba = np.zeros((len(xs), len(classes)))
            for i, t in enumerate(xs):
                # model.f.predict: the wrapper's predict() fails under numpy 2 (np.array(copy=False)).
                for p, lab in model.f.predict(line(t), -1, 0.0, "strict"):
                    lab = lab.removeprefix("__label__")
                    if lab in classes:
                        proba[i, classes.index(lab)] = p
            proba[proba.sum(axis=1) == 0] = 1.0  # no known token: fastText answers nothing; uniform
            proba /= proba.sum(axis=1, keepdims=True)  # and its rounding: rows sum to ~1
            pred = [classes[j] for j in proba.argmax(axis=1)]
            out["f1" + key] = f1_score(te_y, pred, average="macro")
            if not key:
                out["auc"] = roc_auc(te_y, proba, classes)
        return out

    return run


def with_stripped_copies(fn):
    """Train on the rows plus an accent-stripped copy of each; report only the F1 figures."""

    def run(tr_x, tr_y, te_x, te_y):
        aug_x = list(tr_x) + [strip_accents(t) for t in tr_x]
        r = fn(aug_x, list(tr_y) * 2, te_x, te_y)
        return {"f1_aug": r["f1"], "f1_noacc_aug": r["f1_noacc"]}

    return run


# -- main ---------------------------------------------------------------------------------------


def measure(name, splits, models):
    n_tr, n_te = len(splits[0][0][0]), len(splits[0][1][0])
    classes = sorted(set(splits[0][0][1]))
    how = f"{len(splits)}-fold CV" if len(splits) > 1 else "fixed split"
    print(f"\n## {name}: {n_tr} train / {n_te} test rows ({how}), {len(classes)} classes {classes}", flush=True)
    print(
        f"{'model':26s} {'macro-F1':>8s} {'ROC-AUC':>8s} {'F1 noacc':>8s} {'loss':>6s} {'F1 +aug':>8s} {'noacc +aug':>10s} {'loss +aug':>9s} {'secs':>6s}"
    )
    results = {}
    for label, fn in models:
        t0 = time.perf_counter()
        per = [fn(tr[0], tr[1], te[0], te[1]) for tr, te in splits]
        aug = [with_stripped_copies(fn)(tr[0], tr[1], te[0], te[1]) for tr, te in splits]
        r = {k: float(np.mean([p[k] for p in per])) for k in per[0]}
        r.update({k: float(np.mean([a[k] for a in aug])) for k in aug[0]})
        secs = time.perf_counter() - t0
        results[label] = r
        print(
            f"{label:26s} {r['f1']:8.4f} {r['auc']:8.4f} {r['f1_noacc']:8.4f} {100 * (r['f1'] - r['f1_noacc']):+6.1f}"
            f" {r['f1_aug']:8.4f} {r['f1_noacc_aug']:10.4f} {100 * (r['f1_aug'] - r['f1_noacc_aug']):+9.1f} {secs:6.0f}",
            flush=True,
        )
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--vsfc", type=Path, help="UIT-VSFC folder (train/dev/test)")
    ap.add_argument("--vihsd", type=Path, help="UIT-ViHSD folder (train.csv, test.csv)")
    ap.add_argument("--vfnd", type=Path, help="VFND vn_news_226_tlfr.csv")
    ap.add_argument("--only", nargs="*", help="model names to run (default: all)")
    args = ap.parse_args()
    models = [("default pipeline", ours), ("keyword baseline", keywords)]
    try:
        import fasttext  # noqa: F401

        models += [(f"fastText {k}", fasttext_run(v)) for k, v in FASTTEXT.items()]
    except ImportError:
        print("fasttext: not installed (optional; pip install fasttext-wheel); skipped")
    if args.only:
        models = [m for m in models if m[0] in args.only]
    print(
        "loss = macro-F1 points lost when the test text loses its accents; +aug = trained also on accent-stripped copies"
    )
    if args.vsfc:
        measure("UIT-VSFC sentiment", vsfc(args.vsfc, "sentiments"), models)
        measure("UIT-VSFC topic", vsfc(args.vsfc, "topics"), models)
    if args.vihsd:
        measure("UIT-ViHSD hate speech", vihsd(args.vihsd), models)
    if args.vfnd:
        measure("VFND fake news", vfnd(args.vfnd), models)


if __name__ == "__main__":
    main()
