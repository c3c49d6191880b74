"""The flag decision, in stages (docs/ARCHITECTURE.md, "Classifier and the flag decision").

1. **Relevance** (``classifiers.relevance``): items not about the configured election stop here;
   they are stored and counted but never flagged, and cost one regex pass.
2. **Topic**: the narrative model (``NarrativeClassifier``) says which narrative area an item is in.
3. **Evidence of falsity**, each kind named in ``evidence_kinds``:
   ``fact`` (an approved key fact contradicted, asserted as that fact: ``classifiers.distortion``),
   ``known_claim`` (close to a known false claim: labelled examples, confirmed items),
   ``rumour_marker`` ("nghe nói", "share gấp"); against it ``report_marker`` ("bác bỏ", "tin đồn
   … là sai sự thật", "theo Hội đồng bầu cử quốc gia"), ``known_benign`` (closer to a known text
   that is not a false claim — a ``none`` example, an item officers dismissed — than to any known
   claim), ``official`` (an official source: approved messaging, never flagged) and ``satire``
   (satire said to be satire, ``none`` in the taxonomy: never flagged, at most a look).
4. **Decision**: one log-odds sum of the signals (weights in ``DEFAULT_WEIGHTS``, overridable in
   the relevance data under ``decision:``) → ``flag_score`` in [0, 1]. ``flag`` needs the score at
   ``flag_at`` *and* at least one kind of falsity evidence; otherwise a score at ``look_at`` with
   a narrative's topic or some falsity evidence to look at, a topic the model alone would have
   flagged, or a contradicted key fact without a report marker (whatever the topic's score: an
   officer sees every such item with its finding) is the "needs a look" band (``look``); the rest
   is ``clear``, and off-topic items are ``off_topic``.

``monitor predict``, ``monitor classify`` and the collect pipeline all call ``Decider.decide``.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from dataclasses import dataclass, field

import numpy as np

from classifiers import distortion, implied, narrative_choice
from classifiers import text as T
from classifiers.clauses import SENTENCE_RE, bounds
from classifiers.date_claims import POSTPONED_WORDS
from classifiers.hours import NOON_WORDS
from classifiers.message_fields import message_field
from classifiers.names import mark_candidates, proper_noun_spans
from classifiers.questions import TAGS_EMOJI, asks, asks_without_mark
from classifiers.relevance import PhraseCheck, PhraseIndex, Relevance, RelevanceRules, phrase_regex, single_spaced
from classifiers.results import Evidence, Finding
from classifiers.results_time import LATE_WORDS, MONTH_WORDS
from classifiers.rule_facts import RULE_KINDS, RULE_WORDS
from classifiers.weekday import WEEKDAYS

__all__ = ["DEFAULT_WEIGHTS", "FEATURES", "PAIRS", "Decision", "Decider", "FALSITY_KINDS", "Signals", "with_pairs"]

FALSITY_KINDS = ("fact", "known_claim", "rumour_marker")
# The evidence features, in the order of ``Decider.signals`` rows: the clipped logit of the
# model's P(some distortion), a fact contradicted (0/1), similarity to the closest known claim,
# rumour marker, report marker, question (0/1), similarity to the closest known text that is not a
# false claim (labelled ``none``, dismissed by an officer: what the item may merely resemble).
FEATURES = ("topic", "fact", "known_claim", "rumour_marker", "report_marker", "question", "known_benign")
# Pairs the fitted combination also weighs (``with_pairs``): a strong topic *and* a close known claim
# say more than the two added (bench/README.md, thirty-eighth pass).
PAIRS = ("topic_x_known_claim", "topic_x_fact", "topic_x_known_benign", "claim_over_benign")
DEFAULT_WEIGHTS = {
    "bias": -1.5,
    "topic": 1.0,  # × logit of P(some distortion narrative), clipped to ±topic_clip
    "topic_clip": 3.0,
    "fact": 3.0,
    "known_claim": 3.0,  # × how far the similarity is above known_claim_at, scaled to [0, 1]
    "rumour_marker": 1.5,
    "report_marker": -4.5,  # a debunk quoting a rumour reads like the rumour: this must outweigh that
    "question": -3.0,  # "nghe nói bầu cử dời sang 30/5, có thật không?" asks, it does not assert
    "known_benign": -3.0,  # × how far the similarity to a known benign text is above known_claim_at
    "known_claim_at": 0.45,
    "flag_at": 0.5,
    "look_at": 0.3,
}
_DIGIT = re.compile(r"\d")
# The checks a digit near a fact's words opens: the values, and a fee (a sum paid, "nộp 200k", needs no fee word).
_VALUE_KINDS = {"date", "time", "age", "percent", "days", "count", "fee"}
# The rules read in a text that asks something: each tests whether its own sentence asks (not the fee,
# a sum, nor the values).
_RULES_READ_IN_QUESTIONS = frozenset(RULE_KINDS) - {"fee"}
# The rules whose contradiction makes a text about the election though it has only a weak word of
# voting (``_key_facts_of_weak``): not a fee, nor the values; the voting age only in a sentence with a
# word of voting itself ("phải đủ 20 mới được bầu"; not "cử tri kiến nghị … đủ 60 tuổi …").
_KEY_FACT_KINDS = frozenset(RULE_WORDS) - {"fee"} | {"allowed", "age"}
_VOTING_ITSELF = re.compile(r"\b(?:bau|bo phieu|vote|votes|voting)\b")
# A fact contradicted beside election words keeps a text the learned relevance calls off the topic
# on it, unless the finding is a fee, a way of voting or a proxy: a contest's, a club's or a
# shareholders' vote has those as often ("bỏ phiếu chọn ban đại diện qua Google Form").
_OTHER_VOTES_TOO = frozenset({"fee", "method", "allowed"})
_NUMBERISH = re.compile(r"^[\d\W_]+$")
_NOT_MADE = re.compile(r"\b(?:khong|ko|k|chua|chang)\s+(?:[^\s,.;:!?]+\s+){0,5}?$")  # (before "xác minh")


def _votes_beside(text: str, f: Finding) -> bool:
    """A word of voting itself in the sentence of finding ``f`` of ``text``."""
    s = T.fold_strip_aligned(text)  # (the checks' own folding: their offsets carry over)
    lo, hi = bounds(SENTENCE_RE, s, f.start or 0)
    return _VOTING_ITSELF.search(s, lo, hi + 1) is not None


@dataclass
class Decision:
    """The pipeline's decision about one item."""

    relevance: Relevance
    label: str
    score: float  # the narrative model's probability of ``label`` (0 when it did not run)
    probabilities: dict[str, float]
    flagged: bool
    band: str  # flag | look | clear | off_topic
    flag_score: float
    evidence_kinds: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    known_claim: float = 0.0


def with_pairs(X: np.ndarray) -> np.ndarray:
    """Feature rows of ``FEATURES`` with the ``PAIRS`` columns after them."""
    X = np.asarray(X, dtype=np.float64)
    topic, fact, known, benign = X[:, 0], X[:, 1], X[:, 2], X[:, 6]
    return np.c_[X, topic * known, topic * fact, topic * benign, known - benign]


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


class Decider:
    """Make the staged decision for batches of texts.

    Parameters
    ----------
    model : NarrativeClassifier
    messages : list
        Approved messages (their key facts are what ``fact`` evidence checks against).
    data : dict
        The relevance data (``data/relevance.yaml`` shape).
    known_claims : list of (text, label), optional
        Labelled texts: those of a distortion narrative (labelled examples, confirmed items) are
        known false claims; on-topic ones labelled with the negative class (``none`` examples,
        dismissed items) are known benign texts.
    """

    def __init__(self, model, messages=(), data: dict | None = None, known_claims=()):
        data = data or {}
        self.model = model
        self.messages = list(messages or [])
        facts = distortion.key_facts_for(self.messages)
        for m in self.messages:  # every message's facts: a contradiction counts whatever the topic
            facts.update(message_field(m, "key_facts") or {})
        self.facts = facts
        self.fact_kinds = distortion.fact_kinds(facts)
        # Facts without a number ("proxy_voting: not_allowed") are only looked for when their words are there.
        kind_words = {
            "allowed": [w for name in self.fact_kinds.get("allowed", {}) for w in distortion._topic_words(name)]
        }
        for kind, words in RULE_WORDS.items():  # rules ("… đã được sắp xếp trước", "bị phạt"): no number either
            if self.fact_kinds.get(kind):
                kind_words[kind] = list(words)
        if "election_date" in facts:  # a postponement needs no digit ("postponed to October", "bị hoãn vô thời hạn")
            kind_words["date"] = list(POSTPONED_WORDS) + MONTH_WORDS  # (and the results' month: "in September")
        if self.fact_kinds.get("weekday"):  # "bầu cử vào thứ bảy": a day with no digit
            kind_words["weekday"] = list(WEEKDAYS)
        if self.fact_kinds.get("days"):  # the results "sau hai tháng", "in a few weeks"
            kind_words["days"] = list(LATE_WORDS)
        if self.fact_kinds.get("time"):  # "polls close at noon"
            kind_words["time"] = list(NOON_WORDS)
        self._kind_words = [
            (k, rx, PhraseCheck(ws)) for k, ws in kind_words.items() if (rx := phrase_regex(ws)) is not None
        ]
        self._kind_index = PhraseIndex({k: check for k, _, check in self._kind_words})
        # A cheap pre-check: a date or figure can only contradict a fact near that fact's words.
        fact_topics = [w for name in facts for w in distortion._topic_words(name)]
        self._fact_topics = phrase_regex(fact_topics)
        # The narratives of the messages that carry each fact, in order (``answering``): a fact-only
        # flag gets the first.
        self._fact_narratives: dict[str, list[str]] = {}
        for m in self.messages:
            narrs = message_field(m, "narratives") or []
            for name in message_field(m, "key_facts") or {}:
                have = self._fact_narratives.setdefault(name, [])
                have += [str(n) for n in narrs if str(n) not in have]
        year = distortion._iso_date(facts.get("election_date"))
        self.rules = RelevanceRules(data, election_year=year.year if year else None)
        markers = data.get("markers") or {}
        self.rumour = phrase_regex(markers.get("rumour") or ())
        self.report = phrase_regex(markers.get("report") or ())
        self.question = phrase_regex(markers.get("question") or ())
        self.satire = phrase_regex(markers.get("satire") or ())
        # Each phrase regex's scan is skipped for a text whose words cannot make any of its phrases.
        self._checks = {
            "rumour": PhraseCheck(markers.get("rumour") or ()),
            "report": PhraseCheck(markers.get("report") or ()),
            "question": PhraseCheck(markers.get("question") or ()),
            "satire": PhraseCheck(markers.get("satire") or ()),
            "_fact_topics": PhraseCheck(fact_topics),
        }
        hidden = data.get("hidden_terms") or {}
        self.hidden = {w for group in hidden.values() for w in (group or ()) for w in str(w).split()}
        self.hidden_phrases = {str(w) for group in hidden.values() for w in (group or ())}
        self.weights = {**DEFAULT_WEIGHTS, **(data.get("decision") or {})}
        # The combination fitted at training time (``classifiers.combiner``), stored with the model;
        # models without one use the hand-set weights.
        # A combination fitted on fewer features (a model trained before ``known_benign``) is
        # used on its own columns.
        fitted = getattr(model, "decision_", None)
        names = list(fitted.get("features", ())) if fitted else []
        self.fitted = fitted if names and set(names) <= set(FEATURES + PAIRS) else None
        self._columns = [(FEATURES + PAIRS).index(n) for n in names] if self.fitted else None
        # The narrative a flagged item is given, fitted beside the combination (``classifiers.narrative_choice``).
        self._choice = (self.fitted or {}).get("narrative")
        src = self.fitted or self.weights
        self.flag_at = float(src["flag_at"])
        self.look_at = float(src["look_at"])
        self.known_claim_at = float(src.get("known_claim_at", self.weights["known_claim_at"]))
        self.negative = getattr(model, "negative_label_", "none")
        known = [(str(t), str(lab)) for t, lab in known_claims or () if t]
        claims = [(t, lab) for t, lab in known if lab != self.negative]
        benign = [t for t, lab in known if lab == self.negative and self.rules.check(t).relevant]
        self._claims = self._benign = None
        if claims:
            E = model._features_of([t for t, _ in claims]).tocsr()
            self._claims = _row_normalized(E).T.tocsr()
            self._claim_labels = [lab for _, lab in claims]
        if benign:
            self._benign = _row_normalized(model._features_of(benign).tocsr()).T.tocsr()

    # -- signals ---------------------------------------------------------------------------

    def on_narrative(self, p) -> bool:
        """Whether prediction ``p`` reads a narrative: its label is one, or the distortion narratives
        together are at least as likely as not (the ``topic`` feature at 0 or above), though the
        negative class may lead each of them alone."""
        if p.label != self.negative:
            return True
        return bool(self.negative) and float(p.probabilities.get(self.negative, 1.0)) <= 0.5

    def answering(self, findings) -> list[str]:
        """The narratives of the approved messages that answer the facts ``findings`` contradict,
        the first finding's first."""
        out: list[str] = []
        for f in findings:
            out += [n for n in self._fact_narratives.get(f.fact, ()) if n not in out]
        return out

    def shown(self, ev: Evidence) -> bool:
        """Whether an evidence term may be shown: not a number alone, a placeholder, or only
        function words and place names."""
        words = ev.term.split()
        key = _key(ev.term)
        if not words or _NUMBERISH.match(key) or "_" in key or key in self.hidden_phrases:
            return False
        return not all(w in self.hidden or _NUMBERISH.match(w) for w in key.split())

    def _found(self, name: str, s: str, words: frozenset[str] | None, spaced: bool = False) -> bool:
        """Whether the phrase regex ``name`` (an attribute: ``rumour``, ``report``...) matches the
        folded text ``s``; ``words``: its words when known, ``spaced``: it is ``single_spaced`` (the
        scan is skipped when no phrase can match)."""
        regex = getattr(self, name)
        return (
            regex is not None
            and self._checks[name].may_match(words, s if spaced else None)
            and regex.search(s) is not None
        )

    def _reported_apart(self, text: str, findings) -> bool:
        """A report or rebuttal marker outside the findings' own words: "không có chuyện số dư" and
        "không phải qua bước nào cả" are the claims themselves, not a debunk of them; nor is a check
        said not made ("không bị lấy ý kiến hay xác minh gì", "chưa được kiểm chứng")."""
        if not findings:
            return True
        chars = list(text)
        for f in findings:
            if f.start is not None and f.end is not None:
                chars[f.start : f.end] = " " * (f.end - f.start)
        s = self.rules.folded("".join(chars))
        return any(
            not (m.group(0) in ("xac minh", "kiem chung") and _NOT_MADE.search(s, max(0, m.start() - 30), m.start()))
            for m in self.report.finditer(s)
        )

    def _checks_for(self, text: str, s: str, words: frozenset[str] | None, spaced: bool) -> set[str]:
        """Which kinds of key-fact check the text needs. A date or figure can only contradict a
        fact near that fact's words, so a digit with those words opens the value checks and the fee
        (a sum paid, "nộp 200k", needs no fee word); every other rule, and a fact without a number,
        is looked for only where its own kind's words are ("mạng xã hội" opens the check of a vote
        "qua mạng", not the others)."""
        may = self._kind_index.may_match(words, s if spaced else None)
        found = {kind for kind, regex, _ in self._kind_words if kind in may and regex.search(s) is not None}
        if _DIGIT.search(text) and (self._fact_topics is None or self._found("_fact_topics", s, words, spaced)):
            found |= _VALUE_KINDS
        return found

    def _key_facts_of_weak(self, texts, folded, rels, words, years) -> dict[int, list[Finding]]:
        """The texts with no election word but a weak word of voting ("người ở trọ không được bầu ở
        đâu cả, phải về quê") in which a rule of the election is contradicted: they are about the
        election after all (``key_fact``; the learned relevance does not overrule the finding). Only
        rules and the voting age beside a word of voting count, read beside a question as in ``signals``: a date, figure or fee near "bầu" or
        "phiếu" is as often a shareholders' vote, a bond sale or a contest's ("cổ phiếu … 25%")."""
        out = {}
        for i, r in enumerate(rels):
            if not r.weak:
                continue
            s, w = folded[i], words[i]
            sp = single_spaced(s)
            only = self._checks_for(texts[i], s, w, sp) & _KEY_FACT_KINDS
            if only and self._question(s, w, sp, texts[i]):
                only &= _RULES_READ_IN_QUESTIONS  # (each tests whether its own sentence asks)
            if only:
                findings = self._check(texts[i], only, years[i])
                findings = [f for f in findings if f.kind != "age" or _votes_beside(texts[i], f)]
                if findings:
                    out[i] = findings
                    rels[i] = Relevance(True, 0.5, "key_fact", 0)
        return out

    def _check(self, text: str, only: set[str], year) -> list[Finding]:
        """``distortion.check`` of ``text`` with the names on the office's candidate list read as a
        candidate by the candidate check (``mark_candidates``); what each finding shows is the text
        as written."""
        marked = mark_candidates(text, self.rules.candidates) if "candidate" in only else text
        findings = distortion.check(marked, self.facts, self.fact_kinds, only=only, published_year=year)
        if marked is text:
            return findings
        return [dataclasses.replace(f, found=text[f.start : f.end]) if f.start is not None else f for f in findings]

    def _other_years(self, rels, folded, years) -> None:
        """An item published two or more years from the configured election's year, naming not
        that year, is about another election (``other_year``), as a year named beside the election
        words is: a 2016 report of "turnout by 22h on 22/5" is not this election's."""
        for i, y in enumerate(years):
            if rels[i].relevant and self.rules.published_apart(folded[i], y):
                rels[i] = Relevance(False, 0.1, "other_year", rels[i].election_words)

    def _question(self, s: str, words: frozenset[str] | None = None, spaced: bool = False, text: str = "") -> bool:
        if text and asks_without_mark(text):
            return True
        if (
            self.question is not None
            and self._checks["question"].may_match(words, s if spaced else None)
            and any(asks(s, m) for m in self.question.finditer(s))
        ):
            return True
        # The last question mark ends the text but for a short tail ("... có thật không? share nhé").
        at = s.rfind("?")
        return at >= 0 and len(TAGS_EMOJI.sub("", s[at + 1 :]).split()) <= 8

    @staticmethod
    def _closest(Xf, rows, known) -> np.ndarray:
        """Cosine similarity of each of ``rows`` to its closest text in ``known``."""
        if known is None or not len(rows):
            return np.zeros(len(rows))
        sims = _row_normalized(Xf[rows]) @ known
        return np.asarray(sims.max(axis=1).todense()).ravel()

    # -- the decision ----------------------------------------------------------------------

    def signals(self, texts, explain: bool = False, years=None) -> Signals:
        """The evidence features of every on-topic text (rows of ``FEATURES``), the same for
        fitting the combination (``classifiers.combiner``) and for deciding. ``years``: each
        text's year of publication, if known (``distortion.check``'s ``published_year``)."""
        texts = ["" if t is None else str(t) for t in texts]
        years = list(years) if years is not None else [None] * len(texts)
        folded = self.rules.folded_batch(texts)
        rels, words = self.rules.check_batch(folded)
        found_first = self._key_facts_of_weak(texts, folded, rels, words, years) if self.facts else {}
        self._other_years(rels, folded, years)
        on = [i for i, r in enumerate(rels) if r.relevant]
        maybe = set(implied.candidates(self, rels, folded, texts, years)) - set(found_first)
        on = sorted(set(on) | maybe)
        sig = Signals(texts, rels, on, [], np.zeros((len(on), len(FEATURES))), [], [])
        if not on:
            return sig
        preds, Xf = self.model.predict_batch([texts[i] for i in on], explain=explain, return_features=True)
        sig.preds = preds
        # Closeness to known claims matters only where the model sees a narrative (or facts may).
        topical_rows = np.array([j for j, p in enumerate(preds) if self.on_narrative(p)], dtype=np.int64)
        known, benign = np.zeros(len(on)), np.zeros(len(on))
        if len(topical_rows):
            known[topical_rows] = self._closest(Xf, topical_rows, self._claims)
            benign[topical_rows] = self._closest(Xf, topical_rows, self._benign)
        X = sig.X
        for j, i in enumerate(on):
            p = preds[j]
            s, w = folded[i], words[i]
            sp = w is not None and single_spaced(s)
            question = self._question(s, w, sp, texts[i])
            # A question's dates and figures are asked about, not claimed; a rule said beside a question
            # is read as every rule is, sentence by sentence ("… every single time? Those numbers are
            # invented", "có ai đếm đâu": a claim, not a question).
            findings = found_first.get(i, [])
            only = self._checks_for(texts[i], s, w, sp) if self.facts and not findings else set()
            if question:
                only = only & _RULES_READ_IN_QUESTIONS
            if only:
                findings = self._check(texts[i], only, years[i])
            if p.relevance is not None and i not in found_first and i not in maybe:
                rels[i] = self.rules.with_learned(rels[i], p.relevance)
                if not rels[i].relevant and any(f.kind not in _OTHER_VOTES_TOO for f in findings):
                    rels[i] = Relevance(True, 0.5, "key_fact", rels[i].election_words)  # (see _OTHER_VOTES_TOO)
            sig.findings.append(findings)
            sig.satire.append(self._found("satire", s, w, sp))
            distort = 1.0 - float(p.probabilities.get(self.negative, 0.0)) if self.negative else p.score
            clip = self.weights["topic_clip"]
            X[j] = (
                max(-clip, min(clip, _logit(distort))),
                1.0 if findings else 0.0,
                float(known[j]),
                1.0 if self._found("rumour", s, w, sp) else 0.0,
                1.0 if self._found("report", s, w, sp) and self._reported_apart(texts[i], findings) else 0.0,
                1.0 if question else 0.0,
                float(benign[j]),
            )
        if maybe:
            implied.settle(self, sig, maybe)
        return sig

    def _hand_set(self, x) -> float:
        w = self.weights
        k_part = max(0.0, (x[2] - w["known_claim_at"]) / (1 - w["known_claim_at"]))
        b_part = max(0.0, (x[6] - w["known_claim_at"]) / (1 - w["known_claim_at"]))
        return (
            w["bias"]
            + w["topic"] * x[0]
            + w["fact"] * x[1]
            + w["known_claim"] * k_part
            + w["rumour_marker"] * x[3]
            + w["report_marker"] * x[4]
            + w["question"] * x[5]
            + w["known_benign"] * b_part
        )

    def scores(self, X) -> np.ndarray:
        """``flag_score`` of feature rows: the fitted combination when the model has one, else the
        hand-set weights."""
        if not len(X):
            return np.zeros(0)
        if self.fitted is not None:
            X = with_pairs(np.asarray(X, dtype=np.float64))[:, self._columns]
            z = X @ np.asarray(self.fitted["coef"]) + float(self.fitted["intercept"])
        else:
            z = np.array([self._hand_set(x) for x in X])
        return 1.0 / (1.0 + np.exp(-z))

    def kinds_of(self, x) -> list[str]:
        """The evidence kinds present in one feature row (falsity kinds first)."""
        out = []
        if x[1]:
            out.append("fact")
        if x[2] >= self.known_claim_at:
            out.append("known_claim")
        if x[3]:
            out.append("rumour_marker")
        return out

    def decide(self, texts, kinds=None, explain: bool = True, years=None) -> list[Decision]:
        """One ``Decision`` per text; ``kinds`` gives each text's source kind (``official``…),
        ``years`` its year of publication when known."""
        sig = self.signals(texts, explain=explain, years=years)
        kinds = list(kinds) if kinds is not None else [None] * len(sig.texts)
        out: list[Decision | None] = [
            None if r.relevant else Decision(r, self.negative or "none", 0.0, {}, False, "off_topic", 0.0)
            for r in sig.relevance
        ]
        probs = self.scores(sig.X)
        for j, i in enumerate(sig.on):
            p, x, findings, rel = sig.preds[j], sig.X[j], sig.findings[j], sig.relevance[i]
            if not rel.relevant:
                out[i] = Decision(rel, p.label, p.score, p.probabilities, False, "off_topic", 0.0)
                continue
            prob = float(probs[j])
            distort = 1.0 / (1.0 + math.exp(-x[0]))
            kinds_on = self.kinds_of(x)
            narrative = self.on_narrative(p)
            if narrative and distort >= 0.5:
                kinds_on.insert(0, "topic")
            if x[4]:
                kinds_on.append("report_marker")
            if x[5]:
                kinds_on.append("question")
            if x[6] >= self.known_claim_at and x[6] > x[2]:
                kinds_on.append("known_benign")
            official = str(kinds[i] or "") == "official"
            falsity = any(k in kinds_on for k in FALSITY_KINDS)
            topical = narrative or bool(findings)
            # Satire said to be satire ("#châmbiếm", "Satire:") is ``none``: never a flag, at most a
            # look (a rumour may wear the label to pass)
            satire = sig.satire[j]
            if satire:
                kinds_on.append("satire")
            would_flag = not official and falsity and topical and prob >= self.flag_at
            flagged = would_flag and not satire
            if official:
                band = "clear"
                kinds_on.append("official")
            elif flagged:
                band = "flag"
            elif (
                would_flag
                or (prob >= self.look_at and (topical or falsity))
                or (self.fitted is None and p.flagged)
                or (findings and not x[4])
            ):
                # (a score with nothing to look at, no narrative and no evidence, is not a reason; a
                # contradicted key fact, not in a correction, is shown whatever the topic says)
                band = "look"
            else:
                band = "clear"
            evidence = [e for e in p.evidence if self.shown(e)] if flagged or band == "look" else []
            if evidence and (runs := proper_noun_spans(sig.texts[i])):
                evidence = [e for e in evidence if not _inside(e, runs)]
            label, score = p.label, p.score
            if band in ("flag", "look") and self._choice and (narrative or findings):
                label = narrative_choice.choose(
                    self._choice, p.probabilities, [f.kind or f.fact for f in findings], self.answering(findings)
                )
                score = float(p.probabilities.get(label, 0.0)) if label != p.label else score
            elif label == self.negative and findings and band in ("flag", "look"):
                label = next(iter(self.answering(findings[:1])), label)
            elif label == self.negative and band in ("flag", "look") and narrative:
                # (the likeliest narrative: the model's label was the negative class)
                label = max((k for k in p.probabilities if k != self.negative), key=p.probabilities.get)
                score = float(p.probabilities[label])
            out[i] = Decision(
                rel,
                label,
                score,
                p.probabilities,
                flagged,
                band,
                round(prob, 4),
                kinds_on,
                evidence,
                findings,
                round(float(x[2]), 4),
            )
        return out  # type: ignore[return-value]


@dataclass
class Signals:
    """What ``Decider.signals`` found: relevance of every text, and for the on-topic ones
    (``on``: their indices) the model's predictions, feature rows ``X`` and fact findings."""

    texts: list[str]
    relevance: list[Relevance]
    on: list[int]
    preds: list
    X: np.ndarray
    findings: list[list[Finding]]
    satire: list[bool]  # (labelled satire: never flagged)


@functools.lru_cache(maxsize=65536)
def _key(term: str) -> str:
    return T.fold_strip(term).strip()


def _row_normalized(X):
    from classifiers.batch import l2_rows

    return l2_rows(X.copy())


def _inside(ev: Evidence, spans: list[tuple[int, int]]) -> bool:
    """Whether the evidence term lies within one of ``spans`` (a term without a place never does)."""
    if ev.start is None or ev.end is None:
        return False
    return any(a <= ev.start and ev.end <= b for a, b in spans)
