"""How a vote is recorded on the voter: the approved fact (``voted_mark: stamp_on_voter_card``) is
that when a voter has voted the election team stamps "Đã bỏ phiếu" on the voter card (Luật Bầu cử
số 85/2015/QH13, Điều 69); nothing is put on the voter's hand. Claims against it: a finger said
to be dipped in ink or marked with ink ("cử tri phải nhúng ngón tay vào mực sau khi bỏ phiếu",
"voters will dip a finger in ink"), as some other countries do.

Read on the folded text by ``classifiers.rule_facts`` (kind ``voted_mark``) with the exceptions
every rule has (asked, denied, named to be answered, reported as false, said of another
country). Not a pen's ink, not a fingerprint on a paper.
"""

from __future__ import annotations

import re

from classifiers.clauses import in_sentence

__all__ = ["INKED_FINGER", "VOTED_MARK_WORDS", "not_a_finger"]

_FINGER = r"(?:ngon\s+tay|dau\s+ngon|fingers?|fingertips?|thumbs?)"
INKED_FINGER = re.compile(
    # "nhúng ngón tay vào mực", "chấm mực lên ngón tay", "ngón tay bị bôi mực"
    rf"\b(?:nhung|cham|quet|boi|danh\s+dau|in|to|nhuom)\s+(?:\S+\s+){{0,2}}?{_FINGER}\s+(?:\S+\s+){{0,2}}?(?:vao|bang|voi)?\s*muc\b"
    rf"|\b(?:cham|quet|boi|danh\s+dau|nho)\s+muc\s+(?:\S+\s+){{0,2}}?(?:len|vao|tren|o)\s+{_FINGER}"
    rf"|\b{_FINGER}\s+(?:\S+\s+){{0,3}}?(?:bi\s+|se\s+bi\s+|duoc\s+)?(?:boi|cham|nhuom|danh\s+dau|to)\s+muc\b"
    # "dip a finger in ink", "ink on your finger", "fingers will be inked", "indelible ink"
    rf"|\bdip\w*\s+(?:\S+\s+){{0,2}}?{_FINGER}\s+(?:in|into)\s+(?:\S+\s+)?ink\b"
    rf"|\bink\w*\s+(?:mark\s+)?(?:on|onto)\s+(?:their|your|the|a|each|every)\s+(?:\S+\s+)?{_FINGER}"
    rf"|\b{_FINGER}\s+(?:will\s+be|are|is|get|gets|must\s+be)\s+(?:\S+\s+)?(?:inked|stained)\b"
    r"|\b(?:indelible|election)\s+ink\b"
)
# A pen's ink, a fingerprint on a paper ("điểm chỉ", "lăn tay" for an ID card).
_NOT_A_FINGER_MARK = re.compile(
    r"\b(?:but muc|muc but|diem chi|lan tay|van tay|can cuoc|cccd|fingerprint\w*|pen|pens)\b"
)
not_a_finger = in_sentence(_NOT_A_FINGER_MARK)

# The words each way of saying it cannot do without (the decision's cheap pre-check).
# (every way names the finger, but "indelible ink"; not "muc" alone, the fold of the everyday "mức")
VOTED_MARK_WORDS = [
    "ngon tay",
    "dau ngon",
    "finger",
    "fingers",
    "fingertip",
    "fingertips",
    "thumb",
    "thumbs",
    "indelible ink",
    "election ink",
]
