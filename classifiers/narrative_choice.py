"""Which narrative a flagged item is given, fitted beside the flag decision.

The narrative model's top label is a topic guess; the checks' findings say more about which false
claim an item makes (a voter's ballot said traced is more often ``participation_deterrence`` than
``fraud_claim`` in the labelled rows; a fee said due to vote is more often ``impersonation``, the
scam that asks for it). At training time ``classifiers.combiner.fit`` has out-of-fold narrative
probabilities and findings of every labelled distortion row; ``fit`` learns from them a multinomial
logistic regression over the log-probabilities of the distortion narratives, one indicator per
kind of finding, and, per narrative, whether an approved message answering a contradicted fact
names it (and names it first). A kind of finding the labelled rows never had (a new rule, or a
claim written unlike any of them) tells nothing by itself; the narratives of the messages that
answer its fact carry over (on whole held-out templates, 77.2% of the distortion rows got the right
narrative against 76.5% with the kinds alone). It is kept only when, on group folds of those rows,
it names the right narrative more often than the model's own top distortion narrative does, so a
model whose rows carry no such signal keeps the model's choice. ``choose`` applies it to one item
(``Decider.decide``, for items that are flagged or need a look).
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["choose", "features", "fit"]

_FLOOR = 1e-4
MIN_ROWS = 30


def features(probs: dict, finding_kinds, labels, kinds, answers=None) -> np.ndarray:
    """One row: the log-probability of each of ``labels`` in ``probs``, then 1/0 per kind of
    ``kinds`` among ``finding_kinds``, then (when ``answers`` is given: the narratives of the
    approved messages that answer the contradicted facts, the first finding's first) 1/0 per label
    among ``answers`` and 1/0 per label first of them."""
    have = {str(k) for k in finding_kinds}
    row = [math.log(max(float(probs.get(lab, 0.0)), _FLOOR)) for lab in labels]
    row += [1.0 if k in have else 0.0 for k in kinds]
    if answers is not None:
        answers = [str(a) for a in answers]
        row += [1.0 if lab in answers else 0.0 for lab in labels]
        row += [1.0 if answers and lab == answers[0] else 0.0 for lab in labels]
    return np.asarray(row, dtype=np.float64)


def _top(probs: dict, labels) -> str:
    return max(labels, key=lambda lab: float(probs.get(lab, 0.0)))


def fit(
    probs: list[dict], finding_kinds: list, y, groups, folds: int = 3, sample_weight=None, answers=None
) -> dict | None:
    """The fitted choice (a plain dict) from out-of-fold ``probs`` and ``finding_kinds`` of
    distortion rows with their true narratives ``y``, or None when there are too few rows, fewer
    than two narratives, or the model's own top narrative is right as often on group folds."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    y = np.asarray([str(v) for v in y], dtype=object)
    labels = sorted(set(y.tolist()))
    if len(y) < MIN_ROWS or len(labels) < 2:
        return None
    kinds = sorted({str(k) for ks in finding_kinds for k in ks})
    answers = [None] * len(y) if answers is None else list(answers)
    X = np.vstack([features(p, ks, labels, kinds, a) for p, ks, a in zip(probs, finding_kinds, answers, strict=True)])
    w = np.ones(len(y)) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    groups = np.asarray(groups)
    if len(set(groups.tolist())) < folds:
        return None
    right = 0
    for tr, te in GroupKFold(folds).split(X, y, groups):
        if len(set(y[tr].tolist())) < 2:
            return None
        lr = LogisticRegression(C=1.0, max_iter=2000).fit(X[tr], y[tr], sample_weight=w[tr])
        right += int(np.sum(lr.predict(X[te]) == y[te]))
    before = sum(_top(p, labels) == t for p, t in zip(probs, y, strict=True))
    if right <= before:
        return None
    lr = LogisticRegression(C=1.0, max_iter=2000).fit(X, y, sample_weight=w)
    coef = lr.coef_ if len(lr.classes_) > 2 else np.vstack([-lr.coef_[0], lr.coef_[0]])
    intercept = lr.intercept_ if len(lr.classes_) > 2 else np.array([-lr.intercept_[0], lr.intercept_[0]])
    return {
        "labels": [str(c) for c in lr.classes_],
        "kinds": kinds,
        **({"answers": True} if answers[0] is not None else {}),
        "coef": [[round(float(v), 6) for v in row] for row in coef],
        "intercept": [round(float(v), 6) for v in intercept],
        "report": {"rows": int(len(y)), "right_before": int(before), "right_after": int(right)},
    }


def choose(fitted: dict, probs: dict, finding_kinds, answers=()) -> str:
    """The narrative ``fitted`` (``fit``'s dict) gives an item with narrative ``probs``, findings of
    ``finding_kinds`` and ``answers`` (``Decider.answering``; read only by a choice fitted with
    them)."""
    labels = fitted["labels"]
    x = features(probs, finding_kinds, labels, fitted["kinds"], answers if fitted.get("answers") else None)
    z = np.asarray(fitted["coef"]) @ x + np.asarray(fitted["intercept"])
    return str(labels[int(np.argmax(z))])
