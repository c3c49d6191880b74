"""Temporary residents said barred from voting where they live: the approved fact
(``temporary_residents: on_the_list``) is that a citizen registered as a temporary resident is put
on the voter list where they live (for the National Assembly and the provincial council, and with
twelve months' registration for every level), so a voter need not go back to the home village.
Each citizen is on one list only. Claims against it: "tạm trú là mất quyền", "người ở trọ không
được bầu, phải về quê", "chỉ được bầu ở nơi có hộ khẩu thường trú", "phải tạm trú đủ 2 năm mới được
bầu", "migrant workers have to travel back home to vote"; no way said to exist to vote elsewhere
("không có thủ tục chuyển nơi bỏ phiếu": a voter away gets a certificate to vote where they are);
and a vote in two places said allowed ("hộ khẩu một nơi, tạm trú một nơi thì bầu cả hai chỗ").

Read on the folded text by ``classifiers.rule_facts`` (kind ``residence``) with the exceptions every
rule has (asked, denied, named to be answered, reported as false). Not the lower councils' lists, on
which a resident of under twelve months is indeed not put ("chưa đủ 12 tháng … không được bầu đại
biểu HĐND cấp xã"), nor a choice to vote at home ("nếu muốn thì về quê bầu").
"""

from __future__ import annotations

import re

from classifiers.clauses import in_sentence

__all__ = ["BARRED", "LOWER_COUNCILS", "RESIDENCE_WORDS", "lower_councils"]

_WHO = (
    r"(?:tam tru|o tro|thue tro|o thue|nha tro|nhap cu|di lam (?:an )?xa|(?:khong|ko|k|hong) co ho khau(?: thuong tru)?"
    r"|(?:khong|ko|k|hong) (?:co|phai) (?:ho khau|thuong tru)|chua nhap khau)"
)
_BARRED = (
    r"(?:(?:khong|ko|k|hong|khum|chang)\s+(?:duoc|dc|the)\s+(?:di\s+)?bau|mat\s+quyen(?:\s+bau(?:\s+cu)?)?"
    r"|phai\s+ve\s+que\s+(?:de\s+|moi\s+(?:duoc\s+|dc\s+)?|ma\s+)?(?:bau|bo\s+phieu|di\s+bau)|ve\s+que\s+(?:moi\s+(?:duoc|dc)|ma)\s+bau|(?:khong|ko|k)\s+co\s+ten\s+(?:trong|o)\s+danh\s+sach"
    r"|(?:khong|ko|k)\s+(?:duoc|dc)\s+ghi\s+ten)"
)
# (nothing between that says the voter may, or speaks of a choice or a condition)
_BETWEEN = r"(?:(?!\b(?:van|deu|co the|neu|muon|duoc ghi|nguyen vong|hoac)\b)[^.!?;]){0,60}?"
_EN_WHO = (
    r"(?:temporary\s+residen(?:ts?|ce)|migrant\s+workers?|renters|tenants|people\s+(?:who\s+are\s+)?renting|anyone\s+renting"
    r"|boarders|(?:people|voters|anyone)\s+without\s+(?:a\s+)?permanent\s+(?:household\s+)?registration)"
)
_EN_BARRED = (
    r"(?:can(?:'t|not|\s+not)\s+vote|(?:are|is)\s+not\s+(?:allowed|eligible|on\s+the)|aren't\s+(?:allowed|eligible|on\s+the)"
    r"|not\s+on\s+the\s+(?:local\s+)?(?:voter\s+)?(?:list|rolls)|lose\s+(?:their|the)\s+(?:right|vote)"
    r"|(?:have|has|need)\s+to\s+(?:travel|go|return)\s+(?:back\s+)?(?:home|to\s+(?:their|your)\s+(?:hometown|home))"
    r"|(?:have|has)\s+no\s+(?:right|vote))"
)
_EN_BETWEEN = r"(?:(?!\b(?:still|can\s+(?:still\s+)?(?:vote|ask|register)|may|if|unless|only\s+for)\b)[^.!?;]){0,60}?"
BARRED = re.compile(
    rf"\b{_WHO}\b{_BETWEEN}\b{_BARRED}\b"
    r"|\bchi\s+(?:duoc\s+|dc\s+)?(?:bau|bo phieu|di bau)\s+(?:o|tai)\s+(?:noi\s+)?(?:co\s+)?(?:ho khau|thuong tru)\b"
    r"|\bphai\s+(?:co\s+)?(?:tam\s+tru|o)\s+(?:du\s+|it nhat\s+|tren\s+)?(?:\d+|mot|hai|ba)\s+nam\s+(?:tam\s+tru\s+)?(?:moi|thi moi|thi)\s+(?:duoc|dc)\s+bau\b"
    rf"|\b{_EN_WHO}\b{_EN_BETWEEN}\b{_EN_BARRED}"
    r"|\bonly\s+vote\s+where\s+(?:their|your|his|her)\s+permanent\s+(?:household\s+)?registration\b"
    r"|\bneed\s+(?:\d+|one|two|three|several)\s+years?\s+of\s+temporary\s+residence\b"
    # two lists, two votes ("bầu cả hai chỗ", "được bỏ phiếu ở hai nơi", "allowed to vote twice if
    # registered in two places"): a citizen is on one list only
    r"|\b(?:duoc|dc|co the)\s+(?:bo phieu|bau|di bau)\s+(?:o\s+)?(?:ca\s+)?(?:hai|2)\s+(?:noi|cho|khu vuc|diem)\b|\bbau\s+ca\s+(?:hai|2)\s+(?:noi|cho)\b"
    # anywhere ("bầu ở đâu cũng được", "bỏ phiếu tại đâu cũng dc"): a voter votes where they are on the list
    r"|\b(?:bau|bo phieu|di bau)\s+(?:o|tai)\s+dau\s+cung\s+(?:duoc|dc)\b"
    # no way to vote elsewhere ("không có thủ tục chuyển nơi bỏ phiếu"): a voter away gets a certificate to vote where they are
    r"|\b(?:khong|ko|k|chang)\s+co\s+(?:thu\s+tuc|cach|giay\s+to)\s+(?:nao\s+)?(?:de\s+)?(?:chuyen|doi)\s+(?:noi|cho|khu\s+vuc|diem)\s+(?:bo\s+phieu|bau|di\s+bau)\b"
    r"|\b(?:allowed|able|can|may)\s+(?:to\s+)?vote\s+(?:twice|in\s+two\s+places|at\s+two\s+(?:polling\s+)?(?:stations|places)|in\s+both)"
)
# The lower councils, for which a resident of under twelve months is indeed not on the list.
LOWER_COUNCILS = re.compile(
    r"\b(?:cap xa|hdnd xa|hdnd phuong|cap huyen|12 thang|muoi hai thang|commune[- ]level|commune councils?|district councils?|12 months)\b"
)
lower_councils = in_sentence(LOWER_COUNCILS)  # (a sentence about them rules a match out)


# The words each way of saying it cannot do without (the decision's cheap pre-check).
RESIDENCE_WORDS = [
    "tam tru", "o tro", "thue tro", "o thue", "nha tro", "nhap cu", "di lam xa", "di lam an xa", "ho khau",
    "thuong tru", "nhap khau", "temporary residents", "temporary resident", "temporary residence", "migrant worker",
    "migrant workers", "renters", "tenants", "renting", "boarders", "permanent registration",
    "permanent household registration", "hai noi", "hai cho", "2 noi", "2 cho", "hai khu vuc", "hai diem", "twice",
    "two places", "two polling", "two stations", "in both", "o dau cung", "tai dau cung", "chuyen noi", "chuyen cho",
    "chuyen khu vuc", "chuyen diem", "doi noi", "doi cho",
]  # fmt: skip
