"""``fold_strip_batch`` (the relevance stage's folded views of a batch, made in whole-batch string
operations) equals ``fold_strip`` of each text, whatever the texts and their neighbours are."""

from __future__ import annotations

import sys

from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from classifiers import text as T
from classifiers.relevance import MAX_CHARS, RelevanceRules
from tests.classifiers.test_fast_paths import _texts

ODD = [
    "",
    " ",
    "\n",
    "a \u0301 b",  # a lone accent between spaces: dropping it leaves two spaces, as fold_strip does
    "\u0301leading mark",
    "e\u0301 e\u0302\u0323 Ð Ɖ ð HÐND",  # decomposed letters, look-alikes
    "zero\u200bwidth soft\u00adhyphen \ufeffbom",
    "Straße ΣΊΣΥΦΟΣ ς ǅ ﬃ İstanbul",  # case folding that changes lengths
    "tab\there\rcarriage\x0bvt\x0cff\x1cfs\x85nel\u2028ls\u2029ps\u2000quad\u00a0nbsp\u3000ideo",
    "line one\nline two\n\nline four",
    "“Nghe nói” — bầu cử 30/5 ✅🔥 share gấp!!!",
    "選舉 выборы انتخابات बहुमत",
    "\u1ea0\u1ea1 \u01a0\u01a1\u0309 \u0110\u0111",
    "x" * (MAX_CHARS + 5),
]


def _same(texts: list[str]) -> None:
    assert T.fold_strip_batch(texts) == [T.fold_strip(t) for t in texts]


def test_batches_equal_one_text_at_a_time(seed_rows):
    texts = _texts(seed_rows)
    _same(texts)  # mostly Latin, some other scripts: the per-text path for those
    latin = [t for t in texts if T.fold_strip(t).isascii()]
    _same(latin)  # all on the whole-batch path
    _same(ODD)
    for t in ODD:
        _same([t])
        _same([t, texts[0], t])
    _same([])


def test_every_character_between_letters():
    """Each code point of the planes news text uses, with letters, spaces and marks on each side."""
    chars = [chr(c) for c in range(sys.maxunicode + 1) if c < 0x3400 or 0xA000 <= c < 0xD800 or 0xF900 <= c < 0x10000]
    _same([f"Ab {c}x{c}\u0301 {c} {c}" for c in chars])


@hsettings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=40), max_size=12))
def test_any_batch(texts):
    _same(texts)


def test_relevance_rules_fold_the_batch_as_one_by_one():
    rules = RelevanceRules({})
    texts = ["Bầu cử ngày 23/5", "", "x" * (MAX_CHARS + 10), None]
    assert rules.folded_batch(texts) == [rules.folded(t) for t in texts]
