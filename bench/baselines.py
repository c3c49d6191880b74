"""Default pipeline vs a keyword baseline, macro-F1 by 5-fold CV on the seed labels.

Keyword baseline: logistic regression on the presence of the 200 most discriminative words
(chi2 over binary accent-stripped word counts). fastText: optional, tried only if importable.

    python bench/baselines.py
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

from _data import seed_rows  # noqa: E402
from sklearn.feature_extraction.text import CountVectorizer  # noqa: E402
from sklearn.feature_selection import SelectKBest, chi2  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import StratifiedKFold, cross_val_score  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402

from classifiers.narrative import NarrativeClassifier  # noqa: E402
from classifiers.text import prepare_stripped, strip_accents  # noqa: E402


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
        import fasttext  # noqa: F401

        print("fasttext: importable, but no comparison written yet")
    except ImportError:
        print("fasttext: not installed (optional; skipped)")


if __name__ == "__main__":
    main()
