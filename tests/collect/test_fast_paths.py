"""The ingest fast paths give what the plain reference code gives.

Each reference below is the code the fast path replaced, kept here verbatim so the two can be
compared on tricky inputs (Vietnamese with and without accents, NFD text, look-alike letters,
HTML entities, odd whitespace, empty text) and on whatever hypothesis finds.
"""

from __future__ import annotations

import random
import re
import unicodedata
import zlib

import nh3
import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from classifiers.text import strip_accents
from monitor.ingest import dedupe, normalize


def shingle_hashes_reference(normalized: str, k: int = dedupe.SHINGLE) -> np.ndarray:
    """32-bit hashes of the word k-shingles, one text at a time."""
    words = normalized.split()
    if not words:
        return np.empty(0, dtype=np.uint64)
    h = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))
    if len(h) >= k:
        acc = h[: len(h) - k + 1].copy()
        for j in range(1, k):
            acc = acc * dedupe._MIX + h[j : len(h) - k + 1 + j]  # wraps modulo 2^64 by design
        h = acc
    else:
        h = np.array([np.bitwise_xor.reduce(h * dedupe._MIX)], dtype=np.uint64)
    return np.unique((h ^ (h >> np.uint64(29))) & dedupe._MAX32)


def minhash_of_reference(normalized: str) -> MinHash | None:
    """A datasketch MinHash object of the text's word shingles (what each item had before)."""
    hv = shingle_hashes_reference(normalized)
    if hv.size == 0:
        return None
    tpl, perm_a, perm_b = dedupe._permutations()
    with np.errstate(over="ignore"):
        sig = (((hv.reshape(-1, 1) * perm_a) + perm_b) % dedupe._PRIME & dedupe._MAX32).min(axis=0)
    return MinHash(hashvalues=sig, permutations=tpl.permutations, scheme=tpl.scheme)


TRICKY = [
    "",
    " ",
    "\n\n",
    "Bầu cử đại biểu Quốc hội",
    "bau cu dai bieu quoc hoi gian lan",
    unicodedata.normalize("NFD", "Hội đồng nhân dân tỉnh Đắk Lắk"),
    "HÐND tỉnh ðã họp",  # Ð U+00D0 / ð U+00F0 written for Đ / đ
    "\u0189iều lệ",  # Ɖ U+0189
    "Thông báo &amp; hướng dẫn &lt;p&gt;bỏ phiếu&lt;/p&gt; &nbsp;ngày 23/5",
    "<p>Bầu cử</p>\r\n<p>  tổ   bầu cử  số 5 </p>",
    "a\u2028b \u2029 c\x85d\x1ce",  # whitespace str.split() sees but the space regex does not
    "tab\there\u00a0nbsp\u3000ideographic\u2009thin  \n \n  next",
    "\u0345\u0399 ΣΊΣΥΦΟΣ ﬁ ß İstanbul",  # case folding that changes length or composition
    "Tiếng Việt có dấu – “ngoặc kép” … và số ²³ ½ Ⅻ",
    "The election results will be announced by the polling station",
    "选举 选民 投票",
    "\ufeff\u200bzero\u200dwidth",
    "x" * 900 + " bầu cử",  # the language sample stops at 800 characters
]


# --- references (the code before the fast paths) ---------------------------------------------


def collapse_reference(s: str, keep_lines: bool = False) -> str:
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    if not keep_lines:
        return " ".join(s.split())
    s = normalize._SPACES_RE.sub(" ", s)
    return normalize._NEWLINES_RE.sub("\n", s).strip()


def detect_language_reference(text: str, hint: str | None = None) -> str:
    sample = text[:800]
    letters = len(normalize._LETTER_RE.findall(sample))
    if letters == 0:
        return normalize._hint_lang(hint) or "vi"
    vi = len(normalize._VI_LETTER_RE.findall(sample))
    if vi / letters > 0.03:
        return "vi"
    words = re.findall(r"[a-z]+", sample.casefold())
    if words:
        vi_words = sum(1 for w in words if w in normalize._VI_ASCII_WORDS)
        en_words = sum(1 for w in words if w in normalize._EN_ASCII_WORDS)
        if vi_words >= 2 and vi_words > 2 * en_words:
            return "vi"
        if en_words >= 2 and en_words > 2 * vi_words and vi == 0:
            return "en"
    if letters < 20 and normalize._hint_lang(hint):
        return normalize._hint_lang(hint)
    return normalize._langid_classify(sample)


def search_text_reference(title: str, text: str) -> str:
    return strip_accents(unicodedata.normalize("NFC", f"{title}\n{text}".casefold()))


def normalized_for_hash_reference(title: str, text: str) -> str:
    s = strip_accents(unicodedata.normalize("NFC", f"{title}\n{text}").casefold())
    return " ".join(re.findall(r"\w+", s))


def html_to_text_reference(value: str | None, keep_lines: bool = True) -> str:
    if not value:
        return ""
    s = value
    for _ in range(3):
        if "<" not in s and "&" not in s:
            break
        s = nh3.clean(s, tags=normalize._BLOCK_TAGS, attributes={}, strip_comments=True)
        s = normalize._TAG_RE.sub("\n", s)
        s = normalize.html.unescape(s)
        if not normalize._MARKUP_RE.search(s):
            break
    else:
        s = normalize._MARKUP_RE.sub(" ", s)
    return collapse_reference(normalize.clean_unicode(s), keep_lines=keep_lines)


class ClusterIndexReference:
    """The datasketch MinHashLSH + MinHash.jaccard index, candidates taken oldest first (datasketch
    returns them in set order, so ties went to an arbitrary one of the equals)."""

    def __init__(self, threshold: float = 0.6, max_items: int = 30_000):
        self.threshold, self.max_items = threshold, max_items
        self._lsh = MinHashLSH(threshold=threshold, num_perm=dedupe.NUM_PERM)
        self._sigs: dict[int, tuple] = {}
        self._by_hash: dict[str, str] = {}
        self._n = 0

    def _remember(self, chash, cluster, mh):
        self._by_hash.setdefault(chash, cluster)
        if mh is None:
            return
        self._n += 1
        self._lsh.insert(self._n, mh)
        self._sigs[self._n] = (mh, cluster)
        while len(self._sigs) > self.max_items:
            old = next(iter(self._sigs))
            del self._sigs[old]
            self._lsh.remove(old)
        if len(self._by_hash) > 4 * self.max_items:
            self._by_hash.clear()

    def _minhash(self, title, text):
        normalized = normalized_for_hash_reference(title, text)
        return minhash_of_reference(normalized) if len(normalized.split()) >= dedupe.MIN_WORDS else None

    def assign(self, chash, title, text):
        if chash in self._by_hash:
            return self._by_hash[chash]
        mh = self._minhash(title, text)
        cluster = None
        if mh is not None:
            best = 0.0
            for key in sorted(self._lsh.query(mh)):
                other, other_cluster = self._sigs[key]
                sim = mh.jaccard(other)
                if sim >= self.threshold and sim > best:
                    best, cluster = sim, other_cluster
        cluster = cluster or chash[:32]
        self._remember(chash, cluster, mh)
        return cluster

    def add_existing(self, chash, cluster_key, title, text):
        if chash not in self._by_hash:
            self._remember(chash, cluster_key or chash[:32], self._minhash(title, text))

    def __len__(self):
        return len(self._sigs)


# --- normalize ---------------------------------------------------------------------------------


@pytest.mark.parametrize("s", TRICKY + [t + "\n\n " + u for t in TRICKY for u in TRICKY[:6]])
@pytest.mark.parametrize("keep_lines", [True, False])
def test_collapse_matches_reference_on_tricky_text(s, keep_lines):
    assert normalize.collapse(s, keep_lines) == collapse_reference(s, keep_lines)


_WHITESPACE = [chr(c) for c in range(0x3001) if chr(c).isspace()]


@hsettings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WHITESPACE + ["a", "đ", "\u0301", "\u200b", "<", "&"]), max_size=30).map("".join))
def test_collapse_matches_reference_on_whitespace_soup(s):
    assert normalize.collapse(s, keep_lines=True) == collapse_reference(s, keep_lines=True)


@hsettings(max_examples=300, deadline=None)
@given(st.text())
def test_collapse_matches_reference_on_any_text(s):
    assert normalize.collapse(s, keep_lines=True) == collapse_reference(s, keep_lines=True)


@pytest.mark.parametrize("s", TRICKY)
def test_html_to_text_matches_reference(s):
    assert normalize.html_to_text(s) == html_to_text_reference(s)
    assert normalize.html_to_text(f"<div>{s}</div><p>{s}</p>") == html_to_text_reference(f"<div>{s}</div><p>{s}</p>")


@hsettings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<br>",
                "<b>",
                "<script>",
                "</script>",
                "&lt;",
                "&amp;",
                "&nbsp;",
                "<!--",
                "-->",
                " ",
                "\n",
                "Bầu cử",
                "HÐND",
                "x",
            ]
        ),
        max_size=25,
    ).map("".join)
)
def test_html_to_text_matches_reference_on_markup_soup(s):
    assert normalize.html_to_text(s) == html_to_text_reference(s)


_VI_MIX = st.lists(
    st.sampled_from(
        [
            "bầu",
            "cử",
            "bau",
            "cu",
            "the",
            "election",
            "and",
            "vote",
            "ĐBQH",
            "Ð",
            "x",
            "²",
            "½",
            "7",
            " ",
            "\n",
            "选举",
            "à",
            "a\u0300",
            "_",
            "-",
            "Ω",
        ]
    ),
    max_size=120,
).map(" ".join)


@pytest.mark.parametrize("s", TRICKY + ["bầu " * 3 + "x" * 200, "ă" + "b" * 40, "Đ" + "b" * 33, "Đ" + "b" * 32])
def test_detect_language_matches_reference(s):
    for hint in (None, "vi", "en-US"):
        assert normalize.detect_language(s, hint) == detect_language_reference(s, hint)


@hsettings(max_examples=300, deadline=None)
@given(_VI_MIX, st.sampled_from([None, "vi", "en"]))
def test_detect_language_matches_reference_on_mixed_text(s, hint):
    assert normalize.detect_language(s, hint) == detect_language_reference(s, hint)


@pytest.mark.parametrize("title", TRICKY[:8])
@pytest.mark.parametrize("text", TRICKY)
def test_search_text_and_hash_text_match_reference(title, text):
    assert normalize.search_text(title, text) == search_text_reference(title, text)
    assert dedupe.normalized_for_hash(title, text) == normalized_for_hash_reference(title, text)


@hsettings(max_examples=300, deadline=None)
@given(st.text(), st.text())
def test_search_text_and_hash_text_match_reference_on_any_text(title, text):
    assert normalize.search_text(title, text) == search_text_reference(title, text)
    assert dedupe.normalized_for_hash(title, text) == normalized_for_hash_reference(title, text)


# --- near-duplicate clusters -------------------------------------------------------------------


@hsettings(max_examples=100, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=300).map(lambda t: normalized_for_hash_reference("", t)), max_size=20))
def test_signatures_equal_the_per_text_minhash(texts):
    texts = [t for t in texts if len(t.split()) >= dedupe.SHINGLE]
    sigs = dedupe.signatures(texts)
    assert sigs.shape == (len(texts), dedupe.NUM_PERM)
    for text, sig in zip(texts, sigs, strict=True):
        assert np.array_equal(sig, minhash_of_reference(text).hashvalues)


def test_signatures_of_long_texts_span_blocks():
    rng = random.Random(3)
    words = "bau cu dai bieu quoc hoi to ban xa phuong".split()
    texts = [" ".join(rng.choice(words) for _ in range(n)) for n in (3, 5000, 4, 2047, 2048, 2049, 3, 9000)]
    for text, sig in zip(texts, dedupe.signatures(texts), strict=True):
        assert np.array_equal(sig, minhash_of_reference(text).hashvalues)
    with pytest.raises(ValueError):
        dedupe.signatures(["too short"])


def _campaign(rng: random.Random, n: int) -> list[tuple[str, str, str]]:
    """Look-alike posts: a few base texts, each copy with words dropped, added or changed."""
    vocab = "bầu cử đại biểu Quốc hội Hội đồng nhân dân cử tri khu vực bỏ phiếu tổ ủy ban tỉnh".split()
    bases = [[rng.choice(vocab) for _ in range(rng.randint(2, 40))] for _ in range(25)]
    out = []
    for _ in range(n):
        words = list(rng.choice(bases))
        for _ in range(rng.randint(0, 4)):
            op = rng.random()
            if op < 0.3 and words:
                words.pop(rng.randrange(len(words)))
            elif op < 0.6:
                words.insert(rng.randrange(len(words) + 1), rng.choice(vocab))
            elif words:
                words[rng.randrange(len(words))] = rng.choice(vocab)
        text = " ".join(words)
        out.append((dedupe.content_hash("", text), "", text))
    return out


@pytest.mark.parametrize("seed,max_items", [(0, 30_000), (1, 40), (2, 7), (3, 1)])
def test_cluster_index_matches_datasketch_reference(seed, max_items):
    rng = random.Random(seed)
    stored = [(h, f"k{i % 5}" if i % 3 else None, t, x) for i, (h, t, x) in enumerate(_campaign(rng, 150))]
    entries = _campaign(rng, 800)
    ref = ClusterIndexReference(max_items=max_items)
    for row in stored:
        ref.add_existing(*row)
    expected = [ref.assign(*e) for e in entries]
    fast = dedupe.ClusterIndex.from_rows(stored, max_items=max_items)
    got, i = [], 0
    while i < len(entries):  # batches of all sizes, and single assigns
        n = rng.randint(1, 120)
        got += fast.assign_many(entries[i : i + n]) if n > 1 else [fast.assign(*entries[i])]
        i += n
    assert got == expected
    assert len(fast) == len(ref)
    assert len(set(got)) < len(got)  # the campaign did cluster
