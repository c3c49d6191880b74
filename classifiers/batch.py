"""``BatchFeatures``: the fitted vectorizers of a narrative model as one batch transform.

Prediction speed is a product target (thousands of items per second on one core, explanations
included). ``NgramTfidf.transform`` does Python work per token; ``BatchFeatures`` gives the same
matrix (tested) with Python work per *distinct piece of text* only: the batch's texts are
prepared in a few whole-batch string operations (``text.prepare_batch``), each piece is mapped
once to token ids (remembered across batches, bounded), and word n-grams, the accent-stripped view
and character n-grams become array look-ups and one sparse product. For explanations it also
returns ``TokenSpans``: where each token is in the original text.
"""

from __future__ import annotations

import threading
from functools import partial
from itertools import repeat

import numpy as np
import scipy.sparse as sp
from sklearn.preprocessing import normalize as l2_normalize
from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

from classifiers import text as T
from classifiers.features import NgramTfidf

__all__ = ["BatchFeatures", "TokenSpans"]

_ID_LIMIT = 400_000  # distinct tokens remembered by a BatchFeatures before it starts afresh
_PAIR = np.int64(1 << 31)  # bigram key = first id * _PAIR + second id
_UNSEEN = -(1 << 62)
with np.errstate(divide="ignore"):
    _SUBLINEAR = 1.0 + np.log(np.arange(256, dtype=np.float64))  # 1 + log(tf) for tf < 256


class _Grow:
    """A growable int64 array (amortized appends; ``view`` is the filled part)."""

    __slots__ = ("buf", "n")

    def __init__(self, cap: int = 1024):
        self.buf = np.empty(cap, dtype=np.int64)
        self.n = 0

    def extend(self, values) -> None:
        values = np.asarray(values, dtype=np.int64)
        need = self.n + len(values)
        if need > len(self.buf):
            buf = np.empty(max(need, 2 * len(self.buf)), dtype=np.int64)
            buf[: self.n] = self.buf[: self.n]
            self.buf = buf
        self.buf[self.n : need] = values
        self.n = need

    def truncate(self, n: int) -> None:
        self.n = min(self.n, n)

    @property
    def view(self) -> np.ndarray:
        return self.buf[: self.n]


class _KeyTable:
    """A read-only open-addressing hash table from int64 keys to int64 values, looked up for a
    whole array of keys at once (a binary search per key costs ~8x more at these sizes)."""

    _MUL = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing

    def __init__(self, keys: np.ndarray, values: np.ndarray):
        bits = max(4, int(2 * max(len(keys), 1) - 1).bit_length() + 1)  # load factor ≤ 1/4
        self.shift = np.uint64(64 - bits)
        self.mask = (1 << bits) - 1
        self.keys = np.full(1 << bits, -1, dtype=np.int64)
        self.values = np.full(1 << bits, -1, dtype=np.int64)
        pending_k, pending_v = keys.astype(np.int64), values.astype(np.int64)
        slot = self._slot(pending_k)
        while len(pending_k):
            free = self.keys[slot] == -1
            # Of several keys wanting one free slot, the first takes it; the rest probe on.
            _, first = np.unique(slot[free], return_index=True)
            take = np.flatnonzero(free)[first]
            self.keys[slot[take]] = pending_k[take]
            self.values[slot[take]] = pending_v[take]
            rest = np.ones(len(pending_k), dtype=bool)
            rest[take] = False
            pending_k, pending_v, slot = pending_k[rest], pending_v[rest], (slot[rest] + 1) & self.mask

    def _slot(self, keys: np.ndarray) -> np.ndarray:
        with np.errstate(over="ignore"):
            return ((keys.astype(np.uint64) * self._MUL) >> self.shift).astype(np.int64)

    def get(self, keys: np.ndarray) -> np.ndarray:
        """The value of each key, -1 where absent (keys must be ≥ 0)."""
        out = np.full(len(keys), -1, dtype=np.int64)
        todo = np.arange(len(keys))
        slot = self._slot(keys)
        while len(todo):
            found = self.keys[slot]
            hit = found == keys[todo]
            out[todo[hit]] = self.values[slot[hit]]
            go_on = ~hit & (found != -1)
            todo, slot = todo[go_on], (slot[go_on] + 1) & self.mask
        return out


class _Block:
    """One fitted ``NgramTfidf`` compiled to arrays over a view's token ids."""

    def __init__(self, vec: NgramTfidf, intern):
        self.vec = vec
        self.word = vec.analyzer == "word"
        self.lo, self.hi = vec.ngram_range
        index = vec._lookup()
        self.index = index
        if self.word:
            keys, cols = [], []
            for name, col in index.items():
                parts = name.split(" ")
                if len(parts) == 2:
                    keys.append(intern(parts[0]) * int(_PAIR) + intern(parts[1]))
                    cols.append(col)
            self.bigrams = _KeyTable(np.array(keys, dtype=np.int64), np.array(cols, dtype=np.int64))
            self.n_bigrams = len(keys)
            self.unigram = _Grow()  # id -> column of the token itself, or -1
        else:
            self.ptr = _Grow()  # CSR rows: id -> its character n-gram columns (repeats kept)
            self.ptr.extend([0])
            self.cols = _Grow(1 << 16)
        self.done = 0  # ids [0, done) have their arrays filled

    def reset(self) -> None:
        self.done = 0
        if self.word:
            self.unigram.truncate(0)
        else:
            self.ptr.truncate(1)
            self.cols.truncate(0)

    def grow(self, strings: list[str]) -> None:
        """Fill the arrays for ids added since the last batch."""
        new = strings[self.done :]
        if not new:
            return
        get = self.index.get
        if self.word:
            self.unigram.extend([get(s, -1) for s in new])
        else:
            end = self.ptr.view[-1]
            lens = []
            for s in new:
                found = [j for j in map(get, self.vec._char_grams(s)) if j is not None]
                self.cols.extend(found)
                lens.append(len(found))
            self.ptr.extend(end + np.cumsum(lens))
        self.done = len(strings)

    def counts(self, ids: np.ndarray, docs: np.ndarray, n_docs: int, n_ids: int) -> sp.csr_matrix:
        """Term counts per document for one view's ids (``docs`` sorted, one per id)."""
        shape = (n_docs, self.vec.n_features_out_)
        if self.word:
            rows, cols = [], []
            if self.lo <= 1:
                u = self.unigram.view[ids]
                hit = u >= 0
                rows.append(docs[hit])
                cols.append(u[hit])
            if self.hi >= 2 and len(ids) > 1 and self.n_bigrams:
                same = docs[:-1] == docs[1:]
                col = self.bigrams.get(ids[:-1][same] * _PAIR + ids[1:][same])
                hit = col >= 0
                rows.append(docs[:-1][same][hit])
                cols.append(col[hit])
            r = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
            c = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
            # Sorted distinct (document, column) pairs with their counts: a canonical CSR.
            key, tf = np.unique(r * shape[1] + c, return_counts=True)
            indptr = np.zeros(n_docs + 1, dtype=np.int64)
            np.cumsum(np.bincount(key // shape[1], minlength=n_docs), out=indptr[1:])
            return sp.csr_matrix((tf.astype(np.float64), key % shape[1], indptr), shape=shape)
        D = sp.csr_matrix((np.ones(len(ids)), ids, _indptr(docs, n_docs)), shape=(n_docs, n_ids))
        ptr = self.ptr.view
        W = sp.csr_matrix((np.ones(ptr[-1]), self.cols.view, ptr), shape=(n_ids, shape[1]))
        # Each row of the product has distinct columns (their order does not matter downstream).
        return D @ W

    def tfidf(self, X: sp.csr_matrix) -> sp.csr_matrix:
        if self.vec.sublinear_tf:
            # Counts are small whole numbers: look 1 + log(tf) up instead of computing it.
            tf = X.data.astype(np.int64)
            if len(tf) and tf.max() < len(_SUBLINEAR):
                X.data = _SUBLINEAR[tf]
            else:
                np.log(X.data, out=X.data)
                X.data += 1.0
        X.data *= self.vec.idf_[X.indices]
        return l2_rows(X)


def l2_rows(X):
    """``sklearn.preprocessing.normalize(X, copy=False)``: for the finite float64 CSR matrices
    made here, the in-place routine it calls, without its argument checks (~0.2 ms a call, several
    calls a batch)."""
    if sp.isspmatrix_csr(X) and X.dtype == np.float64:
        inplace_csr_row_normalize_l2(X)
        return X
    return l2_normalize(X, copy=False)


def _indptr(docs: np.ndarray, n_docs: int) -> np.ndarray:
    indptr = np.zeros(n_docs + 1, dtype=np.int64)
    np.cumsum(np.bincount(docs, minlength=n_docs), out=indptr[1:])
    return indptr


class BatchFeatures:
    """The fitted ``NgramTfidf`` list of a ``FeatureUnion`` as one batch transform of raw texts.

    Gives the same matrix as ``union.transform(token_views(texts))`` (tested; each block times its
    ``scale``, the union's transformer weight), in a handful of numpy operations per batch
    instead of Python work per token: each distinct piece of prepared text is mapped once to
    token ids (remembered), and word n-grams, the accent-stripped view, the negation marks and
    character n-grams are then array look-ups and one sparse product. Not stored with the model;
    built on first use. Thread-safe (one batch at a time).
    """

    def __init__(self, vectorizers: list[NgramTfidf], scale=None):
        self.vectorizers = vectorizers
        self.scale = [1.0] * len(vectorizers) if scale is None else [float(w) for w in scale]
        # View 0: folded tokens; view 1: their accent-stripped ASCII forms (empty ones dropped).
        # View 2 (negation marks) has no table of its own: id 2j is view-1 token j, id 2j + 1 the
        # same token marked as in a negation's scope.
        self._ids: list[dict[str, int]] = [{}, {}]
        self._strings: list[list[str]] = [[], []]
        self.blocks = [_Block(v, self._interner(v.view)) for v in vectorizers]
        self._negation = any(v.view == 2 for v in vectorizers)
        self._base = [len(s) for s in self._strings]  # ids the bigram tables refer to
        self._to_ascii = _Grow()  # view-0 id -> view-1 id, or -1
        self._role = _Grow()  # view-0 id -> 1 negation word, 2 scope-breaking word, 0 other
        # Piece of prepared text -> 2 * code + (1 if the piece ends a clause); code: the token id,
        # -1 (no token), <= -2 (several tokens).
        self._pieces: dict[str, int] = {}
        # Pieces of several tokens, as flat tables: group k's tokens are _multi_ids[at:at + len]
        # (at = _multi_at[k], len = _multi_len[k]), each starting _multi_rel[...] into the piece.
        self._multi_at, self._multi_len, self._multi_ids, self._multi_rel = _Grow(), _Grow(), _Grow(), _Grow()
        self._length = _Grow()  # view-0 id -> token length
        self._terms = _TermIds(self._ids[1])  # explanation term -> its syllables' view-1 ids
        self._lock = threading.Lock()

    @classmethod
    def of_union(cls, union) -> BatchFeatures | None:
        """The batch transform of a fitted ``FeatureUnion`` of ``NgramTfidf``, with its
        transformer weights; None when ``supports`` says no."""
        vecs = [v for _, v in union.transformer_list]
        if not cls.supports(vecs):
            return None
        weights = union.transformer_weights or {}
        return cls(vecs, [weights.get(name, 1.0) for name, _ in union.transformer_list])

    @staticmethod
    def supports(vectorizers) -> bool:
        for v in vectorizers:
            if not isinstance(v, NgramTfidf) or v.view not in (0, 1, 2):
                return False
            lo, hi = v.ngram_range
            if v.analyzer == "word" and not (1 <= lo <= hi <= 2):
                return False
            if v.analyzer not in ("word", "char_wb"):
                return False
        return True

    def _start_afresh(self) -> None:
        # New dicts, not cleared ones: a TokenSpans handed out earlier (explanations are located
        # outside the lock) keeps the ids it was made with.
        for view in (0, 1):
            strings = self._strings[view][: self._base[view]]
            self._strings[view][:] = strings
            self._ids[view] = {s: i for i, s in enumerate(strings)}
        self._to_ascii.truncate(0)
        self._role.truncate(0)
        self._length.truncate(0)
        self._pieces.clear()
        self._terms = _TermIds(self._ids[1])
        for g in (self._multi_at, self._multi_len, self._multi_ids, self._multi_rel):
            g.truncate(0)
        for b in self.blocks:
            b.reset()

    def _interner(self, view: int):
        """Token string -> id in ``view`` (added when new), for a block's vocabulary."""
        if view != 2:
            return partial(self._intern, view)
        mark = T.NEGATED_MARK

        def marked(tok: str) -> int:
            negated = tok.startswith(mark)
            return 2 * self._intern(1, tok[len(mark) :] if negated else tok) + negated

        return marked

    def _intern(self, view: int, tok: str) -> int:
        ids, strings = self._ids[view], self._strings[view]
        i = ids.get(tok)
        if i is None:
            i = ids[tok] = len(strings)
            strings.append(tok)
        return i

    def _piece_code(self, piece: str) -> int:
        spans = T.chunk_spans(piece)
        if len(spans) == 1 and spans[0][1] == 0:  # one token at the start of the piece
            code = self._intern(0, spans[0][0])
        elif not spans:
            code = -1
        else:  # several tokens, or one after punctuation ("(bầu"): a group with the starts
            code = -2 - self._multi_len.n
            self._multi_at.extend([self._multi_ids.n])
            self._multi_len.extend([len(spans)])
            self._multi_ids.extend([self._intern(0, tok) for tok, _, _ in spans])
            self._multi_rel.extend([start for _, start, _ in spans])
        code = 2 * code + T.ends_clause(piece)
        self._pieces[piece] = code
        return code

    def transform(self, texts, spans: bool = False):
        """The feature matrix of ``texts``; with ``spans``, also their ``TokenSpans``."""
        with self._lock:
            return self._transform([t if isinstance(t, str) else str(t) for t in texts], spans)

    def _transform(self, texts: list[str], want_spans: bool = False):
        if max(len(self._strings[0]), len(self._strings[1]), len(self._pieces) // 2) > _ID_LIMIT:
            self._start_afresh()
        n_docs = len(texts)
        if not n_docs:
            X = sp.csr_matrix((0, sum(v.n_features_out_ for v in self.vectorizers)))
            if not want_spans:
                return X
            none = np.zeros(0, dtype=np.int64)
            return X, TokenSpans([], [], [], np.zeros(1, dtype=np.int64), none, none, none, self._ids[1], self._terms)
        prepared = T.prepare_batch(texts)
        pieces: list[str] = []
        per_doc = []
        for doc in prepared:
            p = doc.split()
            pieces.extend(p)
            per_doc.append(len(p))
        code = np.fromiter(map(self._pieces.get, pieces, repeat(_UNSEEN)), dtype=np.int64, count=len(pieces))
        for i in np.flatnonzero(code == _UNSEEN).tolist():
            code[i] = self._pieces[pieces[i]] if pieces[i] in self._pieces else self._piece_code(pieces[i])
        ends_clause = code & 1
        code >>= 1
        piece_doc = np.repeat(np.arange(n_docs, dtype=np.int64), per_doc)
        if want_spans:
            # Where each piece starts in its prepared text with pieces one space apart (a token
            # not at the start of its piece is in a group, with its own start).
            step = np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces)) + 1
            ends = np.concatenate([[0], np.cumsum(step)])
            piece_start = ends[:-1] - np.repeat(ends[np.cumsum(per_doc) - per_doc], per_doc)
        multi = code <= -2
        if multi.any():
            # Pieces of several tokens: expand each to its tokens (ids and starts from flat tables).
            where = np.flatnonzero(multi)
            group = -2 - code[where]
            group_len = self._multi_len.view[group]
            lens = np.ones(len(code), dtype=np.int64)
            lens[code == -1] = 0
            lens[where] = group_len
            first = np.cumsum(lens) - lens
            inner = np.arange(int(group_len.sum())) - np.repeat(np.cumsum(group_len) - group_len, group_len)
            dest = np.repeat(first[where], group_len) + inner
            src = np.repeat(self._multi_at.view[group], group_len) + inner
            ids0 = np.repeat(code, lens)
            ids0[dest] = self._multi_ids.view[src]
            docs0 = np.repeat(piece_doc, lens)
            if want_spans:
                starts0 = np.repeat(piece_start, lens)
                starts0[dest] += self._multi_rel.view[src]
        else:
            lens = (code >= 0).astype(np.int64)
            keep = code >= 0
            ids0, docs0 = code[keep], piece_doc[keep]
            if want_spans:
                starts0 = piece_start[keep]
        self._grow_tokens()
        a = self._to_ascii.view[ids0]
        keep = a >= 0
        ids1, docs1 = a[keep], docs0[keep]
        ids2 = 2 * ids1 + self._negated(ids0, docs0, lens, ends_clause)[keep] if self._negation else None
        X = self._matrix(n_docs, ((ids0, docs0), (ids1, docs1), (ids2, docs1)))
        if not want_spans:
            return X
        if len(self._terms) > _ID_LIMIT:
            self._terms = _TermIds(self._ids[1])
        # Length of each prepared text collapsed: its pieces plus one space between each two.
        last = np.cumsum(per_doc)
        collapsed_len = np.maximum(ends[last] - ends[last - per_doc] - 1, 0).tolist()
        ends0 = starts0 + self._length.view[ids0]
        spans = TokenSpans(
            texts, prepared, collapsed_len, _indptr(docs0, n_docs), a, starts0, ends0, self._ids[1], self._terms
        )
        return X, spans

    def _matrix(self, n_docs: int, views) -> sp.csr_matrix:
        """The blocks' TF-IDF matrices side by side; ``views``: (token ids, their documents) of
        views 0, 1 and 2."""
        blocks = []
        for b, scale in zip(self.blocks, self.scale, strict=True):
            view = b.vec.view
            strings = _MarkedStrings(self._strings[1]) if view == 2 else self._strings[view]
            b.grow(strings)
            ids, docs = views[view]
            X = b.tfidf(b.counts(ids, docs, n_docs, len(strings)))
            if scale != 1.0:
                X.data *= scale
            blocks.append(X)
        return sp.hstack(blocks, format="csr")

    def _negated(self, ids0, docs0, lens, ends_clause) -> np.ndarray:
        """1 for each token (view-0 ``ids0`` of documents ``docs0``, from pieces of ``lens``
        tokens each, ``ends_clause`` 1 where a piece ends its clause) in a negation's scope, as
        ``text.negation_scope`` decides, else 0."""
        n = len(ids0)
        if not n:
            return np.zeros(0, dtype=np.int64)
        role = self._role.view[ids0]
        negation, breaks = role == 1, role == 2
        # Clause number of each token: clauses end after a piece that ends one, at a document's
        # end, and before a scope-breaking word; each adds to a running count.
        before = np.cumsum(ends_clause) - ends_clause  # clause-ending pieces before each piece
        clause = np.repeat(before, lens) + docs0 + np.cumsum(breaks)
        first = np.ones(n, dtype=bool)
        first[1:] = clause[1:] != clause[:-1]
        start = np.maximum.accumulate(np.where(first, np.arange(n), 0))
        seen = np.cumsum(negation) - negation  # negation words before each token
        return ((seen > seen[start]) & (role == 0)).astype(np.int64)

    def _grow_tokens(self) -> None:
        """Accent-stripped view id, role and length of every token added since the last batch."""
        strings0, strings1, ids1_of = self._strings[0], self._strings[1], self._ids[1]
        if self._to_ascii.n >= len(strings0):
            return
        new, lengths, roles = [], [], []
        negations, breaks = T.NEGATION_WORDS, T.SCOPE_BREAK_WORDS
        for tok in strings0[self._to_ascii.n :]:
            lengths.append(len(tok))
            roles.append(1 if tok in negations else 2 if tok in breaks else 0)
            a = T._ascii_view(tok)
            if not a:
                new.append(-1)
                continue
            j = ids1_of.get(a)
            if j is None:
                j = ids1_of[a] = len(strings1)
                strings1.append(a)
            new.append(j)
        self._to_ascii.extend(new)
        self._role.extend(roles)
        self._length.extend(lengths)


class _MarkedStrings:
    """View 2's strings, read from view 1's without copying them: id 2j is view-1 string j, id
    2j + 1 the same string marked as negated. Only what ``_Block.grow`` uses: length, tail slice."""

    __slots__ = ("strings",)

    def __init__(self, strings: list[str]):
        self.strings = strings

    def __len__(self) -> int:
        return 2 * len(self.strings)

    def __getitem__(self, part: slice) -> list[str]:
        start = part.start or 0
        mark = T.NEGATED_MARK
        out = []
        for j in range(start // 2, len(self.strings)):
            out.append(self.strings[j])
            out.append(mark + self.strings[j])
        return out[start % 2 :]


# Characters ``str.split()`` splits on (all below U+3001; the extra last entry stands for the rest).
_SPACE = np.array([chr(cp).isspace() for cp in range(0x3001)] + [False], dtype=bool)


def _piece_starts(s: str) -> np.ndarray:
    """Start offsets of the whitespace-separated pieces of ``s`` (those of ``s.split()``)."""
    cp = np.frombuffer(s.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    space = _SPACE[np.minimum(cp, len(_SPACE) - 1)]
    before = np.ones(len(cp), dtype=bool)
    before[1:] = space[:-1]
    return np.flatnonzero(~space & before)


def _to_spaced(collapsed: str, spaced: str, starts: np.ndarray, ends: np.ndarray):
    """Map offsets in ``collapsed`` (= ``" ".join(spaced.split())``) to offsets in ``spaced``."""
    inner = spaced.strip()
    if len(inner) == len(collapsed):  # only leading/trailing whitespace differs
        shift = len(spaced) - len(spaced.lstrip())
        return starts + shift, ends + shift
    in_c, in_s = _piece_starts(collapsed), _piece_starts(spaced)
    shift = (in_s - in_c)[np.searchsorted(in_c, starts, side="right") - 1]
    return starts + shift, ends + shift


class _TermIds(dict):
    """Explanation term -> the view-1 ids of its syllables (-2: a syllable no token has yet),
    computed on first use; a term with an unknown syllable is not remembered (it may come later)."""

    def __init__(self, ascii_index: dict[str, int]):
        super().__init__()
        self.ascii_index = ascii_index

    def __missing__(self, term: str) -> list[int]:
        get = self.ascii_index.get
        ids = [get(p, -2) for p in term.split(" ")]
        if -2 not in ids:
            self[term] = ids
        return ids


class TokenSpans:
    """Where each token of a batch's texts is in the original text, for highlighting.

    The batch transform knows its tokens' offsets in the prepared text. These are offsets in
    the original when the prepared text is the original with whitespace collapsed and case
    folded character for character (no URL or emoji replaced, already NFC): then only the
    whitespace runs need mapping back. ``row`` returns None for any other text.
    """

    def __init__(self, texts, prepared, collapsed_len, indptr, ascii_ids, starts, ends, ascii_index, terms=None):
        self.texts, self.prepared, self.indptr = texts, prepared, indptr
        self.collapsed_len = collapsed_len  # length of each prepared text with its whitespace collapsed
        self.ascii_ids, self.starts, self.ends = ascii_ids, starts, ends
        self.ascii_index = ascii_index  # accent-stripped token -> its id in ``ascii_ids``
        self._terms = _TermIds(ascii_index) if terms is None else terms  # term -> its syllables' ids

    @staticmethod
    def _replayed(folded, p, ids, starts, ends):
        """Offsets in ``p`` mapped into ``folded`` when replaying the URL and emoji replacements
        on ``folded`` gives ``p``; placeholder tokens get id -1 (they are not in the text)."""
        replayed, where = T.replay_replacements(folded)
        if replayed != p:
            return None
        first, last = where[starts], where[ends - 1]
        # A placeholder token maps all its characters to one.
        return np.where(last - first == ends - starts - 1, ids, -1), first, last + 1

    @property
    def terms(self) -> _TermIds:
        """Explanation term -> the ``ascii_ids`` of its syllables (-2: a syllable no token has)."""
        return self._terms

    def row(self, i: int) -> tuple[list[int], list[int], list[int]] | None:
        """Accent-stripped token ids (-1: none), starts and ends of text ``i``'s tokens in the
        original text, or None when the prepared text cannot be mapped back."""
        a, b = self.indptr[i], self.indptr[i + 1]
        # Offsets are in the prepared pieces joined by single spaces.
        ids, starts, ends = self.ascii_ids[a:b], self.starts[a:b], self.ends[a:b]
        if not len(starts):
            return [], [], []
        t, p = self.texts[i], self.prepared[i]
        if len(p) != self.collapsed_len[i]:
            p = " ".join(p.split())
        folded = t.casefold()
        if len(folded) != len(t):  # case folding changed lengths ("ß" → "ss"): offsets would shift
            return None
        if folded != p:
            # Try t as it is (already collapsed: the common case), then t collapsed.
            mapped = self._replayed(folded, p, ids, starts, ends)
            if mapped is None:
                collapsed = " ".join(t.split())
                if collapsed == t:
                    return None
                folded = collapsed.casefold()
                mapped = (ids, starts, ends) if folded == p else self._replayed(folded, p, ids, starts, ends)
                if mapped is None:
                    return None
                ids, starts, ends = mapped
                starts, ends = _to_spaced(collapsed, t, starts, ends)
            else:
                ids, starts, ends = mapped
        return ids.tolist(), starts.tolist(), ends.tolist()
