"""Pure: canonical URLs, content hashes, dedupe keys and near-duplicate clusters.

Two kinds of sameness matter here. *Exact*: the same entry seen again (next fetch, after a crash,
listed twice in one feed) must be stored once per source — that is the `dedupe_key`. *Near*: the
same text pushed by many sites and accounts, with a changed headline or a "Chia sẻ ngay!" tacked
on, should land in one cluster across sources — that is the `cluster_key`, from MinHash LSH over
word shingles.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
import unicodedata
import zlib
from collections.abc import Iterable, Sequence
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

import numpy as np

from classifiers.text import strip_accents

MAX_KEY_LEN = 300  # items.dedupe_key is VARCHAR(300)

# Query parameters that say who shared a link, not what it points at.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "zarsrc",
        "zaloid",
        "_hsenc",
        "_hsmi",
        "ref",
        "ref_src",
        "ref_url",
        "cmpid",
        "mkt_tok",
        "spm",
        "__tn__",
        "__cft__",
        "__xts__",
        "mibextid",
        "rcm",
        "vn_source",
        "vn_medium",
        "vn_campaign",
        "vn_term",
        "vn_content",
        "gidzl",
        "ved",
        "usg",
        "sfnsn",
        "trk",
    }
)
TRACKING_PREFIXES = ("utm_", "at_", "pk_", "hsa_", "oly_", "vero_", "_ga", "_gl")
DROP_HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.")
_SLASHES_RE = re.compile(r"/{2,}")
_DEFAULT_PORTS = {"http": "80", "https": "443"}


def _is_tracking(key: str) -> bool:
    k = key.lower()
    return k in TRACKING_PARAMS or k.startswith(TRACKING_PREFIXES)


def canonical_url(url: str | None) -> str | None:
    """One spelling per page: lower-case scheme and host, no www./m., no tracking parameters,
    no fragment, no trailing slash, sorted query. Non-web URLs give None."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # e.g. "http://[::1" or a non-numeric port
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    for prefix in DROP_HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix) :]
            break
    # http and https of the same page are the same page for our purposes.
    scheme = "https"
    netloc = host if port is None or str(port) in _DEFAULT_PORTS.values() else f"{host}:{port}"
    # Re-quote the path so "%C4%91" and "đ" compare equal.
    path = quote(unquote(parts.path), safe="/:@!$&'()*+,;=-._~") or "/"
    path = _SLASHES_RE.sub("/", path)
    if len(path) > 1:
        path = path.rstrip("/")
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k))
    q = urlencode(query, quote_via=quote)
    return urlunsplit((scheme, netloc, "" if path == "/" else path, q, ""))


_WORD_RE = re.compile(r"\w+")
# For ASCII text, \w is [A-Za-z0-9_]: every other byte becomes a space and split() finds the words.
_ASCII_NON_WORD_TO_SPACE = bytes(c if c < 128 and _WORD_RE.match(chr(c)) else 32 for c in range(256))


def _words(s: str) -> str:
    """The \\w+ runs of `s` joined by single spaces."""
    if s.isascii():  # what accent stripping leaves of Vietnamese text: bytes.translate, 4x faster
        return b" ".join(s.encode("ascii").translate(_ASCII_NON_WORD_TO_SPACE).split()).decode("ascii")
    return " ".join(_WORD_RE.findall(s))


# The content hash and the search text (normalize) and the cluster index (store) ask for the same
# texts, a whole feed apart: big enough for a feed's entries (a few MB at most).
@functools.lru_cache(maxsize=2048)
def folded_text(title: str, text: str) -> str:
    """NFC, case-folded and accent-stripped title + text (what the content hash reads words from)."""
    return strip_accents(unicodedata.normalize("NFC", f"{title}\n{text}").casefold())


@functools.lru_cache(maxsize=2048)
def normalized_for_hash(title: str, text: str) -> str:
    """The text the content hash sees: case-folded, accent-stripped words only."""
    return _words(folded_text(title, text))


def content_hash(title: str, text: str) -> str:
    """sha256 hex of the normalized, accent-stripped text (64 chars)."""
    return hashlib.sha256(normalized_for_hash(title, text).encode("utf-8")).hexdigest()


def _bounded(prefix: str, value: str) -> str:
    key = f"{prefix}:{value}"
    if len(key) <= MAX_KEY_LEN:
        return key
    return f"{prefix}#:{hashlib.sha256(value.encode('utf-8', 'surrogatepass')).hexdigest()}"


def dedupe_key(guid: str | None, canonical: str | None, chash: str) -> str:
    """guid if present, else canonical URL, else content hash; never longer than 300 chars."""
    if guid and guid.strip():
        return _bounded("g", guid.strip())
    if canonical:
        return _bounded("u", canonical)
    return f"h:{chash}"


# --- near-duplicate clusters --------------------------------------------------------------

NUM_PERM = 64
SHINGLE = 3
MIN_WORDS = 6  # shorter texts cluster only on exact content hash ("Xem thêm" is no campaign)


@functools.cache
def _permutations() -> tuple:
    """datasketch's ``MinHash`` (seed 1) and its permutations as (1, NUM_PERM) rows ``a``, ``b``.
    Imported on first use: datasketch imports scipy.integrate (0.7 s on a slow machine), which
    every command that only reads or writes the database would pay at start-up."""
    from datasketch import MinHash

    template = MinHash(num_perm=NUM_PERM, seed=1)
    a = np.asarray(template.permutations[0], dtype=np.uint64).reshape(1, -1)
    b = np.asarray(template.permutations[1], dtype=np.uint64).reshape(1, -1)
    return template, a, b


_PRIME = np.uint64((1 << 61) - 1)
_MAX32 = np.uint64((1 << 32) - 1)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_SHIFT61 = np.uint64(61)
_SIG_BLOCK = 2048  # shingles per numpy block in `signatures`: 2048 x NUM_PERM x 8 bytes = 1 MB stays in cache
assert MIN_WORDS >= SHINGLE  # the index only signs texts `signatures` accepts


_WORD_HASHES_MAX = 50_000  # words whose crc32 `signatures` remembers before it starts afresh


class _WordHashes(dict):
    """Word → its crc32, computed on first use: a word recurs across a batch's texts, and a dict
    look-up costs half of encoding and hashing it again."""

    def __missing__(self, word: str) -> int:
        if len(self) >= _WORD_HASHES_MAX:
            self.clear()
        value = self[word] = zlib.crc32(word.encode())
        return value


_word_hashes = _WordHashes()


def signatures(normalized: Sequence[str]) -> np.ndarray:
    """MinHash signatures of many texts, one row each: the hash values datasketch's `MinHash`
    (seed 1, NUM_PERM permutations) gives for the text's word 3-shingles, each shingle hashed
    as crc32 per word mixed with _MIX (tests check this against a MinHash object per text).
    Every text needs at least `SHINGLE` words.

    One numpy pass over all the texts' shingles (in blocks, to bound memory): per text, a dozen
    numpy calls and a MinHash object cost more than the arithmetic.
    """
    return _signatures_of_words([t.split() for t in normalized])


def _signatures_of_words(words: list[list[str]]) -> np.ndarray:
    """``signatures`` of texts given as their words (``str.split`` of each)."""
    lens = np.fromiter(map(len, words), dtype=np.intp, count=len(words))
    out = np.empty((len(words), NUM_PERM), dtype=np.uint64)
    if not words:
        return out
    if lens.min() < SHINGLE:
        raise ValueError(f"every text needs at least {SHINGLE} words")
    k = SHINGLE
    h = np.fromiter(
        map(_word_hashes.__getitem__, itertools.chain.from_iterable(words)), dtype=np.uint64, count=int(lens.sum())
    )
    n = len(h) - k + 1
    acc = h[:n].copy()
    for j in range(1, k):
        acc = acc * _MIX + h[j : n + j]  # wraps modulo 2^64 by design
    ends = np.cumsum(lens)
    keep = np.ones(n, dtype=bool)
    keep[(ends[:-1, None] - np.arange(1, k)).ravel()] = False  # shingles that run into the next text
    sh = acc[keep]
    sh = (sh ^ (sh >> np.uint64(29))) & _MAX32
    counts = lens - k + 1
    firsts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    # One work array for all blocks, the arithmetic in place: fresh megabyte temporaries per block
    # cost more in page faults than the arithmetic itself.
    work = np.empty((min(_SIG_BLOCK, len(sh)), NUM_PERM), dtype=np.uint64)
    _, perm_a, perm_b = _permutations()
    high = np.empty_like(work)
    start = 0
    while start < len(words):
        stop, size = start + 1, int(counts[start])
        while stop < len(words) and size + counts[stop] <= _SIG_BLOCK:
            size += int(counts[stop])
            stop += 1
        if size > len(work):  # one text longer than a block
            work = np.empty((size, NUM_PERM), dtype=np.uint64)
            high = np.empty_like(work)
        values, top = work[:size], high[:size]
        # ((h * a) + b) % prime & max32, datasketch's permutation (uint64 wraps silently on arrays)
        np.multiply(sh[firsts[start] : firsts[start] + size].reshape(-1, 1), perm_a, out=values)
        values += perm_b
        _mod_prime(values, top)
        values &= _MAX32
        out[start:stop] = np.minimum.reduceat(values, firsts[start:stop] - firsts[start], axis=0)
        start = stop
    return out


def _mod_prime(values: np.ndarray, top: np.ndarray) -> None:
    """``values %= _PRIME`` in place for the Mersenne prime 2^61 - 1, without a division: a
    value is high * 2^61 + low, which is high + low modulo the prime, and high + low is below
    twice the prime, so one subtraction at most is left (``top``: a work array of the same shape)."""
    np.right_shift(values, _SHIFT61, out=top)
    values &= _PRIME
    values += top
    np.greater_equal(values, _PRIME, out=top, casting="unsafe")
    if top.any():
        np.subtract(values, _PRIME, out=values, where=top.astype(bool))


class ClusterIndex:
    """Assigns cluster keys: the same text (give or take a few words) gets one key, whatever the
    source. Rebuild it from recent stored items with `add_existing` so clusters span runs.

    Memory stays bounded: at most `max_items` signatures are kept, oldest evicted first.

    The LSH banding is datasketch's (`MinHashLSH` picks the bands and rows for the threshold),
    but the index keeps the signatures itself, in one numpy array: a MinHash object, an LSH
    insert and a `MinHash.jaccard` call per item and candidate cost more than the whole
    signature, and look-alike campaign posts bring hundreds of candidates each.
    """

    def __init__(self, threshold: float = 0.6, max_items: int = 30_000):
        self.threshold = threshold
        self.max_items = max_items
        from datasketch import MinHashLSH  # (on first use: see ``_permutations``)

        self._bands = MinHashLSH(threshold=threshold, num_perm=NUM_PERM).hashranges
        # band → key, or keys oldest first when several share it (an int is no garbage-collected
        # container: with a list per band and item, collections ran 40 % of the index's time)
        self._tables: list[dict[bytes, int | list[int]]] = [{} for _ in self._bands]
        self._sigs = np.empty((0, NUM_PERM), dtype=np.uint64)  # row = key % max_items
        self._clusters: dict[int, str] = {}  # live key → cluster, oldest first
        self._by_hash: dict[str, str] = {}  # content hash → cluster key
        self._n = 0

    def __len__(self) -> int:
        return len(self._clusters)

    def _band_keys(self, sig: np.ndarray) -> list[bytes]:
        raw = sig.tobytes()
        return [raw[start * 8 : end * 8] for start, end in self._bands]

    def _row(self, key: int) -> int:
        return key % self.max_items

    def _remember(self, chash: str, cluster: str, sig: np.ndarray | None) -> None:
        self._by_hash.setdefault(chash, cluster)
        if sig is None:
            return
        self._n += 1
        key = self._n
        while self._clusters and len(self._clusters) >= self.max_items:
            self._forget(next(iter(self._clusters)))
        if self.max_items > 0:
            row = self._row(key)
            if row >= len(self._sigs):  # grow by doubling up to max_items rows
                grown = np.empty((min(self.max_items, max(2 * len(self._sigs), 1024)), NUM_PERM), dtype=np.uint64)
                grown[: len(self._sigs)] = self._sigs
                self._sigs = grown
            self._sigs[row] = sig
            self._clusters[key] = cluster
            for band, table in zip(self._band_keys(sig), self._tables, strict=True):
                keys = table.get(band)
                if keys is None:
                    table[band] = key
                elif type(keys) is int:
                    table[band] = [keys, key]
                else:
                    keys.append(key)
        if len(self._by_hash) > 4 * self.max_items:
            # a plain dict has no order of use; dropping it all is rare and only costs recall
            self._by_hash.clear()

    def _forget(self, key: int) -> None:
        del self._clusters[key]
        for band, table in zip(self._band_keys(self._sigs[self._row(key)]), self._tables, strict=True):
            keys = table[band]
            if type(keys) is int:
                del table[band]
            else:
                keys.remove(key)  # the oldest goes first, so it is at the front
                if len(keys) == 1:
                    table[band] = keys[0]

    def _similar(self, sig: np.ndarray) -> str | None:
        """The cluster of the most similar stored signature at or above the threshold."""
        found: set[int] = set()
        for band, table in zip(self._band_keys(sig), self._tables, strict=True):
            keys = table.get(band)
            if keys is None:
                continue
            if type(keys) is int:
                found.add(keys)
            else:
                found.update(keys)
        if not found:
            return None
        keys = sorted(found)
        rows = np.fromiter((self._row(k) for k in keys), dtype=np.intp, count=len(keys))
        sims = np.count_nonzero(self._sigs[rows] == sig, axis=1) / float(NUM_PERM)
        best = int(np.argmax(sims))  # the first (oldest) of equals, like a strict `>` in key order
        if sims[best] >= self.threshold and sims[best] > 0.0:
            return self._clusters[keys[best]]
        return None

    def assign(self, chash: str, title: str, text: str) -> str:
        """The cluster key for an item (a new key, from its hash, when nothing is similar)."""
        return self.assign_many([(chash, title, text)])[0]

    def assign_many(self, entries: Sequence[tuple[str, str, str]]) -> list[str]:
        """`assign` for (content_hash, title, text) in order; the signatures are computed in one
        numpy pass, so a later entry still clusters with an earlier one of the same batch."""
        keys = []
        for (chash, _title, _text), sig in zip(entries, self._signatures(entries), strict=True):
            if chash in self._by_hash:
                keys.append(self._by_hash[chash])
                continue
            cluster = (self._similar(sig) if sig is not None else None) or chash[:32]
            self._remember(chash, cluster, sig)
            keys.append(cluster)
        return keys

    def add_existing(self, chash: str, cluster_key: str | None, title: str, text: str) -> None:
        """Index an already stored item under the cluster key it was given."""
        self._add_existing_many([(chash, cluster_key, title, text)])

    def _add_existing_many(self, rows: Sequence[tuple[str, str | None, str, str]]) -> None:
        for (chash, cluster_key, _title, _text), sig in zip(
            rows, self._signatures([(h, t, x) for h, _k, t, x in rows]), strict=True
        ):
            if chash not in self._by_hash:
                self._remember(chash, cluster_key or chash[:32], sig)

    def _signatures(self, entries: Sequence[tuple[str, str, str]]) -> list[np.ndarray | None]:
        """Each entry's signature, None for texts too short to cluster (computed even for hashes
        already known: the hash memory may be dropped halfway through a batch)."""
        todo = {}
        for i, (_chash, title, text) in enumerate(entries):
            words = normalized_for_hash(title, text).split()
            if len(words) >= MIN_WORDS:
                todo[i] = words
        out: list[np.ndarray | None] = [None] * len(entries)
        if todo:
            for i, sig in zip(todo, _signatures_of_words(list(todo.values())), strict=True):
                out[i] = sig
        return out

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str | None, str, str]], **kw) -> ClusterIndex:
        """Build from (content_hash, cluster_key, title, text), oldest first."""
        index = cls(**kw)
        it = iter(rows)
        while chunk := list(itertools.islice(it, 1024)):
            index._add_existing_many(chunk)
        return index
