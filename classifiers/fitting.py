"""What ``NarrativeClassifier.fit`` does around the features: accent-stripped copies of the
training rows, the warm start of a refit from the previous fit's weights, and the linear algebra
library held to one thread while fitting."""

from __future__ import annotations

import functools

import numpy as np
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from classifiers import text as T

__all__ = [
    "ACCENT_COPIES_MAX",
    "feature_keys",
    "one_blas_thread",
    "previous_fit",
    "warm_start_from",
    "with_accent_copies",
]

ACCENT_COPIES_MAX = 20_000  # keeps training on 50,000 rows within its time budget


def one_blas_thread(fn):
    """Run ``fn`` with the linear algebra library on one thread, given back afterwards. A fit is
    many small products, and training runs the flag decision's fits beside the model's on the
    second core: the library's own threads only fought them (seed training took 43 s of wall
    time on two cores, 28 s on one thread each, with the same model figures; bench/README.md)."""

    @functools.wraps(fn)
    def limited(*args, **kwargs):
        with threadpool_limits(limits=1, user_api="blas"):
            return fn(*args, **kwargs)

    return limited


def with_accent_copies(texts, labels, sample_weight, relevant):
    """The rows plus an accent-stripped copy of each row with accents (names already masked)."""
    stripped = [T.strip_accents(t) for t in texts]
    extra = np.array([i for i, (a, b) in enumerate(zip(texts, stripped, strict=True)) if a != b], dtype=np.int64)
    if len(extra) > ACCENT_COPIES_MAX:
        extra = np.sort(np.random.default_rng(0).choice(extra, ACCENT_COPIES_MAX, replace=False))
    if not len(extra):
        return texts, labels, sample_weight, relevant
    texts = texts + [stripped[i] for i in extra]
    labels = np.concatenate([labels, labels[extra]])
    if sample_weight is not None:
        w = np.asarray(sample_weight, dtype=np.float64)
        if w.shape == (len(stripped),):
            sample_weight = np.concatenate([w, w[extra]])
    if relevant is not None:
        rel = list(relevant)
        if len(rel) == len(stripped):
            relevant = rel + [rel[i] for i in extra]
    return texts, labels, sample_weight, relevant


def warm_start_from(lr, fitted, old_keys, keys, classes) -> None:
    """Start ``lr`` from ``fitted``'s weights, columns matched by (view, feature name) from
    ``old_keys`` to ``keys``; features the previous fit did not have start at 0. Nothing happens
    when the classes differ."""
    if [str(c) for c in fitted.classes_.tolist()] != [str(c) for c in classes]:
        return
    old_start = {name: 0 for name, _ in old_keys}
    at = 0
    for name, names in old_keys:
        old_start[name] = at
        at += len(names)
    old_names = dict(old_keys)
    parts = []
    for name, names in keys:
        src = np.full(len(names), -1, dtype=np.int64)
        prev = old_names.get(name)
        if prev is not None and len(prev) and len(names):
            pos = np.minimum(np.searchsorted(prev, names), len(prev) - 1)
            hit = prev[pos] == names
            src[hit] = old_start[name] + pos[hit]
        parts.append(src)
    src = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
    coef = np.where(src >= 0, fitted.coef_[:, np.maximum(src, 0)], 0.0)
    lr.set_params(warm_start=True)
    lr.coef_, lr.intercept_ = coef, fitted.intercept_.copy()


def feature_keys(pipeline) -> list[tuple[str, np.ndarray]]:
    """Per view of a fitted pipeline's feature union: its name and its (sorted) feature names."""
    union = pipeline.named_steps["features"]
    return [(name, vec.feature_names_) for name, vec in union.transformer_list]


def previous_fit(model):
    """(linear model, relevance head, feature keys) of ``model``'s current fit, for a warm start;
    None when there is no fit to start from (or it is not a plain logistic regression)."""
    pipeline = model.__dict__.get("pipeline_")
    if pipeline is None or model.estimator != "logreg" or model.calibration is not None:
        return None
    clf = pipeline.named_steps["clf"]
    if not isinstance(clf, LogisticRegression) or not hasattr(clf, "coef_"):
        return None
    return clf, getattr(model, "relevance_", None), feature_keys(pipeline)
