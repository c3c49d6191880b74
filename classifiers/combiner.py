"""Fit the flag decision's combination of evidence instead of setting it by hand.

At training time (``classifiers.training.train`` with ``decision=``), the labelled rows are split
into group folds (``groups``: rows of one generator template, or clusters of near-duplicate texts
of one label when no template is known, never on both sides). For each fold a narrative model is
fitted on the other folds, and ``Decider.signals`` computes the evidence features of the held-out
rows with only the training side as known claims: out-of-fold features, so the combination never
sees the over-confident topic scores a model gives its own training rows. A logistic regression
over those features (``classifiers.decision.FEATURES``) gives ``flag_score``; its thresholds are
chosen on out-of-fold scores, precision first:

- ``known_claim_at``: how similar to a known false claim an item must be for that to count as
  evidence of falsity, the candidate in ``KNOWN_CLAIM_AT`` giving the most recall below;
- ``flag_at``: the lowest score whose flags (score at ``flag_at`` *and* a kind of falsity
  evidence, as ``Decider.decide`` rules) hit at most ``false_flags`` of the ``none`` rows;
- ``look_at``: the highest score at which flags plus the "needs a look" band reach ``recall`` of
  the distortion rows, but never marking more than ``look_false`` of the ``none`` rows.

The result is a plain dict of numbers (``coef``, ``intercept``, ``flag_at``, ``look_at``, and a
``report`` of the out-of-fold rates), stored as the model's ``decision_`` attribute.
"""

from __future__ import annotations

import numpy as np
from scipy.sparse.csgraph import connected_components
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, StratifiedKFold, cross_val_predict

from classifiers import narrative_choice
from classifiers import text as T
from classifiers.decision import FEATURES, PAIRS, Decider, with_pairs
from classifiers.fitting import one_blas_thread
from classifiers.narrative import NarrativeClassifier, negative_label_for

__all__ = ["fit", "near_duplicate_groups", "choose_thresholds"]

# Out-of-fold target: the 3% product target that the bench checks on held-out templates. (With the
# seven features alone it was set at 2.7%, since at 3% the held-out rate came out at 2.4-3.04%
# across passes; with ``PAIRS`` it comes out at 2.4% at 3%, and 2.2% at 2.7%.)
FALSE_FLAGS = 0.03
LOOK_FALSE = 0.15
RECALL = 0.85
MAX_ROWS = 4000
FOLDS = 3
SIMILAR = 0.6
SIGNS = np.array([1, 1, 1, 1, -1, -1, -1, 1, 1, -1, 1])  # the way each of FEATURES + PAIRS may push the score
COLUMNS = FEATURES + PAIRS
KNOWN_CLAIM_AT = (0.45, 0.4, 0.35, 0.3, 0.25, 0.2)  # candidates, highest first (ties keep the stricter)


def near_duplicate_groups(texts, labels, similar: float = SIMILAR) -> np.ndarray:
    """Group ids: texts of one label joined when their word TF-IDF cosine is at least ``similar``
    (connected components), so rows written from one template share a group."""
    folded = [T.fold_strip(t) for t in texts]
    labels = np.asarray([str(v) for v in labels], dtype=object)
    groups = np.zeros(len(texts), dtype=np.int64)
    base = 0
    for lab in sorted(set(labels.tolist())):
        idx = np.flatnonzero(labels == lab)
        if len(idx) < 2:
            groups[idx] = base
            base += 1
            continue
        X = TfidfVectorizer(token_pattern=r"(?u)\b[^\W\d_]{2,}\b").fit_transform([folded[i] for i in idx])
        S = X @ X.T
        S.data[S.data < similar] = 0
        S.eliminate_zeros()
        n, comp = connected_components(S, directed=False)
        groups[idx] = base + comp
        base += n
    return groups


def _folds(labels, groups, folds, random_state):
    y = np.asarray(labels, dtype=object)
    if groups is not None and len(set(np.asarray(groups).tolist())) >= folds:
        return list(GroupKFold(folds).split(np.zeros(len(y)), y, groups))
    folds = max(2, min(folds, min(np.unique(y, return_counts=True)[1])))
    return list(StratifiedKFold(folds, shuffle=True, random_state=random_state).split(np.zeros(len(y)), y))


def choose_thresholds(
    scores, positive, falsity, false_flags=FALSE_FLAGS, recall=RECALL, look_false=LOOK_FALSE, lookable=None
):
    """(flag_at, look_at, report) from out-of-fold ``scores`` (off-topic rows scored 0),
    ``positive`` (a distortion row), ``falsity`` (the row has a kind of falsity evidence) and
    ``lookable`` (the row has something to look at, a narrative's topic or some evidence, as
    ``Decider.decide`` requires of the "needs a look" band; every row when None).

    ``look_at`` is chosen on the score alone; ``lookable`` only counts in the report. (Chosen on
    the rows with something to look at, it fell to the lowest score on the seed labels, and the
    band filled with debunks that quote a claim: on held-out templates, 1,150 rows in the band
    against 862 this way, and at most 1.2 points more of the distortions per narrative.)"""
    scores, positive, falsity = (np.asarray(a) for a in (scores, positive, falsity))
    lookable = np.ones(len(scores), dtype=bool) if lookable is None else np.asarray(lookable)
    neg = ~positive
    n_neg, n_pos = max(1, int(neg.sum())), max(1, int(positive.sum()))
    grid = np.unique(np.concatenate([np.round(scores, 4), [0.5, 0.999]]))
    grid = grid[(grid > 0.05) & (grid < 1.0)]
    flag_at = 0.999
    for t in grid:  # ascending: the first that keeps false flags down maximises recall
        flagged = (scores >= t) & falsity
        if (flagged & neg).sum() / n_neg <= false_flags:
            flag_at = float(t)
            break
    look_at = flag_at
    for t in grid[::-1]:  # descending: the highest that reaches the recall
        if t > flag_at:
            continue
        marked = scores >= t
        if (marked & neg).sum() / n_neg > look_false:
            break
        look_at = float(t)
        if (marked & positive).sum() / n_pos >= recall:
            break
    flagged = (scores >= flag_at) & falsity
    marked = flagged | ((scores >= look_at) & lookable)
    report = {
        "false_flags": float((flagged & neg).sum() / n_neg),
        "recall": float((flagged & positive).sum() / n_pos),
        "look_false": float((marked & neg & ~flagged).sum() / n_neg),
        "recall_with_look": float((marked & positive).sum() / n_pos),
    }
    return flag_at, look_at, report


@one_blas_thread
def fit(
    texts,
    labels,
    *,
    messages=(),
    data=None,
    sample_weight=None,
    groups=None,
    params=None,
    folds: int = FOLDS,
    max_rows: int = MAX_ROWS,
    random_state: int = 0,
) -> dict | None:
    """The fitted combination (a dict for ``model.decision_``), or None when the labels have no
    negative class or too few rows of each side to fit it."""
    texts = [str(t) for t in texts]
    labels = np.asarray([str(v) for v in labels], dtype=object)
    w = np.ones(len(texts)) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    params = dict(params or {})
    rng = np.random.default_rng(random_state)
    idx = np.arange(len(texts))
    if len(idx) > max_rows:  # the combination has six weights: a sample of rows fits it as well
        idx = np.sort(rng.choice(idx, max_rows, replace=False))
    texts = [texts[i] for i in idx]
    labels, w = labels[idx], w[idx]
    groups = near_duplicate_groups(texts, labels) if groups is None else np.asarray(groups)[idx]
    negative = negative_label_for(sorted(set(labels.tolist())), params.get("negative_label"))
    if negative is None:
        return None
    positive = labels != negative
    if positive.sum() < 10 or (~positive).sum() < 10:
        return None
    X = np.zeros((len(texts), len(FEATURES)))
    on = np.zeros(len(texts), dtype=bool)
    topical = np.zeros(len(texts), dtype=bool)
    probs: dict[int, dict] = {}
    found: dict[int, list[str]] = {}
    answers: dict[int, list[str]] = {}
    for tr, te in _folds(labels, groups, folds, random_state):
        if len(set(labels[tr].tolist())) < 2:
            continue
        m = NarrativeClassifier(**params).fit([texts[i] for i in tr], labels[tr], sample_weight=w[tr])
        decider = Decider(m, messages, data or {}, [(texts[i], labels[i]) for i in tr])
        sig = decider.signals([texts[i] for i in te])
        for j, k in enumerate(sig.on):
            i = te[k]
            if not sig.relevance[k].relevant:
                continue
            on[i] = True
            X[i] = sig.X[j]
            topical[i] = decider.on_narrative(sig.preds[j]) or bool(sig.findings[j])
            probs[i] = sig.preds[j].probabilities
            found[i] = [str(f.kind or f.fact) for f in sig.findings[j]]
            answers[i] = decider.answering(sig.findings[j])
    if positive[on].sum() < 5 or (~positive[on]).sum() < 5:
        return None
    # Evidence may only push the way it means (falsity up, a report or a question down): a feature
    # whose weight comes out the other way is left out and the rest refitted.
    Z = with_pairs(X)
    keep = np.ones(len(COLUMNS), dtype=bool)
    while True:
        lr = LogisticRegression(C=1.0, max_iter=1000).fit(Z[on][:, keep], positive[on], sample_weight=w[on])
        coef = np.zeros(len(COLUMNS))
        coef[keep] = lr.coef_[0]
        wrong = keep & (np.sign(coef) * SIGNS < 0)
        if not wrong.any():
            break
        keep &= ~wrong
    oof = np.zeros(len(texts))
    inner = _folds(positive[on], groups[on], folds, random_state)
    oof[on] = cross_val_predict(
        LogisticRegression(C=1.0, max_iter=1000),
        Z[on][:, keep],
        positive[on],
        cv=inner,
        method="predict_proba",
        params={"sample_weight": w[on]},
    )[:, 1]
    best = None
    for at in KNOWN_CLAIM_AT:  # how close to a known claim counts as evidence: the most recall wins
        evidence = on & ((X[:, 1] > 0) | (X[:, 2] >= at) | (X[:, 3] > 0))
        falsity = topical & evidence
        flag_at, look_at, report = choose_thresholds(oof, positive, falsity, lookable=on & (topical | evidence))
        if best is None or report["recall"] > best[3]["recall"]:
            best = (at, flag_at, look_at, report)
    known_claim_at, flag_at, look_at, report = best
    report.update(rows=int(len(texts)), on_topic=int(on.sum()), groups=int(len(set(groups.tolist()))))
    rows = np.flatnonzero(on & positive)  # (every on-topic row has its probabilities and findings)
    choice = narrative_choice.fit(
        [probs[i] for i in rows],
        [found[i] for i in rows],
        labels[rows],
        groups[rows],
        folds,
        w[rows],
        answers=[answers[i] for i in rows],
    )
    return {
        "features": list(COLUMNS),
        "coef": [round(float(c), 6) for c in coef],
        "intercept": round(float(lr.intercept_[0]), 6),
        "flag_at": round(flag_at, 4),
        "look_at": round(look_at, 4),
        "known_claim_at": known_claim_at,
        "report": {k: (round(v, 4) if isinstance(v, float) else v) for k, v in report.items()},
        **({"narrative": choice} if choice else {}),
    }
