"""The weekday a text gives the election ("bầu cử năm nay tổ chức vào thứ bảy", "đi bầu hôm thứ
sáu", "the vote is on Saturday"), checked against the approved ``election_weekday``.

Read by ``classifiers.distortion`` on the folded, accent-stripped text. A weekday counts only
where an election phrase asserts it as the election's day (``date_claims.ELECTION_BEFORE``, a
postponement, or "thứ bảy là ngày bầu cử") right after "vào", "ngày", "hôm", "là", "sang", "on",
"is", "to" or "until"; a weekday that labels a date ("thứ bảy 22/5", "Saturday, May 22") is left
to the date check, which reads the date itself. Early voting, another year's election, a denial
and a claim named to be answered are not assertions.
"""

from __future__ import annotations

import re

from classifiers.clauses import SENTENCE_RE, answered, bounds, other_election
from classifiers.date_claims import ELECTION_AFTER, ELECTION_BEFORE, POSTPONED_TO
from classifiers.fact_words import DENIED_FIGURE, EARLY_VOTE, find_dates
from classifiers.rule_facts import not_asserted

__all__ = ["WEEKDAYS", "check_weekday", "weekday_kind"]

# Folded weekday words → the English name the approved fact is written in.
WEEKDAYS = {
    "thu hai": "Monday",
    "thu ba": "Tuesday",
    "thu tu": "Wednesday",
    "thu nam": "Thursday",
    "thu sau": "Friday",
    "thu bay": "Saturday",
    "chu nhat": "Sunday",
    **{d.lower(): d for d in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")},
}
_WEEKDAY = re.compile(r"\b(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b")
# The word that makes the weekday the day of what comes before ("bầu cử vào thứ bảy"), not an
# ordinal ("lần bầu cử thứ ba") nor another noun's.
_DAY_OF = re.compile(r"\b(?:vao|ngay|hom|la|sang|on|is|to|until|den)\s+$")


def weekday_kind(name: str, value) -> str | None:
    """``"weekday"`` for a fact such as ``election_weekday: Sunday``."""
    return "weekday" if name.endswith("weekday") and str(value).strip().capitalize() in WEEKDAYS.values() else None


def _labels_a_date(s: str, a: int, b: int, dates) -> bool:
    """A date right after the weekday or right before it ("thứ bảy 22/5", "22/5 (thứ bảy)")."""
    return any(0 <= da - b <= 4 or 0 <= a - db <= 4 for da, db, _ in dates)


def check_weekday(sc, facts: dict) -> None:
    """Findings where ``sc`` (``distortion._Scan``) gives the election another weekday than
    ``facts`` (the ``weekday`` facts: ``election_weekday`` → "Sunday")."""
    s = sc.s
    if not any(w in s for w in ("thu ", "chu nhat", "day")):
        return
    dates = None
    for name, value in facts.items():
        approved = str(value).strip().capitalize()
        for m in _WEEKDAY.finditer(s):
            a, b = m.span()
            said = WEEKDAYS[m.group(0)]
            before = s[max(0, a - 80) : a]
            if said == approved:
                continue
            of_it = _DAY_OF.search(before[-12:]) and (ELECTION_BEFORE.search(before) or POSTPONED_TO.search(before))
            if not (of_it or ELECTION_AFTER.match(s[b : b + 40])):
                continue
            dates = list(find_dates(s)) if dates is None else dates
            if _labels_a_date(s, a, b, dates):
                continue
            lo, hi = bounds(SENTENCE_RE, s, a)
            if EARLY_VOTE.search(s, lo, hi) or other_election(s, a, sc.ref_year) or answered(s, a, b):
                continue
            if DENIED_FIGURE.search(s[max(0, a - 25) : a]) or not_asserted(sc, a, b):
                continue
            sc.add(name, a, b, approved, f"says the election is on {said}; approved: {approved}", "weekday")
            return
