"""Polling hours in a text: which hour it states as the opening or the closing of the polls.

Part of ``classifiers.distortion`` (its rules are in that module's docstring): an hour is an
opening or closing hour only after "from"/"until", after an opening or closing word shortly
before it in its sentence with no other number between, or before "là đóng cửa" (also "là đóng hòm
phiếu", "là hết giờ bầu"); an hour after which voting is said to stop closes the polls ("quá 11 giờ
là không được bỏ phiếu nữa", "after 3pm you can't vote"), with no other election word needed; never the
writer's own hour, a deadline for candidacy files, or a report of what was done by an hour
("cho biết đến 8h30, khu vực số 5 đã hoàn thành"); "không trước 5 giờ", "not after 9 p.m." state
the limits (``earliest_open``, ``latest_close``).
"""

from __future__ import annotations

import re

from classifiers.clauses import CLAUSE_RE, SENTENCE_RE, bounds, distance, word_re
from classifiers.fact_words import (
    ARRIVES,
    DATES_IN,
    FILES_UNTIL,
    KW,
    NOT_AFTER,
    NOT_BEFORE,
    NOT_POLL_HOURS,
    PERSON_DOES,
    REPORTED_BY,
    ROLE_AFTER,
    WAIT_BEFORE,
    WRITER_BEFORE,
    find_times,
)

__all__ = ["NOON_WORDS", "check_times"]

# A denial right before the opening or closing word and its hour ("ko đóng cửa lúc 17h", "does not
# close at 5 p.m."); not "won't open until noon", which states the opening hour.
DENIED_AT = re.compile(
    r"\b(?:khong|ko|k|chua|chang|khum|hong|not|doesn't|don't|won't|isn't|aren't)\s+(?:(?:phai|con|he|duoc|dc)\s+)?"
    r"(?:mo cua|dong cua|mo|dong|ket thuc|bat dau|open|opens|opening|close|closes|closing)\s+(?:(?:luc|vao|vao luc|at|by)\s*)?$"
)


def _time_names(times: dict) -> tuple[dict, dict]:
    """Role (open/close) → the fact giving the usual hour, and → the fact giving the earliest/latest bound."""
    role_of = {n: ("open" if any(w in n for w in ("open", "start", "earliest")) else "close") for n in times}

    def pick(role: str, is_bound: bool):
        return next(
            (n for n in times if role_of[n] == role and any(w in n for w in ("earliest", "latest")) == is_bound), None
        )

    return {r: pick(r, False) for r in ("open", "close")}, {r: pick(r, True) for r in ("open", "close")}


def _time_role(sc, a: int, b: int) -> str | None:
    """Whether the time at ``s[a:b]`` is an opening or a closing hour ("from 7:00", "until 19:00")."""
    s = sc.s
    before = s[max(0, a - 8) : a]
    if ARRIVES.search(s, max(0, a - 30), a) or WRITER_BEFORE.search(sc.text, max(0, a - 8), a):
        return None  # "tôi đến lúc 9 giờ", "tôi 8 giờ mới dậy": the writer's hour, not the polls'
    if FILES_UNTIL.search(s, max(0, a - 45), a):
        return None  # "nhận hồ sơ ứng cử tới 17h": the deadline for files
    if re.search(r"\b(tu|from)\s*(?:luc\s*)?$", before):
        return "open"
    if m := re.search(r"\b(den|toi|until|to|till)\s*(?:luc\s*|tan\s+)?$", before):  # ("mở đến tận 20 giờ")
        if _running_report(s, a - len(before) + m.start(), b):
            return None  # "cho biết đến 8h30, khu vực số 5 đã hoàn thành": by that hour, not until it
        return "close"
    # Otherwise the nearest opening or closing word shortly before the hour in its sentence
    # ("đóng cửa lúc 16 giờ", "giờ đóng cửa: 17 giờ", "polls close at 5 p.m."): an hour the
    # sentence only mentions ("a short line at 4 p.m.; it stays open until 7 p.m.") or the end of
    # a range ("7h–19h") is not one.
    if _AFTER_IT.search(before) and _NO_VOTE_AFTER.match(s, b):
        return "close"  # "quá 11 giờ là không được bỏ phiếu nữa", "after 3pm you can't vote"
    role = _role_before(s, a, 60)
    if role is None:
        after = ROLE_AFTER.match(s, b)  # "17 giờ là đóng cửa"
        role = after and ("open" if after.group(1) in KW["open"] else "close")
    return role


# An hour after which voting is said to stop: a closing hour ("sau 15 giờ là không được bầu nữa",
# "after 3pm you can't vote"), or one said to end the hours of voting ("17h là hết giờ bầu").
_AFTER_IT = re.compile(r"\b(?:sau|qua|after|past)\s*(?:luc\s*)?$")
_NO_VOTE_AFTER = re.compile(
    r"\s*(?:sang|trua|chieu|toi|dem)?\s*,?\s*(?:la|thi)?\s*(?:(?:khong|ko|k|chang)\s+(?:con\s+)?(?:duoc|dc|cho)\s+"
    r"(?:di\s+)?(?:bau|bo phieu)(?!\s+cho\b)|(?:you|voters)\s+(?:can't|cannot|can not|may not|won't be able to)\s+vote|(?:nobody|no one|no-one)\s+(?:can|may)\s+vote)\b"
)

# (either names the vote itself: no other election word is needed near the hour)
_VOTING_ENDS = re.compile(
    _NO_VOTE_AFTER.pattern
    + r"|\s*(?:sang|trua|chieu|toi|dem)?\s*(?:la|thi)?\s*(?:het gio (?:bau|bo phieu|di bau)|dong (?:thung|hom) phieu)\b"
)


def _running_report(s: str, at: int, b: int) -> bool:
    """ "đến"/"tới" at ``s[at]`` opens its clause (or follows "cho biết"), and the sentence names no
    opening or closing after the hour ending at ``b``: a report of what was done by that hour."""
    clo, _ = bounds(CLAUSE_RE, s, at)
    lead = s[clo:at].strip(" \t\n\"'(-–—:")
    if lead and not REPORTED_BY.search(lead):
        return False
    _, hi = bounds(SENTENCE_RE, s, b)
    return not any(word_re(w).search(s, b, hi) for w in KW["open"] + KW["close"])


def _role_before(s: str, a: int, reach: int, any_number: bool = False) -> str | None:
    """The nearest opening or closing word at most ``reach`` characters before ``a`` in its
    sentence, with no other number between it and ``a`` (it belongs to that number: "mở cửa lúc 7
    giờ, tôi đi bầu lúc 9 giờ"); ``any_number``: numbers between do not matter."""
    lo, _ = bounds(SENTENCE_RE, s, a)
    best = None
    for role in ("open", "close"):
        for w in KW[role]:
            for m in word_re(w).finditer(s, max(lo, a - reach - len(w)), a):
                if a - m.end() <= reach and (best is None or m.end() > best[0]):
                    best = (m.end(), role)
    between = s[best[0] : a] if best else ""
    if best is None or (not any_number and re.search(r"\d", DATES_IN.sub(" ", between))):
        return None  # another number between (a date between is no number: "đóng cửa ngày 23/5 lúc 17 giờ")
    if re.search(r"\b[a-z]{2,}ing\b", between):
        return None  # "voters start arriving at 8 a.m.": the word governs another verb
    if PERSON_DOES.search(between):
        return None  # "polls open early and I was there at 8 a.m."
    return best[1]


# Where the vote is held, beside the election words: an hour near one is the polls' ("hòm phiếu
# đóng lúc 15 giờ").
_POLL_PLACES = ["diem bau", "to bau cu", "phong bo phieu", "hom phieu", "thung phieu"]


# Noon named as an hour ("polls close at noon", "from 7 until midday"), not as "12 noon" (an hour).
_NOON = re.compile(r"(?<!\d )(?<!\d)\b(?:noon|midday|mid-day)\b")
NOON_WORDS = ["noon", "midday", "mid-day"]  # (the decision's pre-check opens the hour checks on them: no digit)


def _times(s: str):
    """``find_times`` of the folded text, and noon named as an hour, in text order."""
    found = list(find_times(s))
    if "noon" in s or "midday" in s or "mid-day" in s:
        found += [
            (m.start(), m.end(), (12, 0))
            for m in _NOON.finditer(s)
            if not any(x < m.end() and m.start() < y for x, y, _ in found)
        ]
        found.sort()
    return found


def check_times(sc, times: dict) -> None:
    """Opening and closing hours the text states against the approved ones (``times``: fact name →
    "HH:MM"); ``sc`` is the scan of ``classifiers.distortion`` (folded text ``s``, ``add``)."""
    s = sc.s
    primary, bound = _time_names(times)
    for a, b, (h, mi) in _times(s):
        if h >= 24 or (distance(s, a, b, KW["election"] + _POLL_PLACES) is None and not _VOTING_ENDS.match(s, b)):
            continue
        lo, hi = bounds(SENTENCE_RE, s, a)
        if NOT_POLL_HOURS.search(s[lo:hi]):
            continue
        before = s[max(0, a - 30) : a]
        limit = "open" if NOT_BEFORE.search(before) else "close" if NOT_AFTER.search(before) else None
        if limit is not None and (_role_before(s, a, 80, any_number=True) is None or WAIT_BEFORE.search(before)):
            continue  # "xếp hàng không quá 1 giờ": a duration, no opening or closing hour
        if limit is not None:
            # "không trước 5 giờ": the earliest opening hour itself, right or wrong
            name = bound.get(limit)
            if name is not None and (h, mi) != tuple(map(int, str(times[name]).split(":"))):
                edge = "earliest" if limit == "open" else "latest"
                message = f"says polls {limit} at {h:02d}:{mi:02d} at the {edge}; approved: {times[name]}"
                sc.add(name, a, b, str(times[name]), message, "time")
            continue
        role = _time_role(sc, a, b)
        if role is None or primary.get(role) is None:
            continue
        if DENIED_AT.search(s, max(0, a - 40), a):
            continue  # "điểm bỏ phiếu không đóng cửa lúc 17h như tin lan truyền": denied, not stated
        name = primary[role]
        ph, pm = map(int, str(times[name]).split(":"))
        got, want = h * 60 + mi, ph * 60 + pm
        lo_hi = sorted([want, want])
        if bound.get(role):
            bh, bm = map(int, str(times[bound[role]]).split(":"))
            lo_hi = sorted([want, bh * 60 + bm])
        if not (lo_hi[0] <= got <= lo_hi[1]):
            approved = f"{ph:02d}:{pm:02d}"
            sc.add(name, a, b, approved, f"says polls {role} at {h:02d}:{mi:02d}; approved: {approved}", "time")
