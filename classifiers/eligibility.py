"""Who is left off the voter list: the approved fact (``voter_list_excludes:
death_row_prison_incapacity``) is that those left off are (Luật Bầu cử số 85/2015/QH13, Điều 30):
people sentenced to death awaiting execution, people serving a prison term without a suspended
sentence, and people a court has declared to have lost civil capacity; people held in temporary
custody or detention, or in a compulsory education or rehabilitation centre, are listed where they
are held (Điều 29). Claims against it: those held in detention or custody, those with a suspended
sentence, non-custodial reform or an administrative fine, or those in compulsory rehabilitation said
to lose the vote or to be struck off the list ("người đang bị tạm giam thì mất quyền bầu", "hưởng án
treo thì không có quyền bầu cử", "people in pre-trial detention can't vote").

Read on the folded text by ``classifiers.rule_facts`` (kind ``eligibility``) with the exceptions
every rule has (asked, denied, named to be answered, reported as false, said under a condition).
Not the law's own words ("phạt tù mà không được hưởng án treo thì không được ghi tên": that group is
left off); and "tạm giữ" (custody) reads, as in every rule, as a report of a poster held
by the police, so a claim about those in custody is found only in other words ("tạm giam").
"""

from __future__ import annotations

import re

from classifiers.clauses import in_sentence

__all__ = ["ELIGIBILITY_WORDS", "LOSES_THE_VOTE", "the_law_itself"]

_HELD = (
    r"(?:tam\s+giam|tam\s+giu|an\s+treo|cai\s+tao\s+khong\s+giam\s+giu|xu\s+phat\s+hanh\s+chinh|phat\s+hanh\s+chinh"
    r"|cai\s+nghien\s+bat\s+buoc|giao\s+duc\s+bat\s+buoc|quan\s+che)"
)
_LOSES = (
    r"(?:mat\s+(?:luon\s+)?quyen\s+(?:bau|bo\s+phieu|di\s+bau)|(?:khong|ko|k|hong|khum)\s+(?:con\s+)?(?:co\s+quyen|duoc|dc)\s+"
    r"(?:bau|bo\s+phieu|di\s+bau)|bi\s+(?:gach|xoa|loai)\s+(?:ten\s+)?(?:khoi|ra\s+khoi)\s+danh\s+sach"
    r"|(?:khong|ko)\s+co\s+ten\s+trong\s+danh\s+sach|bi\s+tuoc\s+quyen\s+bau)"
)
LOSES_THE_VOTE = re.compile(
    # "người đang bị tạm giam thì mất quyền bầu", "hưởng án treo … không có quyền bầu cử"
    rf"\b{_HELD}\b[^.!?]{{0,80}}?\b{_LOSES}"
    # English: "people in pre-trial detention can't vote", "a suspended sentence means you lose your vote"
    r"|\b(?:detention|detained|in\s+custody|suspended\s+sentences?|on\s+probation|administrative\s+fines?)\b[^.!?]{0,60}?"
    r"\b(?:can't|cannot|can\s+not|are\s+not\s+allowed\s+to|aren't\s+allowed\s+to|may\s+not)\s+vote"
    r"|\b(?:detention|detained|in\s+custody|suspended\s+sentences?|on\s+probation|administrative\s+fines?)\b[^.!?]{0,60}?"
    r"\b(?:lose|loses|lost)\s+(?:their|your|the)\s+(?:right\s+to\s+)?vote"
)
# The law's own group, said right: a prison term *without* a suspended sentence.
_THE_LAW = re.compile(
    r"\b(?:(?:khong|ko|k|hong|khum|chang)\s+(?:duoc\s+|dc\s+)?huong\s+an\s+treo|without\s+a\s+suspended\s+sentence|not\s+suspended)\b"
)
the_law_itself = in_sentence(_THE_LAW)

# The words each way of saying it cannot do without (the decision's cheap pre-check).
ELIGIBILITY_WORDS = [
    "tam giam", "tam giu", "an treo", "cai tao khong giam giu", "xu phat hanh chinh", "phat hanh chinh",
    "cai nghien bat buoc", "giao duc bat buoc", "quan che", "detention", "detained", "in custody",
    "suspended sentence", "suspended sentences", "on probation", "administrative fine", "administrative fines",
]  # fmt: skip
