"""The narrative classifier: TF-IDF word and character n-grams over two views of the text, a
linear model with probabilities, per-class thresholds for a target precision, and explanations
from the linear weights.

Features (one ``FeatureUnion``):

- word uni- and bigrams of the folded text (``text.prepare``: case-folded, accents kept),
- word uni- and bigrams of the accent-stripped view ("bầu cử" and "bau cu" share these), with
  each word in a negation's scope marked (``text.negation_scope``: "không được ủy quyền" and "có
  thể ủy quyền" no longer share "ủy quyền"), weighted ``negation_weight``,
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
from sklearn.utils.validation import _check_sample_weight

from classifiers import text as T
from classifiers.batch import BatchFeatures
from classifiers.clauses import compared_years, years_and_terms
from classifiers.features import NgramTfidf, ascii_cache, token_views
from classifiers.fitting import feature_keys, one_blas_thread, previous_fit, warm_start_from, with_accent_copies
from classifiers.names import mask_names as _mask
from classifiers.ranking import Ranked, by_row_then_descending, rank_in_row
from classifiers.results import Evidence

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
    relevance: float | None = None  # learned P(about the configured election), when the model has one


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
    mask_names : bool
        Replace person names by a placeholder before features are made (``classifiers.names``),
        in training and prediction alike: names are never features or evidence.
    person_names : tuple of str
        Extra names to mask (the office's candidate list).
    mask_years : bool
        Replace years and the Assembly's term numbers too (``clauses.years_and_terms``): the
        relevance rules say which election a text is about, so the model learns nothing tied to one.
    accent_copies : bool
        Also train on an accent-stripped copy of every row that has accents (at most
        ``fitting.ACCENT_COPIES_MAX`` copies, a fixed sample beyond that), with the row's label, weight
        and relevance: people type without accents, and the accented-word features learn nothing
        from such text otherwise (bench/README.md, "Public datasets").
    negation_weight : float
        Weight of the accent-stripped word view in which words in a negation's scope are marked
        (measured best at 2: bench/README.md, "Negation"). 0: the plain accent-stripped word
        view, unweighted, as models fitted before this view had.
    warm_start : bool
        When fitting an already fitted model again: start the linear model (and the relevance
        head) from the previous fit's weights, matched by feature (features new to this fit
        start at 0). The loss and its optimum are the same; lbfgs needs fewer iterations from
        there (``training.train`` refits on all rows after the hold-out fit this way).
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
        mask_names=True,
        person_names=(),
        mask_years=True,
        accent_copies=True,
        negation_weight=2.0,
        warm_start=False,
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
        self.mask_names = mask_names
        self.person_names = person_names
        self.mask_years = mask_years
        self.accent_copies = accent_copies
        self.negation_weight = negation_weight
        self.warm_start = warm_start

    # Caches built from the fitted model on first use; never stored with it.
    _CACHES = ("_batch_features", "_explain_pos")

    def __getstate__(self):
        state = super().__getstate__()
        for k in self._CACHES:
            state.pop(k, None)
        return state

    # -- fitting -------------------------------------------------------------------------------

    def _features(self) -> FeatureUnion:
        word = {"analyzer": "word", "ngram_range": (1, 2), "max_features": self.word_max_features}
        char = {
            "analyzer": "char_wb",
            "ngram_range": tuple(self.char_ngram_range),
            "max_features": self.char_max_features,
        }
        negation = float(self.negation_weight)
        if negation < 0:
            raise ValueError(f"negation_weight must be ≥ 0, not {self.negation_weight!r}")
        if negation:  # accent-stripped view, words in a negation's scope marked
            ascii_words = ("word_ascii_neg", NgramTfidf(view=2, min_df=self.min_df, **word))
        else:  # accent-stripped view
            ascii_words = ("word_ascii", NgramTfidf(view=1, min_df=self.min_df, **word))
        return FeatureUnion(
            [
                ("word", NgramTfidf(view=0, min_df=self.min_df, **word)),  # folded text, accents kept
                ascii_words,
                ("char_ascii", NgramTfidf(view=1, min_df=self.min_df, **char)),
            ],
            transformer_weights={"word_ascii_neg": negation} if negation and negation != 1 else None,
        )

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

    def _masked(self, texts: list[str]) -> list[str]:
        # Models saved before names were masked have no such attribute: they keep their behaviour.
        if not getattr(self, "mask_names", False):
            return texts
        names = tuple(getattr(self, "person_names", ()) or ())
        hide = years_and_terms if getattr(self, "mask_years", False) else compared_years  # (older models)
        return [_without(_mask(t, names), hide) for t in texts]

    @one_blas_thread
    def fit(self, X, y, sample_weight=None, relevant=None):
        """Fit on texts ``X`` (strings) and labels ``y``; thresholds start at argmax.

        ``sample_weight`` (array-like of shape (n_samples,), optional) weighs each row in the
        linear model's loss (multiplied with ``class_weight``, as sklearn does); the TF-IDF
        vocabulary and document frequencies are learned from all rows unweighted.
        ``relevant`` (optional, one bool per text: is it about the configured election?) also
        fits ``relevance_``, a linear model over the same features giving the learned relevance
        score; without it, or with only one value in it, ``relevance_`` is None.
        """
        texts = self._masked([_as_text(x) for x in X])
        labels = np.array([str(v) for v in y], dtype=object)
        if len(texts) != len(labels):
            raise ValueError(f"{len(texts)} texts but {len(labels)} labels")
        if getattr(self, "accent_copies", False):
            texts, labels, sample_weight, relevant = with_accent_copies(texts, labels, sample_weight, relevant)
        fit_params = {}
        if sample_weight is not None:
            fit_params["clf__sample_weight"] = _check_sample_weight(
                sample_weight, texts, dtype=np.float64, ensure_non_negative=True
            )
        classes = sorted(set(labels.tolist()))
        if len(classes) < 2:
            raise ValueError(f"need at least two labels to train, got {classes}")
        if not 0.0 < float(self.target_precision) <= 1.0:
            raise ValueError("target_precision must be in (0, 1]")
        for k in self._CACHES:
            self.__dict__.pop(k, None)
        previous = previous_fit(self) if getattr(self, "warm_start", False) else None
        self.pipeline_ = Pipeline([("features", self._features()), ("clf", self._model())])
        Xf = self.pipeline_.named_steps["features"].fit_transform(token_views(texts))
        clf = self.pipeline_.named_steps["clf"]
        keys = feature_keys(self.pipeline_)
        if previous is not None:
            warm_start_from(clf, previous[0], previous[2], keys, classes)
        clf.fit(Xf, labels, **{k.removeprefix("clf__"): v for k, v in fit_params.items()})
        if previous is not None:
            clf.set_params(warm_start=False)
        self.relevance_ = None
        if relevant is not None:
            rel = np.array([bool(v) for v in relevant])
            if len(rel) != len(texts):
                raise ValueError(f"{len(texts)} texts but {len(rel)} relevance values")
            if len(set(rel.tolist())) == 2:
                head = LogisticRegression(C=self.C, class_weight="balanced", max_iter=self.max_iter)
                if previous is not None and previous[1] is not None:
                    warm_start_from(head, previous[1], previous[2], keys, [False, True])
                self.relevance_ = head.fit(Xf, rel).set_params(warm_start=False)
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
        # Accent-stripped form of each term: accented and unaccented forms add up as one term,
        # and so do a word's features in and out of a negation's scope.
        mark = T.NEGATED_MARK
        self.explain_keys_ = np.array([T.strip_accents(n.replace(mark, "")) for n in names], dtype=str)
        self.explain_coef_ = coef[:, cols].astype(np.float32)

    def tune_thresholds(self, X, y, proba=None):
        """Choose each class's score threshold on validation texts ``X`` with true labels ``y``
        (``proba``: ``predict_proba(X)`` when already computed).

        For every class but the negative one: among validation items predicted as that class,
        the lowest score at which precision reaches ``target_precision`` (with at least
        ``min(3, support)`` items kept). Unreachable, or reached without a cut: 0 (argmax).
        """
        proba = self.predict_proba(X) if proba is None else proba
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

    def _features_of(self, X, spans=False, masked=False):
        """The feature matrix; with ``spans``, a pair (matrix, ``TokenSpans`` or None)."""
        texts = [_as_text(x) for x in X]
        texts = texts if masked else self._masked(texts)
        fast = self.__dict__.get("_batch_features")
        if fast is None:
            fast = BatchFeatures.of_union(self.pipeline_.named_steps["features"])
            self._batch_features = fast = fast or False
        if fast:
            return fast.transform(texts, spans=spans)
        X = self.pipeline_.named_steps["features"].transform(token_views(texts))
        return (X, None) if spans else X

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

    def predict_batch(self, texts, explain=False, top_k=8, return_features=False):
        """One ``Prediction`` per text; with ``explain``, flagged ones carry their evidence.
        With ``return_features``: a pair (predictions, the texts' feature matrix, CSR)."""
        texts = [_as_text(t) for t in texts]
        if not texts:
            return ([], None) if return_features else []
        texts = self._masked(texts)  # evidence is located in what the model saw
        if explain:
            Xf, token_spans = self._features_of(texts, spans=True, masked=True)
        else:
            Xf, token_spans = self._features_of(texts, masked=True), None
        proba = self.pipeline_.named_steps["clf"].predict_proba(Xf)
        labels, score, flagged = self._decide(proba)
        head = getattr(self, "relevance_", None)
        relevance = head.predict_proba(Xf)[:, list(head.classes_).index(True)].tolist() if head is not None else None
        classes = self.classes_.tolist()
        class_index = {c: j for j, c in enumerate(classes)}
        Xf = Xf.tocsr()
        flagged_rows = np.flatnonzero(flagged) if explain else np.zeros(0, dtype=np.int64)
        evidence = {}
        if len(flagged_rows):
            ks = np.array([class_index[c] for c in labels[flagged_rows].tolist()], dtype=np.int64)
            ranked = self._ranked_terms(Xf, flagged_rows, ks, top_k)
            for i, terms in zip(flagged_rows.tolist(), ranked, strict=True):
                found = token_spans.row(i) if token_spans is not None else None
                spans = _TermSpans(*found, key_of=token_spans.terms.__getitem__) if found else None
                evidence[i] = self._locate(texts[i], terms, top_k, spans)
        preds = [
            Prediction(
                label=lab,
                score=sc,
                probabilities=dict(zip(classes, row, strict=True)),
                flagged=fl,
                evidence=evidence.get(i, []),
                relevance=None if relevance is None else relevance[i],
            )
            for i, (lab, sc, row, fl) in enumerate(
                zip(labels.tolist(), score.tolist(), proba.tolist(), flagged.tolist(), strict=True)
            )
        ]
        return (preds, Xf) if return_features else preds

    def explain(self, text, top_k=8, label=None) -> list[Evidence]:
        """Terms of ``text`` that pushed it towards ``label`` (default: the predicted label).

        Weights are feature value × linear weight, summed over a term's accented and
        accent-stripped forms; spans point into ``text`` as given, found case- and
        accent-insensitively (a term not found keeps ``start``/``end`` None).
        """
        text = self._masked([_as_text(text)])[0]
        Xf = self._features_of([text], masked=True)
        classes = self.classes_.tolist()
        if label is None:
            k = int(self.pipeline_.named_steps["clf"].predict_proba(Xf)[0].argmax())
        else:
            k = classes.index(str(label))
        ranked = self._ranked_terms(Xf.tocsr(), np.zeros(1, dtype=np.int64), np.array([k], dtype=np.int64), top_k)
        return self._locate(text, ranked[0], top_k)

    def _explain_tables(self):
        """Column → position among the explained columns (-1: not explained), each explained
        column's merge key id, the key strings, and which keys may be shown."""
        tables = self.__dict__.get("_explain_pos")
        if tables is None:
            n_features = self.pipeline_.named_steps["clf"].n_features_in_
            pos = np.full(n_features, -1, dtype=np.int64)
            pos[self.explain_columns_] = np.arange(len(self.explain_columns_))
            keys, key_id = np.unique(self.explain_keys_, return_inverse=True)
            # Placeholders ("_url_", "_name_") and phrases holding one are never shown.
            shown = np.array(["_" not in k for k in keys.tolist()], dtype=bool)
            tables = self._explain_pos = (pos, key_id.astype(np.int64), keys.tolist(), shown)
        return tables

    def _ranked_terms(self, Xf, rows, ks, top_k) -> list[Ranked]:
        """For each of ``rows`` (with its class ``ks``): the terms that pushed it towards that
        class, strongest first, as (accent-stripped term, weight).

        Weights are feature value × linear weight of the word features; a term's accented and
        accent-stripped forms add up. Only each row's ``4 * top_k`` strongest features are
        merged (the rest cannot reach the top). All rows at once, in array operations.
        """
        pos, key_id, keys, shown = self._explain_tables()
        sub = Xf[rows]
        r = np.repeat(np.arange(len(rows)), np.diff(sub.indptr))
        p = pos[sub.indices]
        m = p >= 0
        r, p, v = r[m], p[m], sub.data[m]
        contrib = v * self.explain_coef_[ks[r], p]
        # Only positive contributions can be shown; among them each row's strongest 4 * top_k.
        m = contrib > 0
        r, p, contrib = r[m], p[m], contrib[m]
        order = by_row_then_descending(r, contrib)
        sel = order[rank_in_row(r[order]) < 4 * top_k]
        sel = sel[shown[key_id[p[sel]]]]
        n_keys = max(len(keys), 1)
        group, inv = np.unique(r[sel] * n_keys + key_id[p[sel]], return_inverse=True)
        weight = np.bincount(inv.ravel(), weights=contrib[sel], minlength=len(group))
        row_of, key_of = group // n_keys, group % n_keys
        # Equal weights (features only ever seen together) keep the terms' alphabetical order.
        order = by_row_then_descending(row_of, weight)
        row_of, key_of, weight = row_of[order], key_of[order], weight[order]
        bounds = np.searchsorted(row_of, np.arange(len(rows) + 1)).tolist()
        key_list, weight_list = key_of.tolist(), weight.tolist()
        return [Ranked(keys, key_list, weight_list, a, b) for a, b in zip(bounds[:-1], bounds[1:], strict=True)]

    @staticmethod
    def _locate(text, ranked, top_k, spans=None) -> list[Evidence]:
        """Evidence for the ranked terms, with their character spans in ``text``."""
        if not ranked:
            return []
        spans = spans or _TermSpans.of_text(text)
        find = spans.find
        out: list[Evidence] = []
        taken: list[tuple[int, int]] = []
        for term, w in ranked:
            start, end = find(term, taken)
            if start is None:
                out.append(Evidence(term, round(w, 4)))
            else:
                # A phrase already shown covers this term: do not repeat it. A phrase across a
                # masked year or term ("năm ____ là") holds a placeholder: never shown.
                if _covers(taken, start, end) or "_" in text[start:end]:
                    continue
                taken.append((start, end))
                out.append(Evidence(text[start:end], round(w, 4), start, end))
            if len(out) >= top_k:
                break
        return out


class _TermSpans:
    """Find accent-stripped, folded terms (one or more syllables) among a text's tokens.

    ``keys`` are the tokens' accent-stripped folded forms (or ids standing for them, with
    ``key_of`` mapping a term to the list of its syllables' ids), ``starts``/``ends`` their spans in the
    original text. Built from the text itself (``of_text``) or from the batch transform's spans.
    """

    __slots__ = ("keys", "starts", "ends", "key_of")

    def __init__(self, keys, starts, ends, key_of=None):
        self.keys, self.starts, self.ends, self.key_of = keys, starts, ends, key_of

    @classmethod
    def of_text(cls, text: str) -> _TermSpans:
        keys: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        cache = ascii_cache()
        get = cache.get
        low = text.lower()
        if "http" in low or "www." in low:
            # Words inside a URL are not words of the text (the classifier saw "_url_" there).
            text = T._URL_RE.sub(lambda m: " " * len(m.group()), text)
        for tok, start, end in T.token_spans(text):
            k = get(tok)
            if k is None:
                k = cache[tok] = T._ascii_view(T.fold(tok))
            keys.append(k)
            starts.append(start)
            ends.append(end)
        return cls(keys, starts, ends)

    def find(self, term: str, taken) -> tuple[int | None, int | None]:
        parts = term.split(" ") if self.key_of is None else self.key_of(term)
        keys, n = self.keys, len(parts)
        first = parts[0]
        fallback = None
        i = -1
        while True:
            try:
                i = keys.index(first, i + 1)
            except ValueError:
                break
            if n > 1 and keys[i : i + n] != parts:
                continue
            start, end = self.starts[i], self.ends[i + n - 1]
            for a, b in taken:
                if a <= start < b:
                    break
            else:
                return start, end
            fallback = fallback or (start, end)
        return fallback or (None, None)


def _covers(taken, start, end) -> bool:
    for a, b in taken:
        if a <= start and end <= b:
            return True
    return False


def _without(text: str, spans_of=years_and_terms) -> str:
    """``text`` with the spans ``spans_of`` finds (years, terms) made underscores of the same
    length, so every offset still points at the same character."""
    for a, b in spans_of(text):
        text = text[:a] + "_" * (b - a) + text[b:]
    return text


def _as_text(x) -> str:
    if x is None:
        return ""
    return x if isinstance(x, str) else str(x)
