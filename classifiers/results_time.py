"""When the results are said to come out: later than the law allows ("kết quả phải 3 tháng sau mới
công bố", "results won't be out for two months", "results will be announced in September").

Part of ``classifiers.distortion``: the results of this election are announced no later than
``results_deadline_days`` after the vote (``results_announced_date`` is the day they were). A
span of weeks or months longer than that deadline, or a later month than the announcement's, said
of the results' announcement, contradicts it. Read on the folded, accent-stripped text. Not the
results of something else (an exam, a test: an election word must be in the sentence), not a
re-run's ("bầu cử bổ sung", "bầu lại"), not another year's election, and not when denied, asked,
quoted or named to be answered (the scan's own exceptions).
"""

from __future__ import annotations

import datetime as dt
import re

from classifiers.clauses import SENTENCE_RE, bounds, distance, other_election
from classifiers.date_claims import MONTH_ALONE, SESSION, month_of
from classifiers.fact_words import KW
from classifiers.rule_facts import not_asserted

__all__ = [
    "LATE_WORDS",
    "MONTH_WORDS",
    "check_results_late",
    "check_results_month",
    "council_deadline",
    "councils_own_results",
]

_NUMBER = {"mot": 1, "a": 1, "an": 1, "one": 1, "hai": 2, "two": 2, "ba": 3, "three": 3, "bon": 4, "four": 4}
_NUMBER |= {"nam": 5, "five": 5, "sau": 6, "six": 6, "vai": 2, "may": 2, "several": 2, "a few": 2, "few": 2}
_COUNT = r"(?P<n>\d{1,2}|" + "|".join(sorted(_NUMBER, key=len, reverse=True)) + r")"
_UNIT = r"(?P<u>tuan|thang|weeks?|months?)"
_RESULTS = r"\b(?:ket qua|kq|results?|outcome)\b"
_OUT = r"(?:cong bo|cong khai|co|ra|biet|announced|out|published|released|declared|known|in)"
# The results, then within a few words their coming out, then how long after ("kết quả bầu cử sẽ
# được công bố sau 3 tháng", "results won't be out for two months", "results only in six weeks").
_AFTER_SPAN = re.compile(
    _RESULTS + r"(?:\s+[^\s,.;:!?]+){0,8}?\s+" + _OUT + r"\s+(?:[^\s\d,.;:!?]+\s+){0,3}?"
    r"(?P<prep>sau|after|for|in|trong|mat|phai)\s+(?:(?:khoang|tam|hon|gan|it nhat|toi thieu|about|around|another|over"
    r"|more than|at least|nearly|almost)\s+)?" + _COUNT + r"\s+" + _UNIT + r"\b"
)
# ("the results will only be published three months after the vote")
_OUT_SPAN_AFTER = re.compile(
    _RESULTS + r"(?:\s+[^\s,.;:!?]+){0,8}?\s+" + _OUT + r"\s+(?:(?:only|chi)\s+)?" + _COUNT + r"\s+" + _UNIT
    + r"\s+(?:after|sau|ke tu|from|following)\b"
)  # fmt: skip
# How long, then the results ("phải 3 tháng sau mới công bố kết quả", "3 tháng nữa mới có kết quả",
# "kết quả bầu cử phải 3 tháng sau mới công bố").
_SPAN_THEN = re.compile(
    r"\b(?:(?:phai|mat|con|tan|hon|khoang)\s+)?" + _COUNT + r"\s+" + _UNIT + r"\s+(?:sau|nua|later)\s+"
    r"(?:(?:thi|moi|se|thi moi|roi|the)\s+)*(?:duoc\s+)?(?:cong bo|co ket qua|co kq|biet ket qua|results?|co|ra)\b"
)
_SPAN_BEFORE = re.compile(_RESULTS + r"(?:\s+[^\s,.;:!?]+){0,6}?\s*$")
# The results' month ("kết quả … công bố vào tháng 9", "results … announced in September",
# "tháng 9 mới có kết quả").
_IN_MONTH = re.compile(
    _RESULTS
    + r"(?:\s+[^\s,.;:!?]+){0,8}?\s+"
    + _OUT
    + r"\s+(?:(?:vao|trong|den|toi|sang|in|until|till|by|cuoi|late|the end of)\s+)*$"
)
_MONTH_THEN = re.compile(r"^\s+(?:(?:thi|moi|se|thi moi)\s+)*(?:co|cong bo|biet)\s+(?:ket qua|kq)\b")
# A later time than the announcement's without a month's number ("đến cuối năm mới công bố",
# "not until next year"); "phải đợi đến …" before it waits for the results too.
_LATER = re.compile(r"\b(?:cuoi nam|sang nam|nam sau|sau tet|the end of the year|next year|christmas)\b")
_WAIT_FOR = re.compile(r"\b(?:doi|cho)\s+(?:den|toi)\s+$")
# "… won't be known until August": the denial is the claim's own ("not until" is "only at").
_UNTIL = re.compile(r"\b(?:until|till)\s+$")
# A re-run or an extra vote in one unit: its results come later.
_RERUN = re.compile(r"\b(?:bau cu|bau)\s+(?:them|lai|bo sung)\b|\b(?:re-?run|by-?election|second round)\b")
# The words a late results claim cannot do without: ``classifiers.decision``'s cheap pre-check (a
# digit opens the value checks anyway).
LATE_WORDS = [
    *(f"{n} {u}" for n in ("mot", "hai", "ba", "bon", "nam", "sau", "vai", "may") for u in ("tuan", "thang")),
    *(f"{n} {u}" for n in ("a", "one", "two", "three", "four", "five", "six", "several", "few") for u in ("weeks", "months", "week", "month")),
    "weeks", "months",
]  # fmt: skip
MONTH_WORDS = ["july", "august", "september", "october", "november", "december", "cuoi nam", "sang nam", "nam sau",
               "sau tet", "end of the year", "next year", "christmas"]  # fmt: skip


def _days(m: re.Match) -> int:
    n = m.group("n")
    count = int(n) if n.isdigit() else _NUMBER[n]
    return count * (7 if m.group("u").startswith(("tuan", "week")) else 30)


def _said(sc, a: int, b: int, own: tuple[int, int] | None = None) -> bool:
    """An assertion about this election's results: an election word in the sentence, no re-run,
    not another year's election, not denied or quoted (``own``: the claim's own words, whose denial is its own)."""
    lo, hi = bounds(SENTENCE_RE, sc.s, a)
    if distance(sc.s, a, b, KW["election"] + ["ket qua bau cu", "quoc hoi"]) is None or _RERUN.search(sc.s, lo, hi):
        return False
    return not other_election(sc.s, a, sc.ref_year, b) and not not_asserted(sc, a, b, own and own[1], own)


def check_results_late(sc, facts: dict) -> None:
    """A span longer than the deadline (``facts``: the ``days`` facts of
    ``classifiers.distortion``, ``results_deadline_days`` among them)."""
    found = next((n for n in facts if "results" in n and not n.startswith("council_")), None)
    if found is None:
        return
    s = sc.s
    # ("results won't be out for two months": the denial is the claim's own, not a denial of it)
    spans = [
        (m.start("n"), m.end("u"), _days(m), (m.start(), m.start("prep")) if m.group("prep") == "for" else None)
        for m in _AFTER_SPAN.finditer(s)
    ]
    spans += [(m.start("n"), m.end("u"), _days(m), None) for m in _OUT_SPAN_AFTER.finditer(s)]
    for m in _SPAN_THEN.finditer(s):
        if (
            "ket qua" in m.group(0)
            or "result" in m.group(0)
            or _SPAN_BEFORE.search(s, max(0, m.start() - 60), m.start())
        ):
            spans.append((m.start("n"), m.end("u"), _days(m), None))
    for a, b, got, own in spans:
        name = council_deadline(s, a, facts, found)
        want = int(facts[name])
        if got > want and _said(sc, a, b, own):
            message = f"says the results come out {sc.text[a:b]} after the vote; approved: within {want} days"
            sc.add(name, a, b, f"{want} days", message, "days")


def check_results_month(sc, facts: dict) -> None:
    """A later month than the announcement's (``facts``: the ``date`` facts of
    ``classifiers.distortion``, ``results_announced_date`` among them)."""
    value = facts.get("results_announced_date")
    try:
        announced = dt.date.fromisoformat(str(value))
    except ValueError:
        return
    s = sc.s
    for m in [*MONTH_ALONE.finditer(s), *_LATER.finditer(s)]:
        a, b = m.span()
        if m.re is MONTH_ALONE and month_of(m) <= announced.month:
            continue
        said = _IN_MONTH.search(s, max(0, a - 120), a)
        if said is None and _WAIT_FOR.search(s, max(0, a - 12), a):
            said = _SPAN_BEFORE.search(s, max(0, a - 80), a) or _MONTH_THEN.match(s, b)
        if not (said or _MONTH_THEN.match(s, b)):
            continue
        own = (said.start(), a) if said is not None and _UNTIL.search(s, max(0, a - 8), a) else None
        if not _said(sc, a, b, own):
            continue
        approved = f"{announced.day}/{announced.month}/{announced.year}"
        message = f"says the results are announced in {sc.text[a:b]}; approved: {approved}"
        sc.add("results_announced_date", a, b, approved, message, "date")


# A province's (district's, commune's) election committee, or a people's council, named in the
# date's sentence or the one before; the country's results or the Assembly's named in its own.
_COUNCILS_OWN = re.compile(
    r"\b(?:hdnd|hoi dong nhan dan|(?:uy ban|ban) bau cu (?:cap )?(?:tinh|huyen|xa|thanh pho|quan|phuong|thi xa|thi tran)"
    r"|provincial (?:election )?committee|people's council)\b"
)
_COUNTRYS = re.compile(r"\b(?:quoc hoi|ca nuoc|toan quoc|national assembly|nationwide|the country)\b")
# The results' announcement in the date's sentence, and the other days near results: a complaint's,
# the credentials', a review's.
_ANNOUNCE = re.compile(r"\b(?:cong bo|announced?|published|released|out)\b")
_OTHER_DAY = re.compile(r"\b(?:khieu nai|to cao|complaints?|xac nhan tu cach|tong ket|so ket)\b")


def councils_own_results(sc, a: int, b: int, dmy: tuple) -> bool:
    """The results announced on the date at ``sc.s[a:b]`` (day, month, year ``dmy``) are a council's,
    announced by a province's committee on its own day ("Ủy ban bầu cử cấp tỉnh công bố kết quả bầu
    cử đại biểu HĐND tỉnh. Tại tỉnh X, việc công bố diễn ra ngày 28/5"), or a council's session its
    own vote for its officers: not the Assembly's results, whose day is ``results_announced_date``.
    A council's day later than its own deadline is a finding on ``council_results_deadline_days``."""
    s = sc.s
    lo, hi = bounds(SENTENCE_RE, s, a)
    if SESSION.search(s, lo, hi):
        return True  # a council's session announcing its own vote for its officers
    before = bounds(SENTENCE_RE, s, lo - 2)[0] if lo > 1 else lo
    if _COUNCILS_OWN.search(s, before, hi) is None or _COUNTRYS.search(s, lo, hi) is not None:
        return False
    days, ref, (d, mo, y) = sc.facts.get("council_results_deadline_days"), sc.ref_date, dmy
    if days is None or ref is None or (y is not None and y != ref.year) or (y is None and sc.other_year):
        return True
    if not _ANNOUNCE.search(s, lo, hi) or _OTHER_DAY.search(s, lo, hi) or _RERUN.search(s, before, hi):
        return True
    try:
        last, day = ref + dt.timedelta(days=int(days)), dt.date(ref.year, mo, d)
    except ValueError:
        return True
    if day > last and not other_election(s, a, sc.ref_year, b) and not not_asserted(sc, a, b):
        approved = f"{days} days, by {last.day}/{last.month}/{last.year}"
        message = f"says a people's council's results are announced on {sc.text[a:b]}; approved: within {approved}"
        sc.add("council_results_deadline_days", a, b, approved, message, "days")
    return True


def council_deadline(s: str, a: int, facts: dict, name: str = "results_deadline_days") -> str:
    """``council_results_deadline_days`` (when among ``facts``) for a span of days at ``s[a]`` said of a
    council's results: the body nearest before it, in its sentence or the one before, is a council or a
    local committee, not the Assembly or the country ("… Quốc hội chậm nhất là 20 ngày …; Ủy ban bầu cử
    công bố kết quả … HĐND cấp mình chậm nhất là 10 ngày"); ``name`` (the Assembly's) otherwise."""
    if "council_results_deadline_days" not in facts:
        return name
    lo, hi = bounds(SENTENCE_RE, s, a)
    lo = bounds(SENTENCE_RE, s, lo - 2)[0] if lo > 1 else lo
    council = [m.start() for m in _COUNCILS_OWN.finditer(s, lo, hi)]
    country = [m.start() for m in _COUNTRYS.finditer(s, lo, hi)]
    near = max((x for x in council if x < a), default=-1), max((x for x in country if x < a), default=-1)
    own = near[0] > near[1] if max(near) >= 0 else bool(council) and not country
    return "council_results_deadline_days" if own else name
