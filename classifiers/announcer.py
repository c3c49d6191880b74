"""Who announces the results: the approved fact (``results_body: National Election Council``) is
that the National Election Council announces the results of the National Assembly election and
the election committees of each level those of their People's Councils. Claims against it: the
results or the winners said to be announced by another body ("kết quả bầu cử năm nay sẽ do Bộ
Công an công bố", "Ủy ban nhân dân tỉnh sẽ công bố người trúng cử", "the results will be
announced by the Ministry of Public Security").

Read on the folded text by ``classifiers.rule_facts`` (kind ``announcer``) with the exceptions every
rule has. Not a ministry's report of a running turnout or a preliminary figure ("theo báo cáo của
Bộ Nội vụ, tỷ lệ cử tri đi bầu …", "kết quả sơ bộ"), not another country's.
"""

from __future__ import annotations

import re

from classifiers.clauses import in_sentence

__all__ = ["ANNOUNCER_WORDS", "OTHER_ANNOUNCER", "preliminary"]

_BODY = (
    r"(?:bo cong an|cong an(?: tinh| huyen| thanh pho)?|bo noi vu|bo quoc phong|bo tu phap|chinh phu|thu tuong"
    r"|ubnd(?: tinh| huyen| xa| phuong| thanh pho)?|uy ban nhan dan(?: tinh| huyen| xa| phuong| thanh pho)?"
    r"|tinh uy|thanh uy|huyen uy|dang uy|mat tran to quoc|quan doi|dai truyen hinh|vtv|cong an phuong"
    r"|the ministry of (?:public security|home affairs|defen[cs]e|justice)|the (?:national )?police|the government"
    r"|the prime minister|the (?:communist )?party|the (?:provincial|local) (?:people's )?committee|the army)"
)
_RESULTS = (
    r"(?:ket qua (?:bau cu|chinh thuc|bo phieu|kiem phieu)|danh sach (?:nguoi )?trung cu|nguoi trung cu"
    r"|(?:the\s+)?(?:official\s+|final\s+)?(?:election\s+)?(?:results|winners)(?:\s+of\s+the\s+(?:vote|election))?(?!\s+of\b))"
)
# The election's own bodies: a result "của Ủy ban bầu cử tỉnh" is theirs, whoever reads it out.
_OWN = r"(?:hoi dong bau cu|uy ban bau cu|ban bau cu|hdbc|(?:national\s+)?election\s+(?:council|committee))"
_ANNOUNCE = r"(?:cong bo|announce[sd]?|publish(?:es|ed)?|release[sd]?|declare[sd]?)"
OTHER_ANNOUNCER = re.compile(
    rf"\b{_RESULTS}\s+(?:[^\s.!?]+\s+){{0,6}}?(?:se\s+)?(?:do|boi)\s+{_BODY}\s+(?:\S+\s+){{0,2}}?{_ANNOUNCE}\b"
    rf"|\b{_RESULTS}\s+(?:\S+\s+){{0,4}}?(?:will\s+be|are|is|to\s+be|get|gets)\s+(?:\S+\s+)?{_ANNOUNCE}\s+by\s+{_BODY}\b"
    rf"|\b{_BODY}\s+(?:(?!khong\b|chua\b|not\b|never\b|nghe\b)[^\s,.;:!?]+\s+){{0,3}}?(?:se\s+|will\s+)?{_ANNOUNCE}\s+(?:\S+\s+){{0,2}}?"
    rf"{_RESULTS}\b(?![^.!?]{{0,40}}?\b(?:cua|tu|of|from|by)\s+(?:the\s+)?{_OWN})"
)
# A running or preliminary figure a ministry reports ("kết quả sơ bộ", "tỷ lệ cử tri đi bầu").
_PRELIMINARY = re.compile(r"\b(?:so bo|tam thoi|preliminary|ty le|ti le|turnout|tinh den|den \d+h|as of)\b")
preliminary = in_sentence(_PRELIMINARY)

# The words each way of saying it cannot do without (the decision's cheap pre-check).
ANNOUNCER_WORDS = ["bo cong an", "cong an", "bo noi vu", "bo quoc phong", "bo tu phap", "chinh phu", "thu tuong", "ubnd",
                   "uy ban nhan dan", "tinh uy", "thanh uy", "huyen uy", "dang uy", "mat tran to quoc", "quan doi",
                   "dai truyen hinh", "vtv", "ministry", "police", "government", "prime minister", "the party",
                   "communist party", "people's committee", "provincial committee", "local committee",
                   "army"]  # fmt: skip
