"""Papers a voter is said to need besides the voter card: the approved fact
(``voter_documents: voter_card``) is that at the polling station a voter shows the voter card the
election team handed out, and a lost or torn card is reported to the team. Claims against it: "phải
mang sổ hộ khẩu bản gốc", "thiếu giấy khám sức khỏe là không được phát phiếu", "chỉ nhận cử tri có
giấy xét nghiệm âm tính", "bring your birth certificate or they won't give you a ballot", and
the mobile ballot box said to be only for voters with a hospital letter.

Read on the folded text by ``classifiers.rule_facts`` (kind ``documents``) with the exceptions every
rule has (asked, denied, named to be answered, reported as false). Not a candidate's file (which
does hold a health certificate and a birth certificate), not another procedure than voting, and
not a health declaration or a mask (asked of voters at some polling stations in 2021).
"""

from __future__ import annotations

import re

__all__ = ["DOCUMENTS_WORDS", "NEEDS_PAPERS", "not_about_voting"]

_DOC = (
    r"(?:so\s+ho\s+khau|ho\s+khau\s+(?:ban\s+)?goc|giay\s+khai\s+sinh|giay\s+kham\s+suc\s+khoe|giay\s+(?:chung\s+nhan\s+)?suc\s+khoe"
    r"|giay\s+xet\s+nghiem|ket\s+qua\s+xet\s+nghiem|xet\s+nghiem\s+am\s+tinh|the\s+bao\s+hiem(?:\s+y\s+te)?|the\s+bhyt"
    r"|giay\s+xac\s+nhan\s+(?:da\s+)?(?:tiem|vac\s*xin|cu\s+tru|tam\s+tru|thuong\s+tru|hanh\s+kiem)|so\s+tiem|photo\s+cong\s+chung"
    r"|giay\s+gioi\s+thieu\s+(?:cua\s+)?(?:noi\s+|xa\s+|phuong\s+|dia\s+phuong\s+)?(?:thuong\s+tru|cu\s+tru|que|noi\s+o)"
    r"|ban\s+sao\s+(?:cong\s+chung|chung\s+thuc)|so\s+do|giay\s+dang\s+ky\s+ket\s+hon|ly\s+lich\s+tu\s+phap"
    r"|household\s+registration\s+book|birth\s+certificate|health\s+certificate|(?:a\s+)?negative\s+(?:covid\s+)?test"
    r"|vaccination\s+(?:card|certificate|record)|notari[sz]ed\s+cop(?:y|ies)|health\s+insurance\s+card|residence\s+certificate)"
)
_NEED = (
    r"(?<!khong )(?<!hong )(?<!khum )(?<!ko )(?<!k )(?<!chang )(?<!khoi )(?<!cha )"
    r"(?:phai|bat buoc|nho|can|yeu cau|buoc)\s+(?:\S+\s+){0,3}?(?:mang(?:\s+theo)?|xuat\s+trinh|trinh|nop|co|kem|photo|xin)"
    r"|chi\s+(?:nhan|phat\s+phieu\s+cho|cho\s+vao)\s+(?:\S+\s+){0,3}?co"
    r"|(?:must|have\s+to|has\s+to|need\s+to|needs\s+to|required\s+to|remember\s+to|don't\s+forget\s+(?:to\s+)?)\s+(?:bring|show|present|carry|hand\s+in)"
    r"|only\s+(?:voters|people|those)\s+with|(?:is|are)\s+required"
)
NEEDS_PAPERS = re.compile(
    rf"\b(?:{_NEED})\s+(?:[^\s.!?]+\s+){{0,6}}?{_DOC}\b"
    rf"|\b(?:thieu|khong\s+co|without|no)\s+(?:[^\s.!?]+\s+){{0,3}}?{_DOC}\b[^.!?]{{0,50}}?\b(?:khong|ko|k|won't|will\s+not|can't|cannot|not)\s+"
    r"(?:duoc\s+|dc\s+|be\s+)?(?:phat\s+phieu|nhan\s+phieu|bau|bo\s+phieu|cho\s+vao|allowed|vote|get\s+a\s+ballot|given\s+a\s+ballot)"
    rf"|\b{_DOC}\s+(?:[^\s.!?]+\s+){{0,3}}?(?:is|are)\s+(?:now\s+)?required\b"
    # a lost voter card said to cost the vote ("làm mất thẻ cử tri thì không được bầu"; approved: report it to the team)
    r"|\b(?:lam\s+)?(?:mat|hong|rach)\s+the\s+cu\s+tri\s+(?:\S+\s+){0,2}?(?:thi|la)\s+(?:khong|ko|k|hong|chang)\s+(?:duoc|dc)\s+(?:bau|bo\s+phieu|di\s+bau)\b"
    r"|\b(?:lose|lost)\s+(?:your|their|the)\s+voter\s+card\s+(?:\S+\s+){0,2}?(?:and|then)\s+(?:you|they)\s+(?:can't|cannot|won't\s+be\s+able\s+to)\s+vote\b"
    # the mobile box said to need a paper ("hòm phiếu phụ chỉ dành cho ai có giấy xác nhận của bệnh viện")
    r"|\b(?:hom\s+phieu\s+(?:phu|luu\s+dong)|mobile\s+(?:ballot\s+)?box(?:es)?)\s+(?:\S+\s+){0,3}?(?:chi\s+danh\s+cho|only\s+for)\s+"
    r"[^.!?]{0,60}?\b(?:giay|letter|note|certificate)\b"
)
_VOTING = re.compile(
    r"\b(?:hom phieu|mobile box|di bau|(?:duoc|dc)\s+bau|bo phieu|nhan phieu|phat phieu|diem bau|to bau cu|cu tri|bau cu|vote|voters?|voting|polling|ballots?)\b"
)
_OTHER = re.compile(
    r"\b(?:ho so|nguoi ung cu|ung cu vien|ung vien|tu ung cu|candidates?|nomination|dang ky tam tru|lam can cuoc"
    r"|cap lai the|khai bao y te|to khai y te|khau trang|masks?|health declaration)\b"
)


def not_about_voting(s: str, m: re.Match, lo: int, hi: int) -> bool:
    """A candidate's file, another procedure, or a health declaration; or no vote in the
    sentence (``rule_facts._first_claim``'s ``other_meaning``)."""
    return bool(_OTHER.search(s, lo, hi)) or not _VOTING.search(s, lo, hi)


# The words each way of saying it cannot do without (the decision's cheap pre-check).
DOCUMENTS_WORDS = [
    "ho khau", "khai sinh", "suc khoe", "xet nghiem", "bao hiem", "bhyt", "giay xac nhan", "so tiem", "cong chung",
    "chung thuc", "so do", "ket hon", "ly lich", "household registration", "birth certificate", "health certificate",
    "negative test", "negative covid", "vaccination", "notarized", "notarised", "insurance card", "residence certificate",
    "hom phieu phu", "hom phieu luu dong", "mobile", "giay gioi thieu", "the cu tri", "voter card",
]  # fmt: skip
