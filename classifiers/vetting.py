"""How a candidate gets onto the official list: the approved fact (``candidate_selection:
consultation_and_voters_meetings``) is that every candidate, self-nominated ones too, goes through
the consultation conferences the Fatherland Front committee holds and the meetings where the voters
where the candidate lives give their opinion, before the official list is drawn up (Luật Bầu cử số
85/2015/QH13, chapter V). Filing papers does not put a name on the list. Claims against it: "không
có hội nghị hiệp thương", "không phải lấy ý kiến cử tri nơi cư trú", "ai đủ 21 tuổi nộp hồ sơ là
đương nhiên có tên trong danh sách chính thức", "khỏi qua hiệp thương", "bỏ qua vòng hiệp thương",
"simply by registering at the ward office", "there is no consultation round", "skip the consultation".

Read on the folded text by ``classifiers.rule_facts`` (kind ``vetting``) with the exceptions every
rule has (asked, denied, named to be answered, reported as false, another country's). Only where a
candidate or standing for election is named in the sentence: "hiệp thương giá" is a price talk.
"""

from __future__ import annotations

import re

__all__ = ["NO_VETTING", "VETTING_WORDS", "not_about_candidates"]

_STEP = r"(?:(?:hoi\s+nghi|buoc|vong|qua\s+trinh|khau)\s+)?(?:hiep\s+thuong|lay\s+y\s+kien\s+(?:cua\s+)?cu\s+tri)"
NO_VETTING = re.compile(
    # "không có hội nghị hiệp thương", "không phải qua bước lấy ý kiến cử tri", "không cần hiệp thương"
    rf"\b(?:khong|ko|k|chang)\s+(?:he\s+)?(?:co|can|phai(?:\s+qua)?|can\s+qua|bi|qua\s+bat\s+ky)\s+(?:\S+\s+)?{_STEP}\b"
    r"|\b(?:khong|ko|k)\s+(?:phai|can)\s+qua\s+(?:buoc|vong|khau)\s+nao\b"
    # "khỏi qua hiệp thương, khỏi lấy ý kiến cử tri", "bỏ qua vòng hiệp thương", "skips the consultation"
    rf"|\b(?:khoi\s+(?:phai\s+)?(?:qua\s+)?|bo\s+qua\s+|mien\s+(?:qua\s+)?){_STEP}\b"
    r"|\bskip(?:s|ped|ping)?\s+(?:the\s+)?(?:consultation|vetting|voters'?\s+meeting)s?\b"
    # "nộp hồ sơ ở Ủy ban bầu cử tỉnh là đương nhiên có tên trong danh sách chính thức"
    r"|\bnop\s+(?:don|ho\s+so)\s+(?:(?!(?:khong|ko|k|chua|chang)\b)\S+\s+){0,8}?(?:la|thi)\s+(?:duong\s+nhien|tu\s+dong|mac\s+nhien|chac\s+chan|auto)\s+"
    r"(?:(?:duoc|se)\s+)?(?:co\s+ten|vao|len|dua\s+vao|ghi\s+vao)\s+(?:\S+\s+){0,2}?(?:danh\s+sach|phieu)\b"
    # English: "no consultation round", "simply by registering", "automatically put on the ballot"
    r"|\b(?:no|without\s+(?:any|a))\s+(?:consultation|vetting|screening)\s+(?:round|stage|conference|process|step)s?\b"
    r"|\b(?:no|without\s+(?:any|a))\s+(?:voters'?|residents'?|local)\s+(?:meeting|consultation|vetting)s?\b"
    r"|\b(?:simply|just|only)\s+by\s+(?:registering|signing\s+up|filing\s+(?:the\s+|their\s+)?papers|submitting\s+(?:a\s+|an\s+|the\s+)?(?:form|application|file))\b"
    r"|\bautomatically\s+(?:put|placed|listed|goes|go|gets?)\s+(?:on|onto)\s+the\s+(?:ballot|official\s+list)\b"
)
# A candidate or standing for election named in the sentence ("hiệp thương giá" is a price talk).
_CANDIDATES = re.compile(
    r"\b(?:ung\s+cu|ung\s+vien|dai\s+bieu|danh\s+sach\s+chinh\s+thuc|candidates?|stand|standing|ballot|council|assembly"
    r"|nominat\w*|the\s+race|run\s+for|official\s+list)\b"
)


def not_about_candidates(s: str, m, lo: int, hi: int) -> bool:
    """No candidate or candidacy in the sentence."""
    return _CANDIDATES.search(s, lo, hi) is None


# The words each way of saying it cannot do without (the decision's cheap pre-check).
VETTING_WORDS = [
    "hiep thuong", "lay y kien", "buoc nao", "vong nao", "khau nao", "nop don", "nop ho so",
    "consultation", "vetting", "screening", "meeting", "meetings", "simply by", "just by", "only by",
    "automatically put", "automatically placed", "automatically listed", "automatically goes", "automatically go",
    "automatically gets", "automatically get",
]  # fmt: skip
