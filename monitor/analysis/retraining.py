"""The rows a retrain learns from, and how much each kind weighs (docs/LABELING.md explains why).

- ``seed``: the labelled files (``data/labels/*.jsonl`` or the user's own), weight 1;
- ``confirmed``: officers' confirmations and relabels, weight 2 (checked by a person on real items);
- ``dismissed``: officers' dismissals, label ``none``, weight 2 (a false flag the model made);
- ``official``: items from ``kind: official`` sources, label ``none``, weight 0.5 (approved
  messaging is on topic and never a distortion);
- ``stream``: a sample of collected items no officer reviewed that the current model scores low
  (every distortion's probability below ``STREAM_LOW_SCORE``), label ``none``, weight 0.2: most of
  the stream is benign, but nobody checked these, so they only nudge the model.

A person's decision wins over the seed label of the same text; a text already present (after
case and whitespace folding) is not added again from the official items or the stream. Official
and stream rows are added only when the seed's label set has ``none``.

The learned relevance score (``NarrativeClassifier.relevance_``) is trained as for the first model
when the label files mark rows ``"relevant": false`` (``TrainingSet.off_topic``): seed rows as the
files say, officers' confirmations as on topic, and dismissed, official and stream items as the
relevance rules decide (nobody said whether they are about the election).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from classifiers import text as T
from monitor.errors import ModelLoadError
from monitor.ingest.pipeline import approved_messages, load_relevance

WEIGHTS = {"seed": 1.0, "confirmed": 2.0, "dismissed": 2.0, "official": 0.5, "stream": 0.2}
KINDS = tuple(WEIGHTS)
OFFICIAL_LIMIT = 2000  # newest official items taken
STREAM_SAMPLE = 2000  # newest unreviewed non-official items scored
STREAM_LOW_SCORE = 0.2  # below this for every distortion, an item joins `none`
NEGATIVE = "none"


@dataclass
class TrainingSet:
    """Texts, labels, weights and the kind of each row (one of ``KINDS``)."""

    texts: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    off_topic: set[str] = field(default_factory=set)  # folded texts the label files mark not relevant

    @classmethod
    def of_rows(cls, rows, kind: str = "seed") -> TrainingSet:
        """(text, label) rows as they are (duplicates kept), all of one kind."""
        rows = list(rows)
        return cls([t for t, _ in rows], [str(lab) for _, lab in rows], [kind] * len(rows))

    @property
    def weights(self) -> list[float]:
        return [WEIGHTS[k] for k in self.kinds]

    def rows(self) -> list[tuple[str, str]]:
        return list(zip(self.texts, self.labels, strict=True))

    def relevance(self, data: dict | None) -> list[bool] | None:
        """One bool per row for the learned relevance score (is it about the configured election?),
        or None when the label files mark no row as off topic (then the model gets no such score,
        as the first model does not)."""
        if not self.off_topic:
            return None
        from classifiers.relevance import RelevanceRules

        rules = RelevanceRules(data or {})
        return [
            T.fold(t) not in self.off_topic if kind == "seed" else kind == "confirmed" or rules.check(t).relevant
            for t, kind in zip(self.texts, self.kinds, strict=True)
        ]

    def counts(self) -> dict[str, int]:
        """Rows of each kind (every kind listed, zeros included)."""
        return {k: self.kinds.count(k) for k in KINDS}


def gather(
    seed_rows,
    store=None,
    model=None,
    *,
    official_limit: int = OFFICIAL_LIMIT,
    stream_sample: int = STREAM_SAMPLE,
    low_score: float = STREAM_LOW_SCORE,
) -> TrainingSet:
    """Seed rows plus what the deployment collected: officers' decisions, official items and
    low-scored unreviewed items (``model`` scores them; without a model none are taken)."""
    merged: dict[str, tuple[str, str, str]] = {}
    for text, label in seed_rows:
        merged[T.fold(text)] = (text, str(label), "seed")
    if store is not None:
        for text, label, decision in store.reviewed_examples():
            key = T.fold(text)
            original = merged[key][0] if key in merged else text
            merged.pop(key, None)  # the latest decision goes last, as merge_review_labels does
            merged[key] = (original, str(label), "dismissed" if decision == "dismiss" else "confirmed")
    # the seed's label set decides (dismissals always say `none`, whatever the labels are)
    labels = {label for _, label, kind in merged.values() if kind == "seed"} or {lab for _, lab, _ in merged.values()}
    if store is not None and NEGATIVE in labels:
        for text in store.unreviewed_texts(official=True, limit=official_limit):
            merged.setdefault(T.fold(text), (text, NEGATIVE, "official"))
        if model is not None and stream_sample > 0:
            for text in _low_scored(model, store.unreviewed_texts(official=False, limit=stream_sample), low_score):
                merged.setdefault(T.fold(text), (text, NEGATIVE, "stream"))
    out = TrainingSet()
    for text, label, kind in merged.values():
        out.texts.append(text)
        out.labels.append(label)
        out.kinds.append(kind)
    return out


def _low_scored(model, texts: list[str], low_score: float) -> list[str]:
    """The texts whose probability of every distortion class is below ``low_score``."""
    if not texts:
        return []
    classes = [str(c) for c in model.classes_.tolist()]
    if NEGATIVE not in classes:
        return []
    proba = np.vstack([model.predict_proba(texts[i : i + 1000]) for i in range(0, len(texts), 1000)])
    others = [j for j, c in enumerate(classes) if c != NEGATIVE]
    low = proba[:, others].max(axis=1) < low_score
    return [t for t, keep in zip(texts, low.tolist(), strict=True) if keep]


def off_topic_rows(files, retarget=None) -> set[str]:
    """The folded texts that JSONL label files mark ``"relevant": false`` (each rewritten by
    ``retarget`` first, as the rows it was read with: ``monitor.ingest.pipeline.seed_retarget``)."""
    from monitor.analysis.classify import read_seed_relevance  # at call time: loads scikit-learn

    marked = read_seed_relevance(list(files or ()))
    return {T.fold(retarget(t) if retarget else t) for t, relevant in marked.items() if not relevant}


def current_model(registry):
    """The active model's estimator, to score the stream; None when there is none or it cannot
    be loaded (a retrain is how a broken or outdated model gets replaced)."""
    try:
        active = registry.active()
    except ModelLoadError:
        return None
    return active.model if active is not None else None


def train(training_set: TrainingSet, config=None, store=None, **params):
    """``classifiers.training.train`` on the set, with its weights, fitting the flag decision
    too (approved messages and relevance data from ``config``/``store``, as the pipeline uses
    them); the metrics also record how many rows of each kind the version learned from
    (``training_counts``) and the weights."""
    from classifiers import training  # at call time: loads scikit-learn

    decision = {"messages": approved_messages(config, store), "data": load_relevance(config)}
    model, metrics = training.train(
        training_set.texts,
        training_set.labels,
        sample_weight=training_set.weights,
        relevant=training_set.relevance(decision["data"]),
        decision=decision,
        **params,
    )
    metrics["training_counts"] = training_set.counts()
    metrics["training_weights"] = dict(WEIGHTS)
    return model, metrics
