"""Ages in a text ("từ 16 tuổi", "aged 16", "18-year-olds", "tuổi được đi bầu là 25"), whether one
contradicts an approved minimum age, and the check of the voting and candidacy ages that
``classifiers.distortion.check`` runs (its rules are in that module's docstring): never a person's
age, an age asked about, an age in a clause about proxy voting, or one named to be answered ("The
claim that candidates only need to be 18 is wrong"). An age may come without "tuổi" before "mới
được bầu" ("phải đủ 20 mới được bầu"); a name said left off the voters' list denies the vote as
"không được bầu" does. Who may vote said by a birth date is ``classifiers.birth_dates``', run here.
Everything reads the folded, accent-stripped text.
"""

from __future__ import annotations

import re

from classifiers.birth_dates import check_births
from classifiers.clauses import CLAUSE_RE, SENTENCE_RE, answered, assign, bounds, other_election
from classifiers.fact_words import (
    AGE_NEG,
    AGE_NEG_ITSELF,
    ASKS_AFTER,
    KW,
    PERMISSION,
    PROXY_WORDS,
    SO,
    THRESHOLD,
    TURN,
)
from classifiers.names import proper_noun_spans

__all__ = ["AGE_RES", "TAG_QUESTION", "age_wrong", "check_ages", "find_ages", "sentence_asks"]

AGE_RES = [
    re.compile(
        r"(?:\b(tu|tren|duoi|du|chua du|hon|it nhat)\s+)?(\d{1,3})\s*(?:tuoi|t\b(?=\s+(?:ms|moi|la|thi|tro)\b|\s*$))(\s+tro len)?"
    ),
    # not an hour, a sum or a count: "from 7 a.m.", "from 7 until 19", "over 20 million", "under 50 percent"
    re.compile(
        r"\b(aged|age of|age|over|under|at least|from|must be|need to be|needs to be|have to be|has to be)\s+(\d{1,3})\b"
        r"(?![.:,]\d|\s*(?:a\.?m\b|p\.?m\b|a\.m\.|p\.m\.|h\b|o'clock|%|percent|(?:to|until|till|through)\s+\d|-\s*\d))"
        r"(?!\s+(?!years?\b|is\b|this\b|was\b|has\b|does\b|plus\b|as\b|its\b|us\b)[a-z]+s\b"
        r"|\s+(?:million|billion|thousand|dong|vnd|people))()"
    ),
    re.compile(r"(?:\b(must be|at least)\s+)?\b(\d{1,3})[- ]years?[- ]olds?\b()"),
    # "you can vote at 16": the age itself (the voting word stays outside the value)
    re.compile(
        r"()(?<=\bvote at )(\d{1,2})\b(?=\s*(?:$|[,;!?]|\.(?!\d)|this year|now|and older|or older|or over|years?\b))()"
    ),
    # The limit itself stated: "tuổi được đi bầu năm nay là 25", "hạ tuổi đi bầu xuống 16", "độ
    # tuổi tối thiểu để ra ứng cử … là 35", "the voting age this year is 20", "the minimum age to
    # stand is 30" (``find_ages`` gives these the qualifier "limit": any other value is wrong).
    re.compile(
        r"\b(?:(?:do\s+)?tuoi\s+(?:toi thieu\s+)?(?:de\s+)?(?:duoc\s+|dc\s+)?(?:di\s+|ra\s+)?(?:bau cu|bau|bo phieu|ung cu)"
        r"(?:\s+(?!la\b|xuong\b|len\b)[^\s,.;:!?\d]+){0,5}?\s+(?:la|xuong|len|thanh|con)"
        r"|(?:voting|candidacy|minimum|legal)\s+age(?:\s+(?:to|for)\s+(?:vote|voting|stand|run|candidates?))?"
        r"(?:\s+(?!is\b|was\b)[^\s,.;:!?\d]+){0,5}?\s+(?:is|was|will be|becomes|(?:has been\s+|was\s+)?"
        r"(?:raised|lowered|changed|cut|increased|reduced)\s+to)(?:\s+now)?)"
        r"\s+(?:tron\s+|du\s+|only\s+|just\s+)?()(\d{1,2})\b(?:\s+tuoi\b)?()(?![.,:/]\d|\s*%)"
    ),
    # "(can't vote) until you're 21", "not before they turn 30": the limit itself, whatever denial
    # comes before it
    re.compile(
        r"\b(?:until|till|before|unless)\s+(?:you're|you are|you turn|they're|they are|they turn|one is|one turns"
        r"|you reach|they reach|he's|she's|he turns|she turns)\s+(?:the\s+age\s+of\s+)?()(\d{1,2})\b()"
        r"(?![.,:/]\d|\s*(?:%|a\.?m\b|p\.?m\b|h\b|o'clock))"
    ),
    # "phải đủ 20 mới được bầu": the age without "tuổi", before "mới được bầu"
    re.compile(r"\b(du|tron)\s+(\d{1,2})(?=\s+(?:moi|thi moi)\s+(?:duoc|dc)\s+(?:di\s+)?(?:bau|bo phieu)\b)()"),
]
# What a text must contain for each pattern to match at all (a pattern that cannot match is not run).
_NEEDS = {
    AGE_RES[0]: ("tuoi", "t "),
    AGE_RES[1]: ("age", "over", "under", "at least", "from", "must be", "to be"),
    AGE_RES[3]: ("vote at",),
    AGE_RES[2]: ("year",),
    AGE_RES[4]: ("tuoi", "age"),
    AGE_RES[5]: ("until", "till", "before", "unless"),
    AGE_RES[6]: ("moi duoc", "moi dc"),
}


def find_ages(s: str):
    for regex in AGE_RES:
        if not any(n in s for n in _NEEDS[regex]):
            continue
        for m in regex.finditer(s):
            q, n, tail = m.group(1) or "", int(m.group(2)), m.group(3) or ""
            if regex is AGE_RES[4] or regex is AGE_RES[5]:
                yield m.start(2), m.end(), (n, "limit")
                continue
            if q in ("tren", "hon", "over"):
                qual = "over"
            elif q in ("duoi", "chua du", "under"):
                qual = "under"
            elif q or tail:
                qual = "from"
            else:
                qual = "exact"
            yield m.start(), m.end(), (n, qual)


def age_wrong(n: int, qual: str | None, want: int, neg: bool, threshold: bool = True) -> bool:
    """Whether "``qual`` ``n`` years" (negated when ``neg``) contradicts the approved minimum age
    ``want``; ``threshold``: the clause gives it as the limit ("mới", "only"), for "over"."""
    if qual == "limit":
        return n != want  # "tuổi được đi bầu là 25": the limit itself, stated
    if qual == "under":
        return (n > want) if neg else (n <= want)
    if neg:
        # "18 tuổi không được bầu" and "trên 75 tuổi không được bầu nữa" both deny adults their vote
        return qual == "over" or n >= want
    if qual == "over":
        return n < want - 1 or (threshold and n > want)
    if qual == "from":
        return n != want
    return n < want  # a bare "19 tuổi": wrong only if too young to do what the sentence says


def _age_negated(s: str, a: int) -> bool:
    """A denial of the right to vote or stand from the age's clause on, in its sentence up to a
    turn to an exception or a condition ("Em tôi 17 tuổi, năm nay chưa được đi bầu"); the
    denial's words never run across a comma."""
    lo, _ = bounds(CLAUSE_RE, s, a)
    _, hi = bounds(SENTENCE_RE, s, a)
    turn = TURN.search(s, a, hi)
    for m in AGE_NEG.finditer(s, lo, turn.start() if turn else hi):
        if (PERMISSION.search(m.group(0)) or AGE_NEG_ITSELF.search(m.group(0))) and not SO.match(s, m.end(), hi):
            return True
    return _NOT_LISTED.search(s, a, turn.start() if turn else hi) is not None


# A name said to be left off the voters' list ("thì tên không có trong danh sách cử tri").
_NOT_LISTED = re.compile(
    r"\b(?:khong|ko|k|hong|chang)\s+co\s+(?:ten\s+)?(?:trong|o)\s+danh\s+sach(?:\s+cu\s+tri|\s+bau\s+cu)?\b"
    r"|\bnot\s+on\s+the\s+(?:voter\s+|voters'?\s+|electoral\s+)?(?:list|roll|register)\b"
)


def _in_a_name(text: str, a: int) -> bool:
    """The word at ``text[a]`` is a capitalised (not upper-case) word that goes on a run of
    capitalised words: part of a name ("Nguyễn Đình Tư"), whatever it folds to."""
    if not (text[a : a + 1].isupper() and text[a + 1 : a + 2].islower()):
        return False
    start = max(0, a - 40)  # (the run around the word is all that matters: a window, not the text)
    return any(lo < a - start < hi for lo, hi in proper_noun_spans(text[start : a + 20]))


TAG_QUESTION = re.compile(r"[,\s]+(?:(?:dung|phai)\s+(?:khong|ko|k|hong)\b|right|isn't it)[^?.!]{0,20}\?\s*$")
_TAIL_MARKS = re.compile(r"[^\w\s?]+$")  # emoji and marks that end a chat line


_AS_OF_ELECTION = re.compile(r"\b(?:tinh den|tinh toi|as of) (?:ngay bau cu|election day|polling day)\b")


def check_ages(sc, facts: dict) -> None:
    """Voting and candidacy ages the text states against the approved minimum ages (``facts``:
    fact name → age); ``sc`` is the scan of ``classifiers.distortion``."""
    s = sc.s
    cands = {n: KW["candidacy_age"] if "candid" in n else KW["voting_age"] for n in facts}
    # ("độ tuổi người ứng cử tính đến ngày bầu cử … đủ 21 tuổi": the election day dates the age, it
    # names no voter)
    topics = _AS_OF_ELECTION.sub(lambda m: " " * len(m.group()), s)
    for a, b, (n, qual) in find_ages(s):
        if qual != "exact" and _in_a_name(sc.text, a):
            qual = "exact"  # "Phạm Văn Tư 104 tuổi": a name that folds to "từ" (from), then an age
        name = assign(topics, a, b, cands)
        if name is None or other_election(s, a, sc.ref_year):
            continue
        want = int(facts[name])
        lo, hi = bounds(CLAUSE_RE, s, a)
        if PROXY_WORDS.search(s, lo, hi):
            continue  # "dưới 18 tuổi không được đi bầu thay bố mẹ": about proxy voting, not the age
        _, end = bounds(SENTENCE_RE, s, a)
        rest = TAG_QUESTION.sub("", s[a : end + 1])  # ("…, đúng không mọi người?" asserts)
        if re.search(r"\?(?!!)", rest) or ASKS_AFTER.search(_TAIL_MARKS.sub("", rest)):
            continue  # "em 17 tuổi thì có được đi bầu không mọi người?": asked, not stated
        if answered(s, a, b):
            continue  # "The claim that candidates only need to be 18 is wrong": named to be answered
        if age_wrong(n, qual, want, _age_negated(s, a), bool(THRESHOLD.search(s[lo:hi]))):
            who = "candidates" if "candid" in name else "voters"
            sc.add(name, a, b, str(want), f"says {who} can be {sc.text[a:b]}; approved: from {want}", "age")
    for name in facts:
        if "candid" not in name and not any(f.fact == name for f in sc.out):
            check_births(sc, name, int(facts[name]))  # ("sinh sau tháng 2/2003 là chưa đủ tuổi bầu")


def sentence_asks(s: str, a: int) -> bool:
    """The sentence of ``s[a]`` ends with "?" and is no tag question ("…, đúng không mọi người?"
    asserts what comes before it)."""
    lo, hi = bounds(SENTENCE_RE, s, a)
    return s.startswith("?", hi) and not TAG_QUESTION.search(s, lo, hi + 1)
