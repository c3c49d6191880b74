"""Replace person names by a placeholder before any feature is made (training and prediction).

We flag content, never people: a name must not become a feature or an evidence term (before
this, "Văn", "ông" and "Phạm Văn D" were top terms for ``candidate_fabrication``). Masked:

- a Vietnamese honorific or title followed by capitalised syllables ("ông Phạm Văn D",
  "ứng viên Trần Thị B", "bà Lan");
- a common Vietnamese family name followed by capitalised syllables ("Phạm Văn D");
- an English title followed by one to three words in any case ("Mr. hoang van e", "Dr Smith");
- the names of an optional candidate list (given by the office), accent-insensitively.

The replacement keeps the text's length (the placeholder, then spaces; underscores when the name
is shorter than it), so every character offset computed on the masked text - evidence spans,
distortion findings - points at the same place in the original.
"""

from __future__ import annotations

import re

from classifiers import text as T

__all__ = ["CANDIDATE_TOKEN", "NAME_TOKEN", "mark_candidates", "mask_names", "mask_batch", "proper_noun_spans"]

NAME_TOKEN = "_name_"
CANDIDATE_TOKEN = "_uv_"  # a name on the office's candidate list, for the key-fact checks

# Upper-case letters of the Latin blocks Vietnamese uses (ASCII, Latin-1, Extended-A/B and
# Extended Additional, where the letters with two diacritics live).
_UPPER = "".join(
    chr(c) for c in range(0x41, 0x1EFF) if chr(c).isupper() and chr(c).isalpha() and not 0x250 <= c < 0x1E00
)
_LOWER = "".join(
    chr(c) for c in range(0x61, 0x1EFF) if chr(c).islower() and chr(c).isalpha() and not 0x250 <= c < 0x1E00
)
_CAP = f"[{re.escape(_UPPER)}][{re.escape(_LOWER)}]*"  # "Phạm", "D", "Lan"

_VI_TITLES = (
    "ông|bà|anh|chị|cô|chú|bác|cụ|em|ngài|đồng chí|ứng viên|ứng cử viên|đại biểu|chủ tịch|"
    "bí thư|giám đốc|phó chủ tịch|trưởng ban|tổ trưởng|thầy|nhà báo|luật sư|bác sĩ"
)
_FAMILY = (
    "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đào|Đinh|Trương|Lâm|"
    "Mai|Trịnh|Đoàn|Lương|Tạ|Cao|Châu|Quách|Hà|Tô|Vương|Nguyen|Tran|Pham|Hoang|Huynh|Vu|Vo|Dang|"
    "Bui|Do|Ho|Ngo|Duong|Ly|Dao|Dinh|Truong|Lam|Trinh|Doan|Luong|Ta|Chau|Quach|Ha|To|Vuong"
)
_EN_TITLES = r"Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sen|Rep|Gov|Candidate|candidate|Deputy|deputy"

# The first letters a title or family name can start with: a cheap look-ahead before the alternation.
_FIRST = "".join(sorted({c for w in (_VI_TITLES + "|" + _FAMILY).split("|") for c in (w[0].lower(), w[0].upper())}))


def _by_first_letter(words: str, fold: bool) -> str:
    """The alternation ``words`` ("a|b|…") with the words grouped by their first letter (lowercase
    with ``fold``): "bà|bác|bí thư" → "b(?:à|ác|í\\ thư)". Words of one group keep their order, and
    words with different first letters can never both match at one place, so the regex matches
    exactly what the plain alternation matched; it tries a dozen letters at each word instead of
    every word (a third of name masking's time)."""
    groups: dict[str, list[str]] = {}
    for w in words.split("|"):
        groups.setdefault(w[0].lower() if fold else w[0], []).append(w)
    return "|".join(f"{re.escape(k)}(?:{'|'.join(re.escape(w[1:]) for w in ws)})" for k, ws in groups.items())


_VI_RE = re.compile(
    rf"(?<!\w)(?=[{re.escape(_FIRST)}])(?:(?i:{_by_first_letter(_VI_TITLES, True)})\s+{_CAP}(?:\s+{_CAP}){{0,3}}"
    rf"|(?:{_by_first_letter(_FAMILY, False)})(?:\s+{_CAP}){{1,3}})(?!\w)"
)
_EN_RE = re.compile(rf"(?<!\w)(?:{_EN_TITLES})\.?\s+[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}}(?!\w)")
# "Thành phố Hồ Chí Minh" is a city, not a person.
_PLACE_BEFORE = re.compile(r"(?i:(?:thành phố|tp\.?|tỉnh|huyện|xã|phường|quận|đường|trường)\s*)$")
_EN_HINT = re.compile(rf"(?:{_EN_TITLES})\.?\s")
_EN_STOP = {"and", "or", "the", "a", "an", "is", "was", "says", "said", "has", "will", "to", "of", "in", "on"}


def _fill(n: int) -> str:
    return NAME_TOKEN + " " * (n - len(NAME_TOKEN)) if n >= len(NAME_TOKEN) else "_" * n


def _candidate_re(names) -> re.Pattern | None:
    folded = sorted({T.fold_strip(n).strip() for n in names or () if n and n.strip()}, key=len, reverse=True)
    if not folded:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in folded) + r")(?!\w)")


_CANDIDATE_CACHE: dict[tuple, re.Pattern | None] = {}


def _en_spans(text: str) -> list[tuple[int, int]]:
    """English names ("Mr Smith"), each stopped at the first ordinary word ("Mr Smith says ...")."""
    spans = []
    for m in _EN_RE.finditer(text):
        a = m.start()
        words = m.group().split()
        keep = [words[0]]
        for w in words[1:]:
            if w.lower() in _EN_STOP:
                break
            keep.append(w)
        if len(keep) > 1:
            end = text.index(keep[-1], a + len(" ".join(keep[:-1]))) + len(keep[-1])
            spans.append((a, end))
    return spans


def _candidate_spans(text: str, candidates) -> list[tuple[int, int]]:
    """Where the known candidates' names occur (accents and case ignored)."""
    key = tuple(candidates)
    rx = _CANDIDATE_CACHE.get(key)
    if rx is None and key not in _CANDIDATE_CACHE:
        rx = _CANDIDATE_CACHE[key] = _candidate_re(candidates)
    return [] if rx is None else [m.span() for m in rx.finditer(T.fold_strip_aligned(text))]


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span (overlaps merged) replaced by a same-length name token."""
    spans.sort()
    parts, pos = [], 0
    for a, b in spans:
        if a < pos:
            if b <= pos:
                continue
            a = pos
        parts.append(text[pos:a])
        parts.append(_fill(b - a))
        pos = b
    parts.append(text[pos:])
    return "".join(parts)


def mask_names(text: str, candidates=()) -> str:
    """``text`` with person names replaced by ``NAME_TOKEN`` (same length, see module docstring)."""
    if not text:
        return text or ""
    spans = [
        m.span() for m in _VI_RE.finditer(text) if not _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start())
    ]
    if _EN_HINT.search(text):
        spans += _en_spans(text)
    if candidates:
        spans += _candidate_spans(text, candidates)
    return _masked(text, spans) if spans else text


def mark_candidates(text: str, candidates=()) -> str:
    """``text`` with the names on the office's candidate list replaced by ``CANDIDATE_TOKEN`` (same
    length), for the key-fact checks: "a recording of Mr X" is a candidate's recording when X is on
    the list (``classifiers.candidate_claims``); the name itself is never what a check matches."""
    spans = _candidate_spans(text, candidates) if text and candidates else []
    parts, pos = [], 0
    for a, b in spans:
        if b - a < len(CANDIDATE_TOKEN) or a < pos:
            continue
        parts += [text[pos:a], CANDIDATE_TOKEN + " " * (b - a - len(CANDIDATE_TOKEN))]
        pos = b
    return "".join(parts) + text[pos:] if parts else text


def mask_batch(texts, candidates=()) -> list[str]:
    """``mask_names`` of each text."""
    return [mask_names(t, candidates) for t in texts]


# Two or more capitalised words in a row: a name or another proper noun ("Tiến Linh bị loại", "Đỗ
# Hoàng Hên"), since Vietnamese capitalises only a sentence's first word otherwise. All-capital
# words ("TIN NÓNG") are not capitalised words.
_PROPER_RUN = re.compile(rf"(?<!\w){_CAP}(?:\s+{_CAP})+(?!\w)")


def proper_noun_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` has runs of two or more capitalised words. Evidence is never shown inside one:
    a name without an honorific or a known family name is not masked before the features, so the
    model may weigh it, but an officer never sees it given as a reason."""
    return [m.span() for m in _PROPER_RUN.finditer(text or "")]
