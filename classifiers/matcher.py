"""Nearest approved message for an item: TF-IDF cosine over accent-stripped text.

Each approved message is indexed in both languages (title + text), and optionally with labeled
examples of the narratives it answers, so an item that reads like a known ``procedure_false``
post is drawn to the messages answering ``procedure_false``. Messages may be the pydantic
``ApprovedMessage`` objects of ``monitor.analysis.taxonomy`` or plain dicts of the YAML shape.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from classifiers import text as T
from classifiers.message_fields import message_field

__all__ = ["Match", "Matcher", "message_field"]


@dataclass
class Match:
    key: str
    score: float  # cosine similarity in [0, 1]


def _lang_texts(v) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    if isinstance(v, dict):
        return [str(x) for x in v.values() if x]
    return [str(x) for x in (getattr(v, "vi", None), getattr(v, "en", None)) if x]


class Matcher:
    """Index of approved messages.

    Parameters
    ----------
    messages : list
        Approved messages (``key``, ``narratives``, ``title``/``text`` with ``vi``/``en``).
    examples : list of (text, label), optional
        Known labeled items; each message also matches items similar to examples of the
        narratives it answers (at ``example_weight`` of their similarity).
    example_weight : float
    """

    def __init__(self, messages, examples=None, example_weight=0.8):
        self.keys: list[str] = []
        self.narratives: list[set[str]] = []
        docs, owners = [], []
        for m in messages:
            key = str(message_field(m, "key"))
            i = len(self.keys)
            self.keys.append(key)
            self.narratives.append({str(n) for n in (message_field(m, "narratives") or [])})
            titles = _lang_texts(message_field(m, "title"))
            bodies = _lang_texts(message_field(m, "text"))
            for j in range(max(len(titles), len(bodies))):
                parts = titles[j : j + 1] + bodies[j : j + 1]
                docs.append(" ".join(parts))
                owners.append((i, 1.0))
        for text, label in examples or []:
            for i, narrs in enumerate(self.narratives):
                if str(label) in narrs:
                    docs.append(text)
                    owners.append((i, float(example_weight)))
        self.example_weight = example_weight
        if not docs:
            self._vec = None
            return
        self._vec = TfidfVectorizer(
            preprocessor=T.prepare_stripped,
            analyzer="char_wb",
            ngram_range=(3, 5),
            sublinear_tf=True,
            max_features=200_000,
        )
        self._docs = self._vec.fit_transform(docs)
        self._owner = np.array([o for o, _ in owners])
        self._weight = np.array([w for _, w in owners])

    def match(self, text: str, narrative: str | None = None, k: int = 3) -> list[Match]:
        """The ``k`` best messages; those answering ``narrative`` come first when given."""
        return self.match_batch([text], [narrative], k=k)[0]

    def match_batch(self, texts, narratives=None, k: int = 3) -> list[list[Match]]:
        """``match`` for many texts at once (one sparse product)."""
        texts = list(texts)
        if narratives is None:
            narratives = [None] * len(texts)
        if self._vec is None or not texts:
            return [[] for _ in texts]
        sims = (self._vec.transform([t or "" for t in texts]) @ self._docs.T).toarray() * self._weight
        n_msg = len(self.keys)
        out = []
        for row, narr in zip(sims, narratives, strict=False):
            per_msg = np.zeros(n_msg)
            np.maximum.at(per_msg, self._owner, row)
            if narr is not None:
                linked = np.array([narr in s for s in self.narratives])
            else:
                linked = np.zeros(n_msg, dtype=bool)
            # Linked messages first (by score), then the rest; a message with no overlap at all
            # is not a match.
            order = sorted(range(n_msg), key=lambda i: (not linked[i], -per_msg[i]))
            out.append([Match(self.keys[i], round(float(per_msg[i]), 4)) for i in order if per_msg[i] > 0][:k])
        return out
