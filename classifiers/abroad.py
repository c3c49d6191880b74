"""Voting from abroad: the approved fact (``voting_method: in_person``) is that a voter votes in
person at the polling station of the list they are on, in Vietnam. The law sets up no polling
station at an embassy or a consulate, and citizens living abroad vote only if they come back and
are put on a list before the vote (Luật Bầu cử số 85/2015/QH13, articles 29 and 69). Claims against
it: voting said possible at an embassy, a consulate or "the representative office" ("bỏ phiếu tại
đại sứ quán", "cơ quan đại diện mở hòm phiếu", "vote at the embassy"), or citizens abroad said to
vote from where they live ("người Việt ở nước ngoài vẫn bầu được", "overseas Vietnamese can vote").

Read on the folded text by ``classifiers.rule_facts`` (kind ``method``, beside ``METHOD``) with the
exceptions every rule has (asked, denied, named to be answered, reported as false, another
country's: "người Philippines ở Hà Nội bỏ phiếu tại đại sứ quán Philippines").
"""

from __future__ import annotations

import re

__all__ = ["ABROAD", "ABROAD_WORDS", "SAID_NOT", "coming_back"]

_MISSION = r"(?:(?:tong\s+)?lanh\s+su\s+quan|dai\s+su\s+quan|co\s+quan\s+dai\s+dien(?:\s+(?:viet\s+nam|ngoai\s+giao))?)"
_NOT = r"(?!(?:khong|ko|k|chua|chang|khum|hong)\b)"
_ABROAD = re.compile(
    # "bỏ phiếu tại đại sứ quán", "bầu qua đại sứ quán", "hòm phiếu đặt ở lãnh sự quán"
    rf"\b(?:bo\s+phieu|di\s+bau|bau(?:\s+cu)?|hom\s+phieu|diem\s+bo\s+phieu)\s+(?:{_NOT}[^\s,.;:!?]+\s+){{0,4}}?"
    rf"(?:tai|o|qua|ben|trong)\s+(?:cac\s+)?{_MISSION}\b"
    # "cơ quan đại diện mở hòm phiếu", "đại sứ quán tổ chức bỏ phiếu cho bà con"
    rf"|\b{_MISSION}\s+(?:{_NOT}[^\s,.;:!?]+\s+){{0,4}}?(?:mo|dat|to\s+chuc|bo\s+tri|lap)\s+(?:\S+\s+)?"
    r"(?:hom\s+phieu|diem\s+(?:bo\s+phieu|bau)|phong\s+bo\s+phieu|bo\s+phieu|bau\s+cu)\b"
    # "người Việt ở nước ngoài vẫn tham gia được cuộc bầu cử", "du học sinh ở nước ngoài được bỏ phiếu"
    r"|\b(?:nguoi\s+viet|cong\s+dan|cu\s+tri|ba\s+con|kieu\s+bao|viet\s+kieu|du\s+hoc\s+sinh|lao\s+dong)\s+"
    r"(?:(?:dang|song|lam\s+viec|hoc\s+tap)\s+)?(?:o|tai)\s+nuoc\s+ngoai\s+(?:nam\s+nay\s+)?"
    rf"(?:{_NOT}[^\s,.;:!?]+\s+){{0,2}}?(?:(?:van|cung|deu)\s+)?(?:(?:duoc|dc|co\s+the)\s+)?"
    r"(?:bau|bo\s+phieu|tham\s+gia\s+(?:duoc\s+)?(?:cuoc\s+)?bau\s+cu)\s+(?:duoc|dc|qua|tai|truc\s+tuyen|online|tu\s+xa)\b"
    # "vote at the embassy", "overseas Vietnamese can vote this year", "vote from abroad"
    r"|\bvot(?:e|es|ing)\s+(?:\S+\s+){0,3}?at\s+(?:the|their|an|our|your|a)\s+(?:\S+\s+)?(?:embassy|consulate)\b"
    r"|\b(?:overseas|expat)\s+(?:vietnamese|voters|citizens)\s+(?:\S+\s+){0,3}?(?:can|may|will\s+be\s+able\s+to|are\s+allowed\s+to)\s+(?:now\s+|also\s+|still\s+)?vote\b"
    r"|\b(?:vietnamese|voters|citizens)\s+(?:living\s+|working\s+|studying\s+)?abroad\s+(?:can|may|will\s+be\s+able\s+to|are\s+allowed\s+to)\s+(?:now\s+|also\s+|still\s+)?vote\b"
    r"|\bvot(?:e|ing)\s+from\s+abroad\b"
)


class _Gated:
    """``_ABROAD``, scanned only in a text holding one of its words: the ``method`` rule's own words
    (which open this check in the decision) are in most election texts, these in few."""

    _GATE = re.compile(r"lanh\s+su|dai\s+su|co\s+quan\s+dai\s+dien|nuoc\s+ngoai|embass|consulat|overseas|expat|abroad")

    def finditer(self, s: str):
        return _ABROAD.finditer(s) if self._GATE.search(s) else iter(())


ABROAD = _Gated()

# Coming back to vote, or put on a list in Vietnam before the vote: the lawful way ("muốn bầu thì phải
# về nước"); not when said unneeded ("khỏi phải về nước", "no need to fly home").
_COMING_BACK = re.compile(
    r"\b(?:ve\s+nuoc|tro\s+ve|ve\s+que|come\s+back|return\w*|fly\s+home|back\s+home|bo\s+sung\s+ten)\b"
)
_UNNEEDED = re.compile(r"\b(?:khoi|khong\s+can|ko\s+can|k\s+can|no\s+need\s+to|without|instead\s+of)\s+(?:\S+\s+)?$")


# Said impossible after it in words the shared patterns (``NOT_AVAILABLE``, ``NOT_PERMITTED``) do not
# hold: "bầu ở đại sứ quán thì không có đâu", "… là không được".
SAID_NOT = re.compile(r"\b(?:khong\s+co\s+dau|(?:thi|la)\s+(?:khong|ko|k|chang)\s+(?:co|duoc|dc))\b")


def coming_back(s: str, lo: int, hi: int) -> bool:
    """The sentence ``s[lo:hi]`` says the voter comes back (or is put on a list at home) to vote."""
    return any(not _UNNEEDED.search(s, max(lo, c.start() - 20), c.start()) for c in _COMING_BACK.finditer(s, lo, hi))


# The words each way of saying it cannot do without (the decision's cheap pre-check).
ABROAD_WORDS = [
    "lanh su quan", "dai su quan", "co quan dai dien", "nuoc ngoai", "embassy", "consulate", "overseas", "expat",
    "abroad",
]  # fmt: skip
