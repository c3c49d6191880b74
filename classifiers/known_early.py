"""Results said known, written or declared before the count: more ways of saying that the winners
or figures were settled before the vote, read by the ``decided`` rule of ``classifiers.rule_facts``
(``results_decided_by: public_count``) beside ``fact_words.PREDETERMINED``.

Each way names its own subject, so no other results word need be near it:

- the winners or results known long before ("they knew who would win months ago", "biết ai trúng
  cử từ mấy tháng trước");
- the count's sheets or results signed, written or posted before the vote or the count ("biên bản
  kiểm phiếu đã được ký trước ngày bỏ phiếu", "ký biên bản kết quả trước khi mở hòm phiếu", "the
  tally sheets were signed the night before polling day");
- a place among the winners said taken or bought before the vote ("vào HĐND … đã có người nhận
  suất từ trước ngày bầu"), where a seat's words come first ("suất ăn", a meal, is no seat);
- winners declared before the polls closed or the count began ("declared the winner … before the
  polls closed", "công bố người trúng cử khi chưa kiểm phiếu"), not before every team had finished
  ("khi chưa kiểm phiếu xong": preliminary counts are announced so);
- the election itself said rigged or arranged ("chỉ đạo dàn xếp bầu cử", "bầu cử đã được sắp đặt
  cả rồi", "they rigged the vote", "a rigged election"), not other things arranged for election day
  ("sắp đặt bàn ghế cho ngày bầu cử", "rigged up a tent");
- the same in chat shorthand and a few more wordings, each with its subject: "kết quả định trc
  hết rồi", "kq chốt cả r", "ghế đại biểu nào cũng có chủ từ trước", "có kết quả trước rồi",
  "người trúng cử đã được sắp xếp từ trước đó rồi";
- the vote said to legitimise what was arranged, the results said arranged: "lá phiếu chỉ nhằm hợp
  thức hóa sự sắp đặt nhân sự", "the results have been arranged", "they have already arranged it
  all" (not arranged for a day, nor decided by the count).

Read on the folded, accent-stripped text; the exceptions of every rule (denied, asked, named to be
answered) are the rule's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from classifiers.clauses import SENTENCE_RE, bounds

__all__ = ["KNOWN_EARLY", "KNOWN_EARLY_WORDS", "early_says", "settled_early"]

_VOTE_STEP = r"(?:mo hom(?:\s+phieu)?|bo phieu|bau cu|bau|di bau|kiem phieu|dem phieu)"
_NOT_YET = (
    r"(?:khi|luc|trong khi)\s+(?:con\s+)?chua\s+(?:kiem phieu|dem phieu|dong hom(?:\s+phieu)?|het gio(?:\s+bau)?|bo phieu|bau)"
    r"(?!\s+(?:xong|het|hoan tat|o\b))"
)
_SHEETS = r"(?:bien ban (?:kiem phieu|ket qua)|ket qua (?:kiem phieu|bau cu)|so lieu (?:kiem phieu|bau cu))"
_WINNERS = r"(?:ket qua|kq|danh sach (?:nguoi )?trung cu|nguoi trung cu|ai trung cu)"
KNOWN_EARLY = re.compile(
    # known long before
    r"\b(?:knew|know|known)\s+(?:who\s+(?:\S+\s+){0,3}?(?:win|wins|won|elected|get\s+in)|the\s+(?:winners?|results?|outcome|figures|turnout))"
    r"\b[^.!?]{0,40}?\b(?:months|weeks|years)\s+(?:ago|before|earlier|in\s+advance)\b"
    r"|\bbiet\s+(?:(?:ai|nguoi nao|nhung ai)\s+(?:se\s+)?(?:trung|thang|dac cu|vao)|"
    + _WINNERS
    + r")\S*(?:\s+\S+){0,6}?"
    r"\s+(?:tu\s+)?(?:(?:may|vai|hai|ba|\d+)\s+)?(?:thang|tuan|nam)\s+truoc\b"
    # the count's sheets signed or written before the vote
    r"|\b" + _SHEETS + r"(?:\s+\S+){0,8}?\s+(?:ky|lap|viet|dien|in|dan|niem yet)(?:\s+\S+){0,2}?\s+(?:tu\s+)?truoc\s+"
    r"(?:ngay\s+|khi\s+|buoi\s+|gio\s+)?" + _VOTE_STEP + r"\b"
    r"|\b(?:ky|lap|viet|dien)\s+(?:san\s+)?(?:bien ban (?:kiem phieu|ket qua)|ket qua)(?:\s+\S+){0,4}?\s+truoc\s+"
    r"(?:ngay\s+|khi\s+|buoi\s+|gio\s+)?" + _VOTE_STEP + r"\b"
    r"|\b(?:tally|count|results?|returns?|vote)\s*(?:sheets?|forms?|minutes|reports?|figures|tallies)?\b(?:\s+\S+){0,6}?\s+"
    r"(?:signed|drafted|written|filled\s+in|prepared|printed|completed|posted)\s+(?:\S+\s+){0,3}?before\s+"
    r"(?:polling\s+day|election\s+day|voting\s+day|the\s+(?:vote|voting|polls?\s+opened|count|election))\b"
    # a place among the winners taken before the vote
    r"|\b(?P<seat>(?:nhan|mua|giu|co|chia|phan)\s+(?:\S+\s+)?suat)(?:\s+\S+){0,3}?\s+(?:tu\s+)?truoc\b(?!\s+(?:khi|do|day|nay)\b)"
    # declared before the polls closed or the count began
    r"|\b(?:declared|announced|named|called)\s+(?:\S+\s+){0,3}?(?:the\s+)?(?:winners?|elected|victor)\b[^.!?]{0,120}?"
    r"\b(?:before|ahead\s+of)\s+(?:the\s+)?(?:polls|polling\s+stations|stations|voting|count|counting|ballots)\s+"
    r"(?:had\s+|even\s+)?(?:closed|close|ended|finished|began|begun|started|opened)\b"
    r"|\b(?:cong bo|tuyen bo|dan|niem yet)\s+"
    + _WINNERS
    + r"(?:\s+\S+){0,6}?\s+"
    + _NOT_YET
    + r"|\b"
    + _WINNERS
    + r"(?:\s+\S+){0,4}?\s+(?:cong bo|dan|niem yet|co)\s+(?:\S+\s+){0,2}?"
    + _NOT_YET
    # chat shorthand and more wordings, each with its subject: "kết quả định trc", "kq chốt cả r",
    # "ghế nào cũng có chủ từ trước", "có kết quả trước rồi", "sắp xếp từ trước đó rồi"
    + r"|\b(?:ket qua|kq|danh sach|nguoi trung cu|trung cu)\b(?:\s+\S+){0,4}?\s+(?:dinh|chot|sap xep|sap dat|xep|quyet)"
    r"\s+(?:het\s+|xong\s+|ca\s+|san\s+)?(?:tu\s+)?trc\b"
    r"|\b(?:ket qua|kq|danh sach|nguoi trung cu|trung cu)\b(?:\s+\S+){0,3}?\s+(?:chot|dinh|quyet|sap xep|xep)\s+(?:het|xong|ca)\s+(?:roi|r)\b"
    r"|\bghe\s+(?:dai bieu\s+|quoc hoi\s+|hdnd\s+)?(?:nao\s+)?(?:cung\s+)?(?:da\s+)?co\s+chu\s+(?:tu\s+)?(?:truoc|trc|san)\b"
    r"|\bco\s+(?:ket qua|kq)\s+(?:tu\s+)?(?:truoc|trc)\s+(?:roi|r|het|ca)\b"
    r"|\b(?:trung cu|ket qua|kq|nguoi trung|danh sach|nhan su|ghe|dai bieu)\b(?:\s+\S+){0,6}?\s+(?:da\s+)?(?:duoc\s+)?"
    r"(?:sap xep|sap dat|dinh|chot|quyet|xep)\s+(?:xong\s+|het\s+|ca\s+)?(?:tu\s+)?truoc\s+do\s+(?:roi|r)\b"
    # the vote said to legitimise what was arranged, the results said arranged ("lá phiếu chỉ để hợp thức
    # hóa sự sắp đặt", "the results have been arranged", "they have already arranged it all")
     + r"|\bhop\s+thuc\s+hoa\s+(?:su\s+|viec\s+|cai\s+)?(?:sap\s+dat|sap\s+xep|dan\s+xep|an\s+bai|chia\s+ghe)\b"
    r"|\b(?:results?|outcome|winners?)\s+(?:have|has|had)\s+(?:already\s+|all\s+)?been\s+(?:arranged|fixed|decided|settled|rigged)\b"
    r"(?!\s+(?:for|by\s+(?:the\s+)?(?:count|voters|vote)))"
    r"|\b(?:they|officials|the\s+party)\s+(?:have|had|'ve)\s+already\s+(?:arranged|decided|fixed|settled)\s+(?:it\s+all|everything)\b(?!\s+for\b)"
    # the election itself rigged: the arranging word with the election as its object or subject
     + r"|(?P<rigged>\bdan xep\s+(?:(?:xong|het|san|ca)\s+)?(?:ket qua\s+)?(?:(?:cuoc|ky|dot)\s+)?bau cu\b"
    r"|\bbau cu\s+(?:(?!(?:khong|ko|chua|chang|cha)\b)[^\s.!?,;]+\s+){0,3}?(?:da\s+|duoc\s+|bi\s+|deu\s+)+(?:dan xep|sap dat|an bai)\b"
    r"|\brig(?:s|ged|ging)?\s+(?:(?:the|this|our|an|a|every|their|that|its)\s+)?(?:(?:whole|entire|local|national|general|last|next)\s+)?"
    r"(?:elections?|votes?|voting|polls?|ballots?|count|results?)\b"
    r"|\b(?:elections?|votes?|voting|polls?|ballots?|count|results?)\s+(?:(?!(?:not|never)\b)[^\s.!?,;]+\s+){0,4}?"
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been|got|gets|will\s+be)\s+(?:all\s+|completely\s+|totally\s+|already\s+)?rigged\b"
    r"|\brigged\s+(?:(?:general|local|national)\s+)?(?:elections?|votes?|voting|polls?|ballots?|count|results?)\b)"
)
# A seat's words before "nhận suất" ("vào HĐND", "ghế đại biểu", "trúng cử").
_SEAT_BEFORE = re.compile(r"\b(?:ghe|vao (?:quoc hoi|hdnd)|dai bieu|dbqh|trung cu)\b")

# The words every way above needs (the decision's cheap pre-check; "truoc", "before", "ago" are
# ``PREDETERMINED_WORDS``).
KNOWN_EARLY_WORDS = ["truoc", "before", "ago", "chua kiem phieu", "chua dem phieu", "chua dong hom", "chua het gio",
                     "chua bo phieu", "chua bau", "dan xep", "sap dat", "an bai", "rig", "rigs", "rigged",
                     "rigging", "trc", "chot ca", "chot het", "chot xong", "co chu", "hop thuc hoa", "been arranged",
                     "been fixed", "been decided", "been settled", "been rigged", "already arranged", "already decided",
                     "already fixed", "already settled"]  # fmt: skip


def early_says(m: re.Match) -> str:
    """What a match of ``KNOWN_EARLY`` says, for the finding's message."""
    if m.group("rigged"):
        return "says the election was rigged or arranged, not decided by the count"
    return "says the results were settled before the vote"


def settled_early(s: str) -> Iterator[re.Match]:
    """The claims of ``KNOWN_EARLY`` in the folded text ``s``; a place taken early only after a
    seat's words in its sentence."""
    for m in KNOWN_EARLY.finditer(s):
        if m.group("seat") is not None:
            lo = max(bounds(SENTENCE_RE, s, m.start())[0], m.start() - 80)
            if not _SEAT_BEFORE.search(s, lo, m.start()):
                continue
        yield m
