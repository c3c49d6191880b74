"""The narrative classifier: TF-IDF word and character n-grams over two views of the text, a
linear model with probabilities, per-class thresholds for a target precision, and explanations
from the linear weights.

Features (one ``FeatureUnion``):

- word uni- and bigrams of the folded text (``text.prepare``: case-folded, accents kept),
- word uni- and bigrams of the accent-stripped view ("bầu cử" and "bau cu" share these),
- ``char_wb``-style n-grams (2–5) of the accent-stripped view (robust to typos and spellings).

The vectorizer is our own ``classifiers.features.NgramTfidf`` (see there why, not ``TfidfVectorizer``).

The negative class (never flagged): ``negative_label`` when given; else ``"none"`` if it is a
label; else, for two labels, the one whose lower-cased name is in ``NEGATIVE_NAMES``
(``0``, ``false``, ``real``, ``none``, ``no``, ...), falling back to the first label in sorted
order (sklearn's convention: ``classes_[1]`` is the positive class). A multi-class label set
without ``none`` has no negative class: every label can be flagged. Labels are compared as
strings (``1`` and ``"1"`` are the same label).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from classifiers import text as T
from classifiers.features import ASCII_CACHE, NgramTfidf, token_views
from monitor.models import Evidence

__all__ = ["NEGATIVE_NAMES", "NarrativeClassifier", "NgramTfidf", "Prediction", "negative_label_for"]

NEGATIVE_NAMES = ("none", "0", "false", "real", "no", "negative", "neg", "not_fake", "legit", "ham")

@dataclass
class Prediction:
    """What the classifier says about one text."""

    label: str
    score: float  # probability of ``label``
    probabilities: dict[str, float]
    flagged: bool  # label is not the negative class and score ≥ that label's threshold
    evidence: list[Evidence] = field(default_factory=list)


def negative_label_for(labels, negative_label=None) -> str | None:
    """The label that is never flagged, by the rule in the module docstring."""
    labels = sorted({str(v) for v in labels})
    if negative_label is not None:
        return str(negative_label)
    if "none" in labels:
        return "none"
    if len(labels) == 2:
        for lab in labels:
            if lab.strip().lower() in NEGATIVE_NAMES:
                return lab
        return labels[0]
    return None


class NarrativeClassifier(ClassifierMixin, BaseEstimator):
    """Linear narrative classifier with per-class thresholds and term-level explanations.

    Parameters
    ----------
    target_precision : float
        Precision each non-negative class should reach on validation data; ``tune_thresholds``
        picks the lowest score threshold that reaches it (argmax when it cannot be reached).
    C : float
        Inverse regularization of the linear model.
    estimator : {"logreg", "linearsvc"}
    calibration : {None, "sigmoid", "isotonic"}
        ``None`` uses logistic regression's own probabilities (required for ``linearsvc``
        to be something else than None).
    class_weight : "balanced" or None
    word_max_features, char_max_features : int
        Bounds on each view's vocabulary (speed and model size).
    min_df : int
    char_ngram_range : tuple of int
    negative_label : str or None
        Override the negative class (see module docstring).
    max_iter : int
    """

    def __init__(
        self,
        target_precision=0.8,
        C=10.0,
        estimator="logreg",
        calibration=None,
        class_weight="balanced",
        word_max_features=60_000,
        char_max_features=120_000,
        min_df=2,
        char_ngram_range=(2, 5),
        negative_label=None,
        max_iter=300,
    ):
        self.target_precision = target_precision
        self.C = C
        self.estimator = estimator
        self.calibration = calibration
        self.class_weight = class_weight
        self.word_max_features = word_max_features
        self.char_max_features = char_max_features
        self.min_df = min_df
        self.char_ngram_range = char_ngram_range
        self.negative_label = negative_label
        self.max_iter = max_iter

    # -- fitting -------------------------------------------------------------------------------

    def _features(self) -> FeatureUnion:
        word = {"analyzer": "word", "ngram_range": (1, 2), "max_features": self.word_max_features}
        char = {"analyzer": "char_wb", "ngram_range": tuple(self.char_ngram_range), "max_features": self.char_max_features}
        return FeatureUnion([
            ("word", NgramTfidf(view=0, min_df=self.min_df, **word)),  # folded text, accents kept
            ("word_ascii", NgramTfidf(view=1, min_df=self.min_df, **word)),  # accent-stripped view
            ("char_ascii", NgramTfidf(view=1, min_df=self.min_df, **char)),
        ])

    def _model(self):
        if self.estimator == "logreg":
            base = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=self.max_iter, solver="lbfgs")
        elif self.estimator == "linearsvc":
            base = LinearSVC(C=self.C / 10.0, class_weight=self.class_weight, max_iter=max(self.max_iter, 2000))
        else:
            raise ValueError(f"estimator must be 'logreg' or 'linearsvc', not {self.estimator!r}")
        if self.calibration is None:
            if self.estimator == "linearsvc":
                raise ValueError("estimator='linearsvc' needs calibration='sigmoid' or 'isotonic'")
            return base
        if self.calibration not in ("sigmoid", "isotonic"):
            raise ValueError(f"calibration must be None, 'sigmoid' or 'isotonic', not {self.calibration!r}")
        return CalibratedClassifierCV(base, method=self.calibration, cv=3)

    def fit(self, X, y):
        """Fit on texts ``X`` (strings) and labels ``y``; thresholds start at argmax."""
        texts = [_as_text(x) for x in X]
        labels = np.array([str(v) for v in y], dtype=object)
        if len(texts) != len(labels):
            raise ValueError(f"{len(texts)} texts but {len(labels)} labels")
        classes = sorted(set(labels.tolist()))
        if len(classes) < 2:
            raise ValueError(f"need at least two labels to train, got {classes}")
        if not 0.0 < float(self.target_precision) <= 1.0:
            raise ValueError("target_precision must be in (0, 1]")
        self.pipeline_ = Pipeline([("features", self._features()), ("clf", self._model())])
        self.pipeline_.fit(token_views(texts), labels)
        self.classes_ = np.array(self.pipeline_.classes_, dtype=object)
        self.negative_label_ = negative_label_for(classes, self.negative_label)
        self.thresholds_ = {c: 0.0 for c in self.classes_.tolist()}
        self.threshold_report_ = {}
        self._set_explain_weights()
        return self

    def _set_explain_weights(self):
        clf = self.pipeline_.named_steps["clf"]
        if isinstance(clf, CalibratedClassifierCV):
            coef = np.mean([c.estimator.coef_ for c in clf.calibrated_classifiers_], axis=0)
        else:
            coef = clf.coef_
        if coef.shape[0] == 1:  # binary: one row, for classes_[1]
            coef = np.vstack([-coef[0], coef[0]])
        union = self.pipeline_.named_steps["features"]
        # Only word features are shown as evidence: character n-grams are not readable terms.
        names, spans, start = [], [], 0
        for _name, vec in union.transformer_list:
            n = vec.n_features_out_
            if vec.analyzer == "word":
                spans.append((start, start + n))
                names.extend(vec.feature_names_.tolist())
            start += n
        cols = np.concatenate([np.arange(a, b) for a, b in spans]) if spans else np.array([], dtype=int)
        self.explain_columns_ = cols
        self.explain_terms_ = np.array(names, dtype=str)
        # Accent-stripped form of each term: accented and unaccented forms add up as one term.
        self.explain_keys_ = np.array([T.strip_accents(n) for n in names], dtype=str)
        self.explain_coef_ = coef[:, cols].astype(np.float32)

    def tune_thresholds(self, X, y):
        """Choose each class's score threshold on validation texts ``X`` with true labels ``y``.

        For every class but the negative one: among validation items predicted as that class,
        the lowest score at which precision reaches ``target_precision`` (with at least
        ``min(3, support)`` items kept). Unreachable, or reached without a cut: 0 (argmax).
        """
        proba = self.predict_proba(X)
        y = np.array([str(v) for v in y], dtype=object)
        pred = self.classes_[proba.argmax(axis=1)]
        score = proba.max(axis=1)
        target = float(self.target_precision)
        thresholds, report = {}, {}
        for c in self.classes_.tolist():
            thresholds[c] = 0.0
            if c == self.negative_label_:
                continue
            mask = pred == c
            support = int((y == c).sum())
            if not mask.any() or support == 0:
                report[c] = {"threshold": 0.0, "fallback": "no validation items predicted or labelled as this class"}
                continue
            order = np.argsort(-score[mask], kind="stable")
            s, correct = score[mask][order], (y[mask] == c)[order]
            precision = np.cumsum(correct) / np.arange(1, len(s) + 1)
            min_keep = min(3, support)
            ok = [i for i in range(len(s)) if precision[i] >= target and i + 1 >= min_keep]
            if not ok:
                report[c] = {"threshold": 0.0, "fallback": f"precision {target:.2f} not reachable; argmax"}
                continue
            i = ok[-1]  # the deepest cut that still meets the target: most recall
            thr = 0.0 if i == len(s) - 1 else float(s[i])
            thresholds[c] = thr
            report[c] = {
                "threshold": thr,
                "precision": float(precision[i]),
                "recall": float(correct[: i + 1].sum() / support),
            }
        self.thresholds_ = thresholds
        self.threshold_report_ = report
        return self

    # -- prediction ----------------------------------------------------------------------------

    def _features_of(self, X):
        return self.pipeline_.named_steps["features"].transform(token_views([_as_text(x) for x in X]))

    def predict_proba(self, X):
        return self.pipeline_.named_steps["clf"].predict_proba(self._features_of(X))

    def decision_function(self, X):
        return self.pipeline_.named_steps["clf"].decision_function(self._features_of(X))

    def _decide(self, proba):
        idx = proba.argmax(axis=1)
        labels = self.classes_[idx]
        score = proba[np.arange(len(idx)), idx]
        thr = np.array([self.thresholds_.get(c, 0.0) for c in labels.tolist()])
        flagged = (labels != self.negative_label_) & (score >= thr)
        return labels, score, flagged

    def predict(self, X):
        """Decisions as operated: argmax, but a class below its threshold becomes the negative class."""
        labels, _, flagged = self._decide(self.predict_proba(X))
        if self.negative_label_ is None:
            return labels
        return np.where(flagged | (labels == self.negative_label_), labels, self.negative_label_)

    def predict_batch(self, texts, explain=False, top_k=8) -> list[Prediction]:
        """One ``Prediction`` per text; with ``explain``, flagged ones carry their evidence."""
        texts = [_as_text(t) for t in texts]
        if not texts:
            return []
        Xf = self._features_of(texts)
        proba = self.pipeline_.named_steps["clf"].predict_proba(Xf)
        labels, score, flagged = self._decide(proba)
        classes = self.classes_.tolist()
        class_index = {c: j for j, c in enumerate(classes)}
        Xf = Xf.tocsr()
        out = []
        for i, t in enumerate(texts):
            p = Prediction(
                label=labels[i],
                score=float(score[i]),
                probabilities={c: float(v) for c, v in zip(classes, proba[i].tolist(), strict=False)},
                flagged=bool(flagged[i]),
            )
            if explain and p.flagged:
                p.evidence = self._explain_row(t, _row(Xf, i), class_index[p.label], top_k)
            out.append(p)
        return out

    def explain(self, text, top_k=8, label=None) -> list[Evidence]:
        """Terms of ``text`` that pushed it towards ``label`` (default: the predicted label).

        Weights are feature value × linear weight, summed over a term's accented and
        accent-stripped forms; spans point into ``text`` as given, found case- and
        accent-insensitively (a term not found keeps ``start``/``end`` None).
        """
        text = _as_text(text)
        Xf = self._features_of([text])
        classes = self.classes_.tolist()
        if label is None:
            k = int(self.pipeline_.named_steps["clf"].predict_proba(Xf)[0].argmax())
        else:
            k = classes.index(str(label))
        return self._explain_row(text, _row(Xf.tocsr(), 0), k, top_k)

    def _explain_row(self, text, row, k, top_k) -> list[Evidence]:
        ind, val = row.indices, row.data
        cols_all = self.explain_columns_
        if not len(ind) or not len(cols_all):
            return []
        # Position of each of the row's columns among the explained (word) columns.
        pos = np.minimum(np.searchsorted(cols_all, ind), len(cols_all) - 1)
        hit = cols_all[pos] == ind
        cols = pos[hit]
        contrib = val[hit] * self.explain_coef_[k, cols]
        if len(contrib) > 4 * top_k:  # only the strongest few need merging and locating
            top = np.argpartition(-contrib, 4 * top_k)[: 4 * top_k]
            cols, contrib = cols[top], contrib[top]
        merged: dict[str, float] = {}
        for key, w in zip(self.explain_keys_[cols].tolist(), contrib.tolist(), strict=False):
            if w > 0 and not key.startswith("_"):
                merged[key] = merged.get(key, 0.0) + w
        ranked = sorted(merged.items(), key=lambda kv: -kv[1])
        spans = _TermSpans(text)
        out: list[Evidence] = []
        taken: list[tuple[int, int]] = []
        for term, w in ranked:
            if len(out) >= top_k:
                break
            start, end = spans.find(term, taken)
            if start is not None:
                # A phrase already shown covers this term: do not repeat it.
                if any(a <= start and end <= b for a, b in taken):
                    continue
                taken.append((start, end))
            out.append(
                Evidence(term=text[start:end] if start is not None else term, weight=round(w, 4), start=start, end=end)
            )
        return out


class _TermSpans:
    """Find accent-stripped, folded terms (one or more syllables) in the original text.

    Works on the original text's tokens, each folded and stripped through a cache, so finding
    eight terms costs one tokenization instead of eight accent-insensitive regex scans.
    """

    def __init__(self, text: str):
        self.toks = T.token_spans(text)
        keys = []
        cache = ASCII_CACHE
        for tok, _, _ in self.toks:
            k = cache.get(tok)
            if k is None:
                k = cache[tok] = T._ascii_view(T.fold(tok))
            keys.append(k)
        self.keys = keys
        first: dict[str, list[int]] = {}
        for i, k in enumerate(keys):
            first.setdefault(k, []).append(i)
        self.first = first

    def find(self, term: str, taken) -> tuple[int | None, int | None]:
        parts = term.split(" ")
        fallback = None
        for i in self.first.get(parts[0], ()):
            j = i + len(parts)
            if self.keys[i:j] != parts:
                continue
            start, end = self.toks[i][1], self.toks[j - 1][2]
            if not any(a <= start < b for a, b in taken):
                return start, end
            fallback = fallback or (start, end)
        return fallback or (None, None)


class _Row:
    """A CSR row's indices and data without scipy's slicing overhead (~100 µs per slice)."""

    __slots__ = ("indices", "data")

    def __init__(self, indices, data):
        self.indices, self.data = indices, data


def _row(X, i):
    a, b = X.indptr[i], X.indptr[i + 1]
    return _Row(X.indices[a:b], X.data[a:b])


def _as_text(x) -> str:
    if x is None:
        return ""
    return x if isinstance(x, str) else str(x)
