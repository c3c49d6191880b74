"""Who is old enough to vote, said by a birth date ("sinh sau tháng 2/2003 là chưa đủ tuổi bầu",
"phải sinh trước năm 2003 mới được đi bầu", "born in 2003? you can't vote this time").

Part of the age check (``classifiers.ages.check_ages``). A voter is on the list who is the approved
``voting_age`` on election day (Luật Bầu cử số 85/2015/QH13, Điều 2: "đủ mười tám tuổi trở lên"
counted to the day of the election), so with the election on 23 May 2021 and 18 years, everyone born
on or before 23 May 2003 votes. A text that says people born after a date, from a date, in a
period, or not before a date cannot vote, where some of them are voters, contradicts the voting age.

Read on the folded text. The outcome must be the vote's ("chưa đủ tuổi bầu", "không được đi bầu",
"can't vote"; "chưa đủ tuổi" alone only in a sentence about voting, never about standing) and come in
the birth date's sentence before any turn ("nhưng", "but"). Not another year's election, and not a
claim that is asked, denied or named to be answered (the rules' exceptions).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from classifiers.clauses import SENTENCE_RE, bounds, other_election
from classifiers.rule_facts import not_asserted

__all__ = ["born_cutoff", "check_births"]

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTH_EN = r"(?P<men>" + "|".join(_MONTHS) + r")"
_REL = r"(?P<rel>sau|truoc(?P<or>\s+hoac\s+(?:trong|dung|vao)(?:\s+ngay)?)?|tu|trong|vao|after|before|from|in|on|since)"
# A day, a month or a year of birth ("23/5/2003", "tháng 2/2003", "tháng 3 năm 2003", "năm 2003",
# "March 2003", "May 23, 2003").
_PERIOD = (
    r"(?:(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d\d)"
    r"|(?P<m2>\d{1,2})(?:[/.-]|\s+nam\s+)(?P<y2>(?:19|20)\d\d)"
    r"|" + _MONTH_EN + r"(?:\s+(?P<den>\d{1,2}))?,?\s+(?P<yen>(?:19|20)\d\d)"
    r"|(?P<y3>(?:19|20)\d\d))\b(?![/.-]\d)"
)
_BORN = re.compile(r"\b(?:sinh|born)\s+(?:ra\s+)?(?:" + _REL + r"\s+)?(?:(?:ngay|nam|thang|the\s+year)\s+)?" + _PERIOD)
# Said not to be a voter ("chưa đủ tuổi bầu", "không được đi bầu", "tên không có trong danh sách", "can't vote").
_NOT_A_VOTER = re.compile(
    r"\b(?:chua|khong|ko|k|hong|chang)\s+(?:du\s+tuoi|(?:duoc|dc|the)\s+(?:di\s+bau|bo\s+phieu|bau(?!\s+(?:vao|lam|lai|giu|chuc|tiep|tai)\b))|co\s+ten)"
    r"|\b(?:can't|cannot|can\s+not|won't\s+be\s+able\s+to|aren't\s+allowed\s+to|are\s+not\s+allowed\s+to)\s+vote"
    r"|\bnot\s+(?:old\s+enough|eligible|allowed\s+to\s+vote)|\btoo\s+young\b"
)
# Only the earlier-born said to vote ("phải sinh trước …", "… mới được bầu", "only those born before").
_ONLY_BEFORE = re.compile(
    r"\b(?:phai|chi\s+(?:ai|nguoi)|only\s+(?:those|people|voters|citizens)|must\s+(?:have\s+been|be))\s+$"
)
_ONLY_AFTER = re.compile(
    r"\s*(?:\S+\s+){0,3}?(?:moi|thi\s+moi)\s+(?:duoc|dc)\s+(?:di\s+)?(?:bau|bo\s+phieu)\b|\s*(?:\S+\s+){0,2}?can\s+vote\b"
)
_VOTING = re.compile(r"\b(?:bau|bo phieu|cu tri|vote|voting|voters?|election|ballot)\b")
_STANDING = re.compile(r"\b(?:ung cu|tranh cu|candidates?|run\s+for|stand\s+for)\b")
_TURN = re.compile(r"\b(?:nhung|but|tru khi|except|unless)\b")


def born_cutoff(election: dt.date, age: int) -> dt.date:
    """The last birthday of a voter: election day ``age`` years before (28 February for 29 February)."""
    try:
        return election.replace(year=election.year - age)
    except ValueError:
        return election.replace(year=election.year - age, day=28)


def _period(m: re.Match) -> tuple[dt.date, dt.date] | None:
    try:
        if m.group("y"):
            d = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            return d, d
        if m.group("y2") or m.group("yen"):
            y = int(m.group("y2") or m.group("yen"))
            mo = int(m.group("m2")) if m.group("y2") else _MONTHS[m.group("men")]
            if m.group("den"):
                d = dt.date(y, mo, int(m.group("den")))
                return d, d
            return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
        y = int(m.group("y3"))
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        return None  # (not a date: "31/2")


def _bars_voters(m: re.Match, s: str, hi: int, cutoff: dt.date) -> bool:
    """Whether the birth date at ``m``, with what its sentence says after it, keeps voters (born on
    or before ``cutoff``) off the list."""
    period = _period(m)
    if period is None:
        return False
    start, end = period
    if not cutoff.year - 3 <= start.year <= cutoff.year + 1:
        return False  # (a claim about who is old enough names a birth year near the limit: not a biography's)
    rel = m.group("rel") or ""
    turn = _TURN.search(s, m.end(), hi)
    rest = s[m.end() : turn.start() if turn else hi]
    if rel in ("truoc", "before"):
        if not (_ONLY_BEFORE.search(s[max(0, m.start() - 25) : m.start()]) or _ONLY_AFTER.match(rest)):
            return False
        return end < cutoff if m.group("or") else start < cutoff
    said = _NOT_A_VOTER.search(rest)
    if said is None or _STANDING.search(rest) or not _VOTING.search(s, bounds(SENTENCE_RE, s, m.start())[0], hi):
        return False
    if rel in ("sau", "after"):
        return end < cutoff - dt.timedelta(days=1)  # (a day's difference is a wording's, not a claim)
    return start < cutoff if rel in ("tu", "from", "since") else start <= cutoff


def check_births(sc, name: str, age: int) -> None:
    """Findings where ``sc`` (``distortion._Scan``) says people born when voters were cannot vote;
    ``name``: the voting age's fact, ``age`` its value."""
    s = sc.s
    if sc.ref_date is None or not ("sinh" in s or "born" in s):
        return
    cutoff = born_cutoff(sc.ref_date, age)
    for m in _BORN.finditer(s):
        a, b = m.span()
        lo, hi = bounds(SENTENCE_RE, s, a)
        if not _bars_voters(m, s, hi, cutoff) or not_asserted(sc, a, b):
            continue
        if other_election(s[:a] + " " * (b - a) + s[b:], a, sc.ref_year):
            continue  # (the year of birth is no other election's year)
        said = sc.text[a:b]
        sc.add(
            name,
            a,
            b,
            str(age),
            f"says voters {said} cannot vote; approved: born on or before {cutoff:%d/%m/%Y}",
            "age",
        )
        return
