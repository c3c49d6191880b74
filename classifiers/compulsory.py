"""Whether voting is compulsory: the approved fact (``voting_status: right_and_duty``) is that voting
is a citizen's right and duty, and no law makes it compulsory: no one is fined, needs an exemption
or must explain staying home (Luật Bầu cử số 85/2015/QH13; the no-penalty message). Claims against
it: voting said compulsory or mandatory by law ("đi bầu là nghĩa vụ bắt buộc theo Luật Bầu cử",
"bắt buộc mọi người phải đi bầu", "voting is compulsory under Vietnam's election law"), or voters
said to need an exemption to stay home ("làm đơn xin miễn bỏ phiếu", "apply for an exemption from
voting").

"Quyền và nghĩa vụ" (a right and a duty) is the official wording and is no claim. Neither is a
procedure made compulsory ("bắt buộc phải mang thẻ cử tri", "phải tự mình đi bầu"): only voting
itself. Read on the folded text by ``classifiers.rule_facts`` (kind ``compulsory``) with the
exceptions every rule has (asked, denied, named to be answered, reported as false, another
country's: "ở Úc đi bầu là bắt buộc").
"""

from __future__ import annotations

import re

from classifiers.clauses import in_sentence

__all__ = ["COMPULSORY", "COMPULSORY_WORDS", "a_procedure"]

_VOTE = r"(?:di\s+bau|bo\s+phieu|(?:viec\s+|tham\s+gia\s+)?bau\s+cu|tham\s+gia\s+bo\s+phieu)"
_VOTE_EN = r"(?:voting|casting\s+(?:a|your|their)\s+(?:ballot|vote)|turning\s+out(?:\s+to\s+vote)?)"
COMPULSORY = re.compile(
    # "đi bầu ở Việt Nam là nghĩa vụ bắt buộc theo Luật Bầu cử", "bỏ phiếu là bắt buộc", "đi bầu bắt buộc nha"
    rf"\b{_VOTE}\s+(?:(?!(?:khong|ko|k|chang|chu)\b)[^\s,.;:!?]+\s+){{0,4}}?(?:la\s+)?(?:(?:nghia\s+vu|viec)\s+)?bat\s+buoc\b"
    # (not a step made compulsory, "bắt buộc phải mang thẻ cử tri", nor what the organisers must do,
    # "bắt buộc phải tuân thủ quy định": after "phải", only voting itself)
    r"(?!\s+(?:phai\s+)?(?:mang|co|xuat\s+trinh|trinh|nop|tu\s+minh|truc\s+tiep|deo|mac|ghi|gach|ky)"
    r"|\s+phai\s+(?!(?:di\b|bau\b|bo\s+phieu|tham\s+gia)))"
    # "bắt buộc mọi người phải đi bầu", "luật bắt buộc công dân đi bỏ phiếu"
    rf"|\bbat\s+buoc\s+(?:(?:moi|tat\s+ca|toan\s+bo|cac)\s+)?(?:nguoi|nguoi\s+dan|cong\s+dan|cu\s+tri|ca\s+nha|ai\s+cung)?\s*"
    rf"(?:(?:phai|deu\s+phai)\s+)?(?:di\s+)?{_VOTE}\b(?!\s+(?:kin|truc\s+tiep|tai|o|bang|theo|dung|dung\s+quy))"
    # "làm đơn xin miễn bỏ phiếu", "giấy miễn đi bầu"
    rf"|\b(?:xin|don|giay|duoc)\s+(?:xin\s+)?mien\s+(?:tru\s+)?{_VOTE}\b"
    # "voting is compulsory", "voting here is now mandatory", "compulsory voting applies here"
    rf"|\b{_VOTE_EN}\s+(?:(?:here|in\s+vietnam|this\s+year|now)\s+)?(?:is|was|has\s+become|becomes)\s+(?:now\s+)?"
    r"(?:compulsory|mandatory|obligatory|required\s+by\s+law|a\s+legal\s+(?:obligation|requirement))\b"
    r"|\b(?:compulsory|mandatory)\s+voting\s+(?:is\s+|now\s+)?(?:applies|law|rule|here|in\s+vietnam|this\s+year)\b"
    r"|\b(?:law|legally)\s+(?:requires|obliges|forces)\s+(?:every\s+|all\s+)?(?:citizens?|voters?|people|everyone|you)\s+to\s+vote\b"
    r"|\b(?:apply|ask|applied|asked)\s+(?:\S+\s+){0,6}?for\s+(?:an?\s+)?exemption\s+(?:from\s+voting|before\s+(?:polling|election)\s+day)\b"
)
# A step of voting made compulsory, not voting itself ("bỏ phiếu bắt buộc phải mang thẻ cử tri"), and
# a vote that is not the election's (a shareholders' meeting, a contest).
_PROCEDURE = re.compile(
    r"\b(?:the\s+cu\s+tri|can\s+cuoc|giay\s+to|khau\s+trang|dai\s+hoi|co\s+dong|hoi\s+nghi|binh\s+chon|cuoc\s+thi"
    r"|voter\s+card|face\s+masks?|shareholders?|contest)\b"
)
a_procedure = in_sentence(_PROCEDURE)

# The words each way of saying it cannot do without (the decision's cheap pre-check).
COMPULSORY_WORDS = [
    "bat buoc", "mien bo phieu", "mien di bau", "mien bau cu", "mien tru", "compulsory", "mandatory", "obligatory",
    "required by law", "legal obligation", "legal requirement", "requires", "obliges", "forces", "exemption",
]  # fmt: skip
