"""Whether a text asks rather than asserts, read where ``classifiers.decision`` looks for a question
(``Decider._question``): a question particle or an English tag or inversion ending the text without
a question mark, and whether a question marker found in the folded text asks or only states."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["TAGS_EMOJI", "asks", "asks_without_mark"]

TAGS_EMOJI = re.compile(r"(?:\s*(?:#\w+|[^\w\s?]+))+$")
# A question's words inside a statement: "không có ai" is nobody, "bầu hay không bầu" whether or
# not, "được không ít" quite a few. A marker right after a negation is not a question, and one that
# ends in a question particle asks only where it ends its clause (but for a particle or a vocative:
# "đúng không mọi người", "phải không ạ").
_NEGATED = re.compile(r"(?:^|\s)(?:khong|ko|chang|cha|chua)\s+$")
_QUESTION_END = frozenset("khong ko k hong hok".split())
_NOBODY_AFTER = re.compile(r"[^.?!,;:\n]{0,40}?\b(?:ma|dau)\b(?![^.!\n]*\?)")
_CLAUSE_TAIL = re.compile(r"[^.?!,;:\n…]*")
_TAIL_WORDS = frozenset(
    "a ah ha nhi nhe ne vay the ta oi ban bac anh chi em co chu chau mn ae ad admin moi nguoi ca nha cac b m e".split()
)

# A question without "?", read on the original text (accents tell "à" from "ạ"): a Vietnamese
# question particle ending the text ("dời sang 30/5 hả mọi người", "… 30/5 à", "… nhỉ"), or an
# English tag or inversion ("…, right", "Does the election take place on 30 May"; not "Did you
# know …", which tells).
_VOCATIVES = (
    r"(?:\s+(?:mọi người|mọi ng|mn|mng|các bác|các bạn|cả nhà|bà con|ae|anh em|ad|admin"
    r"|bạn|bác|anh|chị|em|ạ|ta|vậy|zậy|ha|nhé|nha|ơi))*\s*[.!…]*\s*$"
)
_PARTICLE_END = re.compile(
    r"(?:^|[\s,])(?:hả|hở|hử|à|nhỉ|chăng)"
    + _VOCATIVES
    + r"|(?:^|[\s,])có phải\s[^.!?]{0,80}?\s(?:không|ko|k|hông|hok|khum)"
    + _VOCATIVES,
    re.IGNORECASE,
)
_PARTICLES = frozenset("hả hở hử à nhỉ chăng không ko k hông hok khum".split())
_CLAUSE_MARKS = re.compile(r"[,;:.!]\s")
_ENGLISH_TAG = re.compile(r",\s*(?:right|isn't it|is that right|or not)\s*[.!…]*\s*$", re.IGNORECASE)
_ENGLISH_INVERSION = re.compile(
    r"(?:\w+[,:]\s+)?(?!(?:did|do) you know\b|have you heard\b)(?:does|do|did|is|are|was|were|can|could|will|would|should"
    r"|has|have)\s+(?:the|it|this|that|there|we|you|they|anyone|everyone|voting|polling|people|i|my|our)\b[^.!]*$",
    re.IGNORECASE,
)
_TAIL = 240  # a question's end is read in the text's last characters


def asks_without_mark(text: str) -> bool:
    """Whether ``text`` (the original, its trailing hashtags and emoji dropped) ends as a question
    without a question mark. A particle after two or more clauses ends a rhetorical question
    about what they assert ("không ai đi bầu, vậy mà tổ báo 100%, phiếu tự chui vô hòm hả")."""
    text = unicodedata.normalize("NFC", text.strip())  # (decomposed "à" is "a" and a mark)
    cut = max(0, len(text) - _TAIL)
    t = text[cut:]
    if t and not (t[-1].isalnum() and "#" not in t[-80:]):
        t = TAGS_EMOJI.sub("", t).rstrip()
    # (the particle is among the last words: most texts are passed over without a regex scan)
    if not _PARTICLES.isdisjoint(t[-120:].lower().split()[-8:]):
        m = _PARTICLE_END.search(t)
        if m is not None and len(_CLAUSE_MARKS.findall(text, 0, cut + m.start())) <= 1:
            return True
    return bool(_ENGLISH_TAG.search(t) or _ENGLISH_INVERSION.match(text[:cut] + t))


def asks(s: str, m: re.Match) -> bool:
    """Whether a question marker matched in the folded text ``s`` asks rather than states ("có ai
    ngồi đó mà bầu", "có ai đếm đâu" say nobody does)."""
    if _NEGATED.search(s, 0, m.start()) or (m.group(0) == "co ai" and _NOBODY_AFTER.match(s, m.end())):
        return False
    if m.group(0).split()[-1] not in _QUESTION_END:
        return True
    tail = _CLAUSE_TAIL.match(s, m.end()).group(0).split()
    return len(tail) <= 3 and all(w in _TAIL_WORDS for w in tail)
