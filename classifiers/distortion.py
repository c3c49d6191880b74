"""Check the dates, times, ages, percentages and counts an item states against approved key facts.

Data-driven: which detector applies to a key fact follows from its name and value
(``*_date`` with an ISO date, ``*_age``, ``*_days``, ``HH:MM`` times named open/close,
``*percent*``/``turnout*``, ``allowed``/``not_allowed`` values, the rules of
``classifiers.rule_facts``, other integers as counts).
A value in the text is attributed to the fact whose context words are nearest in the same
clause (then sentence), e.g. "ngày bầu cử" for ``election_date``, "công bố kết quả" for
``results_announced_date``. Everything runs on a case-folded, accent-stripped copy of the text
that keeps one character per original character, so spans point into the original.

The rule is: no finding unless the text clearly states a value for that fact that disagrees.
A sentence that names only other years than the approved election's is about another election
and is skipped. A value counts only when the sentence asserts it *as that fact*:

- the election date only right after an election phrase ("bầu cử ngày 30/5", "election will be
  held on May 30", also after its place or a long subject: "cuộc bầu cử tại xã Tân Lộc được tổ
  chức vào …", "bầu cử đại biểu Quốc hội và HĐND các cấp dời sang …"), after a postponement (also
  to a month alone: "dời qua tháng 7", or after the old date denied: "không diễn ra vào 23/5 mà lùi
  sang 29/5") or before "là ngày bầu cử"; never a dateline ("June 4 – Election teams…", "Ngày 4/6,
  Tổ bầu cử…"), a publication date ("Đăng lúc 4/6"), a re-run's or an extra vote's date ("bầu cử
  thêm"), a date in a claim named to be answered, or another event's date; a date right after
  "công bố" is the announcement's; the election's weekday likewise ("bầu cử vào thứ bảy", ``weekday``);
- never a figure attributed to the competent body ("Theo Hội đồng bầu cử quốc gia, …"), but the
  election's date whoever gives it (a fake notice's letterhead), and an hour or an age "theo quy
  định" (a rule cited, wrong whoever states it otherwise);
- a percentage is the turnout only for the whole country: not when the sentence names a part (a
  province, a unit, a polling area, a running count "đến 16 giờ") unless the figure's own clause
  names the country before it, not a candidate's share ("64,90% số phiếu hợp lệ") or the
  valid-ballot rate, not a change ("tăng 120%"); above 100% it is impossible whoever it is said of;
  a turnout within a point of the approved one is an earlier or rounder count;
- an age is a voting or candidacy age only next to voting or standing; it is denied only by a
  denial of the permission governing that verb ("chưa được đi bầu", "no one under 18 can vote"),
  not a choice ("không đi bầu"), not across "nhưng", not as a condition ("… thì"), and never in
  a clause about proxy voting; "trên 80 tuổi" is a group unless the sentence makes it the limit;
  a name that folds to a qualifier ("Nguyễn Đình Tư 106 tuổi": "tu", from) gives a person's age;
  the limit itself stated ("tuổi được đi bầu là 25") is wrong unless it is the approved one; an
  age asked about, named to be answered, denied as a whole ("Không có chuyện …") or called false
  right after is not claimed (``classifiers.ages``);
- an hour is an opening or closing hour only after "from"/"until", after an opening or closing
  word shortly before it in its sentence with no other number between (a date does not count),
  or before "là đóng cửa", never a report of what was done by an hour ("cho biết đến 8h30, khu
  vực số 5 đã hoàn thành"); "không trước 5 giờ", "not after 9 p.m." state the limits
  (``earliest_open``, ``latest_close``) (``classifiers.hours``);
- a date of another step (the results' announcement) only with an election word in its sentence or
  the one before ("công bố" alone announces anything), never a council's session announcing its
  own vote for its officers ("phiên họp", "bầu giữ chức"); a number of days never of complaints;
  results out later than the deadline (a span, a month) only of this election's (``results_time``);
- a date, hour, percentage or number of days named to be answered ("A widely shared claim that
  turnout was only 58% …") or called false right after it ("tin … đóng cửa lúc 16h là sai", not
  "… là sai quy định": against the rules) is not claimed, nor a date, hour, age, percentage or
  count in a sentence that ends with "?" (whatever follows it);
- proxy voting is said allowed or not by a denial a few words before its word or of the
  permission itself; a question about it ("có được bầu hộ không") states nothing; "ủy quyền",
  "behalf" name it only about voting; a rule said "allowed" is wrong whoever is cited;
- rules said otherwise (``classifiers.rule_facts``): results settled before the vote or figures
  invented (``*_decided_by``), a penalty on voters (``*penalty*: none``), a fee to vote
  (``*fee*: none``), voting other than in person (``*_method: in_person``), a traceable ballot
  (``secret``), unless asked, denied, quoted, named to be answered, reported as a fake, or said of
  another country;
- no value at all in a sentence about another country's election, US politics or a contest's vote;
- a date, percentage or count is not claimed when the text corrects it: it gives the fact's
  approved value as the true one ("phường vừa xác nhận vẫn 23/5", "Số chính thức là 99,60%", "The
  official number is 499"), unless it is put as the reality behind the official one ("nhưng thực
  tế chỉ 45%"), or after a "but" from it (``classifiers.corrections``); a date denied right before
  it ("chứ không phải 25/5") is not claimed either.

The words and patterns these rules read, and the readers of dates and times, are in ``fact_words``;
the readers of ages in ``ages``; the phrases that assert the election's date in ``date_claims``.

Findings are data (fact, found value, approved value, ``kind``); ``monitor.outputs.findings`` renders
them in the reader's language. ``message`` keeps an English rendering for older readers.
"""

from __future__ import annotations

import datetime as dt
import re

from classifiers import clauses
from classifiers.ages import check_ages, sentence_asks
from classifiers.clauses import CLAUSE_RE, SENTENCE_RE, answered, assign, bounds, distance, other_election, word_re
from classifiers.corrections import affirmed, claimed_as_real
from classifiers.count_words import ONLY_BEFORE, PEOPLE_HEAD, TO_ELECT
from classifiers.date_claims import (
    ANNOUNCED_BEFORE,
    ELECTION_AFTER,
    ELECTION_BEFORE,
    MONTH_ALONE,
    MONTH_QUALIFIER,
    POSTPONED_TO,
    POSTPONED_UNDATED,
    counted_ratio,
    early_vote,
    month_of,
    subject_date,
)
from classifiers.fact_words import (
    ASKS_AFTER,
    ATTRIBUTED,
    CHANGE_BEFORE,
    DATE_DISTRACTORS,
    DATELINE_AFTER,
    DAYS_OF_OTHER,
    DAYS_RE,
    DENIED_FIGURE,
    GROUP_SHARE_BEFORE,
    INT_RE,
    KW,
    LET_BEFORE,
    LINKED,
    NEEDS_VOTE_WORD,
    NOT_FORBIDDEN,
    NOT_PERMITTED,
    PART,
    PCT_RE,
    PERMIT,
    PERMITTED_NEXT,
    PUBLISHED,
    REFUTED,
    RULE_CITED,
    RUNNING,
    SHARE_AFTER,
    SHARE_BEFORE,
    SUBGROUP_AFTER,
    VOTE_BEFORE_BEHALF,
    VOTE_WORD,
    WHOLE,
    bound_of,
    counted_parts_only,
    find_dates,
    may_match,
    meets,
)
from classifiers.hours import check_times
from classifiers.message_fields import message_field
from classifiers.results import Finding
from classifiers.results_time import check_results_late, check_results_month, council_deadline, councils_own_results
from classifiers.rule_facts import CONTRAST_TURN, RULE_CHECKS, RULE_KINDS, elsewhere, not_asserted, rule_kind
from classifiers.text import fold_strip_aligned
from classifiers.weekday import check_weekday, weekday_kind

__all__ = ["check", "fact_kinds", "key_facts_for"]


def key_facts_for(messages, narrative: str | None = None, message_key: str | None = None) -> dict:
    """Key facts of the messages answering ``narrative`` (or the one message ``message_key``).

    The matched message's facts win over other messages' facts of the same name.
    """
    facts: dict = {}
    chosen = None
    for m in messages:
        key = message_field(m, "key")
        narrs = message_field(m, "narratives") or []
        if key == message_key:
            chosen = m
        elif narrative is not None and narrative in narrs:
            facts.update(message_field(m, "key_facts") or {})
    if chosen is not None:
        facts.update(message_field(chosen, "key_facts") or {})
    return facts


# -- fact kinds ---------------------------------------------------------------------------------


def _iso_date(v) -> dt.date | None:
    if isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v))
    except ValueError:
        return None


def _topic_words(name: str) -> list[str]:
    for part, topic in (
        ("proxy", "proxy"),
        ("results", "results"),
        ("voter_list", "voter_list"),
        ("candida", "candidacy_age"),
        ("turnout", "turnout"),
        ("deput", "deputies"),
        ("law", "law"),
        ("voting_age", "voting_age"),
    ):
        if part in name:
            return KW[topic]
    if "election" in name or "poll" in name or "voting" in name:
        return KW["election"]
    # An unknown fact: its English name words are the best clue we have.
    return [w for w in name.split("_") if len(w) > 2 and w not in ("date", "days", "percent")]


def _fact_kind(name: str, value) -> str | None:
    s = str(value).strip().lower()
    if name.endswith("_age"):
        return "age"
    if s in ("allowed", "not_allowed"):
        return "allowed"
    if kind := rule_kind(name, value) or weekday_kind(name, value):
        return kind
    if re.fullmatch(r"\d{1,2}:\d{2}", s):
        return "time"
    if _iso_date(value) is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return "date"
    if "days" in name and re.fullmatch(r"\d+", s):
        return "days"
    if ("percent" in name or "turnout" in name or s.endswith("%")) and re.fullmatch(r"\d+(?:[.,]\d+)?%?", s):
        return "percent"
    if isinstance(value, int) and not isinstance(value, bool):
        return "count"
    return None


# -- attribution (clause and sentence bounds, distances to words: ``classifiers.clauses``) --------


def _dateline(s: str, a: int, b: int) -> bool:
    """A date that opens its line or sentence and is followed by a dash, colon or comma (a news
    dateline, "Ngày 4/6, ..."), that follows "posted"/"đăng lúc", or a count ("10/11 huyện"): no claim."""
    lo, _ = bounds(SENTENCE_RE, s, a)
    before = s[lo:a].strip(" \t\n\"'([")
    if before in ("", "ngay", "hom nay", "on") and DATELINE_AFTER.match(s[b : b + 6]):
        return True
    return bool(PUBLISHED.search(s[max(0, a - 20) : a])) or counted_ratio(s, a, b)


def _attributed(s: str, a: int, kind: str | None = None) -> bool:
    """The sentence gives the figure as the competent body's (or any named source's). An hour, an
    age or a number of days in a sentence that cites the rule ("theo quy định (mới)", "Luật Bầu cử
    cho phép …", "by law") is what the item says the law is, wrong whoever it says applies it."""
    lo, hi = bounds(SENTENCE_RE, s, a)
    if kind in ("time", "age", "days") and RULE_CITED.search(s, lo, hi):
        return False
    return ATTRIBUTED.search(s, lo, hi) is not None


def _asserted_election_date(s: str, a: int, b: int) -> bool:
    before = s[max(0, a - 80) : a]
    return bool(ELECTION_BEFORE.search(before) or POSTPONED_TO.search(before) or ELECTION_AFTER.match(s[b : b + 40]))


def _about_a_part(s: str, a: int, b: int) -> bool:
    """The figure at ``s[a:b]`` is said of a part (a province, a unit, a polling area, a running
    count): a part named in its sentence, unless the figure's own clause names the country before
    it and no part. The clause is taken from where the figure ends: "64,90%" holds a comma."""
    lo, hi = bounds(SENTENCE_RE, s, a)
    clo, chi = bounds(CLAUSE_RE, s, a)[0], bounds(CLAUSE_RE, s, max(a, b - 1))[1]
    lo = bounds(SENTENCE_RE, s, lo - 2)[0] if lo > 1 and LINKED.match(s, lo) else lo  # ("Theo đó, …")
    if RUNNING.search(s, lo, hi):
        return True
    parts = list(PART.finditer(s, lo, hi))
    if not parts or counted_parts_only(s, parts, chi):
        return False  # (no part, or only parts counted after the figure's clause: "nhiều tỉnh phải bầu lại")
    # "Tỷ lệ … cả nước chỉ 45%, thấp nhất khu vực": the country, said before the figure in its
    # own clause, with no part there ("tỉnh X chót bảng cả nước với 71,45%" is the province's)
    return not (WHOLE.search(s[clo:a]) and not PART.search(s[clo:chi]))


# -- the check ----------------------------------------------------------------------------------


def _fmt_date(d: int, mo: int, y: int | None) -> str:
    return f"{d}/{mo}/{y}" if y else f"{d}/{mo}"


def _label(name: str) -> str:
    for suffix in ("_date", "_days", "_percent", "_age"):
        name = name.removesuffix(suffix)
    return name.replace("_", " ")


def fact_kinds(key_facts: dict) -> dict[str, dict]:
    """Kind → {fact name: approved value}: which detector checks which fact (see module docstring)."""
    kinds: dict[str, dict] = {}
    for name, value in key_facts.items():
        k = _fact_kind(name, value)
        if k:
            kinds.setdefault(k, {})[name] = value
    return kinds


class _Scan:
    """One text being checked: the original, its folded copy, the reference date and year, the findings so far."""

    def __init__(self, text: str, s: str, ref: dt.date | None, other_year: bool = False, facts: dict | None = None):
        self.text, self.s, self.ref_date, self.ref_year, self.other_year = text, s, ref, ref and ref.year, other_year
        self.facts = facts or {}  # every key fact, for the checks that read one beside their own kind's
        self.out: list[Finding] = []

    def add(self, name, a, b, approved, message, kind=None):
        if self.other_year and kind in ("date", "weekday", "percent", "count"):
            return  # an item of another year: its own election's date and figures ("ngày bầu cử 15/3" in 2026)
        if kind != "allowed" and kind not in RULE_KINDS and name not in _OWN_DAY and _attributed(self.s, a, kind):
            return  # the competent body's own figure, quoted (a rule said otherwise is wrong whoever is cited)
        if kind in _ANSWERABLE and answered(self.s, a, b):
            return  # "A widely shared claim that turnout was only 58% …", "tin … đóng cửa lúc 16h là sai"
        if kind in _ASKABLE and sentence_asks(self.s, a):
            return  # the value's own sentence asks ("Bầu cử dời sang 30/5 à? Mình nghe phường nói vậy, …")
        if elsewhere(self, a):
            return  # another country's election ("Bầu cử tại Brazil: tỷ lệ …"), a contest ("bình chọn … tới 15/5")
        if clauses.misread(self.text, a):
            return  # a word that only folds like the claim's own ("tài chính số" read as "chỉnh số")
        self.out.append(Finding(name, self.text[a:b], approved, message, a, b, kind))


# The values named to be answered in ``_Scan.add`` (dates of the election, ages and counts are read so by
# their own checks), those a question may ask about, and the days wrong whoever is cited, as a rule is.
_ANSWERABLE = frozenset({"date", "weekday", "time", "percent", "days"})
_ASKABLE, _OWN_DAY = _ANSWERABLE | {"age", "count"}, ("election_date", "election_weekday")


# A date of the results (or of the voter list, or another step) needs one of these in its sentence or
# the one before: "công bố" alone announces anything ("bảng giá đất … công bố và áp dụng từ ngày 1/7").
_NEAR = "ket qua|kq|so lieu|trung cu|dac cu|ung cu|bien ban|danh sach|quoc hoi|results|elected|candidates|tally|figures"
_ELECTION_NEAR = re.compile(r"\b(?:" + "|".join(KW["election"]) + "|" + _NEAR + r")\b")


def _near_the_election(s: str, a: int) -> bool:
    """An election word in the sentence of ``s[a]`` or the one before ("Bảng tổng hợp … của Ủy ban
    bầu cử … Bảng được công bố trưa 23/5")."""
    lo, hi = bounds(SENTENCE_RE, s, a)
    lo = bounds(SENTENCE_RE, s, lo - 2)[0] if lo > 1 else lo
    return _ELECTION_NEAR.search(s, lo, hi) is not None


def _check_dates(sc: _Scan, facts: dict) -> None:
    s = sc.s
    cands = {n: _topic_words(n) for n in facts}
    for a, b, (d, mo, y) in find_dates(s):
        if _dateline(s, a, b):
            continue
        name = assign(s, a, b, cands, DATE_DISTRACTORS) or subject_date(s, a, b, cands)
        if (
            name == "election_date"
            and "results_announced_date" in facts
            and ANNOUNCED_BEFORE.search(s, max(0, a - 120), a)
        ):
            name = "results_announced_date"  # "kết quả bầu cử được công bố hôm 31 tháng 5"
        if name is None or (name == "election_date" and not _asserted_election_date(s, a, b)):
            continue
        if name == "election_date" and early_vote(sc, a, (d, mo, y)):
            continue  # "went to the polls on May 16, a week ahead of the official election day"
        if name != "election_date" and not _near_the_election(s, a):
            continue  # "bảng giá đất … công bố và áp dụng từ ngày 1/7": another announcement
        if name == "results_announced_date" and councils_own_results(sc, a, b, (d, mo, y)):
            continue  # a council's session, a province announcing its council's results (by their own deadline)
        ok = _iso_date(facts[name])
        if y is not None and y != ok.year:
            continue  # another year: another election, not a wrong date
        if y is None and other_election(s, a, sc.ref_year):
            continue
        if name == "election_date" and answered(s, a, b):
            continue  # "A rumour that the election had been moved to June 20 spread …": named to be answered
        denied = DENIED_FIGURE.search(s[max(0, a - 25) : a])  # ("… chứ không phải 25/5")
        if (d, mo) != (ok.day, ok.month) and not denied:
            what = "the election is on" if name == "election_date" else f"the {_label(name)} is"
            approved = _fmt_date(ok.day, ok.month, ok.year)
            sc.add(name, a, b, approved, f"says {what} {_fmt_date(d, mo, y)}; approved: {approved}", "date")


def _check_postponed_to_a_month(sc: _Scan, facts: dict) -> None:
    """ "Bầu cử dời qua tháng 7", "postponed to July": the election moved, only a month given; or
    postponed with no date at all ("bị hoãn vô thời hạn", "postponed indefinitely")."""
    ok = _iso_date(facts.get("election_date"))
    for m in [*MONTH_ALONE.finditer(sc.s), *POSTPONED_UNDATED.finditer(sc.s)] if ok is not None else ():
        a, b = m.span()
        before = MONTH_QUALIFIER.sub("", sc.s[max(0, a - 100) : a])
        undated = m.re is POSTPONED_UNDATED
        if not undated and (month_of(m) == ok.month or not POSTPONED_TO.search(before)):
            continue
        if other_election(sc.s, a, sc.ref_year, b) or answered(sc.s, a, b) or (undated and not_asserted(sc, a, b)):
            continue
        approved, to = _fmt_date(ok.day, ok.month, ok.year), "postponed" if undated else f"moved to {sc.text[a:b]}"
        sc.add("election_date", a, b, approved, f"says the election is {to}; approved: {approved}", "date")


def _check_percents(sc: _Scan, facts: dict) -> None:
    s = sc.s
    cands = {n: KW["turnout"] if "turnout" in n else _topic_words(n) for n in facts}
    for m in PCT_RE.finditer(s) if may_match(PCT_RE, s) else ():
        a, b = m.span()
        name = assign(s, a, b, cands)
        if name is None or other_election(s, a, sc.ref_year, b):
            continue
        if CHANGE_BEFORE.search(s[max(0, a - 30) : a]):
            continue  # "tăng 120% so với kỳ trước": a change, not a level
        got = float(m.group(1).replace(",", "."))
        want = float(str(facts[name]).rstrip("%").replace(",", "."))
        if got > 100:
            # more than all the voters, wherever and whoever it is said of: impossible
            sc.add(name, a, b, f"{want:g}%", f"says {_label(name)} is {got:g}%; approved: {want:g}%", "percent")
            continue
        if _about_a_part(s, a, b):
            continue  # a part's figure (a province, some polling stations), not the fact
        clo = bounds(CLAUSE_RE, s, a)[0]
        if "turnout" in name and (SHARE_AFTER.search(s[b : b + 30]) or SHARE_BEFORE.search(s[max(clo, a - 40) : a])):
            continue  # a share of the votes, not of the voters
        if "turnout" in name and GROUP_SHARE_BEFORE.search(s[max(bounds(SENTENCE_RE, s, a)[0], a - 60) : a]):
            continue  # a share of a group of people counted before it
        # the press prints running and preliminary national counts: within a point of the
        # approved turnout a figure is an earlier or rounder count, not another result
        if not meets(bound_of(s, a, b), got, want, _pct_tolerance(name)):
            sc.add(name, a, b, f"{want:g}%", f"says {_label(name)} is {got:g}%; approved: {want:g}%", "percent")


def _check_days(sc: _Scan, facts: dict) -> None:
    s = sc.s
    cands = {n: _topic_words(n) for n in facts if not n.startswith("council_")}
    for m in DAYS_RE.finditer(s) if may_match(DAYS_RE, s) else ():
        a, b = m.span()
        name = assign(s, a, b, cands, DAYS_OF_OTHER)
        if name is None:
            continue  # (the days of something nearer: "tiếp nhận khiếu nại trong 7 ngày")
        name = council_deadline(s, a, facts, name) if "results" in name else name
        got, want = int(m.group(1)), int(facts[name])
        if got != want:
            sc.add(name, a, b, f"{want} days", f"says {_label(name)}: {got} days; approved: {want} days", "days")


def _check_counts(sc: _Scan, facts: dict) -> None:
    s = sc.s
    for name, value in facts.items():
        words = _topic_words(name)
        for m in INT_RE.finditer(s):
            a, b = m.span()
            after = s[b : b + 25]
            # Only "<number> <topic word>" with an election word in the clause: numbers
            # float around freely in news text.
            head = after.lstrip()
            people = PEOPLE_HEAD.match(head)
            if people and not ONLY_BEFORE.search(s, max(0, a - 16), a):
                continue  # "Chính phủ có 22 người trúng cử": a group; "chỉ có 300 người trúng cử": all of them
            head = head[people.end() :] if people else head
            if not any(head.startswith(w) for w in words):
                continue
            if distance(s, a, b, ["trung cu", "elected", "bau"]) is None or other_election(s, a, sc.ref_year, b):
                continue
            if _about_a_part(s, a, b) or SUBGROUP_AFTER.match(after) or TO_ELECT.search(s, max(0, a - 20), a):
                continue  # a council's or a province's count, a group of the deputies, or the seats to fill
            if answered(s, a, b):
                continue  # "Bài viết nói Quốc hội chỉ có 450 đại biểu là sai": named to be answered
            got = int(m.group(1))
            if not meets(bound_of(s, a, b), got, int(value)):
                sc.add(name, a, b, str(value), f"says {got} {_label(name)}; approved: {value}", "count")


_VALUES = ("date", "percent", "count")


# A count, also at the end of a sentence ("The official number is 499.").
_APPROVED_INT = re.compile(r"(?<![\d/.,])(\d{1,4})(?![\d%]|[.,]\d)")


def _pct_tolerance(name: str) -> float:
    # the press prints running and preliminary national counts: within a point of the approved
    # turnout a figure is an earlier or rounder count, not another result
    return 1.0 if "turnout" in name else 0.05


def _approved_spans(s: str, f: Finding, value) -> list[tuple[int, int]]:
    """Where the folded text ``s`` gives the approved ``value`` of the finding's fact."""
    if f.kind == "date":
        ok = _iso_date(value)
        return [(a, b) for a, b, (d, mo, y) in find_dates(s) if (d, mo) == (ok.day, ok.month) and y in (None, ok.year)]
    if f.kind == "percent":
        want = float(str(value).rstrip("%").replace(",", "."))
        tol = _pct_tolerance(f.fact)
        return [m.span() for m in PCT_RE.finditer(s) if abs(float(m.group(1).replace(",", ".")) - want) <= tol]
    return [m.span() for m in _APPROVED_INT.finditer(s) if int(m.group(1)) == int(value)]


def _corrected(s: str, f: Finding, value) -> bool:
    """Whether the finding's value is corrected in the text by the approved value stated as the true
    one (``classifiers.corrections``), with no "but" from that value to this one ("vẫn là 23/5
    nhưng khu mình dời sang 30/5")."""
    a = f.start or 0
    if claimed_as_real(s, a):
        return False
    return any(
        affirmed(s, x, y) and not (x < a and CONTRAST_TURN.search(s, y, a)) for x, y in _approved_spans(s, f, value)
    )


_ALLOWED_HUMAN = {"allowed": "allowed", "not_allowed": "not allowed"}


def _said_allowed(clause: str, at: int = 0, text: str = "") -> str | None:
    """What the clause says of the practice whose word starts at ``at`` in it: ``not_allowed``
    (a denial a few words before that word — "không ai được bầu hộ", "vợ chồng cũng ko bầu hộ" —
    or of the permission itself — "is not allowed", "không được"), ``allowed``, or None.
    ("Được bầu hộ, ko cần giấy ủy quyền" denies the paper, not the practice.)"""
    if re.search(r"\?(?!!)", clause[at:]) or ASKS_AFTER.search(clause, at):
        return None  # a question ("có được bầu hộ không mọi người", "bau ho dc ko vay"); "?!" asserts
    if REFUTED.search(clause):
        return None  # "ai nói ủy quyền đi bầu thay là đúng luật thì sai nhé"
    if NOT_FORBIDDEN.search(clause):
        return "allowed"  # "chẳng ai cấm bầu hộ", "bầu hộ không bị cấm"
    if clauses.denied_before(clause, text or clause, 0, at) or NOT_PERMITTED.search(clause):  # (``text``: the original)
        return "not_allowed"
    if PERMIT.search(clause) or LET_BEFORE.search(clause, 0, at):
        return "allowed"
    return None


def _check_allowed(sc: _Scan, facts: dict) -> None:
    """Runs last: a word already inside another finding (a wrong date, say) is not judged again."""
    s = sc.s
    for name, value in facts.items():
        approved = str(value).lower()
        for w in _topic_words(name):
            if w not in s:
                continue
            for m in word_re(w).finditer(s):
                a, b = m.span()
                if any(f.start is not None and a < f.end and f.start < b for f in sc.out):
                    continue  # inside, or around, a finding already made ("đi bầu thay" and "bầu thay")
                lo, hi = bounds(CLAUSE_RE, s, a)
                if w in NEEDS_VOTE_WORD and not VOTE_WORD.search(s, lo, hi + 1):
                    continue  # "ủy quyền" about signing a decision, not about voting
                at = a
                if w == "behalf":  # "nobody can vote on your behalf": the denial is read before "vote"
                    verb = list(VOTE_BEFORE_BEHALF.finditer(s, lo, a))
                    at = verb[-1].start() if verb else a
                said = _said_allowed(s[lo : hi + 1], at - lo, sc.text[lo : hi + 1])  # (with its end: "… khum?")
                if said is None and hi < len(s) and s[hi] == "," and PERMITTED_NEXT.match(s, hi + 1):
                    said = "allowed"
                if said is None or said == approved or clauses.answered(s, a, b, denial=False):
                    continue  # (a practice said allowed in a post named to be answered: "Bài viết nói …")
                human = _ALLOWED_HUMAN.get(approved, str(value))
                message = f"says {_label(name)} is {_ALLOWED_HUMAN[said]}; approved: {human}"
                sc.add(name, a, b, human, message, "allowed")


# Kind → its detector, in the order they run (the rules of ``classifiers.rule_facts`` after the
# values; ``allowed`` last: it skips words inside earlier findings).
_CHECKS = (
    ("date", _check_dates),
    ("date", _check_postponed_to_a_month),
    ("date", check_results_month),
    ("weekday", check_weekday),
    ("time", check_times),
    ("age", check_ages),
    ("percent", _check_percents),
    ("days", _check_days),
    ("days", check_results_late),
    ("count", _check_counts),
    *RULE_CHECKS,
    ("allowed", _check_allowed),
)


def check(
    text: str,
    key_facts: dict,
    kinds: dict | None = None,
    only: set[str] | None = None,
    published_year: int | None = None,
) -> list[Finding]:
    """Findings where ``text`` states a value that disagrees with ``key_facts``.

    Parameters
    ----------
    text : str
        The item (title and text), as stored.
    key_facts : dict
        Fact name → approved value, e.g. ``{"election_date": "2021-05-23", "voting_age": 18}``.
    kinds : dict, optional
        ``fact_kinds(key_facts)``, when the caller checks many texts against the same facts.
    only : set of str, optional
        The kinds of check to run (``date``, ``penalty``…); all of them when None.
    published_year : int, optional
        The item's year of publication. A text of a later year, or of two or more years before, that
        does not name the election's year speaks of another election: its dates, percentages and
        counts are not checked (rules, hours and ages are). The year before, it is the one to come.

    Returns
    -------
    list of Finding
        In text order; ``start``/``end`` are offsets into ``text``.
    """
    if not text or not key_facts:
        return []
    s = fold_strip_aligned(text)
    kinds = fact_kinds(key_facts) if kinds is None else kinds
    dates = kinds.get("date", {}).values()
    ref = _iso_date(key_facts.get("election_date")) or next((d for d in map(_iso_date, dates) if d), None)
    other = bool(published_year and ref and not ref.year - 1 <= published_year <= ref.year and str(ref.year) not in s)
    sc = _Scan(text, s, ref, other, key_facts)
    for kind, detect in _CHECKS:
        if kind in kinds and (only is None or kind in only):
            detect(sc, kinds[kind])
    if sc.out:  # a value corrected by the approved one, stated as the true one, is not claimed
        sc.out = [f for f in sc.out if not (f.kind in _VALUES and _corrected(s, f, key_facts[f.fact]))]
    return sorted(sc.out, key=lambda f: f.start or 0)
