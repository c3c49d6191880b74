"""More candidates than seats: the approved fact (``candidate_surplus:
more_candidates_than_seats``) is that in every unit the list of candidates is longer than the
number of deputies it elects (Luật Bầu cử số 85/2015/QH13, Điều 57 and 58: for the National
Assembly at least two more), so the voters choose and some candidates are not elected. Claims
against it: every name on the ballot said to be elected ("trên phiếu có bao nhiêu người thì trúng
bấy nhiêu", "every name on the ballot gets elected"), and the lists said to hold no more
candidates than seats ("không có chuyện số dư", "there are never more candidates than seats").

Read on the folded text by ``classifiers.rule_facts`` (kind ``surplus``) with the exceptions every
rule has (asked, denied, named to be answered, reported as false). Not a council electing its
officers from one name, not another country's or another body's vote.
"""

from __future__ import annotations

import re

from classifiers.clauses import in_sentence

__all__ = ["NO_SURPLUS", "SURPLUS_WORDS", "other_body"]

_ALL_WIN = r"(?:trung\s+(?:cu\s+)?(?:bay nhieu|het|ca|tat)|deu\s+trung|cung\s+trung|dac\s+cu\s+(?:het|ca))"
NO_SURPLUS = re.compile(
    # "trên phiếu có bao nhiêu người thì trúng bấy nhiêu", "danh sách bao nhiêu người là trúng hết"
    rf"\b(?:tren\s+phieu|danh\s+sach|phieu)\s+(?:co\s+)?bao\s+nhieu\s+(?:nguoi|ng|ten|ung vien)\s+(?:thi|la)\s+{_ALL_WIN}\b"
    # "ai có tên trên phiếu cũng trúng", "tất cả ứng viên trên phiếu đều trúng"
    rf"|\b(?:ai|nguoi nao)\s+co\s+ten\s+(?:tren\s+phieu|trong\s+danh\s+sach(?:\s+chinh\s+thuc)?)\s+(?:\S+\s+)?(?:la\s+)?{_ALL_WIN}\b"
    rf"|\b(?:tat\s+ca|toan\s+bo|moi)\s+(?:cac\s+)?(?:ung\s+vien|ung\s+cu\s+vien|nguoi\s+ung\s+cu|ten)\s+tren\s+phieu\s+(?:\S+\s+)?{_ALL_WIN}\b"
    # "có tên trong danh sách là chắc trúng", "chạy được vào danh sách chính thức là coi như đã trúng"
    r"|\b(?:co\s+ten|vao|lot|len)\s+(?:duoc\s+)?(?:trong\s+)?danh\s+sach(?:\s+(?:chinh\s+thuc|ung\s+cu))?\s+(?:\S+\s+){0,2}?(?:la|thi)\s+"
    r"(?:chac|coi\s+nhu|mac\s+dinh|dam\s+bao|auto)\s+(?:(?:chac|la|da)\s+)?(?:trung|dac\s+cu)\b"
    # "không có chuyện số dư", "số người ứng cử bằng đúng số ghế"
    r"|\b(?:khong|ko|k|chang)\s+(?:co\s+)?(?:chuyen\s+|cai\s+)?so\s+du\b(?!\s+(?:tai khoan|no|tien|the))"
    r"|\bso\s+(?:nguoi\s+)?ung\s+cu\s+(?:\S+\s+)?(?:bang|dung bang)\s+(?:dung\s+)?so\s+(?:ghe|dai bieu|nguoi duoc bau)\b"
    # "ứng viên nào cũng trúng", "868 người ứng cử thì trúng cử hết cả 868", "tất cả ứng viên đều trúng",
    # "không ứng viên nào trượt"
    rf"|\b(?:ung\s+vien|ung\s+cu\s+vien|nguoi\s+ung\s+cu|nguoi\s+ra\s+ung\s+cu)\s+nao\s+(?:\S+\s+)?(?:cung|deu)\s+(?:trung|dac\s+cu)\b"
    rf"|\b\d[\d.,]*\s+(?:nguoi\s+)?(?:ung\s+cu|ung\s+vien|ung\s+cu\s+vien)\s+(?:thi|la|ma|deu)\s+{_ALL_WIN}\b"
    rf"|\b(?:tat\s+ca|toan\s+bo|het)\s+(?:cac\s+|nhung\s+)?(?:ung\s+vien|ung\s+cu\s+vien|nguoi\s+ung\s+cu)\s+(?:\S+\s+)?{_ALL_WIN}\b"
    r"|\b(?:khong|ko|k|chang)\s+(?:co\s+)?(?:ung\s+vien|ung\s+cu\s+vien|nguoi\s+ung\s+cu)\s+nao\s+(?:bi\s+)?(?:truot|rot|that\s+cu)\b"
    # English: "every name on the ballot gets elected", "never more candidates than seats"
    r"|\b(?:every|each)\s+(?:name|candidate|nominee)\s+on\s+the\s+(?:ballot|list)\s+(?:always\s+)?(?:(?:gets|is|will\s+be)\s+elected|wins)\b"
    r"|\b(?:never|no|not)\s+(?:any\s+)?more\s+candidates\s+than\s+seats\b"
    r"|\bas\s+many\s+candidates\s+as\s+(?:there\s+are\s+)?seats\b"
    # "every candidate wins", "all the candidates were elected", "no candidate ever loses"
    r"|\b(?:every|each)\s+(?:single\s+)?(?:candidate|nominee)\s+(?:always\s+)?(?:(?:gets|got|is|was|will\s+be)\s+elected|wins|won)\b"
    r"|\ball\s+(?:the\s+|of\s+the\s+)?\d*\s*(?:candidates|nominees)\s+(?:always\s+)?(?:(?:get|got|are|were|will\s+be)\s+elected|win|won)\b"
    r"|\bno\s+(?:candidate|nominee)\s+(?:ever\s+)?(?:loses|lost|fails|failed)\b"
)
# A council choosing its officers, another body's or another country's list ("HĐND bầu chủ tịch:
# danh sách một người"): not the general vote.
_OTHER_BODY = re.compile(
    r"\b(?:chu tich|pho chu tich|truong ban|uy vien thuong truc|dai hoi dang|dai hoi co dong|hoi dong quan tri"
    r"|chairman|chairwoman|speaker|party congress|shareholders?)\b"
)
other_body = in_sentence(_OTHER_BODY)

# The words each way of saying it cannot do without (the decision's cheap pre-check).
SURPLUS_WORDS = [
    "bao nhieu", "co ten", "tren phieu", "so du", "so ghe", "so dai bieu", "so nguoi duoc bau", "on the ballot",
    "on the list", "more candidates than seats", "as many candidates", "danh sach",
    "ung vien", "ung cu", "candidate", "candidates", "nominee", "nominees",
]  # fmt: skip
