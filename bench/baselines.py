"""Default pipeline vs a keyword baseline and fastText, macro-F1 by 5-fold CV on the seed labels.

Keyword baseline: logistic regression on the presence of the 200 most discriminative words
(chi2 over binary accent-stripped word counts). fastText (supervised: its default settings, then
two runs tuned by hand: more epochs and word bigrams; then also a higher rate and character n-grams): optional, run only if the ``fasttext`` module
is importable (``pip install fasttext-wheel``; not a dependency of the product).
Every model sees the same folds; fastText reads the classifier's prepared text (folded, URLs
and emoji as tokens) with its tokens separated by spaces.

    python -m bench.baselines
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402
from sklearn.feature_extraction.text import CountVectorizer  # noqa: E402
from sklearn.feature_selection import SelectKBest, chi2  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import f1_score  # noqa: E402
from sklearn.model_selection import StratifiedKFold, cross_val_score  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402

from bench._data import seed_rows  # noqa: E402
from classifiers.narrative import NarrativeClassifier  # noqa: E402
from classifiers.text import prepare, prepare_stripped, strip_accents, tokenize  # noqa: E402


def keyword_baseline():
    return make_pipeline(
        CountVectorizer(preprocessor=prepare_stripped, binary=True, token_pattern=r"(?u)\b\w+\b"),
        SelectKBest(chi2, k=200),
        LogisticRegression(max_iter=1000, class_weight="balanced"),
    )


def main() -> None:
    rows, where = seed_rows()
    texts, labels = [t for t, _ in rows], [lab for _, lab in rows]
    cv = StratifiedKFold(5, shuffle=True, random_state=0)
    print(f"data: {where}, {len(rows)} rows, {len(set(labels))} labels; 5-fold CV macro-F1")
    for name, est, xs in [
        ("default pipeline", NarrativeClassifier(), texts),
        ("keyword baseline (chi2 top-200 words + LR)", keyword_baseline(), texts),
        ("default pipeline, all text unaccented", NarrativeClassifier(), [strip_accents(t) for t in texts]),
        ("keyword baseline, all text unaccented", keyword_baseline(), [strip_accents(t) for t in texts]),
    ]:
        s = cross_val_score(est, xs, labels, cv=cv, scoring="f1_macro")
        print(f"{name:45s} {s.mean():.4f} ± {s.std():.4f}")
    try:
        import fasttext
    except ImportError:
        print("fasttext: not installed (optional; pip install fasttext-wheel); skipped")
        return
    runs = [
        ("fastText supervised, default settings", {}),
        ("fastText supervised, epoch 25, wordNgrams 2", {"epoch": 25, "wordNgrams": 2}),
        (
            "fastText, epoch 50, lr 0.5, bigrams, char 2-5",
            {"epoch": 50, "lr": 0.5, "wordNgrams": 2, "minn": 2, "maxn": 5},
        ),
    ]
    for name, params in runs:
        for label, xs in [("", texts), (", all text unaccented", [strip_accents(t) for t in texts])]:
            s = fasttext_cv(fasttext, xs, labels, cv, params)
            print(f"{name + label:62s} {s.mean():.4f} ± {s.std():.4f}")


def fasttext_cv(fasttext, texts, labels, cv, params) -> np.ndarray:
    """Macro-F1 of fastText on each fold (one thread, fixed seed: repeatable)."""
    lines = [" ".join(tokenize(prepare(t))) for t in texts]
    y = np.array(labels)
    scores = []
    with tempfile.TemporaryDirectory() as tmp:
        train_file = Path(tmp) / "train.txt"
        for train, test in cv.split(lines, y):
            train_file.write_text("".join(f"__label__{y[i]} {lines[i]}\n" for i in train), encoding="utf-8")
            model = fasttext.train_supervised(str(train_file), thread=1, seed=0, verbose=0, **params)
            # model.f.predict: the wrapper's predict() fails under numpy 2 (np.array(copy=False)).
            pred = [model.f.predict(lines[i], 1, 0.0, "strict")[0][1].removeprefix("__label__") for i in test]
            scores.append(f1_score(y[test], pred, average="macro"))
    return np.array(scores)


if __name__ == "__main__":
    main()
