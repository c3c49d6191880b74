"""Items about the election that never name it.

A post that says "kết quả công bố toàn số liệu giả", "tỷ lệ 99% là do họ tự điền cho người vắng
mặt" or "the count is a show, they knew who wins months ago" is about the election, though it has
no election word: the rules of stage 1 (``classifiers.relevance``) put it off the topic, and until
now nothing after them looked at it. Here such a text gets a second, stricter chance:

- it must carry an *implied* word (``implied_vocabulary`` in ``data/relevance.yaml``: results,
  rates, figures, the list, the team leader, "tally", "turnout"...) or one weak election word
  (``weak_vocabulary``), and some rule check's words, so most general news still costs a few
  regex passes and no model call;
- it must not name another country's election, nor only another year or term;
- the narrative model must read a distortion narrative in it, its learned relevance score must
  call it on the topic (a model without that score never lets such a text through), and a rule of
  the election must be contradicted in it (a finding of one of ``rule_facts.RULE_KINDS``: results
  said settled or invented, a penalty, a way of voting...). Not a date, an hour, an age, a figure
  or a fee, which general news is full of, nor closeness to a known claim or a rumour marker alone:
  tried on 178,483 real press items, letting closeness to a known claim count put 62 of them on
  the topic and flagged 45 (sport squads' lists, lottery results, share purchases), against none
  before.

Only then is it on the topic, with the reason ``implied``, and decided like every other item (the
fitted score and threshold still decide between a flag, a look and clear). Anything short of that
stays off the topic as before (``no_election_words``).
"""

from __future__ import annotations

import numpy as np

from classifiers.relevance import Relevance, single_spaced
from classifiers.rule_facts import RULE_KINDS

__all__ = ["EVIDENCE", "candidates", "settle"]

# Which evidence lets a text with no election word onto the topic: a rule of the election said
# otherwise (module docstring).
EVIDENCE = RULE_KINDS


def candidates(decider, rels, folded, texts, years) -> list[int]:
    """Indices of the texts off the topic for want of election words that may still be about the
    election: an implied or weak word, no other country's election, no other year or term only, not
    published two or more years from the election's year (``Decider._other_years``' rule), and the
    words of some rule check (``Decider._checks_for``: a rule finding needs them, so the model never
    reads the many texts that could not pass)."""
    rules = decider.rules
    if rules.implied is None or not decider.facts:
        return []
    out = []
    for i, r in enumerate(rels):
        if r.relevant or r.reason != "no_election_words":
            continue
        s = folded[i]
        if rules.published_apart(s, years[i]):
            continue
        if not (rules.implied.search(s) or (rules.vocabulary is not None and rules.vocabulary.search(s))):
            continue
        if rules.other is not None and rules.other.search(s) and not (rules.home is not None and rules.home.search(s)):
            continue
        if rules._other_year(s) or not decider._checks_for(texts[i], s, None, single_spaced(s)) & RULE_KINDS:
            continue
        out.append(i)
    return out


def settle(decider, sig, maybe: set[int]) -> None:
    """Keep in ``sig`` (``Decider.signals``' result, computed for the on-topic rows and the
    ``maybe`` ones alike) the ``maybe`` rows that pass (module docstring), marking them on the
    topic (``implied``); drop the others from its rows, which leaves them off the topic."""
    keep = []
    for j, i in enumerate(sig.on):
        if i not in maybe:
            keep.append(j)
            continue
        p = sig.preds[j]
        learned = p.relevance
        if learned is None or learned < 0.5 or p.label == decider.negative:
            continue
        if not any(f.kind in EVIDENCE for f in sig.findings[j]):
            continue
        sig.relevance[i] = Relevance(True, round(float(learned), 4), "implied", 0)
        keep.append(j)
    if len(keep) == len(sig.on):
        return
    sig.on = [sig.on[j] for j in keep]
    sig.preds = [sig.preds[j] for j in keep]
    sig.X = sig.X[np.asarray(keep, dtype=np.int64)] if keep else np.zeros((0, sig.X.shape[1]))
    sig.findings = [sig.findings[j] for j in keep]
    sig.satire = [sig.satire[j] for j in keep]
