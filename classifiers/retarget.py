"""Seed labels written for one election, read as if written for the configured one.

The shipped seed labels speak of one election (Vietnam's of 23 May 2021: its date, year, term,
deputies and turnout). An office that watches another election (the next one, another country's
calendar) trains on the same rows; read as written they teach that the configured election's
year is "another year's" (``relevant: false``), that its true date contradicts the date fact, and
its true figures the results facts. ``Retarget`` rewrites each row's election-specific tokens so
that every relation the row had to *its* election holds to the configured one:

- **dates** (23/5, 23/5/2021, "ngày 23 tháng 5", "#23thang5", "May 23", "23 May 2021") move by the
  number of days between the two election days: the true day stays the true day, "the Saturday
  before" stays the day before, a wrong date stays wrong by the same days. Dates with a year move
  only when that year is one of the files' election years; a fraction ("2/3 cử tri", "4/5 phiếu")
  is not a date;
- **election years** (2016, 2021, 2026, "#baucu2021", "2021-2026") move by the years between the
  two elections; other years (a law of 2015, a football season) stay;
- **terms** ("khóa XV", "khoá 14", "#QuocHoiKhoaXV", "15th National Assembly") move by the terms
  between them;
- **figures** of the results (deputies elected, turnout) are swapped with the configured ones
  where a word of theirs follows ("499 đại biểu" ↔ "500 đại biểu", "99,60%" ↔ "99,69%"), so a
  claim of the other figure stays a claim of another figure.

The files' own election is declared next to them (``labels/election.yaml``); files without one
are the office's own and are read as written. Pure ``str -> str``; the weekday words are not
changed (both elections of the shipped pair fall on a Sunday).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_SHORT = {m[:3].lower(): i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_MONTH_OF = {m.lower(): i + 1 for i, m in enumerate(MONTHS)} | _SHORT
_MONTH_RE = "|".join(sorted({*(m.lower() for m in MONTHS), *_SHORT}, key=len, reverse=True))

# A count after "d/m" makes it a fraction ("2/3 cử tri", "4/5 phiếu", "8/17 người ứng cử").
_COUNTED = re.compile(
    r"\s*(?:cử tri|cu tri|phiếu|phieu|người|nguoi|số|so\b|đại biểu|dai bieu|ghế|ghe\b|đâu|dau\b|"
    r"voters|votes|seats|of\b)",
    re.IGNORECASE,
)
_PORTION = re.compile(r"(?:đủ|du|quá|qua|hơn|hon|trên|tren|dưới|duoi|gần|gan)\s*$", re.IGNORECASE)
# d/m[/yyyy], d-m-yyyy, d.m.yyyy (a dash or dot only with a year: "2-3 lần", "7.5 điểm").
_NUMERIC = re.compile(r"(?<![\d/.,])(\d{1,2})(?:/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])|([-.])(\d{1,2})\4(\d{4})(?!\d))")
# "ngày 23 tháng 5 (năm 2021)", "23 thang 5", "#23thang5"
_VI_MONTH = re.compile(
    r"(?<![\d/])(\d{1,2})(\s*)(th[aá]ng)(\s*)(\d{1,2})(?!\d)(?:(\s+n[aă]m\s+)(\d{4}))?", re.IGNORECASE
)
_EN_MONTH_DAY = re.compile(rf"\b({_MONTH_RE})(\.?\s+)(\d{{1,2}})(st|nd|rd|th)?\b(?:(,?\s+)(\d{{4}})\b)?", re.IGNORECASE)
_EN_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(st|nd|rd|th)?(\s+)({_MONTH_RE})\b\.?(?:(\s+)(\d{{4}})\b)?", re.IGNORECASE)
_ENGLISH_LEAD = re.compile(r"(?:on|to|from|after|before|until|by|since|of)\s+$", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d/])(19\d\d|20\d\d)(?![\d/])")
_KHOA = r"kh(?:[oóòỏõọ]a|o[aáàảãạ])"
_ROMAN_TERM = re.compile(rf"({_KHOA}\s*)(x{{0,3}}(?:ix|iv|v?i{{0,3}}))(?![a-zà-ỹ])", re.IGNORECASE)
_NUMBER_TERM = re.compile(
    rf"((?:qu[oốồổỗộ]c h[oộồổỗố]i|qh|đbqh|dbqh)\s+{_KHOA}\s+)(\d{{1,2}})(?!\d)"
    r"|(?<!\d)(\d{1,2})(st|nd|rd|th)(\s+national assembly)",
    re.IGNORECASE,
)
_DEPUTY_WORDS = r"(?=\s*(?:đại biểu|dai bieu|người|nguoi|ĐBQH|dbqh|deputies)\b)"
# Elected ones, not the seats to fill ("868 người ứng cử cho 500 ghế", "bầu 500 đại biểu").
_ELECTED = re.compile(r"trúng cử|trung cu|đắc cử|dac cu|elected|tư cách|tu cach", re.IGNORECASE)
_ROMAN = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def from_roman(s: str) -> int | None:
    s = s.strip().lower()
    if not s or not re.fullmatch(r"x{0,3}(?:ix|iv|v?i{0,3})", s):
        return int(s) if s.isdigit() else None
    values = {"x": 10, "v": 5, "i": 1}
    total = 0
    for i, ch in enumerate(s):
        v = values[ch]
        total += -v if i + 1 < len(s) and values[s[i + 1]] > v else v
    return total


@dataclass(frozen=True)
class Election:
    """What a text can say of one election: its day, year, term and results."""

    date: dt.date
    term: int | None = None
    years: tuple[int, ...] = ()  # the election years the texts name (this one's and others')
    deputies: int | None = None
    turnout: str | None = None  # "99.60"

    @classmethod
    def of(cls, relevance_data: dict | None, facts: dict) -> Election | None:
        """The configured election: the approved ``election_date`` (else none), the relevance
        data's ``term``, and the results facts."""
        try:
            day = dt.date.fromisoformat(str(facts.get("election_date") or "")[:10])
        except ValueError:
            return None
        election = (relevance_data or {}).get("election") or {}
        return cls(
            date=day,
            term=from_roman(str(election.get("term") or "")),
            deputies=_int(facts.get("deputies_elected")),
            turnout=_turnout(facts.get("turnout_percent")),
        )

    @classmethod
    def from_mapping(cls, d: dict) -> Election:
        """From an ``election.yaml`` of label files (``date``, ``term``, ``years``, ``deputies``,
        ``turnout``); raises ``ValueError`` naming the field that is wrong."""
        try:
            day = dt.date.fromisoformat(str(d.get("date") or ""))
        except ValueError:
            raise ValueError(f"date: {d.get('date')!r} is not a date like 2021-05-23") from None
        years = d.get("years") or [day.year]
        if not isinstance(years, list) or not all(isinstance(y, int) for y in years):
            raise ValueError(f"years: expected a list of years, got {years!r}")
        term = from_roman(str(d.get("term") or "")) if d.get("term") is not None else None
        if d.get("term") is not None and term is None:
            raise ValueError(f"term: {d.get('term')!r} is not a roman or arabic number")
        return cls(day, term, tuple(sorted({day.year, *years})), _int(d.get("deputies")), _turnout(d.get("turnout")))


def _int(v) -> int | None:
    try:
        return int(v) if v is not None and str(v).strip() else None
    except ValueError:
        return None


def _turnout(v) -> str | None:
    if v is None or not str(v).strip():
        return None
    try:
        return f"{float(str(v).replace(',', '.')):.2f}"
    except ValueError:
        return None


@dataclass
class Retarget:
    """``source``'s texts rewritten for ``target`` (see the module docstring); callable."""

    source: Election
    target: Election
    _days: dt.timedelta = field(init=False)
    _years: int = field(init=False)
    _terms: int = field(init=False)

    def __post_init__(self):
        self._days = self.target.date - self.source.date
        self._years = self.target.date.year - self.source.date.year
        both = self.source.term is not None and self.target.term is not None
        self._terms = self.target.term - self.source.term if both else 0  # type: ignore[operator]

    @property
    def identity(self) -> bool:
        return not self._days and not self._terms and not self._years and not self._swaps()

    def __call__(self, text: str) -> str:
        if not text or self.identity:
            return text
        # Each kind of token at once over the original text (one pass per kind would move a
        # token twice: 2021 → 2026 → 2031); where two kinds overlap, the first one put wins.
        spans = _Spans(len(text))
        for m in _NUMERIC.finditer(text):
            self._numeric(text, m, spans.put)
        for m in _VI_MONTH.finditer(text):
            self._vi_month(m, spans.put)
        for m in _EN_MONTH_DAY.finditer(text):
            self._en(text, m, spans.put, month_first=True)
        for m in _EN_DAY_MONTH.finditer(text):
            self._en(text, m, spans.put, month_first=False)
        for new, pattern, elected in self._swaps():
            for m in pattern.finditer(text):
                if not elected or _ELECTED.search(text, max(0, m.start() - 40), m.end() + 60):
                    spans.put(m.start(), m.end(), new(m.group(0)))
        self._terms_and_years(text, spans.put)
        return spans.apply(text)

    def _terms_and_years(self, text: str, put) -> None:
        if self._terms:
            for m in _ROMAN_TERM.finditer(text):
                n = from_roman(m.group(2))
                if m.group(2) and n:
                    r = roman(max(1, n + self._terms))
                    put(m.start(2), m.end(2), r.upper() if m.group(2).isupper() else r)
            for m in _NUMBER_TERM.finditer(text):
                g = 2 if m.group(2) else 3
                n = int(m.group(g)) + self._terms
                if n > 0:
                    put(m.start(g), m.end(g), str(n))
        if self._years:
            for m in _YEAR.finditer(text):
                y = int(m.group(1))
                if y in self.source.years:
                    put(m.start(), m.end(), str(y + self._years))

    # -- dates -------------------------------------------------------------------------------

    def _moved(self, day: int, month: int, year: int | None) -> dt.date | None:
        if year is not None and year not in self.source.years:
            return None
        try:
            d = dt.date(year if year is not None else self.source.date.year, month, day)
        except ValueError:
            return None
        return d + self._days

    def _numeric(self, text, m, put) -> None:
        if m.group(2) is not None:
            day_s, month_s, year_s, sep = m.group(1), m.group(2), m.group(3), "/"
        else:
            day_s, month_s, year_s, sep = m.group(1), m.group(5), m.group(6), m.group(4)
        if year_s is None and (_COUNTED.match(text, m.end()) or _PORTION.search(text, 0, m.start())):
            return  # a fraction: "2/3 cử tri", "đủ 2/3"
        year = None if year_s is None else int(year_s) + (2000 if len(year_s) == 2 else 0)
        new = self._moved(int(day_s), int(month_s), year)
        if new is None:
            return
        out = f"{new.day:0{_width(day_s)}d}{sep}{new.month:0{_width(month_s)}d}"
        if year_s is not None:
            out += sep + (str(new.year) if len(year_s) == 4 else f"{new.year % 100:02d}")
        put(m.start(), m.end(), out)

    def _vi_month(self, m, put) -> None:
        year = int(m.group(7)) if m.group(7) else None
        new = self._moved(int(m.group(1)), int(m.group(5)), year)
        if new is None:
            return
        out = f"{new.day}{m.group(2)}{m.group(3)}{m.group(4)}{new.month}"
        if year is not None:
            out += f"{m.group(6)}{new.year}"
        put(m.start(), m.end(), out)

    def _en(self, text, m, put, month_first: bool) -> None:
        if month_first:
            name, day_s, suffix, year_s = m.group(1), m.group(3), m.group(4), m.group(6)
        else:
            day_s, suffix, name, year_s = m.group(1), m.group(2), m.group(4), m.group(6)
        if name == "may" and not _ENGLISH_LEAD.search(text, 0, m.start()):
            return  # the verb ("you may 2 ..."), not the month
        new = self._moved(int(day_s), _MONTH_OF[name.lower()], int(year_s) if year_s else None)
        if new is None:
            return
        month = MONTHS[new.month - 1]
        if len(name.rstrip(".")) <= 4 and name.lower() in _SHORT and name.lower() != "may":
            month = month[:3]
        month = month.upper() if name.isupper() and len(name) > 1 else month.lower() if name.islower() else month
        day = f"{new.day}{_ordinal(new.day) if suffix else ''}"
        if month_first:
            out = f"{month}{m.group(2)}{day}" + (f"{m.group(5)}{new.year}" if year_s else "")
        else:
            out = f"{day}{m.group(3)}{month}" + (f"{m.group(5)}{new.year}" if year_s else "")
        put(m.start(), m.end(), out)

    # -- figures -------------------------------------------------------------------------------

    def _swaps(self) -> list:
        out = []
        s, t = self.source, self.target
        if s.deputies is not None and t.deputies is not None and s.deputies != t.deputies:
            for old, new in ((s.deputies, t.deputies), (t.deputies, s.deputies)):
                pattern = re.compile(rf"(?<![\d.,]){old}(?![\d.,]){_DEPUTY_WORDS}")
                out.append(((lambda _g, n=new: str(n)), pattern, True))
        if s.turnout is not None and t.turnout is not None and s.turnout != t.turnout:
            for old, new in ((s.turnout, t.turnout), (t.turnout, s.turnout)):
                whole, dec = old.split(".")
                short = dec.rstrip("0") or "0"
                pattern = re.compile(
                    rf"(?<![\d.,]){whole}[.,](?:{dec}|{short})(?![\d])(?=\s*%|\s*percent|\s*phần trăm)"
                )
                out.append(((lambda g, n=new: _like(g, n)), pattern, False))
        return out


class _Spans:
    """Replacements of non-overlapping spans of one text."""

    def __init__(self, n: int):
        self.taken = bytearray(n)
        self.spans: list[tuple[int, int, str]] = []

    def put(self, a: int, b: int, new: str) -> None:
        if not any(self.taken[a:b]):
            self.taken[a:b] = b"\x01" * (b - a)
            self.spans.append((a, b, new))

    def apply(self, text: str) -> str:
        out, at = [], 0
        for a, b, new in sorted(self.spans):
            out += [text[at:a], new]
            at = b
        return "".join(out) + text[at:]


def _like(found: str, value: str) -> str:
    """``value`` ("99.69") written as ``found`` was ("99,6" → "99,69")."""
    return value.replace(".", ",") if "," in found else value


def _width(digits: str) -> int:
    """Zero-padded ("05") keeps two digits; "5" and "15" take what they need."""
    return len(digits) if digits.startswith("0") else 1


def _ordinal(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def for_files(folder: Path, target: Election | None) -> Retarget | None:
    """The rewrite for the label files of ``folder`` (their ``election.yaml``) to ``target``;
    None when the folder declares no election, the target is unknown, or nothing changes."""
    path = Path(folder) / "election.yaml"
    if target is None or not path.is_file():
        return None
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict):
            raise ValueError("expected a mapping")
        source = Election.from_mapping(data)
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError) as exc:
        raise ValueError(f"{path}: {exc}") from None
    r = Retarget(source, target)
    return None if r.identity else r
