"""Emerging narratives: what circulates about the election that no narrative in the taxonomy claims.

Discovery works on the on-topic items of a sliding window that no narrative flags
(`monitor.storage.emerging.on_topic`, the one place that decides which items count) and is pure:
rows and `now` in, ranked clusters out.

1. **Clusters.** Items sharing a near-duplicate cluster key (MinHash, `monitor.ingest.dedupe`) or a content
   hash are one story from the start. A looser similarity joins stories told in other words: TF-IDF
   over syllable uni- and bigrams of the case-folded, accent-stripped view (so "bầu cử" and the
   unaccented "bau cu" of social posts are one term), function words removed, each item kept to
   its `TOP_TERMS` heaviest terms; two items whose cosine is at least `threshold` join (single
   link), then groups whose centroids are close (`MERGE_THRESHOLD`) join. Keeping few terms per
   item is what makes 100,000 items a sparse product of seconds. Retellings in quite different
   words can stay separate clusters (bag-of-words similarity); copies and close rewordings join.
2. **Rank.** Against each cluster's own history in the window: `recent` = items in the last 24 h,
   `growth` = recent / max(1, mean daily count over the earlier days of the window); the score
   multiplies growth by the log of recent items and of distinct sources in the last 24 h, so a
   claim that is new, spreading and crossing sources outranks steady routine news.
3. **Label.** The cluster's most characteristic content terms (highest mean TF-IDF inside it),
   shown in their most common accented spelling; never function words, never capitalised words
   met inside sentences (names of people and places), never numbers. Typical items: the members
   closest to the cluster's centroid.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import Counter
from dataclasses import asdict, dataclass, field

import numpy as np
import scipy.sparse as sp

from classifiers.text import fold, strip_accents
from monitor.errors import MonitorError
from monitor.outputs.alerts import Alert, alert_key

DAY = dt.timedelta(days=1)
TOP_TERMS = 8  # terms kept per item for the similarity join
LABEL_TERMS = 4
TYPICAL = 3
MAX_CHARS = 4000  # longer items are cut: a 1 MB article must not decide the window's vocabulary
MERGE_THRESHOLD = 0.35  # centroid cosine that joins two groups (second pass)
BLOCK = 4096  # rows per block of the similarity product

# Function words. Vietnamese ones are matched in their accented form ("mà" is one, "mã" is not);
# a syllable typed without accents is matched against their accent-stripped forms too (a post
# typed "ma" cannot say which it is) and against the English ones.
VI_FUNCTION_WORDS = frozenset(
    """
và với của là các những một cho được trong trên dưới tại theo về từ đến như còn bị ở ra lên rồi ơi
nhé nha thì mà để sẽ đã đang có không chưa cũng vẫn rất quá lại này kia đó đây ấy nào gì ai sao vì
nếu khi lúc sau trước nên hay hoặc hơn nhất mọi nhiều ít từng mình tôi chúng thôi vậy à ạ ừ nhỉ hả
người cái chiếc thế vào rằng bởi cùng nữa luôn nhưng mà cả
""".split()
)
EN_FUNCTION_WORDS = frozenset(
    """
the a an and or of to in on at for by with from is are was were be been it its this that these those
as not no but if then than so we you they he she our your their his her has have had do does did
will would can could should may might must there here what which who whom when where why how all
any some more most other into over under about after before also just only very via per
""".split()
)
_ASCII_FUNCTION_WORDS = (
    EN_FUNCTION_WORDS | {strip_accents(w) for w in VI_FUNCTION_WORDS} | {"ko", "dc", "ng", "vs", "k"}
)
_ANY_FUNCTION_WORD = VI_FUNCTION_WORDS | _ASCII_FUNCTION_WORDS | frozenset('.,;:!?()[]"“”…/|–-')


def is_function_word(word: str) -> bool:
    """Whether a case-folded syllable is a function word (never a term, never in a label)."""
    return word in VI_FUNCTION_WORDS if not word.isascii() else word in _ASCII_FUNCTION_WORDS


_SENTENCE_RE = re.compile(r"[.!?:;\n…\"“”()\[\]|–-]+")
_SYLLABLE_RE = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_TOKEN_RE = re.compile(r"[^\W\d_]+|\d+|[.,;:!?()\[\]\"“”…/|–-]", re.UNICODE)


class EmergingError(MonitorError):
    """A bad discovery request (window, minimum size)."""


@dataclass
class Cluster:
    """One emerging cluster, as the CLI, the API and the dashboard show it."""

    id: str
    label: str
    terms: list[str]
    size: int
    sources: int
    source_names: list[str]
    first_seen: dt.datetime
    last_seen: dt.datetime
    recent: int  # items in the last 24 hours of the window
    recent_sources: int
    growth: float
    score: float
    daily: list[dict]  # {"day": "YYYY-MM-DD", "n": int}, every day of the window
    item_ids: list[int]
    typical: list[dict] = field(default_factory=list)  # {"id", "title", "source", "when"}

    def to_dict(self) -> dict:
        d = asdict(self)
        for k in ("first_seen", "last_seen"):
            d[k] = d[k].isoformat()
        for t in d["typical"]:
            t["when"] = t["when"].isoformat()
        return d


def window(now: dt.datetime, days: int, newest: dt.datetime | None = None) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of the window ending at `now`; when the newest item is older than the window
    start (a replay of old data such as the 2021 demo), the window ends just after that item."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    if not 1 <= days <= 90:
        raise EmergingError(f"--days must be between 1 and 90 (got {days})")
    end = now
    if newest is not None and newest < now - days * DAY:
        end = newest + dt.timedelta(seconds=1)
    return end - days * DAY, end


def _text(row: dict) -> str:
    title, text = (row.get("title") or "").strip(), (row.get("text") or "").strip()
    both = f"{title}. {text}" if title and text and not text.startswith(title) else (text or title)
    return both[:MAX_CHARS]


def _components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Component number of each of n nodes joined by the edges a[k]–b[k]."""
    from scipy.sparse.csgraph import connected_components

    graph = sp.coo_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(n, n))
    return connected_components(graph, directed=False)[1]


def _terms(doc: str) -> list[str]:
    """Terms of a case-folded text: its content syllables and pairs of adjacent content syllables
    (a pair never skips over a function word), each accent-stripped so that "bầu cử" and the
    unaccented "bau cu" of social posts are one term."""
    words = _TOKEN_RE.findall(doc)
    plain = _TOKEN_RE.findall(strip_accents(doc))
    if len(plain) != len(words):  # stripping merged or split a syllable: judge the stripped form
        words = plain
    # punctuation, digits and function words end a pair ("ở góc, tổ bầu cử" makes no "góc tổ");
    # an accented word is never in the ASCII set, an ASCII one is in the VI set only as itself
    stop = _ANY_FUNCTION_WORD
    keep = [w not in stop and len(w) > 1 and not w[0].isdigit() for w in words]
    out = [p for p, k in zip(plain, keep, strict=True) if k]
    out += [f"{a} {b}" for a, b, ka, kb in zip(plain, plain[1:], keep, keep[1:], strict=False) if ka and kb]
    return out


def _tfidf(stripped: list[str]) -> tuple[sp.csr_matrix | None, np.ndarray]:
    """L2-normalised TF-IDF rows over the case-folded texts' terms, and the vocabulary; (None, [])
    when no text has a usable word (only numbers, emoji or function words)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    n = len(stripped)
    for min_df, max_df in (((2, 0.5) if n >= 20 else (1, 1.0)), (1, 1.0)):
        vec = TfidfVectorizer(analyzer=_terms, min_df=min_df, max_df=max_df, sublinear_tf=True, dtype=np.float32)
        try:
            return vec.fit_transform(stripped).tocsr(), vec.get_feature_names_out()
        except ValueError:  # "empty vocabulary" or "no terms remain": e.g. identical items only
            continue
    return None, np.array([])


def _top_terms(x: sp.csr_matrix, k: int) -> sp.csr_matrix:
    """Each row keeps its k heaviest entries, renormalised (rows of ≤ k entries stay as they are)."""
    x = x.copy()
    for i in range(x.shape[0]):
        lo, hi = x.indptr[i], x.indptr[i + 1]
        if hi - lo > k:
            row = x.data[lo:hi]
            cut = np.partition(row, hi - lo - k)[hi - lo - k]
            row[row < cut] = 0
    x.eliminate_zeros()
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return sp.csr_matrix(sp.diags(1 / norms) @ x, dtype=np.float32)


def _similar_pairs(x: sp.csr_matrix, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """Every pair of rows with cosine ≥ threshold (block by block: the product stays small)."""
    xt = x.T.tocsr()
    a, b = [], []
    for lo in range(0, x.shape[0], BLOCK):
        s = (x[lo : lo + BLOCK] @ xt).tocoo()
        keep = (s.data >= threshold) & (s.row + lo < s.col)
        a.append(s.row[keep] + lo)
        b.append(s.col[keep])
    return np.concatenate(a), np.concatenate(b)


def _merge_groups(x: sp.csr_matrix, labels: np.ndarray, threshold: float) -> np.ndarray:
    """Second pass, over groups: join groups whose centroids (each kept to its heaviest terms) are
    close. Retellings of one claim in different words share its rare terms, which dominate each
    group's centroid, while the words each retelling adds average out."""
    groups = labels.max() + 1
    if groups < 2:
        return labels
    member = sp.csr_matrix(
        (np.ones(len(labels), dtype=np.float32), (labels, np.arange(len(labels)))), shape=(groups, len(labels))
    )
    centroids = _top_terms((member @ x).tocsr(), 2 * TOP_TERMS)
    a, b = _similar_pairs(centroids, threshold)
    return _components(groups, a, b)[labels]


def _names(texts: list[str]) -> set[str]:
    """Accent-stripped, folded syllables mostly written with a capital inside a sentence: names of
    people and places (and acronyms). They never go into a label."""
    capital: Counter = Counter()
    seen: Counter = Counter()
    for t in texts:
        for sentence in _SENTENCE_RE.split(t):
            words = _SYLLABLE_RE.findall(sentence)
            keys = _SYLLABLE_RE.findall(strip_accents(sentence.casefold()))
            if len(keys) != len(words):
                keys = [strip_accents(w.casefold()) for w in words]
            for k, (word, key) in enumerate(zip(words, keys, strict=True)):
                seen[key] += 1
                if k > 0 and word[0].isupper() and not word.isupper():  # acronyms (QR, HĐND) are content
                    capital[key] += 1
    return {w for w, c in capital.items() if c * 2 >= seen[w]}


def _surface(texts: list[str], wanted: set[str]) -> dict[str, str]:
    """Accent-stripped term → how these texts spell it: with accents when they ever do, in lower
    case unless it is always written in capitals (acronyms such as "QR" stay "QR")."""
    seen: dict[str, Counter] = {w: Counter() for w in wanted}
    for t in texts:
        words = _SYLLABLE_RE.findall(t)
        stripped = _SYLLABLE_RE.findall(strip_accents(t.casefold()))
        if len(stripped) != len(words):
            stripped = [strip_accents(w.casefold()) for w in words]
        for i, s in enumerate(stripped):
            if s in seen:
                seen[s][words[i]] += 1
            if i + 1 < len(words):
                pair = f"{s} {stripped[i + 1]}"
                if pair in seen:
                    seen[pair][f"{words[i]} {words[i + 1]}"] += 1

    def best(term: str, spellings: Counter) -> str:
        if not spellings:
            return term
        accented = any(not w.isascii() for w in spellings)
        pool = Counter({w: n for w, n in spellings.items() if not w.isascii()}) if accented else spellings
        lower = Counter()
        for w, n in pool.items():
            lower[" ".join(p if p.isupper() and len(p) > 1 else p.casefold() for p in w.split())] += n
        return lower.most_common(1)[0][0]

    return {w: best(w, c) for w, c in seen.items()}


def _label(members: np.ndarray, x: sp.csr_matrix | None, vocab: np.ndarray, texts: list[str]) -> list[str]:
    sample = [texts[i] for i in members[:300]]
    if x is None or not len(vocab):
        words = [w for w in _SYLLABLE_RE.findall(fold(sample[0])) if not is_function_word(w)]
        return words[:LABEL_TERMS]
    weights = np.asarray(x[members[:300]].mean(axis=0)).ravel()
    names = _names(sample)
    chosen: list[str] = []
    for j in np.argsort(-weights)[:60]:
        if weights[j] <= 0:
            break
        term = str(vocab[j])
        parts = term.split()
        if any(p in names for p in parts) or any(term in c.split() for c in chosen):
            continue  # a name, or a syllable a chosen pair already says
        # a pair replaces the syllables of it already chosen (pairs read better); others fill up
        replaced = [c for c in chosen if c in parts]
        if replaced or len(chosen) < LABEL_TERMS:
            at = chosen.index(replaced[0]) if replaced else len(chosen)
            chosen = [c for c in chosen if c not in parts]
            chosen.insert(min(at, len(chosen)), term)
    surface = _surface(sample, set(chosen))
    return [surface[c] for c in chosen]


def _typical(members: np.ndarray, x: sp.csr_matrix | None, k: int) -> list[int]:
    if x is None or len(members) <= k:
        return list(members[:k])
    rows = x[members]
    centroid = np.asarray(rows.mean(axis=0)).ravel()
    sims = rows @ centroid
    return [int(members[i]) for i in np.argsort(-sims, kind="stable")[:k]]


def discover(
    rows: list[dict],
    now: dt.datetime,
    days: int = 7,
    min_size: int = 3,
    threshold: float = 0.5,
    limit: int | None = 50,
    merge_threshold: float = MERGE_THRESHOLD,
    tz: dt.tzinfo = dt.UTC,
) -> list[Cluster]:
    """Rank the clusters of `rows` (from `Store.emerging_candidates`) as of `now`, best first.

    `rows` need id, source_id, source, when, title, text, cluster_key, content_hash. Clusters
    smaller than `min_size` are left out; `limit` caps how many are returned. Each cluster's
    per-day history counts the days of zone `tz`."""
    if min_size < 1:
        raise EmergingError(f"--min-size must be at least 1 (got {min_size})")
    start, end = now - days * DAY, now
    rows = [r for r in rows if r["when"] is not None and start <= r["when"] < end]
    n = len(rows)
    if n == 0 or n < min_size:
        return []
    texts = [_text(r) for r in rows]
    index = {int(r["id"]): i for i, r in enumerate(rows)}
    # items sharing a near-duplicate key or a content hash are one story from the start
    a: list[int] = []
    b: list[int] = []
    first: dict[str, int] = {}
    for i, r in enumerate(rows):
        for key in (r.get("cluster_key"), r.get("content_hash")):
            if key:
                j = first.setdefault(key, i)
                if j != i:
                    a.append(i)
                    b.append(j)
    pairs = [(np.array(a, dtype=np.int64), np.array(b, dtype=np.int64))]
    x, vocab = _tfidf([fold(t) for t in texts])
    pruned = _top_terms(x, TOP_TERMS) if x is not None and n > 1 else None
    if pruned is not None:
        pairs.append(_similar_pairs(pruned, threshold))
    roots = _components(n, np.concatenate([p[0] for p in pairs]), np.concatenate([p[1] for p in pairs]))
    if pruned is not None:
        roots = _merge_groups(pruned, roots, merge_threshold)
    order = np.argsort(roots, kind="stable")
    cuts = np.flatnonzero(np.diff(roots[order])) + 1
    out = []
    for members in np.split(order, cuts):
        if len(members) >= min_size:
            out.append(_describe(members, rows, texts, x, start, end, days, tz))
    out.sort(key=lambda c: (-c.score, -c.recent, c.first_seen, c.id))
    out = out[:limit] if limit else out
    for c in out:  # labels and typical items cost the most: only for the clusters returned
        members = np.array([index[i] for i in c.item_ids])
        c.terms = _label(members, x, vocab, texts)
        c.label = " · ".join(c.terms) if c.terms else (rows[members[0]].get("title") or texts[members[0]])[:80]
        c.typical = [
            {
                "id": rows[i]["id"],
                "title": (rows[i].get("title") or texts[i])[:200],
                "source": rows[i]["source"],
                "when": rows[i]["when"],
            }
            for i in _typical(members, x, TYPICAL)
        ]
    return out


def _describe(
    members: np.ndarray,
    rows: list[dict],
    texts: list[str],
    x,
    start: dt.datetime,
    end: dt.datetime,
    days: int,
    tz: dt.tzinfo = dt.UTC,
) -> Cluster:
    """A cluster's counts, history and rank (its label and typical items are filled in later)."""
    members = np.array(sorted(members, key=lambda i: (rows[i]["when"], rows[i]["id"])))
    when = [rows[i]["when"] for i in members]
    recent_from = end - DAY
    recent = [i for i, w in zip(members, when, strict=True) if w >= recent_from]
    earlier = len(members) - len(recent)
    baseline = earlier / max(1, days - 1)  # the cluster's own mean per day before the last 24 h
    growth = len(recent) / max(1.0, baseline)
    recent_sources = len({rows[i]["source_id"] for i in recent})
    score = growth * math.log1p(len(recent)) * math.log1p(recent_sources)
    per_day = Counter(w.astimezone(tz).date() for w in when)
    days_shown, last = [], (end - dt.timedelta(microseconds=1)).astimezone(tz).date()
    day = start.astimezone(tz).date()
    while day <= last:
        days_shown.append(day)
        day += DAY
    daily = [{"day": d.isoformat(), "n": per_day.get(d, 0)} for d in days_shown]
    src = Counter(rows[i]["source"] for i in members)
    seed = rows[members[0]]["id"]
    return Cluster(
        id="em-" + hashlib.sha1(str(seed).encode()).hexdigest()[:10],
        label="",
        terms=[],
        size=len(members),
        sources=len(src),
        source_names=[s for s, _ in src.most_common()],
        first_seen=when[0],
        last_seen=when[-1],
        recent=len(recent),
        recent_sources=recent_sources,
        growth=round(growth, 2),
        score=round(score, 3),
        daily=daily,
        item_ids=[int(rows[i]["id"]) for i in members],
    )


def emerging(
    store,
    now: dt.datetime | None = None,
    days: int = 7,
    min_size: int = 3,
    limit: int | None = 50,
    threshold: float = 0.5,
    weak_score: float = 0.7,
    tz: dt.tzinfo = dt.UTC,
) -> list[Cluster]:
    """Discovery over the store's on-topic items in the window ending at `now` (default: now);
    flagged items scoring under `weak_score` count as unclaimed; per-day histories in zone `tz`."""
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    start, end = window(now, days, store.newest_item_time())
    rows = store.emerging_candidates(start, end, weak_score=weak_score, max_chars=MAX_CHARS)
    return discover(rows, end, days=days, min_size=min_size, threshold=threshold, limit=limit, tz=tz)


def emerging_alerts(store, settings, now: dt.datetime, open_alerts: list) -> tuple[list, set, set]:
    """The `emerging` alert kind for `monitor.outputs.alerts.check_alerts`: (firing, evaluated, once-only keys).

    A cluster fires when its growth reaches `settings.emerging_growth` with at least
    `settings.emerging_min_recent` items in the last 24 h; a cluster alerted once never alerts again."""
    firing = []
    for c in emerging(store, now, limit=100):
        if c.growth >= settings.emerging_growth and c.recent >= settings.emerging_min_recent:
            why = (
                f"A story no narrative claims is growing: \u201c{c.label}\u201d, {c.recent} items in the last 24 hours "
                f"from {c.recent_sources} source(s), {c.growth:g}\u00d7 its own daily mean ({c.size} items since "
                f"{c.first_seen:%Y-%m-%d %H:%M} UTC). Name it or file it as not a distortion on the Emerging page."
            )
            facts = {
                "label": c.label,
                "sources": int(c.recent_sources),
                "growth": float(c.growth),
                "size": int(c.size),
                "first_seen": c.first_seen.isoformat(),
            }
            firing.append(Alert("emerging", None, c.id, "day", now - DAY, c.recent, None, why, now, facts=facts))
    evaluated = {alert_key("emerging", None, a.cluster_key) for a in open_alerts if a.kind == "emerging"}
    evaluated |= {a.key for a in firing}
    seen = store.alerted_cluster_keys("emerging", [a.cluster_key for a in firing])
    return firing, evaluated, {alert_key("emerging", None, ck) for ck in seen}
