"""Which councils the election elects: the approved ``council_levels`` (e.g. "province, district,
commune" in 2021: the National Assembly and the People's Councils of the three levels; "province,
commune" from 2026, once the district level was abolished on 1 July 2025). A level that is elected
said not to be ("năm nay không bầu HĐND cấp xã", "HĐND huyện kỳ này không tổ chức bầu", "chỉ bỏ
phiếu đại biểu Quốc hội thôi", "no commune council elections this year") contradicts it.

Run by ``classifiers.rule_facts`` (kind ``levels``) on the folded text, with the rules'
exceptions (asked, denied, named to be answered). Only the levels the office lists: where the
configuration has no district level, "không bầu HĐND cấp huyện" is true. Never the urban
districts' and wards' councils ("quận", "phường"): the cities with urban government elect none
(Hà Nội's wards, Đà Nẵng's and Hồ Chí Minh City's districts and wards, 2021). "Only the National
Assembly" counts only for the whole election ("năm nay", "kỳ này", "this year"); nothing counts
in a sentence about voters who elect fewer bodies where they are (a temporary resident, a voter
with a certificate).
"""

from __future__ import annotations

import re

from classifiers.clauses import SENTENCE_RE, bounds, other_election

__all__ = ["LEVELS_WORDS", "check_levels", "levels_of"]

# Folded words of each level ("quận", "phường": see above).
_LEVEL = {
    "tinh": "province", "cap tinh": "province", "provincial": "province", "province": "province",
    "huyen": "district", "cap huyen": "district", "district": "district",
    "xa": "commune", "cap xa": "commune", "commune": "commune",
}  # fmt: skip
_LVL = r"(?P<{}>cap tinh|cap huyen|cap xa|tinh|huyen|xa)\b(?!\s*(?:,|va)\s*(?:phuong|thi tran))"
_COUNCIL = r"(?:hdnd|hoi dong nhan dan|dai bieu hdnd|dai bieu hoi dong nhan dan)"
_NOT = r"(?:khong|ko|k|chang|hong|se khong|khong con|khong phai)"
# (not "không bầu được chủ tịch", "không tổ chức bầu cử bổ sung": a session's or a by-election's)
_VOTE = (
    r"(?:(?:to chuc|co)\s+)?(?:bau\s+cu|bau(?!\s+cu\b)|bo phieu)"
    r"(?!\s+(?:bo sung|lai|them|du|duoc|dc|ra|chu tich|pho|chuc|truong|thanh vien|uy vien))"
)
_NOT_ELECTED = re.compile(
    rf"\b{_NOT}\s+{_VOTE}\s+(?:(?:chon|cho)\s+)?{_COUNCIL}\s+{_LVL.format('lvl')}"
    rf"|\b{_COUNCIL}\s+{_LVL.format('lvl2')}\s+(?:[^\s.!?,;]+\s+){{0,3}}?{_NOT}\s+{_VOTE}\b"
    r"|\bno\s+(?P<en>provincial|district|commune)[- ](?:level\s+)?councils?\s+(?:elections?|vote|ballots?)\b"
    r"|\b(?P<en2>provincial|district|commune)[- ](?:level\s+)?councils?\s+(?:will\s+not|won't|are\s+not|aren't)\s+(?:be\s+)?"
    r"(?:elected|on\s+the\s+ballot|voted\s+(?:for|on))\b"
    # only the National Assembly, for the whole election
    r"|\b(?P<only>(?:chi|only)\s+(?:bau|bo phieu|vote\s+for|elect\w*)\s+(?:(?:cho|chon)\s+)?(?:dai bieu\s+)?(?:the\s+)?"
    r"(?:quoc hoi|national\s+assembly))\b(?!\s*(?:deputies\s+)?(?:va|and|voi|,|&)\s)"
)
_WHOLE = re.compile(r"\b(?:nam nay|ky nay|dot nay|lan nay|cuoc bau cu|nam 20\d\d|this year|this time|this election)\b")
_FEWER_WHERE = re.compile(
    r"\b(?:tam tru|12 thang|giay chung nhan|noi khac|cong tac|don vi vu trang|ngoai tinh|temporary|certificate)\b"
)
_URBAN = re.compile(r"\b(?:quan|phuong|do thi|thi diem|urban|wards?)\b")

LEVELS_WORDS = ["khong bau", "ko bau", "k bau", "chang bau", "hong bau", "khong to chuc bau", "khong co bau",
                "khong bo phieu", "khong to chuc", "chi bau", "chi bo phieu", "only vote", "only elect", "council",
                "councils", "khong phai bau"]  # fmt: skip


def levels_of(value) -> set[str]:
    """The levels of ``council_levels: "province, district, commune"``."""
    return {w.strip().lower() for w in str(value).split(",") if w.strip()}


def check_levels(sc, facts: dict, not_asserted) -> None:
    """Findings where ``sc`` (``distortion._Scan``) says an elected level (``facts``:
    ``council_levels`` → its value) is not elected; ``not_asserted``: the rules' exceptions."""
    s = sc.s
    for name, value in facts.items():
        listed = levels_of(value)
        if not listed:
            continue  # (a vote for the assembly alone: "only the National Assembly" is true)
        for m in _NOT_ELECTED.finditer(s):
            a, b = m.span()
            lo, hi = bounds(SENTENCE_RE, s, a)
            sentence = s[lo : hi + 1]
            if _FEWER_WHERE.search(sentence):
                continue  # voters who elect fewer bodies where they are: "người tạm trú … không bầu HĐND cấp xã"
            if m.group("only"):
                if not _WHOLE.search(sentence):
                    continue
                level = "local councils"
            else:
                word = m.group("lvl") or m.group("lvl2") or m.group("en") or m.group("en2")
                if _LEVEL[word] not in listed or _URBAN.search(sentence):
                    continue
                level = f"the {_LEVEL[word]} councils"
            if not_asserted(sc, a, b) or other_election(s, a, sc.ref_year):
                continue  # (asked, denied, answered; another year's election: "năm 2026 không bầu HĐND cấp huyện")
            sc.add(name, a, b, str(value), f"says {level} are not elected; approved: {value}", "levels")
            return
