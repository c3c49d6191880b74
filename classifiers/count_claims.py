"""Ballots said to be marked before the vote, a ballot box said to hold ballots before it opens, or
the count said to be done out of the voters' sight: claims against the approved fact that the
votes decide, through a public count in the polling room (``results_decided_by: public_count``).

Read on the folded text by ``classifiers.rule_facts`` beside the results said settled before the
vote, with the exceptions of every rule (asked, denied, named to be answered, reported as false).
Not ballots printed with the candidates' names ("phiếu in sẵn danh sách"), which is how they are.
"""

from __future__ import annotations

import re

__all__ = ["OUT_OF_SIGHT", "OUT_OF_SIGHT_SAYS", "OUT_OF_SIGHT_WORDS"]

_OFFICIAL = r"(?:to bau cu|to truong|to pho|can bo|ban bau cu|truong thon|truong ap|truong khu pho|truong xom|uy ban|officials?|election staff)"
_PLACE = r"(?:huyen|tinh|xa|phuong|uy ban|ubnd|district|province|city hall)"
OUT_OF_SIGHT = re.compile(
    # ballots marked before the vote ("phiếu đã gạch sẵn", "pre-marked ballots")
    r"\b(?:phieu|la phieu)\s+(?:[^\s.!?]+\s+){0,6}?(?:gach|dien|danh dau|tick)\s+san\b"
    r"|\b(?:gach|dien|danh dau|tick)\s+san\s+(?:[^\s.!?]+\s+){0,3}?phieu\b"
    r"|\bpre-?(?:marked|filled|ticked)\s+ballots?\b|\bballots?\s+(?:were\s+|are\s+)?(?:already\s+)?(?:pre-?marked|pre-?filled)\b"
    # a box holding ballots before the vote ("hòm phiếu đã có sẵn phiếu", "stuffed the box")
    r"|\b(?:hom|thung)(?:\s+phieu)?\s+(?:[^\s.!?]+\s+){0,10}?(?<!khong\s)(?<!ko\s)(?<!chua\s)(?<!chang\s)(?:co|chua|nhet)\s+san\s+(?:[^\s.!?]+\s+){0,2}?phieu\b"
    r"|\bstuff(?:ed|ing)?\s+(?:the\s+)?ballot\s+box(?:es)?\b|\bballot[- ]box\s+stuffing\b"
    r"|\bbox(?:es)?\s+(?:[^\s.!?]+\s+){0,3}?(?:was|were)\s+already\s+(?:full|half[- ]full|stuffed)\b"
    # officials marking everyone's ballots ("tổ bầu cử điền phiếu hộ cả xóm")
    rf"|\b{_OFFICIAL}\s+(?:[^\s.!?]+\s+){{0,4}}?(?:tu\s+)?(?:dien|gach|bo|bau)\s+(?:phieu\s+)?(?:ho|thay)\s+(?:cho\s+)?(?:ca|het|toan)\s+(?:xom|thon|ap|khu|to|phuong|xa|nha)\b"
    # the count done out of sight ("đếm kín", "chở hòm lên tỉnh đếm", "counted behind closed doors")
    r"|\b(?:dem|kiem)(?:\s+phieu)?\s+(?:kin|rieng|trong phong kin|sau canh cua)\b"
    rf"|\b(?:cho|mang|chuyen)\s+(?:[^\s.!?]+\s+){{0,2}}?(?:hom|thung)(?:\s+phieu)?\s+(?:[^\s.!?]+\s+){{0,2}}?(?:len|ve|sang)\s+{_PLACE}\s+(?:[^\s.!?]+\s+){{0,2}}?(?:dem|kiem)\b"
    r"|\bkhong\s+(?:cho|de)\s+(?:ai|dan|nguoi dan|cu tri|bao chi)\s+(?:[^\s.!?]+\s+){0,2}?(?:xem|chung kien|theo doi|giam sat)\s+(?:[^\s.!?]+\s+){0,2}?(?:kiem|dem)\b"
    r"|\bcounted\s+(?:[^\s.!?]+\s+){0,2}?(?:behind closed doors|in secret|secretly|out of sight|elsewhere)\b"
    r"|\b(?:(?:no one|nobody)\s+(?:is\s+|was\s+)?|voters\s+(?:are|were)\s+not\s+)(?:allowed|permitted|let)\s+(?:to\s+)?(?:watch|see|observe)\s+the\s+count\b"
)
OUT_OF_SIGHT_SAYS = "says ballots were marked or the count done out of the voters' sight"
# The words each way of saying it cannot do without (the decision's cheap pre-check: a phrase
# here is a run of words that every match of its way holds as it is).
OUT_OF_SIGHT_WORDS = [
    "san", "pre", "premarked", "prefilled", "preticked", "stuff", "stuffed", "stuffing", "already", "counted",
    "the count", "kin", "rieng", "sau canh cua",
    *(f"{a} {c}{b}" for a in ("ho", "thay") for c in ("", "cho ") for b in ("ca", "het", "toan")),
    *(f"{v} {p}" for v in ("len", "ve", "sang") for p in ("huyen", "tinh", "xa", "phuong", "uy ban", "ubnd", "district", "province", "city hall")),
    *(f"khong {v} {w}" for v in ("cho", "de") for w in ("ai", "dan", "nguoi dan", "cu tri", "bao chi")),
]  # fmt: skip
