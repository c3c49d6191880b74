"""Where a value's clause and sentence end, and how far it is from a word: the look-ups the
distortion checks (``classifiers.distortion``) make many times over one text.

Each text's clause and sentence marks are found once (cached per text) and then looked up by
bisection; before, every look-up scanned the whole text again (a date near four facts' words
scanned it some twenty times). ``tests/classifiers/test_fast_paths.py`` compares these with the
plain scans they replace.
"""

from __future__ import annotations

import bisect
import copy
import functools
import re
import unicodedata

from classifiers.fact_words import CALLED_FALSE, DENIED_WHOLE, NAMED_NOT_ASSERTED, NEG_BEFORE, YEAR_RE
from classifiers.text import fold_strip_aligned

__all__ = [
    "CLAUSE_RE",
    "COMPARED",
    "FALSE_NEXT",
    "SENTENCE_RE",
    "answered",
    "assign",
    "bounds",
    "compared_value",
    "compared_years",
    "denied_before",
    "distance",
    "misread",
    "other_election",
    "own_words_blanked",
    "word_re",
    "years_and_terms",
]

_NO_END = r"(?<!a\.m)(?<!p\.m)(?<!\bmr)(?<!\bms)(?<!\bmrs)(?<!\bdr)(?<!\btp)"
# A clause also ends where its sentence ends: a word of the next sentence is not in its clause.
CLAUSE_RE = re.compile(r"[,;:()\n]|" + _NO_END + r"[.!?](?:\s|$)|\s(?:va|and|nhung|but|con)\s")
# ("a.m." and "p.m." end no sentence: "polls open at 7 a.m. and close at 5 p.m."; nor a title or
# "TP." before a name: "rejects claim that Ms. X faked a degree", "TP. Hồ Chí Minh")
# A line break always ends one: a feed item's title without a stop is a sentence of its own.
SENTENCE_RE = re.compile(_NO_END + r"[.!?](?:\s|$)|\n")
# What a value is compared with follows these ("45%, down from 99% in 2016", "so với năm 2016"):
# in folded text. (Not "vs": posts write "với" so.)
COMPARED = re.compile(
    r"\b(?:(?:down|up|fell|rose|dropped|climbed)\s+from|compared\s+(?:with|to)|versus|while|whereas|than"
    r"|so\s+voi|(?:giam|tang)\s+(?:\S+\s+)?tu|trong\s+khi)\b"
)
# A change told from the other figure to this one: "giảm từ 99% năm 2016 xuống (còn) 45%", "from 99%
# in 2016 to 45%" (the figure after "xuống", "to"), and "fell to 45% from 99% in 2016".
_CHANGE_FROM = re.compile(r"\b(?:(?:giam|tang|ha|nang)\s+(?:\S+\s+)?tu|from)\b")
_CHANGE_TO = re.compile(r"\b(?:xuong|len|con|to)\s+(?:(?:muc|chi|con|only)\s+)*$")
_CHANGED_TO = re.compile(
    r"\b(?:fell|rose|dropped|climbed|declined|increased|decreased|slipped|jumped|down|up)\s+to\s+(?:only\s+)*$"
)
_FROM_AFTER = re.compile(r"\s*(?:\S+\s+){0,2}?from\b")
# Words of a claim that other words fold to once their accents are stripped: a claim read from
# "tài chính số" (digital finance) as "chỉnh số" (to doctor the figures), from "Ba Đình trước" as
# "định trước" (decided beforehand), "đêm" (night) as "đếm" (count), "hôm nay" (today) as "hòm
# này" (this box), "Việt" as "viết" (written). Folded word → the accented forms that may be meant.
_MEANT = {"chinh": ("chỉnh",), "dinh": ("định",), "dem": ("đếm", "đem"), "hom": ("hòm",), "viet": ("viết",)}
_FIRST_WORD = re.compile(r"\w+")


def misread(text: str, start: int) -> bool:
    """Whether the word at ``start`` of the original ``text`` (a rule's finding begins there) is
    written with other accents than the claim's word it folds to ("Đình" for "định"). A word
    written without accents may be either: not misread."""
    m = _FIRST_WORD.match(text, start)
    if m is None:
        return False
    word = unicodedata.normalize("NFC", m.group().lower())
    meant = _MEANT.get(fold_strip_aligned(word))
    return meant is not None and not word.isascii() and word not in meant


# (not ``fact_words.YEAR_RE``: its leading \b makes ``re`` try every position; starting with a
# literal, it scans 20,000 news items in a third of the time, and the word bounds are checked below)
_A_YEAR = re.compile(r"(?:19|20)\d\d")


@functools.lru_cache(maxsize=4096)
def word_re(w: str) -> re.Pattern:
    return re.compile(r"\b" + re.escape(w) + r"\b")


@functools.lru_cache(maxsize=16)
def _marks(regex: re.Pattern, s: str) -> tuple[list[int], list[int]]:
    starts, ends = [], []
    for m in regex.finditer(s):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def bounds(regex: re.Pattern, s: str, pos: int) -> tuple[int, int]:
    """The span of ``s`` around ``pos`` between two matches of ``regex`` (a mark that ``pos`` is
    inside of bounds nothing)."""
    starts, ends = _marks(regex, s)
    i = bisect.bisect_right(ends, pos)  # marks ending at or before pos: the last one opens the span
    j = bisect.bisect_left(starts, pos)  # the first mark starting at or after pos closes it
    return (ends[i - 1] if i else 0), (starts[j] if j < len(starts) else len(s))


def distance(s: str, a: int, b: int, words: list[str]) -> float | None:
    """Distance from span [a, b) to the nearest of ``words`` in the same clause, else sentence."""
    for regex, penalty in ((CLAUSE_RE, 0), (SENTENCE_RE, 40)):
        lo, hi = bounds(regex, s, a)
        part = s[lo:hi]
        best = None
        for w in words:
            if w not in part:
                continue  # most words are not there: no regex to run
            for m in word_re(w).finditer(part):
                ws, we = lo + m.start(), lo + m.end()
                if ws < b and we > a:
                    continue  # the keyword is the value itself
                d = a - we if we <= a else ws - b
                best = d if best is None else min(best, d)
        if best is not None and best <= 60:
            return best + penalty
    return None


def compared_years(text: str) -> list[tuple[int, int]]:
    """Spans of the years in ``text`` that date what something is compared with: a comparison
    word ends at most 40 characters before the year, in its sentence ("tăng so với năm 2016",
    "down from 99% in 2016"). Such a year does not say which election a text is about."""
    spans = []
    for m in _A_YEAR.finditer(text):  # (most texts have none, or a date's year or two)
        a, b = m.span()
        if (a and (text[a - 1].isalnum() or text[a - 1] == "_")) or text[b : b + 1].isdigit():
            continue  # (part of a longer number or word: "#baucu2021", "12021")
        lo = max(0, a - 80)
        before = fold_strip_aligned(text[lo:a])  # (one character per character: same offsets)
        ends = [e.end() for e in SENTENCE_RE.finditer(before)]
        start = ends[-1] if ends else 0
        if any(c.end() >= len(before) - 40 for c in COMPARED.finditer(before, start)):
            spans.append((a, b))
    return spans


def compared_value(s: str, lo: int, hi: int, a: int, b: int, years: list[int]) -> bool:
    """The figure at ``s[a:b]`` (folded), in the sentence ``s[lo:hi]`` whose years (other than the
    configured one) start at ``years``, is compared with another figure that those years date:
    a comparison word after it comes before every year ("45%, down from 99% in 2016", "45%, so với
    99% năm 2016"), or the change is told from the other figure to this one and every year is in
    between ("giảm từ 99% năm 2016 xuống 45%", "from 99% in 2016 to 45%", "fell to 45% from 99%
    in 2016"). Such a figure is this election's, though the sentence names another year."""
    if (m := COMPARED.search(s, b, hi)) and years[0] > m.start():
        return True
    before = s[max(lo, a - 24) : a]
    if _CHANGE_TO.search(before) and years[-1] < a:
        start = None
        for f in _CHANGE_FROM.finditer(s, lo, a):
            start = f.end()
        if start is not None and start <= years[0]:
            return True
    return bool(_CHANGED_TO.search(before) and (m := _FROM_AFTER.match(s, b, hi)) and years[0] >= m.end())


# A year standing alone (not inside a number or a hashtag: "#baucu2021"), and the Assembly's term
# ("khóa XVI", "khoá 15", "KHÓA XV", "the 16th National Assembly"). (Each pattern starts with a
# literal or a set of letters, which ``re`` finds fast; the word bounds are checked below.)
_TERM_VI = re.compile(r"[Kk][Hh](?:[óÓ][aA]|[oO][áÁ]|[oO][aA])\s+([XVIxvi]{1,6}|\d{1,2})(?!\w)")
_TERM_EN = re.compile(r"(\d{1,2}(?:st|nd|rd|th))\s+national\s+assembly", re.IGNORECASE)


def _starts_a_word(text: str, a: int) -> bool:
    return not (a and (text[a - 1].isalnum() or text[a - 1] == "_"))


def years_and_terms(text: str) -> list[tuple[int, int]]:
    """Spans of the years and of the Assembly's term numbers in ``text``. Which election a text is
    about is the relevance rules' to say, from the configured year and term; the model does not see
    these (a model trained on rows written for one election read the next one's "khóa XVI" and
    "2026" as another election's, off the topic)."""
    spans = [
        m.span()
        for m in _A_YEAR.finditer(text)
        if _starts_a_word(text, m.start()) and not text[m.end() : m.end() + 1].isdigit()
    ]
    spans += [m.span(1) for m in _TERM_VI.finditer(text) if _starts_a_word(text, m.start())]
    if "ssembly" in text or "SSEMBLY" in text:
        spans += [m.span(1) for m in _TERM_EN.finditer(text) if _starts_a_word(text, m.start())]
    return spans


def other_election(s: str, pos: int, ref_year: int | None, end: int | None = None) -> bool:
    """The sentence names other years than ``ref_year`` and not it: another election's value.
    With ``end`` (the value's end), not when those years date what the value is compared with
    (``clauses.compared_value``: "45%, down from 99% in 2016": the 45% is this election's)."""
    if ref_year is None:
        return False
    lo, hi = bounds(SENTENCE_RE, s, pos)
    found = [(m.start(), int(m.group(1))) for m in YEAR_RE.finditer(s, lo, hi)]
    if not found or any(y == ref_year for _, y in found):
        return False
    return end is None or not compared_value(s, lo, hi, pos, end, [p for p, _ in found])


def assign(s, a, b, candidates: dict[str, list[str]], distractors=()) -> str | None:
    """The name in ``candidates`` whose words come nearest the value at ``s[a:b]`` (None when none
    is near, or when one of ``distractors`` is nearer still: the value is about something else)."""
    best, best_d = None, None
    for name, words in candidates.items():
        d = distance(s, a, b, words)
        if d is not None and (best_d is None or d < best_d):
            best, best_d = name, d
    if best is not None and distractors:
        d = distance(s, a, b, list(distractors))
        if d is not None and d < best_d:
            return None
    return best


def in_sentence(regex: re.Pattern):
    """An ``other_meaning`` for ``rule_facts._first_claim``: ``regex`` found in the match's sentence
    (``lo``, ``hi``) rules the match out."""
    return lambda s, m, lo, hi: regex.search(s, lo, hi) is not None


# A claim reported as spread or held by others ("Mạng xã hội lan truyền tin …", "Một số người cho
# rằng …"), and one called false at the start of what follows ("…; điều này sai", "… Ủy ban bầu cử
# khẳng định đây là tin sai").
_SPREAD = re.compile(
    r"\b(?:lan truyen (?:tin|thong tin|clip|video|bai|anh)|(?:mot so|nhieu|co|vai) (?:nguoi|y kien|tai khoan|trang)"
    r"(?: \S+)? cho rang|(?:mot so|nhieu|vai) (?:tai khoan|trang|nhom|fanpage) (?:\S+ )?(?:dang lai|chia se lai|dang tai|lan truyen))\b"
)
FALSE_NEXT = re.compile(
    r"[\s.;:!]*[^.!?;]{0,50}?\b(?:day|dieu nay|dieu do|thong tin (?:nay|do|tren)|tin (?:nay|tren)|noi dung (?:nay|tren)"
    r"|chuyen nay|ca hai(?: deu)?|this|that"
    r"|both(?: are| were)?)\s+(?:la\s+|is\s+)?"
    r"(?:hoan toan\s+|completely\s+)?(?:tin\s+)?(?:sai|gia|bia dat|khong dung|false|untrue|wrong|fake)\b"
    r"(?!\s+(?:quy dinh|quy che|luat|phap luat|the rules?|the law)\b)"
)


def denied_before(s: str, text: str, start: int, a: int) -> bool:
    """A denial in the few words of the folded ``s`` before ``a`` (``NEG_BEFORE``), but not a
    Vietnamese word that only folds to the English "no" ("nó nói …", "nợ xấu", "ăn no"): where
    the original ``text`` (aligned with ``s``) has its accents, "no" denies only written "no"."""
    pos = start
    while (m := NEG_BEFORE.search(s, pos, a)) is not None:
        if m.group(1) != "no" or text[m.start(1) : m.end(1)].lower() == "no":
            return True
        pos = m.start(1) + 2
    return False


def answered(s: str, a: int, b: int, denial: bool = True) -> bool:
    """The value at ``s[a:b]`` is named to be answered, not claimed: a claim named before it in its
    sentence ("A rumour that …", "Bài viết nói …", "lan truyền tin …"), denied as a whole ("Không
    có chuyện …"; not with ``denial`` False, for a practice whose denial is itself a claim), called
    false right after it ("… là không đúng") or at the start of what follows ("…; điều này sai",
    "… Ủy ban khẳng định đây là tin sai")."""
    start, end = bounds(SENTENCE_RE, s, a)
    return bool(
        NAMED_NOT_ASSERTED.search(s, start, a)
        or (denial and DENIED_WHOLE.search(s, start, a))
        or CALLED_FALSE.match(s, b)
        or _SPREAD.search(s, start, a)
        or FALSE_NEXT.match(s, end)
    )


def own_words_blanked(sc, a: int, b: int):
    """A copy of the scan ``sc`` with the folded text's ``a:b`` blanked, for judging whether a claim
    is asserted where its own words would read as a denial or a report: "giả mạo hồ sơ", "bằng giả"
    (``rule_facts._MATCH_ONLY``), a figure called "là bịa" (``count_claims.scan_of``)."""
    blanked = copy.copy(sc)
    blanked.s = sc.s[:a] + " " * (b - a) + sc.s[b:]
    return blanked
