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
import re
import unicodedata
import zlib
from collections import OrderedDict
from collections.abc import Iterable
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

import numpy as np
from datasketch import MinHash, MinHashLSH

from classifiers.text import strip_accents

MAX_KEY_LEN = 300  # items.dedupe_key is VARCHAR(300)

# Query parameters that say who shared a link, not what it points at.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
    "zarsrc", "zaloid", "_hsenc", "_hsmi", "ref", "ref_src", "ref_url", "cmpid", "mkt_tok", "spm",
    "__tn__", "__cft__", "__xts__", "mibextid", "rcm", "vn_source", "vn_medium",
    "vn_campaign", "vn_term", "vn_content", "gidzl", "ved", "usg", "sfnsn", "trk",
})
TRACKING_PREFIXES = ("utm_", "at_", "pk_", "hsa_", "oly_", "vero_", "_ga", "_gl")
DROP_HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.")
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
            host = host[len(prefix):]
            break
    # http and https of the same page are the same page for our purposes.
    scheme = "https"
    netloc = host if port is None or str(port) in _DEFAULT_PORTS.values() else f"{host}:{port}"
    # Re-quote the path so "%C4%91" and "đ" compare equal.
    path = quote(unquote(parts.path), safe="/:@!$&'()*+,;=-._~") or "/"
    path = re.sub(r"/{2,}", "/", path)
    if len(path) > 1:
        path = path.rstrip("/")
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)
    )
    q = urlencode(query, quote_via=quote)
    return urlunsplit((scheme, netloc, "" if path == "/" else path, q, ""))


# The content hash (normalize) and the cluster index (store) ask for the same texts, a whole feed
# apart: big enough for a feed's entries (a few MB at most).
@functools.lru_cache(maxsize=2048)
def normalized_for_hash(title: str, text: str) -> str:
    """The text the content hash sees: case-folded, accent-stripped words only."""
    s = strip_accents(unicodedata.normalize("NFC", f"{title}\n{text}").casefold())
    return " ".join(re.findall(r"\w+", s))


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


_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=1)
_A = np.asarray(_TEMPLATE.permutations[0], dtype=np.uint64).reshape(1, -1)
_B = np.asarray(_TEMPLATE.permutations[1], dtype=np.uint64).reshape(1, -1)
_PRIME = np.uint64((1 << 61) - 1)
_MAX32 = np.uint64((1 << 32) - 1)
_MIX = np.uint64(0x9E3779B97F4A7C15)


def shingle_hashes(normalized: str, k: int = SHINGLE) -> np.ndarray:
    """32-bit hashes of the word k-shingles (crc32 per word, mixed in numpy: no Python loop per shingle)."""
    words = normalized.split()
    if not words:
        return np.empty(0, dtype=np.uint64)
    h = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))
    if len(h) >= k:
        acc = h[: len(h) - k + 1].copy()
        for j in range(1, k):
            acc = acc * _MIX + h[j: len(h) - k + 1 + j]  # wraps modulo 2^64 by design
        h = acc
    else:
        h = np.array([np.bitwise_xor.reduce(h * _MIX)], dtype=np.uint64)
    return np.unique((h ^ (h >> np.uint64(29))) & _MAX32)


def minhash_of(normalized: str) -> MinHash | None:
    """A datasketch MinHash of the text's word shingles (signature computed in one numpy pass)."""
    hv = shingle_hashes(normalized)
    if hv.size == 0:
        return None
    with np.errstate(over="ignore"):
        sig = (((hv.reshape(-1, 1) * _A) + _B) % _PRIME & _MAX32).min(axis=0)
    return MinHash(hashvalues=sig, permutations=_TEMPLATE.permutations, scheme=_TEMPLATE.scheme)


class ClusterIndex:
    """Assigns cluster keys: the same text (give or take a few words) gets one key, whatever the
    source. Rebuild it from recent stored items with `add_existing` so clusters span runs.

    Memory stays bounded: at most `max_items` signatures are kept, oldest evicted first.
    """

    def __init__(self, threshold: float = 0.6, max_items: int = 30_000):
        self.threshold = threshold
        self.max_items = max_items
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sigs: OrderedDict[str, tuple[MinHash, str]] = OrderedDict()  # lsh key → (minhash, cluster)
        self._by_hash: dict[str, str] = {}  # content hash → cluster key
        self._n = 0

    def __len__(self) -> int:
        return len(self._sigs)

    def _remember(self, chash: str, cluster: str, mh: MinHash | None) -> None:
        self._by_hash.setdefault(chash, cluster)
        if mh is None:
            return
        self._n += 1
        key = str(self._n)
        self._lsh.insert(key, mh)
        self._sigs[key] = (mh, cluster)
        while len(self._sigs) > self.max_items:
            old, _ = self._sigs.popitem(last=False)
            self._lsh.remove(old)
        if len(self._by_hash) > 4 * self.max_items:
            # a plain dict has no order of use; dropping it all is rare and only costs recall
            self._by_hash.clear()

    def assign(self, chash: str, title: str, text: str) -> str:
        """The cluster key for an item (a new key, from its hash, when nothing is similar)."""
        if chash in self._by_hash:
            return self._by_hash[chash]
        normalized = normalized_for_hash(title, text)
        mh = minhash_of(normalized) if len(normalized.split()) >= MIN_WORDS else None
        cluster = None
        if mh is not None:
            best = 0.0
            for key in self._lsh.query(mh):
                other, other_cluster = self._sigs[key]
                sim = mh.jaccard(other)
                if sim >= self.threshold and sim > best:
                    best, cluster = sim, other_cluster
        cluster = cluster or chash[:32]
        self._remember(chash, cluster, mh)
        return cluster

    def add_existing(self, chash: str, cluster_key: str | None, title: str, text: str) -> None:
        """Index an already stored item under the cluster key it was given."""
        if chash in self._by_hash:
            return
        normalized = normalized_for_hash(title, text)
        mh = minhash_of(normalized) if len(normalized.split()) >= MIN_WORDS else None
        self._remember(chash, cluster_key or chash[:32], mh)

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str | None, str, str]], **kw) -> ClusterIndex:
        """Build from (content_hash, cluster_key, title, text), oldest first."""
        index = cls(**kw)
        for chash, ckey, title, text in rows:
            index.add_existing(chash, ckey, title, text)
        return index
