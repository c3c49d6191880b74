"""What it takes to win a seat, and for a unit's vote to count: the approved facts are that a
candidate is elected only with more than half of the valid votes (``winner_share: more_than_half``)
and that a unit's result counts when more than half of the voters on its list voted, else the vote
is held again (``valid_turnout: more_than_half``). Claims against them: "người trúng cử chỉ cần đạt
30% số phiếu hợp lệ", "ai nhiều phiếu nhất là trúng", "a candidate needs only a third of the votes", voters who stay home said to count as votes against;
"đơn vị nào không đủ 2/3 cử tri đi bầu là hủy kết quả", "below 70% turnout the vote is void".

Read on the folded text by ``classifiers.rule_facts`` (kinds ``share`` and ``quorum``) with the
exceptions every rule has. Not the ranking among those above half ("nếu nhiều người cùng quá nửa
thì ai nhiều phiếu hơn trúng cử": true), not another body's rule, not a share said as more than half.
"""

from __future__ import annotations

import re

from classifiers.clauses import in_sentence

__all__ = ["ABSENT_AGAINST", "ABSENT_WORDS", "QUORUM_WORDS", "SHARE_WORDS", "WRONG_QUORUM", "WRONG_SHARE", "above_half"]

# A share that is not "more than half" (a third, 30%, 40 percent; not 51%, "quá nửa").
_LOW = (
    r"(?:(?:[1-4]\d|[1-9])(?:[.,]\d+)?\s*(?:%|phan tram|percent)|mot phan ba|1/3|mot phan tu|1/4|a third|one third|a quarter"
    r"|one quarter|(?:a\s+)?fifth)"
)
WRONG_SHARE = re.compile(
    r"\b(?:trung cu|trung|thang cu|win|wins|to win|elected|a seat)\s+(?:\S+\s+){0,7}?"
    r"(?:chi\s+can|only\s+needs?|needs?\s+only|just\s+needs?|only\s+(?:has|have)\s+to\s+(?:get|reach|win))\s+"
    rf"(?:(?:dat|co|duoc|get|reach|win|about)\s+)?(?:(?:hon|over|above|more than)\s+)?{_LOW}"
    r"|\b(?:chi\s+can|only\s+needs?|just\s+needs?)\s+(?:dat\s+|co\s+|duoc\s+)?"
    + _LOW
    + r"\s+(?:\S+\s+){0,4}?(?:la\s+|thi\s+|to\s+)?"
    r"(?:trung cu|trung|win|be elected|get elected)\b"
    # a plurality said to win ("ai nhiều phiếu nhất là trúng", "whoever gets the most votes wins")
    r"|\b(?:ai|nguoi nao|nguoi|whoever|the one who|the candidate who)\s+(?:co\s+|duoc\s+|gets\s+|has\s+|wins\s+)?(?:nhieu phieu nhat"
    r"|(?:the\s+)?most\s+votes)\s+(?:(?:la|thi|se|is|will be)\s+)*(?:trung|trung cu|wins|win|elected|gets the seat)\b"
    # ("ứng viên nào nhiều phiếu nhất là trúng cử", "the candidate with the most votes wins", "không
    # cần quá bán nữa", "wins even with 30 percent", "only need more votes than the others")
    r"|\bnhieu phieu (?:bau\s+)?nhat\s+(?:(?:la|thi|se|duoc|deu)\s+)*(?:trung|trung cu|dac cu|thang cu)\b"
    r"|\b(?:candidate|person|one|nominee)\s+with\s+the\s+most\s+votes\s+(?:\S+\s+)?(?:wins|is elected|gets the seat|takes the seat)\b"
    r"|\b(?:khong|khoi|chang)\s+(?:can|phai)\s+(?:dat\s+)?qua\s+(?:ban|nua)\s+(?:nua\s+)?(?:(?:\S+\s+){0,6}?(?:la|thi|cung|van)\s+)?"
    r"(?:trung|trung cu|dac cu)\b|\b(?:khong|khoi|chang)\s+can\s+(?:dat\s+)?qua\s+(?:ban|nua)\s+nua\b"
    rf"|\b(?:wins?|elected|takes? the seat|gets? the seat)\s+(?:\S+\s+){{0,3}}?even\s+with\s+(?:only\s+|just\s+)?{_LOW}"
    r"|\bonly\s+needs?\s+(?:to\s+get\s+)?more\s+votes\s+than\s+(?:the\s+)?(?:others|other candidates|anyone else|the rest)\b"
)
# A unit's result said void below another turnout than half, or valid with less.
WRONG_QUORUM = re.compile(
    r"\b(?:khong du|duoi|chua dat|chua du|it hon|below|under|less than|fewer than)\s+(?P<q>2/3|hai phan ba|[6-9]\d\s*(?:%|phan tram|percent)|two[- ]thirds)"
    r"\s+(?:\S+\s+){0,8}?(?:huy|bau lai|vo hieu|khong co gia tri|void|annulled|invalid|re-?run|held again|repeated)"
    r"|\b(?:chi\s+can|only\s+needs?|just\s+needs?)\s+(?:\S+\s+){0,2}?(?:[1-4]\d\s*(?:%|phan tram|percent)|mot phan ba|1/3|a third)"
    r"\s+(?:\S+\s+){0,3}?(?:cu tri|voters)\s+(?:\S+\s+){0,3}?(?:di bau|vote|turn out|to count|la hop le|to be valid)"
    # valid "as long as a third of voters turn out", "được công nhận miễn là có 30% cử tri đi bầu"
    r"|\b(?:valid|counts?|hop le|duoc cong nhan|co gia tri)\s+(?:\S+\s+){0,2}?(?:as long as|provided|if only|mien la|chi can)\s+"
    r"(?:co\s+)?(?P<q2>[1-4]\d\s*(?:%|phan tram|percent)|mot phan ba|1/3|a third|one third|a quarter)\s+(?:of\s+)?(?:the\s+)?(?:cu tri|voters)"
)
# Voters who stay home said to count as votes against ("luật tính người vắng mặt là phiếu chống", "every
# absent voter is counted as a vote against"): the share is of the valid votes cast, and a voter who
# does not vote casts none.
ABSENT_AGAINST = re.compile(
    r"\b(?:(?:nguoi|cu tri|ai)\s+(?:vang mat|khong di bau|o nha)|vang mat|khong di bau)\s+(?:(?!(?:khong|ko|k|chang|cha|hong)\b)\S+\s+){0,3}?"
    r"(?:(?:bi\s+|duoc\s+)?tinh\s+(?:la\s+)?|la\s+|coi\s+nhu\s+)(?:(?:mot\s+)?phieu\s+)?(?:chong|khong\s+dong\s+y|phan\s+doi|bau\s+chong)\b"
    r"|\b(?:absent\s+voters?|every\s+absent\s+voter|each\s+absent\s+voter|abstentions?|staying\s+home|(?:a|every)\s+voter\s+who\s+stays\s+home)"
    r"\s+(?:\S+\s+){0,2}?(?:is|are|gets?|will\s+be)\s+(?:(?!(?:not|never)\b)\S+\s+)?counted\s+as\s+(?:a\s+)?(?:vote|votes|no)\s+against\b"
)
_ABOVE_HALF = re.compile(
    r"\b(?:qua\s+(?:mot\s+)?nua|(?<!khoi can )(?<!khong can )(?<!chang can )(?<!phai tinh )(?<!can tinh )(?<!can dat )qua\s+ban|hon\s+(?:mot\s+)?nua|tren\s+50|more\s+than\s+half|over\s+half|above\s+half|more\s+than\s+50|over\s+50)\b"
)
# The ranking among candidates above half, which the plurality rule does decide ("nếu nhiều người
# quá nửa thì ai nhiều phiếu nhất trúng"): a sentence saying so rules a match out.
above_half = in_sentence(_ABOVE_HALF)


# The words each way of saying it cannot do without (the decision's cheap pre-check).
SHARE_WORDS = ["chi can", "only need", "only needs", "needs only", "need only", "just need", "just needs",
               "only has to", "only have to", "nhieu phieu nhat", "nhieu phieu bau nhat", "most votes", "qua ban",
               "qua nua", "even with", "more votes than"]  # fmt: skip
# (what the absent are said to count as, each way; not "chống" alone, which "phòng chống" makes common)
ABSENT_WORDS = [
    *(f"{v} {m}{a}" for v in ("tinh la", "tinh", "la", "coi nhu") for m in ("", "phieu ", "mot phieu ")
      for a in ("chong", "khong dong y", "phan doi", "bau chong")),
    *(f"counted as {a}{w} against" for a in ("", "a ") for w in ("vote", "votes", "no")),
]  # fmt: skip
QUORUM_WORDS = ["khong du", "duoi", "chua dat", "chua du", "it hon", "below", "under", "less than", "fewer than",
                "chi can", "only need", "only needs", "just need", "just needs", "as long as", "provided", "if only",
                "mien la"]  # fmt: skip
