"""Where a text asserts the election's date: the words between an election phrase and the date it
states ("bầu cử đã dời sang Chủ nhật 30/5", "the election will be held on May 30", "cuộc bầu cử
tại xã Tân Lộc được tổ chức vào …"), and a postponement ("bầu cử hoãn đến ngày 6/6"). Read by
``classifiers.distortion`` on the folded, accent-stripped text; a date that no phrase here
asserts is never taken as the election's (a dateline, another event's date).
"""

from __future__ import annotations

import datetime as dt
import re

from classifiers.clauses import SENTENCE_RE, bounds, distance
from classifiers.fact_words import DATE_DISTRACTORS, EARLY_VOTE

__all__ = [
    "ANNOUNCED_BEFORE",
    "counted_ratio",
    "early_vote",
    "ELECTION_AFTER",
    "ELECTION_BEFORE",
    "MONTH_ALONE",
    "MONTH_QUALIFIER",
    "POSTPONED_TO",
    "POSTPONED_UNDATED",
    "POSTPONED_WORDS",
    "SESSION",
    "month_of",
    "subject_date",
]

# Words that may stand between an election phrase and the date it asserts ("bầu cử đã dời sang
# Chủ nhật 30/5", "the election will be held on May 30", "bầu cử … năm 2021 kéo dài từ 30/5").
FILLER = (
    r"ngay|vao|la|se|dien|ra|duoc|to|chuc|tien|hanh|chinh|thuc|da|doi|sang|lui|hoan|chuyen|chu|nhat|thu|bay|"
    r"dai|bieu|quoc|hoi|hdnd|khoa|x{1,3}(?:i{1,3}|iv|vi{0,3}|ix)?|cac|cap|nam|nay|toi|day|is|on|will|be|held|takes?|place|scheduled|for|"
    r"moved|now|postponed|changed|the|has|been|date|set|chi|nhe|cua|xa|ta|to|moi|va|toan|ca|nuoc|new|year|this|20\d\d|keo dai tu|"
    r"sunday|saturday|monday|tuesday|wednesday|thursday|friday|chot|qh|dbqh"
)
# An election word that names the subject: not one that another event is about or for ("hội nghị
# hiệp thương về bầu cử", "chuẩn bị cho bầu cử"), not a body ("Ủy ban bầu cử", "Hội đồng bầu cử", "tổ bầu cử"), nor a re-run or an extra vote in one unit ("bầu
# cử thêm", "bầu cử lại", "bầu bổ sung": a later date is theirs), nor the work around the vote ("tập
# huấn công tác bầu cử", "tổng kết bầu cử", "diễn tập", "tuyên truyền bầu cử", "chào mừng ngày bầu
# cử", "tài liệu bầu cử": a course, a review, a rehearsal, a campaign, a celebration on its own day).
_SUBJECT_ELECTION = (
    r"(?<!\bve )(?<!\bcho )(?<!\bvu )(?<!\bbi )(?<!\bfor )(?<!\babout )(?<!\bof )(?<!\bban )(?<!\bdong )"
    r"(?<!\bcong tac )(?<!\btap huan )(?<!\btong ket )(?<!\bso ket )(?<!\bdien tap )(?<!\btuyen truyen )"
    r"(?<!\bchao mung )(?<!\bchao mung ngay )(?<!\btai lieu )"
    r"\b(?:(?<!\bto )bau cu|bo phieu|di bau|election|elections|vote|voting|polls?|polling)\b"
    r"(?!\s+(?:them|lai|bo sung|bu|re-?run|rerun)\b)"
)
# Where the vote is held, between the election word and its verb ("cuộc bầu cử tại xã Tân Lộc
# được tổ chức vào …", "the election in Ward 4 …").
_PLACE = r"(?:(?:tai|o|in|at)\s+(?:[^\s,.;:!?]+\s+){1,4}?)?"
ELECTION_BEFORE = re.compile(_SUBJECT_ELECTION + r"[\s,:]*" + _PLACE + rf"(?:(?:{FILLER})\b[\s,:]*){{0,16}}$")


def subject_date(s: str, a: int, b: int, names) -> str | None:
    """``"election_date"`` (when among ``names``) for the date at ``s[a:b]`` that an election phrase
    asserts through a subject too long for the nearest-words reach of ``clauses.assign`` ("cuộc bầu
    cử đại biểu Quốc hội và HĐND các cấp năm 2021 diễn ra vào chủ nhật …"), unless another event's
    word is near it (``fact_words.DATE_DISTRACTORS``: "…, kiểm phiếu 31/5")."""
    if "election_date" in names and ELECTION_BEFORE.search(s, max(0, a - 80), a):
        return "election_date" if distance(s, a, b, DATE_DISTRACTORS) is None else None
    return None


ELECTION_AFTER = re.compile(
    r"^[\s,]*(?:(?:moi\s+|chinh\s+)?(?:la|is|will be|la ngay)\s+)+(?:ngay\s+|the\s+)?(?:bau cu|election"
    r"|(?<=ngay )(?:bau|di bau|bo phieu)(?!\s+(?:chu tich|pho|lanh dao|ban|thu tuong|giu|lam)\b))"
)


# "bầu cử hoãn đến ngày 6/6", "the election has been postponed until May 30" ("vận động bầu cử
# đến ngày 21/5" is the campaign's end: "đến" alone does not assert the election's day)
# Up to eight words may stand between (a body, a place: "bầu cử đại biểu Quốc hội và HĐND các cấp
# dời sang …", "bầu cử ở thị trấn Phú Mỹ dời sang …"), none of them a denial ("bầu cử không dời sang
# 30/5"). After the old date denied, "mà lùi sang" moves the election ("… sẽ không diễn ra vào 23/5
# mà lùi sang 29/5").
_NOT_A_DENIAL = r"(?!(?:khong|ko|k|chua|chang|cha|khum|hong|not|never|no|isn't|wasn't|hasn't)\b)"
_POSTPONED = (
    r"(?:hoan|doi|lui|day|chuyen|postponed|moved(?:\s+up)?|delayed|pushed back|brought forward)\s+(?:som\s+)?(?:lai\s+)?"
    # (by how long: "lùi lại một tuần, sang Chủ nhật 30/5", "delayed by a week to May 30")
    r"(?:(?:by\s+)?(?:mot|hai|ba|a|one|two|three|\d+)\s+(?:tuan|ngay|thang|weeks?|days?|months?)[\s,]+)?"
    r"(?:den|toi|until|to|till|len|sang|thanh|qua)\s+"
    r"(?:(?:ngay|chu nhat|thu \w+|sunday|the)\s+)*$"
)
POSTPONED_TO = re.compile(
    r"(?:"
    + _SUBJECT_ELECTION
    + r"[\s,:]*(?:"
    + _NOT_A_DENIAL
    + r"[^\s,.;:!?]+\s+){0,8}?(?:(?:da|se|bi|has|been|was|is|will|be)\s+)*"
    + r"|"
    + _SUBJECT_ELECTION
    + r"[^.;!?]*\b(?:ma|but|instead)\s+(?:(?:se|da|bi|has|been|was|is|will|be)\s+)*)"
    + _POSTPONED
)
# The election said postponed with no new date ("cuộc bầu cử bị hoãn vô thời hạn", "bầu cử ở tỉnh
# X bị hoãn vì dịch", "hoãn bầu cử, chờ thông báo", "the election has been postponed indefinitely").
POSTPONED_UNDATED = re.compile(
    r"\b(?:bau cu|ngay bau cu|ngay bo phieu|bo phieu|the election|the vote|election day|polls?|voting)\s+"
    r"(?:(?!(?:khong|ko|k|chua|chang|not|never|no|isn't|wasn't|hasn't|won't)\b)[^\s,.;:!?]+\s+){0,6}?"
    r"(?:(?:da|se|bi|phai|has|have|been|was|is|will|be|were|are)\s+)*(?:hoan|postponed|delayed)\s+"
    r"(?:lai\s+)?(?:vo thoi han|den khi co thong bao|cho thong bao|indefinitely|until further notice|vi\b|do\b|because|due to)"
    # (not another body's: "Mỹ hoãn bầu cử địa phương vì thiên tai")
    # ("lùi sang tháng sau, chưa rõ ngày", "postponed to next month")
    r"|\b(?:bau cu|bo phieu|the election|the vote|election day|voting)\s+(?:\S+\s+){0,6}?(?:hoan|lui|doi|day|postponed|delayed|moved|pushed\s+back)"
    r"\s+(?:lai\s+)?(?:sang|den|toi|qua|to|until)\s+(?:thang sau|tuan sau|nam sau|dot sau|ngay khac|next\s+(?:month|week|year)|a\s+later\s+date)\b"
    r"|\bhoan\s+(?:lai\s+)?(?:cuoc\s+|ngay\s+)?(?:bau cu|bo phieu)\b(?!\s+(?:dia phuong|tong thong|gioi|tai|o|cua)\b)"
    r"\s+(?:\S+\s+){0,3}?(?:vo thoi han|cho thong bao|vi\b|do\b)"
    # the whole election called off ("cuộc bầu cử năm nay đã bị hủy bỏ", "the election has been cancelled"),
    # not a unit's result annulled and held again ("kết quả bầu cử bị hủy bỏ": the results, not the vote)
    r"|\b(?<!ket qua )(?<!kq )(?:cuoc\s+)?(?:bau cu|bo phieu)\s+(?:(?:nam nay|lan nay|dot nay|quoc hoi|dai bieu quoc hoi)\s+)?(?:(?:da|se|bi)\s+)+huy(?:\s+bo)?\b"
    r"(?!\s+(?:ket qua|o|tai)\b)(?![^.!?]{0,60}\b(?:don vi|khu vuc|bau lai|to chuc lai)\b)"
    r"|\b(?:the\s+)?(?:election|vote|voting)\s+(?:\S+\s+){0,3}?(?:has been|have been|was|is|will be|got)\s+(?:\S+\s+)?"
    r"(?:cancell?ed|called off|scrapped)\b(?![^.!?]{0,60}\b(?:constituency|unit|re-?run|held again)\b)"
)
# The words a postponement with no digit cannot do without ("postponed to October", "bị hoãn vô
# thời hạn"): the decision's cheap pre-check opens the date checks on them.
POSTPONED_WORDS = [
    *(f"{w} hoan" for w in ("bi", "da", "se")), *(f"hoan {w}" for w in ("lai", "bau cu", "ngay", "cuoc", "den", "sang", "toi", "qua", "vo thoi han")),
    "postponed", "delayed", "pushed back", "put off", "moved to", "moved back", "brought forward",
    *(f"{v} {p}" for v in ("lui", "doi", "day") for p in ("sang", "den", "toi", "qua")),
    "bi huy", "da huy", "se huy", "cancelled", "canceled", "called off", "scrapped",
]  # fmt: skip
# A month named alone ("bầu cử dời qua tháng 7", "hoãn lại đến tháng 8", "pushed back to late June",
# "postponed to July 2021"): the election moved when ``POSTPONED_TO`` ends right before it, after
# a qualifier ("cuối", "late") taken off by ``MONTH_QUALIFIER``. Not a full date ("July 4").
_MONTHS_EN = "january|february|march|april|may|june|july|august|september|october|november|december"
MONTH_ALONE = re.compile(rf"\b(?:thang\s+(\d{{1,2}})|({_MONTHS_EN}))\b(?!\s*(?:\d{{1,2}}\b|/))")
MONTH_QUALIFIER = re.compile(r"(?:cuoi|dau|giua|het|late|early|mid-?|the end of|the middle of)\s*$")
# Right after "announced" ("kết quả … được công bố hôm 31 tháng 5", "results were announced on 1
# July"): the date is the announcement's, though the election's words are nearer.
ANNOUNCED_BEFORE = re.compile(
    r"\b(?:cong bo|announced|published|released)\s+(?:(?:chinh thuc|officially)\s+)?(?:(?:vao|hom|ngay|luc|on|toi|sang|trua|chieu)\s+)*$"
    # ("công bố kết quả … ngay tối 23/5": an hour of the day names the announcement's day, not the
    # election's, which "kết quả bầu cử ngày 23/5" may name)
    r"|\bcong bo\s+(?:chinh thuc\s+)?(?:ket qua|kq)(?:\s+[^\s\d,.;:!?]+){0,8}?\s+(?:ngay\s+)?(?:hom|toi|sang|trua|chieu|vao|luc)\s+$"
)


def month_of(m: re.Match) -> int:
    """The month a ``MONTH_ALONE`` match names: "thang 7" → 7, "july" → 7."""
    return int(m.group(1)) if m.group(1) else _MONTHS_EN.split("|").index(m.group(2)) + 1


# A council's own session: the results of its vote for its officers ("để HĐND tỉnh bầu giữ chức Chủ
# tịch … Kết quả kiểm phiếu được công bố ngay tại phiên họp chiều 24/5") are not the election's.
SESSION = re.compile(r"\b(?:phien hop|ky hop|bau giu chuc|session|sitting)\b")

# A count out of a total ("10/11 huyện đạt trên 99%", "5/6 tỉnh"): no more counted than the total,
# places or people counted right after the pair, and no word of a day before it ("sáng 3/5 tỉnh X …",
# "ngày 5/6 tỉnh …", "ngày bầu cử 5/6 thành phố …" are days).
_COUNTED = re.compile(
    r"\s+(?:huyen|tinh|xa|phuong|quan|thi xa|thanh pho|thi tran|don vi|khu vuc|dia phuong|to bau cu|ban bau cu"
    r"|nguoi|cu tri|dai bieu|ung vien|provinces|districts|communes|wards|units|localities|constituencies)\b"
)
_DAY_WORD = re.compile(
    r"\b(?:ngay|hom|sang|trua|chieu|toi|dem|vao|tu|den|luc|on|by|since)"
    r"(?:\s+(?:bau cu|bo phieu|di bau|election|polling|voting)(?:\s+day)?)?\s*$"
)


def counted_ratio(s: str, a: int, b: int) -> bool:
    """The pair at ``s[a:b]`` ("10/11") counts places or people out of a total, not a day and month."""
    pair = re.fullmatch(r"(\d{1,2})\s*/\s*(\d{1,2})", s[a:b])
    return (
        pair is not None
        and int(pair.group(1)) <= int(pair.group(2))
        and _COUNTED.match(s, b) is not None
        and _DAY_WORD.search(s, max(0, a - 24), a) is None
    )


# Polling stations, areas, islands, a special zone, a ship: a part of the country a day is said of.
_STATIONS = re.compile(
    r"\b(?:khu vuc bo phieu|diem bo phieu|to bau cu|dac khu|huyen dao|xa dao|cac dao|tren tau|gian khoan"
    r"|polling stations?|polling areas?|special zone|islands?|ships?)\b"
)


def early_vote(sc, a: int, dmy: tuple) -> bool:
    """The day at ``sc.s[a]`` (day, month, year ``dmy``) is an early vote's: early voting named in its
    sentence ("went to the polls on May 16, a week ahead of the official election day"), or named
    anywhere in the item, the day said of polling stations or islands in its sentence or the one
    before, and within three weeks before election day ("Huyện đảo tổ chức bầu cử sớm. … 12 khu vực bỏ phiếu trên các
    đảo sẽ bỏ phiếu vào ngày 20/5"). A later day is a move, a day said of the whole country a claim."""
    s, ref, (d, mo, y) = sc.s, sc.ref_date, dmy
    lo, hi = bounds(SENTENCE_RE, s, a)
    if EARLY_VOTE.search(s, lo, hi):
        return True
    before = bounds(SENTENCE_RE, s, lo - 2)[0] if lo > 1 else lo  # ("polling station No. 4 …" ends a sentence)
    if ref is None or not _STATIONS.search(s, before, hi) or not EARLY_VOTE.search(s):
        return False
    try:
        day = dt.date(y or ref.year, mo, d)
    except ValueError:
        return False
    return ref - dt.timedelta(days=21) <= day < ref
