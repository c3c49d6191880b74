"""Stage 1 of the flag decision: is an item about *the configured election*?

Rules from the taxonomy data (``data/relevance.yaml``), matched as whole words on the folded,
accent-stripped text after look-alike letters are fixed, so "BẦU CỬ", "bau cu" and "HÐND" all
count:

- no election word at all (``vocabulary``, plus the office's candidate names), and fewer than two
  different words of ``weak_vocabulary`` (words that also name other things: a delegation's "đại
  biểu", a council's session, a contest's "ứng viên", a coach's "gạch tên"; the spellings of one
  word in ``weak_same`` are one), counted after the phrases of ``not_election`` ("cổ phiếu", "bầu
  trời") are taken out: off topic (a text whose one weak word is a word of voting itself,
  ``weak_voting``, is marked ``weak``: ``classifiers.decision`` puts it on the topic, as
  ``key_fact``, when a rule of the election is contradicted in it);
- another country's or another kind of election (``other_elections``) without a word tying the
  text to this country (``home``): another election;
- a vote of a body after the election or inside an organisation (``other_votes``: a council
  electing its chair, the Assembly its leaders, an association's congress) with no election word
  outside those phrases, only weak ones ("HĐND tỉnh bầu giữ chức Chủ tịch … 72/73 phiếu"):
  another election, though ``home`` words appear;
- years tied to an election word ("bầu cử năm 2016", "the 2016 election"), terms ("khoá XIV") or
  periods ("nhiệm kỳ 2016-2021") that are all other than the configured ones: another election.

What passes the rules is then weighed by the model's learned relevance score when it has one.
Everything here is pure and cheap: off-topic items stop here and cost one regex pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifiers import text as T

__all__ = ["PhraseCheck", "PhraseIndex", "Relevance", "RelevanceRules", "phrase_regex", "single_spaced", "words_of"]

# Only the first part of a very long text decides (a 1 MB page costs what 20 kB costs).
MAX_CHARS = 20_000
_ROMAN = re.compile(r"\bkhoa\s+([xvil]{1,6})\b")
# The Assembly's term in figures: "Quốc hội khóa 16", "the 14th National Assembly".
_TERM_NUMBER = re.compile(
    r"\b(?:quoc hoi|qh|dbqh)\s+khoa\s+(\d{1,2})\b|\b(\d{1,2})(?:st|nd|rd|th)\s+(?:national assembly|na)\b"
)
_ROMAN_DIGITS = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def terms_in(s: str) -> list[str]:
    """The terms a folded text names, as lower-case roman numerals ("khóa XIV", "khóa 14", "14th
    National Assembly" → "xiv")."""
    out = _ROMAN.findall(s)
    for a, b in _TERM_NUMBER.findall(s):
        n, roman = int(a or b), ""
        for value, letters in _ROMAN_DIGITS:
            while n >= value:
                roman, n = roman + letters, n - value
        out.append(roman)
    return out


_PERIOD = re.compile(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b")
# A year names an election only next to an election word: "bầu cử (Quốc hội) năm 2016", "the 2016
# election"; a birth year or the year of an old decision in an item about this election does not.
_EVENT = r"(?:bau cu|election|elections|electoral|vote|voting|polls|bo phieu|di bau|nhiem ky)"
# (nor does the year of the election law: "Luật Bầu cử năm 1997", "an election law passed in 2020")
_YEAR_AFTER_EVENT = re.compile(
    r"(?<!\w)(?<!luat )"
    + _EVENT
    + r"(?!\w)(?!\s+laws?\b)(?:\W+(?!sinh\b|born\b)[^\W\d]+){0,4}?\W+(?:(?:nam|in|of)\s+)?((?:19|20)\d\d)(?!\d)"
)
_YEAR_BEFORE_EVENT = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:\W+[^\W\d]+)?\W+" + _EVENT + r"\b(?!\s+laws?\b)")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w+")
# Every ASCII character that is not a word character (regex \w) made a space.
_ASCII_NON_WORD = str.maketrans({c: " " for c in range(128) if not _WORD.fullmatch(chr(c))})


def _has_digit_ascii(s: str) -> bool:
    """``_DIGIT.search(s)`` for an ASCII ``s`` (where \\d is 0-9), as ten C substring scans."""
    for d in "0123456789":
        if d in s:
            return True
    return False


def _phrase_keys(phrases) -> set[str]:
    keys = {T.fold_strip(p).strip() for p in phrases or () if p and str(p).strip()}
    keys.discard("")
    return keys


def _distinct(keys, same: dict[str, str]) -> set[str]:
    """The different weak words of ``keys``: each read as the first word of its ``weak_same``
    group (``same``: "ứng cử viên" is "ứng viên"), and none that is part of a longer one found too
    ("Đại biểu Quốc hội … Đại biểu cho rằng …" names one thing twice, not two election words)."""
    keys = {same.get(k, k) for k in keys}
    if len(keys) < 2:
        return keys
    return {k for k in keys if not any(k != o and f" {k} " in f" {o} " for o in keys)}


def words_of(s: str) -> frozenset[str]:
    """The words of ``s`` as the phrase regexes see them: its maximal runs of word characters
    (regex ``\\w``). Folded text is mostly ASCII: then one ``translate`` and ``split``."""
    if s.isascii():
        return frozenset(s.translate(_ASCII_NON_WORD).split())
    return frozenset(_WORD.findall(s))


def single_spaced(s: str) -> bool:
    """Whether the only whitespace of ``s`` is single spaces (ASCII, printable, no two spaces in a
    row, as folded news text is): there a phrase regex's ``\\s+`` matches one space, so a match
    is the phrase itself, as a substring."""
    return s.isascii() and s.isprintable() and "  " not in s


class PhraseCheck:
    """A cheap test, from a text's words (``words_of``), that ``phrase_regex(phrases)`` cannot
    match it, so the regex scan (~10 µs for a news item, several per item) can be skipped.

    Each word of a phrase (a maximal run of word characters) is a whole word of any text the phrase
    matches: in the phrase it is bounded by a space, punctuation or the phrase's ends, which the
    regex matches with whitespace, the same punctuation, or its ``(?<![\\w])``/``(?![\\w])``; none
    of these is a word character. So when no phrase has all its words among the text's words, the
    regex finds nothing. In a ``single_spaced`` text a match is moreover the phrase as a substring.
    A phrase without any word character makes the check always pass.
    """

    def __init__(self, phrases):
        self.always = False
        groups: dict[str, list[tuple[frozenset[str], str]]] = {}
        for key in _phrase_keys(phrases):
            words = _WORD.findall(key)
            if not words:
                self.always = True
                continue
            groups.setdefault(max(words, key=len), []).append((frozenset(words), key))
        self.groups = groups
        self.keys = frozenset(groups)

    def may_match(self, words: frozenset[str] | None, text: str | None = None) -> bool:
        """False only when no phrase can match a text with these words (None: not known);
        ``text``: the text itself when it is ``single_spaced``."""
        if words is None or self.always:
            return True
        if self.keys.isdisjoint(words):  # the common case, without building a set
            return False
        for key in self.keys.intersection(words):
            for need, phrase in self.groups[key]:
                if need <= words and (text is None or phrase in text):
                    return True
        return False


class PhraseIndex:
    """``PhraseCheck`` for several named lists of phrases at once: which names' checks may match a
    text, from one look-up of its words (where a ``PhraseCheck`` per name intersects them once
    each, a visible share of deciding an on-topic item). ``named``: name → ``PhraseCheck``."""

    def __init__(self, named: dict):
        self.names = frozenset(named)
        self.always = frozenset(n for n, check in named.items() if check.always)
        groups: dict[str, list[tuple[frozenset[str], str, str]]] = {}
        for name, check in named.items():
            for key, entries in check.groups.items():
                groups.setdefault(key, []).extend((need, phrase, name) for need, phrase in entries)
        self.groups = groups
        self.keys = frozenset(groups)

    def may_match(self, words: frozenset[str] | None, text: str | None = None) -> set[str]:
        """The names whose ``PhraseCheck.may_match(words, text)`` is true."""
        if words is None:
            return set(self.names)
        found = set(self.always)
        for key in self.keys.intersection(words):
            for need, phrase, name in self.groups[key]:
                if name not in found and need <= words and (text is None or phrase in text):
                    found.add(name)
        return found


def phrase_regex(phrases) -> re.Pattern | None:
    """One regex matching any of ``phrases`` (folded, accent-stripped) as whole words.

    At each place the longest phrase that ends a word matches (as an alternation of the phrases,
    longest first, would), but the phrases are merged into a trie of characters: a plain
    alternation tried every phrase at every position of every text, a visible share of
    classifying (``tests/classifiers/test_fast_paths.py`` keeps the two equal).
    """
    keys = _phrase_keys(phrases)
    if not keys:
        return None
    trie: dict = {}
    for k in keys:
        node = trie
        for ch in k:
            node = node.setdefault(ch, {})
        node[""] = {}
    return re.compile(r"(?<![\w])" + _trie_pattern(trie) + r"(?![\w])")


def _trie_pattern(node: dict) -> str:
    # Longer continuations are tried before a phrase ending here (the optional group is greedy),
    # so backtracking from the closing (?![\w]) reaches the next shorter phrase, as before.
    # A space is one or more spaces, as in the phrases' old pattern.
    alts = [(r"\s+" if ch == " " else re.escape(ch)) + _trie_pattern(node[ch]) for ch in sorted(c for c in node if c)]
    if not alts:
        return ""
    if len(alts) == 1 and "" not in node:
        return alts[0]
    return "(?:" + "|".join(alts) + (")?" if "" in node else ")")


@dataclass
class Relevance:
    """The relevance decision for one item."""

    relevant: bool
    score: float  # in [0, 1]: the learned score when there is one, else from the rules
    reason: str  # on_topic | no_election_words | other_election | other_year | learned_off_topic | empty | key_fact | implied
    election_words: int = 0
    weak: bool = False  # no_election_words, but a weak word of voting ("bầu", "phiếu", "candidates")


class RelevanceRules:
    """The rules of the module docstring, compiled once from the relevance data (a dict of the
    ``data/relevance.yaml`` shape)."""

    def __init__(self, data: dict | None = None, election_year: int | None = None):
        data = data or {}
        election = data.get("election") or {}
        self.year = int(election.get("year") or election_year or 0) or None
        self.term = str(election.get("term") or "").strip().lower() or None
        period = str(election.get("period") or "").strip()
        m = _PERIOD.search(period)
        self.period = (int(m.group(1)), int(m.group(2))) if m else None
        self.candidates = tuple(str(c) for c in election.get("candidates") or ())
        strong = list(data.get("vocabulary") or ()) + list(self.candidates) + self._own_tags()
        weak = list(data.get("weak_vocabulary") or ())
        # One scan for both kinds: at each place the longest phrase wins, so "ứng cử viên" (weak)
        # is not read as "ứng cử" (an election word) followed by "viên".
        self.vocabulary = phrase_regex(strong + weak)
        self.weak_keys = _phrase_keys(weak) - _phrase_keys(strong)
        # Weak words that are one word in other spellings ("ứng viên", "ứng cử viên", "candidate").
        self.same: dict[str, str] = {}
        for group in data.get("weak_same") or ():
            keys = [T.fold_strip(str(p)).strip() for p in group or () if str(p).strip()]
            self.same.update((k, keys[0]) for k in keys)
        self.not_election = phrase_regex(data.get("not_election") or ())
        # Words that make a text with no election word worth a second look (``classifiers.implied``).
        self.implied = phrase_regex(data.get("implied_vocabulary") or ())
        # The weak words of voting itself ("bầu", "phiếu"), not of the bodies elected ("đại biểu").
        self.voting = {self.same.get(k, k) for k in _phrase_keys(data.get("weak_voting"))}
        self.home = phrase_regex(data.get("home") or ())
        self.other = phrase_regex(data.get("other_elections") or ())
        self.other_votes = phrase_regex(data.get("other_votes") or ())
        self.other_votes_check = PhraseCheck(data.get("other_votes") or ())
        self.home_check = PhraseCheck(data.get("home") or ())
        self.other_check = PhraseCheck(data.get("other_elections") or ())

    def _own_tags(self) -> list[str]:
        """The configured election's hashtags, one word each when folded ("#baucu2026",
        "#election2026", "#QuocHoiKhoaXVI"): the vocabulary lists those of the shipped year."""
        tags = [f"{w}{self.year}" for w in ("baucu", "election", "vietnamelection")] if self.year else []
        return tags + ([f"quochoikhoa{self.term}"] if self.term else [])

    def folded(self, text: str) -> str:
        return T.fold_strip(text[:MAX_CHARS]) if text else ""

    def folded_batch(self, texts: list[str]) -> list[str]:
        """``folded`` of each text, in one batch (``text.fold_strip_batch``)."""
        return T.fold_strip_batch([t[:MAX_CHARS] if t else "" for t in texts])

    def check(self, text: str, learned: float | None = None, folded: str | None = None) -> Relevance:
        """The decision for ``text`` (``folded``: its ``self.folded`` view, when already made)."""
        return self._check(self.folded(text) if folded is None else folded, learned, False)[0]

    def check_batch(self, folded: list[str]) -> tuple[list[Relevance], list[frozenset[str] | None]]:
        """``check`` of each folded text, and the words (``words_of``) of those with election words
        (None for the others): the decision's later phrase scans skip what cannot match."""
        out = [self._check(s, None, True) for s in folded]
        return [r for r, _ in out], [w for _, w in out]

    def _check(self, s: str, learned: float | None, with_words: bool) -> tuple[Relevance, frozenset[str] | None]:
        if not s.strip():
            return Relevance(False, 0.0, "empty"), None
        hits, weak = self._election_words(s)
        if hits == 0:
            if weak:  # the decision may still find a rule of the election contradicted
                return Relevance(False, 0.0, "no_election_words", weak=True), words_of(s) if with_words else None
            return Relevance(False, 0.0, "no_election_words"), None
        words = words_of(s) if with_words else None
        text = s if words is not None and single_spaced(s) else None
        if (
            self.other is not None
            and self.other_check.may_match(words, text)
            and self.other.search(s)
            and not (self.home is not None and self.home_check.may_match(words, text) and self.home.search(s))
        ):
            return Relevance(False, 0.1, "other_election", hits), words
        if self.other_votes is not None and self.other_votes_check.may_match(words, text) and self._other_vote(s):
            return Relevance(False, 0.1, "other_election", hits), words
        if self._other_year(s):
            return Relevance(False, 0.1, "other_year", hits), words
        return self.with_learned(Relevance(True, 0.0, "on_topic", hits), learned), words

    def election_words(self, s: str) -> int:
        """How many election words the folded text ``s`` has: its ``vocabulary`` phrases, else the
        different ``weak_vocabulary`` phrases outside the ``not_election`` phrases ("cổ phiếu",
        "bầu trời") when there are two or more, else 0."""
        return self._election_words(s)[0]

    def _election_words(self, s: str) -> tuple[int, bool]:
        """``election_words``, and whether a text with none has a weak word of voting itself
        (``weak_voting``) outside the ``not_election`` phrases."""
        if self.vocabulary is None:
            return 0, False
        found = self.vocabulary.findall(s)
        if not found:
            return 0, False
        weak = self.weak_keys
        if not weak:
            return len(found), False
        # (a match is its phrase as written unless the text has other spaces than single ones)
        strong = sum(1 for f in found if f not in weak and " ".join(f.split()) not in weak)
        if strong:
            return strong, False
        keys = _distinct({" ".join(f.split()) for f in found}, self.same)
        if len(keys) < 2:
            if self.not_election is not None and self.not_election.search(s):  # ("phiếu" of "cổ phiếu")
                keys = _distinct(
                    {" ".join(f.split()) for f in self.vocabulary.findall(self.not_election.sub(" ", s))}, self.same
                )
            return 0, bool(keys & self.voting)
        if self.not_election is not None and self.not_election.search(s):
            keys = [" ".join(f.split()) for f in self.vocabulary.findall(self.not_election.sub(" ", s))]
            if strong := sum(k not in weak for k in keys):
                return strong, False
            keys = _distinct(keys, self.same)
        return (len(keys), False) if len(keys) >= 2 else (0, bool(keys & self.voting))

    def _other_vote(self, s: str) -> bool:
        """Whether the folded text ``s`` names another body's vote (``other_votes``) and has no
        election word outside those phrases ("bỏ phiếu tín nhiệm" is such a phrase), only weak
        ones."""
        if not self.other_votes.search(s):
            return False
        weak = self.weak_keys
        rest = self.other_votes.sub(" ", s)
        return all(f in weak or " ".join(f.split()) in weak for f in self.vocabulary.findall(rest))

    @staticmethod
    def with_learned(rules: Relevance, learned: float | None) -> Relevance:
        """The decision of ``check`` with the learned score ``learned``, from what ``check``
        decided without one (``rules``): the rules' part is not run again."""
        if not rules.relevant:
            return rules
        hits = rules.election_words
        score = min(1.0, 0.5 + 0.15 * hits) if learned is None else float(learned)
        if score < 0.5:
            return Relevance(False, round(score, 4), "learned_off_topic", hits)
        return Relevance(True, round(score, 4), "on_topic", hits)

    def published_apart(self, s: str, year) -> bool:
        """Whether an item published in ``year`` is two or more years from the configured election's
        year and its folded text ``s`` does not name that year (``Decider._other_years``)."""
        return bool(self.year and year and abs(int(year) - self.year) >= 2 and str(self.year) not in s)

    def _other_year(self, s: str) -> bool:
        this = other = False
        if "khoa" not in s and not (_has_digit_ascii(s) if s.isascii() else _DIGIT.search(s)):
            return False  # no year, period or term to compare (most texts)
        periods = [(int(a), int(b)) for a, b in _PERIOD.findall(s)]
        for p in periods:
            if self.period is not None:
                this |= p == self.period
                other |= p != self.period
        in_periods = {y for p in periods for y in p}
        years = [int(y) for y in _YEAR_AFTER_EVENT.findall(s) + _YEAR_BEFORE_EVENT.findall(s)]
        for y in years:
            if y in in_periods or self.year is None:
                continue
            this |= y == self.year
            other |= y != self.year
        if self.term:
            for t in terms_in(s):
                this |= t == self.term
                other |= t != self.term
        return other and not this
