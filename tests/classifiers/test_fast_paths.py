"""The classify stage's fast paths decide what the plain reference code decides.

The references below are the code the fast paths replaced, kept here verbatim: the phrase regex
as one alternation of every phrase (now a trie of characters), the relevance check run a second
time with the learned score (now ``RelevanceRules.with_learned`` from the first result),
``_other_year`` without its no-digit short cut, and every phrase scan run (now skipped when a
text's words cannot make any phrase: ``PhraseCheck``). They are compared on seed rows, the same rows
typed without accents, texts with dates, numbers, ages and hours, English, bench-like word salad
and whatever hypothesis finds; for the whole decision, every field an officer or the database sees.
"""

from __future__ import annotations

import dataclasses
import random
import re

import pytest
import yaml
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from classifiers import clauses, distortion, fact_words, rule_facts
from classifiers import text as T
from classifiers.date_claims import POSTPONED_WORDS
from classifiers.decision import Decider
from classifiers.hours import NOON_WORDS
from classifiers.relevance import (
    _PERIOD,
    _YEAR_AFTER_EVENT,
    _YEAR_BEFORE_EVENT,
    PhraseCheck,
    PhraseIndex,
    Relevance,
    RelevanceRules,
    phrase_regex,
    single_spaced,
    terms_in,
    words_of,
)
from classifiers.results_time import LATE_WORDS, MONTH_WORDS
from classifiers.rule_facts import RULE_WORDS
from tests.classifiers.conftest import ROOT

DATA = yaml.safe_load((ROOT / "data" / "relevance.yaml").read_text(encoding="utf-8"))
PHRASE_SETS = {
    "vocabulary": DATA["vocabulary"],
    "weak_vocabulary": DATA["weak_vocabulary"],
    "not_election": DATA["not_election"],
    "home": DATA["home"],
    "other_elections": DATA["other_elections"],
    "other_votes": DATA["other_votes"],
    **{f"markers.{k}": v for k, v in DATA["markers"].items()},
    "prefixes": ["a", "a b", "ab", "a bc", "a b c", "b", "people's council", "k a", "ko a", "k", "#baucu", "x.y"],
}


def phrase_regex_reference(phrases):
    keys = sorted({T.fold_strip(p).strip() for p in phrases or () if p and str(p).strip()}, key=len, reverse=True)
    if not keys:
        return None
    alts = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)
    return re.compile(r"(?<![\w])(?:" + alts + r")(?![\w])")


class ReferenceRules(RelevanceRules):
    """``RelevanceRules`` as it was: alternation regexes, no short cut for texts without digits."""

    def __init__(self, data=None, election_year=None):
        super().__init__(data, election_year)
        data = data or {}
        strong = list(data.get("vocabulary") or ()) + list(self.candidates)
        self.vocabulary = phrase_regex_reference(strong + list(data.get("weak_vocabulary") or ()))
        self.strong_keys = {T.fold_strip(p).strip() for p in strong}
        self.same_ref = {T.fold_strip(k): T.fold_strip(g[0]) for g in data.get("weak_same") or () for k in g}
        self.not_election = phrase_regex_reference(data.get("not_election") or ())
        self.home = phrase_regex_reference(data.get("home") or ())
        self.other = phrase_regex_reference(data.get("other_elections") or ())
        self.other_votes_ref = phrase_regex_reference(data.get("other_votes") or ())

    def check_batch(self, folded):
        # No words: the decision's phrase scans all run, as they did before the word pre-check.
        return [self.check(s, folded=s) for s in folded], [None] * len(folded)

    def check(self, text, learned=None, folded=None):
        s = self.folded(text) if folded is None else folded
        if not s.strip():
            return Relevance(False, 0.0, "empty")
        found = [" ".join(f.split()) for f in self.vocabulary.findall(s)] if self.vocabulary is not None else []
        hits = sum(f in self.strong_keys for f in found)
        if hits == 0 and self.not_election is not None:
            found = [" ".join(f.split()) for f in self.vocabulary.findall(self.not_election.sub(" ", s))]
            # weak words: the different ones (one spelling per `weak_same` group), a word inside
            # a longer one found too not counted
            found = {self.same_ref.get(k, k) for k in found}
            keys = {k for k in found if not any(k != o and f" {k} " in f" {o} " for o in found)}
            hits = sum(f in self.strong_keys for f in found) or (len(keys) if len(keys) >= 2 else 0)
        if hits == 0:  # (a weak word of voting left: the decision may still find a rule contradicted)
            voting = {self.same_ref.get(k, k) for k in (T.fold_strip(w).strip() for w in DATA.get("weak_voting") or ())}
            return Relevance(False, 0.0, "no_election_words", weak=bool(keys & voting))
        if self.other is not None and self.other.search(s) and not (self.home is not None and self.home.search(s)):
            return Relevance(False, 0.1, "other_election", hits)
        if self.other_votes_ref is not None and self.other_votes_ref.search(s):
            rest = self.other_votes_ref.sub(" ", s)
            if not any(" ".join(f.split()) in self.strong_keys for f in self.vocabulary.findall(rest)):
                return Relevance(False, 0.1, "other_election", hits)
        if self._other_year(s):
            return Relevance(False, 0.1, "other_year", hits)
        score = min(1.0, 0.5 + 0.15 * hits) if learned is None else float(learned)
        if score < 0.5:
            return Relevance(False, round(score, 4), "learned_off_topic", hits)
        return Relevance(True, round(score, 4), "on_topic", hits)

    def _other_year(self, s):
        this = other = False
        periods = [(int(a), int(b)) for a, b in _PERIOD.findall(s)]
        for p in periods:
            if self.period is not None:
                this |= p == self.period
                other |= p != self.period
        in_periods = {y for p in periods for y in p}
        for y in map(int, _YEAR_AFTER_EVENT.findall(s) + _YEAR_BEFORE_EVENT.findall(s)):
            if y in in_periods or self.year is None:
                continue
            this |= y == self.year
            other |= y != self.year
        if self.term:
            for t in terms_in(s):
                this |= t == self.term
                other |= t != self.term
        return other and not this


HAND = [
    "Bầu cử đại biểu Quốc hội khóa XV ngày 23/5/2021, cử tri đi bầu từ 7 giờ đến 19 giờ",
    "Nghe nói bầu cử dời sang ngày 30/5, share gấp cho mọi người!",
    "nghe noi bau cu doi sang ngay 30/5 share gap",
    "Công dân đủ 16 tuổi là được đi bầu, không cần thẻ cử tri",
    "cong dan du 16 tuoi la duoc di bau",
    "Tỷ lệ cử tri đi bầu đạt 41%, theo một trang mạng",
    "Theo Hội đồng bầu cử quốc gia, tỷ lệ cử tri đi bầu đạt 99,6%",
    "Tin đồn bầu cử hoãn đến tháng 6 là sai sự thật, Ủy ban bầu cử bác bỏ",
    "Nhiệm kỳ 2016-2021: cử tri đã bầu 496 đại biểu",
    "Bầu cử đại biểu Quốc hội khóa XIV năm 2016, khoá xv năm 2021",
    "Điểm bỏ phiếu mở cửa lúc 5h sáng và đóng lúc 21h30, có thật không?",
    "Được bầu thay cho người nhà, bầu hộ cả gia đình cũng được",
    "Hà Nội, 20/5 - Tổ bầu cử phường 3 đang chuẩn bị hòm phiếu",
    "Ông Nguyễn Văn An nói cử tri phải nộp 200.000 đồng mới được bỏ phiếu",
    "Voters must be 21 to vote on May 30, 2021; polling stations close at 5pm",
    "National Election Council: turnout reached 99.57 percent",
    "Is it true that the election was moved to June 6? Anyone know",
    "BẦU CỬ HÐND CÁC CẤP: KHÔNG ĐI BẦU SẼ BỊ PHẠT 5 TRIỆU",
    "People's councils in the province elect 50 deputies; ballots are secret",
    "Bầu cử tổng thống Mỹ: cử tri đi bầu sớm kỷ lục năm 2020",
    "Giá xăng tăng 500 đồng từ chiều nay",
    "Cử tri hỏi giá xăng dầu tăng từ chiều nay theo điều hành liên bộ",
    "Đội tuyển bóng đá thắng 2-0, cử tri vui mừng",
    "New smartphone release brings a faster chip for voters",
    "",
    "   ",
    "bầu cử " * 50,
    "Bau  cu\tngay\n30/5 ,  cu   tri",  # odd whitespace
]


def _texts(seed_rows) -> list[str]:
    rng = random.Random(7)
    seeds = [t for t, _ in rng.sample(seed_rows, min(500, len(seed_rows)))]
    words = sorted({w for p in PHRASE_SETS.values() for phrase in p for w in str(phrase).split()})
    words += ["ngày", "30/5", "2021", "18", "tuổi", "7h", "41%", "khoa", "xv", "xiv", "2016-2021", "?", "!"]
    salad = [" ".join(rng.choice(words) for _ in range(rng.randint(5, 60))) for _ in range(300)]
    out = HAND + seeds + [T.strip_accents(t) for t in seeds[:200]] + salad
    return out + [t.upper() for t in out[:40]]


@pytest.mark.parametrize("name", sorted(PHRASE_SETS))
def test_phrase_regex_matches_the_alternation(name, seed_rows):
    fast, ref = phrase_regex(PHRASE_SETS[name]), phrase_regex_reference(PHRASE_SETS[name])
    for t in _texts(seed_rows):
        s = T.fold_strip(t)
        assert fast.findall(s) == ref.findall(s), (name, s)
        assert [m.span() for m in fast.finditer(s)] == [m.span() for m in ref.finditer(s)], (name, s)


@hsettings(max_examples=300, deadline=None)
@given(
    phrases=st.lists(st.text(alphabet="ab c'.", min_size=1, max_size=6), min_size=1, max_size=8),
    text=st.text(alphabet="ab c'.\n\t", max_size=40),
)
def test_phrase_regex_matches_the_alternation_on_anything(phrases, text):
    fast, ref = phrase_regex(phrases), phrase_regex_reference(phrases)
    if ref is None:
        assert fast is None
        return
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in ref.finditer(text)]


def test_empty_phrase_lists_give_no_regex():
    assert phrase_regex([]) is None and phrase_regex(["", "  "]) is None


def test_words_are_the_regex_word_runs(seed_rows):
    texts = _texts(seed_rows) + ["a_b c-d 'e' x1y 2021 «ß» ŝ 選舉 ١٢ a\u0301b"]
    for s in [T.fold_strip(t) for t in texts] + texts:
        assert words_of(s) == frozenset(re.findall(r"\w+", s)), s


def test_ascii_digit_check_is_the_regex():
    from classifiers.relevance import _DIGIT, _has_digit_ascii

    for c in map(chr, range(128)):
        for s in (c, f"bau cu {c}", f"{c}x" * 3):
            assert _has_digit_ascii(s) == bool(_DIGIT.search(s)), repr(s)


@pytest.mark.parametrize("name", sorted(PHRASE_SETS))
def test_phrase_check_passes_every_text_the_regex_matches(name, seed_rows):
    regex, check = phrase_regex(PHRASE_SETS[name]), PhraseCheck(PHRASE_SETS[name])
    skipped = spaced = 0
    for t in _texts(seed_rows) + [f"{a} {b}" for a, b in zip(PHRASE_SETS[name], PHRASE_SETS[name][1:], strict=False)]:
        s = T.fold_strip(t)
        may = check.may_match(words_of(s))
        assert may or regex.search(s) is None, (name, s)
        skipped += not may
        if single_spaced(s):
            spaced += 1
            assert check.may_match(words_of(s), s) or regex.search(s) is None, (name, s)
    assert skipped > 0 and spaced > 100  # the check does skip scans


@hsettings(max_examples=500, deadline=None)
@given(
    phrases=st.lists(st.text(alphabet="ab c'.:!_", min_size=1, max_size=6), min_size=1, max_size=8),
    text=st.text(alphabet="ab c'.:!_\n\té", max_size=40),
)
def test_phrase_check_on_anything(phrases, text):
    regex = phrase_regex(phrases)
    if regex is not None and regex.search(text):
        assert PhraseCheck(phrases).may_match(words_of(text))
        assert PhraseCheck(phrases).may_match(words_of(text), text if single_spaced(text) else None)


def test_phrase_index_names_the_checks_that_may_match(seed_rows):
    """One look-up of a text's words names exactly the lists whose own ``PhraseCheck`` may match."""
    checks = {name: PhraseCheck(phrases) for name, phrases in PHRASE_SETS.items()}
    checks["everything"] = PhraseCheck(["", "bau cu"])  # (a phrase of no word: always)
    index = PhraseIndex(checks)
    named = 0
    for t in _texts(seed_rows):
        s = T.fold_strip(t)
        words = words_of(s)
        for text in (None, s if single_spaced(s) else None):
            expected = {name for name, check in checks.items() if check.may_match(words, text)}
            assert index.may_match(words, text) == expected, s
            named += len(expected) > 1
    assert index.may_match(None) == set(checks) and named > 100


@hsettings(max_examples=300, deadline=None)
@given(
    lists=st.lists(st.lists(st.text(alphabet="ab c'.", min_size=0, max_size=6), max_size=5), min_size=1, max_size=4),
    text=st.text(alphabet="ab c'.\n", max_size=40),
)
def test_phrase_index_on_anything(lists, text):
    checks = {str(i): PhraseCheck(phrases) for i, phrases in enumerate(lists)}
    words = words_of(text)
    spaced = text if single_spaced(text) else None
    assert PhraseIndex(checks).may_match(words, spaced) == {n for n, c in checks.items() if c.may_match(words, spaced)}


def test_single_spaced():
    assert single_spaced("bau cu ngay 30/5, share gap!") and single_spaced("")
    for s in ("a  b", "a\tb", "a\nb", " a b\x1c", "bầu cử", "a\u00a0b", "a\x0bb"):
        assert not single_spaced(s), repr(s)


def test_check_batch_is_check_one_by_one(seed_rows):
    rules = RelevanceRules(DATA)
    texts = _texts(seed_rows)
    folded = rules.folded_batch(texts)
    rels, words = rules.check_batch(folded)
    assert rels == [rules.check(t) for t in texts]
    # (the words of a text with a weak word of voting too: the decision may find a rule contradicted)
    assert words == [words_of(s) if r.election_words or r.weak else None for s, r in zip(folded, rels, strict=True)]


def test_relevance_matches_the_reference(seed_rows):
    fast, ref = RelevanceRules(DATA), ReferenceRules(DATA)
    for t in _texts(seed_rows):
        first = fast.check(t)
        assert first == ref.check(t), t
        for learned in (None, 0.0, 0.2, 0.4999, 0.5, 0.93):
            assert fast.with_learned(first, learned) == ref.check(t, learned=learned), (t, learned)
            assert fast.check(t, learned=learned) == ref.check(t, learned=learned), (t, learned)


@pytest.fixture(scope="module")
def relevance_model(synth_rows):
    """A small model with a learned relevance score (the second relevance step uses it)."""
    from classifiers.narrative import NarrativeClassifier

    off = [
        "Giá xăng dầu tăng từ chiều nay theo điều hành liên bộ",
        "Đội tuyển bóng đá thắng 2-0 trong trận giao hữu",
        "Bầu cử tổng thống ở nước ngoài có nhiều tranh cãi",
        "Cử tri nước Mỹ đi bỏ phiếu sớm",
        "New smartphone release brings a faster chip",
    ] * 5
    texts = [t for t, _ in synth_rows] + off
    labels = [lab for _, lab in synth_rows] + ["none"] * len(off)
    relevant = [True] * len(synth_rows) + [False] * len(off)
    return NarrativeClassifier(word_max_features=5000, char_max_features=10000).fit(texts, labels, relevant=relevant)


def _reference_decider(model, messages, known_claims) -> Decider:
    """The same decision with every regex and the relevance rules as they were."""
    d = Decider(model, messages, DATA, known_claims=known_claims)
    d.rules = ReferenceRules(DATA, election_year=d.rules.year)
    d.rumour, d.report, d.question = (
        phrase_regex_reference(DATA["markers"][k]) for k in ("rumour", "report", "question")
    )
    # Every key-fact check once any fact's words (or a digit with a fact's topic words) are there,
    # as before each kind of check was opened by its own words.
    fact_words = phrase_regex_reference(
        [w for name in d.fact_kinds.get("allowed", {}) for w in distortion._topic_words(name)]
        + [w for kind, words in RULE_WORDS.items() if d.fact_kinds.get(kind) for w in words]
        # (the values a claim states without a digit: "postponed to October", "at noon", "sau hai tháng")
        + POSTPONED_WORDS
        + MONTH_WORDS
        + LATE_WORDS
        + NOON_WORDS
    )
    fact_topics = phrase_regex_reference([w for name in d.facts for w in distortion._topic_words(name)])

    def every_check(text, s, words, spaced):
        if (re.search(r"\d", text) and fact_topics.search(s)) or fact_words.search(s):
            return set(d.fact_kinds)
        return set()

    d._checks_for = every_check
    return d


def _view(dec) -> dict:
    return dataclasses.asdict(dec)


@pytest.mark.parametrize("which", ["small_model", "relevance_model"])
def test_decisions_match_the_reference(which, request, messages, synth_rows, seed_rows):
    model = request.getfixturevalue(which)
    texts = _texts(seed_rows)
    kinds = [("official" if i % 17 == 0 else "news") for i in range(len(texts))]
    fast = Decider(model, messages, DATA, known_claims=synth_rows)
    ref = _reference_decider(model, messages, synth_rows)
    got, want = fast.decide(texts, kinds), ref.decide(texts, kinds)
    assert [_view(d) for d in got] == [_view(d) for d in want]
    # The learned score folded into the rules' first result equals the whole check run again
    # with it (what the decision did before).
    rules = ReferenceRules(DATA, election_year=fast.rules.year)
    on = [i for i, t in enumerate(texts) if rules.check(t).relevant]
    for i, p in zip(on, model.predict_batch([texts[i] for i in on]), strict=True):
        assert got[i].relevance == rules.check(texts[i], learned=p.relevance), texts[i]
    if which == "relevance_model":
        assert any(d.relevance.reason == "learned_off_topic" for d in got)
    # Every band, findings and evidence kinds are exercised, not only "clear".
    bands = {d.band for d in got}
    assert {"off_topic", "clear"} <= bands and bands & {"flag", "look"}
    assert any(d.findings for d in got) and any(d.evidence_kinds for d in got)


# -- fact checks (classifiers.distortion over classifiers.clauses) ------------------------------


def bounds_reference(regex, s, pos):
    start, end = 0, len(s)
    for m in regex.finditer(s):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def distance_reference(s, a, b, words):
    for regex, penalty in ((clauses.CLAUSE_RE, 0), (clauses.SENTENCE_RE, 40)):
        lo, hi = bounds_reference(regex, s, a)
        best = None
        for w in words:
            for m in clauses.word_re(w).finditer(s[lo:hi]):
                ws, we = lo + m.start(), lo + m.end()
                if ws < b and we > a:
                    continue
                d = a - we if we <= a else ws - b
                best = d if best is None else min(best, d)
        if best is not None and best <= 60:
            return best + penalty
    return None


FACT_TEXTS = [
    "Bầu cử ngày 30/5/2021. Cử tri đi bầu từ 5h sáng đến 21 giờ, đủ 16 tuổi là được bầu",
    "Tỷ lệ cử tri đi bầu đạt 41%; theo Hội đồng bầu cử quốc gia là 99,6%",
    "Election day is May 30, 2021: polls open at 6 am and close at 9 p.m.; voters aged 16 and over",
    "Hà Nội, 20/5 - tổ bầu cử: ngày 23/5, bầu 500 đại biểu Quốc hội, niêm yết 10 ngày",
    "Ngày 4 tháng 6 năm 2021 bầu cử; được bầu hộ, không cần thẻ cử tri (đăng lúc 7:30)",
    "Candidates must be 18-year-olds, registration closes on 2021-05-01, 25 days before",
    "bau cu ngay 30-5, cu tri tu 16 tuoi tro len, bo phieu den 22h toi",
    "Bầu cử năm 2016 ngày 22/5 và bầu cử năm 2021 ngày 30/5: hai lần khác nhau.",
]


def _fact_texts(seed_rows) -> list[str]:
    rng = random.Random(11)
    with_digits = [t for t, _ in seed_rows if re.search(r"\d", t)]
    rows = rng.sample(with_digits, min(400, len(with_digits)))
    parts = [p for t in FACT_TEXTS for p in re.split(r"(?<=[,.;:])\s", t)]
    mixed = [" ".join(rng.sample(parts, rng.randint(2, 5))) for _ in range(200)]
    return FACT_TEXTS + rows + [T.strip_accents(t) for t in rows[:100]] + mixed


def test_fact_checks_match_the_plain_scans(messages, seed_rows, monkeypatch):
    facts = distortion.key_facts_for(messages)
    for m in messages:
        facts.update(m.get("key_facts") or {})
    kinds = distortion.fact_kinds(facts)
    texts = _fact_texts(seed_rows)
    fast = [distortion.check(t, facts, kinds) for t in texts]
    monkeypatch.setattr(distortion, "bounds", bounds_reference)
    monkeypatch.setattr(rule_facts, "bounds", bounds_reference)
    monkeypatch.setattr(distortion, "distance", distance_reference)
    monkeypatch.setattr(distortion, "may_match", lambda regex, s: True)
    monkeypatch.setattr(fact_words, "may_match", lambda regex, s: True)
    assert fast == [distortion.check(t, facts, kinds) for t in texts]
    assert sum(map(bool, fast)) > 50 and {f.kind for fs in fast for f in fs} >= {"date", "time", "age", "percent"}


@hsettings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="ab ,.;:()\n!?-", max_size=40),
    pos=st.integers(min_value=0, max_value=40),
    words=st.lists(st.sampled_from(["a", "ab", "a b", "b", "ba"]), max_size=3),
)
def test_bounds_and_distance_match_the_plain_scans(text, pos, words):
    pos = min(pos, len(text))
    for regex in (clauses.CLAUSE_RE, clauses.SENTENCE_RE):
        assert clauses.bounds(regex, text, pos) == bounds_reference(regex, text, pos)
    b = min(len(text), pos + 2)
    assert clauses.distance(text, pos, b, words) == distance_reference(text, pos, b, words)
