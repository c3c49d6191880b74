"""Who may stand for election: the approved fact (``candidacy_open_to: every_citizen_21``) is that
every citizen aged 21 or over may stand for the National Assembly and the People's Councils, party
member or not, nominated by a body or self-nominated (Luật Bầu cử số 85/2015/QH13, Điều 2 and
chapter V). Claims against it: "chỉ đảng viên mới được ứng cử", "người ngoài Đảng không được ứng cử",
"không được tự ứng cử nữa", "tự ứng cử là vi phạm pháp luật", "only party members can run",
"non-party members are not allowed to stand", "self-nomination is illegal".

Read on the folded text by ``classifiers.rule_facts`` (kind ``standing``) with the exceptions every
rule has (asked, denied, named to be answered, reported as false, another country's). Not a party's
own votes ("chỉ đảng viên mới được dự đại hội chi bộ", "vote at the party congress"): only standing
for election is named; not standing in two units at once, which the law does forbid.
"""

from __future__ import annotations

import re

__all__ = ["ONLY_SOME_STAND", "STANDING_WORDS", "party_internal"]

_STAND = r"(?:ra\s+)?(?:ung cu|tranh cu)\b"
_MEMBERS = r"(?:dang vien|dang cong san|(?:theo|trong|cua|thuoc)\s+dang)\b"
ONLY_SOME_STAND = re.compile(
    # "chỉ (có những người theo) đảng viên/Đảng Cộng sản … mới được/đủ điều kiện ứng cử"
    rf"\bchi\s+(?:[^\s.!?;,]+\s+){{0,5}}?{_MEMBERS}(?:\s+[^\s.!?;,]+){{0,4}}?\s+(?:moi\s+)?"
    rf"(?:duoc|du dieu kien|co quyen|co the)\s+{_STAND}"
    # "người ngoài Đảng (thì) không được ứng cử", "không phải đảng viên thì không được ra ứng cử"
    r"|\b(?:ngoai\s+dang|khong\s+phai\s+(?:la\s+)?dang\s+vien)\s+(?:thi\s+|la\s+)?(?:khong|ko|k|chang|dung)\s+"
    rf"(?:(?:duoc|the|co quyen|du dieu kien)\s+)+{_STAND}"
    # "không được tự ứng cử nữa", "không cho tự ứng cử" (not "… ở hai đơn vị cùng lúc")
    r"|\b(?:khong|ko|k)\s+(?:con\s+)?(?:duoc|cho|cho phep)\s+(?:phep\s+)?tu\s+ung\s+cu\b"
    r"(?!\s+(?:o|tai|cung luc|dong thoi|vao)\s+(?:\S+\s+)?(?:hai|2|nhieu|cung luc)\b)"
    # "tự ứng cử là vi phạm pháp luật", "tự ứng cử bị cấm"
    r"|\btu\s+ung\s+cu\s+(?:\S+\s+){0,2}?(?:la\s+|bi\s+)?(?:vi pham(?:\s+phap luat)?|pham phap|bat hop phap|trai phep|cam|sai luat|trai luat)\b"
    # English
    r"|\bonly\s+(?:\S+\s+){0,2}?(?:party|communist)\s+(?:party\s+)?members?\s+"
    r"(?:can|may|are\s+(?:allowed|permitted|eligible)\s+to|get\s+to)\s+(?:run|stand)\b"
    r"|\bnon-?\s?party\s+(?:members?|people|citizens|candidates)\s+(?:can't|cannot|can\s+not|may\s+not"
    r"|(?:are\s+not|aren't)\s+(?:allowed|permitted|eligible)\s+to)\s+(?:run|stand)\b"
    r"|\bself-?\s?nominat\w*\s+(?:is|are)\s+(?:\S+\s+)?(?:illegal|banned|forbidden|not\s+allowed|prohibited)\b"
)
# A party's own vote in the sentence: its congress, cell or committee.
_PARTY_INTERNAL = re.compile(
    r"\b(?:dai hoi (?:dang|chi bo|dang bo)|chi bo|dang bo|ban chap hanh|cap uy|party congress|party cell)\b"
)


def party_internal(s: str, m, lo: int, hi: int) -> bool:
    """The sentence is about a party's own vote, not the election."""
    return _PARTY_INTERNAL.search(s, lo, hi) is not None


# The words each way of saying it cannot do without (the decision's cheap pre-check).
STANDING_WORDS = [
    "dang vien", "dang cong san", "theo dang", "trong dang", "cua dang", "thuoc dang", "ngoai dang", "tu ung cu",
    "party members", "party member", "communist", "non-party", "nonparty", "non party", "self-nomination",
    "self-nominated", "self-nominations", "self nomination", "self nominations", "selfnomination", "self-nominating", "self-nominate",
]  # fmt: skip
