"""``NgramTfidf``: TF-IDF word and character n-grams over pre-tokenized views of the text.

Our own vectorizer rather than ``TfidfVectorizer`` for one measured reason: sklearn's char
analyzer handles ~2,500 texts/s of 300 characters on one core, half of the 5,000 items/s target
before the model even runs. ``NgramTfidf`` computes the same kind of features (sublinear TF,
smooth IDF, L2 norm; ``max_features`` by corpus frequency after ``min_df``) but caches each
syllable's character n-grams and builds the matrix with one sparse product (~10x faster).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import count, repeat

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.preprocessing import normalize as l2_normalize

from classifiers import text as T

__all__ = ["ASCII_CACHE", "NgramTfidf", "ascii_cache", "token_views"]

_CACHE_LIMIT = 300_000  # syllables whose n-grams are cached per vectorizer (memory bound)


class NgramTfidf(TransformerMixin, BaseEstimator):
    """TF-IDF over word n-grams or within-word character n-grams of one view of the text.

    Parameters
    ----------
    view : int
        Which element of each input tuple to read (0: folded text, 1: accent-stripped view,
        2: accent-stripped view with the words in a negation's scope marked, see
        ``token_views``). A plain string input is used as is.
    analyzer : {"word", "char_wb"}
        Syllable n-grams, or character n-grams inside each syllable padded with spaces.
    ngram_range : tuple of int
    max_features : int or None
        Keep the most frequent n-grams (corpus term frequency), after ``min_df``.
    min_df : int
        Drop n-grams seen in fewer documents.
    sublinear_tf : bool
        Use ``1 + log(tf)``.
    """

    def __init__(self, view=0, analyzer="word", ngram_range=(1, 2), max_features=None, min_df=1, sublinear_tf=True):
        self.view = view
        self.analyzer = analyzer
        self.ngram_range = ngram_range
        self.max_features = max_features
        self.min_df = min_df
        self.sublinear_tf = sublinear_tf

    # The lookup dict and the syllable cache are rebuilt after loading; skops stores the
    # vocabulary once, as an array of strings (a 200k-entry dict is slow and large in skops).
    def __getstate__(self):
        state = self.__dict__.copy()
        state.pop("_index", None)
        state.pop("_cache", None)
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)

    def _doc(self, x) -> list[str]:
        """Tokens of one input: a tuple from ``token_views`` (pick ``view``) or a plain string."""
        if isinstance(x, str):
            if self.view == 2:
                return token_views([x])[0][2]
            return T.tokenize(T.prepare(x) if self.view == 0 else T.prepare_stripped(x))
        return x[self.view]

    def _units(self, toks: list[str]) -> list[str]:
        """The word n-grams of one document (duplicates kept: they are term frequencies)."""
        lo, hi = self.ngram_range
        out = list(toks) if lo <= 1 else []
        for n in range(max(lo, 2), hi + 1):
            if n == 2:
                out.extend(map(" ".join, zip(toks, toks[1:], strict=False)))
            else:
                out.extend(" ".join(toks[i : i + n]) for i in range(len(toks) - n + 1))
        return out

    def _char_grams(self, tok: str) -> list[str]:
        lo, hi = self.ngram_range
        w = f" {tok} "
        out = []
        for n in range(lo, hi + 1):
            out.extend(w[i : i + n] for i in range(len(w) - n + 1))
            if n >= len(w):
                break
        return out

    def fit(self, X, y=None):
        self._fit_counts(X)
        return self

    def fit_transform(self, X, y=None):
        """``fit(X).transform(X)`` from one pass over the texts: the counts that choose the
        vocabulary are the matrix, its columns narrowed to the vocabulary."""
        C, column = self._fit_counts(X)
        C = C.tocsr()
        new = column[C.indices]
        keep = new >= 0
        rows = np.repeat(np.arange(C.shape[0]), np.diff(C.indptr))[keep]
        indptr = np.zeros(C.shape[0] + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=C.shape[0]), out=indptr[1:])
        X = sp.csr_matrix((C.data[keep], new[keep], indptr), shape=(C.shape[0], self.n_features_out_))
        X.sort_indices()
        return self._weigh(X)

    def _fit_counts(self, X):
        """Learn the vocabulary and IDF; return the term counts of ``X`` over every n-gram seen
        (sparse, one row per text) and each of those columns' vocabulary column (-1: not kept)."""
        docs = [self._doc(x) for x in X]
        if self.analyzer not in ("word", "char_wb"):
            raise ValueError(f"analyzer must be 'word' or 'char_wb', not {self.analyzer!r}")
        lengths = np.zeros(len(docs) + 1, dtype=np.int64)
        if self.analyzer == "word":
            # Each n-gram's column: a new one numbered as it is first seen (the loop runs in C).
            unit_index: defaultdict[str, int] = defaultdict(count().__next__)
            column_of = unit_index.__getitem__
            cols: list[int] = []
            for i, toks in enumerate(docs):
                units = self._units(toks)
                cols.extend(map(column_of, units))
                lengths[i + 1] = len(units)
            C = sp.csr_matrix(
                (np.ones(len(cols), dtype=np.float64), np.array(cols, dtype=np.int64), np.cumsum(lengths)),
                shape=(len(docs), len(unit_index)),
            )
            C.sum_duplicates()  # duplicates summed: term frequencies
            names = list(unit_index)
        else:
            # Count per distinct syllable first: corpora repeat syllables enormously.
            tok_index: defaultdict[str, int] = defaultdict(count().__next__)
            column_of = tok_index.__getitem__
            cols = []
            for i, toks in enumerate(docs):
                cols.extend(map(column_of, toks))
                lengths[i + 1] = len(toks)
            D = sp.csr_matrix(
                (np.ones(len(cols), dtype=np.float64), np.array(cols, dtype=np.int64), np.cumsum(lengths)),
                shape=(len(docs), len(tok_index)),
            )
            D.sum_duplicates()
            gram_index: defaultdict[str, int] = defaultdict(count().__next__)
            gram_column = gram_index.__getitem__
            wr, wc = [], []
            for t, j in tok_index.items():
                grams = self._char_grams(t)
                wr.extend(repeat(j, len(grams)))
                wc.extend(map(gram_column, grams))
            W = sp.csr_matrix((np.ones(len(wr)), (wr, wc)), shape=(len(tok_index), len(gram_index)))
            C = D @ W
            names = list(gram_index)
        tf = np.bincount(C.indices, weights=C.data, minlength=len(names))
        df = np.bincount(C.indices, minlength=len(names))
        keep = np.flatnonzero(df >= self.min_df)
        kept = np.array([names[j] for j in keep.tolist()], dtype=str)
        if self.max_features is not None and len(keep) > self.max_features:
            # Most frequent first; ties broken alphabetically so fits are reproducible.
            top = np.lexsort((kept, -tf[keep]))[: self.max_features]
            keep, kept = keep[top], kept[top]
        order = np.argsort(kept, kind="stable")
        keep = keep[order]
        n = len(docs)
        self.feature_names_ = kept[order]
        self.idf_ = np.log((1 + n) / (1 + df[keep].astype(np.float64))) + 1.0
        self.n_features_out_ = len(keep)
        self.__dict__.pop("_index", None)
        self.__dict__.pop("_cache", None)
        column = np.full(len(names), -1, dtype=np.int64)
        column[keep] = np.arange(len(keep))
        return C, column

    def _weigh(self, X):
        """Counts → sublinear TF × IDF, rows L2-normalized (in place)."""
        if self.sublinear_tf:
            np.log(X.data, out=X.data)
            X.data += 1.0
        X.data *= self.idf_[X.indices]
        return l2_normalize(X, copy=False)

    def _lookup(self) -> dict[str, int]:
        idx = self.__dict__.get("_index")
        if idx is None:
            idx = {u: i for i, u in enumerate(self.feature_names_.tolist())}
            self._index = idx
        return idx

    def transform(self, X):
        index = self._lookup()
        docs = [self._doc(x) for x in X]
        counts = np.zeros(len(docs), dtype=np.int64)
        if self.analyzer == "word":
            get = index.get
            ids: list[int] = []
            n_units = []
            for toks in docs:
                units = self._units(toks)
                ids.extend(map(get, units, repeat(-1, len(units))))
                n_units.append(len(units))
            counts = np.array(n_units, dtype=np.int64)
            cols = np.array(ids, dtype=np.int64)
        else:
            cache = self.__dict__.get("_cache")
            if cache is None or len(cache) > _CACHE_LIMIT:
                cache = self._cache = {}
            parts = []
            empty = np.zeros(0, dtype=np.int64)
            for i, toks in enumerate(docs):
                n = 0
                for t in toks:
                    arr = cache.get(t)
                    if arr is None:
                        found = [j for j in map(index.get, self._char_grams(t)) if j is not None]
                        arr = cache[t] = np.array(found, dtype=np.int64) if found else empty
                    parts.append(arr)
                    n += len(arr)
                counts[i] = n
            cols = np.concatenate(parts) if parts else empty
        rows = np.repeat(np.arange(len(docs)), counts)
        keep = cols >= 0
        rows, cols = rows[keep], cols[keep]
        indptr = np.zeros(len(docs) + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=len(docs)), out=indptr[1:])
        X = sp.csr_matrix((np.ones(len(cols), dtype=np.float64), cols, indptr), shape=(len(docs), self.n_features_out_))
        X.sum_duplicates()  # duplicates summed: term frequencies
        return self._weigh(X)

    def get_feature_names_out(self, input_features=None):
        return self.feature_names_.astype(object)


# Token → accent-stripped folded form; shared with the explanation spans in narrative.py.
ASCII_CACHE: dict[str, str] = {}


def ascii_cache() -> dict[str, str]:
    """``ASCII_CACHE``, emptied first when it has grown past its bound."""
    if len(ASCII_CACHE) > _CACHE_LIMIT:
        ASCII_CACHE.clear()
    return ASCII_CACHE


def token_views(texts) -> list[tuple[list[str], list[str], list[str]]]:
    """Per text: (tokens of the folded text, the same tokens accent-stripped to ASCII, those
    ASCII tokens with each one in a negation's scope prefixed by ``text.NEGATED_MARK``)."""
    cache = ascii_cache()
    mark = T.NEGATED_MARK
    out = []
    for t in texts:
        prepared = T.prepare(t)
        toks = T.tokenize(prepared)
        ascii_toks, marked = [], []
        for tok, negated in zip(toks, T.negation_scope(prepared), strict=True):
            a = cache.get(tok)
            if a is None:
                a = cache[tok] = T._ascii_view(tok)
            if a:
                ascii_toks.append(a)
                marked.append(mark + a if negated else a)
        out.append((toks, ascii_toks, marked))
    return out
