"""How long the vote lasts: the approved fact (``voting_days: one_day``) is that the vote is held
on a single day, a Sunday (the National Assembly's resolution fixing election day; Luật Bầu cử số
85/2015/QH13). Claims against it: the vote said to run over two days or to be held on either of two
days ("bầu cử kéo dài 2 ngày, ai bận ngày nào thì đi ngày kia", "a two-day vote", "you can vote on
either day").

Read on the folded text by ``classifiers.rule_facts`` (kind ``one_day``) with the exceptions every
rule has (asked, denied, named to be answered, reported as false, another country's). Not a
countdown ("còn 2 ngày nữa là bầu cử"), not a meeting, congress, session, the preparations or a
drill that last two days.
"""

from __future__ import annotations

import re

from classifiers.clauses import in_sentence

__all__ = ["ONE_DAY_WORDS", "TWO_DAYS", "other_event"]

_TWO = r"(?:2|hai|two)"
TWO_DAYS = re.compile(
    # "bầu cử kéo dài 2 ngày", "bỏ phiếu diễn ra trong hai ngày", "cuộc bầu cử tổ chức trong 2 ngày"
    rf"\b(?:bau\s+cu|bo\s+phieu|di\s+bau)\s+(?:nam\s+nay\s+|lan\s+nay\s+|ky\s+nay\s+)?(?:se\s+)?(?:keo\s+dai|dien\s+ra|to\s+chuc|lam)\s+"
    rf"(?:trong\s+)?(?:ca\s+)?{_TWO}\s+ngay\b(?!\s+(?:truoc|sau|nua|toi|sap\s+toi))"
    # "bầu 2 ngày chủ nhật 30/5 và 23/5", "năm nay được bầu hai ngày"
    rf"|\b(?:duoc\s+)?bau\s+(?:trong\s+)?{_TWO}\s+ngay\s+(?:lien|chu\s+nhat|thu\s+bay|lien\s+tiep|lien\s+tuc|lien\s+nhau)\b"
    # "ai bận ngày nào thì đi ngày kia", "bầu ngày nào cũng được"
    r"|\b(?:ban|vuong)\s+ngay\s+nao\s+thi\s+(?:di|bau)\s+ngay\s+(?:kia|con\s+lai|khac)\b"
    r"|\bbau\s+ngay\s+nao\s+cung\s+(?:duoc|dc)\b"
    # "a two-day vote", "voting runs over two days", "vote on either day"
    rf"|\b{_TWO}-day\s+(?:vote|election|poll|polls|voting)\b"
    rf"|\b(?:vote|voting|polls?|the\s+election)\s+(?:will\s+)?(?:runs?|lasts?|takes?\s+place|is\s+held|are\s+held|open)\s+(?:over|across|for)\s+{_TWO}\s+days\b"
    r"|\bvote\s+on\s+either\s+(?:day|sunday|saturday)\b"
)
# A meeting, a congress, a session, a shareholders' vote, the preparations or a drill: not the vote.
_OTHER_EVENT = re.compile(
    r"\b(?:dai\s+hoi|hoi\s+nghi|ky\s+hop|phien\s+hop|co\s+dong|hoi\s+dong\s+quan\s+tri|binh\s+chon|cuoc\s+thi"
    r"|chuan\s+bi|tap\s+huan|dien\s+tap|kiem\s+tra|giam\s+sat|tuyen\s+truyen|trien\s+khai|rehearsal|training"
    r"|congress|conference|session|shareholders?|contest|primar(?:y|ies))\b"
)
other_event = in_sentence(_OTHER_EVENT)

# The words each way of saying it cannot do without (the decision's cheap pre-check).
ONE_DAY_WORDS = [
    "2 ngay", "hai ngay", "ngay nao", "two-day", "2-day", "two days", "2 days", "either day", "either sunday",
    "either saturday",
]  # fmt: skip
